//! Crash safety: a build killed (SIGKILL) at any moment leaves every output file either complete
//! old or complete new, never partial or missing; two builds into one folder do not corrupt it.
//!
//! Renames are the last step of a build and take microseconds, so a random kill rarely lands among
//! them; half of the runs set `DECKGEN_TEST_RENAME_DELAY_MS` (a pause after each rename) and kill
//! during the renames, where a non-atomic writer would leave files missing or mixed.
//!
//! The default run kills 16 builds of a 400-card deck. A longer run:
//! `DECKGEN_KILL_RUNS=500 DECKGEN_KILL_CARDS=5000 cargo test --release --test testsuite crash -- --nocapture`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[path = "../support/synth.rs"]
mod synth;

use crate::util::{copy_tree, snapshot};

const FIXED_TIME: &str = "1800000000";

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn build(cwd: &Path, content: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_deckgen"));
    cmd.current_dir(cwd)
        .args(["build", "--quiet", "--content", content, "--out", "output"])
        .env("SOURCE_DATE_EPOCH", FIXED_TIME)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

#[track_caller]
fn build_ok(cwd: &Path, content: &str) -> Duration {
    let start = Instant::now();
    let out = build(cwd, content).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    start.elapsed()
}

/// A tiny deterministic random generator (no dependency needed).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

type Files = BTreeMap<PathBuf, Vec<u8>>;

/// Every file of `now` is the complete old or new version; every old file still exists.
fn check_consistent(old: &Files, new: &Files, now: &Files) -> Result<(), String> {
    for (path, bytes) in now {
        let is_old = old.get(path) == Some(bytes);
        let is_new = new.get(path) == Some(bytes);
        if !is_old && !is_new {
            return Err(format!(
                "{} is neither the old nor the new version ({} bytes)",
                path.display(),
                bytes.len()
            ));
        }
    }
    for path in old.keys() {
        if !now.contains_key(path) {
            return Err(format!("{} went missing", path.display()));
        }
    }
    Ok(())
}

#[test]
fn killed_builds_leave_complete_old_or_new_files() {
    let runs = env_usize("DECKGEN_KILL_RUNS", 16);
    let cards = env_usize("DECKGEN_KILL_CARDS", 400);
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    synth::write_deck(&root.join("a"), cards, 0);
    synth::write_deck(&root.join("b"), cards, 1);

    // The two complete versions: A built from scratch, B built over A.
    build_ok(root, "a");
    let old = snapshot(&root.join("output"));
    let pristine = root.join("pristine");
    copy_tree(&root.join("output"), &pristine);
    let full = build_ok(root, "b");
    let new = snapshot(&root.join("output"));
    assert_ne!(old, new);

    let mut rng = Lcg(42);
    let (mut files_checked, mut mixed) = (0, 0);
    for run in 0..runs {
        std::fs::remove_dir_all(root.join("output")).unwrap();
        copy_tree(&pristine, &root.join("output"));
        let slow_renames = run % 2 == 1;
        let mut cmd = build(root, "b");
        if slow_renames {
            cmd.env("DECKGEN_TEST_RENAME_DELAY_MS", "20");
        }
        let mut child = cmd.spawn().unwrap();
        // Kill anywhere from the start to a little past the build's usual length; with slow
        // renames, while they run (each file takes 20 ms).
        let (start, window) = if slow_renames {
            (
                full * 9 / 10,
                full / 5 + Duration::from_millis(20 * new.len() as u64),
            )
        } else {
            (Duration::ZERO, full * 11 / 10)
        };
        let delay = start + Duration::from_micros(rng.next() % (window.as_micros() as u64 + 1));
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL; the build may already be done
        let _ = child.wait();
        let now = snapshot(&root.join("output"));
        if let Err(e) = check_consistent(&old, &new, &now) {
            panic!("run {run} (killed after {delay:?}): {e}");
        }
        files_checked += now.len();
        if now != old && now != new {
            mixed += 1;
        }
    }
    // One kill that certainly lands among the renames, whatever the machine's speed: wait for
    // the first renamed file (renames 200 ms apart), then kill.
    std::fs::remove_dir_all(root.join("output")).unwrap();
    copy_tree(&pristine, &root.join("output"));
    let mut child = build(root, "b")
        .env("DECKGEN_TEST_RENAME_DELAY_MS", "200")
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while snapshot(&root.join("output")) == old {
        assert!(Instant::now() < deadline, "no file was ever renamed");
        std::thread::sleep(Duration::from_millis(2));
    }
    let _ = child.kill();
    let _ = child.wait();
    let now = snapshot(&root.join("output"));
    if let Err(e) = check_consistent(&old, &new, &now) {
        panic!("killed among the renames: {e}");
    }
    assert!(
        now != old && now != new,
        "killed among the renames: a mix of old and new"
    );
    // After the kills a normal build finishes the job (and clears the killed builds' temp files).
    build_ok(root, "b");
    assert_eq!(snapshot(&root.join("output")), new);
    let leftovers = std::fs::read_dir(root.join("output/.deckgen/tmp"))
        .expect("the staging folder stays")
        .count();
    assert_eq!(leftovers, 0);
    eprintln!(
        "crash test: {runs} kills of a {cards}-card build ({full:?} each), {files_checked} files checked, \
         {mixed} runs left a mix of old and new files, 0 partial or missing"
    );
}

#[test]
fn two_builds_at_once_do_not_corrupt_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    synth::write_deck(&root.join("a"), 300, 0);
    synth::write_deck(&root.join("b"), 300, 2);
    // The complete outputs of each, built alone into their own folders.
    let alone = |content: &str| {
        let d = tempfile::tempdir().unwrap();
        copy_tree(&root.join(content), &d.path().join(content));
        build_ok(d.path(), content);
        snapshot(&d.path().join("output"))
    };
    let (only_a, only_b) = (alone("a"), alone("b"));
    for _ in 0..3 {
        let _ = std::fs::remove_dir_all(root.join("output"));
        let a = build(root, "a").spawn().unwrap();
        let b = build(root, "b").spawn().unwrap();
        let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
        assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
        let now = snapshot(&root.join("output"));
        // One build ran after the other: every file is whole, and the set of files is one build's
        // output (sections with the same ids are shared, so compare file by file).
        for (path, bytes) in &now {
            assert!(
                only_a.get(path) == Some(bytes) || only_b.get(path) == Some(bytes),
                "{} is corrupt",
                path.display()
            );
        }
        let last = if now.get(Path::new("manifest.json")) == only_a.get(Path::new("manifest.json"))
        {
            &only_a
        } else {
            &only_b
        };
        assert_eq!(&now, last, "the output is exactly the last build's");
    }
}

/// Issue 21: a build killed while writing the package leaves its collection database in the
/// system temp folder; the next build removes it (the folders of live processes stay).
#[test]
fn the_package_database_of_a_killed_build_is_removed_by_the_next_one() {
    if !Path::new("/proc/self").exists() {
        crate::util::skipped("no /proc: deckgen cannot tell a killed build's temp folder");
        return;
    }
    let dir = crate::util::fixture("sample");
    let tmp = tempfile::tempdir().unwrap();
    // Above Linux's largest pid (2^22): no such process.
    let dead = tmp.path().join("deckgen-apkg-4194305-a1b2c3");
    let alive = tmp.path().join("deckgen-apkg-1-d4e5f6");
    for folder in [&dead, &alive] {
        std::fs::create_dir(folder).unwrap();
        std::fs::write(folder.join("collection.anki2"), vec![0u8; 4096]).unwrap();
    }
    crate::util::deckgen_env(
        dir.path(),
        &["build", "--format", "apkg"],
        &[("TMPDIR", tmp.path().to_str().unwrap())],
    )
    .expect_code(0);
    assert!(!dead.exists(), "a killed build's database is removed");
    assert!(alive.exists(), "a running process's folder stays");
    let left: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        left.len(),
        1,
        "the build's own folder is gone too: {left:?}"
    );
}
