//! Quotes and their speakers, figures and dates, on the seeds and on any input.

use parallax_core::clean::parse_file;
use parallax_core::{entities, quotes};
use proptest::prelude::*;

fn seeds() -> (Vec<parallax_core::Document>, entities::EntityIndex) {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let docs = parallax_core::load_dir(&dir).expect("corpus").documents;
    let index = entities::extract(&docs);
    (docs, index)
}

fn speaker_of(text_start: &str) -> (Option<String>, Option<String>, bool) {
    let (docs, index) = seeds();
    let q = quotes::extract(&docs, &index)
        .into_iter()
        .find(|q| q.text.starts_with(text_start))
        .unwrap_or_else(|| panic!("no quote {text_start:?}"));
    (q.speaker.map(|e| index.entities[e as usize].name.clone()), q.speaker_text, q.partial)
}

#[test]
fn speakers_named_after_before_and_by_pronoun() {
    assert_eq!(speaker_of("We had a very productive session").0.as_deref(), Some("Marco Rubio"));
    assert_eq!(speaker_of("We don’t just want to end the war").0.as_deref(), Some("Marco Rubio"));
    assert_eq!(speaker_of("Our objective is a prosperous").0.as_deref(), Some("Rustem Umerov"));
    // "…," he said, right after a quote by Umerov.
    assert_eq!(speaker_of("This meeting was productive and successful").0.as_deref(), Some("Rustem Umerov"));
    // "…," he said, after a sentence about Umerov (not the "Witkoff’s club" before him).
    assert_eq!(speaker_of("The U.S. is hearing us").0.as_deref(), Some("Rustem Umerov"));
    assert_eq!(speaker_of("We have made significant progress").0.as_deref(), Some("Rustem Umerov"));
    assert_eq!(speaker_of("Russia remains fully committed").0.as_deref(), Some("Steve Witkoff"));
    assert_eq!(speaker_of("We know this is not about peace").0.as_deref(), Some("Donald Tusk"));
    assert_eq!(speaker_of("If they don’t, then we’ll achieve").0.as_deref(), Some("Vladimir Putin"));
}

#[test]
fn described_speakers_are_kept_as_described() {
    let (speaker, text, _) = speaker_of("It was intense but not negative");
    assert_eq!((speaker, text.as_deref()), (None, Some("one of the Ukrainian officials")));
    let (speaker, text, partial) = speaker_of("positive.");
    assert_eq!((speaker, text.as_deref(), partial), (None, Some("A senior U.S. official"), true));
}

#[test]
fn partial_quotes_are_marked() {
    assert!(speaker_of("productive and successful.").2);
    assert!(speaker_of("there's a good chance we can make a deal.").2);
    assert!(!speaker_of("The dialogue based on the Geneva points").2);
}

proptest! {
    #[test]
    fn any_text_gives_quotes_inside_their_passage(text in "[a-zA-Z ,.\u{201c}\u{201d}\u{22}\u{2019}'\u{e9}:\u{2014}]{0,200}") {
        let docs = parse_file("t.txt", &text).documents;
        let index = entities::extract(&docs);
        for q in quotes::extract(&docs, &index) {
            let d = &docs[q.doc as usize];
            let p = &d.passages[q.passage as usize];
            prop_assert!(q.span.start >= p.span.start && q.span.end <= p.span.end);
            prop_assert_eq!(q.span.slice(&d.text), q.text.as_str());
        }
    }
}

/// Every figure of `text` lies inside its passage, is its own words, and has a finite
/// value and a range whose low end is not over its high end.
fn figures_hold_together(text: &str) -> Result<(), TestCaseError> {
    let docs = parse_file("t.txt", text).documents;
    for f in parallax_core::figures::extract(&docs) {
        let d = &docs[f.doc as usize];
        let p = &d.passages[f.passage as usize];
        prop_assert!(f.span.start >= p.span.start && f.span.end <= p.span.end);
        prop_assert_eq!(f.span.slice(&d.text), f.text.as_str());
        prop_assert!(f.value.is_finite());
        prop_assert!(f.low.is_none_or(|l| f.high.is_none_or(|h| l <= h)));
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_text_gives_figures_inside_their_passage(text in "[a-zA-Z0-9 ,.$€%\\u{2014}-]{0,200}") {
        figures_hold_together(&text)?;
    }
}

proptest! {
    #[test]
    fn any_text_gives_dates_inside_their_passage(text in "[a-zA-Z0-9 ,.\\u{2019}-]{0,200}") {
        let docs = parse_file("t.txt", &format!("Headline of a test\nUpdated Nov. 30, 2025 6:19 pm ET\n{text}")).documents;
        for d in parallax_core::dates::extract(&docs) {
            let doc = &docs[d.doc as usize];
            let p = &doc.passages[d.passage as usize];
            prop_assert!(d.span.start >= p.span.start && d.span.end <= p.span.end);
            prop_assert_eq!(d.span.slice(&doc.text), d.text.as_str());
        }
    }
}

/// The words of figures as news writes them (fractions, rate units, compounds,
/// qualifiers), put together in any order: every figure stays inside its passage, as its
/// words, with a range that holds together.
fn figure_words() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "half",
        "quarter",
        "a",
        "an",
        "of",
        "per",
        "cent",
        "percentage",
        "point",
        "points",
        "basis",
        "bps",
        "close",
        "to",
        "more",
        "than",
        "as",
        "many",
        "upwards",
        "an estimated",
        "dock",
        "workers",
        "container",
        "ships",
        "9,000",
        "50",
        "1.75",
        "2.25%",
        "€40m",
        "before",
        "until",
        "2033",
        "hour",
        "hours",
        "rose",
        "by",
        "Sept",
        "23",
        "(Meridian)",
        "-",
        "STOCKHOLM,",
        ".",
    ]);
    prop::collection::vec(words, 0..40).prop_map(|w| w.join(" "))
}

proptest! {
    #[test]
    fn figure_words_in_any_order_give_figures_inside_their_passage(text in figure_words()) {
        figures_hold_together(&text)?;
    }
}

/// A speaker named after a description ("said the agency's president, Filipa Matos"),
/// and a paragraph that is all quote going on with the speaker of the paragraph before.
#[test]
fn speakers_after_a_description_and_across_a_quoted_paragraph() {
    let text = "Regulator says airline broke the law\n\n\
        The regulator opened an inquiry on Monday into the airline, which waited five days to report the attack.\n\n\
        \"Seventy-two hours is not a suggestion,\" said the agency's president, Filipa Matos.\n\n\
        \"It is the law.\"\n\n\
        The airline said it had acted in good faith throughout and would cooperate with the inquiry in every way it could, as it always had.\n\n\
        \"We did nothing wrong.\"\n";
    let docs = parse_file("regulator.txt", text).documents;
    let index = entities::extract(&docs);
    let found = quotes::extract(&docs, &index);
    let speaker = |start: &str| found.iter().find(|q| q.text.starts_with(start)).and_then(|q| q.speaker_text.clone());
    assert_eq!(speaker("Seventy-two hours").as_deref(), Some("Filipa Matos"));
    assert_eq!(speaker("It is the law").as_deref(), Some("Filipa Matos"));
    // After a paragraph of the reporter's own words, a quote is not the last speaker's.
    assert_eq!(speaker("We did nothing wrong"), None);
}
