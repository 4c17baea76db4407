//! Stage 4, render: the validated [`Deck`] → what every exporter and the manifest share.
//!
//! Rendering a card's Markdown is the costly step of a build, so it is done once, here, for all
//! consumers: [`render_cards`] gives each flashcard's HTML sides, GUID and tags
//! ([`RenderedCard`], for the .apkg and Anki CSV exporters) and, beside it, what the manifest
//! needs to plan the build ([`CardDigest`]: content hash and plain question). The rules live in
//! one place each, so exporters cannot drift:
//!
//! - [`policy`]: the one HTML, link and image policy and how card text is parsed;
//! - [`html`]: Markdown → HTML as Anki shows it;
//! - [`plain`]: Markdown → plain text;
//! - [`identity`]: GUIDs, stable ids, deck names, tags.
//!
//! This stage reads the deck and returns values; it does no I/O and never fails.

pub mod html;
pub mod identity;
pub mod plain;
pub mod policy;

use std::borrow::Cow;

use sha2::{Digest, Sha256};

use crate::model::{CardId, Deck, FlashcardKind, Pictures, Section, TableRow};

pub use html::{
    HtmlSides, StandaloneHtml, diagram_html, inline_to_html, inline_to_html_and_plain,
    markdown_to_html, markdown_to_html_with, markdown_to_standalone_html, stock_note_sides,
};
pub use identity::{
    csv_id_tag, deck_name_part, hex, note_guid, section_deck_name, stable_id, tag_string,
};
pub use plain::{flashcard_plain, inline_to_plain, markdown_to_plain};

/// The question of a table-row card as inline Markdown: `<table title>: <first cell>`.
pub fn row_question(table_title: &str, row: &TableRow) -> String {
    format!("{table_title}: {}", row.first_cell())
}

/// A flashcard rendered once for every exporter that needs its HTML (Anki CSV, .apkg).
#[derive(Debug, Clone)]
pub struct RenderedCard {
    /// Stable id.
    pub id: CardId,
    /// Note GUID (from deck id + card id).
    pub guid: String,
    /// Shape.
    pub kind: FlashcardKind,
    /// Index of its section in [`Deck::sections`].
    pub section: usize,
    /// Question side, HTML.
    pub front: String,
    /// Answer side, HTML.
    pub back: String,
    /// Tags separated by spaces, as Anki writes them.
    pub tags: String,
    /// The media files (diagram SVGs, images) its sides refer to, sorted, without duplicates.
    pub media: Vec<String>,
    /// Whether its sides show a diagram or highlighted code, which need the deckgen note types'
    /// CSS: a note of Anki's stock note types shows it as [`stock_note_cards`] renders it.
    pub styled: bool,
    /// When its content last changed (seconds since the epoch): Anki updates a note on re-import
    /// only when this is newer than what it has. Set by [`crate::manifest::plan`]; 0 until then.
    pub mtime: i64,
}

/// What the manifest records of a card besides its identity: for the change report and for
/// deciding whether its mtime moves. The exporters never need it, so it travels apart from
/// [`RenderedCard`] and the planner owns it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardDigest {
    /// SHA-256 (hex) of everything that ends up in the Anki note: kind, sides, section, tags.
    pub hash: String,
    /// Question as plain text (cloze deletions shown), for reports.
    pub question: String,
    /// The card's kind, which picks its Anki note type: a change needs the user's hand in Anki.
    pub kind: FlashcardKind,
    /// A cloze card's deletion numbers (one Anki card each), sorted; empty for other kinds.
    pub clozes: Vec<u32>,
}

/// Every media file `cards` refer to, sorted, without duplicates.
pub fn media_names(cards: &[RenderedCard]) -> Vec<&str> {
    let mut names: Vec<&str> = cards
        .iter()
        .flat_map(|c| c.media.iter().map(String::as_str))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// Every flashcard of a deck, rendered, in deck order.
#[derive(Debug, Clone, Default)]
pub struct RenderedDeck {
    /// For the exporters.
    pub cards: Vec<RenderedCard>,
    /// For the manifest: `digests[i]` belongs to `cards[i]`.
    pub digests: Vec<CardDigest>,
}

/// The rendered cards of each section: `result[i]` holds section `i`'s cards (cards are in deck
/// order, so each section's cards are one contiguous run).
pub fn cards_by_section(cards: &[RenderedCard], sections: usize) -> Vec<&[RenderedCard]> {
    let mut out = Vec::with_capacity(sections);
    let mut start = 0;
    for section in 0..sections {
        let len = cards[start..]
            .iter()
            .take_while(|c| c.section == section)
            .count();
        out.push(&cards[start..start + len]);
        start += len;
    }
    out
}

/// Renders every flashcard of `deck`, in deck order (sections in parallel).
pub fn render_cards(deck: &Deck) -> RenderedDeck {
    let indexed: Vec<(usize, &Section)> = deck.sections.iter().enumerate().collect();
    // On the calling thread too: the cards outlive this call (see `parallel::map_here`).
    let sections = crate::parallel::map_here(&indexed, |&(index, section)| {
        render_section(deck, index, section)
    });
    let total = sections.iter().map(|s| s.cards.len()).sum();
    let mut out = RenderedDeck {
        cards: Vec::with_capacity(total),
        digests: Vec::with_capacity(total),
    };
    for section in sections {
        out.cards.extend(section.cards);
        out.digests.extend(section.digests);
    }
    out
}

fn render_section(deck: &Deck, index: usize, section: &Section) -> RenderedDeck {
    let mut out = RenderedDeck {
        cards: Vec::with_capacity(section.flashcard_count()),
        digests: Vec::with_capacity(section.flashcard_count()),
    };
    for card in section.flashcards() {
        let mut media = Vec::new();
        let html::CardHtml {
            sides,
            question,
            styled,
        } = html::html_and_question(&card, &deck.pictures, &mut media);
        media.sort_unstable();
        media.dedup();
        let tags = tag_string(&card.card.tags);
        let mut hasher = Sha256::new();
        for part in [
            format!("{:?}", card.kind).as_str(),
            &sides.front,
            &sides.back,
            &section.title,
            &tags,
        ] {
            hasher.update(part.as_bytes());
            hasher.update([0x1f]);
        }
        out.digests.push(CardDigest {
            hash: hex(&hasher.finalize()),
            question,
            kind: card.kind,
            clozes: cloze_numbers(&card),
        });
        out.cards.push(RenderedCard {
            guid: note_guid(&deck.id, &card.id),
            id: card.id,
            kind: card.kind,
            section: index,
            front: sides.front,
            back: sides.back,
            tags,
            media,
            styled,
            mtime: 0,
        });
    }
    out
}

/// A card as a note of one of Anki's stock note types shows it (the Anki CSV).
#[derive(Debug, Clone)]
pub struct StockNoteCard<'c> {
    /// The card as rendered for the deckgen note types.
    pub card: &'c RenderedCard,
    /// Question side, HTML.
    pub front: Cow<'c, str>,
    /// Answer side, HTML.
    pub back: Cow<'c, str>,
}

/// One section's rendered cards (`cards`, as [`render_cards`] gave them) as notes of Anki's stock
/// note types show them: a card that needs no CSS keeps its sides; a [`RenderedCard::styled`]
/// one is rendered again with its diagrams and their CSS and the highlighting CSS in the field
/// ([`html::stock_note_sides`]), so only those cards cost a second rendering. The media files the
/// results refer to are the cards' images (a subset of each card's [`RenderedCard::media`]).
pub fn stock_note_cards<'c>(
    section: &'c Section,
    pictures: &'c Pictures,
    cards: &'c [RenderedCard],
) -> impl Iterator<Item = StockNoteCard<'c>> + 'c {
    // Both in deck order: each styled card's flashcard is found by walking on.
    let mut flashcards = section.flashcards();
    cards.iter().map(move |card| {
        let sides = if card.styled {
            flashcards
                .find(|f| f.id == card.id)
                .map(|f| html::stock_note_sides(&f, pictures, &mut Vec::new()))
        } else {
            None
        };
        match sides {
            Some(sides) => StockNoteCard {
                card,
                front: sides.front.into(),
                back: sides.back.into(),
            },
            None => StockNoteCard {
                card,
                front: card.front.as_str().into(),
                back: card.back.as_str().into(),
            },
        }
    })
}

/// A cloze card's deletion numbers, sorted; empty for other kinds (and for text the validator
/// would have refused).
fn cloze_numbers(card: &crate::model::Flashcard<'_>) -> Vec<u32> {
    match (&card.content, card.kind) {
        (crate::model::FlashcardContent::Text { question, .. }, FlashcardKind::Cloze) => {
            crate::cloze::parse_cloze(question)
                .map(|segments| crate::cloze::numbers(&segments))
                .unwrap_or_default()
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests;
