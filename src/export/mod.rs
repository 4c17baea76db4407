//! Stage 6, export: the validated [`Deck`] → files.
//!
//! Each format is one [`Exporter`]; it produces [`Artifact`]s (a relative path and bytes) and hands
//! each to a [`Sink`] as soon as it is complete, so a 100,000-card build never holds every file in
//! memory. Exporters never touch the output folder or the clock: the build's sink stages files with
//! [`crate::write`] (atomically, all-or-nothing) and the timestamp comes in through
//! [`ExportContext`]. What exporters share is rendered once before them, in [`crate::render`].

pub mod apkg;
pub mod csv;
pub mod pdf;

use std::path::PathBuf;
use std::sync::Mutex;

use crate::config::{BuildInfo, BuildOptions, Format};
use crate::error::Error;
use crate::model::Deck;

/// Everything an exporter may look at.
#[derive(Debug, Clone, Copy)]
pub struct ExportContext<'a> {
    /// The validated deck (already restricted to `--section`s).
    pub deck: &'a Deck,
    /// The build's options (CSV flavours, paper, ...).
    pub options: &'a BuildOptions,
    /// Timestamp and other per-build facts.
    pub build: BuildInfo,
    /// The deck's flashcards, rendered once for all exporters, in deck order (their `section`
    /// indexes `deck.sections`).
    pub cards: &'a [crate::render::RenderedCard],
}

/// One output file: a path relative to the output folder and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artifact {
    /// Relative path (`csv/messaging-eda.csv`).
    pub path: PathBuf,
    /// The complete file.
    pub bytes: Vec<u8>,
}

/// What an exporter produced, collected in memory.
#[derive(Debug, Default)]
pub struct Rendered {
    /// The files, sorted by path.
    pub artifacts: Vec<Artifact>,
    /// Things the user should know (a character the PDF font lacks, ...).
    pub warnings: Vec<String>,
}

/// Where an exporter puts what it produces. Shared by exporters running on several threads.
pub trait Sink: Sync {
    /// Takes one complete file.
    fn file(&self, artifact: Artifact) -> Result<(), Error>;
    /// Starts a file that is written in pieces, for files too big to build in memory first: write
    /// to it, then [`FileWriter::finish`] it (a writer dropped unfinished is discarded).
    fn open(&self, path: PathBuf) -> Result<Box<dyn FileWriter + '_>, Error>;
    /// Takes a warning for the user.
    fn warn(&self, message: String);
}

/// A file being written in pieces (see [`Sink::open`]).
pub trait FileWriter: std::io::Write {
    /// The file is complete.
    fn finish(self: Box<Self>) -> Result<(), Error>;
}

/// A sink that keeps everything in memory.
#[derive(Debug, Default)]
pub struct Collect {
    artifacts: Mutex<Vec<Artifact>>,
    warnings: Mutex<Vec<String>>,
}

impl Sink for Collect {
    fn file(&self, artifact: Artifact) -> Result<(), Error> {
        lock(&self.artifacts).push(artifact);
        Ok(())
    }

    fn open(&self, path: PathBuf) -> Result<Box<dyn FileWriter + '_>, Error> {
        Ok(Box::new(CollectWriter {
            sink: self,
            artifact: Artifact {
                path,
                bytes: Vec::new(),
            },
        }))
    }

    fn warn(&self, message: String) {
        lock(&self.warnings).push(message);
    }
}

/// [`Collect`]'s file writer: a buffer that becomes an artifact when finished.
struct CollectWriter<'s> {
    sink: &'s Collect,
    artifact: Artifact,
}

impl std::io::Write for CollectWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.artifact.bytes.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl FileWriter for CollectWriter<'_> {
    fn finish(self: Box<Self>) -> Result<(), Error> {
        self.sink.file(self.artifact)
    }
}

impl Collect {
    /// Everything collected, artifacts sorted by path.
    pub fn into_rendered(self) -> Rendered {
        let mut artifacts = into_inner(self.artifacts);
        artifacts.sort_by(|a, b| a.path.cmp(&b.path));
        Rendered {
            artifacts,
            warnings: into_inner(self.warnings),
        }
    }
}

/// Locks a mutex; a poisoned one (a panicking thread) still holds valid data for our uses.
pub fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// A mutex's value, by the same rule as [`lock`].
fn into_inner<T>(m: Mutex<T>) -> T {
    m.into_inner().unwrap_or_else(|p| p.into_inner())
}

/// Which part of the deck an output file is made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// The whole deck (the .apkg, the whole-deck CSV, the cheat sheet, the flashcards): a build of
    /// some sections only (`--section`) must not write it, or it would replace the whole deck's
    /// file with part of it.
    Deck,
    /// One section's cards only (a section's CSV, its sheet, its table sheets).
    Section,
}

/// A file an exporter declares it writes for a context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Relative path, as in the exporter's [`Artifact`]s.
    pub path: PathBuf,
    /// The group of outputs it belongs to (`apkg`, `csv`, `csv/plain`, `pdf`): a build that runs
    /// a group in full owns every file the group's previous build made, and removes those it no
    /// longer makes. The manifest records files under their group.
    pub group: &'static str,
    /// What it is made from.
    pub scope: Scope,
}

/// One output format.
pub trait Exporter {
    /// Every file [`Exporter::export`] writes for `cx`, without rendering anything. The build
    /// refuses a file an exporter did not declare, so the list is the exporter's contract.
    fn outputs(&self, cx: &ExportContext<'_>) -> Vec<Output>;

    /// The groups it runs in full for `cx` besides those of its [`Exporter::outputs`]: a group
    /// that may hold no file this time (the CSV's media when the deck has no image), whose
    /// previous files must still go when they are no longer made.
    fn empty_groups(&self, _cx: &ExportContext<'_>) -> Vec<&'static str> {
        Vec::new()
    }

    /// Renders the deck, handing every file to `sink` as soon as it is complete. Must be
    /// deterministic: the same context gives the same files with the same bytes.
    fn export(&self, cx: &ExportContext<'_>, sink: &dyn Sink) -> Result<(), Error>;

    /// Renders the deck into memory.
    fn render(&self, cx: &ExportContext<'_>) -> Result<Rendered, Error> {
        let sink = Collect::default();
        self.export(cx, &sink)?;
        Ok(sink.into_rendered())
    }
}

/// The media files the cards refer to (name, bytes), sorted by name.
pub fn media_files<'a>(cx: &ExportContext<'a>) -> Result<Vec<(&'a str, &'a [u8])>, Error> {
    crate::render::media_names(cx.cards)
        .into_iter()
        .map(|name| {
            cx.deck
                .pictures
                .media_file(name)
                .map(|bytes| (name, bytes))
                .ok_or_else(|| Error::MissingMedia {
                    name: name.to_owned(),
                })
        })
        .collect()
}

/// The exporter for `format`.
pub fn exporter_for(format: Format) -> Box<dyn Exporter + Send + Sync> {
    match format {
        Format::Csv => Box::new(csv::CsvExporter),
        Format::Apkg => Box::new(apkg::ApkgExporter),
        Format::Pdf => Box::new(pdf::PdfExporter),
    }
}
