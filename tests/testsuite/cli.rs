//! The command line: help, exit codes, what `build` prints and writes, `--dry-run`, `--section`.

use std::fs;
use std::path::Path;

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
        .expect_stdout("ok: 2 sections, 12 notes, 14 cards");
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
    // Notes, Anki cards (the reversed card has 2, the cloze card with c1 and c2 has 2), then
    // notes by kind and table rows.
    let numbers: Vec<&str> = queues.split_whitespace().take(7).collect();
    assert_eq!(
        numbers,
        ["queues", "7", "9", "2", "1", "1", "3"],
        "{queues}"
    );
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
        .expect_stderr("the content folder missing does not exist");
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
        .expect_stdout("built 12 notes, 14 cards in 2 sections");
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

/// Issue 21: I/O problems a user meets say what is wrong and what to do, not only `os error N`.
#[test]
fn io_errors_say_what_to_do() {
    let dir = util::fixture("sample");
    fs::write(dir.path().join("afile"), "x").unwrap();
    for args in [
        &["build", "--content", "nope"][..],
        &["check", "--content", "nope"],
        &["list", "--content", "nope"],
        &["watch", "--content", "nope"],
    ] {
        let run = deckgen(dir.path(), args);
        run.expect_code(2)
            .expect_stderr("the content folder nope does not exist")
            .expect_stderr("--content <folder>");
        assert!(!run.stderr.contains("os error"), "{args:?}: {}", run.stderr);
    }
    deckgen(dir.path(), &["check", "--content", "afile"])
        .expect_code(2)
        .expect_stderr("the content folder afile is not a folder");
    let run = deckgen(dir.path(), &["build", "--out", "afile", "--format", "csv"]);
    run.expect_code(2)
        .expect_stderr("the output folder afile is a file: give --out a folder");
    assert!(!run.stderr.contains("os error"), "{}", run.stderr);
}

/// Issue 21: `-q` prints nothing but errors and warnings; what the user must still do in Anki
/// (here: delete a removed card) is a warning.
#[test]
fn quiet_prints_what_to_do_in_anki_as_warnings_only() {
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["build", "-q", "--format", "csv"]).expect_code(0);
    let file = dir.path().join("content/02-streams.md");
    let text = fs::read_to_string(&file).unwrap();
    let cut = text.find("## Kafka orders records").unwrap();
    let end = text.find("## Kafka vs RabbitMQ").unwrap();
    fs::write(&file, format!("{}{}", &text[..cut], &text[end..])).unwrap();
    let run = deckgen(dir.path(), &["build", "-q", "--format", "csv"]);
    run.expect_code(0)
        .expect_stderr("warning: Removed cards stay in Anki")
        .expect_stderr("CardId:kafka-ordering");
    assert_eq!(run.stdout, "");
    // An option without effect is a warning too.
    let run = deckgen(
        dir.path(),
        &["build", "-q", "--format", "csv", "--paper", "A4"],
    );
    run.expect_code(0)
        .expect_stderr("warning: --paper has no effect: no PDFs are built");
    assert_eq!(run.stdout, "");
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
    // Only the section's own file: the whole-deck CSV would hold part of the deck, and with no
    // earlier full build there is no manifest to keep.
    assert_eq!(names, ["csv/streams.csv"]);
    let csv = fs::read_to_string(dir.path().join("output/csv/streams.csv")).unwrap();
    assert!(csv.contains("Sample Deck::Streams"));
    assert!(!csv.contains("Sample Deck::Queues"));
}

#[test]
fn a_section_build_never_replaces_a_whole_deck_file() {
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["build"]).expect_code(0);
    let out = dir.path().join("output");
    let before = snapshot(&out);
    let section = dir.path().join("content/02-streams.md");
    let text = fs::read_to_string(&section).unwrap();
    fs::write(
        &section,
        text.replace("Retention is by time", "Retention goes by time"),
    )
    .unwrap();
    let run = deckgen(dir.path(), &["build", "--section", "streams"]);
    run.expect_code(0)
        .expect_stdout("in the selected sections since the last full build: +0 added, ~1 changed")
        .expect_stdout("skipped output/sample.apkg")
        .expect_stdout("skipped output/csv/sample.csv")
        .expect_stdout("skipped output/pdf/cheatsheet.pdf")
        .expect_stdout("skipped output/pdf/flashcards.pdf")
        .expect_stdout("wrote output/csv/streams.csv")
        .expect_stdout("wrote output/pdf/sections/streams.pdf");
    assert!(!run.stdout.contains("no changes"), "{}", run.stdout);
    let after = snapshot(&out);
    for whole in [
        "sample.apkg",
        "csv/sample.csv",
        "pdf/cheatsheet.pdf",
        "pdf/flashcards.pdf",
        "manifest.json",
    ] {
        assert_eq!(before[Path::new(whole)], after[Path::new(whole)], "{whole}");
    }
    assert_ne!(
        before[Path::new("csv/streams.csv")],
        after[Path::new("csv/streams.csv")]
    );
    assert_eq!(before.len(), after.len(), "nothing removed");
    // The next full build still sees the edit, against the last full build.
    deckgen(dir.path(), &["build"])
        .expect_code(0)
        .expect_stdout("+0 added, ~1 changed, -0 removed")
        .expect_stdout("wrote output/sample.apkg");
}

#[test]
fn a_second_deck_never_changes_the_first_decks_folder() {
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["build", "--format", "csv,apkg"]).expect_code(0);
    let out = dir.path().join("output");
    let before = snapshot(&out);
    let deck = dir.path().join("content/deck.toml");
    let text = fs::read_to_string(&deck).unwrap();
    fs::write(&deck, text.replace("id = \"sample\"", "id = \"other\"")).unwrap();
    deckgen(dir.path(), &["build", "--format", "csv,apkg"])
        .expect_code(2)
        .expect_stderr("holds the build of deck `sample`")
        .expect_stderr("deck `other`");
    deckgen(dir.path(), &["build", "--dry-run"])
        .expect_code(2)
        .expect_stderr("holds the build of deck `sample`");
    assert_eq!(before, snapshot(&out), "nothing changed");
    // Another folder is fine.
    deckgen(dir.path(), &["build", "--format", "csv", "--out", "other"])
        .expect_code(0)
        .expect_stdout("wrote other/csv/other.csv");
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
        .expect_stdout(
            "(\"note:deckgen *\" (CardId:kafka-ordering)) OR tag:deckgen::sample::kafka-ordering",
        );
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

/// Runs deckgen with stdin, stdout and stderr on a pseudo-terminal; returns what it printed.
/// Fails (instead of hanging) if it has not exited after 60 s.
fn run_on_a_terminal(cwd: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> (i32, String) {
    use std::io::Read;
    use std::os::fd::FromRawFd;
    use std::process::{Command, Stdio};
    let (mut master, mut slave) = (0, 0);
    // SAFETY: openpty fills in two new file descriptors; nothing else is passed.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(rc, 0, "openpty");
    // SAFETY: the descriptors are ours and open; each File owns one.
    let (mut reader, term) = unsafe {
        (
            std::fs::File::from_raw_fd(master),
            std::fs::File::from_raw_fd(slave),
        )
    };
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_deckgen"));
    cmd.current_dir(cwd)
        .args(args)
        .stdin(Stdio::from(term.try_clone().unwrap()))
        .stdout(Stdio::from(term.try_clone().unwrap()))
        .stderr(Stdio::from(term));
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    drop(cmd); // closes our copies of the terminal side
    let output = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = reader.read_to_end(&mut text); // ends with EIO when the child has exited
        String::from_utf8_lossy(&text).into_owned()
    });
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(60) {
            let _ = child.kill();
            panic!("deckgen did not finish on a terminal (deadlock?)");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    (status.code().unwrap_or(-1), output.join().unwrap())
}

#[test]
fn progress_line_on_a_terminal_shows_and_never_blocks_the_build() {
    let dir = util::fixture("sample");
    let (code, text) = run_on_a_terminal(
        dir.path(),
        &["build"],
        &[("DECKGEN_PROGRESS_AFTER_MS", "0")],
    );
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("built 12 notes, 14 cards"), "{text}");
    assert!(
        text.contains("files written"),
        "the progress line was shown: {text}"
    );
    // --quiet: no progress line, and nothing else either.
    let (code, text) = run_on_a_terminal(
        dir.path(),
        &["build", "--quiet"],
        &[("DECKGEN_PROGRESS_AFTER_MS", "0")],
    );
    assert_eq!(code, 0);
    assert_eq!(text, "");
}

#[test]
fn watch_rebuilds_on_save_and_survives_content_errors() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    use std::sync::mpsc;
    use std::time::Duration;

    /// Stops the watcher however the test ends (a failed assertion too), so that no `deckgen
    /// watch` outlives the test.
    struct Watcher(std::process::Child);
    impl Drop for Watcher {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }

    let dir = util::fixture("sample");
    let mut child = Watcher(
        Command::new(env!("CARGO_BIN_EXE_deckgen"))
            .current_dir(dir.path())
            .args(["watch", "--format", "csv"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let (tx, rx) = mpsc::channel::<String>();
    for stream in [
        Box::new(child.0.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
        Box::new(child.0.stderr.take().unwrap()),
    ] {
        let tx = tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
    }
    // Waits for a line containing `needle` (60 s at most, generous for a busy machine).
    let wait_for = |needle: &str| {
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) if line.contains(needle) => return,
                Ok(_) => {}
                Err(_) => panic!("no line containing {needle:?}"),
            }
        }
    };
    wait_for("watching content for changes");
    let file = dir.path().join("content/02-streams.md");
    let good = fs::read_to_string(&file).unwrap();
    fs::write(&file, format!("{good}\n## Watched? {{#watched}}\nYes.\n")).unwrap();
    wait_for("+1 added, ~0 changed, -0 removed");
    fs::write(&file, format!("{good}\n## {{#watched}}\n")).unwrap();
    wait_for("error: question is empty");
    wait_for("the outputs were left as they were");
    fs::write(
        &file,
        format!("{good}\n## Watched again? {{#watched}}\nYes.\n"),
    )
    .unwrap();
    wait_for("+0 added, ~1 changed, -0 removed");
    let csv = fs::read_to_string(dir.path().join("output/csv/sample.csv")).unwrap();
    assert!(csv.contains("Watched again?"));
}

#[test]
fn counts_of_one_are_singular() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    fs::create_dir_all(&content).unwrap();
    fs::write(content.join("deck.toml"), "id = \"one\"\nname = \"One\"\n").unwrap();
    fs::write(
        content.join("01-only.md"),
        "+++\ntitle = \"Only\"\n+++\n\n## Why one? {#why-one}\n\nBecause.\n",
    )
    .unwrap();
    deckgen(dir.path(), &["check"])
        .expect_code(0)
        .expect_stdout("ok: 1 section, 1 note, 1 card\n");
    deckgen(dir.path(), &["build", "--format", "csv"])
        .expect_code(0)
        .expect_stdout("1 note, 1 card (first build")
        .expect_stdout("built 1 note, 1 card in 1 section: 3 files (3 written, 0 unchanged)");
}

#[test]
fn a_manifest_of_the_previous_format_is_read_on_upgrade() {
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    // Turn the manifest into format 1: one flat list of files, no groups.
    let path = dir.path().join("output/manifest.json");
    let mut manifest: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    let files: Vec<serde_json::Value> = manifest["outputs"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|v| v.as_array().unwrap().clone())
        .collect();
    let object = manifest.as_object_mut().unwrap();
    object.remove("outputs");
    object.insert("format".into(), 1.into());
    object.insert("files".into(), files.into());
    fs::write(&path, serde_json::to_string_pretty(&manifest).unwrap()).unwrap();
    let run = deckgen(dir.path(), &["build", "--format", "csv"]);
    run.expect_code(0)
        .expect_stdout("no changes since the last build");
    assert!(!run.stderr.contains("ignoring"), "{}", run.stderr);
    let text = fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("\"format\": 2") && text.contains("\"outputs\""),
        "{text}"
    );
}

/// Issue 21: a build of one format after another reports what changed in that format's files,
/// not "no changes" (the clock is real here: `SOURCE_DATE_EPOCH` fixes every time, and then the
/// builds cannot be told apart).
#[test]
fn a_format_built_after_others_reports_what_it_missed() {
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["build", "-q"]).expect_code(0);
    util::replace_in(
        &dir.path().join("content/01-queues.md"),
        "neither needs the other",
        "neither one needs the other",
    );
    deckgen(dir.path(), &["build", "--format", "apkg"])
        .expect_code(0)
        .expect_stdout("~1 changed");
    let missed = "not built since earlier changes; they now hold 1 note added or changed";
    let line = "  ~ [queues] What does a message queue decouple? (queue-decoupling)";
    deckgen(dir.path(), &["build", "--format", "pdf", "--dry-run"])
        .expect_code(0)
        .expect_stdout(&format!("pdf files: {missed}"))
        .expect_stdout(line);
    deckgen(dir.path(), &["build", "--format", "csv"])
        .expect_code(0)
        .expect_stdout(&format!("csv files: {missed}"))
        .expect_stdout(line);
    // Now up to date: nothing more to say about the CSV.
    let again = deckgen(dir.path(), &["build", "--format", "csv"]);
    again.expect_code(0);
    assert!(!again.stdout.contains("csv files:"), "{}", again.stdout);
    deckgen(dir.path(), &["build", "--format", "pdf", "--csv", "plain"])
        .expect_code(0)
        .expect_stdout(&format!("pdf files: {missed}"));
}
