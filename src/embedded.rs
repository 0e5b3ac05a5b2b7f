//! The corpus parsed at build time (see `build.rs`), decoded once on first use.

use std::sync::OnceLock;

use parallax_core::{Bundle, Document};

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The embedded corpus, or the reason it could not be read (shown on the page).
pub fn corpus() -> &'static Result<Bundle, String> {
    static CORPUS: OnceLock<Result<Bundle, String>> = OnceLock::new();
    CORPUS.get_or_init(|| Bundle::decode(BYTES).map_err(|e| e.to_string()))
}

/// The documents of the embedded corpus (none if it could not be read).
pub fn documents() -> &'static [Document] {
    match corpus() {
        Ok(b) => &b.documents,
        Err(_) => &[],
    }
}

/// The entities of the embedded corpus.
pub fn entities() -> &'static parallax_core::entities::EntityIndex {
    static EMPTY: OnceLock<parallax_core::entities::EntityIndex> = OnceLock::new();
    match corpus() {
        Ok(b) => &b.entities,
        Err(_) => EMPTY.get_or_init(Default::default),
    }
}

/// The quotes of the embedded corpus.
pub fn quotes() -> &'static [parallax_core::quotes::Quote] {
    match corpus() {
        Ok(b) => &b.quotes,
        Err(_) => &[],
    }
}

/// The size of the embedded bundle in bytes.
pub fn bundle_size() -> usize {
    BYTES.len()
}

/// The corpus arranged for filtering and search, built on first use.
pub fn index() -> &'static parallax_core::search::Index<'static> {
    static INDEX: OnceLock<parallax_core::search::Index<'static>> = OnceLock::new();
    INDEX.get_or_init(|| parallax_core::search::Index::build(documents(), entities()))
}

/// Sentences linked across articles, grouped into facts.
pub fn alignment() -> &'static parallax_core::align::Alignment {
    static EMPTY: OnceLock<parallax_core::align::Alignment> = OnceLock::new();
    match corpus() {
        Ok(b) => &b.alignment,
        Err(_) => EMPTY.get_or_init(Default::default),
    }
}
