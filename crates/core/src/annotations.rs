//! The editor's corrections of the machine's work, from the optional
//! `corpus/annotations.toml`: links between sentences confirmed, rejected or added, and
//! entities merged or split. The editor wins: the build applies entity corrections
//! before quotes and alignment are computed, then link corrections, then facts again.
//!
//! A correction that cannot be applied (unknown document or entity, a sentence whose
//! text no longer starts with the words given) is reported with its line and skipped;
//! the others still apply. This module must never fail the build nor panic on any file.

use serde::Deserialize;
use toml::Spanned;

use crate::align::{group_facts, Alignment, Link, Origin, Relation, SentenceRef};
use crate::corpus::IngestError;
use crate::document::Document;
use crate::entities::{slug, Entity, EntityIndex};

/// The editor's file in the corpus folder.
pub const ANNOTATIONS_FILE: &str = "annotations.toml";

/// A sentence as the editor names it: the document id, the sentence index (as in the
/// export), and optionally its first words, checked so a correction never lands on
/// another sentence after the corpus changed.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentenceSel {
    pub doc: String,
    pub sentence: u32,
    #[serde(default)]
    pub text: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Confirm,
    Reject,
    Add,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkEdit {
    pub action: Action,
    pub a: SentenceSel,
    pub b: SentenceSel,
    /// `same`, `figure-differs` or `quote-variant` (for an added link; default `same`).
    #[serde(default)]
    pub relation: Option<String>,
    /// The explanation shown for the link.
    #[serde(default)]
    pub reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Merge {
    /// The entity id that stays.
    pub keep: String,
    /// The entity id whose mentions and spellings move into `keep`.
    pub merge: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Split {
    pub entity: String,
    /// Mentions written exactly so leave `entity` for an entity of their own.
    pub alias: String,
    /// The new entity's name (default: the alias).
    #[serde(default)]
    pub name: Option<String>,
}

/// The file's tables, each kept as a value with its place so that one bad entry is
/// reported with its line while the others still apply.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    link: Vec<Spanned<toml::Value>>,
    #[serde(default)]
    merge: Vec<Spanned<toml::Value>>,
    #[serde(default)]
    split: Vec<Spanned<toml::Value>>,
}

/// The corrections, each with the line it starts on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Annotations {
    pub links: Vec<(usize, LinkEdit)>,
    pub merges: Vec<(usize, Merge)>,
    pub splits: Vec<(usize, Split)>,
}

fn err(message: String) -> IngestError {
    IngestError::Config { file: ANNOTATIONS_FILE.into(), message }
}

fn line_of(text: &str, at: usize) -> usize {
    text.get(..at).unwrap_or(text).matches('\n').count() + 1
}

/// Reads the file. A syntax error drops the whole file, and an entry that does not
/// have the right fields drops that entry; both are reported with their line. Entries
/// are checked against the corpus when they are applied.
pub fn parse(text: &str) -> (Annotations, Vec<IngestError>) {
    let file: File = match toml::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            let line = e.span().map_or(1, |s| line_of(text, s.start));
            return (Annotations::default(), vec![err(format!("line {line}: {}; the file is ignored", e.message().trim()))]);
        }
    };
    let mut errors = Vec::new();
    fn entries<T: serde::de::DeserializeOwned>(
        text: &str,
        kind: &str,
        list: Vec<Spanned<toml::Value>>,
        errors: &mut Vec<IngestError>,
    ) -> Vec<(usize, T)> {
        let mut out = Vec::new();
        for entry in list {
            let line = line_of(text, entry.span().start);
            match entry.into_inner().try_into::<T>() {
                Ok(v) => out.push((line, v)),
                Err(e) => errors.push(err(format!("line {line}: [[{kind}]]: {}; entry skipped", e.message().trim()))),
            }
        }
        out
    }
    let annotations = Annotations {
        links: entries(text, "link", file.link, &mut errors),
        merges: entries(text, "merge", file.merge, &mut errors),
        splits: entries(text, "split", file.split, &mut errors),
    };
    (annotations, errors)
}

/// Applies merges then splits to the entities. Mentions are re-pointed; ids of the
/// entities that remain do not change.
pub fn apply_entities(annotations: &Annotations, index: &mut EntityIndex) -> Vec<IngestError> {
    let mut errors = Vec::new();
    let find = |index: &EntityIndex, id: &str| index.entities.iter().position(|e| e.id == id);
    for (line, m) in &annotations.merges {
        let (Some(keep), Some(gone)) = (find(index, &m.keep), find(index, &m.merge)) else {
            let missing = if find(index, &m.keep).is_none() { &m.keep } else { &m.merge };
            errors.push(err(format!("line {line}: no entity `{missing}` (entity ids are in the export); merge skipped")));
            continue;
        };
        if keep == gone {
            errors.push(err(format!("line {line}: `keep` and `merge` are the same entity; merge skipped")));
            continue;
        }
        if index.entities[keep].kind != index.entities[gone].kind {
            errors.push(err(format!(
                "line {line}: `{}` is a {} and `{}` a {}; merge skipped",
                m.keep,
                index.entities[keep].kind.code(),
                m.merge,
                index.entities[gone].kind.code()
            )));
            continue;
        }
        let moved = index.entities.remove(gone);
        let keep = if keep > gone { keep - 1 } else { keep };
        for alias in moved.aliases {
            if !index.entities[keep].aliases.contains(&alias) {
                index.entities[keep].aliases.push(alias);
            }
        }
        for mention in &mut index.mentions {
            let e = mention.entity as usize;
            mention.entity = match e.cmp(&gone) {
                std::cmp::Ordering::Equal => keep as u32,
                std::cmp::Ordering::Greater => (e - 1) as u32,
                std::cmp::Ordering::Less => e as u32,
            };
        }
    }
    for (line, s) in &annotations.splits {
        let Some(from) = find(index, &s.entity) else {
            errors.push(err(format!("line {line}: no entity `{}`; split skipped", s.entity)));
            continue;
        };
        let alias = s.alias.trim();
        let moving: Vec<usize> =
            index.mentions.iter().enumerate().filter(|(_, m)| m.entity as usize == from && m.text == alias).map(|(i, _)| i).collect();
        if moving.is_empty() {
            errors.push(err(format!("line {line}: `{}` is never written “{alias}”; split skipped", s.entity)));
            continue;
        }
        let name = s.name.clone().unwrap_or_else(|| alias.to_string());
        let base = slug(&name);
        let mut id = base.clone();
        let mut n = 1;
        while index.entities.iter().any(|e| e.id == id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        let kind = index.entities[from].kind;
        index.entities[from].aliases.retain(|a| a != alias);
        index.entities.push(Entity { id, name, kind, aliases: vec![alias.to_string()] });
        let new = (index.entities.len() - 1) as u32;
        for i in moving {
            index.mentions[i].entity = new;
        }
    }
    errors
}

/// Resolves an editor's sentence against the corpus.
fn resolve(docs: &[Document], s: &SentenceSel) -> Result<SentenceRef, String> {
    let Some(d) = docs.iter().position(|d| d.id.0 == s.doc) else {
        return Err(format!("no document `{}` (use the id from the export, such as 004_22fc1bf83a374540~1)", s.doc));
    };
    let doc = &docs[d];
    let Some(sentence) = doc.sentences.get(s.sentence as usize) else {
        return Err(format!("`{}` has {} sentences, there is no sentence {}", s.doc, doc.sentences.len(), s.sentence));
    };
    let text = doc.sentence_text(sentence);
    if let Some(prefix) = &s.text {
        let norm = |t: &str| crate::search::words(t).into_iter().map(|w| w.2).collect::<Vec<_>>();
        let (have, want) = (norm(text), norm(prefix));
        if have.len() < want.len() || have[..want.len()] != want[..] {
            return Err(format!(
                "sentence {} of `{}` reads “{}”, not “{}…”; the corpus changed, check the sentence index",
                s.sentence,
                s.doc,
                crate::document::shorten(text, 60),
                prefix.trim()
            ));
        }
    }
    let passage =
        doc.passages.iter().position(|p| s.sentence >= p.first_sentence && s.sentence < p.first_sentence + p.sentence_count).unwrap_or(0)
            as u32;
    Ok(SentenceRef { doc: d as u32, passage, sentence: s.sentence })
}

/// Applies the link corrections (rejections, confirmations, additions) and recomputes
/// the facts.
pub fn apply_links(annotations: &Annotations, docs: &[Document], alignment: &mut Alignment) -> Vec<IngestError> {
    let mut errors = Vec::new();
    for (line, edit) in &annotations.links {
        let (a, b) = match (resolve(docs, &edit.a), resolve(docs, &edit.b)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => {
                errors.push(err(format!("line {line}: {e}; correction skipped")));
                continue;
            }
        };
        if a.doc == b.doc {
            errors.push(err(format!("line {line}: both sentences are in `{}`; links join two documents", edit.a.doc)));
            continue;
        }
        let (a, b) = if a <= b { (a, b) } else { (b, a) };
        let relation = match edit.relation.as_deref().map(Relation::from_code) {
            None => None,
            Some(Some(r)) => Some(r),
            Some(None) => {
                errors.push(err(format!("line {line}: `relation` must be same, figure-differs or quote-variant; correction skipped")));
                continue;
            }
        };
        let existing = alignment.links.iter().position(|l| l.a == a && l.b == b);
        match (edit.action, existing) {
            (Action::Reject, Some(i)) => {
                alignment.links.remove(i);
            }
            // Rejecting a link the machine did not make is a standing instruction: nothing to do now.
            (Action::Reject, None) => {}
            (Action::Confirm | Action::Add, Some(i)) => {
                let l = &mut alignment.links[i];
                l.origin = if edit.action == Action::Confirm { Origin::EditorConfirmed } else { Origin::EditorAdded };
                if let Some(r) = relation {
                    l.relation = r;
                }
                if let Some(r) = &edit.reason {
                    l.reason = r.clone();
                }
            }
            (Action::Confirm | Action::Add, None) => alignment.links.push(Link {
                a,
                b,
                score: 1.0,
                relation: relation.unwrap_or(Relation::Same),
                reason: edit.reason.clone().unwrap_or_else(|| "added by the editor".to_string()),
                origin: Origin::EditorAdded,
            }),
        }
    }
    alignment.links.sort_by_key(|l| (l.a, l.b));
    alignment.facts = group_facts(&alignment.links);
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::parse_file;

    fn docs() -> Vec<Document> {
        let mut out = parse_file("a.txt", "Steve Witkoff met Rustem Umerov in Miami on Sunday. The talks were long.").documents;
        out.extend(parse_file("b.txt", "Umerov met Witkoff at a golf club. Bread was cheap.").documents);
        out
    }

    #[test]
    fn syntax_errors_name_the_line_and_keep_the_build_going() {
        let (a, errors) = parse("[[link]]\naction = \"confirm\"\na = { doc = \"a\", sentence = 0 \n");
        assert_eq!(a, Annotations::default());
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().starts_with("annotations.toml: line 3:"), "{}", errors[0]);
        // A bad entry is skipped; the good one after it stays.
        let (a, errors) = parse("[[merge]]\nkeep = \"x\"\n\n[[merge]]\nkeep = \"x\"\nmerge = \"y\"\n");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].to_string().starts_with("annotations.toml: line 1: [[merge]]: missing field `merge`"), "{}", errors[0]);
        assert_eq!(a.merges, vec![(4, Merge { keep: "x".into(), merge: "y".into() })]);
    }

    #[test]
    fn links_are_added_confirmed_and_rejected() {
        let docs = docs();
        let text = "[[link]]\naction = \"add\"\na = { doc = \"a\", sentence = 0, text = \"Steve Witkoff met\" }\nb = { doc = \"b\", sentence = 0 }\nreason = \"same meeting\"\n\n[[link]]\naction = \"confirm\"\na = { doc = \"b\", sentence = 1 }\nb = { doc = \"a\", sentence = 1, text = \"The talks\" }\n";
        let (ann, errors) = parse(text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(ann.links[1].0, 7);
        let mut al = Alignment::default();
        assert!(apply_links(&ann, &docs, &mut al).is_empty());
        assert_eq!(al.links.len(), 2);
        assert_eq!(al.links[0].origin, Origin::EditorAdded);
        assert_eq!(al.links[0].reason, "same meeting");
        assert_eq!(al.facts.len(), 2);
        // Rejecting removes the link and its fact.
        let (reject, _) = parse("[[link]]\naction = \"reject\"\na = { doc = \"a\", sentence = 0 }\nb = { doc = \"b\", sentence = 0 }\n");
        assert!(apply_links(&reject, &docs, &mut al).is_empty());
        assert_eq!(al.links.len(), 1);
        assert_eq!(al.facts.len(), 1);
    }

    #[test]
    fn drifted_or_unknown_sentences_are_reported_and_skipped() {
        let docs = docs();
        let text = "[[link]]\naction = \"add\"\na = { doc = \"a\", sentence = 0, text = \"The talks\" }\nb = { doc = \"b\", sentence = 0 }\n\n[[link]]\naction = \"add\"\na = { doc = \"zzz\", sentence = 0 }\nb = { doc = \"b\", sentence = 9 }\n\n[[link]]\naction = \"add\"\na = { doc = \"a\", sentence = 0 }\nb = { doc = \"a\", sentence = 1 }\n";
        let (ann, _) = parse(text);
        let mut al = Alignment::default();
        let errors: Vec<String> = apply_links(&ann, &docs, &mut al).iter().map(|e| e.to_string()).collect();
        assert!(al.links.is_empty());
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].contains("line 1") && errors[0].contains("not “The talks…”"), "{}", errors[0]);
        assert!(errors[1].contains("line 6") && errors[1].contains("no document `zzz`"), "{}", errors[1]);
        assert!(errors[2].contains("line 11") && errors[2].contains("links join two documents"), "{}", errors[2]);
    }

    #[test]
    fn entities_merge_and_split() {
        let docs = docs();
        let mut index = crate::entities::extract(&docs);
        let id = |index: &EntityIndex, name: &str| index.entities.iter().find(|e| e.name.contains(name)).map(|e| e.id.clone());
        let (Some(witkoff), Some(umerov)) = (id(&index, "Witkoff"), id(&index, "Umerov")) else { panic!("{:?}", index.entities) };
        let text = format!("[[merge]]\nkeep = \"{umerov}\"\nmerge = \"{witkoff}\"\n\n[[split]]\nentity = \"{umerov}\"\nalias = \"Witkoff\"\nname = \"Steve Witkoff\"\n\n[[merge]]\nkeep = \"nobody\"\nmerge = \"{umerov}\"\n");
        let (ann, _) = parse(&text);
        let before = index.entities.len();
        let errors = apply_entities(&ann, &mut index);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].to_string().contains("line 10: no entity `nobody`"), "{}", errors[0]);
        assert_eq!(index.entities.len(), before);
        let steve = index.entities.iter().position(|e| e.name == "Steve Witkoff");
        assert!(steve.is_some(), "{:?}", index.entities);
        assert!(index.mentions.iter().all(|m| (m.entity as usize) < index.entities.len()));
        assert!(index.mentions.iter().any(|m| Some(m.entity as usize) == steve && m.text == "Witkoff"));
    }
}
