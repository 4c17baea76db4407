//! `cargo bench`: how long deckgen takes from Markdown to every format, against Python genanki.
//!
//! Generates synthetic content in deckgen's format (every card kind, a table per section, ~100
//! cards per section) for 1,000, 10,000 and 100,000 cards, runs the release binary for each format
//! and for all formats together, and prints wall time (best of several runs), cards per second and
//! peak RSS (from `wait4`), plus Python genanki's time for the same number of notes
//! (`tests/anki/genanki_bench.py` in the harness's venv, `target/anki-venv`) measured in the same
//! run, and the ratio.
//!
//! `DECKGEN_BENCH_SIZES=1000,10000` picks sizes; `DECKGEN_BENCH_RUNS=5` sets the runs per cell.

// Test and bench code may unwrap: a failure is the test's failure (see [lints] in Cargo.toml).
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/args.rs"]
mod args;

use std::path::Path;
use std::process::Command;

mod common;
#[path = "../tests/support/synth.rs"]
mod synth;

use common::{Sample, best, genanki, measure, root};

fn main() {
    if !args::bench_requested() {
        return;
    }
    let sizes: Vec<usize> = std::env::var("DECKGEN_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000]);
    let runs = args::env_usize("DECKGEN_BENCH_RUNS", 3);
    let bin = env!("CARGO_BIN_EXE_deckgen");
    let scratch = root().join("target/bench");
    std::fs::create_dir_all(&scratch).expect("scratch dir");

    println!(
        "| cards | format | wall (best of {runs}) | cards/s | peak RSS | vs genanki (Python) |"
    );
    println!("|---:|---|---:|---:|---:|---:|");
    for &n in &sizes {
        let content = scratch.join(format!("content-{n}"));
        if !content.join("deck.toml").exists() {
            synth::write_deck(&content, n, 0);
        }
        let reference = genanki(n, runs, &scratch);
        let cell_runs = if n >= 100_000 { 1.max(runs / 3) } else { runs };
        for format in ["apkg", "csv", "pdf", "all"] {
            let out = scratch.join(format!("out-{n}-{format}"));
            let sample = best(cell_runs, || {
                // A fresh output folder each time: a first build, nothing to compare or skip.
                let _ = std::fs::remove_dir_all(&out);
                let mut c = Command::new(bin);
                c.args(["build", "--quiet", "--content"])
                    .arg(&content)
                    .arg("--out")
                    .arg(&out);
                if format != "all" {
                    c.args(["--format", format]);
                }
                c
            });
            let secs = sample.wall.as_secs_f64();
            let ratio =
                reference.map_or_else(|| "–".to_string(), |r| speed(r.wall.as_secs_f64() / secs));
            println!(
                "| {n} | {format} | {:.3} s | {:.0} | {:.1} MB | {ratio} |",
                secs,
                n as f64 / secs,
                sample.max_rss_kb as f64 / 1024.0
            );
        }
        if let Some(r) = reference {
            println!(
                "| {n} | genanki 0.13.1 (Python), apkg | {:.3} s | {:.0} | {:.1} MB | 1.0× |",
                r.wall.as_secs_f64(),
                n as f64 / r.wall.as_secs_f64(),
                r.max_rss_kb as f64 / 1024.0
            );
        }
    }
    shipped_deck(bin, &scratch, runs.max(20));
}

/// How deckgen compares, from genanki's time over deckgen's: "3.1× faster", "1.9× slower".
fn speed(ratio: f64) -> String {
    if ratio >= 1.0 {
        format!("{ratio:.1}× faster")
    } else {
        format!("{:.1}× slower", 1.0 / ratio)
    }
}

/// The shipped deck (`content/`), every format: best and median wall time of `runs` builds.
fn shipped_deck(bin: &str, scratch: &Path, runs: usize) {
    let out = scratch.join("out-shipped");
    let mut samples: Vec<Sample> = (0..runs)
        .map(|_| {
            let _ = std::fs::remove_dir_all(&out);
            let mut c = Command::new(bin);
            c.args(["build", "--quiet", "--content"])
                .arg(root().join("content"))
                .arg("--out")
                .arg(&out);
            measure(&mut c)
        })
        .collect();
    samples.sort_by_key(|s| s.wall);
    let ms = |s: &Sample| s.wall.as_secs_f64() * 1000.0;
    println!();
    println!(
        "The shipped deck (`content/`), all formats, {runs} builds: best {:.0} ms, median {:.0} ms, \
         peak RSS {:.1} MB",
        ms(&samples[0]),
        ms(&samples[runs / 2]),
        samples.iter().map(|s| s.max_rss_kb).max().unwrap_or(0) as f64 / 1024.0
    );
}
