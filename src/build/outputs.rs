//! Which output files a build owns: the sink that checks each file against what its exporter
//! declared (and holds back deck-level files in a `--section` build), and the record of files in
//! the manifest, from which stale files are found.
//!
//! The rule: a build removes a file only if the same deck's previous build made it, in a group
//! (`apkg`, `csv`, `csv/plain`, `pdf`) that this build runs in full, and this build no longer
//! makes it. A `--section` build removes nothing and writes no deck-level file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use super::Observer;
use crate::error::Error;
use crate::export::{Artifact, FileWriter, Output, Scope, Sink, lock};
use crate::manifest::{Manifest, Outputs};
use crate::write::Stager;

/// What every exporter of one build hands its files to: stages them and remembers them.
pub(super) struct Shared<'s, 'l> {
    pub stager: &'s Stager<'l>,
    pub observer: &'s dyn Observer,
    /// Files staged, with their group.
    pub produced: Mutex<Vec<(&'static str, PathBuf)>>,
    /// Deck-level files a `--section` build did not write.
    pub skipped: Mutex<Vec<PathBuf>>,
    pub warnings: Mutex<Vec<String>>,
    /// A `--section` build: deck-level files are held back.
    pub partial: bool,
}

/// One exporter's view of [`Shared`]: only the files it declared get through.
pub(super) struct ExporterSink<'a, 's, 'l> {
    shared: &'a Shared<'s, 'l>,
    declared: BTreeMap<PathBuf, Output>,
}

impl<'a, 's, 'l> ExporterSink<'a, 's, 'l> {
    pub fn new(shared: &'a Shared<'s, 'l>, declared: Vec<Output>) -> Self {
        let declared = declared.into_iter().map(|o| (o.path.clone(), o)).collect();
        ExporterSink { shared, declared }
    }

    /// The file's group if it is to be written; `None` if held back (and recorded as skipped).
    fn admit(&self, path: &Path) -> Result<Option<&'static str>, Error> {
        let Some(output) = self.declared.get(path) else {
            let format = self.declared.values().next().map_or("an", |o| o.group);
            return Err(Error::UndeclaredOutput {
                format,
                path: path.to_path_buf(),
            });
        };
        if self.shared.partial && output.scope == Scope::Deck {
            lock(&self.shared.skipped).push(path.to_path_buf());
            return Ok(None);
        }
        Ok(Some(output.group))
    }
}

impl Sink for ExporterSink<'_, '_, '_> {
    fn file(&self, artifact: Artifact) -> Result<(), Error> {
        let Some(group) = self.admit(&artifact.path)? else {
            return Ok(());
        };
        lock(&self.shared.produced).push((group, artifact.path.clone()));
        self.shared.stager.stage(artifact)?;
        self.shared.observer.file_done();
        Ok(())
    }

    fn open(&self, path: PathBuf) -> Result<Box<dyn FileWriter + '_>, Error> {
        let Some(group) = self.admit(&path)? else {
            return Ok(Box::new(Discard));
        };
        let writer = self.shared.stager.open(&path)?;
        lock(&self.shared.produced).push((group, path));
        Ok(Box::new(writer))
    }

    fn warn(&self, message: String) {
        lock(&self.shared.warnings).push(message);
    }
}

/// The writer of a held-back file: takes the bytes and drops them.
struct Discard;

impl std::io::Write for Discard {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl FileWriter for Discard {
    fn finish(self: Box<Self>) -> Result<(), Error> {
        Ok(())
    }
}

/// The files to record in the new manifest, and the previous build's files to remove.
///
/// `ran` holds the groups whose exporters ran (with every file of the group declared); `produced`
/// the files written now. A previous file of a group that ran in full and is not produced now is
/// stale; any other previous file is carried over. Format 1's files, whose group is unknown, are
/// neither removed nor carried.
pub(super) fn record(
    previous: Option<&Manifest>,
    ran: &BTreeSet<&'static str>,
    produced: &[(&'static str, PathBuf)],
    partial: bool,
) -> (Outputs, Vec<PathBuf>) {
    let mut outputs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (group, path) in produced {
        outputs
            .entry((*group).to_string())
            .or_default()
            .insert(slashed(path));
    }
    let now: BTreeSet<String> = produced.iter().map(|(_, p)| slashed(p)).collect();
    let mut stale = Vec::new();
    for (group, files) in previous.map(|m| &m.outputs).into_iter().flatten() {
        for file in files {
            if now.contains(file) || !is_inside(file) {
                continue;
            }
            if !partial && ran.contains(group.as_str()) {
                stale.push(PathBuf::from(file));
            } else {
                outputs
                    .entry(group.clone())
                    .or_default()
                    .insert(file.clone());
            }
        }
    }
    let outputs = outputs
        .into_iter()
        .map(|(group, files)| (group, files.into_iter().collect()))
        .collect();
    (outputs, stale)
}

/// A relative path as the manifest writes it (`/` between components).
fn slashed(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Whether a path from a manifest stays inside the output folder (a hand-edited manifest must not
/// make a build remove `../x`).
fn is_inside(file: &str) -> bool {
    let path = Path::new(file);
    !file.is_empty() && path.components().all(|c| matches!(c, Component::Normal(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(outputs: &[(&str, &[&str])]) -> Manifest {
        let json = serde_json::json!({
            "format": 2, "deck": "d", "timestamp": 1,
            "note_types": {"hash": "h", "mtime": 1}, "cards": [],
            "outputs": outputs.iter().map(|(g, f)| (g.to_string(), f.to_vec())).collect::<BTreeMap<_, _>>(),
        });
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn only_groups_that_ran_in_full_lose_files() {
        let previous = manifest(&[
            ("csv", &["csv/d.csv", "csv/gone.csv"]),
            ("pdf", &["pdf/gone.pdf"]),
            ("x", &["../outside", "/abs"]),
        ]);
        let produced = [("csv", PathBuf::from("csv/d.csv"))];
        let ran = BTreeSet::from(["csv"]);
        let (outputs, stale) = record(Some(&previous), &ran, &produced, false);
        assert_eq!(stale, [PathBuf::from("csv/gone.csv")]);
        assert_eq!(outputs["csv"], ["csv/d.csv"]);
        assert_eq!(outputs["pdf"], ["pdf/gone.pdf"], "pdf did not run: kept");
        assert!(
            !outputs.contains_key("x"),
            "paths outside the folder are dropped"
        );

        let (outputs, stale) = record(Some(&previous), &ran, &produced, true);
        assert!(stale.is_empty(), "a --section build removes nothing");
        assert_eq!(outputs["csv"], ["csv/d.csv", "csv/gone.csv"]);
    }
}
