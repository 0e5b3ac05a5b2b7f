//! The model of one article: its metadata, its cleaned text cut into passages and
//! sentences, and the page chrome that was removed from it.
//!
//! Invariants (checked by the property tests in `tests/properties.rs`):
//! - `Passage::span` and `Sentence::span` are byte offsets into `Document::text` and
//!   always fall on char boundaries;
//! - `Passage::source` and `Removed::source` are byte offsets into the source file;
//! - `Document::text[passage.span] == file[passage.source]`: cleaning never rewrites
//!   what the outlet wrote, it only decides which bytes belong to what.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start: start as u32, end: end as u32 }
    }
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }
    pub fn is_empty(self) -> bool {
        self.start >= self.end
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    /// The same span moved `by` bytes to the right.
    pub fn shift(self, by: usize) -> Self {
        Span::new(self.start as usize + by, self.end as usize + by)
    }
    /// The text this span covers in `text`, or "" when it does not fit (never panics).
    pub fn slice(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }
}

/// A document's id: the file stem, plus `~N` for the N-th excerpt appended to it.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DocId(pub String);

impl std::fmt::Display for DocId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a metadata value comes from. The page shows it, so a reader can tell a value
/// the outlet printed from one an editor supplied or one the machine derived.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Provenance {
    /// Printed in the article (masthead, byline, dateline, timestamp line…).
    Text,
    /// Given by the editor in `corpus.toml`.
    Editor,
    /// Made by the machine from the text (a display title from the first sentence).
    Derived,
}

impl Provenance {
    pub fn code(self) -> &'static str {
        match self {
            Provenance::Text => "text",
            Provenance::Editor => "editor",
            Provenance::Derived => "derived",
        }
    }
}

/// A metadata value with its provenance and, when it came from the text, the words it
/// was read from ("Updated Nov. 30, 2025 6:19 pm ET").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field<T> {
    pub value: T,
    pub provenance: Provenance,
    pub evidence: Option<String>,
}

impl<T> Field<T> {
    pub fn text(value: T, evidence: &str) -> Self {
        Field { value, provenance: Provenance::Text, evidence: Some(evidence.trim().to_string()) }
    }
    pub fn editor(value: T) -> Self {
        Field { value, provenance: Provenance::Editor, evidence: None }
    }
}

/// A calendar date with what the text says of the time; the year may be missing
/// ("9:19 PM EDT, March 18"), in which case there is no ISO form: it is never guessed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timestamp {
    pub year: Option<u16>,
    pub month: u8,
    pub day: u8,
    /// Hour (0–23) and minute.
    pub time: Option<(u8, u8)>,
    /// Offset from UTC in minutes, when the text names a zone.
    pub offset_minutes: Option<i16>,
    /// "Updated …" rather than a first publication time.
    pub updated: bool,
}

impl Timestamp {
    /// ISO 8601: `2025-11-30T18:19:00-05:00`, `2025-11-30T18:19:00` without a zone,
    /// `2025-11-30` without a time; `None` when the year is not stated.
    pub fn iso(&self) -> Option<String> {
        let year = self.year?;
        let mut out = format!("{year:04}-{:02}-{:02}", self.month, self.day);
        if let Some((h, m)) = self.time {
            out.push_str(&format!("T{h:02}:{m:02}:00"));
            if let Some(off) = self.offset_minutes {
                if off == 0 {
                    out.push('Z');
                } else {
                    let sign = if off < 0 { '-' } else { '+' };
                    let a = off.unsigned_abs();
                    out.push_str(&format!("{sign}{:02}:{:02}", a / 60, a % 60));
                }
            }
        }
        Some(out)
    }

    /// A reader's form: "30 Nov 2025, 18:19 (UTC−05:00)" or "18 Mar (year not stated)".
    pub fn display(&self) -> String {
        let month = crate::date::MONTH_SHORT.get(usize::from(self.month).wrapping_sub(1)).copied().unwrap_or("?");
        let mut out = match self.year {
            Some(y) => format!("{} {month} {y}", self.day),
            None => format!("{} {month} (year not stated)", self.day),
        };
        if let Some((h, m)) = self.time {
            out.push_str(&format!(", {h:02}:{m:02}"));
            if let Some(off) = self.offset_minutes {
                let sign = if off < 0 { '−' } else { '+' };
                let a = off.unsigned_abs();
                out.push_str(&format!(" UTC{sign}{:02}:{:02}", a / 60, a % 60));
            }
        }
        out
    }
}

/// What the article states about itself. `None` means the text does not say.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    pub outlet: Option<Field<String>>,
    pub headline: Option<Field<String>>,
    pub dek: Option<Field<String>>,
    pub authors: Option<Field<Vec<String>>>,
    pub published: Option<Field<Timestamp>>,
    pub dateline: Option<Field<String>>,
    pub section: Option<Field<String>>,
    pub url: Option<Field<String>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PassageKind {
    Paragraph,
    Bullet,
    /// An item of a summary list ("Quick Summary -- … -- …", "Key points").
    Summary,
    /// A photo caption, set apart from the running text.
    Caption,
    /// A crosshead: a short heading between the paragraphs of the story ("Jobs fears",
    /// "What was on board?").
    Heading,
}

impl PassageKind {
    pub fn code(self) -> &'static str {
        match self {
            PassageKind::Paragraph => "paragraph",
            PassageKind::Bullet => "bullet",
            PassageKind::Summary => "summary",
            PassageKind::Caption => "caption",
            PassageKind::Heading => "heading",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte span in `Document::text`.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    pub kind: PassageKind,
    /// A section label the outlet put in front ("Why it matters"), without the colon.
    pub label: Option<String>,
    /// Byte span in `Document::text`.
    pub span: Span,
    /// Byte span in the source file.
    pub source: Span,
    /// Index of the first sentence of this passage in `Document::sentences`.
    pub first_sentence: u32,
    pub sentence_count: u32,
}

/// Why a span of the source was removed from the reading text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Reason {
    AggregatorPromo,
    PaywallPrompt,
    Masthead,
    ShareBar,
    CommentWidget,
    AuthorFooter,
    PhotoCredit,
    RelatedLink,
    RepostNote,
    Navigation,
    Boilerplate,
    /// A slideshow's caption given again ("[1/3]" after "Item 1 of 3").
    RepeatedCaption,
}

impl Reason {
    pub fn code(self) -> &'static str {
        match self {
            Reason::AggregatorPromo => "aggregator-promo",
            Reason::PaywallPrompt => "paywall-prompt",
            Reason::Masthead => "masthead",
            Reason::ShareBar => "share-bar",
            Reason::CommentWidget => "comment-widget",
            Reason::AuthorFooter => "author-footer",
            Reason::PhotoCredit => "photo-credit",
            Reason::RelatedLink => "related-link",
            Reason::RepostNote => "repost-note",
            Reason::Navigation => "navigation",
            Reason::Boilerplate => "boilerplate",
            Reason::RepeatedCaption => "repeated-caption",
        }
    }
    /// How the page names it.
    pub fn label(self) -> &'static str {
        match self {
            Reason::AggregatorPromo => "aggregator promo",
            Reason::PaywallPrompt => "paywall prompt",
            Reason::Masthead => "repeated masthead",
            Reason::ShareBar => "share bar",
            Reason::CommentWidget => "comment widget",
            Reason::AuthorFooter => "author contact footer",
            Reason::PhotoCredit => "photo credit",
            Reason::RelatedLink => "link to another story",
            Reason::RepostNote => "reposting site's note",
            Reason::Navigation => "page navigation",
            Reason::Boilerplate => "publisher boilerplate",
            Reason::RepeatedCaption => "caption given twice",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// Byte span in the source file.
    pub source: Span,
    pub text: String,
    pub reason: Reason,
    /// The passage this span stood before in the page (`passages.len()` when after the last).
    pub before: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: DocId,
    /// Source file name.
    pub file: String,
    /// The bytes of the source file this document was made from.
    pub source: Span,
    /// For an excerpt a reposting site appended after an article: that article's id.
    pub appended_to: Option<DocId>,
    pub meta: Metadata,
    /// The cleaned text: passages joined by blank lines.
    pub text: String,
    pub passages: Vec<Passage>,
    pub sentences: Vec<Sentence>,
    pub removed: Vec<Removed>,
    /// The text breaks off ("…insi..."), as excerpts on reposting sites do.
    pub truncated: bool,
}

impl Document {
    pub fn passage_text(&self, passage: &Passage) -> &str {
        passage.span.slice(&self.text)
    }
    pub fn sentence_text(&self, sentence: &Sentence) -> &str {
        sentence.span.slice(&self.text)
    }
    pub fn sentences_of(&self, passage: &Passage) -> &[Sentence] {
        let start = passage.first_sentence as usize;
        let end = start + passage.sentence_count as usize;
        self.sentences.get(start..end).unwrap_or(&[])
    }

    /// The title to show: the headline when the text states one, else the first
    /// sentence (the second value is `true`: derived, and the page says so).
    pub fn display_title(&self) -> (String, bool) {
        if let Some(h) = &self.meta.headline {
            return (h.value.clone(), h.provenance == Provenance::Derived);
        }
        if let Some(d) = &self.meta.dek {
            return (shorten(&d.value, 120), true);
        }
        let first = self.sentences.first().map(|s| self.sentence_text(s)).unwrap_or("");
        if first.is_empty() {
            return ("(empty article)".to_string(), true);
        }
        (shorten(first, 120), true)
    }

    pub fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }
}

/// Cuts `text` to at most `max` chars at a word boundary, adding an ellipsis.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}
