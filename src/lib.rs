//! deckgen turns Markdown interview-prep notes into an Anki package, Anki-ready CSV files and
//! printable PDF cheat sheets.
//!
//! The pipeline runs one way, each stage with its own types:
//!
//! ```text
//! 1 source::read_content  content/ on disk         → SourceMap (deck.toml + section files)
//! 2 parse::parse_*        SourceFile (text)        → RawDeck, RawSection { RawCard, ... }
//! 3 validate::*           raw types                → model::Deck (or diagnostics): each section
//!                                                    on its own, then ids across sections
//! 4 render::render_cards  Deck                     → RenderedDeck { RenderedCard (HTML, GUID,
//!                                                    tags), CardDigest (hash, plain question) }
//! 5 manifest::plan        previous Manifest, cards → mtimes set, new Manifest, ChangeReport
//! 6 export::*             ExportContext            → Artifacts, handed to a Sink one by one;
//!                                                    each exporter declares its Outputs first
//! 7 write::Stager         Artifact                 → temp files, renamed into place on commit
//! ```
//!
//! [`load`] runs stages 1–3; [`build::run`] runs 4–7 (with the output lock, the manifest and
//! stale-file removal) and returns a [`build::BuildReport`]. Content mistakes are
//! [`diag::Diagnostic`]s (collected, all reported, exit code 1); I/O and usage problems are
//! [`Error`]s (exit code 2). The command-line front end is [`app`]; it only parses and prints.
//! `docs/ARCHITECTURE.md` is the map for a new reader.

pub mod app;
pub mod build;
pub mod cli;
pub mod cloze;
pub mod config;
pub mod diag;
pub mod diag_kind;
pub mod error;
pub mod export;
pub mod fix;
pub mod guard;
pub mod kept;
pub mod manifest;
pub mod model;
pub mod parallel;
pub mod parse;
pub mod pdf;
pub mod picture;
pub mod push;
pub mod render;
pub mod serve;
pub mod source;
pub mod validate;
pub mod write;

use std::path::Path;

pub use error::Error;

use diag::{Diagnostic, SourceMap};
use model::Deck;

/// A content folder, read, parsed and validated.
#[derive(Debug)]
pub struct Loaded {
    /// The files read, for rendering diagnostics.
    pub map: SourceMap,
    /// The deck, if there was no error.
    pub deck: Option<Deck>,
    /// Every error and warning, sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// Reads, parses and validates a content folder.
///
/// `Err` only when the folder itself cannot be read; every problem inside it is a diagnostic.
pub fn load(content: &Path) -> Result<Loaded, Error> {
    load_with(content, &validate::diagrams::DiagramCache::default())
}

/// [`load`], drawing Mermaid diagrams through `diagrams`: a build passes one that reads the
/// diagrams an earlier build kept in its output folder, a long-running preview one that lives as
/// long as it does.
pub fn load_with(
    content: &Path,
    diagrams: &validate::diagrams::DiagramCache,
) -> Result<Loaded, Error> {
    let mut map = SourceMap::new();
    let (files, mut diagnostics) = source::read_content(content, &mut map)?;
    let deck = parse_and_validate_with(&map, &files, diagrams, &mut diagnostics);
    let ids = files.deck.iter().chain(&files.sections).copied();
    diagnostics.extend(missing_glyphs(&map, ids));
    map.sort(&mut diagnostics);
    Ok(Loaded {
        map,
        deck,
        diagnostics,
    })
}

/// One warning per source line that holds characters no PDF font has (issue 21: not one per
/// character), so that `check` reports them too. The fonts are loaded only for text beyond ASCII.
fn missing_glyphs(
    map: &SourceMap,
    files: impl Iterator<Item = diag::FileId>,
) -> Vec<diag::Diagnostic> {
    let mut out = Vec::new();
    let mut fonts = None;
    for id in files {
        let text = map.get(id).text.as_str();
        if text.is_ascii() {
            continue;
        }
        let Some(fonts) = *fonts.get_or_insert_with(|| pdf::fonts::Fonts::shared().ok()) else {
            return out;
        };
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            if !line.is_ascii() {
                let mut seen = Vec::new();
                let mut first = None;
                for (at, c) in line.char_indices() {
                    if !c.is_ascii() && !seen.contains(&c) && fonts.lacks(c) {
                        first.get_or_insert(at);
                        seen.push(c);
                    }
                }
                if let Some(at) = first {
                    let chars = seen
                        .iter()
                        .map(|c| format!("{c:?} (U+{:04X})", u32::from(*c)))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let from = start + at;
                    let len = line[at..].chars().next().map_or(1, char::len_utf8);
                    out.push(diag::Diagnostic::new(
                        diag::Span::new(id, from..from + len),
                        diag_kind::DiagnosticKind::MissingGlyphs { chars },
                    ));
                }
            }
            start += line.len();
        }
    }
    out
}

/// Parses and validates files already in `map`. The only I/O: the images the sections refer to,
/// read from the folder each section file is in (a section without images reads nothing).
pub fn parse_and_validate(
    map: &SourceMap,
    files: &source::ContentFiles,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Deck> {
    let diagrams = validate::diagrams::DiagramCache::default();
    parse_and_validate_with(map, files, &diagrams, diagnostics)
}

/// [`parse_and_validate`], drawing diagrams through `cache` (which may read and keep them in an
/// output folder, see [`validate::diagrams`]).
pub fn parse_and_validate_with(
    map: &SourceMap,
    files: &source::ContentFiles,
    cache: &validate::diagrams::DiagramCache,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Deck> {
    let deck = files.deck.and_then(|id| {
        let (deck, diags) = parse::parse_deck_toml(id, map.get(id));
        diagnostics.extend(diags);
        deck
    });
    let deck_id = validate::deck_id(deck.as_ref(), diagnostics);
    // Each section is parsed and checked on its own, in parallel (the calling thread too: the
    // sections outlive the call, see `parallel::map_here`); then ids are checked across
    // sections. A section's raw form is gone before the next one is parsed on that thread.
    // Mermaid diagrams are drawn on the same threads, each distinct source once.
    let parsed = parallel::map_here(&files.sections, |&id| {
        let (raw, mut diags) = parse::parse_section(id, map.get(id));
        let mut drawn = Vec::new();
        let mut images = Vec::new();
        let checked = raw.map(|mut raw| {
            let diagrams = std::mem::take(&mut raw.diagrams);
            let (ok, bad) =
                validate::diagrams::check_diagrams(id, &map.get(id).text, &diagrams, cache);
            drawn = ok;
            diags.extend(bad);
            if !raw.images.is_empty() {
                let folder = map.get(id).path.parent().unwrap_or(Path::new("."));
                let (ok, bad) = validate::images::check_images(folder, &raw.images);
                images = ok;
                diags.extend(bad);
            }
            validate::check_section(raw, deck_id.as_ref(), map)
        });
        (checked, diags, drawn, images)
    });
    let mut sections = Vec::with_capacity(parsed.len());
    let mut pictures = model::Pictures::default();
    for (section, diags, drawn, images) in parsed {
        diagnostics.extend(diags);
        sections.extend(section);
        for (source, diagram) in drawn {
            pictures.add_diagram(source, diagram);
        }
        for (target, image) in images {
            pictures.add_image(target, image);
        }
    }
    let deck = validate::assemble(deck, deck_id, sections, diagnostics);
    if diagnostics.iter().any(Diagnostic::is_error) {
        None
    } else {
        deck.map(|deck| Deck {
            pictures: std::sync::Arc::new(pictures),
            ..deck
        })
    }
}
