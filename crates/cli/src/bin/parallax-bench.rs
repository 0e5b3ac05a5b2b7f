//! Native ingest throughput: parses a corpus folder many times and prints the median
//! time per pass, MB/s and documents/s, plus the bundle size and decode time.
//!
//! `cargo run --release -p parallax-cli --bin parallax-bench -- [DIR] [PASSES]`

use std::path::PathBuf;
use std::time::Instant;

use parallax_core::{clean, Bundle};

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "corpus".into()));
    let passes: usize = args.next().and_then(|p| p.parse().ok()).unwrap_or(200);
    let mut files = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("parallax-bench: {}: no such directory", dir.display());
        std::process::exit(1);
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.ends_with(".txt") {
            if let Ok(text) = std::fs::read_to_string(e.path()) {
                files.push((name, text));
            }
        }
    }
    files.sort();
    let bytes: usize = files.iter().map(|(_, t)| t.len()).sum();
    let mut times = Vec::with_capacity(passes);
    let mut docs = 0;
    for _ in 0..passes {
        let start = Instant::now();
        docs = 0;
        for (name, text) in &files {
            docs += std::hint::black_box(clean::parse_file(name, text)).documents.len();
        }
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    let corpus = parallax_core::load_dir(&dir).unwrap_or_default();
    let bundle = Bundle::from_corpus(&corpus).encode();
    let start = Instant::now();
    let decodes = 200;
    for _ in 0..decodes {
        std::hint::black_box(Bundle::decode(&bundle).ok());
    }
    let decode = start.elapsed().as_secs_f64() / decodes as f64;
    println!("| measure | value |");
    println!("| --- | --- |");
    println!("| corpus | {} files, {} documents, {} bytes |", files.len(), docs, bytes);
    println!("| ingest, median of {passes} passes | {:.3} ms |", median * 1e3);
    println!("| ingest throughput | {:.1} MB/s, {:.0} documents/s |", bytes as f64 / median / 1e6, docs as f64 / median);
    println!("| bundle size (postcard) | {} bytes |", bundle.len());
    println!("| bundle decode | {:.3} ms |", decode * 1e3);
}
