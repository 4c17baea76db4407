//! Tests of the PDF exporter that render the sample deck's sheets with the engine.

use super::*;
use crate::config::Paper;
use crate::pdf::document::embeds_cuts;

/// The sample deck of the test fixtures, for the PDF unit tests.
fn sample() -> Deck {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample/content");
    crate::load(&dir).unwrap().deck.unwrap()
}

#[test]
fn same_input_same_bytes_even_within_one_process() {
    // printpdf draws font names and file ids from a process-wide counter; none of that may
    // reach our bytes.
    let deck = sample();
    let fonts = Fonts::load().unwrap();
    let render = || {
        let mut cx = Ctx::new(&fonts);
        let pages = sheets::cheat_sheet(&mut cx, &deck, Paper::A4);
        save(&fonts, None, "t", pages, 1_700_000_000).unwrap()
    };
    let (a, b) = (render(), render());
    assert!(a == b, "two renders differ");
    let text = String::from_utf8_lossy(&a);
    assert!(
        text.contains("D:20231114221320"),
        "dates come from the build timestamp"
    );
    assert!(!text.contains("GTS_PDFXVersion"));
}

#[test]
fn every_sheet_of_the_sample_renders() {
    let deck = sample();
    let fonts = Fonts::load().unwrap();
    let mut cx = Ctx::new(&fonts);
    let section = &deck.sections[0];
    let (card, table) = section.tables().next().unwrap();
    for pages in [
        sheets::table_sheet(&mut cx, &deck, section, card, table, Paper::Letter),
        sheets::section_sheet(&mut cx, &deck, section, Paper::Letter),
        flashcards::flashcards(&mut cx, &deck, Paper::Letter),
    ] {
        assert!(!pages.is_empty());
        save(&fonts, None, "t", pages, 0).unwrap();
    }
    assert!(
        cx.warnings.is_empty() && cx.missing.is_empty(),
        "{:?} {:?}",
        cx.warnings,
        cx.missing
    );
}

#[test]
fn a_cut_from_the_decks_text_serves_every_sheet_of_it() {
    let fonts = Fonts::load().unwrap();
    let mut deck = sample();
    // Characters beyond Latin-1 in each kind of text the sheets show.
    deck.description.push_str(" Ω");
    let section = &mut deck.sections[0];
    section.key_points.push_str("\n\n- ≈ fast");
    section.title.push_str(" ∑");
    for card in &mut section.cards {
        card.question.push_str(" ≠");
        card.answer.push_str(" ⇒");
        if let CardKind::Table(table) = &mut card.kind {
            table.header[0].push_str(" ∞");
            table.rows[0].cells[0].push_str(" λ");
        }
    }
    let cuts = fonts.cut(&text_chars(&deck));
    let mut cx = Ctx::new(&fonts);
    let mut documents = vec![
        sheets::cheat_sheet(&mut cx, &deck, Paper::A4),
        flashcards::flashcards(&mut cx, &deck, Paper::A4),
    ];
    for section in &deck.sections {
        documents.push(sheets::section_sheet(&mut cx, &deck, section, Paper::A4));
        for (card, table) in section.tables() {
            documents.push(sheets::table_sheet(
                &mut cx,
                &deck,
                section,
                card,
                table,
                Paper::A4,
            ));
        }
    }
    assert!(cx.missing.is_empty(), "{:?}", cx.missing);
    for pages in &documents {
        assert_eq!(embeds_cuts(&fonts, &cuts, pages), [true; 4]);
    }
}
