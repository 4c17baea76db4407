//! genanki-rs as the reference writer: the same package written by genanki-rs and by deckgen's own
//! writer must import into Anki as identical notes, cards, decks, tags and note types.
//!
//! deckgen writes .apkg files itself (genanki-rs spends ~0.5 ms per note re-deriving card templates,
//! see the README's benchmark); genanki-rs stays here to prove the two agree.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use deckgen::config::{BuildInfo, BuildOptions, Format};
use deckgen::export::ExportContext;
use deckgen::export::apkg::{AnkiPackage, NoteTypeKind, archive, build_package, collection};
use deckgen::render::render_cards;
use serde_json::Value;

use crate::anki;
use crate::csv_export::path;
use crate::util;

/// Writes `package` with genanki-rs.
pub fn write_with_genanki(package: &AnkiPackage, out: &Path) {
    let models: Vec<genanki_rs::Model> = package
        .note_types
        .iter()
        .map(|t| {
            genanki_rs::Model::new_with_options(
                t.id,
                t.name,
                t.fields.iter().map(|f| genanki_rs::Field::new(f)).collect(),
                t.templates
                    .iter()
                    .map(|tpl| {
                        genanki_rs::Template::new(tpl.name)
                            .qfmt(tpl.front)
                            .afmt(tpl.back)
                    })
                    .collect(),
                Some(&t.css),
                Some(match t.kind {
                    NoteTypeKind::Standard => genanki_rs::ModelType::FrontBack,
                    NoteTypeKind::Cloze => genanki_rs::ModelType::Cloze,
                }),
                None,
                None,
                None,
            )
        })
        .collect();
    let mut decks: Vec<genanki_rs::Deck> = package
        .decks
        .iter()
        .map(|d| genanki_rs::Deck::new(d.id, &d.name, &d.description))
        .collect();
    for note in &package.notes {
        let fields: Vec<&str> = package.fields(note).to_vec();
        let tags: Vec<&str> = note.tags.split_whitespace().collect();
        let n = genanki_rs::Note::new_with_options(
            models[note.note_type].clone(),
            fields,
            None,
            Some(tags),
            Some(note.guid),
        )
        .expect("genanki note");
        decks[note.deck].add_note(n);
    }
    let mut pkg = genanki_rs::Package::new(decks, vec![]).expect("genanki package");
    pkg.write_to_file_timestamp(out.to_str().unwrap(), package.timestamp as f64)
        .expect("genanki write");
}

/// The shipped deck and its rendered cards (the package borrows from them).
fn shipped_cards() -> (deckgen::model::Deck, Vec<deckgen::render::RenderedCard>) {
    let deck = deckgen::load(&util::root().join("content"))
        .unwrap()
        .deck
        .unwrap();
    let mut cards = render_cards(&deck).cards;
    for c in &mut cards {
        c.mtime = 1_700_000_000;
    }
    (deck, cards)
}

/// The package deckgen builds for the shipped deck.
fn shipped_package<'a>(
    deck: &'a deckgen::model::Deck,
    cards: &'a [deckgen::render::RenderedCard],
    options: &'a BuildOptions,
) -> AnkiPackage<'a> {
    let cx = ExportContext {
        deck,
        options,
        build: BuildInfo {
            timestamp: 1_700_000_000,
            note_types_mtime: 1_700_000_000,
        },
        cards,
    };
    build_package(&cx).unwrap()
}

fn options() -> BuildOptions {
    util::build_options(&[Format::Apkg])
}

/// What Anki holds after importing one package, without ids and times.
fn imported(python: &Path, apkg: &Path) -> Value {
    let report = anki::run(
        python,
        "inspect_apkg.py",
        &[path(apkg), "--json", "--strict"],
    );
    report.expect_ok();
    let j = report.json.clone();
    let notes: BTreeMap<String, Value> = j["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            let mut cards: Vec<(i64, String, String)> = n["cards"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| {
                    (
                        c["ord"].as_i64().unwrap(),
                        c["template"].as_str().unwrap().to_string(),
                        c["deck"].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            cards.sort();
            let mut tags: Vec<String> = serde_json::from_value(n["tags"].clone()).unwrap();
            tags.sort();
            let key = n["guid"].as_str().unwrap().to_string();
            let value = serde_json::json!({
                "note_type": n["note_type"], "fields": n["fields"], "tags": tags, "cards": cards,
            });
            (key, value)
        })
        .collect();
    let note_types: Vec<Value> = j["note_types"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| serde_json::json!({"name": t["name"], "kind": t["kind"], "fields": t["fields"], "templates": t["templates"], "notes": t["note_count"]}))
        .collect();
    serde_json::json!({
        "counts": j["counts"], "decks": j["decks"], "tags": j["tags"], "cards_per_deck": j["cards_per_deck"],
        "note_types": note_types, "notes": notes, "empty_cards": j["empty_cards"],
    })
}

#[test]
fn our_writer_and_genanki_rs_import_identically() {
    let Some(python) = anki::python() else {
        return;
    };
    let (deck, cards) = shipped_cards();
    let options = options();
    let package = shipped_package(&deck, &cards, &options);
    let dir = tempfile::tempdir().unwrap();
    let ours = dir.path().join("ours.apkg");
    let reference = dir.path().join("genanki.apkg");
    let db = collection::write_collection(&package).unwrap();
    fs::write(
        &ours,
        archive::write_apkg(db.path(), package.timestamp, &[]).unwrap(),
    )
    .unwrap();
    write_with_genanki(&package, &reference);
    let (a, b) = (imported(&python, &ours), imported(&python, &reference));
    assert!(a["counts"]["notes"].as_u64().unwrap() >= 200);
    for key in [
        "counts",
        "decks",
        "tags",
        "cards_per_deck",
        "note_types",
        "empty_cards",
    ] {
        assert_eq!(a[key], b[key], "{key} differs");
    }
    let (na, nb) = (
        a["notes"].as_object().unwrap(),
        b["notes"].as_object().unwrap(),
    );
    assert_eq!(na.len(), nb.len());
    for (guid, note) in na {
        assert_eq!(Some(note), nb.get(guid), "note {guid} differs");
    }
}
