//! The compact binary form of a parsed corpus that the page embeds (postcard), so the
//! page parses no article text and no JSON at start-up.

use serde::{Deserialize, Serialize};

use crate::align::Alignment;
use crate::corpus::Corpus;
use crate::document::Document;
use crate::entities::EntityIndex;

/// Bumped whenever `Document` changes shape; the page refuses other versions.
/// Version 4: `alignment` (links between sentences of different articles, and facts).
pub const BUNDLE_VERSION: u32 = 5;

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
        }
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
