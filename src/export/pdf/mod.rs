//! PDF exporter: printable comparison sheets, section sheets, a cheat sheet and duplex flashcards.
//!
//! ```text
//! pdf/<table id>.pdf           one per `.table` card (landscape when the table is wide)
//! pdf/sections/<section>.pdf   key points, tables, cards as question → answer
//! pdf/cheatsheet.pdf           every section, two columns
//! pdf/flashcards.pdf           fronts and mirrored backs for double-sided printing
//! ```
//!
//! The pipeline inside: Markdown → `markdown::Block`s (cloze text through `cloze_text`) →
//! lines measured with the real glyph widths of the embedded DejaVu faces (`fonts`, `text`,
//! `style`) → `page::Item`s (`layout`, `table`, `chrome`) → pages (`flow`, or the
//! card grid of `flashcards`) → printpdf operations (`page::Canvas`) → bytes (`save`).
//! printpdf subsets the fonts; `save` makes the file reproducible (fixed font names, dates from
//! the build, a file identifier derived from the content).

mod chrome;
mod cloze_text;
mod flashcards;
mod flow;
mod fonts;
mod layout;
mod markdown;
mod page;
mod sheets;
mod style;
mod table;
mod text;

use std::collections::BTreeSet;
use std::path::PathBuf;

use printpdf::{
    OffsetDateTime, PdfDocument, PdfFont, PdfPage, PdfParseErrorSeverity, PdfSaveOptions,
};
use sha2::{Digest, Sha256};

use self::fonts::{Ctx, Face, Fonts};
use super::common::inline_to_plain;
use super::{Artifact, ExportContext, Exporter, Sink};
use crate::config::Format;
use crate::error::Error;
use crate::model::{Card, Section, Table};
use crate::parallel;

/// Writes the PDFs.
#[derive(Debug, Clone, Copy, Default)]
pub struct PdfExporter;

/// File names the exporter itself uses in `pdf/`; a table with such an id gets another name.
const RESERVED: [&str; 2] = ["cheatsheet", "flashcards"];

/// One PDF file to make.
enum Job<'d> {
    Flashcards,
    CheatSheet,
    Section(&'d Section),
    Table(&'d Section, &'d Card, &'d Table),
}

impl Exporter for PdfExporter {
    fn format(&self) -> Format {
        Format::Pdf
    }

    fn export(&self, cx: &ExportContext<'_>, sink: &dyn Sink) -> Result<(), Error> {
        let fonts = Fonts::shared()?;
        let deck = cx.deck;
        // The biggest documents first, so that no core idles at the end.
        let mut jobs = vec![Job::Flashcards, Job::CheatSheet];
        jobs.extend(deck.sections.iter().map(Job::Section));
        for section in &deck.sections {
            jobs.extend(
                section
                    .tables()
                    .map(|(card, table)| Job::Table(section, card, table)),
            );
        }
        let results = parallel::map(&jobs, |job| render_job(cx, fonts, job, sink));
        // Warnings in job order; a missing character is reported once for the whole export.
        let mut chars = BTreeSet::new();
        let mut seen = BTreeSet::new();
        for result in results {
            let (missing, warnings) = result?;
            for (c, w) in missing {
                if chars.insert(c) {
                    sink.warn(w);
                }
            }
            for w in warnings {
                if seen.insert(w.clone()) {
                    sink.warn(w);
                }
            }
        }
        Ok(())
    }
}

/// A job's warnings: characters no font has (with their message), then the rest.
type JobWarnings = (Vec<(char, String)>, Vec<String>);

/// Lays out and saves one PDF, hands it to the sink, returns its warnings (missing characters,
/// then the rest).
fn render_job(
    cx: &ExportContext<'_>,
    fonts: &Fonts,
    job: &Job<'_>,
    sink: &dyn Sink,
) -> Result<JobWarnings, Error> {
    let deck = cx.deck;
    let paper = cx.options.paper;
    let mut tcx = Ctx::new(fonts);
    let mut warnings = Vec::new();
    let (path, title, pages) = match job {
        Job::Table(section, card, table) => {
            let mut name = card.id.to_string();
            if RESERVED.contains(&name.as_str()) {
                name = format!("table-{name}");
                warnings.push(format!(
                    "card `{}`: `pdf/{}.pdf` is the name of another PDF; the table sheet is `pdf/{name}.pdf`",
                    card.id, card.id
                ));
            }
            let pages = sheets::table_sheet(&mut tcx, deck, section, card, table, paper);
            (
                PathBuf::from(format!("pdf/{name}.pdf")),
                inline_to_plain(&card.question),
                pages,
            )
        }
        Job::Section(section) => (
            PathBuf::from(format!("pdf/sections/{}.pdf", section.id)),
            section.title.clone(),
            sheets::section_sheet(&mut tcx, deck, section, paper),
        ),
        Job::CheatSheet => (
            PathBuf::from("pdf/cheatsheet.pdf"),
            format!("{} — cheat sheet", deck.name),
            sheets::cheat_sheet(&mut tcx, deck, paper),
        ),
        Job::Flashcards => (
            PathBuf::from("pdf/flashcards.pdf"),
            format!("{} — flashcards", deck.name),
            flashcards::flashcards(&mut tcx, deck, paper),
        ),
    };
    let bytes = save(fonts, &title, pages, cx.build.timestamp)?;
    sink.file(Artifact { path, bytes })?;
    warnings.extend(tcx.warnings);
    Ok((tcx.missing, warnings))
}

/// Serialises pages into a PDF file with the four faces embedded as subsets.
///
/// Reproducible: the font resource names are fixed ([`Face::id`]), the dates are the build's
/// timestamp, and the trailer's file identifier (which printpdf fills from a process-wide
/// counter) is replaced by a hash of the document's streams.
fn save(fonts: &Fonts, title: &str, pages: Vec<PdfPage>, timestamp: i64) -> Result<Vec<u8>, Error> {
    let date = OffsetDateTime::from_unix_timestamp(timestamp)
        .map_err(|e| Error::export("pdf", format!("build timestamp {timestamp}: {e}")))?;
    let mut doc = PdfDocument::new(title);
    doc.metadata.info.creation_date = date;
    doc.metadata.info.modification_date = date;
    doc.metadata.info.metadata_date = date;
    doc.metadata.info.producer = "deckgen".to_string();
    doc.metadata.info.creator = "deckgen".to_string();
    for face in Face::ALL {
        let parsed = fonts
            .parsed(face)
            .ok_or_else(|| Error::export("pdf", format!("font {face:?} is not loaded")))?;
        doc.resources
            .fonts
            .map
            .insert(face.id(), PdfFont::new(parsed.clone()));
    }
    doc.pages = pages;
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
    if let Some(w) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(Error::export("pdf", format!("{title}: {}", w.msg)));
    }
    // printpdf's info dictionary claims PDF/X conformance (GTS_PDFXVersion) that these files do
    // not have, and carries empty fields; keep title, dates, creator and producer.
    if let Ok(info) = lo.trailer.get(b"Info").and_then(|o| o.as_reference())
        && let Ok(dict) = lo.get_object_mut(info).and_then(|o| o.as_dict_mut())
    {
        for key in [
            "GTS_PDFXVersion",
            "Identifier",
            "Author",
            "Subject",
            "Keywords",
        ] {
            dict.remove(key.as_bytes());
        }
    }
    lo.compress();
    let mut hash = Sha256::new();
    hash.update(title.as_bytes());
    hash.update(timestamp.to_be_bytes());
    for object in lo.objects.values() {
        if let Ok(stream) = object.as_stream() {
            hash.update(&stream.content);
        }
    }
    let id: String = hash.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    if let Ok(parts) = lo.trailer.get_mut(b"ID").and_then(|o| o.as_array_mut()) {
        for part in parts {
            if let Ok(bytes) = part.as_str_mut() {
                *bytes = id.clone().into_bytes();
            }
        }
    }
    let mut out = Vec::new();
    lo.save_to(&mut out)
        .map_err(|e| Error::export("pdf", format!("{title}: {e}")))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::config::Paper;

    fn sample() -> crate::model::Deck {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample/content");
        crate::load(&dir).unwrap().deck.unwrap()
    }

    #[test]
    fn same_input_same_bytes_even_within_one_process() {
        // printpdf draws font names and file ids from a process-wide counter; none of that may
        // reach our bytes.
        let deck = sample();
        let fonts = Fonts::load().unwrap();
        let render = || {
            let mut cx = Ctx::new(&fonts);
            let pages = sheets::cheat_sheet(&mut cx, &deck, Paper::A4);
            save(&fonts, "t", pages, 1_700_000_000).unwrap()
        };
        let (a, b) = (render(), render());
        assert!(a == b, "two renders differ");
        let text = String::from_utf8_lossy(&a);
        assert!(
            text.contains("D:20231114221320"),
            "dates come from the build timestamp"
        );
        assert!(!text.contains("GTS_PDFXVersion"));
    }

    #[test]
    fn every_sheet_of_the_sample_renders() {
        let deck = sample();
        let fonts = Fonts::load().unwrap();
        let mut cx = Ctx::new(&fonts);
        let section = &deck.sections[0];
        let (card, table) = section.tables().next().unwrap();
        for pages in [
            sheets::table_sheet(&mut cx, &deck, section, card, table, Paper::Letter),
            sheets::section_sheet(&mut cx, &deck, section, Paper::Letter),
            flashcards::flashcards(&mut cx, &deck, Paper::Letter),
        ] {
            assert!(!pages.is_empty());
            save(&fonts, "t", pages, 0).unwrap();
        }
        assert!(
            cx.warnings.is_empty() && cx.missing.is_empty(),
            "{:?} {:?}",
            cx.warnings,
            cx.missing
        );
    }
}
