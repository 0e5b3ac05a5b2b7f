//! The Parallax page: a thin Yew shell over `parallax-core`. It renders the embedded
//! corpus and turns clicks into URL changes; it never parses article text itself (the
//! articles a reader adds are read by a web worker, `added`).

pub mod added;
mod add_form;
mod app;
mod compare;
mod corpus_page;
pub mod embedded;
mod entity_page;
mod explore;
mod format;
mod reader;
mod timing;

pub use app::App;
pub use corpus_page::{CorpusPage, CorpusPageProps};
pub use entity_page::{EntityPage, EntityPageProps};
pub use reader::{Reader, ReaderProps};
