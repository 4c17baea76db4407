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
    let (id_tags, tags): (Vec<&str>, Vec<&str>) = j["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .partition(|t| t.starts_with("deckgen::sample::"));
    assert_eq!(
        tags,
        ["basics", "code", "sample::queues", "sample::streams"]
    );
    // Each note's id tag, for the change report's delete search (issue 21 item 8).
    assert_eq!(id_tags.len(), 12, "{id_tags:?}");
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

/// `DECKGEN_PROPTEST_ANKI_CASES`, or 6: each case is one import into a fresh Anki collection.
fn anki_cases() -> proptest::test_runner::Config {
    let cases = std::env::var("DECKGEN_PROPTEST_ANKI_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(6);
    proptest::test_runner::Config {
        cases,
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    }
}

/// A deck of `ids` (one basic card each) under deck id `deck`, built to CSV; the number of notes
/// Anki finds in it and the GUIDs it imported.
fn import_ids(python: &Path, deck: &str, ids: &[String]) -> (u64, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    fs::create_dir_all(&content).unwrap();
    fs::write(
        content.join("deck.toml"),
        format!("id = \"{deck}\"\nname = \"Ids\"\n"),
    )
    .unwrap();
    let cards: String = ids
        .iter()
        .map(|id| format!("## Question {id} {{#{id}}}\n\nAnswer.\n\n"))
        .collect();
    fs::write(
        content.join("01-ids.md"),
        format!("+++\ntitle = \"Ids\"\n+++\n\n{cards}"),
    )
    .unwrap();
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    let report = anki::run(
        python,
        "inspect_csv.py",
        &[
            path(&dir.path().join(format!("output/csv/{deck}.csv"))),
            "--json",
        ],
    );
    report.expect_ok();
    let guids = report.json["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["guid"].as_str().unwrap().to_string())
        .collect();
    (
        report.json["import_log"]["found_notes"]
            .as_u64()
            .unwrap_or(0),
        guids,
    )
}

/// Issue 21: Anki reads a CSV line that starts with `#` as a comment, so a note whose GUID starts
/// with `#` vanished from the import (deck `huge`: `k-19-415`, `c-0-406`; a 20,000-card deck lost
/// 5). Over random deck ids and card ids, with several `#` GUIDs in every deck, Anki imports every
/// note, under the GUID deckgen gave it.
#[test]
fn csv_notes_whose_guid_starts_with_hash_all_reach_anki() {
    use deckgen::model::{CardId, Slug};
    use deckgen::render::note_guid;
    use proptest::prelude::*;

    let Some(python) = anki::python() else {
        return;
    };
    let slug = |s: &str| Slug::parse(s).unwrap();
    assert!(note_guid(&slug("huge"), &CardId::card(&slug("k-19-415"))).starts_with('#'));
    let strategy = (
        "[a-z][a-z0-9]{0,10}",
        prop::collection::btree_set("[a-z0-9][a-z0-9_-]{0,30}", 5..30),
    );
    proptest!(anki_cases(), |((deck, random) in strategy)| {
        let deck_slug = slug(&deck);
        // The first ids of the form `h-<n>` whose GUID in this deck starts with `#`.
        let hashed: Vec<String> = (0u32..)
            .map(|n| format!("h-{n}"))
            .filter(|id| note_guid(&deck_slug, &CardId::card(&slug(id))).starts_with('#'))
            .take(4)
            .collect();
        let mut ids: Vec<String> = random.into_iter().filter(|id| !id.starts_with("h-")).collect();
        ids.extend(hashed);
        ids.extend(["k-19-415", "c-0-406", "zzz"].map(String::from));
        ids.sort();
        ids.dedup();
        let (found, mut guids) = import_ids(&python, &deck, &ids);
        let mut expected: Vec<String> = ids
            .iter()
            .map(|id| note_guid(&deck_slug, &CardId::card(&slug(id))))
            .collect();
        guids.sort();
        expected.sort();
        prop_assert_eq!(found, ids.len() as u64);
        prop_assert_eq!(guids, expected);
    });
}

/// A cloze card with `::` in code spans, inside a deletion's answer and its hint.
const RUST_CLOZE: &str = "+++\ntitle = \"Rust\"\n+++\n\n## In Rust, {{c1::`std::vec::Vec`}} grows; {{c2::`a::b`::a `x::y` path}} {#rust-vec .cloze}\n\nExtra.\n";

/// Checks that every tag opened in `html` is closed in order (void elements aside); the text of
/// `<style>` is skipped.
fn assert_balanced(html: &str, what: &str) {
    const VOID: &[&str] = &["br", "hr", "img", "meta", "input", "wbr", "col", "link"];
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let close = rest[open..]
            .find('>')
            .unwrap_or_else(|| panic!("unclosed `<` in {what}: {html}"));
        let tag = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_lowercase();
        if tag.starts_with('/') {
            let top = stack.pop();
            assert_eq!(top.as_deref(), Some(name.as_str()), "{what}: {html}");
        } else if !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            if name == "style" {
                let end = rest.find("</style>").expect("style closed");
                rest = &rest[end + "</style>".len()..];
            } else {
                stack.push(name);
            }
        }
    }
    assert!(stack.is_empty(), "{what}: unclosed {stack:?} in {html}");
}

/// HTML entities as a browser reads them (the ones Anki and pulldown-cmark write).
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let Some(semi) = rest[amp..].find(';') else {
            break;
        };
        let entity = &rest[amp + 1..amp + semi];
        let c = match entity {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => out.push(c),
            None => out.push_str(&rest[amp..=amp + semi]),
        }
        rest = &rest[amp + semi + 1..];
    }
    out.push_str(rest);
    out
}

/// The text a browser shows for `html` (tags dropped, entities read).
fn shown(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.split("</style>").last().unwrap_or("").chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    unescape(&text)
}

/// Issue 21: `{{c1::`a::b`}}` gave Anki the answer `<code>a` and the hint `b</code>` (broken
/// HTML: `data-cloze="&lt;code&gt;a"`). Rendered by Anki, every side of the card is well-formed,
/// the hidden text (kept in `data-cloze` for the reveal) is well-formed, and the `::` in code show
/// as written.
#[test]
fn cloze_with_double_colons_in_code_renders_well_formed_in_anki() {
    let Some(python) = anki::python() else {
        return;
    };
    let dir = util::fixture("sample");
    fs::write(dir.path().join("content/03-rust.md"), RUST_CLOZE).unwrap();
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    let report = anki::run(
        &python,
        "inspect_csv.py",
        &[
            path(&dir.path().join("output/csv/sample.csv")),
            "--render",
            "--json",
        ],
    );
    report.expect_ok();
    let note = report.json["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["fields"].to_string().contains("Vec"))
        .expect("the cloze note");
    let cards = note["cards"].as_array().unwrap();
    assert_eq!(cards.len(), 2);
    let mut fronts = Vec::new();
    for card in cards {
        for side in ["question", "answer"] {
            let html = card[side].as_str().unwrap();
            assert_balanced(html, side);
            for (i, _) in html.match_indices("data-cloze=\"") {
                let value = &html[i + 12..];
                let value = &value[..value.find('"').unwrap()];
                let hidden = unescape(value);
                assert_balanced(&hidden, "data-cloze");
                assert!(
                    ["std::vec::Vec", "a::b"].contains(&shown(&hidden).as_str()),
                    "{hidden}"
                );
            }
        }
        fronts.push(shown(card["question"].as_str().unwrap()));
        let back = shown(card["answer"].as_str().unwrap());
        assert!(
            back.contains("In Rust, std::vec::Vec grows; a::b"),
            "{back}"
        );
    }
    assert_eq!(
        fronts,
        [
            "In Rust, [...] grows; a::b",
            "In Rust, std::vec::Vec grows; [a x::y path]"
        ]
    );
}
