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
            let own: Vec<u32> =
                t.rows.iter().filter_map(|r| r.cells[col].as_ref()).filter(|c| c.also_in.is_none()).map(|c| c.sentence.sentence).collect();
            let distinct: BTreeSet<u32> = own.iter().copied().collect();
            assert_eq!(own.len(), distinct.len(), "a sentence has two rows of its own");
            assert_eq!(distinct.len(), corpus.documents[d as usize].sentences.len(), "every sentence has a row");
            // A sentence shown again names its own row, where it is shown as its own.
            for r in &t.rows {
                let Some(cell) = r.cells[col].as_ref().filter(|c| c.also_in.is_some()) else { continue };
                let home = t.rows.iter().find(|h| Some(h.fact) == cell.also_in).expect("the sentence's own row");
                assert_ne!(home.fact, r.fact);
                assert_eq!(home.cells[col].as_ref().map(|c| (c.sentence, c.also_in)), Some((cell.sentence, None)));
            }
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

/// No row says an article left a fact out when one of the row's sentences is linked to a
/// sentence of that article: "They described the five-hour meeting…" (Axios) and "…met
/// with Ukrainian counterparts for more than four hours" (WSJ), which also names the U.S.
/// team and so has its row with the team.
#[test]
fn no_article_is_said_to_leave_out_a_fact_it_reports() {
    let corpus = corpus();
    let bundle = Bundle::from_corpus(&corpus);
    let ids = ["000_331cab4fce0811e8", "001_6ebb02524a7f715b", "004_22fc1bf83a374540"];
    let columns: Vec<u32> = ids.iter().map(|id| index(&corpus, id)).collect();
    let t = table(&bundle, &columns, None, false);
    let links = &bundle.alignment.links;
    for r in &t.rows {
        for (col, &d) in t.columns.iter().enumerate() {
            if r.cells[col].is_some() {
                continue;
            }
            // The row's own sentences (one shown again is not followed further: a chain
            // of links drifts from the fact).
            for cell in r.cells.iter().flatten().filter(|c| c.also_in.is_none()) {
                let s = cell.sentence;
                let linked = links.iter().any(|l| l.a == s && l.b.doc == d || l.b == s && l.a.doc == d);
                assert!(!linked, "row #{} says document {d} does not report it, but {s:?} is linked to it", r.fact);
            }
        }
    }
    let wsj = columns[2];
    let doc = &corpus.documents[wsj as usize];
    let four_hours = doc.sentences.iter().position(|s| doc.sentence_text(s).contains("more than four hours")).expect("WSJ sentence") as u32;
    let rows_with_it = t.rows.iter().filter(|r| r.cells[2].as_ref().is_some_and(|c| c.sentence.sentence == four_hours)).count();
    assert!(rows_with_it >= 2, "the four-hours sentence reports the meeting's length and the U.S. team");
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
