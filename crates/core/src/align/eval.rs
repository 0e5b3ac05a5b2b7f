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
    Report { score, text }
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

    #[test]
    fn facts_give_pairs_that_do_not_chain() {
        let text =
            "fact\tF1\ta\t0\tOne thing\nfact\tF1\tb\t0\nfact\tF1\tc\t1\t\talso\nfact\tF2\tb\t0\nfact\tF2\tc\t0\nfact\tF3\tc\t2\t\tmaybe\n";
        let (gold, bad) = parse_gold(text);
        assert_eq!(gold.facts.len(), 5);
        assert!(gold.facts[2].also);
        assert_eq!(bad.len(), 1, "{bad:?}");
        let docs: Vec<Document> = ["a", "b", "c"]
            .iter()
            .flat_map(|id| {
                crate::clean::parse_file(&format!("{id}.txt"), "One thing happened here today. Another thing happened too. A third.")
                    .documents
            })
            .collect();
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

    #[test]
    fn first_words_ignore_quote_style() {
        assert!(starts_with_words("“There’s more work to be done.", "\"There's more"));
        assert!(!starts_with_words("They met.", "The talks"));
    }
}
