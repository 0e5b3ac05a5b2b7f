//! From the raw text of one file to its documents: drops page chrome (keeping each
//! removed span with its reason), reads the metadata the text states, cuts the body
//! into passages, and splits off excerpts a reposting site appended after the article.
//!
//! Every byte of the input is accounted for: it belongs to a passage, a metadata line,
//! markup (a bullet marker, a section label), removed chrome, or whitespace
//! (`FileParse::segments`). This module never rewrites the outlet's words and never
//! guesses a field the text does not state.

pub mod inline;
pub mod lines;
pub mod rules;

use crate::document::{DocId, Document, Field, Metadata, Passage, PassageKind, Reason, Removed, Sentence, Span};
use crate::segment;

/// What a span of the source file turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Whitespace between pieces.
    Blank,
    /// Text of passage `passage` of document `doc`.
    Passage { doc: u32, passage: u32 },
    /// A line or phrase read as metadata (headline, byline, timestamp, dateline…).
    Meta { doc: u32 },
    /// A bullet marker, a section label, a list heading or separator.
    Markup { doc: u32 },
    /// Removed chrome: entry `index` of the document's `removed`.
    Removed { doc: u32, index: u32 },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    pub role: Role,
}

/// The result of cleaning one file.
#[derive(Clone, Debug, Default)]
pub struct FileParse {
    pub documents: Vec<Document>,
    /// Sorted, non-overlapping, and together covering the whole input.
    pub segments: Vec<Segment>,
}

/// Cleans and structures the text of file `file` (its name, used for ids).
pub fn parse_file(file: &str, text: &str) -> FileParse {
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
    let mut b = Builder::new(text, stem, file);
    lines::run(&mut b);
    b.finish()
}

/// A document being assembled; spans are still into the source file.
#[derive(Debug, Default)]
pub(crate) struct DocDraft {
    pub start: usize,
    pub appended: bool,
    pub meta: Metadata,
    pub passages: Vec<(PassageKind, Option<String>, Span)>,
    pub removed: Vec<Removed>,
    pub truncated: bool,
}

pub(crate) struct Builder<'a> {
    pub text: &'a str,
    stem: String,
    file: String,
    pub docs: Vec<DocDraft>,
    segs: Vec<Segment>,
    /// A label waiting for the next passage ("Why it matters").
    pending_label: Option<String>,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str, stem: &str, file: &str) -> Self {
        Builder {
            text,
            stem: stem.to_string(),
            file: file.to_string(),
            docs: vec![DocDraft::default()],
            segs: Vec::new(),
            pending_label: None,
        }
    }

    fn cur_index(&self) -> u32 {
        (self.docs.len() - 1) as u32
    }

    pub fn cur(&mut self) -> &mut DocDraft {
        let last = self.docs.len() - 1;
        &mut self.docs[last]
    }

    pub fn host(&self) -> &DocDraft {
        &self.docs[0]
    }

    /// Starts a new document for an excerpt appended after the host article.
    pub fn start_appended(&mut self, at: usize) {
        self.pending_label = None;
        self.docs.push(DocDraft { start: at, appended: true, ..DocDraft::default() });
    }

    /// Trims `span` to its non-whitespace core; `None` if nothing is left.
    pub fn trim(&self, span: Span) -> Option<Span> {
        let s = span.slice(self.text);
        let lead = s.len() - s.trim_start().len();
        let body = s.trim();
        (!body.is_empty()).then(|| Span::new(span.start as usize + lead, span.start as usize + lead + body.len()))
    }

    pub fn chrome(&mut self, span: Span, reason: Reason) {
        let Some(span) = self.trim(span) else { return };
        let doc = self.cur_index();
        let text = span.slice(self.text).to_string();
        let d = self.cur();
        let index = d.removed.len() as u32;
        let before = d.passages.len() as u32;
        d.removed.push(Removed { source: span, text, reason, before });
        self.segs.push(Segment { span, role: Role::Removed { doc, index } });
    }

    pub fn meta(&mut self, span: Span) {
        if let Some(span) = self.trim(span) {
            let doc = self.cur_index();
            self.segs.push(Segment { span, role: Role::Meta { doc } });
        }
    }

    pub fn markup(&mut self, span: Span) {
        if let Some(span) = self.trim(span) {
            let doc = self.cur_index();
            self.segs.push(Segment { span, role: Role::Markup { doc } });
        }
    }

    /// A section label for the next passage; its text is markup.
    pub fn label(&mut self, span: Span, label: &str) {
        self.markup(span);
        self.pending_label = Some(label.to_string());
    }

    pub fn passage(&mut self, span: Span, kind: PassageKind) {
        let Some(span) = self.trim(span) else { return };
        let label = self.pending_label.take();
        let doc = self.cur_index();
        let d = self.cur();
        let passage = d.passages.len() as u32;
        d.passages.push((kind, label, span));
        self.segs.push(Segment { span, role: Role::Passage { doc, passage } });
    }

    /// Marks the passage just emitted as a photo caption (its credit line followed it).
    pub fn caption_last_passage(&mut self) {
        let text = self.text;
        if let Some(last) = self.cur().passages.last_mut() {
            if last.0 == PassageKind::Paragraph && last.1.is_none() && segment::sentences(last.2.slice(text)).len() <= 2 {
                last.0 = PassageKind::Caption;
            }
        }
    }

    pub fn set_meta(&mut self, f: impl FnOnce(&mut Metadata)) {
        f(&mut self.cur().meta);
    }

    /// Sets the host article's metadata, whichever document is being read.
    pub fn set_host_meta(&mut self, f: impl FnOnce(&mut Metadata)) {
        f(&mut self.docs[0].meta);
    }

    pub fn slice(&self, span: Span) -> &'a str {
        span.slice(self.text)
    }

    fn finish(mut self) -> FileParse {
        self.move_trailing_chrome_to_host();
        let mut segs = std::mem::take(&mut self.segs);
        segs.sort_by_key(|s| (s.span.start, s.span.end));
        let mut segments = Vec::with_capacity(segs.len() * 2 + 1);
        let mut at = 0usize;
        for s in segs {
            let start = s.span.start as usize;
            if start > at {
                segments.push(Segment { span: Span::new(at, start), role: Role::Blank });
            }
            at = at.max(s.span.end as usize);
            segments.push(s);
        }
        if at < self.text.len() {
            segments.push(Segment { span: Span::new(at, self.text.len()), role: Role::Blank });
        }

        let ends: Vec<usize> = self.docs.iter().skip(1).map(|d| d.start).chain(std::iter::once(self.text.len())).collect();
        let host_id = DocId(self.stem.clone());
        let mut documents = Vec::with_capacity(self.docs.len());
        for (i, mut draft) in self.docs.into_iter().enumerate() {
            mark_crossheads(self.text, &mut draft.passages);
            let id = if i == 0 { host_id.clone() } else { DocId(format!("{}~{i}", self.stem)) };
            let appended_to = draft.appended.then(|| host_id.clone());
            let source = Span::new(draft.start, ends[i]);
            documents.push(assemble(self.text, id, &self.file, source, appended_to, draft));
        }
        FileParse { documents, segments }
    }

    /// Page chrome after the last excerpt (a comment widget) belongs to the host page,
    /// not to the excerpt the reposting site happened to put last.
    fn move_trailing_chrome_to_host(&mut self) {
        if self.docs.len() < 2 {
            return;
        }
        let last = self.docs.len() - 1;
        let last_end = self.docs[last].passages.last().map_or(0, |p| p.2.end);
        let (head, tail) = self.docs.split_at_mut(last);
        let host = &mut head[0];
        let excerpt = &mut tail[0];
        let mut kept = Vec::new();
        let mut moved = Vec::new();
        for r in excerpt.removed.drain(..) {
            if r.source.start >= last_end && !matches!(r.reason, Reason::RepostNote | Reason::RelatedLink | Reason::PhotoCredit) {
                moved.push(r);
            } else {
                kept.push(r);
            }
        }
        excerpt.removed = kept;
        // Fix the segment roles of what moved.
        let host_before = host.passages.len() as u32;
        for mut r in moved {
            let old_index =
                self.segs.iter().position(|s| s.span == r.source && matches!(s.role, Role::Removed { doc, .. } if doc == last as u32));
            r.before = host_before;
            let new_index = host.removed.len() as u32;
            if let Some(i) = old_index {
                self.segs[i].role = Role::Removed { doc: 0, index: new_index };
            }
            host.removed.push(r);
        }
        for (i, r) in excerpt.removed.iter().enumerate() {
            if let Some(s) =
                self.segs.iter_mut().find(|s| s.span == r.source && matches!(s.role, Role::Removed { doc, .. } if doc == last as u32))
            {
                s.role = Role::Removed { doc: last as u32, index: i as u32 };
            }
        }
    }
}

/// Marks the crossheads among a document's passages: a paragraph of one short line
/// that does not end like a statement ("Jobs fears", "'A hard blow'", "What was on
/// board?"), with a paragraph of the story above it and running text below it.
fn mark_crossheads(text: &str, passages: &mut [(PassageKind, Option<String>, Span)]) {
    let is_heading = |t: &str| {
        let bare = t.trim_end_matches(['\'', '’', '"', '”']);
        let words = t.split_whitespace().count();
        (1..=10).contains(&words)
            && t.chars().count() <= 80
            && !t.contains('\n')
            && t.starts_with(|c: char| c.is_uppercase() || matches!(c, '\'' | '‘' | '"' | '“'))
            && !bare.ends_with(['.', ',', ';', ':', '…', '-', '–', '—'])
            && segment::sentences(t).len() == 1
    };
    let statement = |t: &str| inline::ends_sentence(t) && !t.trim_end().ends_with('?');
    let mut story_above = false;
    for k in 0..passages.len() {
        let (kind, label, span) = &passages[k];
        let t = span.slice(text).trim();
        // A line in capitals heads whatever follows ("BY THE NUMBERS" over "5: objects
        // stolen").
        let capitals = inline::in_capitals(t);
        let below = passages.get(k + 1).is_some_and(|(next, _, s)| {
            matches!(next, PassageKind::Paragraph | PassageKind::Bullet) && (capitals || statement(s.slice(text).trim()))
        });
        if *kind == PassageKind::Paragraph && label.is_none() && story_above && below && is_heading(t) {
            passages[k].0 = PassageKind::Heading;
        } else if *kind == PassageKind::Paragraph && statement(t) {
            story_above = true;
        }
    }
}

/// Builds the cleaned text, passages and sentences of one document.
fn assemble(text: &str, id: DocId, file: &str, source: Span, appended_to: Option<DocId>, draft: DocDraft) -> Document {
    let mut out = String::new();
    let mut passages = Vec::with_capacity(draft.passages.len());
    let mut sentences = Vec::new();
    for (kind, label, src) in draft.passages {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        let body = src.slice(text);
        let start = out.len();
        out.push_str(body);
        let first = sentences.len() as u32;
        sentences.extend(segment::sentences(body).into_iter().map(|s| Sentence { span: s.shift(start) }));
        passages.push(Passage {
            kind,
            label,
            span: Span::new(start, out.len()),
            source: src,
            first_sentence: first,
            sentence_count: sentences.len() as u32 - first,
        });
    }
    let meta = draft.meta;
    let truncated = draft.truncated
        || passages.last().is_some_and(|p| {
            let t = p.span.slice(&out).trim_end();
            t.ends_with("...") || t.ends_with('…')
        }) && appended_to.is_some();
    Document { id, file: file.to_string(), source, appended_to, meta, text: out, passages, sentences, removed: draft.removed, truncated }
}

/// Helper for rules that read a field from the text.
pub(crate) fn field(value: impl Into<String>, evidence: &str) -> Field<String> {
    Field::text(value.into(), evidence)
}
