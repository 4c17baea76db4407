//! Runs the repository's own Anki harness (`tests/anki/`: Anki's importer and scheduler through the
//! `anki` Python package, pinned in `tests/anki/requirements.txt`) on our outputs.
//!
//! The venv lives under `target/anki-venv` and is created on first use (`tests/support/anki_venv.rs`).
//! Without `python3` ≥ 3.10 (with venv) the tests that need it skip with a visible message, except
//! when `CI` is set: then they fail, so that CI can never pass without really importing into Anki.
//! A Python that is there but cannot make the venv is a failure, never a skip.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

#[path = "../support/anki_venv.rs"]
mod venv;

use crate::util::root;

/// The harness folder, `tests/anki`.
pub fn dir() -> PathBuf {
    venv::harness_dir(&root())
}

/// The venv's Python, creating the venv if needed; `None` (after printing why) when there is no
/// usable `python3` and `CI` is unset.
pub fn python() -> Option<PathBuf> {
    static PYTHON: OnceLock<Result<PathBuf, venv::VenvError>> = OnceLock::new();
    match PYTHON.get_or_init(|| venv::ensure(&root())) {
        Ok(p) => Some(p.clone()),
        Err(e @ venv::VenvError::Setup(_)) => panic!("{e}"),
        Err(e @ venv::VenvError::NoPython(_)) => {
            if std::env::var_os("CI").is_some() {
                panic!("the Anki tests are required when CI is set: {e}");
            }
            crate::util::skipped(&format!("a test that needs Anki: {e}"));
            None
        }
    }
}

/// Output of one harness script run.
#[derive(Debug)]
pub struct Report {
    pub code: i32,
    pub json: serde_json::Value,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `tests/anki/<script>` (`inspect_apkg.py`, `inspect_csv.py`, `reimport.py`) with `args`;
/// parses stdout as JSON when `--json` is among the args.
pub fn run(python: &Path, script: &str, args: &[&str]) -> Report {
    let out = Command::new(python)
        .arg(dir().join(script))
        .args(args)
        .env("PYTHONDONTWRITEBYTECODE", "1") // keep tests/anki/ free of __pycache__
        .output()
        .expect("run the Anki harness");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let json = if args.contains(&"--json") {
        serde_json::from_str(&stdout).unwrap_or(serde_json::Value::Null)
    } else {
        serde_json::Value::Null
    };
    Report {
        code: out.status.code().unwrap_or(-1),
        json,
        stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

impl Report {
    /// Asserts exit code 0, showing everything otherwise.
    #[track_caller]
    pub fn expect_ok(&self) -> &Self {
        self.expect_code(0)
    }

    /// Asserts the exit code (see tests/anki/README.md), showing everything otherwise.
    #[track_caller]
    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "Anki harness exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

// The harness itself: each check it makes can fail, with the exit code its README gives.

use std::fs;

use crate::csv_export::path;
use crate::util::{self, deckgen, deckgen_env};

/// The sample deck's package as deckgen's writer makes it, after `edit`, written to `dir/name`.
fn sample_package(
    dir: &Path,
    name: &str,
    edit: impl FnOnce(&mut deckgen::export::apkg::AnkiPackage),
) -> PathBuf {
    use deckgen::config::{BuildInfo, Format};
    use deckgen::export::ExportContext;
    use deckgen::export::apkg::{archive, build_package, collection};
    let deck = deckgen::load(&util::fixture_dir("sample").join("content"))
        .unwrap()
        .deck
        .unwrap();
    let cards = deckgen::render::render_cards(&deck).cards;
    let options = util::build_options(&[Format::Apkg]);
    let cx = ExportContext {
        deck: &deck,
        options: &options,
        build: BuildInfo {
            timestamp: 1_700_000_000,
            note_types_mtime: 1_700_000_000,
        },
        cards: &cards,
    };
    let mut package = build_package(&cx).unwrap();
    edit(&mut package);
    let db = collection::write_collection(&package).unwrap();
    let out = dir.join(name);
    fs::write(
        &out,
        archive::write_apkg(db.path(), package.timestamp, &[]).unwrap(),
    )
    .unwrap();
    out
}

#[test]
fn a_broken_package_is_an_import_failure() {
    let Some(python) = python() else {
        return;
    };
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["build", "--format", "apkg"]).expect_code(0);
    let whole = fs::read(dir.path().join("output/sample.apkg")).unwrap();
    let broken = dir.path().join("broken.apkg");
    fs::write(&broken, &whole[..whole.len() / 2]).unwrap();
    let report = run(&python, "inspect_apkg.py", &[path(&broken), "--json"]);
    report.expect_code(2);
    assert_eq!(report.json["ok"], false);
    assert_eq!(report.json["stage"], "import");
    assert!(
        report.stderr.contains("invalid Zip archive"),
        "{}",
        report.stderr
    );
    // No such file, and a usage error: 1 (argparse's own 2 would read as an import failure).
    run(
        &python,
        "inspect_apkg.py",
        &[path(&dir.path().join("nope.apkg"))],
    )
    .expect_code(1);
    run(&python, "inspect_apkg.py", &["--no-such-flag"]).expect_code(1);
    let empty = dir.path().join("empty.csv");
    fs::write(&empty, "").unwrap();
    let report = run(&python, "inspect_csv.py", &[path(&empty)]);
    report.expect_code(2);
    assert!(report.stderr.contains("empty"), "{}", report.stderr);
}

#[test]
fn a_package_without_notes_fails() {
    let Some(python) = python() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let apkg = sample_package(dir.path(), "none.apkg", |p| p.notes.clear());
    run(&python, "inspect_apkg.py", &[path(&apkg), "--json"]).expect_code(3);
}

#[test]
fn a_note_type_anki_renames_is_a_strict_warning() {
    let Some(python) = python() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // "Basic" exists in every collection under another id: Anki imports ours under a new name.
    let apkg = sample_package(dir.path(), "basic.apkg", |p| p.note_types[0].name = "Basic");
    run(&python, "inspect_apkg.py", &[path(&apkg)]).expect_ok();
    let report = run(
        &python,
        "inspect_apkg.py",
        &[path(&apkg), "--strict", "--json"],
    );
    report.expect_code(6);
    let warnings = report.json["warnings"].to_string();
    assert!(warnings.contains("renamed"), "{warnings}");
}

#[test]
fn a_template_that_does_not_render_is_reported() {
    let Some(python) = python() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let apkg = sample_package(dir.path(), "bad-template.apkg", |p| {
        p.note_types[0].templates[0].front = "{{Front}}{{#Nope}}x";
    });
    let report = run(
        &python,
        "inspect_apkg.py",
        &[path(&apkg), "--strict", "--json"],
    );
    report.expect_code(6);
    let errors = report.json["render_errors"].as_array().unwrap();
    assert!(!errors.is_empty(), "{}", report.stdout);
}

#[test]
fn a_csv_header_anki_ignores_is_a_strict_warning() {
    let Some(python) = python() else {
        return;
    };
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    let csv = dir.path().join("output/csv/sample.csv");
    let text = fs::read_to_string(&csv).unwrap();
    fs::write(&csv, format!("#seperator:Comma\n{text}")).unwrap();
    let report = run(
        &python,
        "inspect_csv.py",
        &[path(&csv), "--strict", "--json"],
    );
    report.expect_code(6);
    let warnings = report.json["warnings"].to_string();
    assert!(warnings.contains("#seperator"), "{warnings}");
}

#[test]
fn an_edit_anki_does_not_apply_fails_the_reimport() {
    let Some(python) = python() else {
        return;
    };
    // The same SOURCE_DATE_EPOCH for both builds: the edited note is not newer, so Anki keeps the
    // old text (README: raise it to apply edits). The harness must see that.
    let dir = util::fixture("sample");
    let env = [("SOURCE_DATE_EPOCH", "1700000000")];
    deckgen_env(
        dir.path(),
        &["build", "--format", "apkg", "--out", "old"],
        &env,
    )
    .expect_code(0);
    util::replace_in(
        &dir.path().join("content/02-streams.md"),
        "So that several consumer groups",
        "So that many groups",
    );
    deckgen_env(
        dir.path(),
        &["build", "--format", "apkg", "--out", "new"],
        &env,
    )
    .expect_code(0);
    let (old, new) = (
        dir.path().join("old/sample.apkg"),
        dir.path().join("new/sample.apkg"),
    );
    let report = run(
        &python,
        "reimport.py",
        &[path(&old), path(&new), "--json", "--expect-updated", "1"],
    );
    report.expect_code(4);
    let failed = report.json["failed"].to_string();
    assert!(
        failed.contains("all_new_content_applied") && failed.contains("expect_updated"),
        "{failed}"
    );
    assert_eq!(report.json["summary"]["stale"], 1);
    assert_eq!(report.json["checks"]["progress_preserved_all_notes"], true);
    // New GUIDs for the same content: every note is a duplicate, and the old ones are orphans.
    let dup = sample_package(dir.path(), "new-guids.apkg", |p| {
        for n in &mut p.notes {
            n.guid = Box::leak(format!("x{}", n.guid).into_boxed_str());
        }
    });
    let report = run(&python, "reimport.py", &[path(&old), path(&dup), "--json"]);
    report.expect_code(4);
    assert_eq!(report.json["checks"]["no_duplicates"], false);
    assert_eq!(report.json["summary"]["orphaned"], 12);
}
