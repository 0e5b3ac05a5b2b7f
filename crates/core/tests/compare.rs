//! The comparison table on the seeds: every sentence of the compared articles appears
//! once (so what one article leaves out shows), facts put one sentence per article in a
//! row, and a quote is collated with its speaker and the title each article gives.

use std::collections::BTreeSet;
use std::path::PathBuf;

use parallax_core::compare::{table, CellDiff, RowStatus};
use parallax_core::Bundle;

fn corpus() -> parallax_core::Corpus {
    parallax_core::load_dir(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus")).expect("corpus folder")
}

fn index(corpus: &parallax_core::Corpus, id: &str) -> u32 {
    corpus.documents.iter().position(|d| d.id.0 == id).expect("seed document") as u32
}

#[test]
fn every_sentence_of_the_compared_articles_appears_once() {
    let corpus = corpus();
    let bundle = Bundle::from_corpus(&corpus);
    let (axios, wsj) = (index(&corpus, "001_6ebb02524a7f715b"), index(&corpus, "004_22fc1bf83a374540"));
    for ignore_trivial in [false, true] {
        let t = table(&bundle, &[axios, wsj], Some(wsj), ignore_trivial);
        assert_eq!(t.base, Some(wsj));
        for (col, &d) in t.columns.iter().enumerate() {
            let shown: Vec<u32> = t.rows.iter().filter_map(|r| r.cells[col].as_ref()).map(|c| c.sentence.sentence).collect();
            let distinct: BTreeSet<u32> = shown.iter().copied().collect();
            assert_eq!(shown.len(), distinct.len(), "a sentence shown twice");
            assert_eq!(distinct.len(), corpus.documents[d as usize].sentences.len(), "every sentence shown");
        }
        for r in &t.rows {
            let present = r.cells.iter().flatten().count();
            assert!(present >= 1);
            assert_eq!(r.status == RowStatus::Alone, present == 1);
            for (cell, &d) in r.cells.iter().zip(&t.columns) {
                let Some(cell) = cell else { continue };
                let doc = &corpus.documents[d as usize];
                let text = doc.sentence_text(&doc.sentences[cell.sentence.sentence as usize]);
                // The pieces cover the sentence exactly; the base's own sentence has no change.
                assert_eq!(cell.diff.iter().map(|(_, s)| s.slice(text)).collect::<String>(), text);
                if d == wsj {
                    assert!(cell.diff.iter().all(|(k, _)| *k == CellDiff::Same));
                }
            }
        }
        assert!(t.rows.iter().any(|r| r.status != RowStatus::Alone), "the two articles share facts");
    }
}

#[test]
fn a_quote_is_collated_with_its_speaker_and_title() {
    let corpus = corpus();
    let bundle = Bundle::from_corpus(&corpus);
    let (axios, wsj) = (index(&corpus, "001_6ebb02524a7f715b"), index(&corpus, "004_22fc1bf83a374540"));
    let doc = &corpus.documents[wsj as usize];
    let (n, _) = doc
        .sentences
        .iter()
        .enumerate()
        .find(|(_, s)| doc.sentence_text(s).contains("just want to end the war"))
        .expect("Rubio's quote in the WSJ article");
    let t = table(&bundle, &[axios, wsj], Some(wsj), false);
    let cell = t.rows.iter().filter_map(|r| r.cells[1].as_ref()).find(|c| c.sentence.sentence == n as u32).expect("the sentence's cell");
    let said = &cell.speakers;
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].name, "Marco Rubio");
    assert_eq!(said[0].title.as_deref(), Some("Secretary of State"));
}
