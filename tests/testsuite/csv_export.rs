//! CSV export: byte-for-byte golden files for the sample deck, and Anki's own importer on the
//! sample and the shipped deck.

use std::fs;
use std::path::Path;

use crate::anki;
use crate::util::{self, deckgen};

/// Compares `actual` with `tests/fixtures/<case>/expected/<rel>`; `DECKGEN_BLESS=1` rewrites it.
#[track_caller]
pub fn assert_golden(case: &str, rel: &str, actual: &[u8]) {
    let path = util::fixture_dir(case).join("expected").join(rel);
    if std::env::var_os("DECKGEN_BLESS").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, actual).unwrap();
        return;
    }
    let expected = fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with DECKGEN_BLESS=1 to create it)",
            path.display()
        )
    });
    if expected != actual {
        panic!(
            "{} differs (DECKGEN_BLESS=1 to accept)\n--- expected\n{}\n--- actual\n{}",
            path.display(),
            String::from_utf8_lossy(&expected),
            String::from_utf8_lossy(actual)
        );
    }
}

#[test]
fn sample_csv_matches_golden_files() {
    let dir = util::fixture("sample");
    deckgen(
        dir.path(),
        &["build", "--format", "csv", "--csv", "anki,plain"],
    )
    .expect_code(0);
    let out = dir.path().join("output/csv");
    for rel in [
        "sample.csv",
        "queues.csv",
        "streams.csv",
        "plain/sample.csv",
        "plain/queues.csv",
        "plain/streams.csv",
    ] {
        assert_golden(
            "sample",
            &format!("csv/{rel}"),
            &fs::read(out.join(rel)).unwrap(),
        );
    }
}

#[test]
fn sample_csv_imports_into_anki_with_nothing_skipped() {
    let Some(python) = anki::python() else {
        return;
    };
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    let csv = dir.path().join("output/csv/sample.csv");
    let report = anki::run(
        &python,
        "inspect_csv.py",
        &[path(&csv), "--strict", "--json"],
    );
    report.expect_ok();
    let j = &report.json;
    assert_eq!(j["import_log"]["new"], 12);
    assert_eq!(j["counts"]["notes"], 12);
    // 3 basic + 1 reversed (2 cards) + 1 cloze with 2 deletions + 1 cloze + 6 table rows.
    assert_eq!(j["counts"]["cards"], 14);
    assert_eq!(
        j["decks"],
        serde_json::json!(["Sample Deck", "Sample Deck::Queues", "Sample Deck::Streams"])
    );
    let tags: Vec<&str> = j["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert_eq!(
        tags,
        ["basics", "code", "sample::queues", "sample::streams"]
    );
    let types: Vec<&str> = j["note_types"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["Basic", "Basic (and reversed card)", "Cloze"]);
    let meta = &j["csv_metadata"];
    assert_eq!(meta["is_html"], true);
    assert_eq!(meta["guid_column"], 1);
    assert_eq!(meta["deck"], serde_json::json!({"column": 3}));
    assert_eq!(meta["notetype"], serde_json::json!({"column": 2}));
    assert_eq!(meta["tags_column"], 6);
}

#[test]
fn shipped_deck_csvs_import_into_anki() {
    let Some(python) = anki::python() else {
        return;
    };
    let dir = util::shipped();
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    let out = dir.path().join("output/csv");
    let report = anki::run(
        &python,
        "inspect_csv.py",
        &[path(&out.join("messaging-eda.csv")), "--strict", "--json"],
    );
    report.expect_ok();
    let notes = report.json["counts"]["notes"].as_u64().unwrap();
    assert!(notes >= 200, "{notes}");
    assert_eq!(
        report.json["import_log"]["found_notes"].as_u64(),
        Some(notes)
    );
    // One per-section file, imported on its own, lands in its own sub-deck.
    let report = anki::run(
        &python,
        "inspect_csv.py",
        &[
            path(&out.join("kafka-architecture.csv")),
            "--strict",
            "--json",
        ],
    );
    report.expect_ok();
    assert_eq!(
        report.json["decks"],
        serde_json::json!([
            "Messaging & Event-Driven Architecture",
            "Messaging & Event-Driven Architecture::Kafka Architecture"
        ])
    );
}

#[test]
fn csv_reimport_updates_edited_cards_in_place() {
    let Some(python) = anki::python() else {
        return;
    };
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    let old = dir.path().join("old.csv");
    fs::copy(dir.path().join("output/csv/sample.csv"), &old).unwrap();
    util::replace_in(
        &dir.path().join("content/02-streams.md"),
        "So that several consumer groups",
        "So that many groups",
    );
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    let new = dir.path().join("output/csv/sample.csv");
    anki::run(
        &python,
        "reimport.py",
        &[
            path(&old),
            path(&new),
            "--expect-added",
            "0",
            "--expect-updated",
            "1",
            "--expect-duplicated",
            "0",
        ],
    )
    .expect_ok();
}

pub fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}
