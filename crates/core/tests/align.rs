//! Alignment across articles: scored against the hand annotations of same-fact pairs,
//! the shape of links and facts on the seeds, the editor's corrections read from a
//! corpus folder, and properties that hold for any input.

use std::path::PathBuf;

use parallax_core::align::diff::{diff_words, DiffTag};
use parallax_core::align::eval::run;
use parallax_core::align::{AlignConfig, Alignment, Origin};
use parallax_core::clean::parse_file;
use parallax_core::{Bundle, Document};
use proptest::prelude::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Scores the machine's links in `dir` against `gold_file` and checks the floors.
fn check_scores(gold_file: &str, dir: &str, recall: f64, precision: f64) {
    let corpus = parallax_core::load_dir(&root().join(dir)).expect("folder exists");
    let text = std::fs::read_to_string(root().join(gold_file)).expect("annotation");
    let (report, bad) = run(&text, &corpus, &AlignConfig::default());
    assert!(bad.is_empty(), "{bad:?}");
    assert!(!report.text.contains("out of date"), "{}", report.text);
    let s = report.score;
    assert!(s.recall() >= recall && s.precision() >= precision, "below recall {recall} / precision {precision}:\n{}", report.text);
}

// The floors sit a little under the figures recorded in BENCHMARKS.md (seeds, 42 pairs:
// recall 0.833, precision 0.974; fixtures, 10 pairs over the whole folder: 0.800 and
// 0.889), so that a rule that loses links shows here. Precision meets the issue's
// target (80%) on both, and recall does not (90%): see BENCHMARKS.md for what is
// missed and what is linked wrongly, and why.
#[test]
fn seed_links_stay_above_their_floor() {
    check_scores("eval/links.tsv", "corpus", 0.81, 0.95);
}

#[test]
fn fixture_links_stay_above_their_floor() {
    check_scores("eval/links-fixtures.tsv", "crates/core/tests/fixtures", 0.79, 0.85);
}

// Since follow-ups published days later keep their links unscaled (only differing
// figures are scaled), each held-out story gained recall and gave up a little
// precision: held out 1 0.699 / 0.836, 2 0.859 / 0.865, 3 0.611 / 0.889, 4 0.660 /
// 0.866, 5 0.600 / 0.868. With the very figure weighed as rare as it is ("a 12-point
// plan", not only "points"): 1 0.707 / 0.838, 2 0.859 / 0.865, 3 0.626 / 0.891, 4
// 0.670 / 0.867, 5 0.632 / 0.847. With a follow-up's sentence that gives the first
// report's figure and a word besides taken as a recap: 1 0.707 / 0.838, 2 0.859 /
// 0.865, 3 0.656 / 0.895, 4 0.681 / 0.870, 5 0.632 / 0.848; with a wire no table knows
// read from its dateline ("(Meridian) -"), the fifth key mapped again: 5 0.640 / 0.843
// (BENCHMARKS.md, eleventh pass).
//
// The held-out story (eval/heldout/, a chemical plant explosion, annotated as 39 facts
// by someone who had not seen the rules; 123 pairs): recall 0.618, precision 0.915.
// Far below the seeds: the rules and word lists were written from one story.
#[test]
fn heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout.tsv", "eval/heldout", 0.69, 0.82);
}

// The second held-out story (eval/heldout2/, a storm in Portugal, 39 facts, 128 pairs),
// measured untouched first (recall 0.719, precision 0.889), then after the cleaning and
// date fixes its pages showed: recall 0.719, precision 0.874.
#[test]
fn second_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout2.tsv", "eval/heldout2", 0.84, 0.85);
}

// The third held-out story (eval/heldout3/, a ceasefire agreed in Singapore, 45 facts,
// many of them a long lede against one of its clauses), measured untouched first:
// recall 0.456, precision 0.899 over 136 pairs; 131 since four headlines that the
// cleaner read as body text became headlines.
#[test]
fn third_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout3.tsv", "eval/heldout3", 0.64, 0.87);
}

// The fourth held-out story (eval/heldout4/, a Dutch port strike ended by a wage deal,
// 45 facts, 188 pairs), measured once untouched at the commit that added it: recall
// 0.559, precision 0.742 (precision under the issue's 80%, the first story to show it).
// Most wrong links joined page chrome no table knew ("Supply Chain", topic lists,
// related headlines); with the page's frame found from its shape (`clean/lines.rs`,
// `mark_frame`) and the key mapped again onto the cleaner sentences (headlines are no
// longer body text): recall 0.532, precision 0.850; with sums of money written two ways
// ("€90m" / "90 million euros") and a date's weekday against a weekday: 0.569 / 0.857;
// with captions whole and credits read: 0.580 / 0.864; with a compound's head as the
// unit it counts ("9,000 dock workers"), "close to 150" as a range, "before 2033" and
// "through 2032" as one span, and "dock workers" as "dockworkers": 0.617 / 0.871.
#[test]
fn fourth_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout4.tsv", "eval/heldout4", 0.67, 0.85);
}

// The fifth held-out story (eval/heldout5/, a surprise rate rise by Sweden's central
// bank, 55 facts, 125 pairs), written by a helper that had not seen the code and measured
// once untouched at the commit that added it: recall 0.456, precision 0.888. With "per
// cent", percentage and basis points ("half a percentage point" / "50 basis points"),
// names without their diacritics ("Björk" / "Bjork") and days written out shared like
// words: 0.536 / 0.857; with the broadcaster's headline found (no "Your Money" or
// "Getty Images" byline), a wire's own credit in capitals ("MERIDIAN/Karl Nyström") and
// a metered paywall's count as chrome, the key mapped again: 0.536 / 0.846.
#[test]
fn fifth_heldout_links_stay_above_their_floor() {
    // Since undecided mentions of a one-word name take the kind its decided ones give
    // ("the Riksbank said" is the organisation, an entity now, not a word): 0.656 / 0.826.
    check_scores("eval/links-heldout5.tsv", "eval/heldout5", 0.64, 0.82);
}

// The sixth held-out story (eval/heldout6/, a former minister convicted of taking bribes
// over a rail signalling tender, 63 facts), written by a helper that had not seen the
// code and measured once untouched at the commit before it (2213c6c): recall 0.476,
// precision 0.882 over the 225 pairs the key could be mapped to then. With the
// broadcaster's last answers ("The trial lasted four months.") kept as text, 233 pairs:
// 0.476 / 0.885. With figures far apart no evidence of one fact ("a €1.5M fine" /
// "€3.1 million in damages"): 0.476 / 0.928.
#[test]
fn sixth_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout6.tsv", "eval/heldout6", 0.46, 0.9);
}

// The seventh held-out story (eval/heldout7/, a snap election in Slovenia, 70 facts),
// written by a helper that had not seen the code and measured once untouched at the
// commit before it (38285bd): recall 0.582, precision 0.782 over 225 pairs. With the
// wire's slideshow counters and credit, the broadsheet's newsletter box and the
// follow-up's dated related links read as chrome: 0.582 / 0.805. With acronyms in
// parentheses read as their names: 0.587 / 0.829. With a strong link standing though
// neither sentence is the other's best match (a fact given twice): 0.600 / 0.841. With a
// bond's maturity no figure: 0.596 / 0.853.
#[test]
fn seventh_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout7.tsv", "eval/heldout7", 0.59, 0.83);
}

// The eighth held-out story (eval/heldout8/, prisoner-swap and river talks between two
// invented neighbours in Vienna, 75 facts), written by a helper that had not seen the
// code and measured once untouched at the commit before it (bf431af): recall 0.486,
// precision 0.824 over 251 pairs. With countries no table knows read from their
// adjective ("Velesia" / "Velesian"), "the two sides" no figure, a year of the
// background ("since 2024", "their 2026 border war") no date of the sentence, a
// capitalised plural counted ("146 Velesians held") and a month ahead in the future
// tense the coming one: 0.514 / 0.823. With the aggregator's date line read and the
// ICRC one organisation with the Red Cross: 0.514 / 0.831. With a date a noun names no
// date of the sentence ("prisoners they hold from a border conflict last year"): 0.522 /
// 0.832.
#[test]
fn eighth_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout8.tsv", "eval/heldout8", 0.51, 0.82);
}

// The ninth held-out story (eval/heldout9/, a ransomware attack on an Ontario hospital
// network, 74 facts), written by a helper that had not seen the code and measured once
// untouched at the commit before it (44273b8): recall 0.608, precision 0.786 over 212
// pairs. With the broadcaster's header read (a byline set with dots, "Posted: … | Last
// Updated: …", the caption's credit) and "Det. Insp." one title: 0.594 / 0.799. With
// police ranks as titles, "Owen Sound" a place, "a group called Void Harbor" one
// organisation with "VoidHarbor", "1.2 million current and former patients" counted as
// patients and a day of a month no bare number: 0.613 / 0.811.
#[test]
fn ninth_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout9.tsv", "eval/heldout9", 0.6, 0.8);
}

// The tenth held-out story (eval/heldout10/, a hostile takeover bid for a Dutch cable
// maker, 77 facts), written by a helper that had not seen the code and measured once
// untouched at the commit before it (0aa2374): recall 0.617, precision 0.770 over 264
// pairs. With its pages read (the broadsheet's headline under a credited caption, the
// wire's dateline after its key points), its names (portfolios, "Hoogveld & Co", the
// Oude Maas), two holders' differing stakes no evidence and its explainer's questions
// unlinked: 0.633 / 0.798.
#[test]
fn tenth_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout10.tsv", "eval/heldout10", 0.62, 0.78);
}

// The eleventh held-out story (eval/heldout11/, a heavy-lift rocket's launch failure, 82
// facts), written by a helper that had not seen the code and measured once untouched at
// the commit before it (48b82de): recall 0.457, precision 0.696 over 234 pairs. With
// its pages read (credits no table knows, a cookie banner, crossheads), a company named
// by its trade one with its first word, and the rocket's name no figure ("Veyra 6
// flights"): 0.453 / 0.810.
#[test]
fn eleventh_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout11.tsv", "eval/heldout11", 0.44, 0.79);
}

// The twelfth held-out story (eval/heldout12/, a tennis final with a disputed line call,
// 89 facts), written by a helper that had not seen the code and measured once untouched
// at the commit before it (b5fdf37): recall 0.647, precision 0.760 over 272 pairs. With
// ages and clock times as figures, "the Spaniard" read as the one Spaniard named,
// precise figures weighed more and its pages read (a byline "at Kingsmere", "Last
// modified on …"): 0.665 / 0.765.
#[test]
fn twelfth_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout12.tsv", "eval/heldout12", 0.65, 0.75);
}

// The thirteenth held-out story (eval/heldout13/, a cyberattack on an airline, 76
// facts), written by a helper that had not seen the code and measured once untouched at
// b000cce: recall 0.703, precision 0.903 over 290 pairs.
#[test]
fn thirteenth_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout13.tsv", "eval/heldout13", 0.69, 0.88);
}

// The fourteenth held-out story (eval/heldout14/, a museum theft, 81 facts), written by
// a helper that had not seen the code and measured once untouched at 378c482: recall
// 0.591, precision 0.848 over 279 pairs (the pages as that commit cut them: it lost the
// aggregator's last lines and the wire's last paragraph, since kept).
#[test]
fn fourteenth_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout14.tsv", "eval/heldout14", 0.55, 0.84);
}

// The fifteenth held-out story (eval/heldout15/, a drug trial halted for safety, 90
// facts), written by a helper that had not seen the code and measured once untouched at
// 34bacc5: recall 0.676, precision 0.878 over 238 pairs (the pages as that commit cut
// them: it took the broadsheet's byline for its headline and its first sentence for the
// dek, and lost the aggregator's closing box of figures, since kept). The precision
// floor went from 0.85 to 0.83 in the twenty-fourth pass: a list of acts split into
// clauses (+13 pairs over the nineteen earlier sets at 70% marginal precision) gives
// this story +1 pair and 5 wrong links (0.857 → 0.845).
#[test]
fn fifteenth_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout15.tsv", "eval/heldout15", 0.64, 0.83);
}

// The sixteenth held-out story (eval/heldout16/, a government's fall in a no-confidence
// vote, 103 facts), written by a helper that had not seen the code and measured once
// untouched at 74a42cf: recall 0.513, precision 0.821 over 388 pairs.
#[test]
fn sixteenth_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout16.tsv", "eval/heldout16", 0.52, 0.80);
}

// The seventeenth held-out story (eval/heldout17/, a passenger train's derailment, 106
// facts), written by a helper that had not seen the code and measured once untouched
// with the rules of this commit's parent plus the people/residents rule: recall 0.575,
// precision 0.759 over 374 pairs (the start of that session, 74a42cf: 0.586 / 0.758).
#[test]
fn seventeenth_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout17.tsv", "eval/heldout17", 0.55, 0.74);
}

// The eighteenth held-out story (eval/heldout18/, a provisional fishing and tariff deal
// between two neighbours, 99 facts), written by a helper that had not seen the code and
// measured once untouched at 9269fa0 and at b2185a8: recall 0.484, precision 0.780 over
// 347 pairs.
#[test]
fn eighteenth_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout18.tsv", "eval/heldout18", 0.48, 0.76);
}

// The nineteenth held-out story (eval/heldout19/, a night-time earthquake in a mountain
// valley, 101 facts), written by a helper that had not seen the code and measured once
// untouched at 117ec78: recall 0.595, precision 0.827 over 259 pairs.
#[test]
fn nineteenth_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout19.tsv", "eval/heldout19", 0.59, 0.80);
}

// The twentieth held-out story (eval/heldout20/, an overloaded river ferry that capsizes,
// 107 facts), written by a helper that had not seen the code and measured once untouched
// at 60a9202: recall 0.709, precision 0.869 over 282 pairs.
#[test]
fn twentieth_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout20.tsv", "eval/heldout20", 0.70, 0.84);
}

// The twenty-first held-out story (eval/heldout21/, a wildfire that empties a town, its
// power line under suspicion, 101 facts), written by a helper that had not seen the code
// and measured once untouched at 400b00d: recall 0.645, precision 0.836 over 217 pairs.
#[test]
fn twenty_first_heldout_links_stay_above_their_floor() {
    check_scores("eval/links-heldout21.tsv", "eval/heldout21", 0.63, 0.81);
}

/// Two scores are two points of a match, never one figure told two ways: the match point
/// "at 8-8" is not the one "at 10-8", and the same score told as "4-1" and "four to one"
/// is one vote.
#[test]
fn scores_tell_moments_apart_and_the_same_vote_is_one() {
    let links = links_of("eval/heldout12");
    for (a, b, _) in &links {
        let at = |x: &str| a.contains(x) || b.contains(x);
        assert!(!(at("at 8-8") && at("at 10-8")), "{a} / {b}");
    }
    let votes = links_of("eval/heldout5");
    let one_vote = votes.iter().any(|(a, b, _)| {
        let pair = |x: &str, y: &str| a.contains(x) && b.contains(y) || a.contains(y) && b.contains(x);
        pair("The vote was 4-1", "voted four to one")
    });
    assert!(one_vote);
}

/// A number in a name ("Veyra 6") is no figure two sentences share: "Four more Veyra 6
/// flights had been planned" is not "all Veyra 6 flights were suspended".
#[test]
fn a_number_in_a_name_links_nothing() {
    let links = links_of("eval/heldout11");
    let linked = links.iter().find(|(a, b, _)| {
        let pair = |x: &str, y: &str| a.contains(x) && b.contains(y) || a.contains(y) && b.contains(x);
        pair("Four more Veyra 6 flights had been planned", "said all Veyra 6 flights were suspended")
    });
    assert!(linked.is_none(), "{linked:?}");
}

/// A crosshead heads what follows and reports nothing itself: "'A hard blow'" over the
/// minister's words links to nothing; the paragraph under it does.
#[test]
fn a_crosshead_links_to_nothing() {
    let links = links_of("eval/heldout11");
    for heading in ["'Space is unforgiving'", "'A hard blow'", "Skylane orders replacement", "Seville meeting"] {
        let linked = links.iter().find(|(a, b, _)| a.trim() == heading || b.trim() == heading);
        assert!(linked.is_none(), "{linked:?}");
    }
    assert!(links.iter().any(|(a, b, _)| a.contains("said the loss was a hard blow") || b.contains("said the loss was a hard blow")));
}

fn seeds() -> (Vec<Document>, Alignment) {
    let corpus = parallax_core::load_dir(&root().join("corpus")).expect("corpus");
    let alignment = corpus.analyse().alignment;
    (corpus.documents, alignment)
}

#[test]
fn links_join_two_documents_and_facts_hold_one_sentence_per_document() {
    let (docs, al) = seeds();
    assert!(!al.links.is_empty());
    for l in &al.links {
        assert_ne!(l.a.doc, l.b.doc);
        assert!(l.a < l.b, "links are ordered: {l:?}");
        for s in [l.a, l.b] {
            let doc = &docs[s.doc as usize];
            let p = &doc.passages[s.passage as usize];
            assert!(s.sentence >= p.first_sentence && s.sentence < p.first_sentence + p.sentence_count, "{s:?}");
        }
        assert!(!l.reason.is_empty() && l.reason.len() < 160, "{}", l.reason);
        assert_eq!(l.origin, Origin::Machine);
    }
    for f in &al.facts {
        let mut d: Vec<u32> = f.sentences.iter().map(|s| s.doc).collect();
        d.dedup();
        assert_eq!(d.len(), f.sentences.len(), "{f:?}");
        assert!(!f.links.is_empty());
        for &li in &f.links {
            let l = &al.links[li as usize];
            assert!(f.sentences.contains(&l.a) && f.sentences.contains(&l.b));
        }
    }
}

#[test]
fn the_issue_examples_are_linked() {
    let (docs, al) = seeds();
    let text =
        |s: parallax_core::align::SentenceRef| docs[s.doc as usize].sentence_text(&docs[s.doc as usize].sentences[s.sentence as usize]);
    let rubio = al.links.iter().find(|l| text(l.a).contains("safe forever") && text(l.b).contains("safe forever"));
    let Some(rubio) = rubio else { panic!("Rubio's quote is not linked") };
    assert_eq!(rubio.relation, parallax_core::align::Relation::QuoteVariant);
    assert!(rubio.reason.contains("Rubio"), "{}", rubio.reason);
    assert!(al.links.iter().any(|l| text(l.a).contains("productive and successful") && text(l.b).contains("productive and successful")));
}

/// Sentences that report two facts each link once per fact: "The Ukrainian contingent,
/// now led by Umerov, arrived … at Witkoff's exclusive Shell Bay golf club" (Axios) to
/// the WSJ's golf-club sentence and to "The Ukrainian delegation was led by Rustem
/// Umerov, … in place of Andriy Yermak"; and "…met with Ukrainian counterparts for more
/// than four hours" (WSJ) to the U.S. team and to the five-hour meeting; the WSJ's
/// bullet to the U.S. team and to the progress Rubio reported.
#[test]
fn a_sentence_that_reports_two_facts_links_once_per_fact() {
    let (docs, al) = seeds();
    let text =
        |s: parallax_core::align::SentenceRef| docs[s.doc as usize].sentence_text(&docs[s.doc as usize].sentences[s.sentence as usize]);
    let partners = |needle: &str| -> Vec<&str> {
        al.links
            .iter()
            .filter_map(|l| {
                if text(l.a).contains(needle) {
                    Some(text(l.b))
                } else if text(l.b).contains(needle) {
                    Some(text(l.a))
                } else {
                    None
                }
            })
            .collect()
    };
    let contingent = partners("Ukrainian contingent, now led by Umerov");
    assert!(contingent.iter().any(|t| t.contains("Shell Bay golf club") && t.contains("negotiating table")), "{contingent:#?}");
    assert!(contingent.iter().any(|t| t.contains("delegation was led by Rustem Umerov")), "{contingent:#?}");
    let four_hours = partners("for more than four hours");
    assert!(four_hours.iter().any(|t| t.contains("five-hour meeting")), "{four_hours:#?}");
    assert!(four_hours.iter().any(|t| t.contains("U.S. side were Witkoff")), "{four_hours:#?}");
    // The WSJ's summary bullet names the U.S. team (its best match) and says the talks
    // were productive: what it says besides the team still names Rubio, who said so.
    let bullet = partners("held productive talks with Ukrainian officials");
    assert!(bullet.iter().any(|t| t.contains("The U.S. team included")), "{bullet:#?}");
    assert!(bullet.iter().any(|t| t.contains("made additional progress")), "{bullet:#?}");
    // Names alone are not a second fact: the team and the trip to Moscow share three
    // people and nothing else.
    let trip = partners("Kushner and Witkoff will fly to Russia");
    assert!(!trip.iter().any(|t| t.contains("U.S. side were Witkoff")), "{trip:#?}");
}

/// The links of a folder, as pairs of sentence texts with their reasons.
fn links_of(dir: &str) -> Vec<(String, String, String)> {
    let corpus = parallax_core::load_dir(&root().join(dir)).expect("folder exists");
    let al = corpus.machine_analysis(&AlignConfig::default()).alignment;
    let docs = &corpus.documents;
    let text = |s: parallax_core::align::SentenceRef| {
        let d = &docs[s.doc as usize];
        d.sentence_text(&d.sentences[s.sentence as usize]).to_string()
    };
    al.links.iter().map(|l| (text(l.a), text(l.b), l.reason.clone())).collect()
}

/// The link between the sentences that contain `x` and `y`, either way round.
fn link_between<'a>(links: &'a [(String, String, String)], x: &str, y: &str) -> Option<&'a (String, String, String)> {
    links.iter().find(|(a, b, _)| a.contains(x) && b.contains(y) || a.contains(y) && b.contains(x))
}

/// A number written bare is the figure another sentence gives with a unit when it counts
/// people, or when it counts the same thing somewhere; not otherwise.
#[test]
fn a_bare_number_is_a_figure_of_what_the_sentence_counts() {
    let joined = |links: &[(String, String, String)], x: &str, y: &str| {
        links.iter().find(|(a, b, _)| a.contains(x) && b.contains(y) || a.contains(y) && b.contains(x)).map(|l| l.2.clone())
    };
    let first = links_of("eval/heldout");
    let hospital = joined(&first, "19 were still being treated", "Nineteen people remain in hospital");
    assert!(hospital.as_deref().is_some_and(|r| r.contains("same figure")), "{hospital:?}");
    let third = links_of("eval/heldout3");
    let dead = joined(&third, "Of the dead, 31 were in Cambodia", "holding 31 Cambodian soldiers");
    assert!(dead.as_deref().is_none_or(|r| !r.contains("same figure")), "{dead:?}");
}

/// Two ledes of one moment report the event in the story's common words: they link
/// with less evidence than other sentences need.
#[test]
fn the_ledes_of_one_moment_link() {
    // "The death toll from Storm Hélio … has risen to at least nine" / "At least seven
    // people have died after Storm Hélio tore across northern Portugal": only the
    // storm's name and "died" in common, a weak link anywhere but between two ledes.
    let links = links_of("eval/heldout2");
    let (aj, npr) = ("The death toll from Storm Hélio", "At least seven people have died after Storm Hélio");
    assert!(links.iter().any(|(a, b, _)| a.contains(aj) && b.contains(npr) || a.contains(npr) && b.contains(aj)));
    // A lede that links to many sentences keeps room for the other ledes (`max_links`).
    let links = links_of("eval/heldout3");
    let ap = "Thailand and Cambodia agreed Tuesday to a ceasefire that will take effect";
    let post = "Thailand and Cambodia agreed Tuesday to stop fighting";
    assert!(links.iter().any(|(a, b, _)| a.contains(ap) && b.contains(post) || a.contains(post) && b.contains(ap)));
}

/// A follow-up published days later links to the first reports where it recalls their
/// figures, though it stands at another moment of the story.
#[test]
fn a_follow_up_recalls_the_first_reports_figures() {
    let links = links_of("eval/heldout4");
    let joined = |x: &str, y: &str| links.iter().find(|(a, b, _)| a.contains(x) && b.contains(y) || a.contains(y) && b.contains(x));
    // Five days on, the trade paper gives the broadsheet's figure in its own words.
    let jobs = joined("The union has said around 1,200 jobs at DCT could be affected", "put about 1,200 jobs at risk");
    assert!(jobs.is_some_and(|l| l.2.contains("same figure")), "{jobs:?}");
}

#[test]
fn the_bundle_carries_the_alignment() {
    let corpus = parallax_core::load_dir(&root().join("corpus")).expect("corpus");
    let bundle = Bundle::from_corpus(&corpus);
    assert!(!bundle.alignment.links.is_empty());
    let back = Bundle::decode(&bundle.encode()).expect("round trip");
    assert_eq!(back.alignment, bundle.alignment);
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parallax-align-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn the_editor_corrects_links_and_entities_from_the_corpus_folder() {
    let dir = temp_dir("annotations");
    for f in ["001_6ebb02524a7f715b.txt", "004_22fc1bf83a374540.txt"] {
        std::fs::copy(root().join("corpus").join(f), dir.join(f)).expect("copy");
    }
    let plain = parallax_core::load_dir(&dir).expect("dir");
    let machine = plain.analyse().alignment;
    let Some(first) = machine.links.first().cloned() else { panic!("no links") };
    let doc_id = |d: u32| plain.documents[d as usize].id.0.clone();
    let annotations = format!(
        "# Corrections.\n[[link]]\naction = \"reject\"\na = {{ doc = \"{}\", sentence = {} }}\nb = {{ doc = \"{}\", sentence = {} }}\n\n\
         [[link]]\naction = \"add\"\na = {{ doc = \"001_6ebb02524a7f715b\", sentence = 20, text = \"Diplomacy remains active\" }}\nb = {{ doc = \"004_22fc1bf83a374540\", sentence = 17 }}\nreason = \"both about the talks going on\"\n\n\
         [[link]]\naction = \"add\"\na = {{ doc = \"001_6ebb02524a7f715b\", sentence = 0, text = \"Something else\" }}\nb = {{ doc = \"004_22fc1bf83a374540\", sentence = 1 }}\n\n\
         [[merge]]\nkeep = \"marco-rubio\"\nmerge = \"rustem-umerov\"\n",
        doc_id(first.a.doc),
        first.a.sentence,
        doc_id(first.b.doc),
        first.b.sentence
    );
    std::fs::write(dir.join("annotations.toml"), annotations).expect("write");
    let corpus = parallax_core::load_dir(&dir).expect("dir");
    assert!(corpus.skipped.is_empty(), "annotations.toml is not an article: {:?}", corpus.skipped);
    let analysis = corpus.analyse();
    let al = &analysis.alignment;
    assert!(!al.links.iter().any(|l| l.a == first.a && l.b == first.b), "the rejected link is gone");
    let added: Vec<_> = al.links.iter().filter(|l| l.origin == Origin::EditorAdded).collect();
    assert_eq!(added.len(), 1, "{added:?}");
    assert_eq!(added[0].reason, "both about the talks going on");
    assert!(al.facts.iter().any(|f| f.sentences.contains(&added[0].a) && f.sentences.contains(&added[0].b)));
    let errors: Vec<String> = analysis.errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("annotations.toml: line 13:") && errors[0].contains("not “Something else…”"), "{}", errors[0]);
    assert!(!analysis.entities.entities.iter().any(|e| e.id == "rustem-umerov"));
    let rubio = analysis.entities.entities.iter().position(|e| e.id == "marco-rubio").expect("kept");
    assert!(analysis.entities.mentions.iter().any(|m| m.entity as usize == rubio && m.text.contains("Umerov")));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn diff_marks_the_quote_variant() {
    let a = "We don't want to only end the war but make Ukraine safe forever,\" Rubio said.";
    let b = "“We don’t just want to end the war, we also want to help Ukraine be safe forever,” Rubio said.";
    let d = diff_words(a, b, true);
    let inserted: Vec<&str> = d.iter().filter(|x| x.tag == DiffTag::Insert).map(|x| x.b.slice(b)).collect();
    assert!(inserted.iter().any(|w| w.contains("just")), "{inserted:?}");
    assert!(d.iter().any(|x| x.tag == DiffTag::Equal && x.a.slice(a).contains("safe forever")));
}

proptest! {
    #[test]
    fn any_texts_align_without_panicking(a in ".{0,200}", b in ".{0,200}") {
        let docs: Vec<Document> = [a.as_str(), b.as_str()]
            .iter()
            .enumerate()
            .flat_map(|(i, t)| parse_file(&format!("{i}.txt"), t).documents)
            .collect();
        let entities = parallax_core::entities::extract(&docs);
        let quotes = parallax_core::quotes::extract(&docs, &entities);
        let figures = parallax_core::figures::extract(&docs);
        let dates = parallax_core::dates::extract(&docs);
        let al = parallax_core::align::align(&docs, &entities, &quotes, &figures, &dates, &AlignConfig::default());
        for l in &al.links {
            prop_assert_ne!(l.a.doc, l.b.doc);
            prop_assert!(docs[l.b.doc as usize].sentences.get(l.b.sentence as usize).is_some());
        }
    }

    #[test]
    fn diff_spans_fall_on_char_boundaries(a in ".{0,80}", b in ".{0,80}", normalize in any::<bool>()) {
        for d in diff_words(&a, &b, normalize) {
            prop_assert!(a.get(d.a.range()).is_some() && b.get(d.b.range()).is_some());
        }
    }
}

/// Two stakes of two holders ("Vantorra already holds a 4.9% stake" / "Vennhof Capital
/// … with a 9.8 per cent stake") are two figures, not one told two ways: no link.
#[test]
fn differing_figures_of_two_holders_do_not_link() {
    let links = links_of("eval/heldout10");
    let holders = [
        ("Vantorra already holds a 4.9% stake", "Vennhof Capital, the London activist fund"),
        ("Vantorra already holds a 4.9% stake", "Against them stands the Stichting Van der Linde"),
        ("Vantorra already holds a 4.9% stake", "The foundation of the founding Van der Linde family"),
    ];
    for (x, y) in holders {
        let linked = links.iter().find(|(a, b, _)| a.contains(x) && b.contains(y) || a.contains(y) && b.contains(x));
        assert!(linked.is_none(), "{linked:?}");
    }
}

/// A question the article asks itself (an explainer's "Who owns Stellmark?") reports no
/// fact, and links to nothing.
#[test]
fn a_question_the_article_asks_links_to_nothing() {
    let links = links_of("eval/heldout10");
    for q in ["Who owns Stellmark?", "What is a golden share?"] {
        let linked: Vec<_> = links.iter().filter(|(a, b, _)| a == q || b == q).collect();
        assert!(linked.is_empty(), "{linked:?}");
    }
}

/// A figure given to three digits ("67.3%", "67.3 per cent") is one fact's, however
/// short the sentence that gives it.
#[test]
fn a_precise_figure_links_short_sentences() {
    let links = links_of("eval/heldout7");
    assert!(link_between(&links, "Turnout: 67.3%", "This time 67.3 per cent of voters took part.").is_some());
    assert!(link_between(&links, "This time 67.3 per cent of voters took part.", "Turnout was 67.3%, the commission said.").is_some());
}

/// An open range holds figures of any size, but one figure told two ways is of one size:
/// "at least two more people" is not "about 110,000 people" nor "about 85,000".
#[test]
fn an_open_range_is_not_a_figure_ten_times_its_size() {
    let links = links_of("eval/heldout14");
    let looking = "We are looking for at least two more people";
    assert_eq!(link_between(&links, "About 110,000 people visit the museum each year.", looking), None);
    assert_eq!(link_between(&links, "The loss that hurts most in Hallenstein, a city of about 85,000", looking), None);
}

/// A short sentence whose every word the other has reports what the other reports,
/// though one of its two words is the story's topic: "The museum has not commented."
#[test]
fn a_short_sentence_all_of_whose_words_the_other_has_links() {
    let links = links_of("eval/heldout14");
    assert!(link_between(&links, "The museum has not commented.", "The museum has not commented on those reports.").is_some());
}

/// A year both sentences write is shared like a rare word, the background's too: two
/// outlets' "born in Hallenstein in 1821" tell one fact.
#[test]
fn a_year_both_write_is_evidence() {
    let links = links_of("eval/heldout14");
    let link = link_between(
        &links,
        "Kreuzer, who was born in Hallenstein in 1821",
        "Kreuzer, born in Hallenstein in 1821 and dead in Vienna in 1889",
    );
    assert!(link.is_some_and(|(_, _, reason)| reason.contains("same year (1821)")), "{link:?}");
}

/// A number in digits that is no figure's, given by both sentences, is evidence as rare
/// as it is: "the real number … is 171" / "holding 171 of its citizens".
#[test]
fn a_bare_number_both_give_is_evidence() {
    let links = links_of("eval/heldout8");
    let link = link_between(
        &links,
        "the real number of Velesians in Ardanian custody is 171",
        "Velesia says Ardania is holding 171 of its citizens",
    );
    assert!(link.is_some_and(|(_, _, reason)| reason.contains("same number (171)")), "{link:?}");
}
