//! The validated deck: the only types exporters see.
//!
//! Built by [`crate::validate`] from the parser's raw sections. Every value here has been checked
//! (ids are slugs and unique, tags have no whitespace, cloze cards have deletions, tables are
//! rectangular), so exporters never re-check content and no content makes them fail. What can
//! still fail in an exporter is the machinery under it (SQLite, zip, a font, the disk): a typed
//! [`crate::Error`] naming the file, exit code 2.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use crate::diag::Span;
use crate::picture::image::ImageFile;
use crate::picture::mermaid::{Diagram, Theme};

/// The longest id (deck, section, card, table row) in bytes.
pub const MAX_ID_LEN: usize = 100;

/// A slug: lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most
/// [`MAX_ID_LEN`] long.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slug(String);

impl Slug {
    /// Checks `s` and wraps it.
    pub fn parse(s: &str) -> Option<Slug> {
        let mut chars = s.chars();
        let first_ok = chars
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        let rest_ok = s
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        (first_ok && rest_ok && s.len() <= MAX_ID_LEN).then(|| Slug(s.to_string()))
    }

    /// Turns free text into a slug: `"What is a Kafka topic?"` → `what-is-a-kafka-topic`.
    /// Returns `None` when nothing sluggable is left (only punctuation, say).
    pub fn from_text(text: &str) -> Option<Slug> {
        let mut out = String::new();
        for c in text.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
            if out.len() >= 80 {
                break;
            }
        }
        let trimmed = out.trim_end_matches('-');
        Slug::parse(trimmed)
    }

    /// The slug as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A card's identity within its deck: a slug, or `<table id>/<row slug>` for a table row.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CardId(String);

impl CardId {
    /// The id of a card with its own slug.
    pub fn card(slug: &Slug) -> CardId {
        CardId(slug.0.clone())
    }

    /// The id of row `row` of table `table`.
    pub fn row(table: &Slug, row: &Slug) -> CardId {
        CardId(format!("{table}/{row}"))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CardId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An Anki-safe tag: not empty, no whitespace, no control characters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tag(String);

impl Tag {
    /// Checks `s` and wraps it; the error says why it is not a tag.
    pub fn parse(s: &str) -> Result<Tag, &'static str> {
        if s.is_empty() {
            Err("a tag cannot be empty")
        } else if s.chars().any(char::is_whitespace) {
            Err("tags cannot contain whitespace")
        } else if s.chars().any(|c| c.is_control() || c == '"') {
            Err("tags cannot contain quotes or control characters")
        } else if s.starts_with("::") || s.ends_with("::") || s.contains("::::") {
            Err("`::` separates parts of a hierarchical tag and cannot start or end it")
        } else {
            Ok(Tag(s.to_string()))
        }
    }

    /// The hierarchical tag `<deck>::<section>` every card of a section carries.
    pub fn section(deck: &Slug, section: &Slug) -> Tag {
        Tag(format!("{deck}::{section}"))
    }

    /// The tag as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A whole deck.
#[derive(Debug, Clone)]
pub struct Deck {
    /// Stable id; part of every card's identity.
    pub id: Slug,
    /// Display name (the Anki top-level deck).
    pub name: String,
    /// Optional description (Markdown).
    pub description: String,
    /// Sections in file-name order.
    pub sections: Vec<Section>,
    /// The pictures the sections' Markdown refers to, drawn while loading.
    pub pictures: Arc<Pictures>,
}

impl Deck {
    /// The same deck (id, name, description, pictures) with only `sections`.
    pub fn with_sections(&self, sections: Vec<Section>) -> Deck {
        Deck {
            id: self.id.clone(),
            name: self.name.clone(),
            description: self.description.clone(),
            sections,
            pictures: Arc::clone(&self.pictures),
        }
    }

    /// Every flashcard of the deck, in order (table cards expand to one per row).
    pub fn flashcards(&self) -> impl Iterator<Item = Flashcard<'_>> {
        self.sections.iter().flat_map(Section::flashcards)
    }

    /// Number of flashcards: Anki notes.
    pub fn flashcard_count(&self) -> usize {
        self.sections.iter().map(Section::flashcard_count).sum()
    }

    /// Number of Anki cards (see [`Flashcard::anki_cards`]).
    pub fn anki_card_count(&self) -> usize {
        self.sections.iter().map(Section::anki_card_count).sum()
    }
}

/// "12 notes, 14 cards": the one way deckgen counts, as Anki does (a note is one flashcard; a
/// reversed note has two cards, a cloze note one per deletion number).
pub fn notes_and_cards(notes: usize, cards: usize) -> String {
    format!(
        "{}, {}",
        crate::diag::plural(notes, "note"),
        crate::diag::plural(cards, "card")
    )
}

/// The deck's pictures: every Mermaid diagram of the content, drawn once while loading, found by
/// its source (the text of its ` ```mermaid ` block) and its media files by name.
#[derive(Debug, Clone, Default)]
pub struct Pictures {
    diagrams: BTreeMap<String, Arc<Diagram>>,
    images: BTreeMap<String, Arc<ImageFile>>,
    media: BTreeMap<String, Media>,
}

/// What a media file is.
#[derive(Debug, Clone)]
enum Media {
    Diagram(Arc<Diagram>, Theme),
    Image(Arc<ImageFile>),
}

impl Pictures {
    /// Adds a drawn diagram under its source.
    pub fn add_diagram(&mut self, source: String, diagram: Arc<Diagram>) {
        for theme in Theme::ALL {
            let name = match theme {
                Theme::Light => diagram.light_name(),
                Theme::Dark => diagram.dark_name(),
            };
            self.media
                .insert(name, Media::Diagram(Arc::clone(&diagram), theme));
        }
        self.diagrams.insert(source, diagram);
    }

    /// Adds an image file under its target as written (`images/broker.png`).
    pub fn add_image(&mut self, target: String, image: Arc<ImageFile>) {
        self.media
            .insert(image.media_name.clone(), Media::Image(Arc::clone(&image)));
        self.images.insert(target, image);
    }

    /// The image file `target` (as written in the Markdown) refers to.
    pub fn image(&self, target: &str) -> Option<&ImageFile> {
        self.images.get(target).map(Arc::as_ref)
    }

    /// Every image with its target as written, in target order.
    pub fn images(&self) -> impl Iterator<Item = (&str, &ImageFile)> {
        self.images.iter().map(|(t, i)| (t.as_str(), i.as_ref()))
    }

    /// Whether there is any picture at all.
    pub fn is_empty(&self) -> bool {
        self.media.is_empty()
    }

    /// The diagram drawn from `source`.
    pub fn diagram(&self, source: &str) -> Option<&Diagram> {
        self.diagrams.get(source).map(Arc::as_ref)
    }

    /// The bytes of the media file `name` (a diagram's SVG), if it is one of the deck's.
    pub fn media_file(&self, name: &str) -> Option<&[u8]> {
        self.media.get(name).map(|media| match media {
            Media::Diagram(diagram, theme) => diagram.svg(*theme).as_bytes(),
            Media::Image(image) => image.bytes.as_slice(),
        })
    }

    /// Every diagram with its source, in source order.
    pub fn diagrams(&self) -> impl Iterator<Item = (&str, &Diagram)> {
        self.diagrams.iter().map(|(s, d)| (s.as_str(), d.as_ref()))
    }

    /// Number of diagrams.
    pub fn diagram_count(&self) -> usize {
        self.diagrams.len()
    }
}

/// One section: one Markdown file.
#[derive(Debug, Clone)]
pub struct Section {
    /// Stable id (front matter or file stem).
    pub id: Slug,
    /// Title from front matter.
    pub title: String,
    /// Key points (Markdown before the first card); may be empty.
    pub key_points: String,
    /// The cards in file order.
    pub cards: Vec<Card>,
    /// Where the section's front matter is, for messages.
    pub span: Span,
}

impl Section {
    /// The section's flashcards in order.
    pub fn flashcards(&self) -> impl Iterator<Item = Flashcard<'_>> {
        self.cards
            .iter()
            .flat_map(move |card| card.flashcards(self))
    }

    /// Number of Anki cards (see [`Flashcard::anki_cards`]).
    pub fn anki_card_count(&self) -> usize {
        self.flashcards().map(|f| f.anki_cards()).sum()
    }

    /// Number of flashcards: Anki notes.
    pub fn flashcard_count(&self) -> usize {
        self.cards
            .iter()
            .map(|c| match &c.kind {
                CardKind::Table(t) => t.rows.len(),
                _ => 1,
            })
            .sum()
    }

    /// The section's tables, in order.
    pub fn tables(&self) -> impl Iterator<Item = (&Card, &Table)> {
        self.cards.iter().filter_map(|c| match &c.kind {
            CardKind::Table(t) => Some((c, t)),
            _ => None,
        })
    }
}

/// One `##` card as written.
#[derive(Debug, Clone)]
pub struct Card {
    /// Stable id.
    pub id: Slug,
    /// Kind and kind-specific data.
    pub kind: CardKind,
    /// The heading text (inline Markdown); for cloze cards it holds the deletions.
    pub question: String,
    /// The body (Markdown); for tables, the notes below the table.
    pub answer: String,
    /// All tags: section tag, front-matter tags, card tags; sorted, no duplicates. Shared with
    /// the section when the card has no tags of its own.
    pub tags: std::sync::Arc<[Tag]>,
    /// The heading, for messages.
    pub span: Span,
}

/// What kind of card, with the data only that kind has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardKind {
    /// Front → back.
    Basic,
    /// Front → back and back → front.
    Reverse,
    /// Cloze deletions in the question.
    Cloze,
    /// A comparison table: one card per row and a printable sheet.
    Table(Table),
}

impl CardKind {
    /// The kind's name as written in headings (`basic` for none).
    pub fn name(&self) -> &'static str {
        match self {
            CardKind::Basic => "basic",
            CardKind::Reverse => "reverse",
            CardKind::Cloze => "cloze",
            CardKind::Table(_) => "table",
        }
    }
}

/// A rectangular table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Header cells (inline Markdown).
    pub header: Vec<String>,
    /// Body rows; each has as many cells as the header.
    pub rows: Vec<TableRow>,
}

/// One body row of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    /// Slug of the first cell (unique in the table).
    pub slug: Slug,
    /// Cells (inline Markdown).
    pub cells: Vec<String>,
}

impl TableRow {
    /// The first cell, which names the row (empty for a row without cells).
    pub fn first_cell(&self) -> &str {
        self.cells.first().map_or("", String::as_str)
    }
}

/// What a flashcard asks: the shape of one study item, whatever card it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FlashcardKind {
    /// Front → back.
    Basic,
    /// Front → back and back → front.
    Reverse,
    /// Cloze deletions in the front.
    Cloze,
}

/// One study item: a card, or one row of a table card. This is what becomes one Anki note,
/// one CSV row and one cut-out flashcard.
#[derive(Debug, Clone)]
pub struct Flashcard<'a> {
    /// Stable id (`card-id` or `table-id/row-slug`).
    pub id: CardId,
    /// Shape.
    pub kind: FlashcardKind,
    /// The section it belongs to.
    pub section: &'a Section,
    /// The card it comes from.
    pub card: &'a Card,
    /// What it is made of.
    pub content: FlashcardContent<'a>,
}

impl Flashcard<'_> {
    /// The cards Anki makes of this flashcard's note: 2 for a reversed card, one per deletion
    /// number for a cloze card, else 1.
    pub fn anki_cards(&self) -> usize {
        match (&self.content, self.kind) {
            (_, FlashcardKind::Reverse) => 2,
            (FlashcardContent::Text { question, .. }, FlashcardKind::Cloze) => {
                crate::cloze::parse_cloze(question)
                    .map_or(1, |segments| crate::cloze::numbers(&segments).len().max(1))
            }
            _ => 1,
        }
    }
}

/// The text of a flashcard, borrowed from its card.
#[derive(Debug, Clone)]
pub enum FlashcardContent<'a> {
    /// Question (inline Markdown) and answer (Markdown) of a basic, reverse or cloze card.
    Text {
        /// Heading text.
        question: &'a str,
        /// Body.
        answer: &'a str,
    },
    /// One row of a table card.
    Row {
        /// The table.
        table: &'a Table,
        /// The row.
        row: &'a TableRow,
        /// Notes below the table (Markdown, may be empty).
        notes: &'a str,
    },
}

impl<'a> Card {
    /// The flashcards of this card: one, or one per table row.
    pub fn flashcards(&'a self, section: &'a Section) -> Vec<Flashcard<'a>> {
        let text = |kind| Flashcard {
            id: CardId::card(&self.id),
            kind,
            section,
            card: self,
            content: FlashcardContent::Text {
                question: &self.question,
                answer: &self.answer,
            },
        };
        match &self.kind {
            CardKind::Basic => vec![text(FlashcardKind::Basic)],
            CardKind::Reverse => vec![text(FlashcardKind::Reverse)],
            CardKind::Cloze => vec![text(FlashcardKind::Cloze)],
            CardKind::Table(table) => table
                .rows
                .iter()
                .map(|row| Flashcard {
                    id: CardId::row(&self.id, &row.slug),
                    kind: FlashcardKind::Basic,
                    section,
                    card: self,
                    content: FlashcardContent::Row {
                        table,
                        row,
                        notes: &self.answer,
                    },
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_parse_accepts_only_slugs() {
        for ok in ["a", "kafka-isr", "a_b", "0x", "x-1-2"] {
            assert!(Slug::parse(ok).is_some(), "{ok}");
        }
        for bad in ["", "-a", "_a", "A", "a b", "a/b", "ä", "a.b"] {
            assert!(Slug::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn slug_from_text() {
        let s = |t| Slug::from_text(t).map(|s| s.0);
        assert_eq!(
            s("What is a Kafka topic?").as_deref(),
            Some("what-is-a-kafka-topic")
        );
        assert_eq!(s("  At-most-once ").as_deref(), Some("at-most-once"));
        assert_eq!(s("`acks=all`").as_deref(), Some("acks-all"));
        assert_eq!(s("SQS (FIFO)").as_deref(), Some("sqs-fifo"));
        assert_eq!(s("→ ≥ —"), None);
        assert_eq!(s("Ünïcode"), Some("n-code".to_string()));
    }

    #[test]
    fn tag_rules() {
        assert!(Tag::parse("kafka").is_ok());
        assert!(Tag::parse("messaging::kafka").is_ok());
        assert!(Tag::parse("a b").is_err());
        assert!(Tag::parse("a\tb").is_err());
        assert!(Tag::parse("").is_err());
        assert!(Tag::parse("::a").is_err());
        assert!(Tag::parse("a\"b").is_err());
    }
}
