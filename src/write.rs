//! Stage 7, write: put artifacts into the output folder so that a crash or a failure never leaves a
//! partial file.
//!
//! Every file is first written completely to a temp file under `<out>/.deckgen/tmp/` (same file
//! system, so a rename is atomic) and synced (on a thread of its own, while the build goes on);
//! only when all of them are written and synced are they renamed into place. A failure before the
//! renames removes the temp files and leaves the output folder as it was. A lock file
//! (`<out>/.deckgen/lock`) keeps two builds from interleaving; temp names also carry the process
//! id, so leftovers of a killed build are recognisable and are removed by the next build.

use std::fs::{self, File, OpenOptions};
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, mpsc};
use std::thread::JoinHandle;

use crate::error::Error;
use crate::export::Artifact;

/// Folder for deckgen's own bookkeeping inside the output folder.
pub const STATE_DIR: &str = ".deckgen";

/// What happened to one artifact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteStatus {
    /// The file is new or its bytes changed.
    Written,
    /// The file already had these exact bytes; it was left alone.
    Unchanged,
}

/// An exclusive lock on an output folder, held for the whole build.
#[derive(Debug)]
pub struct OutputLock {
    _file: File,
}

impl OutputLock {
    /// Creates the output folder if needed and locks it. If another build holds the lock,
    /// `on_wait` is called once and this waits for it.
    pub fn acquire(out: &Path, on_wait: impl FnOnce()) -> Result<Self, Error> {
        let state = out.join(STATE_DIR);
        fs::create_dir_all(&state).map_err(|e| Error::io(&state, e))?;
        let path = state.join("lock");
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                on_wait();
                file.lock().map_err(|e| Error::io(&path, e))?;
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(&path, e)),
        }
        remove_stale_temps(&state.join("tmp"));
        Ok(OutputLock { _file: file })
    }
}

/// Removes temp files left by builds that were killed (only called under the lock).
fn remove_stale_temps(tmp: &Path) {
    if let Ok(entries) = fs::read_dir(tmp) {
        for entry in entries.flatten() {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// A file staged for the final rename.
#[derive(Debug)]
struct Staged {
    target: PathBuf,
    /// The temp file, or `None` when the target already has these bytes.
    temp: Option<PathBuf>,
}

/// Stages files as exporters produce them (each is written to a temp file at once, so it need not
/// stay in memory) and renames them all into place on [`Stager::commit`]. Dropped without a commit
/// (an error in the build), it removes its temp files and the output folder is as it was.
/// Several threads may stage at once.
#[derive(Debug)]
pub struct Stager<'l> {
    out: PathBuf,
    tmp_dir: PathBuf,
    next: AtomicUsize,
    staged: Mutex<Vec<Staged>>,
    syncer: Syncer,
    _lock: &'l OutputLock,
}

impl<'l> Stager<'l> {
    /// A stager for `out`, which `lock` must be the lock of.
    pub fn new(out: &Path, lock: &'l OutputLock) -> Result<Self, Error> {
        Self::with_syncer(out, lock, Syncer::start(File::sync_data))
    }

    fn with_syncer(out: &Path, lock: &'l OutputLock, syncer: Syncer) -> Result<Self, Error> {
        let tmp_dir = out.join(STATE_DIR).join("tmp");
        fs::create_dir_all(&tmp_dir).map_err(|e| Error::io(&tmp_dir, e))?;
        Ok(Stager {
            out: out.to_path_buf(),
            tmp_dir,
            next: AtomicUsize::new(0),
            staged: Mutex::new(Vec::new()),
            syncer,
            _lock: lock,
        })
    }

    /// Writes `artifact` to a temp file (or notes that its target is already up to date).
    pub fn stage(&self, artifact: Artifact) -> Result<(), Error> {
        let target = self.out.join(&artifact.path);
        let unchanged = fs::metadata(&target).is_ok_and(|m| m.len() == artifact.bytes.len() as u64)
            && fs::read(&target).is_ok_and(|old| old == artifact.bytes);
        if unchanged {
            self.lock_staged().push(Staged { target, temp: None });
            return Ok(());
        }
        let temp = self.temp_for(&artifact.path, &target)?;
        // Registered even if the write fails, so that the cleanup removes a partial temp file.
        let result =
            write_file(&temp, &artifact.bytes).and_then(|file| self.syncer.sync(file, &temp));
        self.lock_staged().push(Staged {
            target,
            temp: Some(temp),
        });
        result
    }

    /// Starts a file that is written in pieces (for big files); see [`StagedWriter`].
    pub fn open(&self, path: &Path) -> Result<StagedWriter<'_, 'l>, Error> {
        let target = self.out.join(path);
        let temp = self.temp_for(path, &target)?;
        let file = File::create(&temp).map_err(|e| Error::io(&temp, e))?;
        Ok(StagedWriter {
            stager: self,
            target,
            temp,
            file: Some(BufWriter::with_capacity(1 << 16, file)),
        })
    }

    /// A fresh temp file name for `path` (and the target's folder, created).
    fn temp_for(&self, path: &Path, target: &Path) -> Result<PathBuf, Error> {
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let name = path
            .file_name()
            .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
        Ok(self
            .tmp_dir
            .join(format!("{}.{n}.{name}", std::process::id())))
    }

    fn lock_staged(&self) -> std::sync::MutexGuard<'_, Vec<Staged>> {
        crate::export::lock(&self.staged)
    }

    /// Renames every staged file into place, in path order, except that the file at `last` (the
    /// manifest: a build killed before it is renamed repeats its change report) goes after all.
    /// Nothing is renamed unless every file has been synced.
    pub fn commit(mut self, last: Option<&Path>) -> Result<Vec<(PathBuf, WriteStatus)>, Error> {
        // On a failed sync, dropping `self` removes the temp files.
        self.syncer.finish()?;
        let mut staged = std::mem::take(&mut *self.lock_staged());
        staged.sort_by(|a, b| a.target.cmp(&b.target));
        if let Some(last) = last.map(|p| self.out.join(p))
            && let Some(i) = staged.iter().position(|s| s.target == last)
        {
            let item = staged.remove(i);
            staged.push(item);
        }
        let delay = rename_delay();
        let mut statuses = Vec::with_capacity(staged.len());
        let mut result = Ok(());
        for (i, s) in staged.iter().enumerate() {
            let status = match &s.temp {
                None => WriteStatus::Unchanged,
                Some(temp) => {
                    if let Err(e) = fs::rename(temp, &s.target) {
                        result = Err(Error::io(&s.target, e));
                        // This and the later temp files will never be renamed: remove them.
                        for later in &staged[i..] {
                            if let Some(t) = &later.temp {
                                let _ = fs::remove_file(t);
                            }
                        }
                        break;
                    }
                    if let Some(d) = delay {
                        std::thread::sleep(d);
                    }
                    WriteStatus::Written
                }
            };
            statuses.push((s.target.clone(), status));
        }
        result.map(|()| statuses)
    }
}

/// A staged file being written in pieces. [`StagedWriter::finish`] stages it; dropped unfinished
/// (an error while writing), its temp file is removed.
#[derive(Debug)]
pub struct StagedWriter<'s, 'l> {
    stager: &'s Stager<'l>,
    target: PathBuf,
    temp: PathBuf,
    file: Option<BufWriter<File>>,
}

impl Write for StagedWriter<'_, '_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.file {
            Some(f) => f.write(buf),
            None => Err(std::io::Error::other("file already finished")),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.as_mut().map_or(Ok(()), Write::flush)
    }
}

impl StagedWriter<'_, '_> {
    /// Completes the file and stages it for the final rename (or drops it if the target already
    /// has the same bytes).
    pub fn finish(mut self) -> Result<(), Error> {
        let temp = std::mem::take(&mut self.temp);
        let target = std::mem::take(&mut self.target);
        let Some(writer) = self.file.take() else {
            return Ok(());
        };
        let file = match writer.into_inner() {
            Ok(file) => file,
            Err(e) => {
                let _ = fs::remove_file(&temp);
                return Err(Error::io(&temp, e.into_error()));
            }
        };
        if same_contents(&temp, &target) {
            let _ = fs::remove_file(&temp);
            self.stager
                .lock_staged()
                .push(Staged { target, temp: None });
            return Ok(());
        }
        // Registered before the sync is queued, so that the cleanup removes it if that fails.
        let synced = self.stager.syncer.sync(file, &temp);
        self.stager.lock_staged().push(Staged {
            target,
            temp: Some(temp),
        });
        synced
    }
}

impl crate::export::FileWriter for StagedWriter<'_, '_> {
    fn finish(self: Box<Self>) -> Result<(), Error> {
        StagedWriter::finish(*self)
    }
}

impl Drop for StagedWriter<'_, '_> {
    fn drop(&mut self) {
        if self.file.take().is_some() {
            let _ = fs::remove_file(&self.temp);
        }
    }
}

/// True if both files exist and hold the same bytes (read in chunks: the files may be big).
fn same_contents(a: &Path, b: &Path) -> bool {
    let (Ok(ma), Ok(mb)) = (fs::metadata(a), fs::metadata(b)) else {
        return false;
    };
    if ma.len() != mb.len() {
        return false;
    }
    let (Ok(fa), Ok(fb)) = (File::open(a), File::open(b)) else {
        return false;
    };
    let (mut ra, mut rb) = (BufReader::new(fa), BufReader::new(fb));
    loop {
        let (Ok(ca), Ok(cb)) = (ra.fill_buf(), rb.fill_buf()) else {
            return false;
        };
        if ca.is_empty() || cb.is_empty() {
            return ca.is_empty() && cb.is_empty();
        }
        let n = ca.len().min(cb.len());
        if ca[..n] != cb[..n] {
            return false;
        }
        ra.consume(n);
        rb.consume(n);
    }
}

impl Drop for Stager<'_> {
    fn drop(&mut self) {
        // The temp files go once nothing syncs them any more.
        self.syncer.stop();
        for s in self.lock_staged().iter() {
            if let Some(temp) = &s.temp {
                let _ = fs::remove_file(temp);
            }
        }
    }
}

/// Fault-injection hook for the crash-safety tests: `DECKGEN_TEST_RENAME_DELAY_MS` pauses after
/// each rename, so that a test can kill a build between two renames. Unset for users.
fn rename_delay() -> Option<std::time::Duration> {
    std::env::var("DECKGEN_TEST_RENAME_DELAY_MS")
        .ok()?
        .parse()
        .ok()
        .map(std::time::Duration::from_millis)
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<File, Error> {
    let mut file = File::create(path).map_err(|e| Error::io(path, e))?;
    file.write_all(bytes).map_err(|e| Error::io(path, e))?;
    Ok(file)
}

/// How a file's data is made durable ([`File::sync_data`]; tests inject failures).
type SyncFn = fn(&File) -> std::io::Result<()>;

/// Files waiting for their sync at most: each holds a descriptor open, and a 100,000-card build
/// writes a few thousand files. Exporters wait when the queue is full.
const SYNC_QUEUE: usize = 32;

/// Syncs the staged temp files on a thread of its own, in the order they come, so that no exporter
/// waits for the disk (on the shipped deck the syncs were a tenth of the build's time).
/// [`Syncer::finish`] waits for all of them. Without a thread (it could not be started), files
/// are synced where they are handed over.
#[derive(Debug)]
struct Syncer {
    sync: SyncFn,
    queue: Option<mpsc::SyncSender<(File, PathBuf)>>,
    worker: Option<JoinHandle<Result<(), Error>>>,
}

impl Syncer {
    fn start(sync: SyncFn) -> Syncer {
        let (queue, files) = mpsc::sync_channel::<(File, PathBuf)>(SYNC_QUEUE);
        let worker = std::thread::Builder::new()
            .name("deckgen-sync".to_string())
            .spawn(move || {
                // Every file is synced (and closed), even after a failure; the first one counts.
                let mut first_failure = None;
                for (file, path) in files {
                    if let Err(e) = sync(&file) {
                        first_failure.get_or_insert(Error::io(&path, e));
                    }
                }
                first_failure.map_or(Ok(()), Err)
            });
        match worker {
            Ok(worker) => Syncer {
                sync,
                queue: Some(queue),
                worker: Some(worker),
            },
            Err(_) => Syncer {
                sync,
                queue: None,
                worker: None,
            },
        }
    }

    /// Syncs `file`, the temp file at `path`: queued, or at once when there is no thread.
    fn sync(&self, file: File, path: &Path) -> Result<(), Error> {
        let file = match &self.queue {
            Some(queue) => match queue.send((file, path.to_path_buf())) {
                Ok(()) => return Ok(()),
                Err(mpsc::SendError((file, _))) => file,
            },
            None => file,
        };
        (self.sync)(&file).map_err(|e| Error::io(path, e))
    }

    /// Waits until every file handed over is synced: the first failure, if any.
    fn finish(&mut self) -> Result<(), Error> {
        self.queue = None;
        match self.worker.take() {
            Some(worker) => worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            None => Ok(()),
        }
    }

    /// For a build that failed: the thread finishes what it was handed (so that no descriptor
    /// is left open), and its outcome no longer matters.
    fn stop(&mut self) {
        self.queue = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stages and commits `artifacts` in one go (the last one renamed last).
    fn write_artifacts(
        out: &Path,
        artifacts: &[Artifact],
        lock: &OutputLock,
    ) -> Result<Vec<(PathBuf, WriteStatus)>, Error> {
        let stager = Stager::new(out, lock)?;
        for artifact in artifacts {
            stager.stage(artifact.clone())?;
        }
        stager.commit(artifacts.last().map(|a| a.path.as_path()))
    }

    fn artifact(path: &str, bytes: &[u8]) -> Artifact {
        Artifact {
            path: PathBuf::from(path),
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn writes_and_skips_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let lock = OutputLock::acquire(dir.path(), || {}).unwrap();
        let a = [artifact("csv/a.csv", b"1"), artifact("b.txt", b"2")];
        let s = write_artifacts(dir.path(), &a, &lock).unwrap();
        assert!(s.iter().all(|(_, st)| *st == WriteStatus::Written));
        assert_eq!(fs::read(dir.path().join("csv/a.csv")).unwrap(), b"1");
        let s = write_artifacts(dir.path(), &a, &lock).unwrap();
        assert!(s.iter().all(|(_, st)| *st == WriteStatus::Unchanged));
        let tmp = fs::read_dir(dir.path().join(STATE_DIR).join("tmp")).unwrap();
        assert_eq!(tmp.count(), 0, "no temp files left behind");
    }

    #[test]
    fn streamed_files_are_staged_and_unchanged_ones_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let lock = OutputLock::acquire(dir.path(), || {}).unwrap();
        let stream = |bytes: &[u8]| {
            let stager = Stager::new(dir.path(), &lock).unwrap();
            let mut w = stager.open(Path::new("big/file.csv")).unwrap();
            w.write_all(&bytes[..2]).unwrap();
            w.write_all(&bytes[2..]).unwrap();
            w.finish().unwrap();
            stager.commit(None).unwrap()
        };
        let s = stream(b"hello");
        assert_eq!(s[0].1, WriteStatus::Written);
        assert_eq!(fs::read(dir.path().join("big/file.csv")).unwrap(), b"hello");
        assert_eq!(stream(b"hello")[0].1, WriteStatus::Unchanged);
        assert_eq!(stream(b"hellO")[0].1, WriteStatus::Written);
        // A writer dropped unfinished leaves nothing behind.
        let stager = Stager::new(dir.path(), &lock).unwrap();
        let mut w = stager.open(Path::new("big/file.csv")).unwrap();
        w.write_all(b"partial").unwrap();
        drop(w);
        assert!(stager.commit(None).unwrap().is_empty());
        assert_eq!(fs::read(dir.path().join("big/file.csv")).unwrap(), b"hellO");
        let tmp = fs::read_dir(dir.path().join(STATE_DIR).join("tmp")).unwrap();
        assert_eq!(tmp.count(), 0);
    }

    #[test]
    fn a_failed_sync_renames_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let lock = OutputLock::acquire(dir.path(), || {}).unwrap();
        write_artifacts(dir.path(), &[artifact("a.txt", b"old")], &lock).unwrap();
        let failing: SyncFn = |_| Err(std::io::Error::other("disk gone"));
        for threaded in [true, false] {
            let mut syncer = Syncer::start(failing);
            if !threaded {
                syncer.finish().unwrap();
            }
            let stager = Stager::with_syncer(dir.path(), &lock, syncer).unwrap();
            let staged = stager.stage(artifact("a.txt", b"new"));
            let mut w = stager.open(Path::new("b.txt")).unwrap();
            w.write_all(b"streamed").unwrap();
            let finished = w.finish();
            if threaded {
                // The failure shows at the commit.
                staged.unwrap();
                finished.unwrap();
                let err = stager.commit(None).unwrap_err();
                assert!(err.to_string().contains("disk gone"), "{err}");
            } else {
                assert!(staged.is_err() && finished.is_err());
                drop(stager);
            }
            assert_eq!(fs::read(dir.path().join("a.txt")).unwrap(), b"old");
            assert!(!dir.path().join("b.txt").exists());
            let tmp = fs::read_dir(dir.path().join(STATE_DIR).join("tmp")).unwrap();
            assert_eq!(tmp.count(), 0, "temp files removed (threaded: {threaded})");
        }
    }

    #[test]
    fn failure_leaves_earlier_files_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let lock = OutputLock::acquire(dir.path(), || {}).unwrap();
        write_artifacts(dir.path(), &[artifact("a.txt", b"old")], &lock).unwrap();
        // `blocker` is a file, so `blocker/x.txt` cannot be created: the whole write must fail
        // before `a.txt` is replaced.
        fs::write(dir.path().join("blocker"), b"").unwrap();
        let err = write_artifacts(
            dir.path(),
            &[artifact("a.txt", b"new"), artifact("blocker/x.txt", b"x")],
            &lock,
        );
        assert!(err.is_err());
        assert_eq!(fs::read(dir.path().join("a.txt")).unwrap(), b"old");
        let tmp = fs::read_dir(dir.path().join(STATE_DIR).join("tmp")).unwrap();
        assert_eq!(tmp.count(), 0);
    }
}
