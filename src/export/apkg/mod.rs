//! .apkg exporter: one Anki package with a sub-deck per section, deckgen's own note types, a
//! GUID per card from the deck id and card id, and per-note modification times that make Anki
//! update edited cards in place on re-import.
//!
//! The package is described by plain data ([`AnkiPackage`]) and written by a small writer of our
//! own ([`collection`]: Anki's schema-11 SQLite collection, [`archive`]: the zip). Anki's words
//! (note, note type, deck) are used only in this module.

pub mod archive;
pub mod collection;
pub mod notetypes;

use std::path::PathBuf;

use super::{Artifact, ExportContext, Exporter, Output, Scope, Sink};
use crate::cloze;
use crate::error::Error;
use crate::model::FlashcardKind;
use crate::render::html::STANDALONE_IMAGE_LIMIT;
use crate::render::{
    RenderedCard, inline_to_html, markdown_to_standalone_html, section_deck_name, stable_id,
};
pub use notetypes::{NoteType, NoteTypeKind};

/// Everything that goes into one .apkg. Notes borrow their text from the rendered cards.
#[derive(Debug, Clone)]
pub struct AnkiPackage<'a> {
    /// The package's timestamp (seconds): collection times, note and card ids, zip entry times.
    pub timestamp: i64,
    /// Note types, in [`notetypes::all`] order.
    pub note_types: Vec<NoteType>,
    /// Modification time of the note types (seconds).
    pub note_types_mtime: i64,
    /// Decks: the top deck first, then one per section.
    pub decks: Vec<AnkiDeck>,
    /// Notes in deck order.
    pub notes: Vec<AnkiNote<'a>>,
    /// What the user should know about the package (an image too big for a deck description).
    pub warnings: Vec<String>,
}

/// An Anki deck.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnkiDeck {
    /// Stable id (from deck id and section id).
    pub id: i64,
    /// Full name (`Parent::Child`).
    pub name: String,
    /// Description (HTML): the deck's description or the section's key points, self-contained
    /// ([`markdown_to_standalone_html`]), as Anki's deck overview screen shows it.
    pub description: String,
    /// The section title as HTML, for the notes' `Section` field (empty for the top deck).
    pub section_title: String,
}

/// An Anki note and the cards it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnkiNote<'a> {
    /// GUID (from deck id and card id).
    pub guid: &'a str,
    /// Index into [`AnkiPackage::note_types`].
    pub note_type: usize,
    /// Index into [`AnkiPackage::decks`].
    pub deck: usize,
    /// First field: the question (HTML).
    pub front: &'a str,
    /// Second field: the answer (HTML).
    pub back: &'a str,
    /// The card id (the `CardId` field).
    pub card_id: &'a str,
    /// Tags, separated by spaces.
    pub tags: &'a str,
    /// Modification time (seconds).
    pub mtime: i64,
    /// Card ordinals (template index, or cloze number − 1).
    pub card_ords: Vec<u32>,
}

impl AnkiPackage<'_> {
    /// A note's field values in its note type's order: question, answer, section, card id.
    pub fn fields<'n>(&'n self, note: &'n AnkiNote<'_>) -> [&'n str; 4] {
        let section = self
            .decks
            .get(note.deck)
            .map_or("", |d| d.section_title.as_str());
        [note.front, note.back, section, note.card_id]
    }
}

/// Writes `<deck id>.apkg`.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApkgExporter;

/// The package's path: `<deck id>.apkg`.
fn package_path(cx: &ExportContext<'_>) -> PathBuf {
    PathBuf::from(format!("{}.apkg", cx.deck.id))
}

impl Exporter for ApkgExporter {
    fn outputs(&self, cx: &ExportContext<'_>) -> Vec<Output> {
        vec![Output {
            path: package_path(cx),
            group: "apkg",
            scope: Scope::Deck,
        }]
    }

    fn export(&self, cx: &ExportContext<'_>, sink: &dyn Sink) -> Result<(), Error> {
        let package = build_package(cx)?;
        for warning in &package.warnings {
            sink.warn(warning.clone());
        }
        let db = collection::write_collection(&package)?;
        drop(package);
        let media = super::media_files(cx)?;
        let bytes = archive::write_apkg(db.path(), cx.build.timestamp, &media)?;
        sink.file(Artifact {
            path: package_path(cx),
            bytes,
        })
    }
}

/// Describes the package for the context's deck. Checks every note the way Anki would (a note
/// whose front renders empty would silently get no cards), so that the writer never writes a note
/// that Anki drops.
pub fn build_package<'a>(cx: &ExportContext<'a>) -> Result<AnkiPackage<'a>, Error> {
    let deck = cx.deck;
    let mut warnings = Vec::new();
    let mut description = |md: &str, whose: &str| {
        let shown = markdown_to_standalone_html(md, &deck.pictures);
        warnings.extend(shown.images_too_big.iter().map(|target| {
            format!(
                "{whose}: image `{target}` is over {limit} KiB, so the deck's description in \
                 Anki shows its alt text (cards and sheets show the picture); save it at most \
                 {limit} KiB to show it there too",
                limit = STANDALONE_IMAGE_LIMIT / 1024
            )
        }));
        shown.html
    };
    let mut decks = vec![AnkiDeck {
        id: stable_id("deck", deck.id.as_str()),
        name: crate::render::deck_name_part(&deck.name),
        description: description(&deck.description, "the deck's description"),
        section_title: String::new(),
    }];
    for section in &deck.sections {
        decks.push(AnkiDeck {
            id: stable_id("deck", &format!("{}/{}", deck.id, section.id)),
            name: section_deck_name(deck, section),
            description: description(
                &section.key_points,
                &format!("section `{}`, key points", section.id),
            ),
            section_title: inline_to_html(&section.title),
        });
    }
    let notes = cx
        .cards
        .iter()
        .map(|card| note_for(card, decks.len()))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(AnkiPackage {
        timestamp: cx.build.timestamp,
        note_types: notetypes::all(),
        note_types_mtime: cx.build.note_types_mtime,
        decks,
        notes,
        warnings,
    })
}

fn note_for(card: &RenderedCard, decks: usize) -> Result<AnkiNote<'_>, Error> {
    let invalid = |why: &str| Error::InvalidNote {
        card: card.id.to_string(),
        why: why.to_string(),
    };
    if card.front.trim().is_empty() {
        return Err(invalid("the question renders empty"));
    }
    let card_ords = match card.kind {
        FlashcardKind::Basic => vec![0],
        FlashcardKind::Reverse => {
            if card.back.trim().is_empty() {
                return Err(invalid("the answer of a reversed card renders empty"));
            }
            vec![0, 1]
        }
        FlashcardKind::Cloze => {
            let segments =
                cloze::parse_cloze(&card.front).map_err(|e| invalid(e.problem.describe()))?;
            cloze::numbers(&segments)
                .into_iter()
                .map(|n| n.saturating_sub(1))
                .collect()
        }
    };
    if card.section + 1 >= decks {
        return Err(invalid("unknown section"));
    }
    Ok(AnkiNote {
        guid: &card.guid,
        note_type: notetypes::index_for(card.kind),
        deck: card.section + 1,
        front: &card.front,
        back: &card.back,
        card_id: card.id.as_str(),
        tags: &card.tags,
        mtime: card.mtime,
        card_ords,
    })
}
