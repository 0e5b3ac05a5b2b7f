//! Alignment time: reads corpus folders, extracts entities, quotes, figures and dates
//! once, then times `align::align` alone and prints the median of several passes, with
//! the links and facts it found. With `--synth`, it first writes synthetic corpora of
//! 500, 1,000 and 2,000 articles with `parallax synth` (the binary beside this one) and
//! times those too, to show how the cost grows.
//!
//! `cargo run --release -p parallax-cli --bin parallax-bench-align -- [DIR…] [--synth] [--passes N]`

use std::path::{Path, PathBuf};
use std::time::Instant;

use parallax_core::align::{self, AlignConfig};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dirs: Vec<PathBuf> = Vec::new();
    let mut passes = 7;
    let mut synth = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--synth" => synth = true,
            "--passes" => passes = it.next().and_then(|p| p.parse().ok()).unwrap_or(passes),
            _ => dirs.push(PathBuf::from(a)),
        }
    }
    if dirs.is_empty() && !synth {
        dirs.push(PathBuf::from("corpus"));
    }
    let mut rows: Vec<(String, PathBuf, bool)> = dirs.into_iter().map(|d| (d.display().to_string(), d, false)).collect();
    if synth {
        for n in [500, 1000, 2000] {
            match generate(n) {
                Ok(dir) => rows.push((format!("synthetic, {n} articles"), dir, true)),
                Err(e) => eprintln!("parallax-bench-align: {e}"),
            }
        }
    }
    println!("| corpus | documents | sentences | align, median of {passes} | per 1,000 sentences | links | facts |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (label, dir, generated) in rows {
        let measured = measure(&dir, passes);
        if generated {
            let _ = std::fs::remove_dir_all(&dir);
        }
        match measured {
            Ok(r) => println!(
                "| {label} | {} | {} | {:.1} ms | {:.2} ms | {} | {} |",
                r.documents,
                r.sentences,
                r.median * 1e3,
                r.median * 1e6 / r.sentences.max(1) as f64,
                r.links,
                r.facts
            ),
            Err(e) => eprintln!("parallax-bench-align: {e}"),
        }
    }
}

struct Row {
    documents: usize,
    sentences: usize,
    median: f64,
    links: usize,
    facts: usize,
}

fn measure(dir: &Path, passes: usize) -> Result<Row, String> {
    let corpus = parallax_core::load_dir(dir).map_err(|e| e.to_string())?;
    let docs = &corpus.documents;
    let entities = parallax_core::entities::extract(docs);
    let quotes = parallax_core::quotes::extract(docs, &entities);
    let figures = parallax_core::figures::extract(docs);
    let dates = parallax_core::dates::extract(docs);
    let config = AlignConfig::default();
    let mut times = Vec::with_capacity(passes);
    let mut result = align::Alignment::default();
    for _ in 0..passes.max(1) {
        let start = Instant::now();
        result = std::hint::black_box(align::align(docs, &entities, &quotes, &figures, &dates, &config));
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    Ok(Row {
        documents: docs.len(),
        sentences: docs.iter().map(|d| d.sentences.len()).sum(),
        median: times[times.len() / 2],
        links: result.links.len(),
        facts: result.facts.len(),
    })
}

/// Writes a synthetic corpus of `n` articles with `parallax synth` into a fresh folder
/// under the system's temporary directory.
fn generate(n: usize) -> Result<PathBuf, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find this program ({e})"))?;
    let parallax = exe.with_file_name(format!("parallax{}", std::env::consts::EXE_SUFFIX));
    let dir = std::env::temp_dir().join(format!("parallax-bench-align-{n}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let status = std::process::Command::new(&parallax)
        .args(["synth", "--articles", &n.to_string(), "--seed", "7"])
        .arg(&dir)
        .status()
        .map_err(|e| format!("{}: cannot run `parallax synth` ({e}); build it first", parallax.display()))?;
    if !status.success() {
        return Err(format!("`{} synth --articles {n}` failed ({status})", parallax.display()));
    }
    Ok(dir)
}
