//! What the preview shows, built from the content folder: the notes with the exact field HTML the
//! `.apkg` holds, each card side rendered from deckgen's own note-type templates, the sections,
//! the tables — or the diagnostics `deckgen check` prints when the content has errors.
//!
//! The fields come from [`crate::export::apkg::build_package`], the same function the `.apkg`
//! exporter writes, so the preview cannot drift from the package; so do the key points and the
//! deck's description (the package's deck descriptions, pictures inline).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::OnceLock;

use serde::Serialize;

use super::template::{self, Side};
use crate::config::{BuildInfo, BuildOptions, Format};
use crate::export::apkg::{NoteTypeKind, build_package};
use crate::export::{ExportContext, exporter_for, media_files};
use crate::model::{CardKind, Deck, Table};
use crate::render::{RenderedCard, inline_to_html, markdown_to_standalone_html, render_cards};
use crate::validate::diagrams::DiagramCache;

/// The content as the preview shows it.
#[derive(Debug)]
pub enum Content {
    /// The deck, ready to show.
    Ready(Box<DeckView>),
    /// The content has errors (or could not be read): the text `deckgen check` prints.
    Broken(String),
}

/// The deck, rendered.
#[derive(Debug, Serialize)]
pub struct DeckView {
    /// Deck id.
    pub id: String,
    /// Deck name (plain text).
    pub name: String,
    /// Deck description (HTML): the top deck's description in the `.apkg`.
    pub description: String,
    /// Sections in order.
    pub sections: Vec<SectionView>,
    /// Notes in deck order.
    pub notes: Vec<NoteView>,
    /// Each note type's style sheet, by note type index.
    #[serde(skip)]
    pub css: Vec<String>,
    /// The media files the cards refer to (name → bytes), as the `.apkg` carries them.
    #[serde(skip)]
    pub media: BTreeMap<String, Vec<u8>>,
    /// Warnings, as `deckgen check` prints them (empty when there are none).
    pub warnings: String,
    /// How many warnings.
    pub warning_count: usize,
}

/// A section.
#[derive(Debug, Serialize)]
pub struct SectionView {
    /// Section id.
    pub id: String,
    /// Title (HTML).
    pub title: String,
    /// Key points (HTML): the section's sub-deck description in the `.apkg`, pictures inline.
    pub key_points: String,
    /// Indexes into [`DeckView::notes`].
    pub notes: std::ops::Range<usize>,
    /// Number of Anki cards (a reversed note has two, a cloze note one per deletion).
    pub cards: usize,
    /// The section's comparison tables.
    pub tables: Vec<TableView>,
}

/// A comparison table.
#[derive(Debug, Serialize)]
pub struct TableView {
    /// The table card's id (it names its PDF).
    pub id: String,
    /// Title (HTML).
    pub title: String,
    /// The table and its notes (HTML).
    pub html: String,
}

/// One Anki note.
#[derive(Debug, Serialize)]
pub struct NoteView {
    /// Card id.
    pub id: String,
    /// Note GUID.
    pub guid: String,
    /// `basic`, `reverse` or `cloze` (a table row is a basic note).
    pub kind: &'static str,
    /// Note type name.
    pub note_type: &'static str,
    /// Index of its note type (for its CSS).
    #[serde(skip)]
    pub note_type_index: usize,
    /// Index into [`DeckView::sections`].
    pub section: usize,
    /// Field names and values, byte for byte as in the `.apkg`.
    pub fields: Vec<(&'static str, String)>,
    /// The note's cards.
    pub cards: Vec<CardSides>,
    /// Question and answer as lowercase text, for the search.
    #[serde(skip)]
    pub search_text: String,
}

/// One card's two sides, rendered as Anki renders them.
#[derive(Debug, Serialize)]
pub struct CardSides {
    /// Ordinal (template index, or cloze number − 1).
    pub ord: u32,
    /// Card template name.
    pub template: &'static str,
    /// Question side (HTML).
    pub front: String,
    /// Answer side (HTML).
    pub back: String,
}

/// A problem the preview shows instead of the deck: the text `deckgen` would print for it
/// (rendered diagnostics, an error with its causes, a note Anki would reject).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Shown(pub String);

/// Reads and checks the content folder and renders it.
pub fn load(content: &Path) -> Content {
    let loaded = match load_content(content) {
        Ok(loaded) => loaded,
        Err(e) => return Content::Broken(error_text(&e)),
    };
    let rendered = loaded.map.render_all(&loaded.diagnostics);
    match &loaded.deck {
        None => Content::Broken(rendered),
        Some(deck) => match deck_view(deck, content) {
            Ok(mut view) => {
                view.warning_count = loaded.diagnostics.len();
                view.warnings = rendered;
                Content::Ready(Box::new(view))
            }
            Err(shown) => Content::Broken(shown.0),
        },
    }
}

/// Reads and checks the content folder, drawing diagrams through the preview's own cache: a
/// reload after an edit draws only the diagrams that changed. The cache keeps the current deck's
/// diagrams only, so an author's many versions of one diagram do not pile up.
fn load_content(content: &Path) -> Result<crate::Loaded, crate::Error> {
    static DIAGRAMS: OnceLock<DiagramCache> = OnceLock::new();
    let diagrams = DIAGRAMS.get_or_init(DiagramCache::default);
    let loaded = crate::load_with(content, diagrams)?;
    if let Some(deck) = &loaded.deck {
        diagrams.retain(|source| deck.pictures.diagram(source).is_some());
    }
    Ok(loaded)
}

/// An error with its causes, as `deckgen` prints it.
fn error_text(e: &crate::Error) -> String {
    let mut buf = Vec::new();
    crate::app::report_error(&mut buf, e);
    String::from_utf8_lossy(&buf).into_owned()
}

/// Options for the exporters the preview runs: everything from `content`, A4 sheets, nothing
/// written (the preview keeps what they produce in memory).
pub fn export_options(content: &Path, format: Format) -> BuildOptions {
    BuildOptions::in_memory(
        content,
        content.join(".deckgen-preview"),
        BTreeSet::from([format]),
    )
}

/// The context the preview's in-memory exports run in: no real build, so every time is 0 (the
/// preview never compares builds, and its PDFs are not kept).
fn preview_context<'a>(
    deck: &'a Deck,
    options: &'a BuildOptions,
    cards: &'a [RenderedCard],
) -> ExportContext<'a> {
    ExportContext {
        deck,
        options,
        build: BuildInfo {
            timestamp: 0,
            note_types_mtime: 0,
        },
        cards,
    }
}

/// Renders a valid deck. `Err` holds a message for the error page: a note Anki would reject, or
/// a template the preview cannot render.
fn deck_view(deck: &Deck, content: &Path) -> Result<DeckView, Shown> {
    let cards = render_cards(deck).cards;
    let options = export_options(content, Format::Apkg);
    let cx = preview_context(deck, &options, &cards);
    let package = build_package(&cx).map_err(|e| Shown(error_text(&e)))?;
    let media = media_files(&cx)
        .map_err(|e| Shown(error_text(&e)))?
        .into_iter()
        .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
        .collect();
    let mut notes = Vec::with_capacity(package.notes.len());
    for (note, card) in package.notes.iter().zip(&cards) {
        let note_type = &package.note_types[note.note_type];
        let values = package.fields(note);
        let fields: Vec<(&'static str, String)> = note_type
            .fields
            .iter()
            .zip(values)
            .map(|(name, value)| (*name, value.to_string()))
            .collect();
        let named: Vec<(&str, &str)> = fields.iter().map(|(n, v)| (*n, v.as_str())).collect();
        let mut sides = Vec::with_capacity(note.card_ords.len());
        for &ord in &note.card_ords {
            let index = match note_type.kind {
                NoteTypeKind::Standard => ord as usize,
                NoteTypeKind::Cloze => 0,
            };
            let Some(tpl) = note_type.templates.get(index) else {
                return Err(Shown(format!(
                    "card `{}`: no card template {index}",
                    card.id
                )));
            };
            let side = |side, front_side| {
                let cx = template::Context {
                    fields: &named,
                    side,
                    ord,
                    front_side,
                };
                template::render(
                    if side == Side::Front {
                        tpl.front
                    } else {
                        tpl.back
                    },
                    &cx,
                )
                .map_err(|e| Shown(format!("card `{}`, {}: {e}", card.id, note_type.name)))
            };
            let front = side(Side::Front, "")?;
            let back = side(Side::Back, &front)?;
            sides.push(CardSides {
                ord,
                template: tpl.name,
                front,
                back,
            });
        }
        notes.push(NoteView {
            id: card.id.to_string(),
            guid: card.guid.clone(),
            kind: match card.kind {
                crate::model::FlashcardKind::Basic => "basic",
                crate::model::FlashcardKind::Reverse => "reverse",
                crate::model::FlashcardKind::Cloze => "cloze",
            },
            note_type: note_type.name,
            note_type_index: note.note_type,
            section: card.section,
            search_text: format!("{} {}", text_of(note.front), text_of(note.back)).to_lowercase(),
            fields,
            cards: sides,
        });
    }
    let mut sections = Vec::with_capacity(deck.sections.len());
    let mut start = 0;
    for (index, section) in deck.sections.iter().enumerate() {
        let len = notes[start..]
            .iter()
            .take_while(|n| n.section == index)
            .count();
        let range = start..start + len;
        start += len;
        sections.push(SectionView {
            id: section.id.to_string(),
            title: inline_to_html(&section.title),
            // The sub-deck's description, as the `.apkg` holds it: the pictures inline.
            key_points: package
                .decks
                .get(index + 1)
                .map(|d| d.description.clone())
                .unwrap_or_default(),
            cards: notes[range.clone()].iter().map(|n| n.cards.len()).sum(),
            notes: range,
            tables: section
                .cards
                .iter()
                .filter_map(|c| match &c.kind {
                    CardKind::Table(table) => Some(TableView {
                        id: c.id.to_string(),
                        title: inline_to_html(&c.question),
                        html: table_html(table, &c.answer, deck),
                    }),
                    _ => None,
                })
                .collect(),
        });
    }
    Ok(DeckView {
        id: deck.id.to_string(),
        name: deck.name.clone(),
        description: package
            .decks
            .first()
            .map(|d| d.description.clone())
            .unwrap_or_default(),
        sections,
        notes,
        css: package.note_types.iter().map(|t| t.css.clone()).collect(),
        media,
        warnings: String::new(),
        warning_count: 0,
    })
}

/// A comparison table as HTML (cells rendered like the table's row cards), then its notes (with
/// their pictures inline, as in the key points: the preview's pages have no note type CSS).
fn table_html(table: &Table, notes: &str, deck: &Deck) -> String {
    let cells = |cells: &[String], tag: &str| {
        cells
            .iter()
            .map(|c| format!("<{tag}>{}</{tag}>", inline_to_html(c)))
            .collect::<String>()
    };
    let mut html = format!(
        "<table>\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        cells(&table.header, "th")
    );
    for row in &table.rows {
        html.push_str(&format!("<tr>{}</tr>\n", cells(&row.cells, "td")));
    }
    html.push_str("</tbody>\n</table>\n");
    if !notes.trim().is_empty() {
        html.push_str(&markdown_to_standalone_html(notes, &deck.pictures).html);
    }
    html
}

/// The text of HTML: tags dropped, the entities pulldown-cmark writes decoded.
pub fn text_of(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The PDFs built from the current content: (path under `pdf/`, bytes), or the error text.
pub fn build_pdfs(content: &Path) -> Result<Vec<(String, Vec<u8>)>, Shown> {
    let loaded = load_content(content).map_err(|e| Shown(error_text(&e)))?;
    let Some(deck) = &loaded.deck else {
        return Err(Shown(loaded.map.render_all(&loaded.diagnostics)));
    };
    let options = export_options(content, Format::Pdf);
    let cx = preview_context(deck, &options, &[]);
    let rendered = exporter_for(Format::Pdf)
        .render(&cx)
        .map_err(|e| Shown(error_text(&e)))?;
    Ok(rendered
        .artifacts
        .into_iter()
        .filter_map(|a| {
            let rel = a.path.strip_prefix("pdf").unwrap_or(&a.path);
            let name = rel.to_str()?.replace('\\', "/");
            Some((name, a.bytes))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_of_drops_tags_and_decodes_entities() {
        assert_eq!(
            text_of("<p>a <code>&lt;b&gt;</code> &amp; c</p>").trim(),
            "a  <b>  & c"
        );
    }

    #[test]
    fn the_sample_deck_renders_with_every_field_from_the_package() {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample/content");
        let Content::Ready(view) = load(&content) else {
            panic!("the sample deck should load");
        };
        assert!(!view.notes.is_empty());
        for note in &view.notes {
            assert_eq!(note.fields.len(), 4);
            for card in &note.cards {
                // The question field appears in the rendered front of every non-cloze card.
                if note.kind != "cloze" && card.ord == 0 {
                    assert!(card.front.contains(&note.fields[0].1), "{}", note.id);
                }
                assert!(card.back.contains(&note.fields[2].1), "{}", note.id);
            }
        }
        let cards: usize = view.sections.iter().map(|s| s.cards).sum();
        assert!(cards >= view.notes.len());
    }
}
