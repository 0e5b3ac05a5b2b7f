//! The comparison table: the facts of the alignment as rows, the chosen articles as
//! columns, each cell the article's own sentence with the words that differ from the base
//! article's, or nothing (an omission). Also checks a `Comparison` from a URL against the
//! corpus.
//!
//! This module only arranges what `align` found; it never links sentences itself.

use crate::align::diff::{diff_words, DiffTag};
use crate::align::{Alignment, Origin, Relation, SentenceRef};
use crate::bundle::Bundle;
use crate::document::{Document, Span};
use crate::entities::{EntityIndex, Mention};
use crate::quotes::Quote;
use crate::view::Comparison;

/// How the chosen articles stand on one fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowStatus {
    /// Every chosen article that reports it says it in the same words.
    Agree,
    /// The same fact in different words.
    Worded,
    /// The same fact, but a figure or a quote differs.
    Differs,
    /// Only one of the chosen articles reports it.
    Alone,
}

/// Whether a stretch of a cell's sentence matches the base article's sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellDiff {
    Same,
    Changed,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub sentence: SentenceRef,
    /// The sentence cut into stretches (spans relative to the sentence text).
    pub diff: Vec<(CellDiff, Span)>,
    /// The strongest link that puts this sentence in the row, if any.
    pub origin: Option<Origin>,
    pub score: Option<f32>,
    pub reason: Option<String>,
    /// Who is quoted in the sentence, with the title this article gives them.
    pub speakers: Vec<Speaker>,
    /// When the sentence has its own row elsewhere (it reports that fact too, and a fact
    /// holds one sentence per article), that row's fact number: the cell is shown here
    /// so that the article is not said to leave this fact out.
    pub also_in: Option<u32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Index of the fact in `Alignment::facts`, or past its end for a sentence no other
    /// compared article reports (`facts.len() + n`: stable for one corpus and one set of
    /// compared articles, which the URL also holds).
    pub fact: u32,
    pub cells: Vec<Option<Cell>>,
    pub status: RowStatus,
    /// Why the row is marked as it is ("the figures differ"); each cell says which link.
    pub notes: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// The chosen documents, in column order.
    pub columns: Vec<u32>,
    pub base: Option<u32>,
    pub rows: Vec<Row>,
}

/// Who is quoted in a sentence, as one article puts it: the speaker's name (or the words
/// that describe them), and the title this article gives them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub name: String,
    pub title: Option<String>,
    pub partial: bool,
}

/// The quotes and titled mentions of the compared articles, gathered once per table so a
/// cell looks through its own article's few rather than the whole corpus.
struct Said<'a> {
    quotes: Vec<&'a Quote>,
    titled: Vec<&'a Mention>,
    entities: &'a EntityIndex,
}

impl<'a> Said<'a> {
    fn new(bundle: &'a Bundle, columns: &[u32]) -> Self {
        let quotes = bundle.quotes.iter().filter(|q| columns.contains(&q.doc)).collect();
        let titled = bundle.entities.mentions.iter().filter(|m| m.role.is_some() && columns.contains(&m.doc)).collect();
        Said { quotes, titled, entities: &bundle.entities }
    }

    /// The quotes inside sentence `s` with their speakers, so a reader can collate the
    /// same utterance across outlets: who said it and with what title, in each.
    fn speakers(&self, doc: &Document, s: SentenceRef) -> Vec<Speaker> {
        let Some(sentence) = doc.sentences.get(s.sentence as usize) else { return Vec::new() };
        let mut out: Vec<Speaker> = Vec::new();
        for q in self.quotes.iter().filter(|q| q.doc == s.doc && q.span.start < sentence.span.end && sentence.span.start < q.span.end) {
            let entity = q.speaker.and_then(|e| self.entities.entities.get(e as usize).map(|x| (e, x)));
            let name = match (entity, &q.speaker_text) {
                (Some((_, e)), _) => e.name.clone(),
                (None, Some(t)) => t.clone(),
                (None, None) => "speaker not stated".to_string(),
            };
            // The title this article gives the speaker: in this passage if it says, else anywhere.
            let title = entity.and_then(|(e, _)| {
                self.titled
                    .iter()
                    .filter(|m| m.entity == e && m.doc == s.doc)
                    .min_by_key(|m| (m.passage != s.passage, m.span.start))
                    .and_then(|m| m.role.clone())
            });
            let speaker = Speaker { name, title, partial: q.partial };
            if !out.contains(&speaker) {
                out.push(speaker);
            }
        }
        out
    }
}

/// Drops what the corpus does not know from a comparison, saying what was dropped.
pub fn check(docs: &[Document], c: &Comparison) -> (Comparison, Vec<String>) {
    let mut notices = Vec::new();
    let mut clean = c.clone();
    clean.docs.retain(|id| {
        let known = docs.iter().any(|d| d.id.0 == *id);
        if !known {
            notices
                .push(format!("No article called “{}” in this corpus; left it out of the comparison.", crate::document::shorten(id, 40)));
        }
        known
    });
    if clean.base.as_ref().is_some_and(|b| !clean.docs.contains(b)) {
        clean.base = None;
    }
    (clean, notices)
}

/// `text` cut into what it shares with `reference` and what it words differently
/// (words only it has); the pieces cover `text` exactly, in order.
pub fn changed_words(reference: &str, text: &str, ignore_trivial: bool) -> Vec<(CellDiff, Span)> {
    let mut changed: Vec<Span> = diff_words(reference, text, ignore_trivial)
        .into_iter()
        .filter(|d| d.tag == DiffTag::Insert && !d.b.is_empty() && d.b.end as usize <= text.len())
        .map(|d| d.b)
        .collect();
    changed.sort();
    let mut out: Vec<(CellDiff, Span)> = Vec::new();
    let mut at = 0u32;
    for c in changed {
        if c.start < at || !text.is_char_boundary(c.start as usize) || !text.is_char_boundary(c.end as usize) {
            continue;
        }
        if c.start > at {
            out.push((CellDiff::Same, Span { start: at, end: c.start }));
        }
        out.push((CellDiff::Changed, c));
        at = c.end;
    }
    if (at as usize) < text.len() {
        out.push((CellDiff::Same, Span::new(at as usize, text.len())));
    }
    out
}

/// Builds the table for `columns` (document indices), diffing against `base` (the first
/// column when `None`). `ignore_trivial` ignores case, punctuation and quote marks.
pub fn table(bundle: &Bundle, columns: &[u32], base: Option<u32>, ignore_trivial: bool) -> Table {
    let (docs, alignment) = (bundle.documents.as_slice(), &bundle.alignment);
    let said = Said::new(bundle, columns);
    let base = base.filter(|b| columns.contains(b)).or_else(|| columns.first().copied());
    let col_of = |doc: u32| columns.iter().position(|&c| c == doc);
    let mut rows: Vec<(Vec<Option<SentenceRef>>, u32)> = Vec::new();
    let mut in_fact: std::collections::HashSet<SentenceRef> = std::collections::HashSet::new();
    for (f, fact) in alignment.facts.iter().enumerate() {
        let mut cells: Vec<Option<SentenceRef>> = vec![None; columns.len()];
        for s in &fact.sentences {
            if let Some(c) = col_of(s.doc) {
                if cells[c].is_none() {
                    cells[c] = Some(*s);
                }
            }
            in_fact.insert(*s);
        }
        if cells.iter().any(Option::is_some) {
            rows.push((cells, f as u32));
        }
    }
    // Sentences no other article reports are facts of one article: what the others left out.
    let mut lone = alignment.facts.len() as u32;
    for (c, &d) in columns.iter().enumerate() {
        let Some(doc) = docs.get(d as usize) else { continue };
        for (p, passage) in doc.passages.iter().enumerate() {
            for i in passage.first_sentence..passage.first_sentence + passage.sentence_count {
                let s = SentenceRef { doc: d, passage: p as u32, sentence: i };
                if in_fact.contains(&s) {
                    continue;
                }
                let mut cells = vec![None; columns.len()];
                cells[c] = Some(s);
                rows.push((cells, lone));
                lone += 1;
            }
        }
    }
    // A sentence that reports two facts has one row, but it is linked to the other's
    // sentences too: an empty cell whose article has a sentence linked to one of the
    // row's takes the strongest such sentence (marked as shown again), so the article is
    // not said to leave the fact out.
    let home: std::collections::HashMap<SentenceRef, u32> =
        rows.iter().flat_map(|(cells, fact)| cells.iter().flatten().map(move |s| (*s, *fact))).collect();
    let mut touching: std::collections::HashMap<SentenceRef, Vec<usize>> = std::collections::HashMap::new();
    for (k, l) in alignment.links.iter().enumerate() {
        if col_of(l.a.doc).is_some() && col_of(l.b.doc).is_some() {
            touching.entry(l.a).or_default().push(k);
            touching.entry(l.b).or_default().push(k);
        }
    }
    let mut borrowed: Vec<Vec<Option<usize>>> = Vec::with_capacity(rows.len());
    for (cells, _) in rows.iter_mut() {
        let own: Vec<SentenceRef> = cells.iter().flatten().copied().collect();
        let mut taken = vec![None; columns.len()];
        for (c, &d) in columns.iter().enumerate() {
            if cells[c].is_some() {
                continue;
            }
            let best = own
                .iter()
                .flat_map(|s| touching.get(s).into_iter().flatten().map(move |&k| (k, *s)))
                .filter_map(|(k, s)| {
                    let l = &alignment.links[k];
                    let other = if l.a == s { l.b } else { l.a };
                    (other.doc == d).then_some((k, other, l.score))
                })
                .max_by(|x, y| x.2.total_cmp(&y.2).then(y.0.cmp(&x.0)));
            if let Some((k, other, _)) = best {
                cells[c] = Some(other);
                taken[c] = Some(k);
            }
        }
        borrowed.push(taken);
    }
    // Rows follow the base article; the rest follow their first column, after it.
    let rank = |cells: &[Option<SentenceRef>]| -> (usize, (u32, u32)) {
        let order_cols = base.and_then(col_of).into_iter().chain(0..columns.len());
        for c in order_cols {
            if let Some(s) = cells[c] {
                return (if Some(columns[c]) == base { 0 } else { c + 1 }, (s.doc, s.sentence));
            }
        }
        (usize::MAX, (0, 0))
    };
    let mut rows: Vec<Draft> = rows.into_iter().zip(borrowed).map(|((cells, fact), taken)| (cells, fact, taken)).collect();
    rows.sort_by_key(|(cells, _, taken)| {
        // A row is placed by its own sentences, not by those it shows again.
        let own: Vec<Option<SentenceRef>> = cells.iter().zip(taken).map(|(c, t)| if t.is_some() { None } else { *c }).collect();
        rank(&own)
    });

    let rows = rows
        .into_iter()
        .map(|(cells, fact, taken)| {
            let again = Again { links: &taken, home: &home };
            build_row(docs, alignment, &said, columns, base, ignore_trivial, cells, fact, again)
        })
        .collect();
    Table { columns: columns.to_vec(), base, rows }
}

/// A row before it is built: each column's sentence, the row's fact, and for each
/// column the link through which it shows a sentence again (`Cell::also_in`).
type Draft = (Vec<Option<SentenceRef>>, u32, Vec<Option<usize>>);

/// The text of sentence `s`, or "" when `docs` has no such sentence.
pub fn sentence_text(docs: &[Document], s: SentenceRef) -> &str {
    docs.get(s.doc as usize).and_then(|d| d.sentences.get(s.sentence as usize).map(|x| d.sentence_text(x))).unwrap_or("")
}

/// The cells of a row that show a sentence whose own row is elsewhere: the link that
/// brings each, by column, and every sentence's own row.
struct Again<'a> {
    links: &'a [Option<usize>],
    home: &'a std::collections::HashMap<SentenceRef, u32>,
}

#[allow(clippy::too_many_arguments)]
fn build_row(
    docs: &[Document],
    alignment: &Alignment,
    said: &Said,
    columns: &[u32],
    base: Option<u32>,
    ignore_trivial: bool,
    cells: Vec<Option<SentenceRef>>,
    fact: u32,
    again: Again,
) -> Row {
    let present: Vec<SentenceRef> = cells.iter().flatten().copied().collect();
    let mut links: Vec<&crate::align::Link> = alignment
        .facts
        .get(fact as usize)
        .map(|f| {
            f.links
                .iter()
                .filter_map(|&l| alignment.links.get(l as usize))
                .filter(|l| present.contains(&l.a) && present.contains(&l.b))
                .collect()
        })
        .unwrap_or_default();
    links.extend(again.links.iter().flatten().filter_map(|&k| alignment.links.get(k)));
    // The reference sentence: the base article's, or the first present.
    let reference = base.and_then(|b| columns.iter().position(|&c| c == b)).and_then(|c| cells[c]).or_else(|| present.first().copied());
    let ref_text = reference.map(|r| sentence_text(docs, r)).unwrap_or("");
    let mut notes: Vec<String> = Vec::new();
    let mut differs = false;
    for l in &links {
        let note = match l.relation {
            Relation::FigureDiffers => "the figures differ",
            Relation::QuoteVariant => "the quote is worded differently",
            Relation::Same => continue,
        };
        differs = true;
        if !notes.iter().any(|n| n == note) {
            notes.push(note.to_string());
        }
    }
    let mut identical = true;
    let out_cells: Vec<Option<Cell>> = cells
        .iter()
        .enumerate()
        .map(|(c, cell)| {
            let s = (*cell)?;
            let shown_again = again.links.get(c).copied().flatten().is_some();
            let text = sentence_text(docs, s);
            let diff = if Some(s) == reference {
                vec![(CellDiff::Same, Span::new(0, text.len()))]
            } else {
                changed_words(ref_text, text, ignore_trivial)
            };
            if diff.iter().any(|(d, _)| *d == CellDiff::Changed) {
                identical = false;
            }
            let best = links.iter().filter(|l| l.a == s || l.b == s).max_by(|a, b| a.score.total_cmp(&b.score));
            Some(Cell {
                sentence: s,
                diff,
                origin: best.map(|l| l.origin),
                score: best.map(|l| l.score),
                reason: best.map(|l| l.reason.clone()),
                speakers: docs.get(s.doc as usize).map(|d| said.speakers(d, s)).unwrap_or_default(),
                also_in: if shown_again { again.home.get(&s).copied() } else { None },
            })
        })
        .collect();
    let status = if present.len() < 2 {
        RowStatus::Alone
    } else if differs {
        RowStatus::Differs
    } else if identical {
        RowStatus::Agree
    } else {
        RowStatus::Worded
    };
    Row { fact, cells: out_cells, status, notes }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_words_cover_the_text_and_mark_only_new_words() {
        let reference = "Rubio said the talks were productive.";
        let text = "Rubio said talks were \"very productive\".";
        let pieces = changed_words(reference, text, false);
        assert_eq!(pieces.iter().map(|(_, s)| s.slice(text)).collect::<String>(), text);
        let changed: Vec<&str> = pieces.iter().filter(|p| p.0 == CellDiff::Changed).map(|(_, s)| s.slice(text)).collect();
        assert!(changed.iter().any(|c| c.contains("very")), "{changed:?}");
        assert!(!changed.iter().any(|c| c.contains("Rubio")), "{changed:?}");
        let loose = changed_words("Rubio said: “Yes.”", "rubio said \"yes\"", true);
        assert!(loose.iter().all(|p| p.0 == CellDiff::Same), "{loose:?}");
    }
}
