//! Runs `../shared/ankicheck/` (Anki's own importer, the `anki` Python package) on our outputs.
//!
//! The venv lives under `target/ankicheck-venv` and is created on first use with ankicheck's own
//! `setup.sh`. Without Python the tests that need it skip with a visible message, except when `CI`
//! is set: then they fail, so that CI can never pass without really importing into Anki.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use crate::util::root;

/// The ankicheck folder.
pub fn dir() -> PathBuf {
    root().join("../shared/ankicheck")
}

/// The venv's Python, creating the venv if needed; `None` (after printing why) when it cannot be
/// had and `CI` is unset.
pub fn python() -> Option<PathBuf> {
    static PYTHON: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let result = PYTHON.get_or_init(setup);
    match result {
        Ok(p) => Some(p.clone()),
        Err(why) => {
            if std::env::var_os("CI").is_some() {
                panic!("ankicheck is required when CI is set: {why}");
            }
            crate::util::skipped(&format!("a test that needs ankicheck: {why}"));
            None
        }
    }
}

fn setup() -> Result<PathBuf, String> {
    let venv = root().join("target/ankicheck-venv");
    let python = venv.join("bin/python");
    if !dir().join("setup.sh").exists() {
        return Err(format!("{} not found", dir().display()));
    }
    // Another test binary may be creating the venv right now: take a lock file for the setup.
    // (`target/` may not exist when CARGO_TARGET_DIR points elsewhere.)
    std::fs::create_dir_all(root().join("target")).map_err(|e| format!("target/: {e}"))?;
    let lock_path = root().join("target/ankicheck-venv.lock");
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| format!("{}: {e}", lock_path.display()))?;
    lock.lock().map_err(|e| e.to_string())?;
    if works(&python) {
        return Ok(python);
    }
    let status = Command::new("bash")
        .arg(dir().join("setup.sh"))
        .arg(&venv)
        .status()
        .map_err(|e| format!("cannot run setup.sh: {e}"))?;
    if !status.success() || !works(&python) {
        return Err(format!(
            "setup.sh failed ({status}); is python3 ≥ 3.10 installed?"
        ));
    }
    Ok(python)
}

fn works(python: &Path) -> bool {
    Command::new(python)
        .args(["-c", "import anki.collection, genanki"])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Output of one ankicheck script run.
#[derive(Debug)]
pub struct Report {
    pub code: i32,
    pub json: serde_json::Value,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `script` (e.g. `apkg_inspect.py`) with `args`; parses stdout as JSON when `--json` is
/// among the args.
pub fn run(python: &Path, script: &str, args: &[&str]) -> Report {
    let out = Command::new(python)
        .arg(dir().join(script))
        .args(args)
        .output()
        .expect("run ankicheck");
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
        assert_eq!(
            self.code, 0,
            "ankicheck failed\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }
}
