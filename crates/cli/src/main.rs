//! `parallax`: the command line over the core.
//!
//! `parallax export DIR` prints the parsed corpus of DIR as JSON (schema in
//! `docs/export-schema.md`). Files that cannot be read are reported on stderr; the
//! others are still exported; the exit status is 1 when any file failed.
//!
//! `parallax synth OUT_DIR` writes a synthetic corpus for benchmarks (`synth.rs`).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use parallax_core::export::Export;

mod synth;

const USAGE: &str = "usage: parallax export DIR | parallax eval-entities GOLD DIR | parallax eval-links GOLD DIR | parallax synth [--articles N] [--seed S] OUT_DIR\n\n  export DIR               print the parsed corpus of DIR (its .txt files and corpus.toml) as JSON\n  eval-entities GOLD DIR   score entity recognition on DIR against the annotation GOLD (eval/entities.tsv)\n  eval-links GOLD DIR      score the links between sentences on DIR against the annotation GOLD (eval/links.tsv)\n  synth [--articles N] [--seed S] OUT_DIR\n                           write a synthetic corpus of N articles (default 2000, seed 7) into a new or empty folder";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["export", dir] => export(Path::new(dir)),
        ["eval-entities", gold, dir] => eval_entities(Path::new(gold), Path::new(dir)),
        ["eval-links", gold, dir] => eval_links(Path::new(gold), Path::new(dir)),
        ["synth", rest @ ..] => synth::run(rest),
        ["-h"] | ["--help"] | ["help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn export(dir: &Path) -> ExitCode {
    let corpus = match parallax_core::load_dir(dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("parallax: {e}");
            return ExitCode::from(1);
        }
    };
    for e in &corpus.errors {
        eprintln!("parallax: {e}");
    }
    for f in &corpus.skipped {
        eprintln!("parallax: {f}: skipped, only .txt files are read");
    }
    let out = Export::new(&corpus);
    let mut stdout = std::io::stdout().lock();
    let written = serde_json::to_writer_pretty(&mut stdout, &out).map_err(std::io::Error::from).and_then(|()| writeln!(stdout));
    if let Err(e) = written {
        // A closed pipe (`parallax export dir | head`) is not worth a panic.
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("parallax: cannot write the export: {e}");
        }
        return ExitCode::from(1);
    }
    if corpus.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn eval_entities(gold: &Path, dir: &Path) -> ExitCode {
    let gold_text = match std::fs::read_to_string(gold) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("parallax: {}: cannot read the annotation ({e})", gold.display());
            return ExitCode::from(1);
        }
    };
    let corpus = match parallax_core::load_dir(dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("parallax: {e}");
            return ExitCode::from(1);
        }
    };
    let (entries, bad) = parallax_core::entities::eval::parse_gold(&gold_text);
    for b in &bad {
        eprintln!("parallax: {}: {b}", gold.display());
    }
    let index = parallax_core::entities::extract(&corpus.documents);
    let report = parallax_core::entities::eval::evaluate(&corpus.documents, &index, &entries);
    print!("{}", report.text);
    ExitCode::SUCCESS
}

fn eval_links(gold: &Path, dir: &Path) -> ExitCode {
    let (gold_text, corpus) = match (std::fs::read_to_string(gold), parallax_core::load_dir(dir)) {
        (Ok(t), Ok(c)) => (t, c),
        (Err(e), _) => {
            eprintln!("parallax: {}: cannot read the annotation ({e})", gold.display());
            return ExitCode::from(1);
        }
        (_, Err(e)) => {
            eprintln!("parallax: {e}");
            return ExitCode::from(1);
        }
    };
    let (report, bad) = parallax_core::align::eval::run(&gold_text, &corpus, &Default::default());
    for b in &bad {
        eprintln!("parallax: {}: {b}", gold.display());
    }
    print!("{}", report.text);
    ExitCode::SUCCESS
}
