//! The stable, versioned JSON shape of a parsed corpus (`parallax export`), documented
//! in `docs/export-schema.md`. Add fields freely; renaming or removing one bumps
//! `EXPORT_VERSION`.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::corpus::Corpus;
use crate::document::{Document, Field};

pub const EXPORT_SCHEMA: &str = "parallax.corpus";
/// Version 2: `links` and `facts` (alignment across articles); `errors` also carries
/// corrections in `annotations.toml` that could not be applied.
pub const EXPORT_VERSION: u32 = 2;

#[derive(Serialize)]
pub struct Export {
    pub schema: &'static str,
    pub version: u32,
    pub documents: Vec<ExportDocument>,
    /// One message per file that could not be read ("x.txt: not valid UTF-8 at byte 812").
    pub errors: Vec<String>,
    pub skipped: Vec<String>,
    /// People, organisations and places, resolved across the corpus.
    pub entities: Vec<ExportEntity>,
    /// Where the passages name them.
    pub mentions: Vec<ExportMention>,
    /// Direct and partial quotes with their speakers.
    pub quotes: Vec<ExportQuote>,
    /// Figures as ranges with units.
    pub figures: Vec<ExportFigure>,
    /// Dates in the text, resolved against each article's date where it states one.
    pub dates: Vec<ExportDate>,
    /// Sentences of different articles that report the same fact.
    pub links: Vec<ExportLink>,
    /// Facts reported by two or more articles: at most one sentence per article.
    pub facts: Vec<ExportFact>,
    /// Moments of the story: groups of articles joined by enough links, each a list of
    /// document ids (`Alignment::moments`); every article is in one.
    pub moments: Vec<Vec<String>>,
    /// What tells two moments apart: a sentence that plans what another reports done.
    pub later: Vec<ExportLater>,
}

#[derive(Serialize)]
pub struct ExportLater {
    pub plan: ExportSentenceRef,
    pub done: ExportSentenceRef,
}

/// One sentence: the document's `id`, the passage, and the sentence index within the
/// document (the `id` of the sentence in `passages[].sentences`).
#[derive(Serialize)]
pub struct ExportSentenceRef {
    pub doc: String,
    pub passage: u32,
    pub sentence: u32,
}

impl ExportSentenceRef {
    fn new(docs: &[Document], s: crate::align::SentenceRef) -> Self {
        ExportSentenceRef { doc: docs[s.doc as usize].id.0.clone(), passage: s.passage, sentence: s.sentence }
    }
}

#[derive(Serialize)]
pub struct ExportLink {
    pub a: ExportSentenceRef,
    pub b: ExportSentenceRef,
    pub score: f32,
    /// "same", "figure-differs" or "quote-variant".
    pub relation: &'static str,
    pub reason: String,
    /// "machine", "editor-confirmed" or "editor-added".
    pub origin: &'static str,
}

#[derive(Serialize)]
pub struct ExportFact {
    pub sentences: Vec<ExportSentenceRef>,
    /// Indices into `links`.
    pub links: Vec<u32>,
}

/// Where something stands in the corpus: the document's `id`, the passage, and byte
/// offsets into the document's `text`.
#[derive(Serialize)]
pub struct Located {
    pub doc: String,
    pub passage: u32,
    pub start: u32,
    pub end: u32,
}

impl Located {
    fn new(docs: &[Document], doc: u32, passage: u32, span: crate::document::Span) -> Self {
        Located { doc: docs[doc as usize].id.0.clone(), passage, start: span.start, end: span.end }
    }
}

#[derive(Serialize)]
pub struct ExportDate {
    #[serde(flatten)]
    pub at: Located,
    pub text: String,
    pub kind: String,
    pub resolved: Option<String>,
}

#[derive(Serialize)]
pub struct ExportFigure {
    #[serde(flatten)]
    pub at: Located,
    pub text: String,
    pub value: f64,
    /// Bounds of the range the wording allows (null: unbounded).
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub low_inclusive: bool,
    pub high_inclusive: bool,
    pub unit: String,
    pub qualifier: Option<String>,
}

#[derive(Serialize)]
pub struct ExportQuote {
    /// Where the quoted words are (without the marks).
    #[serde(flatten)]
    pub at: Located,
    pub text: String,
    /// The speaker's entity `id`, when the text names a person.
    pub speaker: Option<String>,
    /// The words that name or describe the speaker ("a senior U.S. official").
    pub speaker_text: Option<String>,
    pub verb: Option<String>,
    pub partial: bool,
}

#[derive(Serialize)]
pub struct ExportEntity {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub aliases: Vec<String>,
}

#[derive(Serialize)]
pub struct ExportMention {
    /// The entity's `id`.
    pub entity: String,
    #[serde(flatten)]
    pub at: Located,
    pub text: String,
    /// The title or role the article gives at this mention.
    pub role: Option<String>,
}

#[derive(Serialize)]
pub struct ExportDocument {
    pub id: String,
    pub file: String,
    pub outlet: Option<String>,
    pub headline: Option<String>,
    pub dek: Option<String>,
    pub authors: Vec<String>,
    /// ISO 8601, or null when the text states no date or no year.
    pub published: Option<String>,
    /// The words the date was read from ("Updated Nov. 30, 2025 6:19 pm ET").
    pub published_text: Option<String>,
    /// The timestamp is a revision time ("Updated …").
    pub updated: bool,
    pub dateline: Option<String>,
    pub section: Option<String>,
    pub url: Option<String>,
    /// Where each stated field came from: "text", "editor" or "derived".
    pub provenance: BTreeMap<&'static str, &'static str>,
    /// The headline, or a title derived from the first sentence (`title_derived`).
    pub title: String,
    pub title_derived: bool,
    pub appended_to: Option<String>,
    pub truncated: bool,
    /// Byte range of the source file this document was made from.
    pub source: ExportSpan,
    /// The cleaned text; passage and sentence offsets point into it.
    pub text: String,
    pub passages: Vec<ExportPassage>,
    pub removed: Vec<ExportRemoved>,
}

#[derive(Serialize)]
pub struct ExportSpan {
    pub start: u32,
    pub end: u32,
}

#[derive(Serialize)]
pub struct ExportPassage {
    pub id: u32,
    pub kind: &'static str,
    pub label: Option<String>,
    pub text: String,
    pub start: u32,
    pub end: u32,
    pub sentences: Vec<ExportSentence>,
}

#[derive(Serialize)]
pub struct ExportSentence {
    pub id: u32,
    pub text: String,
    pub start: u32,
    pub end: u32,
}

#[derive(Serialize)]
pub struct ExportRemoved {
    pub reason: &'static str,
    pub reason_label: &'static str,
    pub text: String,
    /// Byte offsets into the source file.
    pub start: u32,
    pub end: u32,
    /// The passage id this span stood before (equal to the passage count when after the last).
    pub before_passage: u32,
}

impl Export {
    pub fn new(corpus: &Corpus) -> Self {
        let analysis = corpus.analyse();
        let docs = &corpus.documents;
        let index = &analysis.entities;
        let entities = index
            .entities
            .iter()
            .map(|e| ExportEntity { id: e.id.clone(), name: e.name.clone(), kind: e.kind.code(), aliases: e.aliases.clone() })
            .collect();
        let mentions = index
            .mentions
            .iter()
            .map(|m| ExportMention {
                entity: index.entities[m.entity as usize].id.clone(),
                at: Located::new(&corpus.documents, m.doc, m.passage, m.span),
                text: m.text.clone(),
                role: m.role.clone(),
            })
            .collect();
        let quotes = analysis
            .quotes
            .iter()
            .cloned()
            .map(|q| ExportQuote {
                at: Located::new(&corpus.documents, q.doc, q.passage, q.span),
                speaker: q.speaker.map(|e| index.entities[e as usize].id.clone()),
                text: q.text,
                speaker_text: q.speaker_text,
                verb: q.verb,
                partial: q.partial,
            })
            .collect();
        let figures = analysis
            .figures
            .iter()
            .cloned()
            .map(|f| ExportFigure {
                at: Located::new(&corpus.documents, f.doc, f.passage, f.span),
                text: f.text,
                value: f.value,
                low: f.low,
                high: f.high,
                low_inclusive: f.low_inclusive,
                high_inclusive: f.high_inclusive,
                unit: f.unit,
                qualifier: f.qualifier,
            })
            .collect();
        let dates = analysis
            .dates
            .iter()
            .cloned()
            .map(|d| ExportDate {
                at: Located::new(&corpus.documents, d.doc, d.passage, d.span),
                text: d.text,
                kind: d.kind,
                resolved: d.resolved,
            })
            .collect();
        let links = analysis
            .alignment
            .links
            .iter()
            .map(|l| ExportLink {
                a: ExportSentenceRef::new(docs, l.a),
                b: ExportSentenceRef::new(docs, l.b),
                score: l.score,
                relation: l.relation.code(),
                reason: l.reason.clone(),
                origin: l.origin.code(),
            })
            .collect();
        let facts = analysis
            .alignment
            .facts
            .iter()
            .map(|f| ExportFact {
                sentences: f.sentences.iter().map(|s| ExportSentenceRef::new(docs, *s)).collect(),
                links: f.links.clone(),
            })
            .collect();
        let mut moments: BTreeMap<u32, Vec<String>> = BTreeMap::new();
        for (d, doc) in docs.iter().enumerate() {
            moments.entry(analysis.alignment.moment(d as u32)).or_default().push(doc.id.0.clone());
        }
        let later = analysis
            .alignment
            .later
            .iter()
            .map(|l| ExportLater { plan: ExportSentenceRef::new(docs, l.plan), done: ExportSentenceRef::new(docs, l.done) })
            .collect();
        Export {
            entities,
            links,
            facts,
            moments: moments.into_values().collect(),
            later,
            mentions,
            quotes,
            figures,
            dates,
            schema: EXPORT_SCHEMA,
            version: EXPORT_VERSION,
            documents: corpus.documents.iter().map(document).collect(),
            errors: corpus.errors.iter().chain(&analysis.errors).map(|e| e.to_string()).collect(),
            skipped: corpus.skipped.clone(),
        }
    }
}

fn value<T: Clone>(f: &Option<Field<T>>) -> Option<T> {
    f.as_ref().map(|f| f.value.clone())
}

fn document(d: &Document) -> ExportDocument {
    let m = &d.meta;
    let mut provenance = BTreeMap::new();
    let mut note = |name: &'static str, p: Option<crate::document::Provenance>| {
        if let Some(p) = p {
            provenance.insert(name, p.code());
        }
    };
    note("outlet", m.outlet.as_ref().map(|f| f.provenance));
    note("headline", m.headline.as_ref().map(|f| f.provenance));
    note("dek", m.dek.as_ref().map(|f| f.provenance));
    note("authors", m.authors.as_ref().map(|f| f.provenance));
    note("published", m.published.as_ref().map(|f| f.provenance));
    note("dateline", m.dateline.as_ref().map(|f| f.provenance));
    note("section", m.section.as_ref().map(|f| f.provenance));
    note("url", m.url.as_ref().map(|f| f.provenance));
    let (title, title_derived) = d.display_title();
    ExportDocument {
        id: d.id.0.clone(),
        file: d.file.clone(),
        outlet: value(&m.outlet),
        headline: value(&m.headline),
        dek: value(&m.dek),
        authors: value(&m.authors).unwrap_or_default(),
        published: m.published.as_ref().and_then(|f| f.value.iso()),
        published_text: m.published.as_ref().and_then(|f| f.evidence.clone()),
        updated: m.published.as_ref().is_some_and(|f| f.value.updated),
        dateline: value(&m.dateline),
        section: value(&m.section),
        url: value(&m.url),
        provenance,
        title,
        title_derived,
        appended_to: d.appended_to.as_ref().map(|id| id.0.clone()),
        truncated: d.truncated,
        source: ExportSpan { start: d.source.start, end: d.source.end },
        text: d.text.clone(),
        passages: d
            .passages
            .iter()
            .enumerate()
            .map(|(i, p)| ExportPassage {
                id: i as u32,
                kind: p.kind.code(),
                label: p.label.clone(),
                text: d.passage_text(p).to_string(),
                start: p.span.start,
                end: p.span.end,
                sentences: d
                    .sentences_of(p)
                    .iter()
                    .enumerate()
                    .map(|(k, s)| ExportSentence {
                        id: p.first_sentence + k as u32,
                        text: d.sentence_text(s).to_string(),
                        start: s.span.start,
                        end: s.span.end,
                    })
                    .collect(),
            })
            .collect(),
        removed: d
            .removed
            .iter()
            .map(|r| ExportRemoved {
                reason: r.reason.code(),
                reason_label: r.reason.label(),
                text: r.text.clone(),
                start: r.source.start,
                end: r.source.end,
                before_passage: r.before,
            })
            .collect(),
    }
}
