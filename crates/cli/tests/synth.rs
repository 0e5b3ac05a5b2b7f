//! `parallax synth` as a user runs it: the same seed writes the same bytes, and what it
//! writes reads back through the core as real page copies with their outlet and date.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use parallax_core::entities::EntityKind;
use parallax_core::Provenance;

fn parallax(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_parallax")).args(args).output().expect("the binary runs")
}

/// A fresh folder under the temporary directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("parallax-synth-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        Scratch(dir)
    }
    fn path(&self) -> &str {
        self.0.to_str().expect("a UTF-8 temporary path")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Writes a corpus quietly and returns its files, sorted by name.
fn synth(dir: &Scratch, articles: &str, seed: &str) -> Vec<(String, Vec<u8>)> {
    let out = parallax(&["synth", "--articles", articles, "--seed", seed, dir.path()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty() && out.stderr.is_empty(), "synth printed something");
    files(&dir.0)
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("the folder exists")
        .map(|e| {
            let e = e.expect("an entry");
            (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).expect("readable"))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_same_seed_writes_the_same_bytes() {
    let (a, b, c, d) = (Scratch::new("a"), Scratch::new("b"), Scratch::new("c"), Scratch::new("d"));
    let first = synth(&a, "30", "7");
    assert_eq!(first.len(), 31, "30 articles and corpus.toml");
    assert_eq!(first, synth(&b, "30", "7"));
    let other = synth(&c, "30", "8");
    assert_ne!(first, other);
    // Article i does not depend on how many are written.
    let fewer = synth(&d, "10", "7");
    let txt = |files: &[(String, Vec<u8>)]| files.iter().filter(|(n, _)| n.ends_with(".txt")).cloned().collect::<Vec<_>>();
    assert_eq!(txt(&fewer), txt(&first)[..10]);
}

#[test]
fn articles_read_back_with_their_outlet_date_and_header() {
    let dir = Scratch::new("ingest");
    let written = synth(&dir, "30", "7");
    let bytes: usize = written.iter().filter(|(n, _)| n.ends_with(".txt")).map(|(_, b)| b.len()).sum();
    assert!((1_500 * 30..=5_000 * 30).contains(&bytes), "{bytes} bytes for 30 articles");

    let corpus = parallax_core::load_dir(&dir.0).expect("the folder reads");
    assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
    assert!(corpus.skipped.is_empty(), "{:?}", corpus.skipped);
    assert_eq!(corpus.documents.len(), 30, "one document per file, no appended excerpts");
    for doc in &corpus.documents {
        let m = &doc.meta;
        let outlet = m.outlet.as_ref().expect("an outlet");
        assert_eq!(outlet.provenance, Provenance::Editor);
        let slug = outlet.value.trim_start_matches("The ").to_lowercase().replace(' ', "-");
        assert!(doc.file.ends_with(&format!("_{slug}.txt")), "{} from {}", doc.file, outlet.value);
        let published = m.published.as_ref().expect("a date");
        assert_eq!(published.provenance, Provenance::Editor);
        let date = published.value.iso().expect("a full date");
        assert!(("2025-10-01".."2026-01-01").contains(&date.as_str()), "{date}");

        // Without corpus.toml the cleaner reads the same headline, byline and date from the text.
        let (_, text) = written.iter().find(|(n, _)| *n == doc.file).expect("the file");
        let parse = parallax_core::ingest_bytes(&doc.file, text).expect("the file ingests");
        assert_eq!(parse.documents.len(), 1, "{}", doc.file);
        let read = &parse.documents[0].meta;
        let value = |f: &Option<parallax_core::document::Field<String>>| f.as_ref().map(|f| f.value.clone());
        assert_eq!(value(&read.headline), value(&m.headline), "{}", doc.file);
        assert_eq!(read.authors.as_ref().map(|a| &a.value), m.authors.as_ref().map(|a| &a.value), "{}", doc.file);
        assert_eq!(read.published.as_ref().and_then(|p| p.value.iso()), Some(date), "{}", doc.file);
        assert!(doc.passages.len() >= 8, "{}: {} passages", doc.file, doc.passages.len());
    }
}

#[test]
fn the_extractor_finds_people_organisations_places_and_quotes() {
    let dir = Scratch::new("entities");
    synth(&dir, "30", "7");
    let corpus = parallax_core::load_dir(&dir.0).expect("the folder reads");
    let index = parallax_core::entities::extract(&corpus.documents);
    let names =
        |kind: EntityKind| -> BTreeSet<&str> { index.entities.iter().filter(|e| e.kind == kind).map(|e| e.name.as_str()).collect() };
    let people = names(EntityKind::Person);
    assert!(people.len() >= 20, "{} people: {people:?}", people.len());
    // Every person is named in full somewhere: no "Officials" taken for a speaker.
    let partial: Vec<&&str> = people.iter().filter(|p| !p.contains(' ')).collect();
    assert!(partial.is_empty(), "{partial:?}");
    let orgs = names(EntityKind::Organization);
    assert!(orgs.len() >= 10, "{orgs:?}");
    let places = names(EntityKind::Place);
    assert!(places.len() >= 8, "{places:?}");
    let quotes = parallax_core::quotes::extract(&corpus.documents, &index);
    let attributed = quotes.iter().filter(|q| q.speaker.is_some()).count();
    assert!(attributed >= 30, "{attributed} of {} quotes have a named speaker", quotes.len());
}

#[test]
fn refuses_a_folder_with_files_and_bad_options() {
    let dir = Scratch::new("busy");
    std::fs::create_dir_all(&dir.0).unwrap();
    std::fs::write(dir.0.join("mine.txt"), "an article of mine").unwrap();
    let out = parallax(&["synth", "--articles", "3", dir.path()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not empty"));
    assert_eq!(std::fs::read(dir.0.join("mine.txt")).unwrap(), b"an article of mine");
    assert_eq!(parallax(&["synth"]).status.code(), Some(2));
    assert_eq!(parallax(&["synth", "--articles", "0", dir.path()]).status.code(), Some(2));
}
