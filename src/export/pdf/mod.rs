//! PDF exporter: printable comparison sheets, section sheets, a cheat sheet and duplex flashcards.
//!
//! ```text
//! pdf/<table id>.pdf           one per `.table` card (landscape when the table is wide)
//! pdf/sections/<section>.pdf   key points, tables, cards as question → answer
//! pdf/cheatsheet.pdf           every section, two columns
//! pdf/flashcards.pdf           fronts and mirrored backs for double-sided printing
//! ```
//!
//! The sheets are composed here, typeset by the engine in [`crate::pdf`]: a card's Markdown →
//! blocks (`markdown`, cloze text through `cloze_text`) → items (the engine's layout and tables,
//! the sheets' own title blocks, headings and footers from `chrome`) → pages (the engine's flow
//! for `sheets`, the card grid of `flashcards`) → bytes (`pdf::document::save`). The files are
//! made in parallel; the fonts are cut once per export to the deck's characters.

mod chrome;
mod cloze_text;
mod flashcards;
mod markdown;
mod sheets;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

use super::{Artifact, ExportContext, Exporter, Output, Scope, Sink};
use crate::error::Error;
use crate::kept::KeptFolder;
use crate::model::{Card, CardKind, Deck, Section, Table};
use crate::parallel;
use crate::pdf::PdfError;
use crate::pdf::document::save;
use crate::pdf::figure::{Figure, Figures};
use crate::pdf::fonts::{Ctx, Cuts, Fonts};
use crate::picture::image::ImageFormat;
use crate::picture::svg_pdf::{self, SvgForm};
use crate::render::inline_to_plain;
use std::borrow::Cow;

/// Writes the PDFs.
#[derive(Debug, Clone, Copy, Default)]
pub struct PdfExporter;

/// File names the exporter itself uses in `pdf/` (and their volumes, `cheatsheet-01`, ...); a table
/// with such an id gets another name.
const RESERVED: [&str; 2] = ["cheatsheet", "flashcards"];

/// Whether `pdf/<name>.pdf` is, or becomes when the deck grows, a file of the exporter's own.
fn reserved(name: &str) -> bool {
    RESERVED.iter().any(|stem| {
        name == *stem
            || name
                .strip_prefix(stem)
                .and_then(|rest| rest.strip_prefix('-'))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// The most flashcards in one cheat sheet or flashcards PDF. Bigger decks get numbered volumes
/// (`flashcards-01.pdf`, ...): a PDF of thousands of pages prints badly, and printpdf holds a whole
/// document in memory until it is saved.
const VOLUME_CARDS: usize = 1_000;

/// One PDF file to make.
enum Job<'d> {
    Flashcards(Volume),
    CheatSheet(Volume),
    Section(&'d Section),
    Table(&'d Section, &'d Card, &'d Table),
}

/// A run of whole sections that goes into one cheat sheet or flashcards file.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Volume {
    /// 1-based number.
    number: usize,
    /// How many volumes there are.
    of: usize,
    /// Section indexes.
    sections: std::ops::Range<usize>,
}

impl Volume {
    /// `pdf/<stem>.pdf`, or `pdf/<stem>-NN.pdf` when there are several volumes.
    fn path(&self, stem: &str) -> PathBuf {
        if self.of == 1 {
            PathBuf::from(format!("pdf/{stem}.pdf"))
        } else {
            let width = self.of.to_string().len().max(2);
            PathBuf::from(format!("pdf/{stem}-{:0width$}.pdf", self.number))
        }
    }

    /// The deck restricted to this volume (the deck itself when there is one volume).
    fn deck<'d>(&self, deck: &'d Deck) -> Cow<'d, Deck> {
        if self.of == 1 {
            return Cow::Borrowed(deck);
        }
        let mut part = deck.with_sections(deck.sections[self.sections.clone()].to_vec());
        part.name = format!("{} (part {} of {})", deck.name, self.number, self.of);
        Cow::Owned(part)
    }
}

/// Splits the deck into volumes of whole sections, each up to [`VOLUME_CARDS`] flashcards (a
/// bigger section is a volume of its own).
fn volumes(deck: &Deck) -> Vec<Volume> {
    let mut ranges = Vec::new();
    let (mut start, mut cards) = (0, 0);
    for (i, section) in deck.sections.iter().enumerate() {
        let n = section.flashcard_count();
        if cards > 0 && cards + n > VOLUME_CARDS {
            ranges.push(start..i);
            (start, cards) = (i, 0);
        }
        cards += n;
    }
    ranges.push(start..deck.sections.len());
    let of = ranges.len();
    ranges
        .into_iter()
        .enumerate()
        .map(|(i, sections)| Volume {
            number: i + 1,
            of,
            sections,
        })
        .collect()
}

/// Every PDF of the deck, the biggest documents first, so that no core idles at the end.
fn jobs(deck: &Deck) -> Vec<Job<'_>> {
    let volumes = volumes(deck);
    let mut jobs: Vec<Job<'_>> = volumes.iter().cloned().map(Job::Flashcards).collect();
    jobs.extend(volumes.into_iter().map(Job::CheatSheet));
    jobs.extend(deck.sections.iter().map(Job::Section));
    for section in &deck.sections {
        jobs.extend(
            section
                .tables()
                .map(|(card, table)| Job::Table(section, card, table)),
        );
    }
    jobs
}

impl Job<'_> {
    /// The file's path and what it is made from.
    fn output(&self) -> (PathBuf, Scope) {
        match self {
            Job::Table(_, card, _) => (table_path(card).0, Scope::Section),
            Job::Section(section) => (
                PathBuf::from(format!("pdf/sections/{}.pdf", section.id)),
                Scope::Section,
            ),
            Job::CheatSheet(volume) => (volume.path("cheatsheet"), Scope::Deck),
            Job::Flashcards(volume) => (volume.path("flashcards"), Scope::Deck),
        }
    }
}

/// A table sheet's path, and the warning when the card's id is one of the exporter's own names.
fn table_path(card: &Card) -> (PathBuf, Option<String>) {
    let name = card.id.to_string();
    if !reserved(&name) {
        return (PathBuf::from(format!("pdf/{name}.pdf")), None);
    }
    // A `.` is in no id, so the new name cannot be another table's.
    let renamed = format!("{name}.table");
    let warning = format!(
        "card `{}`: `pdf/{}.pdf` is the name of another PDF; the table sheet is `pdf/{renamed}.pdf`",
        card.id, card.id
    );
    (PathBuf::from(format!("pdf/{renamed}.pdf")), Some(warning))
}

impl Exporter for PdfExporter {
    fn outputs(&self, cx: &ExportContext<'_>) -> Vec<Output> {
        jobs(cx.deck)
            .iter()
            .map(|job| {
                let (path, scope) = job.output();
                Output {
                    path,
                    group: "pdf",
                    scope,
                }
            })
            .collect()
    }

    fn export(&self, cx: &ExportContext<'_>, sink: &dyn Sink) -> Result<(), Error> {
        let fonts = Fonts::shared().map_err(PdfError::from)?;
        let deck = cx.deck;
        let jobs = jobs(deck);
        // The fonts cut down to the deck's characters, for every document to subset from: that
        // costs about as much as saving two small PDFs, and it pays from the sample deck's six on.
        let cuts = fonts.cut(&text_chars(deck));
        let whole_deck = cx.options.sections.is_empty();
        let figures = Arc::new(figures(deck, kept_forms(cx).as_ref(), whole_deck)?);
        let results = parallel::map(&jobs, |job| {
            render_job(cx, fonts, Some(&cuts), &figures, job, sink)
        });
        // Warnings in job order. Characters no font has are not among them: loading the content
        // reports those, once per source line (`check` too), where the user can find them.
        let mut seen = BTreeSet::new();
        for result in results {
            let (_missing, warnings) = result?;
            for w in warnings {
                if seen.insert(w.clone()) {
                    sink.warn(w);
                }
            }
        }
        Ok(())
    }
}

/// Where this build keeps the pictures' PDF forms for the next one (none for in-memory exports).
fn kept_forms(cx: &ExportContext<'_>) -> Option<KeptFolder> {
    cx.options
        .keep_drawings
        .then(|| KeptFolder::in_output(&cx.options.out, FORMS_FOLDER, true))
}

/// The folder under `<out>/.deckgen/` where the pictures' PDF forms are kept.
pub const FORMS_FOLDER: &str = "forms";

/// The deck's diagrams as PDF drawings (their light SVG), by source, converted once for every
/// document (or read back from `kept`, where an earlier build left them; a build of the whole
/// deck then removes the kept forms it did not use).
fn figures(deck: &Deck, kept: Option<&KeptFolder>, whole_deck: bool) -> Result<Figures, Error> {
    // Each drawing: its key, its name and its SVG. Images are drawn as vectors too: an SVG file
    // as it is, a PNG, JPEG, GIF or WebP file as an SVG `<image>` of its pixels (an animated
    // GIF or WebP shows its first frame).
    let mut drawings: Vec<(String, &str, Cow<'_, str>)> = deck
        .pictures
        .diagrams()
        .map(|(source, d)| {
            (
                source.to_owned(),
                d.stem.as_str(),
                Cow::Borrowed(d.light.as_str()),
            )
        })
        .collect();
    for (target, image) in deck.pictures.images() {
        let svg = match image.format {
            ImageFormat::Svg => match std::str::from_utf8(&image.bytes) {
                Ok(svg) => Cow::Borrowed(svg),
                Err(_) => continue,
            },
            ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::Gif | ImageFormat::WebP => {
                Cow::Owned(raster_svg(
                    &image.bytes,
                    image.format,
                    image.width,
                    image.height,
                ))
            }
        };
        let stem = image.media_name.split('.').next().unwrap_or_default();
        drawings.push((format!("{}{target}", markdown::IMAGE_KEY), stem, svg));
    }
    let figures = parallel::map(&drawings, |(key, stem, svg)| {
        let failed = |message: String| {
            let message = match key.strip_prefix(markdown::IMAGE_KEY) {
                // The loader checks a raster file's header only: a broken body shows here.
                Some(target) => format!(
                    "image `{target}` cannot be drawn ({message}); check that the file opens in an image viewer"
                ),
                None => format!("diagram {stem}: {message}"),
            };
            Error::Export {
                format: "pdf",
                message,
            }
        };
        // The converter decodes the user's image files (a WebP or PNG body that the loader's
        // header check let through): a panic in it fails this export, never the process.
        let converted = crate::guard::catch(|| SvgForm::from_svg_kept(svg, kept))
            .map_err(|panic| failed(format!("the PDF converter crashed: {panic}")))?;
        let form = converted.map_err(|e| failed(e.to_string()))?;
        Ok((key.clone(), Arc::new(Figure::new(stem, form))))
    })
    .into_iter()
    .collect::<Result<Figures, Error>>()?;
    if let Some(kept) = kept
        && whole_deck
    {
        let used: BTreeSet<String> = drawings
            .iter()
            .map(|(_, _, svg)| svg_pdf::kept_name(svg))
            .collect();
        kept.prune(|name| used.contains(name));
    }
    Ok(figures)
}

/// A raster image as an SVG of its size in pixels (CSS pixels: 96 a inch) holding the file as a
/// data URL, for the SVG → PDF converter, which embeds the pixels as they are: a JPEG as the file
/// itself, the others decoded (a WebP by `image`'s `webp` feature, which Cargo.toml turns on)
/// and compressed losslessly.
fn raster_svg(bytes: &[u8], format: ImageFormat, width: u32, height: u32) -> String {
    use base64::Engine as _;
    let mime = format.mime_type();
    let data = base64::engine::general_purpose::STANDARD.encode(bytes);
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{width}" height="{height}" viewBox="0 0 {width} {height}"><image width="{width}" height="{height}" xlink:href="data:{mime};base64,{data}"/></svg>"#
    )
}

/// The characters beyond ASCII in the deck's text (ASCII is in every cut anyway): what its
/// PDFs show, apart from their own labels.
fn text_chars(deck: &Deck) -> BTreeSet<char> {
    let mut chars = BTreeSet::new();
    let mut add = |text: &str| {
        if !text.is_ascii() {
            chars.extend(text.chars().filter(|c| !c.is_ascii()));
        }
    };
    add(&deck.name);
    add(&deck.description);
    for section in &deck.sections {
        add(&section.title);
        add(&section.key_points);
        for card in &section.cards {
            add(&card.question);
            add(&card.answer);
            if let CardKind::Table(table) = &card.kind {
                for cell in table
                    .header
                    .iter()
                    .chain(table.rows.iter().flat_map(|r| &r.cells))
                {
                    add(cell);
                }
            }
        }
    }
    chars
}

/// A job's warnings: characters no font has (with their message), then the rest.
type JobWarnings = (Vec<(char, String)>, Vec<String>);

/// Lays out and saves one PDF, hands it to the sink, returns its warnings (missing characters,
/// then the rest).
fn render_job(
    cx: &ExportContext<'_>,
    fonts: &Fonts,
    cuts: Option<&Cuts>,
    figures: &Arc<Figures>,
    job: &Job<'_>,
    sink: &dyn Sink,
) -> Result<JobWarnings, Error> {
    let deck = cx.deck;
    let paper = cx.options.paper;
    let mut tcx = Ctx::new(fonts);
    tcx.figures = Arc::clone(figures);
    let mut warnings = Vec::new();
    let (path, _) = job.output();
    let (title, pages) = match job {
        Job::Table(section, card, table) => {
            warnings.extend(table_path(card).1);
            let pages = sheets::table_sheet(&mut tcx, deck, section, card, table, paper);
            (inline_to_plain(&card.question), pages)
        }
        Job::Section(section) => (
            section.title.clone(),
            sheets::section_sheet(&mut tcx, deck, section, paper),
        ),
        Job::CheatSheet(volume) => {
            let part = volume.deck(deck);
            (
                format!("{} — cheat sheet", part.name),
                sheets::cheat_sheet(&mut tcx, &part, paper),
            )
        }
        Job::Flashcards(volume) => {
            let part = volume.deck(deck);
            (
                format!("{} — flashcards", part.name),
                flashcards::flashcards(&mut tcx, &part, paper),
            )
        }
    };
    let bytes = save(fonts, cuts, &title, pages, cx.build.timestamp)?;
    sink.file(Artifact { path, bytes })?;
    warnings.extend(tcx.warnings);
    Ok((tcx.missing, warnings))
}

#[cfg(test)]
mod volume_tests {
    use super::*;

    #[test]
    fn reserved_names_include_every_volume() {
        for name in [
            "cheatsheet",
            "flashcards",
            "cheatsheet-01",
            "flashcards-007",
        ] {
            assert!(reserved(name), "{name}");
        }
        for name in [
            "cheatsheets",
            "cheatsheet-",
            "flashcards-x1",
            "table-cheatsheet",
            "x",
        ] {
            assert!(!reserved(name), "{name}");
        }
    }

    #[test]
    fn volume_paths() {
        let one = Volume {
            number: 1,
            of: 1,
            sections: 0..3,
        };
        assert_eq!(one.path("flashcards"), PathBuf::from("pdf/flashcards.pdf"));
        let many = Volume {
            number: 7,
            of: 50,
            sections: 6..7,
        };
        assert_eq!(
            many.path("cheatsheet"),
            PathBuf::from("pdf/cheatsheet-07.pdf")
        );
        let huge = Volume {
            number: 7,
            of: 500,
            sections: 6..7,
        };
        assert_eq!(
            huge.path("flashcards"),
            PathBuf::from("pdf/flashcards-007.pdf")
        );
    }
}

#[cfg(test)]
mod tests;
