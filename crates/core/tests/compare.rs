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

/// The seeds' sentences that alignment links, to build new articles from: same-fact
/// sentences are what makes links, in any order and mixture (a sentence may come twice).
fn seed_sentences() -> Vec<String> {
    let corpus = corpus();
    let bundle = Bundle::from_corpus(&corpus);
    let mut linked: Vec<parallax_core::align::SentenceRef> = bundle.alignment.links.iter().flat_map(|l| [l.a, l.b]).collect();
    linked.sort();
    linked.dedup();
    linked
        .into_iter()
        .map(|s| {
            let d = &corpus.documents[s.doc as usize];
            d.sentence_text(&d.sentences[s.sentence as usize]).to_string()
        })
        .collect()
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// Articles made of seed sentences in any mixture and order: no link or fact within
    /// one article; in the table of all of them every sentence has
    /// exactly one row of its own, a sentence shown again names its own row, no row says
    /// an article leaves out a fact one of the row's own sentences is linked to, and each
    /// cell's pieces cover its sentence.
    #[test]
    fn any_mixture_of_reports_makes_a_consistent_table(
        picks in proptest::collection::vec(proptest::collection::vec(0usize..10_000, 2..14), 2..5),
        base in 0usize..5,
    ) {
        use std::sync::OnceLock;
        static SENTENCES: OnceLock<Vec<String>> = OnceLock::new();
        let sentences = SENTENCES.get_or_init(seed_sentences);
        let documents: Vec<parallax_core::Document> = picks
            .iter()
            .enumerate()
            .flat_map(|(k, p)| {
                let text: Vec<&str> = p.iter().map(|&i| sentences[i % sentences.len()].as_str()).collect();
                parallax_core::clean::parse_file(&format!("{k:03}_mix.txt"), &format!("Report {k}\n\n{}\n", text.join("\n\n"))).documents
            })
            .collect();
        let corpus = parallax_core::Corpus { documents, ..Default::default() };
        let bundle = Bundle::from_corpus(&corpus);
        // Alignment's own promises hold on these too: no link or fact within one article.
        for l in &bundle.alignment.links {
            proptest::prop_assert_ne!(l.a.doc, l.b.doc);
        }
        for f in &bundle.alignment.facts {
            let docs: BTreeSet<u32> = f.sentences.iter().map(|s| s.doc).collect();
            proptest::prop_assert_eq!(docs.len(), f.sentences.len());
        }
        let columns: Vec<u32> = (0..bundle.documents.len() as u32).collect();
        let base = columns.get(base % columns.len().max(1)).copied();
        let t = table(&bundle, &columns, base, base.is_some_and(|b| b % 2 == 0));
        for (col, &d) in t.columns.iter().enumerate() {
            let doc = &bundle.documents[d as usize];
            let own: Vec<u32> = t.rows.iter().filter_map(|r| r.cells[col].as_ref()).filter(|c| c.also_in.is_none()).map(|c| c.sentence.sentence).collect();
            let distinct: BTreeSet<u32> = own.iter().copied().collect();
            proptest::prop_assert_eq!(own.len(), distinct.len());
            proptest::prop_assert_eq!(distinct.len(), doc.sentences.len());
            for r in &t.rows {
                let Some(cell) = r.cells[col].as_ref() else {
                    for other in r.cells.iter().flatten().filter(|c| c.also_in.is_none()) {
                        let s = other.sentence;
                        let linked = bundle.alignment.links.iter().any(|l| l.a == s && l.b.doc == d || l.b == s && l.a.doc == d);
                        proptest::prop_assert!(!linked, "row #{} leaves out document {} although {:?} is linked to it", r.fact, d, s);
                    }
                    continue;
                };
                let text = doc.sentence_text(&doc.sentences[cell.sentence.sentence as usize]);
                proptest::prop_assert_eq!(cell.diff.iter().map(|(_, s)| s.slice(text)).collect::<String>(), text);
                if let Some(home) = cell.also_in {
                    let home_row = t.rows.iter().find(|h| h.fact == home);
                    proptest::prop_assert!(home_row.is_some_and(|h| h.fact != r.fact && h.cells[col].as_ref().is_some_and(|c| c.sentence == cell.sentence && c.also_in.is_none())));
                }
            }
        }
    }
}
