//! CSV exporter: Anki-ready CSV with file headers, and a plain two-column flavour.
//!
//! Anki flavour (`csv/<deck id>.csv` and `csv/<section id>.csv`): the `#` file headers tell Anki
//! 2.1.55+ the separator, that fields are HTML, and which columns hold the GUID, note type, deck and
//! tags, so the import dialog needs no changes. Rows use Anki's stock note types (`Basic`,
//! `Basic (and reversed card)`, `Cloze`) so the file works in a fresh collection. The GUID column
//! makes a re-import update cards in place.
//!
//! Plain flavour (`csv/plain/...`): question,answer rows in plain text for other flashcard apps.

use std::path::PathBuf;

use super::common::{RenderedCard, flashcard_plain, section_deck_name};
use super::{Artifact, ExportContext, Exporter, Rendered};
use crate::config::{CsvFlavour, Format};
use crate::error::Error;
use crate::model::FlashcardKind;

/// Writes the CSV files.
#[derive(Debug, Clone, Copy, Default)]
pub struct CsvExporter;

/// The column layout of the Anki flavour (1-based numbers in the headers).
const COLUMNS: [&str; 6] = ["GUID", "Note type", "Deck", "Front", "Back", "Tags"];

impl Exporter for CsvExporter {
    fn format(&self) -> Format {
        Format::Csv
    }

    fn render(&self, cx: &ExportContext<'_>) -> Result<Rendered, Error> {
        let deck = cx.deck;
        let mut artifacts = Vec::new();
        for flavour in &cx.options.csv {
            let dir = match flavour {
                CsvFlavour::Anki => PathBuf::from("csv"),
                CsvFlavour::Plain => PathBuf::from("csv/plain"),
            };
            let all: Vec<usize> = (0..deck.sections.len()).collect();
            artifacts.push(Artifact {
                path: dir.join(format!("{}.csv", deck.id)),
                bytes: render_sections(cx, &all, *flavour)?,
            });
            for (index, section) in deck.sections.iter().enumerate() {
                artifacts.push(Artifact {
                    path: dir.join(format!("{}.csv", section.id)),
                    bytes: render_sections(cx, &[index], *flavour)?,
                });
            }
        }
        Ok(Rendered {
            artifacts,
            warnings: Vec::new(),
        })
    }
}

/// One CSV file with the flashcards of the sections at `indexes`.
pub fn render_sections(
    cx: &ExportContext<'_>,
    indexes: &[usize],
    flavour: CsvFlavour,
) -> Result<Vec<u8>, Error> {
    let deck = cx.deck;
    let mut out = Vec::new();
    if flavour == CsvFlavour::Anki {
        out.extend_from_slice(anki_headers().as_bytes());
    }
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    let csv_error = |e: csv::Error| Error::export("csv", e);
    // Anki creates a parent deck once per import; rows of a parent deck must come before its
    // children's rows or Anki 26.9 makes bogus `Deck+` decks. Sorting the sections by deck name
    // puts every parent before its children (stable, so cards keep their order within a deck).
    let mut ordered: Vec<(String, usize)> = indexes
        .iter()
        .filter_map(|&i| {
            deck.sections
                .get(i)
                .map(|s| (section_deck_name(deck, s), i))
        })
        .collect();
    ordered.sort_by(|a, b| a.0.cmp(&b.0));
    for (deck_name, index) in ordered {
        match flavour {
            CsvFlavour::Anki => {
                for card in cx.cards.iter().filter(|c| c.section == index) {
                    writer
                        .write_record(anki_record(&deck_name, card))
                        .map_err(csv_error)?;
                }
            }
            CsvFlavour::Plain => {
                for card in deck.sections[index].flashcards() {
                    for (q, a) in flashcard_plain(&card) {
                        writer.write_record([q, a]).map_err(csv_error)?;
                    }
                }
            }
        }
    }
    writer
        .into_inner()
        .map_err(|e| Error::export("csv", e.error()))
}

fn anki_headers() -> String {
    let col = |name: &str| COLUMNS.iter().position(|c| *c == name).map_or(0, |i| i + 1);
    format!(
        "#separator:Comma\n#html:true\n#guid column:{}\n#notetype column:{}\n#deck column:{}\n#tags column:{}\n#columns:{}\n",
        col("GUID"),
        col("Note type"),
        col("Deck"),
        col("Tags"),
        COLUMNS.join(",")
    )
}

/// Anki's stock note type for a flashcard kind (present in every English-language collection).
fn stock_note_type(kind: FlashcardKind) -> &'static str {
    match kind {
        FlashcardKind::Basic => "Basic",
        FlashcardKind::Reverse => "Basic (and reversed card)",
        FlashcardKind::Cloze => "Cloze",
    }
}

fn anki_record<'c>(deck_name: &'c str, card: &'c RenderedCard) -> [&'c str; 6] {
    [
        &card.guid,
        stock_note_type(card.kind),
        deck_name,
        &card.front,
        &card.back,
        &card.tag_string,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_number_columns_from_one() {
        let h = anki_headers();
        assert!(h.contains("#guid column:1\n"));
        assert!(h.contains("#notetype column:2\n"));
        assert!(h.contains("#deck column:3\n"));
        assert!(h.contains("#tags column:6\n"));
        assert!(h.ends_with("#columns:GUID,Note type,Deck,Front,Back,Tags\n"));
    }
}
