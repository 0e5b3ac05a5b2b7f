//! The compact binary form of a parsed corpus that the page embeds (postcard), so the
//! page parses no article text and no JSON at start-up.

use serde::{Deserialize, Serialize};

use crate::align::Alignment;
use crate::corpus::Corpus;
use crate::document::Document;
use crate::entities::EntityIndex;

/// Bumped whenever `Document` changes shape; the page refuses other versions.
/// Version 4: `alignment` (links between sentences of different articles, and facts).
/// Version 6: `annotations` (the editor's file, applied again to articles a reader adds).
pub const BUNDLE_VERSION: u32 = 6;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub version: u32,
    pub documents: Vec<Document>,
    /// What went wrong while reading the corpus, shown on the page.
    pub notices: Vec<String>,
    /// People, organisations and places with their mentions.
    pub entities: EntityIndex,
    /// Quotes with their speakers.
    pub quotes: Vec<crate::quotes::Quote>,
    /// Sentences of different articles that report the same fact, and the facts they
    /// make, with the editor's corrections applied.
    pub alignment: Alignment,
    /// The text of the corpus's `annotations.toml` (empty without one), so that the
    /// editor's corrections still apply when a reader adds articles in the browser.
    pub annotations: String,
}

/// What became of one file a reader added in the browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileReport {
    /// The file's name as the reader gave it.
    pub file: String,
    /// The articles read from it (ids; more than one when excerpts are appended).
    pub documents: Vec<String>,
    /// What was wrong or changed, in words for the reader (`None`: read as it is).
    pub message: Option<String>,
}

/// The corpus with a reader's own articles added, and a report on each file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Added {
    pub bundle: Bundle,
    pub files: Vec<FileReport>,
}

impl Added {
    pub fn encode(&self) -> Vec<u8> {
        // Serialising plain owned data into a Vec cannot fail.
        postcard::to_allocvec(self).unwrap_or_default()
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, BundleError> {
        let added: Added = postcard::from_bytes(bytes).map_err(|e| BundleError::Decode(e.to_string()))?;
        if added.bundle.version != BUNDLE_VERSION {
            return Err(BundleError::Version { found: added.bundle.version });
        }
        Ok(added)
    }
}

/// The name a file is read under: its own, or with "-2", "-3" … before the extension
/// when an article of the corpus already has its id (the id is the name without its
/// extension, and every link and address names articles by id). A name with no stem
/// (".txt", "") becomes "article".
fn free_name(file: &str, taken: &std::collections::HashSet<String>) -> String {
    let (stem, ext) = match file.rsplit_once('.') {
        Some((s, e)) => (s.trim(), format!(".{e}")),
        None => (file.trim(), String::new()),
    };
    let stem = if stem.is_empty() { "article" } else { stem };
    let free = |s: &str| !taken.contains(s) && !taken.iter().any(|t| t.split_once('~').is_some_and(|(host, _)| host == s));
    if free(stem) {
        return format!("{stem}{ext}");
    }
    let k = (2..).find(|k| free(&format!("{stem}-{k}"))).unwrap_or(2);
    format!("{stem}-{k}{ext}")
}
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error("the embedded corpus is damaged: {0}")]
    Decode(String),
    #[error("the embedded corpus has version {found}, this page reads version {BUNDLE_VERSION}")]
    Version { found: u32 },
}

impl Bundle {
    pub fn from_corpus(corpus: &Corpus) -> Self {
        let mut notices: Vec<String> = corpus.errors.iter().map(|e| e.to_string()).collect();
        notices.extend(corpus.skipped.iter().map(|f| format!("{f}: skipped, only .txt files are read")));
        let analysis = corpus.analyse();
        notices.extend(analysis.errors.iter().map(|e| e.to_string()));
        Bundle {
            version: BUNDLE_VERSION,
            documents: corpus.documents.clone(),
            notices,
            entities: analysis.entities,
            quotes: analysis.quotes,
            alignment: analysis.alignment,
            annotations: corpus.annotations_text.clone(),
        }
    }

    /// This corpus with a reader's own article files (`(name, bytes)`) added: each file is
    /// checked and read as the build reads a corpus file, and the whole corpus is analysed
    /// again (entities, quotes, alignment) with the editor's annotations. A file that
    /// cannot be read is reported and the others are still added; a file whose name an
    /// article already has is read under a free name ("a.txt" as "a-2.txt").
    pub fn with_added(&self, files: &[(String, Vec<u8>)]) -> Added {
        let mut documents = self.documents.clone();
        let mut taken: std::collections::HashSet<String> = documents.iter().map(|d| d.id.0.clone()).collect();
        let mut reports = Vec::new();
        for (file, bytes) in files {
            let report = |documents: Vec<String>, message: Option<String>| FileReport { file: file.clone(), documents, message };
            if !file.to_ascii_lowercase().ends_with(".txt") {
                reports.push(report(Vec::new(), Some("not added: only .txt files of article text are read".into())));
                continue;
            }
            let name = free_name(file, &taken);
            match crate::corpus::ingest_bytes(&name, bytes) {
                Ok(parse) => {
                    // The very article again (the same file picked twice) would only
                    // double every link it has.
                    let twin = parse.documents.first().and_then(|new| documents.iter().find(|d| d.text == new.text && d.appended_to.is_none()));
                    if let Some(twin) = twin {
                        reports.push(report(Vec::new(), Some(format!("not added: the same text as “{}”, already in the corpus", twin.id.0))));
                        continue;
                    }
                    let ids: Vec<String> = parse.documents.iter().map(|d| d.id.0.clone()).collect();
                    taken.extend(ids.iter().cloned());
                    let renamed = (name != *file).then(|| {
                        format!("added as “{name}”: an article called “{}” is already in the corpus", file.rsplit_once('.').map_or(file.as_str(), |(s, _)| s))
                    });
                    documents.extend(parse.documents);
                    reports.push(report(ids, renamed));
                }
                // The report names the file; the error's own "name: " prefix would repeat it.
                Err(e) => {
                    let reason = e.to_string();
                    let reason = reason.strip_prefix(&format!("{name}: ")).unwrap_or(&reason);
                    reports.push(report(Vec::new(), Some(format!("not added: {reason}"))));
                }
            }
        }
        let (annotations, _) = crate::annotations::parse(&self.annotations);
        let corpus = Corpus { documents, annotations, annotations_text: self.annotations.clone(), ..Corpus::default() };
        // The notices of the corpus as built stay; the annotations' own are among them.
        let bundle = Bundle { notices: self.notices.clone(), ..Bundle::from_corpus(&corpus) };
        Added { bundle, files: reports }
    }

    pub fn encode(&self) -> Vec<u8> {
        // Serialising plain owned data into a Vec cannot fail.
        postcard::to_allocvec(self).unwrap_or_default()
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, BundleError> {
        let b: Bundle = postcard::from_bytes(bytes).map_err(|e| BundleError::Decode(e.to_string()))?;
        if b.version != BUNDLE_VERSION {
            return Err(BundleError::Version { found: b.version });
        }
        Ok(b)
    }
}
