//! Articles a reader adds in the browser (`Bundle::with_added`): read as the build reads
//! a corpus file, analysed again with the rest, every file reported, nothing panics.

use std::path::Path;

use parallax_core::align::SentenceRef;
use parallax_core::{load_dir, Bundle};
use proptest::prelude::*;

fn seeds() -> Bundle {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    Bundle::from_corpus(&load_dir(&dir).expect("the seed corpus"))
}

fn file(name: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    (name.to_string(), bytes.to_vec())
}

fn heldout(name: &str) -> (String, Vec<u8>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval/heldout2").join(name);
    (name.to_string(), std::fs::read(path).expect("a held-out article"))
}

/// The id of the document a link end names.
fn doc_of(bundle: &Bundle, r: SentenceRef) -> &str {
    &bundle.documents[r.doc as usize].id.0
}

#[test]
fn added_articles_are_read_and_aligned_with_the_rest() {
    let base = Bundle::from_corpus(&load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval/heldout2")).expect("held out 2"));
    // Three of held out 2's articles as the corpus, the other two added by a reader.
    let keep = ["aljazeera", "later", "npr"];
    let base = Bundle::from_corpus(&parallax_core::Corpus {
        documents: base.documents.iter().filter(|d| keep.iter().any(|k| d.id.0.starts_with(k))).cloned().collect(),
        ..Default::default()
    });
    let added = base.with_added(&[heldout("nytimes.txt"), heldout("skynews.txt")]);
    assert_eq!(added.files.len(), 2);
    for report in &added.files {
        assert_eq!(report.message, None, "{report:?}");
        assert!(!report.documents.is_empty(), "{report:?}");
    }
    let docs = &added.bundle.documents;
    assert_eq!(docs.len(), base.documents.len() + 2);
    assert!(docs.iter().any(|d| d.id.0 == "nytimes") && docs.iter().any(|d| d.id.0 == "skynews"));
    // The new articles are linked to the old ones and to each other.
    let touching = |id: &str| {
        added.bundle.alignment.links.iter().filter(|l| doc_of(&added.bundle, l.a) == id || doc_of(&added.bundle, l.b) == id).count()
    };
    assert!(touching("nytimes") >= 3, "nytimes has {} links", touching("nytimes"));
    assert!(touching("skynews") >= 3, "skynews has {} links", touching("skynews"));
    assert!(added.bundle.alignment.links.len() > base.alignment.links.len());
    // Entities of the new articles are in the index.
    let mentioned: std::collections::HashSet<&str> =
        added.bundle.entities.mentions.iter().map(|m| added.bundle.documents[m.doc as usize].id.0.as_str()).collect();
    assert!(mentioned.contains("nytimes"));
    // And it all travels to the page and back.
    let bytes = added.encode();
    assert_eq!(parallax_core::bundle::Added::decode(&bytes).expect("decodes"), added);
}

#[test]
fn files_that_cannot_be_read_are_reported_and_the_rest_added() {
    let base = seeds();
    let good = heldout("npr.txt");
    let added = base.with_added(&[
        file("empty.txt", b"  \n\n "),
        file("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0"),
        file("latin1.txt", b"Caf\xe9 owners said the bridge was closed.\n"),
        file("notes.docx", b"PK\x03\x04"),
        good.clone(),
    ]);
    let message = |name: &str| added.files.iter().find(|f| f.file == name).and_then(|f| f.message.clone()).unwrap_or_default();
    assert!(message("empty.txt").contains("empty"), "{}", message("empty.txt"));
    assert!(message("photo.txt").contains("binary"), "{}", message("photo.txt"));
    assert!(message("latin1.txt").contains("UTF-8"), "{}", message("latin1.txt"));
    assert!(message("notes.docx").contains("only .txt"), "{}", message("notes.docx"));
    // The report names the file; its message does not repeat the name.
    assert!(!message("photo.txt").contains("photo.txt"), "{}", message("photo.txt"));
    assert_eq!(added.bundle.documents.len(), base.documents.len() + 1);
    assert_eq!(added.files.iter().filter(|f| !f.documents.is_empty()).count(), 1);
}

#[test]
fn a_name_the_corpus_has_is_read_under_a_free_one_and_the_same_text_is_refused() {
    let base = seeds();
    let seed = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/000_331cab4fce0811e8.txt")).expect("seed");
    let other = heldout("npr.txt").1;
    let added = base.with_added(&[
        file("000_331cab4fce0811e8.txt", &other),
        file("000_331cab4fce0811e8.txt", &heldout("skynews.txt").1),
        file("004_22fc1bf83a374540.txt", &heldout("later.txt").1),
        file("copy.txt", &seed),
        file(".txt", &heldout("aljazeera.txt").1),
    ]);
    let ids: Vec<&[String]> = added.files.iter().map(|f| f.documents.as_slice()).collect();
    assert_eq!(ids[0], ["000_331cab4fce0811e8-2".to_string()]);
    assert_eq!(ids[1], ["000_331cab4fce0811e8-3".to_string()]);
    // 004 has appended excerpts (004…~1): the new article does not take their host's id.
    assert_eq!(ids[2], ["004_22fc1bf83a374540-2".to_string()]);
    assert!(added.files[0].message.as_deref().unwrap_or_default().contains("000_331cab4fce0811e8-2.txt"));
    assert!(ids[3].is_empty());
    assert!(added.files[3].message.as_deref().unwrap_or_default().contains("same text"), "{:?}", added.files[3]);
    assert_eq!(ids[4], ["article".to_string()]);
    let mut all: Vec<&str> = added.bundle.documents.iter().map(|d| d.id.0.as_str()).collect();
    let n = all.len();
    all.sort_unstable();
    all.dedup();
    assert_eq!(all.len(), n, "document ids stay unique");
}

#[test]
fn the_editors_corrections_still_apply_after_adding() {
    let base = seeds();
    assert!(base.annotations.contains("action = \"reject\""));
    // An editor's link the machine does not make: Putin's territorial demands told two ways.
    let editor = r#"
[[link]]
action = "add"
a = { doc = "000_331cab4fce0811e8", sentence = 2, text = "Russian President Vladimir Putin" }
b = { doc = "001_6ebb02524a7f715b", sentence = 25, text = "Putin also doubled down" }
reason = "Putin's territorial demands"
"#;
    let linked = |b: &Bundle| {
        b.alignment.links.iter().any(|l| {
            let (x, y) = ((doc_of(b, l.a), l.a.sentence), (doc_of(b, l.b), l.b.sentence));
            let pair = [("000_331cab4fce0811e8", 2), ("001_6ebb02524a7f715b", 25)];
            [x, y] == pair || [y, x] == pair
        })
    };
    let bare = base.with_added(&[heldout("npr.txt")]);
    assert!(!linked(&bare.bundle), "the machine makes this link itself: pick another for this test");
    let edited = Bundle { annotations: format!("{}\n{editor}", base.annotations), ..base.clone() };
    let added = edited.with_added(&[heldout("npr.txt")]);
    assert!(linked(&added.bundle));
    assert_eq!(added.bundle.annotations, edited.annotations);
    assert_eq!(added.bundle.notices, base.notices);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Any names and bytes: no panic, every file reported once, ids unique, and the
    /// corpus's own articles kept.
    #[test]
    fn adding_anything_never_panics_or_loses_an_article(
        files in prop::collection::vec(("[a-z0-9 ._~-]{0,12}(\\.txt|\\.TXT|\\.md|)", prop::collection::vec(any::<u8>(), 0..300)), 0..4),
        text in prop::collection::vec(prop::sample::select(vec![
            "Witkoff met Putin in Moscow on Tuesday. ", "\n\n", "By Jane Doe\n", "The five-hour meeting was productive. ",
            "\u{feff}", "Updated Nov. 30, 2025\n", "“We had a very productive session,” Rubio said. ",
        ]), 0..12),
    ) {
        let base = Bundle::from_corpus(&parallax_core::Corpus {
            documents: seeds().documents.into_iter().take(2).collect(),
            ..Default::default()
        });
        let mut files: Vec<(String, Vec<u8>)> = files;
        files.push(("made.txt".into(), text.concat().into_bytes()));
        let added = base.with_added(&files);
        prop_assert_eq!(added.files.len(), files.len());
        for (report, (name, _)) in added.files.iter().zip(&files) {
            prop_assert_eq!(&report.file, name);
            // Either read or told why not.
            prop_assert!(report.documents.is_empty() != report.message.as_deref().is_none_or(|m| m.starts_with("added as")));
        }
        let ids: Vec<&str> = added.bundle.documents.iter().map(|d| d.id.0.as_str()).collect();
        let unique: std::collections::HashSet<&str> = ids.iter().copied().collect();
        prop_assert_eq!(unique.len(), ids.len());
        for d in &base.documents {
            prop_assert!(ids.contains(&d.id.0.as_str()));
        }
        let read: usize = added.files.iter().map(|f| f.documents.len()).sum();
        prop_assert_eq!(added.bundle.documents.len(), base.documents.len() + read);
    }
}
