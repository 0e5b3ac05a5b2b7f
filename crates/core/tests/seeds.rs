//! The five seed articles, parsed: metadata checked field by field, and each whole
//! document snapshotted as an outline (review changes with `cargo insta review`).

mod common;

use std::path::PathBuf;

use parallax_core::document::{Document, PassageKind, Provenance};

fn corpus() -> Vec<Document> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let c = parallax_core::load_dir(&dir).expect("the default corpus folder exists");
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    c.documents
}

fn doc<'a>(docs: &'a [Document], id: &str) -> &'a Document {
    docs.iter().find(|d| d.id.0 == id).unwrap_or_else(|| panic!("no document {id}"))
}

#[test]
fn every_seed_document_snapshot() {
    for d in corpus() {
        insta::assert_snapshot!(d.id.0.replace('~', "_excerpt"), common::outline(&d));
    }
}

/// Chrome words that must never reach the reading text of any seed.
const CHROME: &[&str] = &[
    "Get all your news",
    "premium titles",
    "Start reading",
    "Sign up to read",
    "Already a member",
    "Related Stories",
    "Top stories on inkl",
    "Fourteen days free",
    "Download the app",
    "Get link",
    "Pinterest",
    "Other Apps",
    "Post a Comment",
    "Write to Deborah",
    "GETTY IMAGES",
    "AFP/Getty",
    "Go deeper",
    "Orig inal article",
    "Credit...",
    "Ratynskyi/Reuters",
    "see also",
    "See also",
];

#[test]
fn no_chrome_in_any_passage() {
    for d in corpus() {
        for p in &d.passages {
            let text = d.passage_text(p);
            for c in CHROME {
                assert!(!text.contains(c), "{}: passage contains chrome {c:?}: {text}", d.id);
            }
        }
    }
}

#[test]
fn axios_seeds_have_masthead_outlet_labels_and_bullets() {
    let docs = corpus();
    for id in ["000_331cab4fce0811e8", "001_6ebb02524a7f715b"] {
        let d = doc(&docs, id);
        assert_eq!(d.meta.outlet.as_ref().map(|f| f.value.as_str()), Some("Axios"));
        assert_eq!(d.meta.section.as_ref().map(|f| f.value.as_str()), Some("World"));
        assert!(d.meta.published.is_none(), "the Axios copies state no date");
        assert!(d.passages.iter().any(|p| p.label.as_deref() == Some("Why it matters")));
        assert!(d.passages.iter().filter(|p| p.kind == PassageKind::Bullet).count() >= 6);
    }
    let d = doc(&docs, "000_331cab4fce0811e8");
    assert_eq!(d.meta.headline.as_ref().unwrap().value, "Post-war borders dominated \"intense\" U.S.-Ukraine talks");
}

#[test]
fn unnamed_outlets_stay_unknown() {
    let docs = corpus();
    let d = doc(&docs, "002_a48fdd5eaebd3c3c");
    assert!(d.meta.outlet.is_none() && d.meta.headline.is_none() && d.meta.published.is_none());
    let (title, derived) = d.display_title();
    assert!(derived && title.starts_with("Ukrainian President Volodymyr Zelenskyy held a two-hour phone call"));
    let d = doc(&docs, "003_79936879f0c89743");
    assert!(d.meta.outlet.is_none());
    assert_eq!(
        d.meta.headline.as_ref().unwrap().value,
        "Talks Ongoing, But Timelines and Borders Are Elusive in Ukraine-Russia Peace Deal"
    );
    assert_eq!(
        d.meta.dek.as_ref().unwrap().value,
        "All sides say weekend meeting in Miami was ‘constructive’ though sticking points remain tacky."
    );
}

#[test]
fn wsj_metadata_captions_summary_and_dateline() {
    let docs = corpus();
    let d = doc(&docs, "004_22fc1bf83a374540");
    let m = &d.meta;
    assert_eq!(m.outlet.as_ref().unwrap().value, "The Wall Street Journal");
    assert_eq!(m.authors.as_ref().unwrap().value, vec!["Deborah Acosta", "Robbie Gramer"]);
    let ts = &m.published.as_ref().unwrap();
    assert_eq!(ts.provenance, Provenance::Text);
    assert_eq!(ts.value.iso().unwrap(), "2025-11-30T18:19:00-05:00");
    assert!(ts.value.updated);
    assert_eq!(m.dateline.as_ref().unwrap().value, "HALLANDALE BEACH, Fla.");
    assert_eq!(
        m.dek.as_ref().unwrap().value,
        "Steve Witkoff and Jared Kushner plan to travel to Moscow on Monday for more talks about a possible peace plan"
    );
    let captions: Vec<&str> = d.passages.iter().filter(|p| p.kind == PassageKind::Caption).map(|p| d.passage_text(p)).collect();
    assert_eq!(captions, vec![
        "From left, the U.S. delegation of Steve Witkoff, Marco Rubio and Jared Kushner meeting with Ukrainian negotiators during Sunday’s talks in South Florida.",
        "Rustem Umerov, the chief Ukrainian negotiator, speaks with the U.S. delegation.",
    ]);
    assert_eq!(d.passages.iter().filter(|p| p.kind == PassageKind::Summary).count(), 3);
    // The body starts after the dateline, and the glued caption did not swallow a sentence.
    let body: Vec<&str> = d.passages.iter().filter(|p| p.kind == PassageKind::Paragraph).map(|p| d.passage_text(p)).collect();
    assert!(body[0].starts_with("U.S. and Ukrainian negotiators said Sunday’s meeting"));
    assert!(body[0].ends_with("Neither took questions."));
    assert!(body[1].starts_with("Sunday’s negotiations capped"));
    assert!(body[1].ends_with("that pushed Yermak to resign."));
}

#[test]
fn wsj_appended_excerpts_are_documents_of_their_own() {
    let docs = corpus();
    let excerpts: Vec<&Document> = docs.iter().filter(|d| d.appended_to.as_ref().is_some_and(|h| h.0 == "004_22fc1bf83a374540")).collect();
    let summary: Vec<(String, String, Option<String>)> = excerpts
        .iter()
        .map(|d| {
            (
                d.meta.outlet.as_ref().unwrap().value.clone(),
                d.meta.authors.as_ref().unwrap().value.join(", "),
                d.meta.published.as_ref().and_then(|f| f.value.iso()),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            ("The Washington Post".into(), "Ishaan Tharoor".into(), Some("2024-08-14T00:00:00-04:00".into())),
            ("The New York Times".into(), "Andrew E. Kramer".into(), Some("2025-09-11T08:49:00-04:00".into())),
            ("CNN".into(), "Nick Paton Walsh".into(), None),
        ]
    );
    // CNN states "March 18" without a year: kept, never guessed.
    let cnn = excerpts[2].meta.published.as_ref().unwrap();
    assert_eq!((cnn.value.year, cnn.value.month, cnn.value.day), (None, 3, 18));
    assert!(excerpts.iter().all(|d| d.truncated && d.meta.headline.is_none()));
    assert!(excerpts[2].passages[0].span.slice(&excerpts[2].text).starts_with("A “no” is not a “yes”"));
}
