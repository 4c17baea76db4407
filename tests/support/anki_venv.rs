//! The Python venv that runs deckgen's Anki harness (`tests/anki/`): `target/anki-venv`, created on
//! first use from `tests/anki/requirements.txt` (every package pinned with its hashes).
//!
//! Shared by the test suite and the benches (`#[path]`), so the rule lives once. Test binaries run
//! in parallel: whoever comes first creates the venv under a lock file, the others wait and reuse
//! it. The venv keeps a copy of the requirements it was made from; when `requirements.txt`
//! changes, the next run creates it afresh. That copy is written last, so a venv whose creation
//! was interrupted has none and is made again.

use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Why the venv cannot be had.
#[derive(Debug)]
pub enum VenvError {
    /// No `python3` ≥ 3.10 with the `venv` module: the Anki tests may skip (unless `CI` is set).
    NoPython(String),
    /// Python is there but making the venv failed (no network for pip, a bad pin, ...).
    Setup(String),
}

impl fmt::Display for VenvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VenvError::NoPython(why) => write!(f, "python3 >= 3.10 with venv is needed: {why}"),
            VenvError::Setup(why) => write!(f, "cannot create the Anki venv: {why}"),
        }
    }
}

/// `tests/anki/` under the repository `root`.
pub fn harness_dir(root: &Path) -> PathBuf {
    root.join("tests/anki")
}

/// The venv's Python, creating (or re-creating) the venv when it is missing or out of date.
pub fn ensure(root: &Path) -> Result<PathBuf, VenvError> {
    let target = root.join("target");
    let venv = target.join("anki-venv");
    let python = venv.join("bin/python");
    let stamp = venv.join("deckgen-requirements.txt");
    let requirements_path = harness_dir(root).join("requirements.txt");
    let requirements = fs::read(&requirements_path)
        .map_err(|e| VenvError::Setup(format!("{}: {e}", requirements_path.display())))?;

    fs::create_dir_all(&target)
        .map_err(|e| VenvError::Setup(format!("{}: {e}", target.display())))?;
    let lock_path = target.join("anki-venv.lock");
    let lock = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| VenvError::Setup(format!("{}: {e}", lock_path.display())))?;
    lock.lock()
        .map_err(|e| VenvError::Setup(format!("{}: {e}", lock_path.display())))?;

    if fs::read(&stamp).is_ok_and(|s| s == requirements) && imports_anki(&python) {
        return Ok(python);
    }
    let started = Instant::now();
    note(&format!(
        "creating {} from {} (first run or changed pins)",
        venv.display(),
        requirements_path.display()
    ));
    let base = base_python()?;
    if venv.exists() {
        fs::remove_dir_all(&venv)
            .map_err(|e| VenvError::Setup(format!("{}: {e}", venv.display())))?;
    }
    run(Command::new(&base).args(["-m", "venv"]).arg(&venv))?;
    run(Command::new(&python)
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-input",
            "--require-hashes",
            "--no-deps",
            "--only-binary=:all:",
            "-r",
        ])
        .arg(&requirements_path))?;
    if !imports_anki(&python) {
        return Err(VenvError::Setup(format!(
            "{} cannot import anki and genanki after pip install",
            python.display()
        )));
    }
    fs::write(&stamp, &requirements)
        .map_err(|e| VenvError::Setup(format!("{}: {e}", stamp.display())))?;
    note(&format!(
        "created {} in {:.1} s",
        venv.display(),
        started.elapsed().as_secs_f64()
    ));
    Ok(python)
}

/// `python3`, if it is ≥ 3.10 and has the `venv` module (with `ensurepip`, which Debian splits
/// into `python3-venv`).
fn base_python() -> Result<PathBuf, VenvError> {
    let python = PathBuf::from("python3");
    let check = "import sys, venv, ensurepip; sys.exit(0 if sys.version_info >= (3, 10) else 3)";
    match Command::new(&python).args(["-c", check]).output() {
        Ok(out) if out.status.success() => Ok(python),
        Ok(out) if out.status.code() == Some(3) => Err(VenvError::NoPython(
            "python3 is older than 3.10 (anki 26.9 needs 3.10)".into(),
        )),
        Ok(out) => Err(VenvError::NoPython(format!(
            "python3 lacks the venv module (Debian: apt-get install python3-venv): {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ))),
        Err(e) => Err(VenvError::NoPython(format!("cannot run python3: {e}"))),
    }
}

fn imports_anki(python: &Path) -> bool {
    Command::new(python)
        .args(["-c", "import anki.collection, genanki"])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn run(cmd: &mut Command) -> Result<(), VenvError> {
    let out = cmd
        .output()
        .map_err(|e| VenvError::Setup(format!("{cmd:?}: {e}")))?;
    if out.status.success() {
        return Ok(());
    }
    Err(VenvError::Setup(format!(
        "{cmd:?} failed ({})\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )))
}

/// A line for the person running the tests, past the test harness's output capture.
fn note(line: &str) {
    let _ = writeln!(std::io::stderr(), "anki venv: {line}");
}
