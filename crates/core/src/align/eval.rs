//! Scores alignment against a hand annotation of same-fact sentence pairs
//! (`eval/links.tsv`): recall (annotated pairs the machine linked), precision (proposed
//! links that are annotated, or that join two sentences of one annotated fact through a
//! chain of annotated pairs), the number of links proposed, and every miss and error.
//!
//! The annotation is tab-separated: `doc_a  sentence_a  doc_b  sentence_b  words_a
//! words_b`, where the words are the first words of each sentence, checked so that an
//! annotation that no longer matches the text (the cleaner changed) is reported rather
//! than silently scored. A `# documents: id id …` line limits the scoring to links
//! between those documents (by default every document of the corpus is annotated).
//!
//! An annotation may instead list facts, one sentence per line: `fact  NAME  doc
//! sentence  words  [also]`. Every two sentences of one fact from different documents
//! are a pair to find; a sentence marked `also` (a second sentence of its document that
//! reports the fact, or one that reports it only in part) is not required, but a link to
//! it is right. Facts do not chain: a sentence under two facts does not make them one,
//! so a link is right only when one fact holds both its sentences.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

use super::{AlignConfig, Alignment, Link, SentenceRef};
use crate::document::Document;

/// One annotated pair, by document id and sentence index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldPair {
    pub a: (String, u32),
    pub b: (String, u32),
    pub words_a: String,
    pub words_b: String,
    pub line: usize,
}

/// One sentence listed under a fact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactMember {
    pub fact: String,
    pub at: (String, u32),
    pub words: String,
    /// Right to link, not required (`also`).
    pub also: bool,
    pub line: usize,
}

#[derive(Clone, Debug, Default)]
pub struct Gold {
    pub pairs: Vec<GoldPair>,
    /// The sentences of listed facts, in file order.
    pub facts: Vec<FactMember>,
    /// The annotated documents, when the file names them.
    pub documents: Option<Vec<String>>,
}

/// Reads the annotation; returns it and the lines it could not read.
pub fn parse_gold(text: &str) -> (Gold, Vec<String>) {
    let mut gold = Gold::default();
    let mut bad = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        if let Some(list) = line.strip_prefix("# documents:") {
            gold.documents = Some(list.split_whitespace().map(str::to_string).collect());
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.first().map(|c| c.trim()) == Some("fact") {
            let (Some(name), Some(doc), Some(Ok(sentence))) = (cols.get(1), cols.get(2), cols.get(3).map(|s| s.trim().parse::<u32>()))
            else {
                bad.push(format!("line {n}: a fact line needs `fact`, a name, a document and a sentence index"));
                continue;
            };
            let also = match cols.get(5).map(|s| s.trim()) {
                None | Some("") => false,
                Some("also") => true,
                Some(other) => {
                    bad.push(format!("line {n}: the sixth column of a fact line is `also` or empty, not `{other}`"));
                    continue;
                }
            };
            gold.facts.push(FactMember {
                fact: name.trim().to_string(),
                at: (doc.trim().to_string(), sentence),
                words: cols.get(4).map(|s| s.trim().to_string()).unwrap_or_default(),
                also,
                line: n,
            });
            continue;
        }
        let (Some(da), Some(sa), Some(db), Some(sb)) = (cols.first(), cols.get(1), cols.get(2), cols.get(3)) else {
            bad.push(format!("line {n}: needs at least four tab-separated columns (doc_a, sentence_a, doc_b, sentence_b)"));
            continue;
        };
        let (Ok(sa), Ok(sb)) = (sa.trim().parse::<u32>(), sb.trim().parse::<u32>()) else {
            bad.push(format!("line {n}: sentence indices must be whole numbers"));
            continue;
        };
        gold.pairs.push(GoldPair {
            a: (da.trim().to_string(), sa),
            b: (db.trim().to_string(), sb),
            words_a: cols.get(4).map(|s| s.trim().to_string()).unwrap_or_default(),
            words_b: cols.get(5).map(|s| s.trim().to_string()).unwrap_or_default(),
            line: n,
        });
    }
    (gold, bad)
}

#[derive(Clone, Copy, Debug, Default)]
pub struct Score {
    pub gold: usize,
    pub found: usize,
    pub proposed: usize,
    pub correct: usize,
}

impl Score {
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.found as f64 / self.gold as f64
        }
    }
    pub fn precision(&self) -> f64 {
        if self.proposed == 0 {
            1.0
        } else {
            self.correct as f64 / self.proposed as f64
        }
    }
}

pub struct Report {
    pub score: Score,
    /// How the comparison table of every annotated article stands against the
    /// annotation's facts (`score_rows`); only `run` fills it.
    pub rows: Option<RowScore>,
    /// The figures, then every miss, wrong link and annotation problem, for a person.
    pub text: String,
}

/// Whether `text` starts with the annotated first words (whitespace and quote style aside).
fn starts_with_words(text: &str, words: &str) -> bool {
    let norm = |s: &str| -> Vec<String> { crate::search::words(s).into_iter().map(|w| w.2).collect() };
    let (t, w) = (norm(text), norm(words));
    t.len() >= w.len() && t[..w.len()] == w[..]
}

/// A sentence by document index and sentence index.
type At = (usize, u32);

/// Compares the links of `alignment` over `docs` with the annotation.
pub fn evaluate(docs: &[Document], alignment: &Alignment, gold: &Gold) -> Report {
    evaluate_with(docs, alignment, gold, None)
}

/// Explains missed pairs: one line each ("score 0.21; best of a there 0.30 …").
pub type Explain<'a> = &'a dyn Fn(&[(SentenceRef, SentenceRef)]) -> Vec<String>;

/// `evaluate`, with each miss followed by what `explain` says of it.
pub fn evaluate_with(docs: &[Document], alignment: &Alignment, gold: &Gold, explain: Option<Explain>) -> Report {
    let mut text = String::new();
    let mut problems = String::new();
    let index: HashMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.id.0.as_str(), i)).collect();
    let sentence_text = |d: usize, s: u32| -> &str { docs[d].sentences.get(s as usize).map(|x| docs[d].sentence_text(x)).unwrap_or("") };
    let annotated: BTreeSet<usize> = match &gold.documents {
        Some(list) => list.iter().filter_map(|id| index.get(id.as_str()).copied()).collect(),
        None => (0..docs.len()).collect(),
    };

    // Annotated pairs, resolved to (doc index, sentence), with their facts by union-find.
    let mut pairs: Vec<((usize, u32), (usize, u32))> = Vec::new();
    let mut resolve = |line: usize, (id, s): &(String, u32), words: &str| -> Option<(usize, u32)> {
        let Some(&d) = index.get(id.as_str()) else {
            let _ = writeln!(problems, "  line {line}: no document `{id}` in the corpus");
            return None;
        };
        if docs[d].sentences.get(*s as usize).is_none() {
            let _ = writeln!(problems, "  line {line}: `{id}` has no sentence {s}");
            return None;
        }
        if !words.is_empty() && !starts_with_words(sentence_text(d, *s), words) {
            let _ = writeln!(
                problems,
                "  line {line}: sentence {s} of `{id}` now reads “{}”, not “{words}…” (annotation out of date)",
                crate::document::shorten(sentence_text(d, *s), 60)
            );
            return None;
        }
        Some((d, *s))
    };
    for p in &gold.pairs {
        if let (Some(a), Some(b)) = (resolve(p.line, &p.a, &p.words_a), resolve(p.line, &p.b, &p.words_b)) {
            pairs.push(if a <= b { (a, b) } else { (b, a) });
        }
    }
    // Listed facts: their members (required or not), and the pairs to find.
    // Each fact's sentences, by (document index, sentence), and whether each is `also`.
    let mut facts: BTreeMap<&str, Vec<(At, bool)>> = BTreeMap::new();
    for m in &gold.facts {
        if let Some(at) = resolve(m.line, &m.at, &m.words) {
            facts.entry(m.fact.as_str()).or_default().push((at, m.also));
        }
    }
    let mut fact_pairs: Vec<((usize, u32), (usize, u32))> = Vec::new();
    for members in facts.values() {
        for (k, &(a, also_a)) in members.iter().enumerate() {
            for &(b, also_b) in &members[k + 1..] {
                if a.0 != b.0 && !also_a && !also_b {
                    fact_pairs.push(if a <= b { (a, b) } else { (b, a) });
                }
            }
        }
    }
    let in_one_fact =
        |a: (usize, u32), b: (usize, u32)| facts.values().any(|m| m.iter().any(|&(x, _)| x == a) && m.iter().any(|&(x, _)| x == b));
    pairs.sort();
    pairs.dedup();
    let mut parent: HashMap<(usize, u32), (usize, u32)> = HashMap::new();
    fn find(parent: &mut HashMap<(usize, u32), (usize, u32)>, x: (usize, u32)) -> (usize, u32) {
        let mut root = x;
        while let Some(&p) = parent.get(&root) {
            if p == root {
                break;
            }
            root = p;
        }
        parent.insert(x, root);
        root
    }
    for &(a, b) in &pairs {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra != rb {
            parent.insert(ra, rb);
        }
    }

    let key = |l: &Link| -> ((usize, u32), (usize, u32)) {
        let a = (l.a.doc as usize, l.a.sentence);
        let b = (l.b.doc as usize, l.b.sentence);
        if a <= b {
            (a, b)
        } else {
            (b, a)
        }
    };
    let proposed: Vec<&Link> =
        alignment.links.iter().filter(|l| annotated.contains(&(l.a.doc as usize)) && annotated.contains(&(l.b.doc as usize))).collect();
    let linked: BTreeSet<_> = proposed.iter().map(|l| key(l)).collect();
    // Pairs of listed facts are found like annotated pairs, but do not chain.
    pairs.extend(fact_pairs);
    pairs.sort();
    pairs.dedup();
    let mut score = Score { gold: pairs.len(), proposed: proposed.len(), ..Score::default() };
    let mut misses = String::new();
    let show = |(d, s): (usize, u32)| format!("{}#{s} “{}”", docs[d].id, crate::document::shorten(sentence_text(d, s), 70));
    let missed: Vec<((usize, u32), (usize, u32))> = pairs.iter().copied().filter(|p| !linked.contains(p)).collect();
    score.found = pairs.len() - missed.len();
    let at = |(d, s): (usize, u32)| SentenceRef { doc: d as u32, passage: 0, sentence: s };
    let notes = explain.map(|f| f(&missed.iter().map(|&(a, b)| (at(a), at(b))).collect::<Vec<_>>())).unwrap_or_default();
    for (k, &(a, b)) in missed.iter().enumerate() {
        let _ = writeln!(misses, "  missed  {}\n          {}", show(a), show(b));
        if let Some(note) = notes.get(k) {
            let _ = writeln!(misses, "          ({note})");
        }
    }
    let gold_set: BTreeSet<_> = pairs.iter().copied().collect();
    let mut wrong = String::new();
    for l in &proposed {
        let (a, b) = key(l);
        let same_fact = parent.contains_key(&a) && parent.contains_key(&b) && find(&mut parent, a) == find(&mut parent, b);
        if gold_set.contains(&(a, b)) || same_fact || in_one_fact(a, b) {
            score.correct += 1;
        } else {
            let _ = writeln!(
                wrong,
                "  wrong   {:.2} {} — {}\n          {}\n          {}",
                l.score,
                l.relation.code(),
                l.reason,
                show(a),
                show(b)
            );
        }
    }
    let _ = writeln!(text, "| annotated pairs | found | recall | links proposed | correct | precision |");
    let _ = writeln!(text, "| ---: | ---: | ---: | ---: | ---: | ---: |");
    let _ = writeln!(
        text,
        "| {} | {} | {:.3} | {} | {} | {:.3} |",
        score.gold,
        score.found,
        score.recall(),
        score.proposed,
        score.correct,
        score.precision()
    );
    let _ = writeln!(text, "\nFacts: {} (links between annotated documents: {})", alignment.facts.len(), proposed.len());
    if !problems.is_empty() {
        let _ = writeln!(text, "\nAnnotation problems (these pairs are not scored):\n{problems}");
    }
    if !misses.is_empty() || !wrong.is_empty() {
        let _ = writeln!(text, "\nDifferences:\n{misses}{wrong}");
    }
    Report { score, rows: None, text }
}

/// What a reader comparing the annotated articles sees, fact by fact, against the
/// annotation: whether each fact that two articles or more report is one row holding
/// all of them, and whether the empty cells ("not reported") are right.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RowScore {
    /// Annotated facts that two compared articles or more report.
    pub facts: usize,
    /// Of them, those with one row that holds a sentence of the fact from every article
    /// that reports it.
    pub whole: usize,
    /// The articles that report those facts, summed over the facts.
    pub cells: usize,
    /// Of them, the articles whose sentence of the fact sits in the fact's row (the row
    /// that holds most of them).
    pub placed: usize,
    /// Empty cells ("not reported") in rows that show an annotated fact.
    pub empty: usize,
    /// Of them, those whose article reports none of the row's fact: right.
    pub empty_right: usize,
}

impl RowScore {
    fn ratio(n: usize, d: usize) -> f64 {
        if d == 0 {
            1.0
        } else {
            n as f64 / d as f64
        }
    }
    pub fn whole_share(&self) -> f64 {
        Self::ratio(self.whole, self.facts)
    }
    pub fn placed_share(&self) -> f64 {
        Self::ratio(self.placed, self.cells)
    }
    /// Of the "not reported" cells, the share that is right.
    pub fn omissions_right(&self) -> f64 {
        Self::ratio(self.empty_right, self.empty)
    }
}

/// The annotation's facts as sets of sentences (document index, sentence): each listed
/// fact (its `also` sentences too), and each group of annotated pairs joined through a
/// shared sentence. Lines that do not match the text are left out (`evaluate` names them).
pub fn fact_sets(docs: &[Document], gold: &Gold) -> Vec<BTreeSet<At>> {
    let index: HashMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.id.0.as_str(), i)).collect();
    let resolve = |(id, s): &(String, u32), words: &str| -> Option<At> {
        let d = *index.get(id.as_str())?;
        let text = docs[d].sentences.get(*s as usize).map(|x| docs[d].sentence_text(x))?;
        (words.is_empty() || starts_with_words(text, words)).then_some((d, *s))
    };
    let mut listed: BTreeMap<&str, BTreeSet<At>> = BTreeMap::new();
    for m in &gold.facts {
        if let Some(at) = resolve(&m.at, &m.words) {
            listed.entry(m.fact.as_str()).or_default().insert(at);
        }
    }
    let mut sets: Vec<BTreeSet<At>> = listed.into_values().collect();
    // Pairs: merged into groups, each pair joining the groups of its two sentences.
    let mut groups: Vec<BTreeSet<At>> = Vec::new();
    for p in &gold.pairs {
        let (Some(a), Some(b)) = (resolve(&p.a, &p.words_a), resolve(&p.b, &p.words_b)) else { continue };
        let mut merged: BTreeSet<At> = [a, b].into_iter().collect();
        groups.retain(|g| {
            let joins = g.contains(&a) || g.contains(&b);
            if joins {
                merged.extend(g.iter().copied());
            }
            !joins
        });
        groups.push(merged);
    }
    sets.extend(groups);
    sets
}

/// Scores the rows of a comparison table against the annotation's facts (`fact_sets`):
/// see `RowScore`. A cell shown again from another row (`Cell::also_in`) is filled.
pub fn score_rows(table: &crate::compare::Table, facts: &[BTreeSet<At>]) -> RowScore {
    let mut score = RowScore::default();
    let at = |c: &crate::compare::Cell| (c.sentence.doc as usize, c.sentence.sentence);
    let docs_of =
        |f: &BTreeSet<At>| -> BTreeSet<usize> { f.iter().map(|&(d, _)| d).filter(|d| table.columns.contains(&(*d as u32))).collect() };
    // How many of a row's cells hold a sentence of fact `f`.
    let held = |row: &crate::compare::Row, f: &BTreeSet<At>| row.cells.iter().flatten().filter(|c| f.contains(&at(c))).count();
    for f in facts {
        let told = docs_of(f);
        if told.len() < 2 {
            continue;
        }
        let best = table.rows.iter().map(|r| held(r, f)).max().unwrap_or(0);
        score.facts += 1;
        score.cells += told.len();
        score.placed += best;
        score.whole += usize::from(best == told.len());
    }
    for row in &table.rows {
        // The row's fact: the annotated fact that holds most of its cells.
        let Some(f) = facts.iter().map(|f| (held(row, f), f)).filter(|(n, _)| *n > 0).max_by_key(|(n, _)| *n).map(|(_, f)| f) else {
            continue;
        };
        let told = docs_of(f);
        for (c, cell) in row.cells.iter().enumerate() {
            if cell.is_none() {
                score.empty += 1;
                let doc = table.columns.get(c).map_or(usize::MAX, |&d| d as usize);
                score.empty_right += usize::from(!told.contains(&doc));
            }
        }
    }
    score
}

/// The rows' figures for a person.
fn rows_text(rows: &RowScore, articles: usize) -> String {
    format!(
        "\nRows, comparing all {articles} annotated articles (each annotated fact that two or more report):\n\n\
         | facts | one row holds every outlet | outlets in the fact's row | \"not reported\" cells | right |\n\
         | ---: | ---: | ---: | ---: | ---: |\n\
         | {} | {} ({:.3}) | {} of {} ({:.3}) | {} | {} ({:.3}) |\n",
        rows.facts,
        rows.whole,
        rows.whole_share(),
        rows.placed,
        rows.cells,
        rows.placed_share(),
        rows.empty,
        rows.empty_right,
        rows.omissions_right()
    )
}

/// The thresholds `run` reports precision and recall for.
const THRESHOLDS: &[f32] = &[0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

/// Scores the machine's links on `corpus` (the editor's entity corrections applied, not
/// their link corrections) against the annotation text, with a table of precision and
/// recall at other thresholds and, for each miss, its score and the best scores of its
/// two sentences; also returns the lines of the annotation that could not be read.
pub fn run(gold_text: &str, corpus: &crate::corpus::Corpus, config: &AlignConfig) -> (Report, Vec<String>) {
    let (gold, bad) = parse_gold(gold_text);
    let analysis = corpus.machine_analysis(config);
    let docs = &corpus.documents;
    let explain = |pairs: &[(SentenceRef, SentenceRef)]| -> Vec<String> {
        let inputs = (&analysis.entities, &analysis.quotes[..], &analysis.figures[..], &analysis.dates[..]);
        super::diagnose(docs, inputs, config, pairs)
            .into_iter()
            .map(|d| {
                let what = match d.scored {
                    Some((s, why)) => format!("score {s:.2}: {why}"),
                    None if d.proposed => "scored nothing".to_string(),
                    None => "never proposed".to_string(),
                };
                format!("{what}; best of each in the other's article {:.2} / {:.2}", d.best_a, d.best_b)
            })
            .collect()
    };
    let mut report = evaluate_with(docs, &analysis.alignment, &gold, Some(&explain));
    // The threshold and the lower one for well-supported document pairs move together.
    let gap = config.threshold - config.supported_threshold;
    let mut table = String::from(
        "\nBy threshold (the lower threshold for document pairs that share enough links moves with it):\n\n\
         | threshold | supported | found | recall | proposed | precision |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    let mut thresholds: Vec<f32> = THRESHOLDS.to_vec();
    if !thresholds.iter().any(|t| (t - config.threshold).abs() < 1e-6) {
        thresholds.push(config.threshold);
        thresholds.sort_by(f32::total_cmp);
    }
    for t in thresholds {
        let c = AlignConfig { threshold: t, supported_threshold: t - gap, ..config.clone() };
        let inputs = &analysis;
        let al = super::align(docs, &inputs.entities, &inputs.quotes, &inputs.figures, &inputs.dates, &c);
        let s = evaluate(docs, &al, &gold).score;
        let mark = if (t - config.threshold).abs() < 1e-6 { " (default)" } else { "" };
        let _ =
            writeln!(table, "| {t:.2}{mark} | {:.2} | {} | {:.3} | {} | {:.3} |", t - gap, s.found, s.recall(), s.proposed, s.precision());
    }
    if let Some(at) = report.text.find("\nFacts:") {
        report.text.insert_str(at, &table);
    }
    // The comparison a reader opens with every annotated article, against the facts.
    let index: HashMap<&str, u32> = docs.iter().enumerate().map(|(i, d)| (d.id.0.as_str(), i as u32)).collect();
    let columns: Vec<u32> = match &gold.documents {
        Some(list) => list.iter().filter_map(|id| index.get(id.as_str()).copied()).collect(),
        None => (0..docs.len() as u32).collect(),
    };
    let bundle = crate::bundle::Bundle {
        documents: docs.clone(),
        entities: analysis.entities.clone(),
        quotes: analysis.quotes.clone(),
        alignment: analysis.alignment.clone(),
        ..crate::bundle::Bundle::default()
    };
    let rows = score_rows(&crate::compare::table(&bundle, &columns, None, false), &fact_sets(docs, &gold));
    if let Some(at) = report.text.find("\nDifferences:") {
        report.text.insert_str(at, &rows_text(&rows, columns.len()));
    } else {
        report.text.push_str(&rows_text(&rows, columns.len()));
    }
    report.rows = Some(rows);
    (report, bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_pairs_and_reports_bad_lines() {
        let (gold, bad) = parse_gold("# documents: a b\na\t1\tb\t2\tThey met\tThe talks\nbroken line\na\tx\tb\t2\n");
        assert_eq!(gold.documents, Some(vec!["a".to_string(), "b".to_string()]));
        assert_eq!(gold.pairs.len(), 1);
        assert_eq!(gold.pairs[0].a, ("a".to_string(), 1));
        assert_eq!(gold.pairs[0].words_b, "The talks");
        assert_eq!(bad.len(), 2);
        assert!(bad[0].starts_with("line 3:"));
    }

    /// Articles a, b and c, each of three sentences.
    fn three_articles() -> Vec<Document> {
        ["a", "b", "c"]
            .iter()
            .flat_map(|id| {
                crate::clean::parse_file(&format!("{id}.txt"), "One thing happened here today. Another thing happened too. A third.")
                    .documents
            })
            .collect()
    }

    #[test]
    fn facts_give_pairs_that_do_not_chain() {
        let text =
            "fact\tF1\ta\t0\tOne thing\nfact\tF1\tb\t0\nfact\tF1\tc\t1\t\talso\nfact\tF2\tb\t0\nfact\tF2\tc\t0\nfact\tF3\tc\t2\t\tmaybe\n";
        let (gold, bad) = parse_gold(text);
        assert_eq!(gold.facts.len(), 5);
        assert!(gold.facts[2].also);
        assert_eq!(bad.len(), 1, "{bad:?}");
        let docs = three_articles();
        let link = |a: (u32, u32), b: (u32, u32)| Link {
            a: SentenceRef { doc: a.0, passage: 0, sentence: a.1 },
            b: SentenceRef { doc: b.0, passage: 0, sentence: b.1 },
            score: 1.0,
            relation: super::super::Relation::Same,
            reason: String::new(),
            origin: super::super::Origin::Machine,
        };
        // a#0–b#0 (F1), b#0–c#0 (F2) to find; a#0–c#1 is right (c#1 is `also`); a#0–c#0
        // would chain F1 and F2 through b#0, and is wrong.
        let alignment = Alignment { links: vec![link((0, 0), (1, 0)), link((0, 0), (2, 1)), link((0, 0), (2, 0))], ..Alignment::default() };
        let s = evaluate(&docs, &alignment, &gold).score;
        assert_eq!((s.gold, s.found, s.proposed, s.correct), (2, 1, 3, 2));
    }

    /// Pairs that share a sentence make one fact; listed facts keep their `also` lines.
    #[test]
    fn annotated_pairs_and_facts_become_sets_of_sentences() {
        let docs = three_articles();
        let (gold, _) = parse_gold("a\t0\tb\t1\nb\t1\tc\t0\na\t2\tc\t2\nfact\tF\ta\t1\nfact\tF\tc\t1\t\talso\nfact\tG\tb\t9\n");
        let sets = fact_sets(&docs, &gold);
        let set = |v: &[At]| v.iter().copied().collect::<BTreeSet<At>>();
        assert_eq!(sets, vec![set(&[(0, 1), (2, 1)]), set(&[(0, 0), (1, 1), (2, 0)]), set(&[(0, 2), (2, 2)])]);
    }

    /// A fact split over two rows is not whole; an empty cell is right only where its
    /// article does not report the row's fact.
    #[test]
    fn rows_are_scored_against_the_facts() {
        use crate::compare::{Cell, Row, RowStatus, Table};
        let cell = |doc: u32, sentence: u32| {
            Some(Cell {
                sentence: SentenceRef { doc, passage: 0, sentence },
                diff: Vec::new(),
                origin: None,
                score: None,
                reason: None,
                speakers: Vec::new(),
                also_in: None,
            })
        };
        let row = |cells: Vec<Option<Cell>>| Row { fact: 0, cells, status: RowStatus::Alone, notes: Vec::new() };
        let table = Table {
            columns: vec![0, 1, 2],
            base: Some(0),
            rows: vec![
                // F1 in two rows: articles 0 and 1 together, 2 on its own.
                row(vec![cell(0, 0), cell(1, 0), None]),
                row(vec![None, None, cell(2, 5)]),
                // A fact only article 0 reports: both empty cells are right.
                row(vec![cell(0, 7), None, None]),
                // A sentence in no annotated fact: not scored.
                row(vec![None, cell(1, 9), None]),
            ],
        };
        let set = |v: &[At]| v.iter().copied().collect::<BTreeSet<At>>();
        let facts = vec![set(&[(0, 0), (1, 0), (2, 5)]), set(&[(0, 3), (1, 3)]), set(&[(0, 7)])];
        let s = score_rows(&table, &facts);
        assert_eq!(s, RowScore { facts: 2, whole: 0, cells: 5, placed: 2, empty: 5, empty_right: 2 });
        // Joined into one row, F1 is whole and no cell of it is empty.
        let mut joined = table.clone();
        joined.rows[0].cells[2] = cell(2, 5);
        joined.rows.remove(1);
        let s = score_rows(&joined, &facts);
        assert_eq!((s.whole, s.placed, s.empty, s.empty_right), (1, 3, 2, 2));
    }

    #[test]
    fn first_words_ignore_quote_style() {
        assert!(starts_with_words("“There’s more work to be done.", "\"There's more"));
        assert!(!starts_with_words("They met.", "The talks"));
    }
}
