//! The `parallax` command as a user runs it.

use std::process::Command;

fn parallax(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_parallax")).args(args).output().expect("the binary runs")
}

#[test]
fn export_of_the_default_corpus_is_versioned_json() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    let out = parallax(&["export", dir]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(json["schema"], "parallax.corpus");
    assert_eq!(json["version"], 2);
    let docs = json["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 8);
    let wsj = docs.iter().find(|d| d["id"] == "004_22fc1bf83a374540").unwrap();
    assert_eq!(wsj["published"], "2025-11-30T18:19:00-05:00");
    assert_eq!(wsj["authors"], serde_json::json!(["Deborah Acosta", "Robbie Gramer"]));
    let first = &wsj["passages"][0];
    assert_eq!(first["kind"], "caption");
    let sentence = &first["sentences"][0];
    let text = wsj["text"].as_str().unwrap();
    let (s, e) = (sentence["start"].as_u64().unwrap() as usize, sentence["end"].as_u64().unwrap() as usize);
    assert_eq!(&text[s..e], sentence["text"].as_str().unwrap());
    assert!(wsj["removed"].as_array().unwrap().iter().any(|r| r["reason"] == "share-bar" && r["text"] == "Pinterest"));
    let excerpt = docs.iter().find(|d| d["id"] == "004_22fc1bf83a374540~3").unwrap();
    assert_eq!(excerpt["appended_to"], "004_22fc1bf83a374540");
    assert_eq!(excerpt["published"], serde_json::Value::Null);
    assert_eq!(excerpt["published_text"], "Updated 9:19 PM EDT, March 18");
    // Entities and their mentions point into the documents' text.
    let zelensky = json["entities"].as_array().unwrap().iter().find(|e| e["name"] == "Volodymyr Zelensky").expect("Zelensky");
    assert_eq!(zelensky["kind"], "person");
    let aliases: Vec<&str> = zelensky["aliases"].as_array().unwrap().iter().filter_map(|a| a.as_str()).collect();
    assert!(aliases.contains(&"Zelenskyy") && aliases.contains(&"Zelensky"), "{aliases:?}");
    for m in json["mentions"].as_array().unwrap() {
        let doc = docs.iter().find(|d| d["id"] == m["doc"]).unwrap();
        let text = doc["text"].as_str().unwrap();
        let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[s..e], m["text"].as_str().unwrap());
    }
    // Links join sentences of two documents by id; facts point at links.
    let links = json["links"].as_array().unwrap();
    assert!(!links.is_empty());
    for l in links {
        assert_ne!(l["a"]["doc"], l["b"]["doc"]);
        for side in ["a", "b"] {
            let doc = docs.iter().find(|d| d["id"] == l[side]["doc"]).expect("a document id");
            let passage = &doc["passages"][l[side]["passage"].as_u64().unwrap() as usize];
            assert!(passage["sentences"].as_array().unwrap().iter().any(|s| s["id"] == l[side]["sentence"]));
        }
        assert!(["same", "figure-differs", "quote-variant"].contains(&l["relation"].as_str().unwrap()));
        assert!(["machine", "editor-confirmed", "editor-added"].contains(&l["origin"].as_str().unwrap()));
    }
    for f in json["facts"].as_array().unwrap() {
        assert!(f["sentences"].as_array().unwrap().len() >= 2);
        assert!(f["links"].as_array().unwrap().iter().all(|i| (i.as_u64().unwrap() as usize) < links.len()));
    }
    // Every article is in one moment of the story; the Sunday reports share one, and the
    // later article (002, after the Moscow meeting) is told apart by a plan and its outcome.
    let moments: Vec<Vec<&str>> =
        json["moments"].as_array().unwrap().iter().map(|m| m.as_array().unwrap().iter().filter_map(|d| d.as_str()).collect()).collect();
    assert_eq!(moments.iter().map(Vec::len).sum::<usize>(), docs.len());
    let of = |id: &str| moments.iter().position(|m| m.iter().any(|d| d.starts_with(id)));
    assert_eq!(of("000_"), of("001_"));
    assert_ne!(of("000_"), of("002_"));
    let later = json["later"].as_array().unwrap();
    assert!(later
        .iter()
        .any(|l| l["plan"]["doc"].as_str().unwrap().starts_with("000_") && l["done"]["doc"].as_str().unwrap().starts_with("002_")));
}

#[test]
fn eval_links_prints_recall_and_precision() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let out = parallax(&["eval-links", &format!("{root}/eval/links.tsv"), &format!("{root}/corpus")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("| annotated pairs | found | recall | links proposed | correct | precision |"), "{text}");
    assert!(!text.contains("out of date"), "{text}");
}

#[test]
fn bad_files_are_named_the_rest_exported_and_the_status_is_non_zero() {
    let dir = std::env::temp_dir().join(format!("parallax-cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("ok.txt"), "A headline that is plain\n\nThe talks lasted five hours, officials said.").unwrap();
    std::fs::write(dir.join("bad.txt"), b"\xff\xfe broken").unwrap();
    let out = parallax(&["export", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad.txt: not valid UTF-8 at byte 0"), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"].as_array().unwrap().len(), 1);
    assert_eq!(json["errors"][0], "bad.txt: not valid UTF-8 at byte 0; save it as UTF-8 text");
}

#[test]
fn missing_directory_and_bad_usage() {
    let out = parallax(&["export", "/no/such/dir"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/dir: no such directory"));
    assert_eq!(parallax(&["frobnicate"]).status.code(), Some(2));
}
