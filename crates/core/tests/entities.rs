//! Entity recognition: scored against the hand annotations, alias groups, roles, junk,
//! and properties that hold for any input.

use std::path::PathBuf;

use parallax_core::clean::parse_file;
use parallax_core::entities::eval::{evaluate, parse_gold};
use parallax_core::entities::{extract, EntityKind};
use parallax_core::Document;
use proptest::prelude::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn load(dir: &str) -> Vec<Document> {
    parallax_core::load_dir(&root().join(dir)).expect("folder exists").documents
}

fn check_scores(gold_file: &str, dir: &str, floor: f64) {
    let docs = load(dir);
    let (gold, bad) = parse_gold(&std::fs::read_to_string(root().join(gold_file)).expect("annotation"));
    assert!(bad.is_empty(), "{bad:?}");
    let index = extract(&docs);
    let report = evaluate(&docs, &index, &gold);
    for (kind, s) in &report.scores {
        assert!(s.precision() >= floor && s.recall() >= floor, "{kind:?} below {floor}:\n{}", report.text);
    }
    assert!(!report.text.contains("SPLIT"), "an annotated entity was split:\n{}", report.text);
}

#[test]
fn seeds_meet_the_target() {
    check_scores("eval/entities.tsv", "corpus", 0.97);
}

#[test]
fn other_outlet_fixtures_meet_the_target() {
    check_scores("eval/entities-fixtures.tsv", "crates/core/tests/fixtures", 0.90);
}

fn parse(text: &str) -> Vec<Document> {
    parse_file("t.txt", text).documents
}

fn names(docs: &[Document]) -> Vec<(EntityKind, String, Vec<String>)> {
    let index = extract(docs);
    index.entities.iter().map(|e| (e.kind, e.name.clone(), e.aliases.clone())).collect()
}

#[test]
fn people_who_share_a_name_part_stay_apart() {
    let docs = parse("Donald Trump spoke to Donald Tusk on Monday. Trump said the talks went well, and Tusk agreed.");
    let people: Vec<String> = names(&docs).into_iter().filter(|e| e.0 == EntityKind::Person).map(|e| e.1).collect();
    assert_eq!(people, vec!["Donald Trump", "Donald Tusk"]);
}

#[test]
fn spellings_and_titles_resolve_to_one_person() {
    let mut docs = parse("Ukrainian President Volodymyr Zelensky met envoys. Mr. Zelensky said talks went well.");
    docs.extend(
        parse_file(
            "u.txt",
            "Volodymyr Zelenskyy wrote on Telegram. Zelenskyy's office agreed. President Vladimir V. Putin and Vladimir Putin are one.",
        )
        .documents,
    );
    let index = extract(&docs);
    let zel: Vec<_> = index.entities.iter().filter(|e| e.name.starts_with("Volodymyr")).collect();
    assert_eq!(zel.len(), 1, "{zel:?}");
    assert!(zel[0].aliases.contains(&"Zelenskyy".to_string()) && zel[0].aliases.contains(&"Zelensky".to_string()));
    assert_eq!(index.entities.iter().filter(|e| e.name.contains("Putin")).count(), 1);
    let telegram = index.entities.iter().find(|e| e.name == "Telegram").unwrap();
    assert_eq!(telegram.kind, EntityKind::Organization);
}

/// An officer's service is part of the title ("Chief Fire Officer"); what a settlement
/// word names is a place ("the hamlet of Roca Vella"), and so is a saint's name ("the
/// Church of St. Elias", "Sant Pellar"), never a person's.
#[test]
fn services_settlements_and_saints_are_not_people() {
    let docs = parse(
        "Chief Fire Officer Ana Sorell said the fire moved fast. The couple fled the hamlet of Roca Vella at dawn. \
         Sorell said Roca Vella was lost. The monks of Sant Pellar stayed, and the bell of St Elias rang.",
    );
    let index = extract(&docs);
    let kind = |name: &str| index.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    assert_eq!(kind("Ana Sorell"), Some(EntityKind::Person), "{:?}", names(&docs));
    let sorell = index.entities.iter().position(|e| e.name == "Ana Sorell").unwrap_or(usize::MAX) as u32;
    let roles: Vec<String> = index.mentions.iter().filter(|m| m.entity == sorell).filter_map(|m| m.role.clone()).collect();
    assert_eq!(roles, vec!["Chief Fire Officer".to_string()]);
    assert_eq!(kind("Roca Vella"), Some(EntityKind::Place), "{:?}", names(&docs));
    assert_eq!(kind("Sant Pellar"), Some(EntityKind::Place), "{:?}", names(&docs));
    assert_eq!(kind("St Elias"), Some(EntityKind::Place), "{:?}", names(&docs));
    assert!(!index.entities.iter().any(|e| e.kind == EntityKind::Person && e.name.contains("Fire")), "{:?}", names(&docs));
}

#[test]
fn roles_are_kept_per_mention() {
    let docs = load("corpus");
    let index = extract(&docs);
    let role_of = |doc: &str, name: &str| -> Vec<String> {
        let d = docs.iter().position(|d| d.id.0 == doc).unwrap();
        index
            .mentions
            .iter()
            .filter(|m| m.doc as usize == d && index.entities[m.entity as usize].name == name)
            .filter_map(|m| m.role.clone())
            .collect()
    };
    assert!(role_of("000_331cab4fce0811e8", "Marco Rubio").contains(&"Secretary of State".to_string()));
    assert!(role_of("000_331cab4fce0811e8", "Rustem Umerov").contains(&"national security adviser".to_string()));
    assert!(role_of("000_331cab4fce0811e8", "Andrii Hnatov").contains(&"military chief of staff Gen.".to_string()));
    assert!(role_of("004_22fc1bf83a374540", "Rustem Umerov")
        .contains(&"the secretary of the National Security and Defense Council of Ukraine".to_string()));
}

#[test]
fn a_role_before_a_name_is_the_noun_phrase_not_the_clause_before_it() {
    let docs = parse(concat!(
        "The talks were chaired by the bloc's special envoy, Maria Lindqvist. ",
        "Kerr, who attended as an observer alongside Norway's deputy minister for trade, Ola Brekke, said little. ",
        "Oslo sent its ambassador to the United Nations, Ingrid Solberg. ",
        "On Monday the head of the state grid company, Pedro Alves, resigned."
    ));
    let index = extract(&docs);
    let role = |name: &str| -> Vec<String> {
        index.mentions.iter().filter(|m| index.entities[m.entity as usize].name == name).filter_map(|m| m.role.clone()).collect()
    };
    assert_eq!(role("Maria Lindqvist"), vec!["the bloc's special envoy"]);
    assert_eq!(role("Ola Brekke"), vec!["Norway's deputy minister for trade"]);
    assert_eq!(role("Ingrid Solberg"), vec!["its ambassador to the United Nations"]);
    assert_eq!(role("Pedro Alves"), vec!["the head of the state grid company"]);
}

#[test]
fn no_junk() {
    let docs = parse("Why it matters: On Sunday, the talks ended. But in November, After the meeting, Negotiations stalled. The Shell Bay golf club and Air Force One were busy during World War II.");
    assert_eq!(names(&docs), vec![]);
}

/// Text made of the pieces an acronym's expansion reads (`entities::expand_acronyms`):
/// capitalised words, joiners, possessives with either apostrophe, acronyms in
/// parentheses, and spaces of several widths.
fn acronym_text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "Slovenian",
        "Civic",
        "Union",
        "(SDZ)",
        "(GR)",
        "SDZ",
        "of",
        "the",
        "The",
        "for",
        "People's",
        "People’s",
        "Kovačič's",
        "Mojca",
        "Kovačič",
        "Party",
        "and",
        "said",
        "(",
        ")",
        "()",
        "Ünion",
        "É",
        "(É)",
        "Slovenia's",
        "Voice",
        "Regions",
        ".",
    ]);
    let gap = prop::sample::select(vec![" ", " ", " ", "\u{a0}", "\u{2003}", ", ", "\n\n", ""]);
    prop::collection::vec((piece, gap), 0..40).prop_map(|v| v.into_iter().map(|(p, g)| format!("{p}{g}")).collect())
}

/// Every mention lies inside its passage, reads as its text, names an entity, and
/// overlaps no other.
fn mentions_are_sound(text: &str) -> Result<(), TestCaseError> {
    let docs = parse(text);
    let index = extract(&docs);
    let mut spans: Vec<_> = index.mentions.iter().map(|m| (m.doc, m.span.start, m.span.end)).collect();
    spans.sort();
    for w in spans.windows(2) {
        prop_assert!(w[0].0 != w[1].0 || w[0].2 <= w[1].1, "overlap: {:?}", w);
    }
    for m in &index.mentions {
        let d = &docs[m.doc as usize];
        let p = &d.passages[m.passage as usize];
        prop_assert!(m.span.start >= p.span.start && m.span.end <= p.span.end);
        prop_assert_eq!(m.span.slice(&d.text), m.text.as_str());
        prop_assert!((m.entity as usize) < index.entities.len());
    }
    Ok(())
}

proptest! {
    #[test]
    fn acronyms_in_parentheses_give_sound_mentions(text in acronym_text()) {
        mentions_are_sound(&text)?;
    }

    #[test]
    fn any_text_gives_sound_mentions(text in ".{0,300}") {
        mentions_are_sound(&text)?;
    }
}

/// Words that open a title, companies' legal forms and currency codes, from a story no
/// rule was written from (`eval/heldout5/`).
#[test]
fn titles_legal_forms_and_currencies() {
    let text = "Rates rise in a surprise move\n\n\
        First Deputy Governor Mats Hellqvist preferred a smaller increase of 25 basis points, the bank said on Thursday.\n\
        Shares in landlord Fastighets AB Kransen tumbled 9.2% in Stockholm after the decision on Thursday.\n\
        A household with a SEK 3 million variable-rate mortgage will pay more each month, the bank said.\n";
    let docs = parse_file("t.txt", text).documents;
    let index = extract(&docs);
    let kind = |name: &str| index.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    assert_eq!(kind("Mats Hellqvist"), Some(EntityKind::Person));
    assert_eq!(kind("First"), None);
    assert_eq!(kind("Fastighets AB Kransen"), Some(EntityKind::Organization));
    assert_eq!(kind("SEK"), None);
}

/// Mentions never overlap, wherever acronyms and their names stand.
#[test]
fn expanded_names_do_not_overlap() {
    let docs = parse(
        "The Slovenian Civic Union (SDZ) won. The Civic Union (CU) is another party. \
         Slovenian Civic Union leaders met Civic Union leaders.",
    );
    let index = extract(&docs);
    let mut spans: Vec<_> = index.mentions.iter().map(|m| (m.doc, m.span.start, m.span.end)).collect();
    spans.sort();
    for w in spans.windows(2) {
        assert!(w[0].0 != w[1].0 || w[0].2 <= w[1].1, "overlap: {w:?} in {:?}", index.mentions);
    }
    let names: Vec<&str> = index.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Slovenian Civic Union") && names.contains(&"Civic Union"), "{names:?}");
}

/// A crosshead in capitals ("BY THE NUMBERS", "WHAT'S NEXT") names nothing, nor a group
/// opening a sentence ("Experts say …"); an acronym in running text ("CCTV") is still
/// read.
#[test]
fn a_crosshead_in_capitals_is_no_name() {
    let index = extract(&load("eval/heldout14"));
    let names: Vec<&str> = index.entities.iter().map(|e| e.name.as_str()).collect();
    for heading in ["BY THE NUMBERS", "WHAT'S NEXT", "WHY IT MATTERS", "WHO'S INVESTIGATING"] {
        assert!(!names.contains(&heading), "{heading} read as a name");
    }
    assert!(names.contains(&"CCTV"));
    // Nor does a group a report quotes ("Experts say it is almost impossible …").
    assert!(!names.contains(&"Experts"));
}

/// Kinds the held-out stories got wrong (`eval/heldout`, 12, 13, 16, 17), on sentences
/// written for the test: a region opened by its part, an area named before its noun, a
/// police force in its own language, a party named for its side, a body after an owner's
/// possessive, an event and a rank's abbreviation.
#[test]
fn regions_areas_police_parties_offices_and_events() {
    let text = "Storm floods valley towns\n\n\
        BRANKO, May 2 (Newswire) - Upper Varnia's interior minister, Tomas Reld, said on Friday the Dalmer valley was cut off.\n\
        Lena Obst, the governor of the Kesten region, told reporters the Kesten fire service had reached 40 villages.\n\
        The Polícia Judiciária said it was investigating, and the Information Commissioner's Office said it was aware of it.\n\
        The vote was backed by the Social Democrats and the Green Left, according to the Vanter Herald.\n\
        Orla Vance, 24, ranked No. 12, won the Harrow Open last year, her first Grand Slam title.\n\
        The satellite was built by Marlow Orbital and insured through Harwick Re, the insurer said.\n";
    let docs = parse_file("t.txt", text).documents;
    let index = extract(&docs);
    let kind = |name: &str| index.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    assert_eq!(kind("Upper Varnia"), Some(EntityKind::Place));
    assert_eq!(kind("Tomas Reld"), Some(EntityKind::Person));
    assert_eq!(kind("Dalmer"), Some(EntityKind::Place));
    assert_eq!(kind("Kesten"), Some(EntityKind::Place));
    assert_eq!(kind("Lena Obst"), Some(EntityKind::Person));
    assert_eq!(kind("Polícia Judiciária"), Some(EntityKind::Organization));
    assert_eq!(kind("Office"), None);
    assert_eq!(kind("Green Left"), Some(EntityKind::Organization));
    assert_eq!(kind("Orla Vance"), Some(EntityKind::Person));
    assert_eq!(kind("Marlow Orbital"), Some(EntityKind::Organization));
    assert_eq!(kind("Harwick Re"), Some(EntityKind::Organization));
    for event in ["Harrow Open", "Grand Slam", "No."] {
        assert_eq!(kind(event), None, "{event}");
    }
}
