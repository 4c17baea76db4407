//! What a build keeps in its output folder for the next build: drawings that cost much to make
//! and are named by a hash of everything they are made from (diagram SVGs, PDF forms).
//!
//! A kept file is found by its name alone, so a name must change whenever its bytes would; the
//! callers' names hash the source and the version of whatever made it. Files are written whole
//! under a temporary name and renamed, so a reader never sees half a file, and anything that
//! cannot be read is made again. Keeping is only a saving: a folder that cannot be written costs
//! the next build time, never a failure. The folders live under the output folder's state
//! directory (`.deckgen/`, with the build lock); nothing in them is an output.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// A folder of kept files.
#[derive(Debug, Clone)]
pub struct KeptFolder {
    path: PathBuf,
    write: bool,
}

/// The prefix of a file being written; one left by a killed build is removed by [`KeptFolder::prune`].
const TEMP_PREFIX: &str = ".keeping-";

impl KeptFolder {
    /// `<out>/.deckgen/<name>`; `write` false reads only (a dry run).
    pub fn in_output(out: &Path, name: &str, write: bool) -> Self {
        KeptFolder {
            path: out.join(crate::write::STATE_DIR).join(name),
            write,
        }
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The files kept now, with their sizes in bytes (none if the folder is missing).
    pub fn sizes(&self) -> std::collections::BTreeMap<String, u64> {
        fs::read_dir(&self.path)
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|e| {
                        Some((e.file_name().into_string().ok()?, e.metadata().ok()?.len()))
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The bytes kept under `name`, if any.
    pub fn read(&self, name: &str) -> Option<Vec<u8>> {
        fs::read(self.path.join(name)).ok()
    }

    /// Keeps `bytes` under `name` (replacing what was there). Errors are ignored.
    pub fn keep(&self, name: &str, bytes: &[u8]) {
        if !self.write || fs::create_dir_all(&self.path).is_err() {
            return;
        }
        let Ok(mut temp) = tempfile::Builder::new()
            .prefix(TEMP_PREFIX)
            .tempfile_in(&self.path)
        else {
            return;
        };
        if temp.write_all(bytes).is_ok() {
            let _ = temp.persist(self.path.join(name));
        }
    }

    /// Removes every kept file for which `wanted` says no, and temporary files left by a killed
    /// build. Returns how many files went.
    pub fn prune(&self, wanted: impl Fn(&str) -> bool) -> usize {
        let Ok(entries) = fs::read_dir(&self.path) else {
            return 0;
        };
        let mut removed = 0;
        for entry in entries.flatten() {
            let name = entry.file_name();
            let stale = match name.to_str() {
                Some(name) => name.starts_with(TEMP_PREFIX) || !wanted(name),
                None => true,
            };
            if stale && fs::remove_file(entry.path()).is_ok() {
                removed += 1;
            }
        }
        removed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_files_are_read_back_replaced_and_pruned() {
        let dir = tempfile::tempdir().unwrap();
        let folder = KeptFolder::in_output(dir.path(), "things", true);
        assert_eq!(folder.read("a"), None);
        folder.keep("a", b"one");
        folder.keep("b", b"two");
        assert_eq!(folder.read("a").as_deref(), Some(&b"one"[..]));
        folder.keep("a", b"three");
        assert_eq!(folder.read("a").as_deref(), Some(&b"three"[..]));
        fs::write(folder.path().join(".keeping-x"), b"half").unwrap();
        assert_eq!(folder.prune(|name| name == "a"), 2, "b and the temp file");
        assert_eq!(folder.read("b"), None);
        assert_eq!(folder.read("a").as_deref(), Some(&b"three"[..]));
        assert_eq!(
            fs::read_dir(folder.path()).unwrap().count(),
            1,
            "no temporary file stays behind"
        );
    }

    #[test]
    fn a_read_only_folder_keeps_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let folder = KeptFolder::in_output(dir.path(), "things", false);
        folder.keep("a", b"one");
        assert_eq!(folder.read("a"), None);
        assert!(!folder.path().exists());
    }
}
