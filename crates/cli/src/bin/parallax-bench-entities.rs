//! Native entity-extraction throughput: extracts the entities of a corpus folder many
//! times and prints the median time and MB/s of passage text.
//!
//! `cargo run --release -p parallax-cli --bin parallax-bench-entities -- [DIR] [PASSES]`

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "corpus".into());
    let passes: usize = args.next().and_then(|p| p.parse().ok()).unwrap_or(100).max(1);
    let Ok(corpus) = parallax_core::load_dir(std::path::Path::new(&dir)) else {
        eprintln!("parallax-bench-entities: {dir}: no such directory");
        std::process::exit(1);
    };
    let bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
    // The gazetteer tables load once, as in the page; time them apart.
    let start = Instant::now();
    let _ = parallax_core::entities::extract(&corpus.documents[..1.min(corpus.documents.len())]);
    let load = start.elapsed().as_secs_f64();
    let mut times = Vec::with_capacity(passes);
    let mut mentions = 0;
    for _ in 0..passes {
        let start = Instant::now();
        mentions = std::hint::black_box(parallax_core::entities::extract(&corpus.documents)).mentions.len();
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!("| measure | value |");
    println!("| --- | --- |");
    println!("| corpus | {} documents, {bytes} bytes of passage text, {mentions} mentions |", corpus.documents.len());
    println!("| gazetteer load (first call) | {:.1} ms |", load * 1e3);
    println!("| extraction, median of {passes} passes | {:.3} ms |", median * 1e3);
    println!("| extraction throughput | {:.2} MB/s |", bytes as f64 / median / 1e6);
}
