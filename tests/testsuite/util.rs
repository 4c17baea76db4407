//! Helpers for the integration tests: run the real binary on a temp copy of a fixture, compare
//! folders byte for byte, find the Anki harness.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `tests/fixtures/<name>`.
pub fn fixture_dir(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// A temp folder holding a copy of `tests/fixtures/<name>` (so tests can edit it).
pub fn fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_tree(&fixture_dir(name), dir.path());
    dir
}

/// A temp folder holding `content/` copied from the shipped deck.
pub fn shipped() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_tree(&root().join("content"), &dir.path().join("content"));
    dir
}

/// Copies a folder recursively.
pub fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create dir");
    for entry in fs::read_dir(from).expect("read fixture dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Tells the person running the tests that a check was skipped. Written to the real stderr, past
/// the test harness's output capture (which only `eprintln!` goes through), so it shows in a normal
/// `cargo test` run.
pub fn skipped(why: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIPPED: {why}");
}

/// Build options for in-process exports: the given formats, both CSV flavours, A4, quiet.
pub fn build_options(formats: &[deckgen::config::Format]) -> deckgen::config::BuildOptions {
    use deckgen::config::{BuildOptions, CsvFlavour, Paper};
    BuildOptions {
        content: "content".into(),
        out: "output".into(),
        formats: formats.iter().copied().collect(),
        sections: vec![],
        csv: [CsvFlavour::Anki, CsvFlavour::Plain].into_iter().collect(),
        paper: Paper::A4,
        quiet: true,
        dry_run: false,
        ignored: vec![],
        keep_drawings: false,
    }
}

/// Replaces the first `from` in `file` with `to` (which must be there).
#[track_caller]
pub fn replace_in(file: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(file).expect("read");
    assert!(
        text.contains(from),
        "{} does not contain {from:?}",
        file.display()
    );
    fs::write(file, text.replacen(from, to, 1)).expect("write");
}

/// The result of running deckgen.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs the deckgen binary in `cwd` with `args`.
#[track_caller]
pub fn deckgen(cwd: &Path, args: &[&str]) -> Run {
    deckgen_env(cwd, args, &[])
}

/// Runs the deckgen binary with extra environment variables.
#[track_caller]
pub fn deckgen_env(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_deckgen"));
    cmd.current_dir(cwd)
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().expect("run deckgen");
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

impl Run {
    /// Asserts the exit code, showing the output when it differs.
    #[track_caller]
    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Asserts that stderr contains `needle`.
    #[track_caller]
    pub fn expect_stderr(&self, needle: &str) -> &Self {
        assert!(
            self.stderr.contains(needle),
            "stderr does not contain {needle:?}\n--- stderr\n{}",
            self.stderr
        );
        self
    }

    /// Asserts that stdout contains `needle`.
    #[track_caller]
    pub fn expect_stdout(&self, needle: &str) -> &Self {
        assert!(
            self.stdout.contains(needle),
            "stdout does not contain {needle:?}\n--- stdout\n{}",
            self.stdout
        );
        self
    }
}

/// Every file under `dir` (relative path → bytes), for byte-for-byte comparisons. deckgen's own
/// `.deckgen/` bookkeeping folder is left out.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    if dir.exists() {
        collect(dir, dir, &mut files);
    }
    files
}

fn collect(root: &Path, dir: &Path, files: &mut BTreeMap<PathBuf, Vec<u8>>) {
    for entry in fs::read_dir(dir).expect("read dir") {
        let entry = entry.expect("entry");
        let path = entry.path();
        if entry.file_name() == ".deckgen" {
            continue;
        }
        if entry.file_type().expect("type").is_dir() {
            collect(root, &path, files);
        } else {
            let rel = path.strip_prefix(root).expect("prefix").to_path_buf();
            files.insert(rel, fs::read(&path).expect("read"));
        }
    }
}
