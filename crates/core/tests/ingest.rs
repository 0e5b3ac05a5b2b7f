//! Bad input gets a message naming the file and the reason; the rest is still read.

use std::fs;

use parallax_core::corpus::{apply_config, IngestError, MAX_FILE_BYTES};
use parallax_core::document::Provenance;
use parallax_core::{ingest_bytes, load_dir};

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("parallax-ingest-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn each_kind_of_bad_file_is_reported_and_the_rest_is_kept() {
    let dir = temp_dir("bad");
    fs::write(dir.join("good.txt"), "Talks went on for five hours\n\nThe talks in Miami lasted five hours, officials said.").unwrap();
    fs::write(dir.join("latin1.txt"), b"Caf\xe9 talks ended.").unwrap();
    fs::write(dir.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    fs::write(dir.join("empty.txt"), "  \n\n ").unwrap();
    fs::write(dir.join("notes.pdf"), "not an article").unwrap();
    let c = load_dir(&dir).unwrap();
    assert_eq!(c.documents.len(), 1);
    assert_eq!(c.documents[0].file, "good.txt");
    let messages: Vec<String> = c.errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        messages,
        vec![
            "empty.txt: the file is empty",
            "image.txt: a binary file (NUL byte at 8), not article text",
            "latin1.txt: not valid UTF-8 at byte 3; save it as UTF-8 text",
        ]
    );
    assert_eq!(c.skipped, vec!["notes.pdf"]);
}

#[test]
fn oversized_input_is_refused() {
    let big = vec![b'a'; MAX_FILE_BYTES + 1];
    assert!(matches!(ingest_bytes("big.txt", &big), Err(IngestError::TooLarge { .. })));
}

#[test]
fn missing_directory() {
    let e = load_dir(std::path::Path::new("/no/such/parallax/dir")).unwrap_err();
    assert_eq!(e.to_string(), "/no/such/parallax/dir: no such directory");
}

#[test]
fn editor_values_win_and_bad_entries_are_reported() {
    let dir = temp_dir("config");
    fs::write(dir.join("a.txt"), "Talks went on for five hours\n\nThe talks in Miami lasted five hours, officials said.").unwrap();
    let mut docs = load_dir(&dir).unwrap().documents;
    let errors = apply_config(
        &mut docs,
        r#"
[[article]]
file = "a.txt"
outlet = "Kyiv Post"
url = "https://example.org/a"
published = "2025-12-06"

[[article]]
file = "missing.txt"
outlet = "X"

[[article]]
file = "a.txt"
published = "last Tuesday"
"#,
    );
    let m = &docs[0].meta;
    assert_eq!(m.outlet.as_ref().map(|f| (f.value.as_str(), f.provenance)), Some(("Kyiv Post", Provenance::Editor)));
    assert_eq!(m.published.as_ref().and_then(|f| f.value.iso()).as_deref(), Some("2025-12-06"));
    assert_eq!(m.url.as_ref().unwrap().value, "https://example.org/a");
    let messages: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        messages,
        vec![
            "corpus.toml: article 2: no article `missing.txt` in the corpus",
            "corpus.toml: article 3 (a.txt): `published = \"last Tuesday\"` is not a date (use 2025-11-30)",
        ]
    );
    let errors = apply_config(&mut docs, "[[article]]\nfile = \"a.txt\"\ncolour = \"red\"\n");
    assert!(errors[0].to_string().contains("unknown field `colour`"), "{}", errors[0]);
    let errors = apply_config(&mut docs, "# comment\n[[article]\n");
    assert!(errors[0].to_string().starts_with("corpus.toml: line 2: "), "{}", errors[0]);
    let errors = apply_config(&mut docs, "[[article]]\nfile = \"a.txt\"\nurl = \"javascript:alert(1)\"\n");
    assert!(errors[0].to_string().contains("must start with https://"));
}
