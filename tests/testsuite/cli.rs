//! The command line: help, exit codes, what `build` prints and writes, `--dry-run`, `--section`.

use std::fs;

use crate::util::{self, deckgen, snapshot};

#[test]
fn help_shows_commands_and_examples() {
    let dir = util::fixture("sample");
    let run = deckgen(dir.path(), &["--help"]);
    run.expect_code(0)
        .expect_stdout("build")
        .expect_stdout("check")
        .expect_stdout("list")
        .expect_stdout("watch")
        .expect_stdout("Examples:")
        .expect_stdout("deckgen build --dry-run");
    deckgen(dir.path(), &["build", "--help"])
        .expect_code(0)
        .expect_stdout("--format <FORMAT>")
        .expect_stdout("--paper");
}

#[test]
fn check_on_good_content() {
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["check"])
        .expect_code(0)
        .expect_stdout("ok: 2 sections, 12 cards");
}

#[test]
fn check_never_writes() {
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["check"]).expect_code(0);
    assert!(!dir.path().join("output").exists());
}

#[test]
fn list_shows_sections_counts_kinds_and_tables() {
    let dir = util::fixture("sample");
    let run = deckgen(dir.path(), &["list"]);
    run.expect_code(0)
        .expect_stdout("Sample Deck (sample)")
        .expect_stdout("table delivery-guarantees (3 rows × 3 columns)")
        .expect_stdout("table kafka-vs-rabbitmq (3 rows × 3 columns)");
    let queues = run
        .stdout
        .lines()
        .find(|l| l.starts_with("queues"))
        .unwrap();
    let numbers: Vec<&str> = queues.split_whitespace().take(6).collect();
    assert_eq!(numbers, ["queues", "7", "2", "1", "1", "3"], "{queues}");
}

#[test]
fn usage_errors_exit_2() {
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["build", "--format", "docx"])
        .expect_code(2)
        .expect_stderr("invalid value 'docx'");
    deckgen(dir.path(), &["build", "--section", "nope"])
        .expect_code(2)
        .expect_stderr("no section `nope`")
        .expect_stderr("queues, streams");
    deckgen(dir.path(), &["check", "--content", "missing"])
        .expect_code(2)
        .expect_stderr("missing");
    deckgen(dir.path(), &["frobnicate"]).expect_code(2);
    assert!(!dir.path().join("output").exists(), "nothing written");
}

#[test]
fn build_writes_every_format_and_reports_files() {
    let dir = util::fixture("sample");
    let run = deckgen(dir.path(), &["build"]);
    run.expect_code(0)
        .expect_stdout("wrote output/sample.apkg")
        .expect_stdout("wrote output/csv/sample.csv")
        .expect_stdout("wrote output/csv/queues.csv")
        .expect_stdout("wrote output/manifest.json")
        .expect_stdout("built 12 cards in 2 sections");
    let out = dir.path().join("output");
    for f in [
        "sample.apkg",
        "csv/sample.csv",
        "csv/queues.csv",
        "csv/streams.csv",
        "manifest.json",
    ] {
        assert!(out.join(f).is_file(), "{f}");
    }
    // A second build changes nothing on disk.
    let before = snapshot(&out);
    deckgen(dir.path(), &["build"])
        .expect_code(0)
        .expect_stdout("unchanged output/sample.apkg")
        .expect_stdout("no changes since the last build");
    assert_eq!(before, snapshot(&out));
}

#[test]
fn quiet_prints_nothing_on_success() {
    let dir = util::fixture("sample");
    let run = deckgen(dir.path(), &["build", "--quiet", "--format", "csv"]);
    run.expect_code(0);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "");
}

#[test]
fn format_and_section_select_outputs() {
    let dir = util::fixture("sample");
    deckgen(
        dir.path(),
        &["build", "--format", "csv", "--section", "streams"],
    )
    .expect_code(0);
    let files: Vec<_> = snapshot(&dir.path().join("output")).into_keys().collect();
    let names: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    assert_eq!(
        names,
        ["csv/sample.csv", "csv/streams.csv", "manifest.json"]
    );
    let csv = fs::read_to_string(dir.path().join("output/csv/sample.csv")).unwrap();
    assert!(csv.contains("Sample Deck::Streams"));
    assert!(!csv.contains("Sample Deck::Queues"));
}

#[test]
fn plain_csv_flavour() {
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["build", "--format", "csv", "--csv", "plain"]).expect_code(0);
    let plain = fs::read_to_string(dir.path().join("output/csv/plain/sample.csv")).unwrap();
    assert!(!plain.starts_with('#'), "no Anki headers");
    assert!(!plain.contains('<'), "no HTML: {plain}");
    assert!(plain.contains("Competing consumers,Several workers read one queue"));
    // The reversed card gives a second row, the cloze card one row per deletion.
    assert!(plain.contains("Several workers read one queue and each message goes to exactly one of them.,Competing consumers"));
    assert!(
        plain.contains("A consumer that crashes before its [...] gets the message redelivered.")
    );
    assert!(plain.contains("A consumer that crashes before its ack gets the message [...]."));
    assert!(
        !dir.path().join("output/csv/sample.csv").exists(),
        "only the plain flavour"
    );
}

#[test]
fn dry_run_reports_changes_and_writes_nothing() {
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    let before = snapshot(&dir.path().join("output"));
    util::replace_in(
        &dir.path().join("content/02-streams.md"),
        "So that several consumer groups",
        "So that many groups",
    );
    deckgen(dir.path(), &["build", "--dry-run"])
        .expect_code(0)
        .expect_stdout("would build: +0 added, ~1 changed, -0 removed")
        .expect_stdout(
            "~ [streams] Why does Kafka keep records after they are consumed? (log-retention)",
        );
    assert_eq!(before, snapshot(&dir.path().join("output")));
}

#[test]
fn change_report_lists_removed_cards_with_an_anki_search() {
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    let file = dir.path().join("content/02-streams.md");
    let text = fs::read_to_string(&file).unwrap();
    let cut = text.find("## Kafka orders records").unwrap();
    let end = text.find("## Kafka vs RabbitMQ").unwrap();
    fs::write(&file, format!("{}{}", &text[..cut], &text[end..])).unwrap();
    deckgen(dir.path(), &["build", "--format", "csv"])
        .expect_code(0)
        .expect_stdout("+0 added, ~0 changed, -1 removed")
        .expect_stdout("- [streams] Kafka orders records only within a partition. (kafka-ordering)")
        .expect_stdout("\"deck:Sample Deck\" (CardId:kafka-ordering)");
}

#[test]
fn content_errors_exit_1_and_leave_output_untouched() {
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["build"]).expect_code(0);
    let out = dir.path().join("output");
    let before = snapshot(&out);
    util::replace_in(
        &dir.path().join("content/01-queues.md"),
        "## Competing consumers {#competing-consumers .reverse}",
        "## {#competing-consumers .reverse}",
    );
    deckgen(dir.path(), &["build"])
        .expect_code(1)
        .expect_stderr("error: question is empty")
        .expect_stderr("content/01-queues.md:17:1")
        .expect_stderr("1 error; nothing was written");
    assert_eq!(
        before,
        snapshot(&out),
        "a failed build leaves output/ byte-identical"
    );
}

#[test]
fn broken_pipe_is_not_a_failure() {
    use std::process::{Command, Stdio};
    let dir = util::fixture("sample");
    let mut child = Command::new(env!("CARGO_BIN_EXE_deckgen"))
        .current_dir(dir.path())
        .args(["list"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away at once
    let status = child.wait().unwrap();
    assert!(status.code() == Some(0), "{status}");
}

#[test]
fn outputs_of_a_deleted_section_are_removed() {
    let dir = util::fixture("sample");
    deckgen(
        dir.path(),
        &["build", "--format", "csv", "--csv", "anki,plain"],
    )
    .expect_code(0);
    fs::remove_file(dir.path().join("content/02-streams.md")).unwrap();
    // A build of the Anki flavour only: the plain files are another flavour's, they stay.
    deckgen(dir.path(), &["build", "--format", "csv"])
        .expect_code(0)
        .expect_stdout("removed output/csv/streams.csv (no longer produced)");
    let out = dir.path().join("output");
    assert!(!out.join("csv/streams.csv").exists());
    assert!(out.join("csv/plain/streams.csv").exists());
    deckgen(dir.path(), &["build", "--format", "csv", "--csv", "plain"])
        .expect_code(0)
        .expect_stdout("removed output/csv/plain/streams.csv");
    // Files deckgen did not write are never touched.
    fs::write(out.join("csv/mine.csv"), b"keep").unwrap();
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    assert!(out.join("csv/mine.csv").exists());
}
