//! `deckgen push` against `tests/anki/ankiconnect_server.py`: a stand-in for AnkiConnect over a
//! real Anki collection (the `anki` Python package), started on a free loopback port per test and
//! stopped after. The collection is then read back with `tests/anki/push_collection.py`.
//!
//! Without the Python venv these tests skip with a visible message; with `CI` set they fail.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use serde_json::Value;

use crate::util::{Run, deckgen, deckgen_env, fixture, replace_in, root, shipped};

/// The Python with the `anki` package: `target/anki-venv` (made from tests/anki's pinned
/// requirements). `None` after saying why when it is missing and `CI` is unset.
/// Anki's Python, from the repository's harness (created on first use; `CI` makes its absence a
/// failure).
fn python() -> Option<PathBuf> {
    crate::anki::python()
}

/// The stand-in AnkiConnect, killed when dropped.
struct Server {
    child: Child,
    url: String,
}

impl Server {
    fn start(python: &Path, collection: &Path, switches: &[&str]) -> Server {
        let mut child = Command::new(python)
            .arg(root().join("tests/anki/ankiconnect_server.py"))
            .arg("--collection")
            .arg(collection)
            .args(["--port", "0", "--idle", "60"])
            .args(switches)
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the AnkiConnect stand-in");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("read the server's first line");
        let address = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("server said {line:?}"));
        Server {
            child,
            url: format!("http://{address}"),
        }
    }

    /// Waits for a server that was told to die (`--die-after`) to be gone.
    fn wait(mut self) {
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `deckgen push` in `dir` against `server`.
#[track_caller]
fn push(dir: &Path, server: &Server, extra: &[&str]) -> Run {
    let mut args = vec!["push", "--url", &server.url];
    args.extend_from_slice(extra);
    deckgen(dir, &args)
}

/// Runs `push_collection.py`.
#[track_caller]
fn tool(python: &Path, args: &[&str]) -> String {
    let out = Command::new(python)
        .arg(root().join("tests/anki/push_collection.py"))
        .args(args)
        .output()
        .expect("run push_collection.py");
    assert!(
        out.status.success(),
        "push_collection.py {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn dump(python: &Path, collection: &Path) -> Value {
    serde_json::from_str(&tool(python, &["dump", path_str(collection)])).expect("dump is JSON")
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temp path")
}

/// The notes of a dump by card id (panics on a duplicate card id).
fn by_card_id(dump: &Value) -> std::collections::BTreeMap<String, Value> {
    let mut out = std::collections::BTreeMap::new();
    for note in dump["notes"].as_array().expect("notes") {
        if let Some(id) = note["fields"]["CardId"]
            .as_str()
            .filter(|id| !id.is_empty())
        {
            assert!(
                out.insert(id.to_string(), note.clone()).is_none(),
                "two notes with CardId {id}"
            );
        }
    }
    out
}

/// What an `.apkg` import and a push must agree on: notes (GUID, note type, fields, tags, the
/// decks of their cards), the note types in use (id, name, fields, templates, CSS), and decks.
fn comparable(dump: &Value) -> Value {
    let notes: Vec<Value> = by_card_id(dump)
        .into_values()
        .map(|n| {
            let decks: Vec<Value> = n["cards"]
                .as_array()
                .expect("cards")
                .iter()
                .map(|c| c["deck"].clone())
                .collect();
            serde_json::json!([
                n["guid"],
                n["note_type"],
                n["note_type_id"],
                n["fields"],
                n["tags"],
                decks
            ])
        })
        .collect();
    let types: Vec<Value> = dump["note_types"]
        .as_array()
        .expect("note types")
        .iter()
        // In use and deckgen's (a user's own note types are not the push's business).
        .filter(|t| t["uses"].as_i64() > Some(0))
        .filter(|t| t["name"].as_str().is_some_and(|n| n.starts_with("deckgen")))
        .map(|t| serde_json::json!([t["id"], t["name"], t["fields"], t["templates"], t["css"]]))
        .collect();
    serde_json::json!({ "notes": notes, "note_types": types, "decks": dump["decks"], "media": dump["media"] })
}

/// Scheduling of a note's cards (what a review changes).
fn scheduling(note: &Value) -> Vec<Value> {
    note["cards"]
        .as_array()
        .expect("cards")
        .iter()
        .map(|c| serde_json::json!([c["type"], c["ivl"], c["due"], c["reps"], c["revlog"]]))
        .collect()
}

/// Builds the `.apkg` of `dir/content` and imports it into a fresh collection; its dump.
fn apkg_import(python: &Path, dir: &Path, collection: &Path) -> Value {
    deckgen(dir, &["build", "--format", "apkg", "--quiet"]).expect_code(0);
    let apkg = std::fs::read_dir(dir.join("output"))
        .expect("output")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "apkg"))
        .expect("an .apkg");
    tool(python, &["import", path_str(collection), path_str(&apkg)]);
    dump(python, collection)
}

#[test]
fn first_push_of_the_shipped_deck_equals_an_apkg_import_and_a_second_push_does_nothing() {
    let Some(py) = python() else { return };
    let dir = shipped();
    let pushed = dir.path().join("pushed.anki2");
    {
        let server = Server::start(&py, &pushed, &[]);
        push(dir.path(), &server, &[])
            .expect_code(0)
            .expect_stdout("+431 added, ~0 changed, >0 moved, -0 removed");
        push(dir.path(), &server, &[])
            .expect_code(0)
            .expect_stdout("nothing to push");
    }
    let imported = apkg_import(&py, dir.path(), &dir.path().join("imported.anki2"));
    let pushed = dump(&py, &pushed);
    assert_eq!(by_card_id(&pushed).len(), 431);
    let (pushed, imported) = (comparable(&pushed), comparable(&imported));
    for part in ["notes", "note_types", "decks", "media"] {
        assert!(pushed[part] == imported[part], "{part} differ");
    }
}

/// The sample content, pushed once, with its first cards reviewed.
struct Pushed {
    dir: tempfile::TempDir,
    py: PathBuf,
    col: PathBuf,
}

fn pushed_sample() -> Option<Pushed> {
    let py = python()?;
    let dir = fixture("sample");
    let col = dir.path().join("collection.anki2");
    tool(&py, &["add-foreign", path_str(&col)]);
    {
        let server = Server::start(&py, &col, &[]);
        push(dir.path(), &server, &[])
            .expect_code(0)
            .expect_stdout("+12 added, ~0 changed, >0 moved, -0 removed");
    }
    tool(&py, &["add-own", path_str(&col)]);
    tool(
        &py,
        &[
            "review",
            path_str(&col),
            "queue-decoupling",
            "log-retention",
            "ack-code",
        ],
    );
    Some(Pushed { dir, py, col })
}

/// Edits the sample: one answer changed, one card added, one removed, one moved to the other
/// section.
fn edit_sample(dir: &Path) {
    let queues = dir.join("content/01-queues.md");
    let streams = dir.join("content/02-streams.md");
    replace_in(
        &queues,
        "The producer from the consumer",
        "The producer from its consumer",
    );
    let text = std::fs::read_to_string(&queues).expect("read");
    let start = text
        .find("## How do you acknowledge")
        .expect("ack-code card");
    let end = text.find("## Delivery guarantees").expect("next card");
    let mut edited = format!("{}{}", &text[..start], &text[end..]);
    edited.push_str("\n## What is a poison message? {#poison-message}\n\nOne that fails every time it is processed.\n");
    let streams_text = std::fs::read_to_string(&streams).expect("read");
    let start = streams_text
        .find("## Why does Kafka keep records")
        .expect("log-retention card");
    let end = streams_text.find("## Kafka orders").expect("next card");
    edited.push('\n');
    edited.push_str(&streams_text[start..end]);
    std::fs::write(&queues, edited).expect("write");
    std::fs::write(
        &streams,
        format!("{}{}", &streams_text[..start], &streams_text[end..]),
    )
    .expect("write");
}

#[test]
fn edits_additions_removals_and_moves_keep_review_history() {
    let Some(Pushed { dir, py, col }) = pushed_sample() else {
        return;
    };
    let before = by_card_id(&dump(&py, &col));
    let foreign_before: Vec<Value> = dump(&py, &col)["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .filter(|n| n["note_type"] == "Basic" || n["fields"]["CardId"] == "")
        .cloned()
        .collect();
    edit_sample(dir.path());
    let server = Server::start(&py, &col, &[]);
    // A dry run tells and changes nothing.
    push(dir.path(), &server, &["--dry-run"])
        .expect_code(0)
        .expect_stdout("would push: +1 added, ~2 changed, >1 moved, -1 removed");
    push(dir.path(), &server, &[])
        .expect_code(0)
        .expect_stdout("+1 added, ~2 changed, >1 moved, -1 removed")
        .expect_stdout("> [queues] Why does Kafka keep records")
        .expect_stdout("- [queues] How do you acknowledge a message in code? (ack-code)");
    push(dir.path(), &server, &[])
        .expect_code(0)
        .expect_stdout("nothing to push");
    drop(server);
    let after_dump = dump(&py, &col);
    // The same notes, fields, tags, decks and note types as an .apkg of the edited content
    // imported into a fresh collection (but for the removed note, which a push keeps).
    let imported = comparable(&apkg_import(
        &py,
        dir.path(),
        &dir.path().join("fresh.anki2"),
    ));
    let mut pushed = comparable(&after_dump);
    if let Some(notes) = pushed["notes"].as_array_mut() {
        notes.retain(|n| n[3]["CardId"] != "ack-code");
    }
    assert!(
        pushed["notes"] == imported["notes"],
        "notes differ from an .apkg import"
    );
    assert!(
        pushed["note_types"] == imported["note_types"],
        "note types differ"
    );
    let after = by_card_id(&after_dump);
    // Edited in place, same note, same scheduling.
    let edited = &after["queue-decoupling"];
    assert_eq!(edited["id"], before["queue-decoupling"]["id"]);
    assert!(
        edited["fields"]["Back"]
            .as_str()
            .is_some_and(|b| b.contains("its consumer"))
    );
    assert_eq!(scheduling(edited), scheduling(&before["queue-decoupling"]));
    assert_ne!(scheduling(edited)[0][3], 0, "the card was reviewed");
    // Moved to the other section's deck, history kept.
    let moved = &after["log-retention"];
    assert_eq!(moved["id"], before["log-retention"]["id"]);
    assert_eq!(moved["cards"][0]["deck"], "Sample Deck::Queues");
    assert_eq!(moved["fields"]["Section"], "Queues");
    assert_eq!(scheduling(moved), scheduling(&before["log-retention"]));
    // Removed: kept, tagged and suspended, history kept.
    let removed = &after["ack-code"];
    assert!(
        removed["tags"]
            .as_array()
            .expect("tags")
            .contains(&Value::from("deckgen::removed"))
    );
    assert_eq!(removed["cards"][0]["queue"], -1);
    assert_eq!(
        removed["cards"][0]["reps"],
        before["ack-code"]["cards"][0]["reps"]
    );
    // Added in its section's deck.
    assert_eq!(
        after["poison-message"]["cards"][0]["deck"],
        "Sample Deck::Queues"
    );
    // The note deckgen did not make is untouched.
    let foreign_after: Vec<Value> = after_dump["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .filter(|n| n["note_type"] == "Basic" || n["fields"]["CardId"] == "")
        .cloned()
        .collect();
    assert_eq!(foreign_before, foreign_after);
    assert_eq!(foreign_after.len(), 2);

    // --delete-removed deletes the removed note, once.
    let server = Server::start(&py, &col, &[]);
    push(dir.path(), &server, &["--delete-removed"])
        .expect_code(0)
        .expect_stdout("+0 added, ~0 changed, >0 moved, -1 removed");
    push(dir.path(), &server, &["--delete-removed"])
        .expect_code(0)
        .expect_stdout("nothing to push");
    drop(server);
    let after = by_card_id(&dump(&py, &col));
    assert!(!after.contains_key("ack-code"));
    assert_eq!(after.len(), 12);
    // A card that comes back is restored: untagged and unsuspended, the same note.
}

#[test]
fn notes_imported_from_the_apkg_are_the_notes_a_push_updates() {
    let Some(py) = python() else { return };
    let dir = fixture("sample");
    let col = dir.path().join("collection.anki2");
    let imported = apkg_import(&py, dir.path(), &col);
    tool(&py, &["review", path_str(&col), "queue-decoupling"]);
    let before = by_card_id(&dump(&py, &col));
    let server = Server::start(&py, &col, &[]);
    push(dir.path(), &server, &[])
        .expect_code(0)
        .expect_stdout("nothing to push");
    replace_in(
        &dir.path().join("content/01-queues.md"),
        "The producer from the consumer",
        "The producer from its consumer",
    );
    push(dir.path(), &server, &[])
        .expect_code(0)
        .expect_stdout("+0 added, ~1 changed, >0 moved, -0 removed");
    drop(server);
    let after = by_card_id(&dump(&py, &col));
    assert_eq!(after.len(), by_card_id(&imported).len());
    for (id, note) in &after {
        assert_eq!(note["id"], before[id]["id"], "{id}");
        assert_eq!(note["guid"], before[id]["guid"], "{id}");
        assert_eq!(scheduling(note), scheduling(&before[id]), "{id}");
    }
}

#[test]
fn a_push_cut_off_anywhere_converges_when_run_again() {
    let Some(Pushed { dir, py, col }) = pushed_sample() else {
        return;
    };
    edit_sample(dir.path());
    let template = std::fs::read(&col).expect("collection");
    let expected = {
        let server = Server::start(&py, &col, &[]);
        push(dir.path(), &server, &[]).expect_code(0);
        drop(server);
        comparable(&dump(&py, &col))
    };
    // The edited push sends about 18 requests: cut it off while reading, and after each step.
    for die_after in [2, 5, 7, 8, 9, 10, 11, 12] {
        std::fs::write(&col, &template).expect("restore the collection");
        let server = Server::start(&py, &col, &["--die-after", &die_after.to_string()]);
        let run = push(dir.path(), &server, &[]);
        server.wait();
        if run.code != 0 {
            run.expect_code(2).expect_stderr("run `deckgen push` again");
        }
        let server = Server::start(&py, &col, &[]);
        push(dir.path(), &server, &[]).expect_code(0);
        push(dir.path(), &server, &[])
            .expect_code(0)
            .expect_stdout("nothing to push");
        drop(server);
        let got = comparable(&dump(&py, &col));
        for part in ["notes", "note_types", "decks", "media"] {
            assert!(
                got[part] == expected[part],
                "cut off after {die_after} requests: {part} differ"
            );
        }
    }
}

#[test]
fn add_on_bugs_are_verified_and_repaired() {
    let Some(Pushed { dir, py, col }) = pushed_sample() else {
        return;
    };
    edit_sample(dir.path());
    let server = Server::start(
        &py,
        &col,
        &["--bug-import-default-deck", "--bug-lost-updates", "2"],
    );
    push(dir.path(), &server, &[])
        .expect_code(0)
        .expect_stdout("+1 added, ~2 changed, >1 moved, -1 removed")
        .expect_stdout("redid");
    push(dir.path(), &server, &[])
        .expect_code(0)
        .expect_stdout("nothing to push");
    drop(server);
    let after = by_card_id(&dump(&py, &col));
    assert_eq!(
        after["poison-message"]["cards"][0]["deck"],
        "Sample Deck::Queues"
    );
    assert!(
        after["queue-decoupling"]["fields"]["Back"]
            .as_str()
            .is_some_and(|b| b.contains("its consumer"))
    );
}

#[test]
fn faults_are_clear_errors_with_exit_code_2() {
    let Some(py) = python() else { return };
    let dir = fixture("sample");
    let col = dir.path().join("collection.anki2");
    // Nothing listening.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    deckgen(
        dir.path(),
        &["push", "--url", &format!("http://127.0.0.1:{port}")],
    )
    .expect_code(2)
    .expect_stderr("Anki is not answering")
    .expect_stderr("AnkiConnect");
    // URLs deckgen refuses.
    deckgen(dir.path(), &["push", "--url", "https://127.0.0.1:8765"])
        .expect_code(2)
        .expect_stderr("plain HTTP");
    // A wrong key and a missing key; the key is never printed.
    {
        let server = Server::start(&py, &col, &["--key", "s3cret-key"]);
        let run = push(dir.path(), &server, &["--api-key", "wr0ng-key"]);
        run.expect_code(2).expect_stderr("refused the API key");
        assert!(!run.stderr.contains("wr0ng-key") && !run.stdout.contains("wr0ng-key"));
        push(dir.path(), &server, &[])
            .expect_code(2)
            .expect_stderr("--api-key");
        let run = deckgen_env(
            dir.path(),
            &["push", "--url", &server.url],
            &[("DECKGEN_ANKI_API_KEY", "s3cret-key")],
        );
        run.expect_code(0).expect_stdout("+12 added");
        assert!(!run.stderr.contains("s3cret") && !run.stdout.contains("s3cret"));
    }
    // Too old an AnkiConnect.
    {
        let server = Server::start(&py, &col, &["--api-version", "5"]);
        push(dir.path(), &server, &[])
            .expect_code(2)
            .expect_stderr("API version 5")
            .expect_stderr("update the add-on");
    }
    // A note Anki rejects, on update and on add; then a good push finishes the job.
    replace_in(
        &dir.path().join("content/01-queues.md"),
        "The producer from the consumer",
        "The producer from its consumer",
    );
    replace_in(
        &dir.path().join("content/02-streams.md"),
        "{#log-retention}",
        "{#log-retention-new}",
    );
    for (reject, says) in [
        ("queue-decoupling", "Anki refused card `queue-decoupling`"),
        ("log-retention-new", "Anki refused `importPackage`"),
    ] {
        let server = Server::start(&py, &col, &["--reject-card-id", reject]);
        push(dir.path(), &server, &[])
            .expect_code(2)
            .expect_stderr(says)
            .expect_stderr("cannot create note");
    }
    let server = Server::start(&py, &col, &[]);
    push(dir.path(), &server, &[])
        .expect_code(0)
        .expect_stdout("+1 added")
        .expect_stdout("-1 removed");
    drop(server);
    assert_eq!(by_card_id(&dump(&py, &col)).len(), 13);
}

#[test]
fn a_card_that_comes_back_is_restored_with_its_history() {
    let Some(Pushed { dir, py, col }) = pushed_sample() else {
        return;
    };
    let queues = dir.path().join("content/01-queues.md");
    let original = std::fs::read_to_string(&queues).expect("read");
    let start = original
        .find("## How do you acknowledge")
        .expect("ack-code");
    let end = original.find("## Delivery guarantees").expect("next card");
    std::fs::write(
        &queues,
        format!("{}{}", &original[..start], &original[end..]),
    )
    .expect("write");
    let before = by_card_id(&dump(&py, &col));
    let server = Server::start(&py, &col, &[]);
    push(dir.path(), &server, &[])
        .expect_code(0)
        .expect_stdout("-1 removed");
    std::fs::write(&queues, &original).expect("write");
    push(dir.path(), &server, &[])
        .expect_code(0)
        .expect_stdout("+0 added, ~1 changed, >0 moved, -0 removed");
    drop(server);
    let note = &by_card_id(&dump(&py, &col))["ack-code"];
    assert_eq!(note["id"], before["ack-code"]["id"]);
    assert_ne!(note["cards"][0]["queue"], -1, "unsuspended");
    assert!(
        !note["tags"]
            .as_array()
            .expect("tags")
            .contains(&Value::from("deckgen::removed"))
    );
    assert_eq!(scheduling(note), scheduling(&before["ack-code"]));
}

#[test]
fn sections_and_note_types_the_user_edited() {
    let Some(Pushed { dir, py, col }) = pushed_sample() else {
        return;
    };
    // --section: only that section's notes; the other section's removed card is left alone.
    edit_sample(dir.path());
    replace_in(
        &dir.path().join("content/02-streams.md"),
        "{#kafka-ordering .cloze}",
        "{#kafka-ordering-2 .cloze}",
    );
    let server = Server::start(&py, &col, &[]);
    push(dir.path(), &server, &["--section", "streams"])
        .expect_code(0)
        .expect_stdout("+1 added, ~0 changed, >0 moved, -1 removed")
        .expect_stdout("(kafka-ordering)");
    push(dir.path(), &server, &["--section", "nope"])
        .expect_code(2)
        .expect_stderr("no section `nope`");
    drop(server);
    // CSS the user changed is set back, and said so.
    tool(
        &py,
        &[
            "set-css",
            path_str(&col),
            "deckgen Cloze",
            ".card { color: red }",
        ],
    );
    let server = Server::start(&py, &col, &[]);
    push(dir.path(), &server, &["--section", "streams"])
        .expect_code(0)
        .expect_stdout("note type `deckgen Cloze`: style set to deckgen's");
    drop(server);
    // A field the user added is an error that names it; nothing is changed.
    tool(
        &py,
        &["add-field", path_str(&col), "deckgen Basic", "Mnemonic"],
    );
    let before = dump(&py, &col);
    let server = Server::start(&py, &col, &[]);
    push(dir.path(), &server, &[])
        .expect_code(2)
        .expect_stderr("note type `deckgen Basic` in Anki differs from deckgen's")
        .expect_stderr("Mnemonic");
    drop(server);
    assert_eq!(dump(&py, &col)["notes"], before["notes"]);
}

/// The media file names (`deckgen-…`) a note's fields refer to.
fn media_refs(note: &Value) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for field in note["fields"].as_object().expect("fields").values() {
        let text = field.as_str().expect("field text");
        for (start, _) in text.match_indices("src=\"deckgen-") {
            let name = &text[start + 5..];
            let end = name.find('"').expect("closing quote");
            out.insert(name[..end].to_string());
        }
    }
    out
}

/// deckgen's media files in a dump of the collection.
fn media_of(dump: &Value) -> std::collections::BTreeSet<String> {
    dump["media"]
        .as_array()
        .expect("media")
        .iter()
        .filter_map(Value::as_str)
        .filter(|n| n.starts_with("deckgen-"))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_pictures_cards_use_are_uploaded_and_an_edited_diagram_replaces_its_file() {
    let Some(py) = python() else { return };
    let dir = fixture("pictures");
    let col = dir.path().join("collection.anki2");
    let media_dir = dir.path().join("collection.media");
    {
        let server = Server::start(&py, &col, &[]);
        push(dir.path(), &server, &["--dry-run"])
            .expect_code(0)
            .expect_stdout("would push: +5 added")
            .expect_stdout("media files to upload");
    }
    assert!(
        media_of(&dump(&py, &col)).is_empty(),
        "--dry-run uploaded media"
    );
    {
        let server = Server::start(&py, &col, &[]);
        push(dir.path(), &server, &[])
            .expect_code(0)
            .expect_stdout("+5 added, ~0 changed, >0 moved, -0 removed")
            .expect_stdout("media files uploaded");
        push(dir.path(), &server, &[])
            .expect_code(0)
            .expect_stdout("nothing to push");
    }
    let first = dump(&py, &col);
    let notes = by_card_id(&first);
    let used: std::collections::BTreeSet<String> = notes.values().flat_map(media_refs).collect();
    // Two diagrams (light and dark each) and two images.
    assert_eq!(used.len(), 6, "{used:?}");
    assert_eq!(
        media_of(&first),
        used,
        "Anki's media folder against the cards"
    );
    let dlq = media_refs(&notes["dlq"]);
    assert_eq!(dlq.len(), 2, "{dlq:?}");
    for name in &used {
        let bytes = std::fs::read(media_dir.join(name)).expect("media file");
        if name.ends_with(".svg") {
            assert!(String::from_utf8_lossy(&bytes).contains("<svg"), "{name}");
        } else {
            assert!(bytes.starts_with(b"\x89PNG"), "{name}");
        }
    }

    // An edited diagram is a new file; its card is updated in place.
    replace_in(
        &dir.path().join("content/01-pictures.md"),
        "Consumer -- Fail --> DLQ",
        "Consumer -- Fail --> DeadLetters",
    );
    {
        let server = Server::start(&py, &col, &[]);
        push(dir.path(), &server, &[])
            .expect_code(0)
            .expect_stdout("+0 added, ~1 changed, >0 moved, -0 removed")
            .expect_stdout("+ 2 media files uploaded");
    }
    let second = dump(&py, &col);
    let after = by_card_id(&second);
    assert_eq!(after["dlq"]["id"], notes["dlq"]["id"], "note id kept");
    let new = media_refs(&after["dlq"]);
    assert_eq!(new.len(), 2);
    assert!(new.is_disjoint(&dlq), "the edited diagram has new names");
    let files = media_of(&second);
    assert!(new.is_subset(&files), "{new:?} not in {files:?}");
    let svg = std::fs::read_to_string(media_dir.join(new.first().expect("a name"))).expect("svg");
    assert!(svg.contains("DeadLetters"), "the new file holds the edit");

    // A file gone from Anki's media folder (say, deleted by hand) is uploaded again.
    std::fs::remove_file(media_dir.join(new.first().expect("a name"))).expect("remove");
    {
        let server = Server::start(&py, &col, &[]);
        push(dir.path(), &server, &[])
            .expect_code(0)
            .expect_stdout("+0 added, ~0 changed, >0 moved, -0 removed")
            .expect_stdout("+ 1 media file uploaded");
    }
    assert!(media_of(&dump(&py, &col)).is_superset(&new));
}
