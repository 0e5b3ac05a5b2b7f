//! Scores entity recognition against a hand annotation (`eval/entities.tsv`): precision
//! and recall per kind, the alias groups merged across documents, and every miss.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use super::{EntityIndex, EntityKind};
use crate::document::Document;

/// One annotated entity of one document.
#[derive(Clone, Debug)]
pub struct GoldEntity {
    pub doc: String,
    pub kind: EntityKind,
    pub name: String,
    pub surfaces: Vec<String>,
}

/// Reads the annotation; returns the entities and the lines it could not read.
pub fn parse_gold(text: &str) -> (Vec<GoldEntity>, Vec<String>) {
    let mut out = Vec::new();
    let mut bad = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let kind = match cols.get(1) {
            Some(&"person") => EntityKind::Person,
            Some(&"organization") => EntityKind::Organization,
            Some(&"place") => EntityKind::Place,
            _ => {
                bad.push(format!("line {}: unknown kind", n + 1));
                continue;
            }
        };
        let (Some(doc), Some(name), Some(surfaces)) = (cols.first(), cols.get(2), cols.get(3)) else {
            bad.push(format!("line {}: needs four tab-separated columns", n + 1));
            continue;
        };
        out.push(GoldEntity {
            doc: doc.to_string(),
            kind,
            name: name.to_string(),
            surfaces: surfaces.split('|').map(str::to_string).collect(),
        });
    }
    (out, bad)
}

fn norm(s: &str) -> String {
    s.trim().trim_start_matches("The ").to_lowercase()
}

#[derive(Default, Clone, Copy)]
pub struct Score {
    pub predicted: usize,
    pub predicted_right: usize,
    pub gold: usize,
    pub gold_found: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            1.0
        } else {
            self.predicted_right as f64 / self.predicted as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.gold_found as f64 / self.gold as f64
        }
    }
}

pub struct Report {
    pub scores: BTreeMap<EntityKind, Score>,
    pub text: String,
}

/// Compares what `index` found in `docs` with the annotation.
pub fn evaluate(docs: &[Document], index: &EntityIndex, gold: &[GoldEntity]) -> Report {
    let mut scores: BTreeMap<EntityKind, Score> = BTreeMap::new();
    let mut misses = String::new();
    let mut junk = String::new();
    // Gold name → predicted entity ids, to check alias groups.
    let mut groups: BTreeMap<(EntityKind, String), BTreeSet<u32>> = BTreeMap::new();
    let annotated: BTreeSet<&str> = gold.iter().map(|g| g.doc.as_str()).collect();
    for (d, doc) in docs.iter().enumerate() {
        if !annotated.contains(doc.id.0.as_str()) {
            continue;
        }
        // Predicted entities of this document with the spellings used here.
        let mut predicted: BTreeMap<u32, BTreeSet<String>> = BTreeMap::new();
        for m in index.mentions.iter().filter(|m| m.doc as usize == d) {
            predicted.entry(m.entity).or_default().insert(norm(&m.text));
        }
        let golds: Vec<&GoldEntity> = gold.iter().filter(|g| g.doc == doc.id.0).collect();
        let mut matched_pred = BTreeSet::new();
        for g in &golds {
            let s = scores.entry(g.kind).or_default();
            s.gold += 1;
            let surfaces: BTreeSet<String> = g.surfaces.iter().map(|x| norm(x)).collect();
            let hit = predicted.iter().find(|(e, spellings)| {
                let ent = &index.entities[**e as usize];
                ent.kind == g.kind && (norm(&ent.name) == norm(&g.name) || spellings.iter().any(|sp| surfaces.contains(sp)))
            });
            match hit {
                Some((e, _)) => {
                    s.gold_found += 1;
                    matched_pred.insert(*e);
                    groups.entry((g.kind, g.name.clone())).or_default().insert(*e);
                }
                None => {
                    let _ = writeln!(misses, "  missed   {:<22} {:<12} {}", doc.id.0, g.kind.code(), g.name);
                }
            }
        }
        for (e, spellings) in &predicted {
            let ent = &index.entities[*e as usize];
            let s = scores.entry(ent.kind).or_default();
            s.predicted += 1;
            if matched_pred.contains(e) {
                s.predicted_right += 1;
            } else {
                let _ = writeln!(
                    junk,
                    "  spurious {:<22} {:<12} {} ({})",
                    doc.id.0,
                    ent.kind.code(),
                    ent.name,
                    spellings.iter().cloned().collect::<Vec<_>>().join(", ")
                );
            }
        }
    }
    let mut text = String::new();
    let _ = writeln!(text, "| kind | precision | recall | predicted | gold |");
    let _ = writeln!(text, "| --- | ---: | ---: | ---: | ---: |");
    let mut total = Score::default();
    for (kind, s) in &scores {
        let _ = writeln!(text, "| {} | {:.3} | {:.3} | {} | {} |", kind.code(), s.precision(), s.recall(), s.predicted, s.gold);
        total.predicted += s.predicted;
        total.predicted_right += s.predicted_right;
        total.gold += s.gold;
        total.gold_found += s.gold_found;
    }
    let _ = writeln!(text, "| **all** | **{:.3}** | **{:.3}** | {} | {} |", total.precision(), total.recall(), total.predicted, total.gold);
    let _ = writeln!(text, "\nAlias groups (annotated entity ← the one predicted entity and the spellings it merged):");
    for ((kind, name), ids) in &groups {
        let spellings: Vec<String> = ids.iter().flat_map(|e| index.entities[*e as usize].aliases.clone()).collect();
        let verdict = if ids.len() == 1 { "merged" } else { "SPLIT" };
        if *kind == EntityKind::Person || spellings.len() > 1 {
            let _ = writeln!(text, "  {verdict:6} {name} ← {}", spellings.join(", "));
        }
    }
    if !misses.is_empty() || !junk.is_empty() {
        let _ = writeln!(text, "\nDifferences:\n{misses}{junk}");
    }
    Report { scores, text }
}
