//! `cargo bench --bench push`: notes per second pushing a synthetic deck (10,000 notes by
//! default) into the AnkiConnect stand-in (`tests/anki/ankiconnect_server.py` over a real Anki
//! collection, `target/anki-venv`), with the release binary.
//!
//! Three pushes into one fresh collection: the first (every note added), one after ~10 % of the
//! answers changed (updates), and one with nothing to do (the read and compare alone). The time
//! includes the stand-in's own work (Python and Anki's Rust backend), as with the real add-on.
//!
//! `DECKGEN_BENCH_PUSH_NOTES=2000` picks another size.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/args.rs"]
mod args;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

#[path = "../tests/support/synth.rs"]
mod synth;

fn main() {
    if !args::bench_requested() {
        return;
    }
    let notes = args::env_usize("DECKGEN_BENCH_PUSH_NOTES", 10_000);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let python = root.join("target/anki-venv/bin/python");
    if !python.exists() {
        println!("push bench skipped: {} is missing", python.display());
        return;
    }
    let scratch = tempfile::tempdir().expect("temp dir");
    let content = scratch.path().join("content");
    synth::write_deck(&content, notes, 0);
    let collection = scratch.path().join("bench.anki2");
    let mut server = Command::new(&python)
        .arg(root.join("tests/anki/ankiconnect_server.py"))
        .arg("--collection")
        .arg(&collection)
        .args(["--port", "0", "--idle", "300"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the AnkiConnect stand-in");
    let mut line = String::new();
    BufReader::new(server.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("server's first line");
    let url = format!(
        "http://{}",
        line.trim().strip_prefix("listening on ").expect("address")
    );

    println!("| push of {notes} notes | wall | notes/s | report |");
    println!("|---|---:|---:|---|");
    let run = |label: &str| {
        let started = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_deckgen"))
            .current_dir(scratch.path())
            .args(["push", "--url", &url])
            .output()
            .expect("run deckgen push");
        let wall = started.elapsed().as_secs_f64();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{label}: {stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        println!(
            "| {label} | {wall:.2} s | {:.0} | {} |",
            notes as f64 / wall,
            stdout.lines().next().unwrap_or_default()
        );
    };
    run("first push (all added)");
    synth::write_deck(&content, notes, 1);
    run("after edits (~10 % changed)");
    run("nothing to push");
    let _ = server.kill();
    let _ = server.wait();
}
