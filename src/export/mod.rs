//! Stage 4, export: the validated [`Deck`] → files, in memory.
//!
//! Each format is one [`Exporter`]; it returns [`Artifact`]s (a relative path and bytes) and never
//! touches the output folder or the clock: [`crate::write`] writes the artifacts atomically and the
//! build's timestamp comes in through [`ExportContext`]. What exporters share lives in [`common`].

pub mod apkg;
pub mod common;
pub mod csv;
pub mod pdf;

use std::path::PathBuf;

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
    pub cards: &'a [common::RenderedCard],
}

/// One output file: a path relative to the output folder and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artifact {
    /// Relative path (`csv/messaging-eda.csv`).
    pub path: PathBuf,
    /// The complete file.
    pub bytes: Vec<u8>,
}

/// What an exporter produced.
#[derive(Debug, Default)]
pub struct Rendered {
    /// The files.
    pub artifacts: Vec<Artifact>,
    /// Things the user should know (a character the PDF font lacks, ...).
    pub warnings: Vec<String>,
}

/// One output format.
pub trait Exporter {
    /// The format it writes.
    fn format(&self) -> Format;

    /// Renders the deck into files. Must be deterministic: the same context gives the same bytes.
    fn render(&self, cx: &ExportContext<'_>) -> Result<Rendered, Error>;
}

/// The exporter for `format`.
pub fn exporter_for(format: Format) -> Box<dyn Exporter + Send + Sync> {
    match format {
        Format::Csv => Box::new(csv::CsvExporter),
        Format::Apkg => Box::new(apkg::ApkgExporter),
        Format::Pdf => Box::new(pdf::PdfExporter),
    }
}
