//! `cargo bench --bench apkg_floor`: the least time an `.apkg` of N cards can take here, against
//! Python genanki's whole run for N notes and deckgen's whole `--format apkg` build.
//!
//! An `.apkg` is a zip holding an SQLite database in Anki's schema, so whatever writes one has
//! to insert the notes and cards into SQLite and compress the file. This bench builds the
//! synthetic deck's package with deckgen, reads every row of its collection back into memory,
//! and then times only that unavoidable part, in this process (no process start, no Markdown, no
//! rendering, no hashing, nothing on disk but SQLite's own file): the same rows into a fresh
//! database with deckgen's settings, then zipped in memory. Twice: with Anki's indexes and zip
//! level 1 (what deckgen writes), and with no index and no compression (less than a package
//! should be). Best of `DECKGEN_BENCH_RUNS` (7) each.
//!
//! `DECKGEN_FLOOR_CARDS=10000` sets N.

// Test and bench code may unwrap: a failure is the test's failure (see [lints] in Cargo.toml).
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/args.rs"]
mod args;

use std::io::{Cursor, Read, Write};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use rusqlite::types::Value;
use rusqlite::{Connection, params_from_iter};

mod common;
#[path = "../tests/support/synth.rs"]
mod synth;

use common::{best, genanki, root};

/// A table of the collection: its `CREATE` statement and its rows.
struct Table {
    name: String,
    sql: String,
    rows: Vec<Vec<Value>>,
}

/// The collection inside `apkg`: its tables with their rows, and its `CREATE INDEX` statements.
fn read_collection(apkg: &Path, scratch: &Path) -> (Vec<Table>, Vec<String>) {
    let file = std::fs::File::open(apkg).expect("open the package");
    let mut zip = zip::ZipArchive::new(file).expect("read the package");
    let mut bytes = Vec::new();
    zip.by_name("collection.anki2")
        .expect("collection.anki2 in the package")
        .read_to_end(&mut bytes)
        .expect("unzip the collection");
    let path = scratch.join("floor-source.anki2");
    std::fs::write(&path, bytes).expect("write the collection");
    let db = Connection::open(&path).expect("open the collection");
    let statements = |kind: &str| -> Vec<(String, String)> {
        let mut stmt = db
            .prepare("SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL")
            .expect("schema query");
        stmt.query_map([kind], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("schema")
            .map(|r| r.expect("schema row"))
            .collect()
    };
    let tables = statements("table")
        .into_iter()
        .map(|(name, sql)| {
            let mut stmt = db
                .prepare(&format!("SELECT * FROM {name}"))
                .expect("select");
            let columns = stmt.column_count();
            let rows = stmt
                .query_map([], |r| (0..columns).map(|i| r.get::<_, Value>(i)).collect())
                .expect("rows")
                .map(|r| r.expect("row"))
                .collect();
            Table { name, sql, rows }
        })
        .collect();
    let indexes = statements("index")
        .into_iter()
        .map(|(_, sql)| sql)
        .collect();
    (tables, indexes)
}

/// Writes `tables` into a fresh database in `dir` as deckgen does (one transaction, a prepared
/// insert per table, indexes after the rows) and zips it in memory. Returns the time taken and
/// the package's size.
fn write_package(
    dir: &Path,
    tables: &[Table],
    indexes: &[String],
    level: Option<i64>,
) -> (Duration, usize) {
    let path = dir.join("floor.anki2");
    let _ = std::fs::remove_file(&path);
    let start = Instant::now();
    let mut db = Connection::open(&path).expect("create");
    db.execute_batch(
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE; \
         PRAGMA page_size=16384; PRAGMA cache_size=-16384;",
    )
    .expect("pragmas");
    let tx = db.transaction().expect("transaction");
    for table in tables {
        tx.execute_batch(&table.sql).expect("create table");
        let Some(first) = table.rows.first() else {
            continue;
        };
        let slots = vec!["?"; first.len()].join(", ");
        let mut insert = tx
            .prepare(&format!("INSERT INTO {} VALUES ({slots})", table.name))
            .expect("insert");
        for row in &table.rows {
            insert.execute(params_from_iter(row)).expect("insert row");
        }
    }
    for index in indexes {
        tx.execute_batch(index).expect("index");
    }
    tx.commit().expect("commit");
    db.close().expect("close");
    let bytes = std::fs::read(&path).expect("read back");
    let method = if level.is_some() {
        zip::CompressionMethod::Deflated
    } else {
        zip::CompressionMethod::Stored
    };
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(method)
        .compression_level(level);
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("collection.anki2", options)
        .expect("zip entry");
    zip.write_all(&bytes).expect("zip");
    let size = zip.finish().expect("finish zip").into_inner().len();
    (start.elapsed(), size)
}

fn main() {
    if !args::bench_requested() {
        return;
    }
    let n = args::env_usize("DECKGEN_FLOOR_CARDS", 10_000);
    let runs = args::env_usize("DECKGEN_BENCH_RUNS", 7);
    let scratch = root().join("target/bench");
    let content = scratch.join(format!("content-{n}"));
    if !content.join("deck.toml").exists() {
        synth::write_deck(&content, n, 0);
    }
    let out = scratch.join(format!("out-floor-{n}"));
    let deckgen = best(runs, || {
        let _ = std::fs::remove_dir_all(&out);
        let mut c = Command::new(env!("CARGO_BIN_EXE_deckgen"));
        c.args(["build", "--quiet", "--format", "apkg", "--content"])
            .arg(&content)
            .arg("--out")
            .arg(&out);
        c
    });
    let apkg = std::fs::read_dir(&out)
        .expect("output folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "apkg"))
        .expect("an .apkg in the output");
    let (tables, indexes) = read_collection(&apkg, &scratch);
    let dir = tempfile::tempdir().expect("temp dir");
    let floor = |indexes: &[String], level| {
        (0..runs)
            .map(|_| write_package(dir.path(), &tables, indexes, level))
            .min()
            .expect("at least one run")
    };
    let (anki, anki_size) = floor(&indexes, Some(1));
    let (bare, bare_size) = floor(&[], None);
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("| {n} notes, best of {runs} | time | package |");
    println!("|---|---:|---:|");
    if let Some(g) = genanki(n, runs, &scratch) {
        let g = g.wall;
        println!("| genanki (Python), whole run | {:.1} ms | |", ms(g));
        println!(
            "| a tenth of that: the budget of \"10× faster\" | {:.1} ms | |",
            ms(g) / 10.0
        );
    }
    println!(
        "| deckgen `--format apkg`, whole run | {:.1} ms | |",
        ms(deckgen.wall)
    );
    println!(
        "| SQLite and zip alone, Anki's indexes, zip level 1 | {:.1} ms | {:.0} KB |",
        ms(anki),
        anki_size as f64 / 1024.0
    );
    println!(
        "| SQLite and zip alone, no index, no compression | {:.1} ms | {:.0} KB |",
        ms(bare),
        bare_size as f64 / 1024.0
    );
}
