//! What both benches need: running a process and measuring its wall time and peak RSS, and
//! Python genanki's time for the same number of notes (through the repository's Anki harness).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[path = "../../tests/support/anki_venv.rs"]
mod anki_venv;

/// One measured process run.
#[derive(Debug, Clone, Copy)]
pub struct Sample {
    pub wall: Duration,
    pub max_rss_kb: i64,
}

/// Runs `cmd` to completion and measures it.
pub fn measure(cmd: &mut Command) -> Sample {
    let start = Instant::now();
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: `rusage` is plain data that wait4 fills in; `pid` is our own child, waited once.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    assert_eq!(rc, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{cmd:?} failed (status {status})"
    );
    std::mem::forget(child); // already reaped by wait4
    Sample {
        wall,
        max_rss_kb: usage.ru_maxrss,
    }
}

/// Best wall time of `runs` runs (and the largest RSS seen).
pub fn best(runs: usize, mut make: impl FnMut() -> Command) -> Sample {
    let samples: Vec<Sample> = (0..runs).map(|_| measure(&mut make())).collect();
    Sample {
        wall: samples.iter().map(|s| s.wall).min().unwrap_or_default(),
        max_rss_kb: samples.iter().map(|s| s.max_rss_kb).max().unwrap_or(0),
    }
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Python genanki's time for `n` notes (`tests/anki/genanki_bench.py` in the harness's venv, which
/// this creates under `target/anki-venv` like the tests do); `None` after saying why when there is
/// no usable Python.
pub fn genanki(n: usize, runs: usize, scratch: &Path) -> Option<Sample> {
    let python = match anki_venv::ensure(&root()) {
        Ok(python) => python,
        Err(e) => {
            eprintln!("(no genanki comparison: {e})");
            return None;
        }
    };
    let script = anki_venv::harness_dir(&root()).join("genanki_bench.py");
    let out = scratch.join("genanki.apkg");
    Some(best(runs, || {
        let mut c = Command::new(&python);
        c.arg(&script).arg(n.to_string()).arg(&out);
        c
    }))
}
