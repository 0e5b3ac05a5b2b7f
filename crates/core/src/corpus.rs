//! Reading a corpus: a folder of `.txt` article files plus an optional `corpus.toml`
//! where an editor states what the text cannot (URL, outlet, publication date) and an
//! optional `annotations.toml` where an editor corrects links and entities
//! (`annotations`); then [`Corpus::analyse`], the one path from documents to what the
//! page and the export show (entities, quotes, figures, dates, alignment).
//!
//! Bad input never stops the rest: each file that cannot be read is reported with its
//! name and the reason, and every other file is still processed.

use std::path::Path;

use serde::Deserialize;

use crate::align::{AlignConfig, Alignment};
use crate::annotations::{Annotations, ANNOTATIONS_FILE};
use crate::clean::{self, FileParse};
use crate::date::parse_timestamp_line;
use crate::dates::DateMention;
use crate::document::{Document, Field};
use crate::entities::EntityIndex;
use crate::figures::Figure;
use crate::quotes::Quote;

/// Files over this size are refused: no news article is 10 MB of text.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// The editor's file in the corpus folder.
pub const CONFIG_FILE: &str = "corpus.toml";

#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum IngestError {
    #[error("{dir}: no such directory")]
    MissingDir { dir: String },
    #[error("{dir}: cannot list the directory ({reason})")]
    ListDir { dir: String, reason: String },
    #[error("{file}: cannot read the file ({reason})")]
    Unreadable { file: String, reason: String },
    #[error("{file}: not valid UTF-8 at byte {byte}; save it as UTF-8 text")]
    NotUtf8 { file: String, byte: usize },
    #[error("{file}: a binary file (NUL byte at {byte}), not article text")]
    Binary { file: String, byte: usize },
    #[error("{file}: the file is empty")]
    Empty { file: String },
    #[error("{file}: {size} bytes is over the {limit} byte limit")]
    TooLarge { file: String, size: usize, limit: usize },
    #[error("{file}: {message}")]
    Config { file: String, message: String },
}

/// Checks the bytes of one article file and parses it.
pub fn ingest_bytes(file: &str, bytes: &[u8]) -> Result<FileParse, IngestError> {
    let file_name = file.to_string();
    if bytes.len() > MAX_FILE_BYTES {
        return Err(IngestError::TooLarge { file: file_name, size: bytes.len(), limit: MAX_FILE_BYTES });
    }
    if let Some(byte) = bytes.iter().position(|&b| b == 0) {
        return Err(IngestError::Binary { file: file_name, byte });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| IngestError::NotUtf8 { file: file_name.clone(), byte: e.valid_up_to() })?;
    // A byte-order mark is not text; it is accounted for as whitespace by the cleaner.
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(IngestError::Empty { file: file_name });
    }
    Ok(clean::parse_file(file, text))
}

/// A parsed corpus, with what went wrong on the way.
#[derive(Debug, Default)]
pub struct Corpus {
    pub documents: Vec<Document>,
    pub errors: Vec<IngestError>,
    /// Files that were not read because they are not articles (not `.txt`).
    pub skipped: Vec<String>,
    /// The editor's corrections from `annotations.toml`, applied by [`Corpus::analyse`].
    pub annotations: Annotations,
    /// The text of `annotations.toml` (empty without one), kept in the bundle so that the
    /// page can apply the same corrections when a reader adds articles.
    pub annotations_text: String,
}

/// Everything the machine reads from a corpus, with the editor's corrections applied.
#[derive(Debug, Default)]
pub struct Analysis {
    pub entities: EntityIndex,
    pub quotes: Vec<Quote>,
    pub figures: Vec<Figure>,
    pub dates: Vec<DateMention>,
    pub alignment: Alignment,
    /// Corrections that could not be applied, each naming its line in `annotations.toml`.
    pub errors: Vec<IngestError>,
}

impl Corpus {
    /// Entities (then the editor's merges and splits), quotes, figures, dates, alignment
    /// (then the editor's link corrections, and facts again).
    pub fn analyse(&self) -> Analysis {
        let mut analysis = self.machine_analysis(&AlignConfig::default());
        let errors = crate::annotations::apply_links(&self.annotations, &self.documents, &mut analysis.alignment);
        analysis.errors.extend(errors);
        analysis
    }

    /// The same with the editor's entity corrections but not their link corrections:
    /// what `eval-links` scores, since a confirmed link says nothing of the machine.
    pub fn machine_analysis(&self, config: &AlignConfig) -> Analysis {
        let docs = &self.documents;
        let mut entities = crate::entities::extract(docs);
        let errors = crate::annotations::apply_entities(&self.annotations, &mut entities);
        let quotes = crate::quotes::extract(docs, &entities);
        let figures = crate::figures::extract(docs);
        let dates = crate::dates::extract(docs);
        let alignment = crate::align::align(docs, &entities, &quotes, &figures, &dates, config);
        Analysis { entities, quotes, figures, dates, alignment, errors }
    }
}

/// Reads every `.txt` file of `dir` (sorted by name) and applies `corpus.toml`.
/// Fails only when the folder itself cannot be read.
pub fn load_dir(dir: &Path) -> Result<Corpus, IngestError> {
    let shown = dir.display().to_string();
    if !dir.is_dir() {
        return Err(IngestError::MissingDir { dir: shown });
    }
    let entries = std::fs::read_dir(dir).map_err(|e| IngestError::ListDir { dir: shown.clone(), reason: e.to_string() })?;
    let mut names: Vec<(String, std::path::PathBuf)> = Vec::new();
    let mut corpus = Corpus::default();
    for entry in entries {
        let entry = entry.map_err(|e| IngestError::ListDir { dir: shown.clone(), reason: e.to_string() })?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == CONFIG_FILE || name == ANNOTATIONS_FILE || path.is_dir() {
            continue;
        }
        if !name.to_ascii_lowercase().ends_with(".txt") {
            corpus.skipped.push(name);
            continue;
        }
        names.push((name, path));
    }
    names.sort();
    for (name, path) in names {
        match std::fs::read(&path) {
            Ok(bytes) => match ingest_bytes(&name, &bytes) {
                Ok(parse) => corpus.documents.extend(parse.documents),
                Err(e) => corpus.errors.push(e),
            },
            Err(e) => corpus.errors.push(IngestError::Unreadable { file: name, reason: e.to_string() }),
        }
    }
    corpus.skipped.sort();
    let config = dir.join(CONFIG_FILE);
    if config.is_file() {
        match std::fs::read_to_string(&config) {
            Ok(text) => corpus.errors.extend(apply_config(&mut corpus.documents, &text)),
            Err(e) => corpus.errors.push(IngestError::Unreadable { file: CONFIG_FILE.into(), reason: e.to_string() }),
        }
    }
    let annotations = dir.join(ANNOTATIONS_FILE);
    if annotations.is_file() {
        match std::fs::read_to_string(&annotations) {
            Ok(text) => {
                let (parsed, errors) = crate::annotations::parse(&text);
                corpus.annotations = parsed;
                corpus.annotations_text = text;
                corpus.errors.extend(errors);
            }
            Err(e) => corpus.errors.push(IngestError::Unreadable { file: ANNOTATIONS_FILE.into(), reason: e.to_string() }),
        }
    }
    Ok(corpus)
}

/// One `[[article]]` of `corpus.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleConfig {
    /// The file name, or a document id (`004_x~1` for an appended excerpt).
    file: Option<String>,
    id: Option<String>,
    url: Option<String>,
    outlet: Option<String>,
    headline: Option<String>,
    authors: Option<Vec<String>>,
    /// ISO 8601 date or date-time, or any date form the cleaner reads.
    published: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Config {
    #[serde(default)]
    article: Vec<ArticleConfig>,
}

/// Applies the editor's values (they win over what the machine read). Returns the
/// problems found; entries with problems are skipped, the others still apply.
pub fn apply_config(documents: &mut [Document], text: &str) -> Vec<IngestError> {
    let err = |message: String| IngestError::Config { file: CONFIG_FILE.into(), message };
    let config: Config = match toml::from_str(text) {
        Ok(c) => c,
        Err(e) => {
            let line = e.span().map(|s| text.get(..s.start).unwrap_or(text).matches('\n').count() + 1);
            return vec![err(format!("line {}: {}", line.unwrap_or(1), e.message()))];
        }
    };
    let mut errors = Vec::new();
    for (n, a) in config.article.into_iter().enumerate() {
        let n = n + 1;
        let key = match (&a.file, &a.id) {
            (Some(f), None) => f.clone(),
            (None, Some(i)) => i.clone(),
            _ => {
                errors.push(err(format!("article {n}: give exactly one of `file` or `id`")));
                continue;
            }
        };
        let Some(doc) =
            documents.iter_mut().find(|d| if a.id.is_some() { d.id.0 == key } else { d.file == key && d.appended_to.is_none() })
        else {
            errors.push(err(format!("article {n}: no article `{key}` in the corpus")));
            continue;
        };
        let published = match &a.published {
            Some(p) => match parse_timestamp_line(p) {
                Some(ts) => Some(ts),
                None => {
                    errors.push(err(format!("article {n} ({key}): `published = \"{p}\"` is not a date (use 2025-11-30)")));
                    continue;
                }
            },
            None => None,
        };
        if let Some(u) = &a.url {
            if !(u.starts_with("https://") || u.starts_with("http://")) {
                errors.push(err(format!("article {n} ({key}): `url` must start with https:// or http://")));
                continue;
            }
        }
        let m = &mut doc.meta;
        if let Some(v) = a.url {
            m.url = Some(Field::editor(v));
        }
        if let Some(v) = a.outlet {
            m.outlet = Some(Field::editor(v));
        }
        if let Some(v) = a.headline {
            m.headline = Some(Field::editor(v));
        }
        if let Some(v) = a.authors {
            m.authors = Some(Field::editor(v));
        }
        if let Some(v) = published {
            m.published = Some(Field::editor(v));
        }
    }
    errors
}
