//! Parses the corpus at build time and writes the compact bundle the page embeds
//! (`OUT_DIR/corpus.bin`). The corpus folder is `corpus/`, or `PARALLAX_CORPUS`.
//! A file that cannot be read never fails the build: it becomes a notice on the page.

use std::path::PathBuf;

use parallax_core::{load_dir, Bundle};

fn main() {
    println!("cargo:rerun-if-env-changed=PARALLAX_CORPUS");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let dir = std::env::var("PARALLAX_CORPUS").map(PathBuf::from).unwrap_or_else(|_| root.join("corpus"));
    println!("cargo:rerun-if-changed={}", dir.display());
    let bundle = match load_dir(&dir) {
        Ok(corpus) => {
            for e in &corpus.errors {
                println!("cargo:warning=corpus: {e}");
            }
            Bundle::from_corpus(&corpus)
        }
        Err(e) => {
            println!("cargo:warning=corpus: {e}");
            Bundle { version: parallax_core::bundle::BUNDLE_VERSION, notices: vec![e.to_string()], ..Bundle::default() }
        }
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("corpus.bin");
    if let Err(e) = std::fs::write(&out, bundle.encode()) {
        panic!("cannot write {}: {e}", out.display());
    }
}
