//! The Parallax page: a thin Yew shell over `parallax-core`. It renders the embedded
//! corpus and turns clicks into URL changes; it never parses article text itself.

mod app;
mod corpus_page;
pub mod embedded;
mod entity_page;
mod format;
mod reader;

pub use app::App;
pub use corpus_page::CorpusPage;
pub use entity_page::{EntityPage, EntityPageProps};
pub use reader::{Reader, ReaderProps};
