//! What Anki should hold after a push: the notes, decks and note types of the `.apkg`, described
//! by the `.apkg` exporter's own [`build_package`] (one copy of the rules for fields, deck names,
//! tags and note types), in the shape AnkiConnect speaks (field names, tag lists).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

use crate::config::{BuildInfo, BuildOptions};
use crate::error::Error;
use crate::export::apkg::{AnkiPackage, NoteType, build_package};
use crate::export::{ExportContext, media_files};
use crate::model::Deck;
use crate::render::RenderedDeck;

/// Build options for the package exporter (which reads none of them).
static OPTIONS: LazyLock<BuildOptions> =
    LazyLock::new(|| BuildOptions::in_memory(Path::new(""), PathBuf::new(), BTreeSet::new()));

/// One note as Anki should have it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetNote {
    /// The card id (the `CardId` field).
    pub card_id: String,
    /// Index into [`Target::note_types`].
    pub note_type: usize,
    /// Field values in the note type's order (NFC, as Anki stores text).
    pub fields: [String; 4],
    /// Tags.
    pub tags: Vec<String>,
    /// The deck its cards belong in.
    pub deck: String,
    /// Section id and plain question, for the report.
    pub section: String,
    /// Question as plain text.
    pub question: String,
}

/// The built deck as Anki should hold it.
#[derive(Debug)]
pub struct Target<'a> {
    /// The package the `.apkg` exporter would write (notes borrow from the rendered cards).
    pub package: AnkiPackage<'a>,
    /// Top deck name (every note of the deck lies in its tree).
    pub deck_name: String,
    /// The deck id (`<deck id>::<section id>` is each section's tag).
    pub deck_id: String,
    /// Note types, as in the package.
    pub note_types: Vec<NoteType>,
    /// Notes in deck order; `notes[i]` is `package.notes[i]`.
    pub notes: Vec<TargetNote>,
    /// Only some sections are pushed (`--section`): notes outside their decks are left alone.
    pub partial: bool,
    /// With `--section`: the card ids of the sections not pushed (their notes are not removed,
    /// wherever they lie).
    pub elsewhere: BTreeSet<String>,
    /// The media files the cards refer to (name, bytes), sorted by name: what the `.apkg` would
    /// carry. Names are content hashes (`deckgen-<hash>…`), so a file of a name never changes.
    pub media: Vec<(&'a str, &'a [u8])>,
}

impl<'a> Target<'a> {
    /// The target for `deck`, whose flashcards are `rendered` (from `render_cards`).
    pub fn new(deck: &'a Deck, rendered: &'a RenderedDeck, timestamp: i64) -> Result<Self, Error> {
        let cards = rendered.cards.as_slice();
        let cx = ExportContext {
            deck,
            options: &OPTIONS,
            // An old note-type time: importing the package of new notes never overwrites a note
            // type Anki has (deckgen updates templates itself, and says so).
            build: BuildInfo {
                timestamp,
                note_types_mtime: 1,
            },
            cards,
        };
        let media = media_files(&cx)?;
        let mut package = build_package(&cx)?;
        for note in &mut package.notes {
            note.mtime = timestamp;
        }
        let notes = package
            .notes
            .iter()
            .zip(cards.iter().zip(&rendered.digests))
            .map(|(note, (card, digest))| {
                let fields = package.fields(note).map(|f| f.nfc().collect::<String>());
                TargetNote {
                    card_id: note.card_id.to_string(),
                    note_type: note.note_type,
                    fields,
                    tags: note
                        .tags
                        .split_whitespace()
                        .map(|t| t.nfc().collect())
                        .collect(),
                    deck: package
                        .decks
                        .get(note.deck)
                        .map(|d| d.name.clone())
                        .unwrap_or_default(),
                    section: deck
                        .sections
                        .get(card.section)
                        .map(|s| s.id.to_string())
                        .unwrap_or_default(),
                    question: digest.question.clone(),
                }
            })
            .collect();
        Ok(Target {
            deck_name: package
                .decks
                .first()
                .map(|d| d.name.clone())
                .unwrap_or_default(),
            deck_id: deck.id.to_string(),
            note_types: package.note_types.clone(),
            notes,
            package,
            partial: false,
            elsewhere: BTreeSet::new(),
            media,
        })
    }

    /// Every deck: the top deck, then one per section.
    pub fn deck_names(&self) -> impl Iterator<Item = &str> {
        self.package.decks.iter().map(|d| d.name.as_str())
    }

    /// Whether `deck` is the top deck or below it.
    pub fn in_tree(&self, deck: &str) -> bool {
        deck == self.deck_name
            || deck
                .strip_prefix(self.deck_name.as_str())
                .is_some_and(|rest| rest.starts_with("::"))
    }

    /// Whether a removal may touch a note with a card in `deck`: any deck of the tree, or with
    /// `--section` only the chosen sections' decks.
    pub fn may_remove_from(&self, deck: &str) -> bool {
        if self.partial {
            self.package.decks.iter().skip(1).any(|d| d.name == deck)
        } else {
            self.in_tree(deck)
        }
    }

    /// A package of just the notes `which` (indexes into [`Target::notes`]), as the `.apkg`
    /// exporter writes it: their GUIDs, deckgen's note types and the decks. It carries no media:
    /// a push uploads the files the cards use (`storeMediaFile`) before it imports the package,
    /// so the notes never refer to a file Anki lacks and files are not sent twice.
    pub fn package_of(&self, which: &[usize]) -> Result<Vec<u8>, Error> {
        let mut package = self.package.clone();
        package.notes = which
            .iter()
            .filter_map(|&i| self.package.notes.get(i).cloned())
            .collect();
        let db = crate::export::apkg::collection::write_collection(&package)?;
        crate::export::apkg::archive::write_apkg(db.path(), package.timestamp, &[])
    }
}
