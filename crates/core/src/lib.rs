//! Parallax core: everything about news text, with no web dependencies.
//!
//! raw file → [`clean`] (chrome removed, metadata, passages, appended excerpts) →
//! [`segment`] (sentences) → [`corpus`] (a folder, the editor's `corpus.toml`) →
//! [`entities`], [`quotes`], [`figures`], [`dates`] (what the text names) → [`align`]
//! (sentences of different articles that report the same fact) →
//! [`bundle`] (what the page embeds) and [`export`] (the JSON other tools read).

pub mod align;
pub mod annotations;
pub mod bundle;
pub mod clean;
pub mod compare;
pub mod corpus;
pub mod date;
pub mod dates;
pub mod document;
pub mod entities;
pub mod export;
pub mod figures;
pub mod quotes;
pub mod search;
pub mod segment;
pub mod view;

pub use bundle::Bundle;
pub use corpus::{ingest_bytes, load_dir, Corpus, IngestError};
pub use document::{DocId, Document, Passage, PassageKind, Provenance, Reason, Span};
