//! The corpus the page shows: the one parsed at build time (see `build.rs`), decoded
//! once on first use, or that corpus with the reader's own articles added (`replace`,
//! from `added`).

use std::cell::Cell;
use std::sync::OnceLock;

use parallax_core::{Bundle, Document};

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The corpus as built, or the reason it could not be read (shown on the page).
pub fn built() -> &'static Result<Bundle, String> {
    static CORPUS: OnceLock<Result<Bundle, String>> = OnceLock::new();
    CORPUS.get_or_init(|| Bundle::decode(BYTES).map_err(|e| e.to_string()))
}

thread_local! {
    /// The corpus with the reader's articles added, when they added any. Each one is
    /// leaked: screens hold `'static` borrows of it, a reader adds articles a handful of
    /// times in a visit, and each corpus is what the page shows until the next.
    static ACTIVE: Cell<Option<&'static Result<Bundle, String>>> = const { Cell::new(None) };
    /// The active corpus arranged for filtering and search, built on first use.
    static INDEX: Cell<Option<&'static parallax_core::search::Index<'static>>> = const { Cell::new(None) };
}

/// The corpus the page shows.
pub fn corpus() -> &'static Result<Bundle, String> {
    ACTIVE.with(Cell::get).unwrap_or_else(built)
}

/// Shows `bundle` from now on (`None`: the corpus as built again). Screens that were
/// showing the old corpus must be mounted again (the app keys them by a generation).
pub fn replace(bundle: Option<Bundle>) {
    let active = bundle.map(|b| &*Box::leak(Box::new(Ok(b))));
    ACTIVE.with(|a| a.set(active));
    INDEX.with(|i| i.set(None));
}

/// The documents of the corpus (none if it could not be read).
pub fn documents() -> &'static [Document] {
    match corpus() {
        Ok(b) => &b.documents,
        Err(_) => &[],
    }
}

/// The entities of the corpus.
pub fn entities() -> &'static parallax_core::entities::EntityIndex {
    static EMPTY: OnceLock<parallax_core::entities::EntityIndex> = OnceLock::new();
    match corpus() {
        Ok(b) => &b.entities,
        Err(_) => EMPTY.get_or_init(Default::default),
    }
}

/// The quotes of the corpus.
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
    if let Some(index) = INDEX.with(Cell::get) {
        return index;
    }
    let index: &'static _ = Box::leak(Box::new(parallax_core::search::Index::build(documents(), entities())));
    INDEX.with(|i| i.set(Some(index)));
    index
}

/// Sentences linked across articles, grouped into facts.
pub fn alignment() -> &'static parallax_core::align::Alignment {
    static EMPTY: OnceLock<parallax_core::align::Alignment> = OnceLock::new();
    match corpus() {
        Ok(b) => &b.alignment,
        Err(_) => EMPTY.get_or_init(Default::default),
    }
}
