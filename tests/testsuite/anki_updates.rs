//! Changes a re-import does not carry by itself (issue 21 items 2, 7, 8, 10): a card's kind, a
//! renamed deck or section, removed cards (also for CSV users), a removed cloze deletion. The
//! change report says what to do in Anki; these tests do exactly that through Anki itself
//! (`tests/anki/steps.py`) and check the outcome.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::anki::{python, run};
use crate::csv_export::path;
use crate::util::{self, deckgen_env};

/// Builds `formats` with `SOURCE_DATE_EPOCH=epoch`; returns stdout.
fn build(dir: &Path, formats: &str, epoch: &str) -> String {
    let run = deckgen_env(
        dir,
        &["build", "--format", formats],
        &[("SOURCE_DATE_EPOCH", epoch)],
    );
    run.expect_code(0);
    run.stdout
}

/// Copies `output/<rel>` to `dir/<name>`.
fn keep(dir: &Path, rel: &str, name: &str) -> PathBuf {
    let to = dir.join(name);
    fs::copy(dir.join("output").join(rel), &to).unwrap();
    to
}

/// Runs the steps on one new collection; returns each step's result.
fn steps(python: &Path, steps: &[String]) -> Vec<Value> {
    let mut args: Vec<&str> = steps.iter().map(String::as_str).collect();
    args.push("--json");
    let report = run(python, "steps.py", &args);
    report.expect_ok();
    report.json["steps"].as_array().unwrap().clone()
}

/// The line of the report after the one that contains `marker`, trimmed.
fn line_after<'a>(report: &'a str, marker: &str) -> &'a str {
    let mut lines = report.lines();
    lines
        .find(|l| l.contains(marker))
        .unwrap_or_else(|| panic!("no {marker:?} in\n{report}"));
    lines.next().unwrap().trim()
}

#[test]
fn a_kind_change_is_reported_and_its_steps_work_in_anki() {
    let Some(python) = python() else {
        return;
    };
    let tmp = util::fixture("sample");
    let dir = tmp.path();
    build(dir, "apkg", "1700000000");
    let a = keep(dir, "sample.apkg", "a.apkg");
    let queues = dir.join("content/01-queues.md");
    util::replace_in(
        &queues,
        "{#queue-decoupling}",
        "{#queue-decoupling .reverse}",
    );
    util::replace_in(
        &queues,
        "{#competing-consumers .reverse}",
        "{#competing-consumers}",
    );
    util::replace_in(
        &queues,
        "neither needs the other",
        "neither one needs the other",
    );
    let report = build(dir, "apkg", "1700000100");
    let b = keep(dir, "sample.apkg", "b.apkg");
    assert!(report.contains("~0 changed, !2 kind changed"), "{report}");
    assert!(
        report
            .contains("(queue-decoupling): basic -> reverse, note type \"deckgen Basic+Reverse\""),
        "{report}"
    );
    assert!(
        report.contains("(competing-consumers): reverse -> basic, note type \"deckgen Basic\""),
        "{report}"
    );
    let search = "\"note:deckgen *\" (CardId:queue-decoupling OR CardId:competing-consumers)";
    assert!(report.contains(search), "{report}");
    assert!(report.contains("Update notes: Always"), "{report}");

    let result = steps(
        &python,
        &[
            format!("import:{}", path(&a)),
            "study".into(),
            format!("import:{}", path(&b)),
            format!("search:{search}"),
            "change-notetype:CardId:queue-decoupling=>deckgen Basic+Reverse".into(),
            "change-notetype:CardId:competing-consumers=>deckgen Basic".into(),
            format!("import-always:{}", path(&b)),
            "notes:CardId:queue-decoupling OR CardId:competing-consumers".into(),
        ],
    );
    // As the report says: Anki skips both notes as conflicting until their note type changes.
    assert_eq!(result[2]["log"]["conflicting"], 2, "{:#}", result[2]);
    assert_eq!(result[3]["count"], 2, "the printed search: {:#}", result[3]);
    assert_eq!(result[6]["log"]["conflicting"], 0, "{:#}", result[6]);
    let notes = result[7]["notes"].as_array().unwrap();
    let by_id = |id: &str| {
        notes
            .iter()
            .find(|n| n["fields"]["CardId"] == id)
            .unwrap_or_else(|| panic!("{id}: {notes:#?}"))
    };
    let reversed = by_id("queue-decoupling");
    assert_eq!(reversed["note_type"], "deckgen Basic+Reverse");
    assert!(
        reversed["fields"]["Back"]
            .as_str()
            .unwrap()
            .contains("neither one needs"),
        "the edit arrived: {reversed:#}"
    );
    let cards = reversed["cards"].as_array().unwrap();
    assert_eq!(cards.len(), 2, "{reversed:#}");
    assert_eq!(
        (&cards[0]["reps"], &cards[0]["revlog"]),
        (&1.into(), &1.into())
    );
    let basic = by_id("competing-consumers");
    assert_eq!(basic["note_type"], "deckgen Basic");
    let cards = basic["cards"].as_array().unwrap();
    assert_eq!(cards.len(), 1, "{basic:#}");
    assert_eq!(
        (&cards[0]["reps"], &cards[0]["revlog"]),
        (&1.into(), &1.into())
    );
}

#[test]
fn renames_are_reported_and_the_delete_search_ignores_deck_names() {
    let Some(python) = python() else {
        return;
    };
    let tmp = util::fixture("sample");
    let dir = tmp.path();
    build(dir, "apkg,csv", "1700000000");
    let a = keep(dir, "sample.apkg", "a.apkg");
    let a_csv = keep(dir, "csv/sample.csv", "a.csv");
    util::replace_in(
        &dir.join("content/deck.toml"),
        "\"Sample Deck\"",
        "\"Renamed Deck\"",
    );
    let queues = dir.join("content/01-queues.md");
    util::replace_in(&queues, "title = \"Queues\"", "title = \"Message Queues\"");
    util::replace_in(
        &queues,
        "## Competing consumers {#competing-consumers .reverse}\n\nSeveral workers read one queue and each message goes to exactly one of them.\n",
        "",
    );
    let dry = deckgen_env(
        dir,
        &["build", "--format", "apkg,csv", "--dry-run"],
        &[("SOURCE_DATE_EPOCH", "1700000100")],
    );
    dry.expect_code(0);
    let report = build(dir, "apkg,csv", "1700000100");
    let b = keep(dir, "sample.apkg", "b.apkg");
    for text in [&dry.stdout, &report] {
        assert!(text.contains("Renamed Anki decks:"), "{text}");
        assert!(
            text.contains("\"Sample Deck\" -> \"Renamed Deck\""),
            "{text}"
        );
        assert!(
            text.contains("\"Sample Deck::Queues\" -> \"Renamed Deck::Message Queues\""),
            "{text}"
        );
        assert!(text.contains("Importing never moves cards"), "{text}");
    }
    let search = line_after(&report, "select all and delete");
    assert!(!search.contains("deck:"), "{search}");

    // The .apkg: the search finds the removed note whatever the deck is called; after the
    // renames the report asks for, the re-import lands every card in the renamed decks.
    let result = steps(
        &python,
        &[
            format!("import:{}", path(&a)),
            "study".into(),
            format!("search:{search}"),
            "rename-deck:Sample Deck=>Renamed Deck".into(),
            "rename-deck:Renamed Deck::Queues=>Renamed Deck::Message Queues".into(),
            format!("search:{search}"),
            format!("import:{}", path(&b)),
            "notes:CardId:queue-decoupling".into(),
        ],
    );
    assert_eq!(result[2]["count"], 1, "{:#}", result[2]);
    assert_eq!(result[5]["count"], 1, "{:#}", result[5]);
    assert_eq!(result[6]["log"]["conflicting"], 0, "{:#}", result[6]);
    let note = &result[7]["notes"][0];
    assert_eq!(
        note["cards"][0]["deck"], "Renamed Deck::Message Queues",
        "{note:#}"
    );
    assert_eq!(note["cards"][0]["reps"], 1, "{note:#}");

    // The CSV (stock note types, no CardId field): the same search finds it by its id tag.
    let result = steps(
        &python,
        &[
            format!("import:{}", path(&a_csv)),
            format!("search:{search}"),
        ],
    );
    assert_eq!(result[1]["count"], 1, "{:#}", result[1]);
}

#[test]
fn a_removed_cloze_deletion_is_reported_and_empty_cards_removes_its_card() {
    let Some(python) = python() else {
        return;
    };
    let tmp = util::fixture("sample");
    let dir = tmp.path();
    build(dir, "apkg", "1700000000");
    let a = keep(dir, "sample.apkg", "a.apkg");
    util::replace_in(
        &dir.join("content/01-queues.md"),
        "{{c2::redelivered}}",
        "redelivered",
    );
    let report = build(dir, "apkg", "1700000100");
    let b = keep(dir, "sample.apkg", "b.apkg");
    assert!(
        report.contains("Cloze deletion c2 removed from"),
        "{report}"
    );
    assert!(report.contains("(ack-redelivery)"), "{report}");
    assert!(report.contains("Tools > Empty Cards"), "{report}");
    let result = steps(
        &python,
        &[
            format!("import:{}", path(&a)),
            format!("import:{}", path(&b)),
            "notes:CardId:ack-redelivery".into(),
            "empty-cards".into(),
            "notes:CardId:ack-redelivery".into(),
        ],
    );
    assert_eq!(result[2]["notes"][0]["cards"].as_array().unwrap().len(), 2);
    assert_eq!(result[3]["deleted"], 1, "{:#}", result[3]);
    assert_eq!(result[4]["notes"][0]["cards"].as_array().unwrap().len(), 1);
}

/// One vocabulary for counts (issue 21): what `check`, `list` and `build` call notes and cards is
/// what Anki holds after importing the package.
#[test]
fn counts_are_anki_notes_and_cards() {
    let Some(python) = python() else {
        return;
    };
    let tmp = util::shipped();
    let dir = tmp.path();
    let report = build(dir, "apkg", "1700000000");
    let apkg = fs::read_dir(dir.join("output"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "apkg"))
        .unwrap();
    let anki = run(&python, "inspect_apkg.py", &[path(&apkg), "--json"]);
    anki.expect_ok();
    let (notes, cards) = (&anki.json["counts"]["notes"], &anki.json["counts"]["cards"]);
    let said = format!("{notes} notes, {cards} cards");
    assert!(
        report.contains(&format!("{said} (first build")),
        "{said}\n{report}"
    );
    assert!(
        report.contains(&format!("built {said} in ")),
        "{said}\n{report}"
    );
    let check = deckgen_env(dir, &["check"], &[]);
    check.expect_code(0).expect_stdout(&format!(", {said}"));
    let list = deckgen_env(dir, &["list"], &[]);
    let total = list
        .stdout
        .lines()
        .find(|l| l.starts_with("total"))
        .unwrap();
    let numbers: Vec<&str> = total.split_whitespace().skip(1).take(2).collect();
    assert_eq!(
        numbers,
        [notes.to_string(), cards.to_string()],
        "{}",
        list.stdout
    );
}

/// The id tags are new in the CSV: a CSV of the previous version (the same rows without them)
/// imported, studied, then this version's CSV over it: every note updated in place (the tag),
/// none duplicated, every review kept.
#[test]
fn csv_id_tags_arrive_over_an_earlier_csv_and_keep_reviews() {
    let Some(python) = python() else {
        return;
    };
    let tmp = util::fixture("sample");
    let dir = tmp.path();
    build(dir, "csv", "1700000000");
    let new = keep(dir, "csv/sample.csv", "new.csv");
    let text = fs::read_to_string(&new).unwrap();
    let old_text: String = text
        .lines()
        .map(|line| match line.find(" deckgen::sample::") {
            Some(at) if !line.starts_with('#') => format!("{}\n", &line[..at]),
            _ => format!("{line}\n"),
        })
        .collect();
    assert_ne!(old_text, text);
    let old = dir.join("old.csv");
    fs::write(&old, old_text).unwrap();
    run(
        &python,
        "reimport.py",
        &[
            path(&old),
            path(&new),
            "--expect-updated",
            "12",
            "--expect-duplicated",
            "0",
            "--expect-added",
            "0",
        ],
    )
    .expect_ok();
}

/// Cloze → basic: a different note type kind (Anki's cloze and standard types); the same steps,
/// fields mapped in order (Text → Front, Back Extra → Back), and the first card keeps its reviews.
#[test]
fn a_cloze_card_made_basic_follows_the_same_steps() {
    let Some(python) = python() else {
        return;
    };
    let tmp = util::fixture("sample");
    let dir = tmp.path();
    build(dir, "apkg", "1700000000");
    let a = keep(dir, "sample.apkg", "a.apkg");
    util::replace_in(
        &dir.join("content/01-queues.md"),
        "## A consumer that crashes before its {{c1::ack}} gets the message {{c2::redelivered}}. {#ack-redelivery .cloze}",
        "## What happens to a message whose consumer crashes before its ack? {#ack-redelivery}",
    );
    let report = build(dir, "apkg", "1700000100");
    let b = keep(dir, "sample.apkg", "b.apkg");
    assert!(
        report.contains("(ack-redelivery): cloze -> basic, note type \"deckgen Basic\""),
        "{report}"
    );
    let result = steps(
        &python,
        &[
            format!("import:{}", path(&a)),
            "study".into(),
            format!("import:{}", path(&b)),
            "change-notetype:CardId:ack-redelivery=>deckgen Basic".into(),
            format!("import-always:{}", path(&b)),
            "notes:CardId:ack-redelivery".into(),
        ],
    );
    assert_eq!(result[2]["log"]["conflicting"], 1, "{:#}", result[2]);
    assert_eq!(result[4]["log"]["conflicting"], 0, "{:#}", result[4]);
    let note = &result[5]["notes"][0];
    assert_eq!(note["note_type"], "deckgen Basic", "{note:#}");
    assert_eq!(
        note["fields"]["Front"],
        "What happens to a message whose consumer crashes before its ack?"
    );
    assert!(
        note["fields"]["Back"]
            .as_str()
            .unwrap()
            .contains("idempotent"),
        "{note:#}"
    );
    let cards = note["cards"].as_array().unwrap();
    assert_eq!(cards.len(), 1, "{note:#}");
    assert_eq!(
        (&cards[0]["reps"], &cards[0]["revlog"]),
        (&1.into(), &1.into())
    );
}
