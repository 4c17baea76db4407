//! `deckgen new`, `deckgen check --fix`, `deckgen completions` and `deckgen man`.

use std::fs;

use crate::util::{deckgen, snapshot};

#[test]
fn new_writes_a_starter_deck_that_builds_and_imports() {
    let dir = tempfile::tempdir().unwrap();
    deckgen(dir.path(), &["new", "my-deck"])
        .expect_code(0)
        .expect_stdout("deckgen serve --content my-deck/content");
    let deck = dir.path().join("my-deck");
    assert!(
        fs::read_to_string(deck.join("README.md"))
            .unwrap()
            .contains("docs/FORMAT.md")
    );
    assert_eq!(
        fs::read_to_string(deck.join(".gitignore"))
            .unwrap()
            .lines()
            .last(),
        Some("output/")
    );
    deckgen(&deck, &["check"])
        .expect_code(0)
        .expect_stdout("ok: 2 sections");
    let build = deckgen(&deck, &["build", "--content", "content", "--out", "output"]);
    build.expect_code(0);
    assert!(build.stderr.is_empty(), "no warnings: {}", build.stderr);
    let out = snapshot(&deck.join("output"));
    let names: Vec<String> = out.keys().map(|p| p.display().to_string()).collect();
    assert!(names.iter().any(|n| n == "my-deck.apkg"), "{names:?}");
    assert!(names.iter().any(|n| n == "pdf/card-kinds.pdf"), "{names:?}");
    // Every card kind is there: basic, reverse, cloze, table.
    let list = deckgen(&deck, &["list"]);
    for kind in ["reverse", "cloze", "table"] {
        assert!(list.stdout.contains(kind), "{kind} in {}", list.stdout);
    }
    if let Some(python) = crate::anki::python() {
        let apkg = deck.join("output/my-deck.apkg");
        crate::anki::run(
            &python,
            "inspect_apkg.py",
            &[apkg.to_str().unwrap(), "--json", "--strict"],
        )
        .expect_ok();
    }
}

#[test]
fn new_refuses_a_non_empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    deckgen(dir.path(), &["new", "."])
        .expect_code(2)
        .expect_stderr("is not empty");
    assert_eq!(snapshot(dir.path()).len(), 1, "nothing written");
    // An empty folder is fine.
    fs::create_dir(dir.path().join("empty")).unwrap();
    deckgen(dir.path(), &["new", "empty"]).expect_code(0);
}

const DECK: &str = "id = \"fixme\"\nname = \"Fix me\"\n";

/// A section file with CRLF line endings, a BOM, odd spacing and cards without ids.
const CRLF_BOM: &[u8] = b"\xEF\xBB\xBF+++\r\ntitle = \"One\"\r\n+++\r\n\r\n- point\r\n\r\n\
## What is   a queue?\r\n\r\nA buffer.  \r\n\r\n## Term {.reverse}\t\r\n\r\nDefinition.\r\n\r\n\
## Kept {#kept}\r\n\r\nAnswer.\r\n";

#[test]
fn check_fix_adds_ids_and_changes_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    fs::create_dir(&content).unwrap();
    fs::write(content.join("deck.toml"), DECK).unwrap();
    fs::write(content.join("01-one.md"), CRLF_BOM).unwrap();
    fs::write(
        content.join("02-two.md"),
        "+++\ntitle = \"Two\"\n+++\n\n## Kafka keeps order {{c1::per partition}}. {.cloze}\n\nExtra.\n",
    )
    .unwrap();
    let before_ids = deckgen(dir.path(), &["check"]);
    before_ids.expect_code(0).expect_stderr("what-is-a-queue");

    let run = deckgen(dir.path(), &["check", "--fix"]);
    run.expect_code(0)
        .expect_stdout("01-one.md:7: added {#what-is-a-queue}")
        .expect_stdout("+ ## Term {#term .reverse}")
        .expect_stdout("gave 3 cards an id in 2 files");
    let expected: Vec<u8> = String::from_utf8_lossy(CRLF_BOM)
        .replace(
            "## What is   a queue?\r\n",
            "## What is   a queue? {#what-is-a-queue}\r\n",
        )
        .replace("## Term {.reverse}\t\r\n", "## Term {#term .reverse}\t\r\n")
        .into_bytes();
    assert_eq!(fs::read(content.join("01-one.md")).unwrap(), expected);
    assert_eq!(
        fs::read_to_string(content.join("02-two.md")).unwrap(),
        "+++\ntitle = \"Two\"\n+++\n\n## Kafka keeps order {{c1::per partition}}. \
         {#kafka-keeps-order-per-partition .cloze}\n\nExtra.\n"
    );
    // Now every card has its id: no warnings, and a second run changes nothing.
    let check = deckgen(dir.path(), &["check"]);
    check.expect_code(0);
    assert!(!check.stderr.contains("warning"), "{}", check.stderr);
    let files = snapshot(&content);
    deckgen(dir.path(), &["check", "--fix"])
        .expect_code(0)
        .expect_stdout("nothing to change");
    assert_eq!(snapshot(&content), files);
    let leftovers: Vec<_> = fs::read_dir(&content)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "temp files left: {leftovers:?}");
}

#[test]
fn check_fix_refuses_when_an_id_would_collide() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    fs::create_dir(&content).unwrap();
    fs::write(content.join("deck.toml"), DECK).unwrap();
    let text = "+++\ntitle = \"One\"\n+++\n\n## What is a queue?\n\nA.\n\n## Other {#what-is-a-queue}\n\nB.\n\n## Free card\n\nC.\n";
    fs::write(content.join("01-one.md"), text).unwrap();
    deckgen(dir.path(), &["check", "--fix"])
        .expect_code(1)
        .expect_stderr("duplicate card id `what-is-a-queue`")
        .expect_stderr("nothing was changed");
    assert_eq!(fs::read_to_string(content.join("01-one.md")).unwrap(), text);
}

#[test]
fn completions_and_man_page() {
    let dir = tempfile::tempdir().unwrap();
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef deckgen"),
        ("fish", "complete -c deckgen"),
    ] {
        let run = deckgen(dir.path(), &["completions", shell]);
        run.expect_code(0).expect_stdout(marker);
        assert!(run.stdout.contains("serve"), "{shell}: subcommands listed");
    }
    deckgen(dir.path(), &["completions", "tcsh"]).expect_code(2);
    let man = deckgen(dir.path(), &["man"]);
    man.expect_code(0)
        .expect_stdout(".TH deckgen 1")
        .expect_stdout("serve");
}
