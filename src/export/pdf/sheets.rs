//! The printable sheets: one per comparison table, one per section, and the cheat sheet of the
//! whole deck. Each builds items with [`layout`]/[`table`]/[`chrome`] and pours them into a
//! [`Flow`].

use crate::pdf::content::Page;

use super::chrome;
use super::markdown;
use crate::config::Paper;
use crate::model::{Card, CardKind, Deck, Section, Table};
use crate::pdf::block::Row;
use crate::pdf::flow::Flow;
use crate::pdf::fonts::{Ctx, Face};
use crate::pdf::layout::{self, Align, Theme};
use crate::pdf::page::{Geometry, Item, MM, MUTED};
use crate::pdf::style::Span;
use crate::pdf::table::{self, TableStyle};

/// Text sizes tried for a table sheet, largest first.
const TABLE_SHEET_SIZES: [f32; 4] = [10.5, 10.0, 9.5, 9.0];

/// Header and body cells of a table as spans.
type Cells = (Row, Vec<Row>);

fn cells(table: &Table) -> Cells {
    let header = table.header.iter().map(|c| markdown::inline(c)).collect();
    let rows = table
        .rows
        .iter()
        .map(|r| r.cells.iter().map(|c| markdown::inline(c)).collect())
        .collect();
    (header, rows)
}

fn label(deck: &Deck, section: &Section) -> String {
    format!("{} — {}", deck.name, section.title)
}

fn finish(cx: &mut Ctx<'_>, flow: Flow) -> Vec<Page> {
    let geo = flow.geometry();
    flow.finish(|canvas, page, total, label| chrome::footer(cx, canvas, &geo, page, total, label))
}

/// `pdf/<table id>.pdf`: the table's title, the table (landscape when it is wide) and its notes.
pub(crate) fn table_sheet(
    cx: &mut Ctx<'_>,
    deck: &Deck,
    section: &Section,
    card: &Card,
    table: &Table,
    paper: Paper,
) -> Vec<Page> {
    cx.subject = format!("card `{}`", card.id);
    let (header, rows) = cells(table);
    let portrait = Geometry::sheet(paper.size_mm(), false);
    let landscape = table::prefers_landscape(
        cx,
        &header,
        &rows,
        &TableStyle::new(9.0),
        portrait.body_width(),
    );
    let geo = Geometry::sheet(paper.size_mm(), landscape);
    let width = geo.body_width();
    let mut flow = Flow::new(geo, &label(deck, section));
    let kicker = format!("{} · {}", deck.name, section.title);
    // The largest text size at which the sheet fits one page; 9 pt when none does.
    let mut items = Vec::new();
    for size in TABLE_SHEET_SIZES {
        items = chrome::title_block(
            cx,
            &kicker,
            &markdown::inline(&card.question),
            &[],
            width,
            18.0,
        );
        let style = TableStyle::new(size);
        items.extend(table::items(
            cx,
            &header,
            &rows,
            width,
            &style,
            geo.body_height(),
        ));
        items.extend(table_notes(cx, card, size, width, 12.0, geo.body_height()));
        let height: f32 = items.iter().map(|i| i.gap + i.height).sum();
        if height <= geo.body_height() {
            break;
        }
    }
    flow.place(&items);
    finish(cx, flow)
}

/// The notes below a table (its card's answer), the first block `gap` points below the table.
fn table_notes(
    cx: &mut Ctx<'_>,
    card: &Card,
    size: f32,
    width: f32,
    gap: f32,
    max_h: f32,
) -> Vec<Item> {
    if card.answer.trim().is_empty() {
        return Vec::new();
    }
    let figures = std::sync::Arc::clone(&cx.figures);
    let notes = layout::blocks(
        cx,
        &markdown::blocks(&card.answer, &figures),
        &Theme::new(size).with_max_height(max_h),
        width,
    );
    notes
        .into_iter()
        .enumerate()
        .map(|(i, it)| if i == 0 { it.with_gap(gap) } else { it })
        .collect()
}

/// A table with its title and notes, for the section and cheat sheets.
fn table_block(
    cx: &mut Ctx<'_>,
    card: &Card,
    table: &Table,
    size: f32,
    width: f32,
    max_h: f32,
) -> Vec<Item> {
    cx.subject = format!("card `{}`", card.id);
    let (header, rows) = cells(table);
    let mut items = chrome::heading(
        cx,
        &markdown::inline(&card.question),
        size * 1.25,
        width,
        size * 2.0,
    );
    items.extend(table::items(
        cx,
        &header,
        &rows,
        width,
        &TableStyle::new(size),
        max_h,
    ));
    items.extend(table_notes(cx, card, size, width, size * 0.8, max_h));
    items
}

fn key_points(cx: &mut Ctx<'_>, section: &Section, theme: &Theme, width: f32) -> Vec<Item> {
    cx.subject = format!("the key points of section `{}`", section.id);
    let figures = std::sync::Arc::clone(&cx.figures);
    let blocks = markdown::blocks(&section.key_points, &figures);
    layout::blocks(cx, &blocks, theme, width)
}

fn text_cards(section: &Section) -> impl Iterator<Item = &Card> {
    section
        .cards
        .iter()
        .filter(|c| !matches!(c.kind, CardKind::Table(_)))
}

/// `pdf/sections/<section id>.pdf`: key points, tables, then every other card as question →
/// answer.
pub(crate) fn section_sheet(
    cx: &mut Ctx<'_>,
    deck: &Deck,
    section: &Section,
    paper: Paper,
) -> Vec<Page> {
    let geo = Geometry::sheet(paper.size_mm(), false);
    let width = geo.body_width();
    let theme = Theme::new(9.0).with_max_height(geo.body_height());
    let mut flow = Flow::new(geo, &label(deck, section));
    cx.subject = format!("section `{}`", section.id);
    let mut items = chrome::title_block(
        cx,
        &deck.name,
        &[Span::plain(section.title.clone())],
        &[],
        width,
        18.0,
    );
    if !section.key_points.trim().is_empty() {
        items.extend(chrome::heading(
            cx,
            &[Span::plain("Key points")],
            11.5,
            width,
            0.0,
        ));
        let theme = Theme::new(9.5).with_max_height(geo.body_height());
        items.extend(key_points(cx, section, &theme, width));
    }
    for (card, table) in section.tables() {
        items.extend(table_block(cx, card, table, 8.5, width, geo.body_height()));
    }
    if text_cards(section).next().is_some() {
        items.extend(chrome::heading(
            cx,
            &[Span::plain("Cards")],
            11.5,
            width,
            20.0,
        ));
        let mut first = true;
        for card in text_cards(section) {
            let mut entry = chrome::card_entry(cx, card, &theme, width, geo.body_height() / 4.0);
            if first && let Some(it) = entry.first_mut() {
                it.gap = 0.0;
            }
            first = false;
            items.extend(entry);
        }
    }
    flow.place(&items);
    finish(cx, flow)
}

/// `pdf/cheatsheet.pdf`: a title block, then every section in order: a title band, its key
/// points and cards in two balanced columns, its tables across the page.
pub(crate) fn cheat_sheet(cx: &mut Ctx<'_>, deck: &Deck, paper: Paper) -> Vec<Page> {
    let geo = Geometry::sheet(paper.size_mm(), false);
    let width = geo.body_width();
    let gap = 6.0 * MM;
    let theme = Theme::new(7.0).with_max_height(geo.body_height());
    let mut flow = Flow::new(geo, &format!("{} — cheat sheet", deck.name));
    let col = flow.column_width(2, gap);

    cx.subject = "the deck title".to_string();
    let subtitle = markdown::inline(&deck.description);
    let mut title = chrome::title_block(
        cx,
        "Cheat sheet",
        &[Span::plain(deck.name.clone())],
        &subtitle,
        width,
        20.0,
    );
    let tables: usize = deck.sections.iter().map(|s| s.tables().count()).sum();
    let contents: Vec<String> = deck
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{} {}", i + 1, s.title))
        .collect();
    let summary = format!(
        "{} sections · {} · {} tables — {}",
        deck.sections.len(),
        crate::model::notes_and_cards(deck.flashcard_count(), deck.anki_card_count())
            .replace(", ", " · "),
        tables,
        contents.join(" · ")
    );
    let muted = chrome::style(Face::Regular, 7.5, MUTED);
    let summary_items =
        layout::paragraph(cx, &[Span::plain(summary)], &muted, 0.0, width, Align::Left);
    // The summary goes between the subtitle and the rule.
    let rule_at = title.len().saturating_sub(2);
    for (i, mut it) in summary_items.into_iter().enumerate() {
        it.keep = true;
        if i == 0 {
            it.gap = 4.0;
        }
        title.insert(rule_at + i, it);
    }
    flow.place(&title);

    for (n, section) in deck.sections.iter().enumerate() {
        flow.set_label(&label(deck, section));
        cx.subject = format!("section `{}`", section.id);
        let title = format!("{}  {}", n + 1, section.title);
        let band = chrome::band(cx, &[Span::plain(title)], 9.5, width);
        let band_h: f32 = band.iter().map(|i| i.height).sum();
        flow.skip(if n == 0 { 0.0 } else { 9.0 });
        flow.ensure(band_h + 80.0);
        flow.place(&band);
        if !section.key_points.trim().is_empty() {
            flow.place_columns(&key_points(cx, section, &theme, col), 2, gap);
        }
        for (card, table) in section.tables() {
            let items = table_block(cx, card, table, 6.6, width, geo.body_height());
            flow.place(&items);
        }
        let mut entries = Vec::new();
        for card in text_cards(section) {
            entries.extend(chrome::card_entry(
                cx,
                card,
                &theme,
                col,
                geo.body_height() / 5.0,
            ));
        }
        if let Some(first) = entries.first_mut() {
            first.gap = theme.gap * 2.5;
        }
        flow.place_columns(&entries, 2, gap);
    }
    finish(cx, flow)
}
