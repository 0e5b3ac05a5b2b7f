//! `parallax`: the command line over the core.
//!
//! `parallax export DIR` prints the parsed corpus of DIR as JSON (schema in
//! `docs/export-schema.md`). Files that cannot be read are reported on stderr; the
//! others are still exported; the exit status is 1 when any file failed.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use parallax_core::export::Export;

const USAGE: &str = "usage: parallax export DIR\n\n  export DIR   print the parsed corpus of DIR (its .txt files and corpus.toml) as JSON";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["export", dir] => export(Path::new(dir)),
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
