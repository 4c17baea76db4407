//! CSV exporter: Anki-ready CSV with file headers, and a plain two-column flavour.
//!
//! Anki flavour (`csv/<deck id>.csv` and `csv/<section id>.csv`): the `#` file headers tell Anki
//! 2.1.55+ the separator, that fields are HTML, and which columns hold the GUID, note type, deck and
//! tags, so the import dialog needs no changes. Rows use Anki's stock note types (`Basic`,
//! `Basic (and reversed card)`, `Cloze`) so the file works in a fresh collection. The GUID column
//! makes a re-import update cards in place.
//!
//! Stock note types carry none of deckgen's CSS, so a card with a diagram or highlighted code is
//! rendered again for its row ([`stock_note_cards`]): each diagram as both its SVGs inline (the
//! dark one shown in night mode), and the CSS they need in the field itself. Anki's importer keeps
//! such a field as it is and its renderer shows it (checked with Anki 26.9.3), so diagrams need
//! no file copied by hand. Every other card's row holds the same HTML as its .apkg note.
//!
//! Plain flavour (`csv/plain/...`): question,answer rows in plain text for other flashcard apps.
//!
//! Media (`media/<name>`, output group `csv/media`): the images (PNG, JPEG, GIF, WebP, SVG files)
//! the Anki-flavour cards show, which stay media files (a photo as a data URL in every row that
//! shows it would be worse than one copy). Anki's CSV import does not bring media files, so the
//! user copies them into the profile's `collection.media` folder (README, "Pictures with CSV");
//! their names are content hashes, so copying a newer build's files over older ones never changes
//! an unchanged picture. A deck without images has no `media/` folder.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::{Artifact, ExportContext, Exporter, Output, Scope, Sink};
use crate::config::CsvFlavour;
use crate::error::Error;
use crate::model::{FlashcardKind, Pictures, Section, Slug};
use crate::render::{
    RenderedCard, StockNoteCard, cards_by_section, csv_id_tag, flashcard_plain, media_names,
    section_deck_name, stock_note_cards,
};

/// Writes the CSV files.
#[derive(Debug, Clone, Copy, Default)]
pub struct CsvExporter;

/// The column layout of the Anki flavour (1-based numbers in the headers).
const COLUMNS: [&str; 6] = ["GUID", "Note type", "Deck", "Front", "Back", "Tags"];

/// A flavour's folder and output group.
fn folder(flavour: CsvFlavour) -> (PathBuf, &'static str) {
    match flavour {
        CsvFlavour::Anki => (PathBuf::from("csv"), "csv"),
        CsvFlavour::Plain => (PathBuf::from("csv/plain"), "csv/plain"),
    }
}

impl Exporter for CsvExporter {
    fn outputs(&self, cx: &ExportContext<'_>) -> Vec<Output> {
        let deck = cx.deck;
        let mut out = Vec::new();
        for &flavour in &cx.options.csv {
            let (dir, group) = folder(flavour);
            out.push(Output {
                path: dir.join(format!("{}.csv", deck.id)),
                group,
                scope: Scope::Deck,
            });
            out.extend(deck.sections.iter().map(|s| Output {
                path: dir.join(format!("{}.csv", s.id)),
                group,
                scope: Scope::Section,
            }));
        }
        if cx.options.csv.contains(&CsvFlavour::Anki) {
            out.extend(
                image_names(cx.cards, &cx.deck.pictures)
                    .into_iter()
                    .map(|name| Output {
                        path: media_path(name),
                        group: MEDIA_GROUP,
                        // Each section's file needs its pictures, also in a `--section` build.
                        scope: Scope::Section,
                    }),
            );
        }
        out
    }

    fn empty_groups(&self, cx: &ExportContext<'_>) -> Vec<&'static str> {
        // A deck without images has no media files, and a previous build's (its diagrams, before
        // they were inline; images since removed) must go.
        if cx.options.csv.contains(&CsvFlavour::Anki) {
            vec![MEDIA_GROUP]
        } else {
            Vec::new()
        }
    }

    fn export(&self, cx: &ExportContext<'_>, sink: &dyn Sink) -> Result<(), Error> {
        let deck = cx.deck;
        let by_section = cards_by_section(cx.cards, deck.sections.len());
        // Anki creates a parent deck once per import; rows of a parent deck must come before its
        // children's rows or Anki 26.9 makes bogus `Deck+` decks. Ordering the sections by deck
        // name puts every parent before its children.
        let mut order: Vec<(String, usize)> = deck
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| (section_deck_name(deck, s), i))
            .collect();
        order.sort();
        for &flavour in &cx.options.csv {
            let (dir, _) = folder(flavour);
            let header = match flavour {
                CsvFlavour::Anki => anki_headers(),
                CsvFlavour::Plain => String::new(),
            };
            // Each section's rows are rendered once and go into its own file and the deck's file,
            // which is streamed: at 100,000 cards it would be tens of megabytes in memory.
            let deck_path = dir.join(format!("{}.csv", deck.id));
            let mut whole = sink.open(deck_path.clone())?;
            let io = |e: std::io::Error| Error::io(&deck_path, e);
            whole.write_all(header.as_bytes()).map_err(io)?;
            for (deck_name, i) in &order {
                let path = dir.join(format!("{}.csv", deck.sections[*i].id));
                let body = match flavour {
                    CsvFlavour::Anki => anki_rows(
                        &path,
                        &deck.id,
                        deck_name,
                        &deck.sections[*i],
                        &deck.pictures,
                        by_section[*i],
                    )?,
                    CsvFlavour::Plain => plain_rows(&path, &deck.sections[*i])?,
                };
                whole.write_all(&body).map_err(io)?;
                let mut bytes = Vec::with_capacity(header.len() + body.len());
                bytes.extend_from_slice(header.as_bytes());
                bytes.extend_from_slice(&body);
                sink.file(Artifact { path, bytes })?;
            }
            whole.finish()?;
        }
        if cx.options.csv.contains(&CsvFlavour::Anki) {
            let images: BTreeSet<&str> =
                image_names(cx.cards, &deck.pictures).into_iter().collect();
            let media = super::media_files(cx)?;
            for (name, bytes) in media.into_iter().filter(|(n, _)| images.contains(n)) {
                sink.file(Artifact {
                    path: media_path(name),
                    bytes: bytes.to_vec(),
                })?;
            }
        }
        Ok(())
    }
}

/// The output group of the media files the CSV cards refer to.
pub const MEDIA_GROUP: &str = "csv/media";

/// The media files the Anki-flavour rows refer to: the cards' images, sorted (their diagrams are
/// inline).
fn image_names<'c>(cards: &'c [RenderedCard], pictures: &Pictures) -> Vec<&'c str> {
    let images: BTreeSet<&str> = pictures
        .images()
        .map(|(_, image)| image.media_name.as_str())
        .collect();
    media_names(cards)
        .into_iter()
        .filter(|name| images.contains(name))
        .collect()
}

/// Where a media file goes: `media/<name>`.
fn media_path(name: &str) -> PathBuf {
    Path::new("media").join(name)
}

/// A CSV writer for Anki's reader, which takes a line that starts with `#` for a comment (or a file
/// header): a field with a `#` in it is quoted, so a row whose first field (a GUID, a question)
/// starts with `#` is a row. Quoting changes the bytes, not the field Anki reads.
fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .comment(Some(b'#'))
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new())
}

fn csv_error(path: &Path) -> impl Fn(csv::Error) -> Error + '_ {
    |source| Error::Csv {
        path: path.to_path_buf(),
        source,
    }
}

fn finish(path: &Path, writer: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, Error> {
    writer
        .into_inner()
        .map_err(|e| Error::io(path, e.into_error()))
}

/// The Anki-flavour rows of one section (its rendered `cards`), for the file at `path`.
fn anki_rows(
    path: &Path,
    deck: &Slug,
    deck_name: &str,
    section: &Section,
    pictures: &Pictures,
    cards: &[RenderedCard],
) -> Result<Vec<u8>, Error> {
    let mut w = writer();
    for card in stock_note_cards(section, pictures, cards) {
        w.write_record(
            anki_record(deck, deck_name, &card)
                .iter()
                .map(|f| f.as_bytes()),
        )
        .map_err(csv_error(path))?;
    }
    finish(path, w)
}

/// The plain-flavour rows of one section, for the file at `path`.
fn plain_rows(path: &Path, section: &Section) -> Result<Vec<u8>, Error> {
    let mut w = writer();
    for card in section.flashcards() {
        for (q, a) in flashcard_plain(&card) {
            w.write_record([q, a]).map_err(csv_error(path))?;
        }
    }
    finish(path, w)
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

/// One row: the card's tags and, last, its id tag ([`csv_id_tag`]), which is how the printed
/// delete search finds the notes of a CSV import (Anki's stock note types have no `CardId` field,
/// and Anki cannot search by GUID).
fn anki_record<'c>(
    deck: &Slug,
    deck_name: &'c str,
    note: &'c StockNoteCard<'_>,
) -> [std::borrow::Cow<'c, str>; 6] {
    let card = note.card;
    let id_tag = csv_id_tag(deck, card.id.as_str());
    let tags = if card.tags.is_empty() {
        id_tag
    } else {
        format!("{} {id_tag}", card.tags)
    };
    [
        card.guid.as_str().into(),
        stock_note_type(card.kind).into(),
        deck_name.into(),
        note.front.as_ref().into(),
        note.back.as_ref().into(),
        tags.into(),
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

    /// Anki's reader skips a line that starts with `#` (issue 21: a note whose GUID starts with `#`
    /// vanished on import). Such a field is quoted; the others stay as they were.
    #[test]
    fn a_field_starting_with_hash_is_quoted() {
        let mut w = writer();
        w.write_record(["#b3Xk!q", "Basic", "D", "Q", "A", "t"])
            .unwrap();
        w.write_record(["x#y", "Basic", "D", "C# in 2 steps", "plain", "t"])
            .unwrap();
        w.write_record(["abc", "Basic", "D", "Q", "A", "t"])
            .unwrap();
        let bytes = String::from_utf8(finish(Path::new("t.csv"), w).unwrap()).unwrap();
        assert_eq!(
            bytes,
            "\"#b3Xk!q\",Basic,D,Q,A,t\n\"x#y\",Basic,D,\"C# in 2 steps\",plain,t\nabc,Basic,D,Q,A,t\n"
        );
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .comment(Some(b'#'))
            .from_reader(bytes.as_bytes());
        let first: Vec<String> = reader
            .records()
            .map(|r| r.unwrap()[0].to_string())
            .collect();
        assert_eq!(first, ["#b3Xk!q", "x#y", "abc"]);
    }
}
