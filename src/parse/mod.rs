//! Stage 2, parse: text → raw deck and raw sections, with spans, not yet validated.
//!
//! Parsing is pure (it takes a [`SourceFile`], never the disk) so that tests and property tests can
//! feed it strings. It reports only what stops it from understanding the text (front matter that is
//! missing or not TOML, a level-1 heading); the rules about cards (ids, kinds, cloze syntax, table
//! shape) are checked by [`crate::validate`].

mod attributes;
mod front_matter;
mod markdown;

pub use front_matter::{parse_deck_toml, split_front_matter};
pub use markdown::{count_row_cells, is_mermaid, options as markdown_options, parse_cards};

use std::ops::Range;

use crate::diag::{Diagnostic, FileId, SourceFile, Span};

/// A value and the span it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub span: Span,
}

/// `deck.toml`, parsed.
#[derive(Debug, Clone)]
pub struct RawDeck {
    /// The deck id as written.
    pub id: Spanned<String>,
    /// The deck name.
    pub name: Spanned<String>,
    /// The description, if any.
    pub description: String,
}

/// A section file, parsed.
#[derive(Debug, Clone)]
pub struct RawSection {
    /// The file.
    pub file: FileId,
    /// The file stem (for the default id).
    pub stem: String,
    /// Span of the front matter (or of the file start when it has none).
    pub front_matter: Span,
    /// `id` from the front matter.
    pub id: Option<Spanned<String>>,
    /// `title` from the front matter.
    pub title: Option<Spanned<String>>,
    /// `tags` from the front matter.
    pub tags: Vec<Spanned<String>>,
    /// Markdown before the first card.
    pub key_points: String,
    /// The cards in order.
    pub cards: Vec<RawCard>,
    /// The Mermaid diagrams of the key points and the cards, in file order.
    pub diagrams: Vec<RawDiagram>,
    /// The images of the key points and the cards, in file order.
    pub images: Vec<RawImage>,
}

/// An image, `![alt](target)`, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawImage {
    /// The target as Markdown gives it.
    pub target: String,
    /// The whole `![...](...)`.
    pub span: Span,
    /// `![](...)`: no alt text.
    pub empty_alt: bool,
}

/// A ` ```mermaid ` fenced block, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawDiagram {
    /// The diagram source: the block's text as Markdown gives it (indentation of a list item
    /// removed), the same text the render stage sees.
    pub source: String,
    /// The opening fence's line.
    pub fence: Span,
    /// Byte offset in the file of the source's first line.
    pub content_start: usize,
}

/// One `##` card, parsed but not checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawCard {
    /// The whole heading line.
    pub heading: Span,
    /// Heading text without `##` and without the attribute block (inline Markdown).
    pub question: Spanned<String>,
    /// `#id` from the attribute block.
    pub id: Option<Spanned<String>>,
    /// `.class` entries, without the dot.
    pub classes: Vec<Spanned<String>>,
    /// `key=value` entries.
    pub attrs: Vec<Spanned<(String, Option<String>)>>,
    /// Everything up to the next card (Markdown), trimmed.
    pub answer: Spanned<String>,
    /// The top-level tables in the answer.
    pub tables: Vec<RawTable>,
    /// The question holds an attribute block that is not last (already reported): the id made
    /// from the question is not worth suggesting.
    pub misplaced_attributes: bool,
}

/// A GFM table in a card's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawTable {
    /// The whole table.
    pub span: Span,
    /// Byte range of the table in the file (to cut it out of the answer).
    pub range: Range<usize>,
    /// Header cells as written (inline Markdown, trimmed).
    pub header: Vec<String>,
    /// Body rows.
    pub rows: Vec<RawRow>,
}

/// One body row of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRow {
    /// The row's line.
    pub span: Span,
    /// Cells as pulldown-cmark sees them (padded or cut to the header's width), trimmed.
    pub cells: Vec<String>,
    /// Cells as written in the source line (to detect ragged rows, which GFM silently fixes).
    pub written_cells: usize,
}

/// Parses a section file: front matter, key points and cards.
///
/// Always returns a section when the front matter could be split, even with diagnostics, so that
/// validation can report card problems in the same run.
pub fn parse_section(file: FileId, source: &SourceFile) -> (Option<RawSection>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let stem = source
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if source.text.trim().is_empty() {
        diags.push(Diagnostic::new(
            Span::file(file),
            crate::diag_kind::DiagnosticKind::EmptyFile,
        ));
        return (None, diags);
    }
    let Some(split) = split_front_matter(file, &source.text, &mut diags) else {
        return (None, diags);
    };
    let front = front_matter::parse_front_matter(file, &source.text, &split, &mut diags);
    let body = split.body_start;
    let parsed = parse_cards(file, &source.text, body, &mut diags);
    let section = RawSection {
        file,
        stem,
        front_matter: Span::new(file, split.whole.clone()),
        id: front.id,
        title: front.title,
        tags: front.tags,
        key_points: parsed.key_points,
        cards: parsed.cards,
        diagrams: parsed.diagrams,
        images: parsed.images,
    };
    (Some(section), diags)
}
