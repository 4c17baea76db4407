//! `deckgen list`: sections with their counts (Anki notes and cards, notes by kind, table rows)
//! and tables.

use std::io::Write;

use super::{Outcome, load_reporting};
use crate::config::ContentOptions;
use crate::error::Error;
use crate::model::{CardKind, Section};

pub(super) fn list(
    c: &ContentOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Error> {
    let loaded = load_reporting(&c.content, err)?;
    let Some(deck) = &loaded.deck else {
        return Ok(Outcome::ContentErrors);
    };
    let _ = writeln!(out, "{} ({})", deck.name, deck.id);
    let id_width = deck
        .sections
        .iter()
        .map(|s| s.id.as_str().len())
        .max()
        .unwrap_or(7)
        .max(7);
    let _ = writeln!(
        out,
        "{:<id_width$}  {:>5}  {:>5}  {:>5}  {:>7}  {:>5}  {:>4}  title / tables",
        "section", "notes", "cards", "basic", "reverse", "cloze", "rows"
    );
    let mut totals = Counts::default();
    for section in &deck.sections {
        let counts = Counts::of(section);
        let _ = writeln!(
            out,
            "{:<id_width$}  {:>5}  {:>5}  {:>5}  {:>7}  {:>5}  {:>4}  {}",
            section.id.as_str(),
            counts.flashcards,
            counts.anki_cards,
            counts.basic,
            counts.reverse,
            counts.cloze,
            counts.rows,
            section.title
        );
        for (card, table) in section.tables() {
            let _ = writeln!(
                out,
                "{:<id_width$}  {:>5}  {:>5}  {:>5}  {:>7}  {:>5}  {:>4}    table {} ({} rows × {} columns)",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                card.id,
                table.rows.len(),
                table.header.len()
            );
        }
        totals.add(&counts);
    }
    let _ = writeln!(
        out,
        "{:<id_width$}  {:>5}  {:>5}  {:>5}  {:>7}  {:>5}  {:>4}  {} sections, {} tables",
        "total",
        totals.flashcards,
        totals.anki_cards,
        totals.basic,
        totals.reverse,
        totals.cloze,
        totals.rows,
        deck.sections.len(),
        totals.tables
    );
    Ok(Outcome::Success)
}

#[derive(Default)]
struct Counts {
    /// Anki notes (one per card, one per table row).
    flashcards: usize,
    /// Anki cards (two per reversed note, one per cloze deletion number).
    anki_cards: usize,
    basic: usize,
    reverse: usize,
    cloze: usize,
    rows: usize,
    tables: usize,
}

impl Counts {
    fn of(section: &Section) -> Counts {
        let mut c = Counts {
            flashcards: section.flashcard_count(),
            anki_cards: section.anki_card_count(),
            ..Counts::default()
        };
        for card in &section.cards {
            match &card.kind {
                CardKind::Basic => c.basic += 1,
                CardKind::Reverse => c.reverse += 1,
                CardKind::Cloze => c.cloze += 1,
                CardKind::Table(t) => {
                    c.tables += 1;
                    c.rows += t.rows.len();
                }
            }
        }
        c
    }

    fn add(&mut self, o: &Counts) {
        self.flashcards += o.flashcards;
        self.anki_cards += o.anki_cards;
        self.basic += o.basic;
        self.reverse += o.reverse;
        self.cloze += o.cloze;
        self.rows += o.rows;
        self.tables += o.tables;
    }
}
