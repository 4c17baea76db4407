//! .apkg export checked by Anki itself: import of the shipped deck, and re-imports of new builds
//! over a collection whose cards were studied (edits applied in place, progress kept).

use std::fs;
use std::path::Path;

use crate::anki;
use crate::csv_export::path;
use crate::util::{self, deckgen, deckgen_env, replace_in};

#[test]
fn shipped_deck_imports_into_anki() {
    let Some(python) = anki::python() else {
        return;
    };
    let dir = util::shipped();
    deckgen(dir.path(), &["build", "--format", "apkg"]).expect_code(0);
    let apkg = dir.path().join("output/messaging-eda.apkg");
    let report = anki::run(
        &python,
        "inspect_apkg.py",
        &[path(&apkg), "--strict", "--render", "--json"],
    );
    report.expect_ok();
    let j = &report.json;

    let loaded = deckgen::load(&dir.path().join("content")).unwrap();
    let deck = loaded.deck.unwrap();
    let mut decks = vec![deck.name.clone()];
    decks.extend(
        deck.sections
            .iter()
            .map(|s| format!("{}::{}", deck.name, s.title)),
    );
    decks.sort();
    let got: Vec<String> = serde_json::from_value(j["decks"].clone()).unwrap();
    assert_eq!(got, decks);

    let tags: Vec<String> = serde_json::from_value(j["tags"].clone()).unwrap();
    for s in &deck.sections {
        assert!(
            tags.contains(&format!("messaging-eda::{}", s.id)),
            "{tags:?}"
        );
    }

    // Notes and cards per kind, as the deck defines them.
    let (mut basic, mut reverse, mut cloze_notes, mut cloze_cards) = (0, 0, 0, 0);
    for card in deck.flashcards() {
        match card.kind {
            deckgen::model::FlashcardKind::Basic => basic += 1,
            deckgen::model::FlashcardKind::Reverse => reverse += 1,
            deckgen::model::FlashcardKind::Cloze => {
                cloze_notes += 1;
                let deckgen::model::FlashcardContent::Text { question, .. } = card.content else {
                    unreachable!()
                };
                cloze_cards +=
                    deckgen::cloze::numbers(&deckgen::cloze::parse_cloze(question).unwrap()).len();
            }
        }
    }
    let types = j["note_types"].as_array().unwrap();
    let by_name = |name: &str| {
        types
            .iter()
            .find(|t| t["name"] == name)
            .unwrap_or_else(|| panic!("{name}: {types:?}"))
    };
    assert_eq!(by_name("deckgen Basic")["note_count"], basic);
    assert_eq!(by_name("deckgen Basic+Reverse")["note_count"], reverse);
    assert_eq!(by_name("deckgen Cloze")["note_count"], cloze_notes);
    assert_eq!(by_name("deckgen Cloze")["kind"], "cloze");
    assert!(
        types.iter().all(|t| t["stock"] == false),
        "no stock note types: {types:?}"
    );
    assert_eq!(j["counts"]["notes"], basic + reverse + cloze_notes);
    assert_eq!(j["counts"]["cards"], basic + 2 * reverse + cloze_cards);
    assert_eq!(j["empty_cards"], 0);
    assert_eq!(j["render_errors"].as_array().map(Vec::len), Some(0));

    // Every rendered card shows its section and, on the back, an answer.
    for note in j["notes"].as_array().unwrap() {
        for card in note["cards"].as_array().unwrap() {
            let q = card["question"].as_str().unwrap();
            assert!(q.contains("deckgen-section"), "{q}");
            let a = card["answer"].as_str().unwrap();
            assert!(a.contains("deckgen-section") && a != q, "{a}");
        }
    }
}

/// Builds, studies every card in Anki, applies `edit` to the content, rebuilds and re-imports;
/// `expect` are reimport.py's `--expect-*` flags.
/// reimport.py must find exactly this many added, updated and duplicated notes.
struct Expect {
    added: u32,
    updated: u32,
    duplicated: u32,
}

fn reimport_after(edit: impl FnOnce(&Path), expect: Expect) -> serde_json::Value {
    let python = anki::python().expect("checked by the caller");
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["build", "--format", "apkg"]).expect_code(0);
    let old = dir.path().join("old.apkg");
    fs::copy(dir.path().join("output/sample.apkg"), &old).unwrap();
    edit(&dir.path().join("content"));
    deckgen(dir.path(), &["build", "--format", "apkg"]).expect_code(0);
    let new = dir.path().join("output/sample.apkg");
    let (added, updated, duplicated) = (
        expect.added.to_string(),
        expect.updated.to_string(),
        expect.duplicated.to_string(),
    );
    let args = [
        path(&old),
        path(&new),
        "--json",
        "--expect-added",
        &added,
        "--expect-updated",
        &updated,
        "--expect-duplicated",
        &duplicated,
    ];
    let report = anki::run(&python, "reimport.py", &args);
    report.expect_ok();
    report.json.clone()
}

#[test]
fn edited_answers_update_in_place_and_keep_progress() {
    if anki::python().is_none() {
        return;
    }
    let j = reimport_after(
        |c| {
            replace_in(
                &c.join("01-queues.md"),
                "The producer from the consumer",
                "Producer and consumer",
            );
            replace_in(
                &c.join("01-queues.md"),
                "| Lost messages |",
                "| Lost messages on a crash |",
            );
            replace_in(
                &c.join("02-streams.md"),
                "So that several consumer groups",
                "So that many groups",
            );
            let f = c.join("02-streams.md");
            let text = fs::read_to_string(&f).unwrap();
            fs::write(f, format!("{text}\n## What is a consumer group? {{#consumer-group}}\n\nConsumers sharing a topic's partitions.\n")).unwrap();
        },
        Expect {
            added: 1,
            updated: 3,
            duplicated: 0,
        },
    );
    assert_eq!(j["progress"]["cards_lost"], 0);
    assert_eq!(j["progress"]["cards_with_changed_scheduling"], 0);
    assert_eq!(j["checks"]["progress_preserved_all_notes"], true);
}

#[test]
fn unchanged_rebuild_updates_nothing() {
    if anki::python().is_none() {
        return;
    }
    let j = reimport_after(
        |_| {},
        Expect {
            added: 0,
            updated: 0,
            duplicated: 0,
        },
    );
    assert_eq!(
        j["new_import_log"]["updated"], 0,
        "Anki itself saw no newer note"
    );
}

#[test]
fn card_moved_to_another_section_keeps_its_note_and_progress() {
    if anki::python().is_none() {
        return;
    }
    let j = reimport_after(
        |c| {
            let q = c.join("01-queues.md");
            let text = fs::read_to_string(&q).unwrap();
            let start = text.find("## Competing consumers").unwrap();
            let end = text.find("## A consumer that crashes").unwrap();
            let card = text[start..end].to_string();
            fs::write(&q, text.replace(&card, "")).unwrap();
            let s = c.join("02-streams.md");
            let text = fs::read_to_string(&s).unwrap();
            fs::write(s, format!("{text}\n{card}")).unwrap();
        },
        // The Section field changes, so the note is updated, not duplicated.
        Expect {
            added: 0,
            updated: 1,
            duplicated: 0,
        },
    );
    assert_eq!(j["checks"]["progress_preserved_all_notes"], true);
}

#[test]
fn deleted_card_is_orphaned_not_duplicated() {
    if anki::python().is_none() {
        return;
    }
    let j = reimport_after(
        |c| {
            let s = c.join("02-streams.md");
            let text = fs::read_to_string(&s).unwrap();
            let start = text.find("## Kafka orders records").unwrap();
            let end = text.find("## Kafka vs RabbitMQ").unwrap();
            fs::write(&s, format!("{}{}", &text[..start], &text[end..])).unwrap();
        },
        Expect {
            added: 0,
            updated: 0,
            duplicated: 0,
        },
    );
    assert_eq!(j["summary"]["orphaned"], 1);
    assert_eq!(j["checks"]["progress_preserved_all_notes"], true);
}

#[test]
fn template_or_css_change_updates_the_note_types() {
    use deckgen::config::{BuildInfo, Format};
    use deckgen::export::ExportContext;
    use deckgen::export::apkg::{archive, build_package, collection};
    let Some(python) = anki::python() else {
        return;
    };
    let dir = util::fixture("sample");
    let deck = deckgen::load(&dir.path().join("content"))
        .unwrap()
        .deck
        .unwrap();
    let mut cards = deckgen::render::render_cards(&deck).cards;
    for c in &mut cards {
        c.mtime = 1_700_000_000;
    }
    let options = crate::util::build_options(&[Format::Apkg]);
    let write = |ts: i64, extra_css: &str, name: &str| {
        let cx = ExportContext {
            deck: &deck,
            options: &options,
            build: BuildInfo {
                timestamp: ts,
                note_types_mtime: ts,
            },
            cards: &cards,
        };
        let mut package = build_package(&cx).unwrap();
        for t in &mut package.note_types {
            t.css.push_str(extra_css);
        }
        let db = collection::write_collection(&package).unwrap();
        let bytes = archive::write_apkg(db.path(), ts, &[]).unwrap();
        let p = dir.path().join(name);
        fs::write(&p, bytes).unwrap();
        p
    };
    let old = write(1_700_000_000, "", "old.apkg");
    let new = write(
        1_700_000_100,
        "\n.card { letter-spacing: 0.01em; }",
        "new.apkg",
    );
    let report = anki::run(
        &python,
        "reimport.py",
        &[
            path(&old),
            path(&new),
            "--json",
            "--expect-updated",
            "0",
            "--expect-duplicated",
            "0",
        ],
    );
    report.expect_ok();
    assert_eq!(report.json["checks"]["note_type_changes_applied"], true);
    assert_eq!(report.json["checks"]["no_new_note_types"], true);
}

#[test]
fn same_content_and_timestamp_give_identical_packages() {
    let a = util::fixture("sample");
    let b = util::fixture("sample");
    let env = [("SOURCE_DATE_EPOCH", "1700000000")];
    deckgen_env(a.path(), &["build", "--format", "apkg"], &env).expect_code(0);
    deckgen_env(b.path(), &["build", "--format", "apkg"], &env).expect_code(0);
    let pa = fs::read(a.path().join("output/sample.apkg")).unwrap();
    let pb = fs::read(b.path().join("output/sample.apkg")).unwrap();
    assert_eq!(pa, pb, "byte-identical .apkg");
    // Without SOURCE_DATE_EPOCH, an unchanged rebuild keeps the package as it was.
    let c = util::fixture("sample");
    deckgen(c.path(), &["build", "--format", "apkg"]).expect_code(0);
    let first = fs::read(c.path().join("output/sample.apkg")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    deckgen(c.path(), &["build", "--format", "apkg"]).expect_code(0);
    assert_eq!(
        first,
        fs::read(c.path().join("output/sample.apkg")).unwrap()
    );
}
