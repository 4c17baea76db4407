//! The PDF typesetting engine: fonts, text, blocks, pages and documents, with no notion of
//! decks or cards. The PDF exporter (`export::pdf`) reads a deck's Markdown into
//! `block::Block`s and composes its sheets from what this engine offers:
//!
//! ```text
//! fonts, font_file   the four embedded DejaVu faces: glyph widths, fallbacks and missing-character
//!                    warnings (fonts::Ctx), cuts of an export's characters, files made lighter
//!                    for print (no hinting)
//! style, text        spans with Markdown marks → measured glyphs → wrapped lines of runs
//! block              the block model (paragraph, heading, list item, code, table, rule), and
//!                    pulldown-cmark events → blocks
//! layout, table      blocks → unbreakable items at a given width (lists, quotes, code, tables
//!                    with repeated headers and split rows, figures scaled to the column)
//! figure             vector drawings (SVG → Form XObject) placed with one `Do`
//! flow, page         items → columns and pages (keep-with-next, balanced columns) → a Canvas
//! content            a page's content stream, written directly, glyph codes filled in at save
//! document           pages → the PDF file (printpdf builds it, lopdf writes it)
//! error              FontError, FontFileError, PdfError
//! ```
//!
//! Invariants:
//!
//! - **Deterministic bytes.** The same pages and build timestamp give the same file, whatever ran
//!   before in the process: font resource names are fixed (`fonts::Face::name`), the dates
//!   are the build's, the file identifier is a hash of the document's streams, coordinates are
//!   rounded to 1/100 pt and streams are compressed at a fixed level.
//! - **Subset fonts.** A document embeds each face cut down to the glyphs it shows (from the
//!   export's cut (`fonts::Fonts::cut`) when that has them all, else from the whole face); which
//!   of the two it subsets from never changes the bytes.
//! - **Measured as drawn.** Widths come from the embedded fonts, truncated as printpdf writes
//!   them, so a line never overflows the width it was wrapped to; no text is cut off (long
//!   words break, tall rows split across pages).
//! - **No panics, no strings for errors.** Failures are [`FontError`], [`FontFileError`] and
//!   [`PdfError`]; a character no face has is drawn as U+FFFD with a warning.

pub(crate) mod block;
pub(crate) mod content;
pub(crate) mod document;
mod error;
pub(crate) mod figure;
pub(crate) mod flow;
pub(crate) mod font_file;
pub(crate) mod fonts;
pub(crate) mod layout;
pub(crate) mod page;
pub(crate) mod style;
pub(crate) mod table;
pub(crate) mod text;

pub use error::{FontError, FontFileError, PdfError};
