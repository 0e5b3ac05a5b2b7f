//! Descriptions that stand for a person named elsewhere: "the Russian leader" is Putin
//! when the corpus calls Putin "Russian President" and calls no other Russian a
//! president; "President Trump's envoy" is Witkoff when Witkoff is the one envoy the
//! article (or, failing that, the corpus) names. Alignment counts such a description as
//! a mention of the person, so "the Russian leader said…" meets "Putin said…".
//!
//! Only definite, singular descriptions are read ("the …", "Trump's …", "his …"), never
//! "a senior official" or "top envoys", and a description resolves only when exactly
//! one person fits among the people the same article names. A role word next to a name
//! is that name's title, not a description.
//!
//! This module must never resolve a description to a person the sentence itself names,
//! nor panic on any text.

use std::collections::{HashMap, HashSet};

use crate::document::Document;
use crate::entities::gazetteer::DEMONYMS;
use crate::entities::{EntityIndex, EntityKind};
use crate::search;

/// Role words a description can end in (singular, folded), with the class they stand
/// for: a "leader" is whoever holds one of the offices of a head of state or government.
const HEADS: &[(&str, &str)] = &[
    ("leader", "leader"),
    ("president", "leader"),
    ("premier", "leader"),
    ("chancellor", "leader"),
    ("king", "leader"),
    ("envoy", "envoy"),
    ("minister", "minister"),
    ("secretary", "secretary"),
    ("negotiator", "negotiator"),
    ("adviser", "adviser"),
    ("advisor", "adviser"),
    ("ambassador", "ambassador"),
    ("spokesman", "spokesman"),
    ("spokeswoman", "spokesman"),
    ("spokesperson", "spokesman"),
    ("chairman", "chairman"),
    ("commander", "commander"),
];

/// Words a description of an organisation can end in (singular, folded), with the class
/// they stand for: "the airline" and "the carrier" are the one airline an article names,
/// "the company" the one company ("Swiss drugmaker Velmora Pharma" is one).
const ORG_HEADS: &[(&str, &str)] = &[
    ("company", "company"),
    ("firm", "company"),
    ("group", "group"),
    ("drugmaker", "drugmaker"),
    ("carmaker", "carmaker"),
    ("maker", "maker"),
    ("manufacturer", "maker"),
    ("airline", "airline"),
    ("carrier", "airline"),
    ("insurer", "insurer"),
    ("bank", "bank"),
    ("lender", "bank"),
    ("retailer", "retailer"),
    ("operator", "operator"),
    ("broadcaster", "broadcaster"),
    ("museum", "museum"),
    ("hospital", "hospital"),
    ("club", "club"),
    ("regulator", "regulator"),
    ("watchdog", "regulator"),
];

/// Classes of `ORG_HEADS` that are businesses: what one is called, it is a "company" too.
const BUSINESSES: &[&str] = &["drugmaker", "carmaker", "maker", "airline", "insurer", "bank", "retailer", "operator", "broadcaster"];

/// Nouns of nationality that are not their adjective, with it ("the Spaniard" is
/// Spanish): a nationality stands for the one person of it an article names, as a role
/// does. Folded, as `search::words` gives words.
const NATIONALITY_NOUNS: &[(&str, &str)] = &[
    ("spaniard", "spanish"),
    ("briton", "british"),
    ("brit", "british"),
    ("englishman", "english"),
    ("englishwoman", "english"),
    ("frenchman", "french"),
    ("frenchwoman", "french"),
    ("dutchman", "dutch"),
    ("dutchwoman", "dutch"),
    ("swede", "swedish"),
    ("dane", "danish"),
    ("pole", "polish"),
    ("finn", "finnish"),
    ("turk", "turkish"),
    ("scot", "scottish"),
    ("irishman", "irish"),
    ("irishwoman", "irish"),
    ("welshman", "welsh"),
    ("scotsman", "scottish"),
    ("icelander", "icelandic"),
];

/// The nationality a word gives, as its adjective, folded ("Spaniard" → "spanish",
/// "Hungarian" → "hungarian").
fn demonym_of(word: &str) -> Option<String> {
    NATIONALITY_NOUNS.iter().find(|(n, _)| *n == word).map(|(_, a)| a.to_string()).or_else(|| is_demonym(word).then(|| word.to_string()))
}

/// Words after a nationality adjective that make it a noun for a person ("the Hungarian
/// had broken back", "the Hungarian's coach"), not an adjective ("the Hungarian
/// government"): verbs a subject takes, relatives, conjunctions and prepositions.
const AFTER_A_PERSON: &[&str] = &[
    "had", "has", "was", "is", "will", "would", "could", "can", "did", "does", "who", "whose", "said", "says", "and", "but", "also",
    "then", "told", "added", "insisted", "argued", "admitted", "won", "lost", "beat", "broke", "took", "left", "made", "came", "went",
    "saved", "served", "held", "at", "in", "on", "to", "for", "from", "with", "by", "of", "s",
];

/// The nationality (its adjective, folded) that token `k` stands for as a noun: a noun of
/// nationality, or a demonym followed by nothing, by punctuation or by a word of
/// `AFTER_A_PERSON`.
fn nationality(tokens: &[(usize, usize, String)], k: usize, text: &str) -> Option<String> {
    let (_, end, word) = &tokens[k];
    if let Some((_, adjective)) = NATIONALITY_NOUNS.iter().find(|(n, _)| n == word) {
        return Some(adjective.to_string());
    }
    let adjective = demonym_of(word)?;
    let noun = match tokens.get(k + 1) {
        None => true,
        Some((start, _, next)) => {
            let between = text.get(*end..*start).unwrap_or(" ");
            between.trim().chars().any(|c| !matches!(c, '\'' | '’')) || AFTER_A_PERSON.contains(&next.as_str())
        }
    };
    noun.then_some(adjective)
}

/// Whether a sentence may hold a description: a role word, or a capitalised word that
/// gives a nationality ("the Spaniard", "The Hungarian"), looked for without segmenting
/// the sentence into words.
fn may_describe(text: &str, heads: &[(&str, &'static str)]) -> bool {
    let lower = text.to_ascii_lowercase();
    heads.iter().any(|(w, _)| lower.contains(w))
        || text.split(|c: char| !c.is_alphabetic()).any(|w| w.starts_with(char::is_uppercase) && demonym_of(&search::fold(w)).is_some())
}

/// Words before a role word that make a description definite.
const DEFINITE: &[&str] = &["the", "his", "her", "their", "its", "s"];
/// Words that make it indefinite or one of many.
const INDEFINITE: &[&str] = &["a", "an", "one", "another", "other", "former", "some", "any", "every", "each"];

/// Words a title is made of ("the chief Ukrainian negotiator", "adviser and son-in-law").
fn title_word(word: &str, heads: &[(&str, &'static str)]) -> bool {
    class(word, heads).is_some()
        || is_demonym(word)
        // "son-in-law" is three words to the segmenter.
        || ["the", "s", "son", "in", "law"].contains(&word)
        || crate::entities::gazetteer::ROLE_MODIFIERS.contains(&word)
        || crate::entities::gazetteer::ROLE_WORDS.contains(&word)
}

fn class(word: &str, heads: &[(&str, &'static str)]) -> Option<&'static str> {
    heads.iter().find(|(w, _)| *w == word).map(|(_, c)| *c)
}

fn is_demonym(word: &str) -> bool {
    DEMONYMS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

/// What the corpus says of one person: the role classes and the nationalities given with
/// them.
#[derive(Default)]
struct Profile {
    classes: HashSet<&'static str>,
    demonyms: HashSet<String>,
}

/// A description resolved to a person: the document, the byte where the description
/// starts, and the entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Resolved {
    pub doc: u32,
    pub at: u32,
    pub entity: u32,
}

/// Resolves the definite descriptions of every document: of people ("the Russian
/// leader", "the Spaniard") and of organisations ("the airline", "the Basel-based
/// company").
pub(super) fn resolve(docs: &[Document], entities: &EntityIndex) -> Vec<Resolved> {
    // Segmenting words is the costly part: once per sentence that may describe anyone.
    let words: Vec<Vec<Option<Words>>> = docs
        .iter()
        .map(|doc| {
            doc.sentences
                .iter()
                .map(|s| {
                    let text = doc.sentence_text(s);
                    (may_describe(text, HEADS) || may_describe(text, ORG_HEADS)).then(|| search::words(text))
                })
                .collect()
        })
        .collect();
    let mut out = resolve_kind(docs, entities, &words, EntityKind::Person, HEADS);
    out.extend(resolve_kind(docs, entities, &words, EntityKind::Organization, ORG_HEADS));
    out
}

/// A sentence's words as `search::words` gives them.
type Words = Vec<(usize, usize, String)>;

/// Resolves the descriptions that end in one of `heads` to the entities of `kind`;
/// `words` holds each sentence's words, where it may describe.
fn resolve_kind(
    docs: &[Document],
    entities: &EntityIndex,
    words: &[Vec<Option<Words>>],
    kind: EntityKind,
    heads: &[(&str, &'static str)],
) -> Vec<Resolved> {
    let person = |e: u32| entities.entities.get(e as usize).is_some_and(|x| x.kind == kind);
    let people_only = kind == EntityKind::Person;
    // Profiles, from each titled mention: the role's words and the few words before the
    // name ("Russian President Vladimir Putin", "the chief Ukrainian negotiator").
    // Also each article's people: where each name starts and ends.
    let mut profiles: HashMap<u32, Profile> = HashMap::new();
    let mut names_of: Vec<Vec<(u32, u32, u32)>> = vec![Vec::new(); docs.len()];
    // Where each person's name ends, per document: the words before a name are looked
    // for after the name before it ("Hungarian Levente Orbanyi beat Joaquin Elorriaga"
    // says nothing of Elorriaga's nationality).
    let mut ends_of: Vec<Vec<u32>> = vec![Vec::new(); docs.len()];
    for m in entities.mentions.iter().filter(|m| person(m.entity)) {
        if let Some(ends) = ends_of.get_mut(m.doc as usize) {
            ends.push(m.span.end);
        }
    }
    for ends in &mut ends_of {
        ends.sort_unstable();
    }
    for m in entities.mentions.iter().filter(|m| person(m.entity)) {
        let (Some(doc), Some(names)) = (docs.get(m.doc as usize), names_of.get_mut(m.doc as usize)) else { continue };
        names.push((m.span.start, m.span.end, m.entity));
        let start = m.span.start as usize;
        let previous = ends_of.get(m.doc as usize).and_then(|ends| ends.iter().rev().find(|&&e| e <= m.span.start)).copied();
        let mut from = start.saturating_sub(40).max(previous.unwrap_or(0) as usize).min(start);
        while !doc.text.is_char_boundary(from) {
            from += 1;
        }
        let before = doc.text.get(from..start).unwrap_or("");
        let near: Vec<String> = search::words(before).into_iter().rev().take(4).map(|w| w.2).collect();
        let role: Vec<String> = m.role.as_deref().map(|r| search::words(r).into_iter().map(|w| w.2).collect()).unwrap_or_default();
        // An apposition after the name gives a nationality too ("Elorriaga, the
        // 28-year-old Spaniard, …").
        let after = doc.text.get(m.span.end as usize..).unwrap_or("");
        let apposition = after.strip_prefix(", ").map_or("", |a| {
            let end = a.find([',', '.', ';', '(', ')']).unwrap_or(a.len()).min(60);
            a.get(..end).unwrap_or("")
        });
        let apposed: Vec<String> = search::words(apposition).into_iter().map(|w| w.2).collect();
        // What an organisation is, after it ("Aerlumo, Portugal's second-largest
        // airline, …").
        let what: Vec<String> = if people_only { Vec::new() } else { apposed.clone() };
        let apposed: Vec<String> = if apposed.first().is_some_and(|w| ["the", "a", "an"].contains(&w.as_str())) {
            apposed.iter().filter_map(|w| demonym_of(w)).collect()
        } else {
            Vec::new()
        };
        let profile = profiles.entry(m.entity).or_default();
        profile.demonyms.extend(apposed);
        // An organisation's kind stands just before its name ("Swiss drugmaker Velmora
        // Pharma"), not a few words off ("covers the company for Harcourt Rees").
        // It is written in lowercase, a space before the name: "Museum, Hallenstein" is
        // the end of another name.
        let kind_before = before.strip_suffix(' ').and_then(|b| b.rsplit(' ').next()).filter(|w| w.starts_with(char::is_lowercase));
        let near = if people_only { &near[..] } else { &near[..usize::from(kind_before.is_some()).min(near.len())] };
        // An organisation's name may end in its kind ("the Thalberg Museum").
        let named: Vec<String> = if people_only {
            Vec::new()
        } else {
            doc.text
                .get(start..m.span.end as usize)
                .map(|n| search::words(n).into_iter().map(|w| w.2).collect::<Vec<_>>())
                .unwrap_or_default()
        };
        for w in near.iter().chain(&role).chain(&what).chain(named.last()) {
            if let Some(c) = class(w.as_str(), heads) {
                profile.classes.insert(c);
                if BUSINESSES.contains(&c) {
                    profile.classes.insert("company");
                }
            } else if let Some(d) = demonym_of(w) {
                profile.demonyms.insert(d);
            }
        }
    }
    let mut out = Vec::new();
    for (d, (doc, names)) in docs.iter().zip(&names_of).enumerate() {
        let d = d as u32;
        // Only an article that names someone can describe them.
        if names.is_empty() {
            continue;
        }
        let mut people: Vec<u32> = names.iter().map(|n| n.2).collect();
        people.sort_unstable();
        people.dedup();
        for (sentence, tokens) in doc.sentences.iter().zip(words.get(d as usize).into_iter().flatten()) {
            let base = sentence.span.start;
            let text = doc.sentence_text(sentence);
            let Some(tokens) = tokens else { continue };
            let here: HashSet<u32> = names.iter().filter(|(s, e, _)| *s >= base && *e <= sentence.span.end).map(|(_, _, x)| *x).collect();
            for (k, (start, end, word)) in tokens.iter().enumerate() {
                let head = class(word, heads);
                let own = if head.is_none() && people_only { nationality(&tokens, k, text) } else { None };
                if head.is_none() && own.is_none() {
                    continue;
                }
                let (at, until) = (base + *start as u32, base + *end as u32);
                // Inside a name; a title before one ("envoy Steve Witkoff", "adviser and
                // son-in-law Jared Kushner", "Ukraine's president, Volodymyr Zelensky");
                // or a title set after one ("Rustem Umerov, the secretary of…").
                let titled = |(s, e, _): &(u32, u32, u32)| {
                    // Only title words between the role word and the name (bytes that are
                    // not text never are).
                    let all_title = |x: u32, y: u32| {
                        doc.text.get(x as usize..y as usize).is_some_and(|t| search::words(t).iter().all(|w| title_word(&w.2, heads)))
                    };
                    let possessive = doc.text.get(*e as usize..).is_some_and(|t| t.starts_with(['\'', '’']));
                    (*s <= at && until <= *e)
                        || (*s >= until && *s <= until + 60 && all_title(until, *s))
                        || (*e <= at && *e + 60 >= at && !possessive && all_title(*e, at))
                };
                if names.iter().any(titled) {
                    continue;
                }
                // A nationality may follow an age ("the 28-year-old Spaniard": five words).
                let reach = if own.is_some() { 5 } else { 3 };
                let before: Vec<&str> = tokens[k.saturating_sub(reach)..k].iter().map(|t| t.2.as_str()).collect();
                if !before.iter().any(|w| DEFINITE.contains(w)) || before.iter().any(|w| INDEFINITE.contains(w)) {
                    continue;
                }
                let mut demonyms: Vec<String> = before.iter().filter_map(|w| demonym_of(w)).collect();
                demonyms.extend(own.clone());
                let fits = |e: &u32| {
                    !here.contains(e)
                        && profiles
                            .get(e)
                            .is_some_and(|p| head.is_none_or(|h| p.classes.contains(h)) && demonyms.iter().all(|x| p.demonyms.contains(x)))
                };
                let in_doc: Vec<u32> = people.iter().copied().filter(fits).collect();
                if let [entity] = in_doc.as_slice() {
                    let entity = *entity;
                    out.push(Resolved { doc: d, at, entity });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolved(text: &str) -> Vec<(String, String)> {
        let docs = crate::clean::parse_file("000_t.txt", text).documents;
        let entities = crate::entities::extract(&docs);
        resolve(&docs, &entities)
            .into_iter()
            .map(|r| {
                let doc = &docs[r.doc as usize];
                let s = doc.sentences.iter().find(|s| s.span.start <= r.at && r.at < s.span.end).unwrap();
                (crate::document::shorten(doc.sentence_text(s), 30), entities.entities[r.entity as usize].name.clone())
            })
            .collect()
    }

    #[test]
    fn definite_descriptions_resolve_to_the_one_person_who_fits() {
        let found = resolved(
            "Russian President Vladimir Putin met U.S. envoy Steve Witkoff. Ukrainian President Volodymyr Zelensky \
             was in Paris.\n\nThe Russian leader said he was ready. President Donald Trump's envoy will fly on Monday.",
        );
        assert!(found.iter().any(|(s, n)| s.starts_with("The Russian leader") && n == "Vladimir Putin"), "{found:?}");
        assert!(found.iter().any(|(s, n)| s.starts_with("President Donald Trump") && n == "Steve Witkoff"), "{found:?}");
        assert_eq!(found.len(), 2, "{found:?}");
    }

    /// A nationality stands for the one person of it the article names ("the Spaniard"
    /// is Elorriaga, whom an apposition calls one), as a noun, never as an adjective.
    #[test]
    fn a_nationality_stands_for_the_one_person_of_it() {
        let found = resolved(
            "The final went on.\n\nOn Sunday, Hungarian Levente Orbanyi beat Joaquin Elorriaga, the 28-year-old Spaniard, in the final.\n\n\
             The Spaniard argued with the umpire. Two points later, the Hungarian had broken back. \
             The Hungarian government sent its congratulations. A Swede won the junior title.",
        );
        assert!(found.iter().any(|(s, n)| s.starts_with("The Spaniard") && n == "Joaquin Elorriaga"), "{found:?}");
        assert!(found.iter().any(|(s, n)| s.starts_with("Two points later") && n == "Levente Orbanyi"), "{found:?}");
        assert_eq!(found.len(), 2, "{found:?}");
    }

    /// An organisation's kind, said before its name, after it or as its last word, makes
    /// a description of it ("the airline", "the Basel-based company", "the museum"), when
    /// the article names one such.
    #[test]
    fn descriptions_of_organisations_resolve_to_the_one_that_fits() {
        let found = resolved(
            "The hack went on.\n\nPortuguese airline Aerlumo says hackers stole data. It worked with Norvale Services, \
             which runs its call centres.\n\nThe airline is facing criticism.",
        );
        assert_eq!(found, [("The airline is facing…".to_string(), "Aerlumo".to_string())]);
        // A kind a few words off the name is not its ("covers the company for Harcourt"),
        // nor the end of another name ("the Thalberg Museum, Hallenstein").
        let found = resolved(
            "The trial stopped.\n\nSwiss drugmaker Velmora Pharma halted a trial. Olivia Brandt covers the company for Harcourt \
             Securities. It met the Thalberg Museum, Hallenstein. The Basel-based company said more. The museum said nothing.",
        );
        assert!(found.iter().any(|(s, n)| s.starts_with("The Basel-based") && n == "Velmora Pharma"), "{found:?}");
        assert!(!found.iter().any(|(_, n)| n == "Hallenstein"), "{found:?}");
        // A name that ends in its kind gives it ("the Thalberg Museum" is a museum).
        assert!(found.iter().any(|(s, n)| s.starts_with("The museum said") && n == "Thalberg Museum"), "{found:?}");
        // Two companies named: "the company" is neither.
        let found = resolved("The bid went on.\n\nItalian group Vantorra bid for Dutch cable maker Stellmark. The company said no.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn indefinite_ambiguous_and_titles_do_not_resolve() {
        let found = resolved(
            "Russian President Vladimir Putin met President Donald Trump and Ukrainian President Volodymyr Zelensky.\n\n\
             The president said it went well. A senior official said nothing. The top envoys left. \
             The Russian President Vladimir Putin spoke.",
        );
        assert!(found.is_empty(), "{found:?}");
    }
}
