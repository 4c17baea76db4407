//! The parts every sheet shares: the title block, section headings, condensed question → answer
//! entries and the footer with the running label and page numbers.

use super::cloze_text::{self, Cloze};
use super::markdown;
use crate::model::{Card, CardKind};
use crate::pdf::fonts::{Ctx, Face};
use crate::pdf::layout::{self, Align, Theme};
use crate::pdf::page::{Canvas, Draw, Geometry, HEADING, Item, MM, MUTED, RULE};
use crate::pdf::style::{Rgb, Span, TextStyle, baseline};
use crate::pdf::text;

/// Text style in `face`, `size` points, `color`.
pub(crate) fn style(face: Face, size: f32, color: Rgb) -> TextStyle {
    TextStyle {
        face,
        size,
        color,
        leading: 1.25,
    }
}

/// The title block at the top of a sheet: a small upper-case kicker (what the sheet belongs to),
/// the title, an optional subtitle, and a rule.
pub(crate) fn title_block(
    cx: &mut Ctx<'_>,
    kicker: &str,
    title: &[Span],
    subtitle: &[Span],
    width: f32,
    title_size: f32,
) -> Vec<Item> {
    let mut items = Vec::new();
    if !kicker.is_empty() {
        let k = style(Face::Bold, 7.5, MUTED);
        items.extend(layout::paragraph(
            cx,
            &[Span::plain(kicker.to_uppercase())],
            &k,
            0.0,
            width,
            Align::Left,
        ));
    }
    let t = style(Face::Bold, title_size, HEADING).with_size(title_size);
    let mut lines = layout::paragraph(
        cx,
        title,
        &TextStyle { leading: 1.18, ..t },
        0.0,
        width,
        Align::Left,
    );
    if let Some(first) = lines.first_mut() {
        first.gap = 2.0;
    }
    items.extend(lines);
    if !subtitle.is_empty() {
        let s = style(Face::Regular, 9.0, MUTED);
        let mut lines = layout::paragraph(cx, subtitle, &s, 0.0, width, Align::Left);
        if let Some(first) = lines.first_mut() {
            first.gap = 3.0;
        }
        items.extend(lines);
    }
    items.push(
        Item::new(
            1.4,
            vec![Draw::Stroke {
                from: (0.0, 0.7),
                to: (width, 0.7),
                width: 1.4,
                color: HEADING,
            }],
        )
        .with_gap(5.0),
    );
    items.push(Item::space(12.0));
    for it in &mut items {
        it.keep = true;
    }
    if let Some(last) = items.last_mut() {
        last.keep = false;
    }
    items
}

/// A heading inside a sheet ("Key points", a table's title): bold, with a hairline under it,
/// kept with what follows.
pub(crate) fn heading(
    cx: &mut Ctx<'_>,
    spans: &[Span],
    size: f32,
    width: f32,
    gap: f32,
) -> Vec<Item> {
    let s = style(Face::Bold, size, HEADING);
    let mut items = layout::paragraph(cx, spans, &s, 0.0, width, Align::Left);
    let rule_gap = size * 0.3;
    items.push(Item::new(
        rule_gap + size * 0.45,
        vec![Draw::Stroke {
            from: (0.0, rule_gap),
            to: (width, rule_gap),
            width: 0.5,
            color: RULE,
        }],
    ));
    for it in &mut items {
        it.keep = true;
    }
    if let Some(first) = items.first_mut() {
        first.gap = gap;
    }
    items
}

/// A full-width band with the section's title in white: the start of a section on the cheat
/// sheet.
pub(crate) fn band(cx: &mut Ctx<'_>, title: &[Span], size: f32, width: f32) -> Vec<Item> {
    let pad = size * 0.55;
    let s = style(Face::Bold, size, Rgb(1.0, 1.0, 1.0));
    let lines = text::wrap(cx, title, &s, width - 2.0 * pad);
    let lh = s.line_height();
    let h = lines.len() as f32 * lh + 2.0 * pad * 0.7;
    let mut draws = vec![Draw::Fill {
        x: 0.0,
        y: 0.0,
        w: width,
        h,
        color: HEADING,
    }];
    for (i, line) in lines.into_iter().enumerate() {
        Draw::line(
            &mut draws,
            line,
            pad,
            pad * 0.7 + i as f32 * lh + baseline(lh, size),
        );
    }
    vec![
        Item::new(h, draws).kept(true),
        Item::space(size * 0.5).kept(true),
    ]
}

/// A card condensed for a sheet: the question in bold (a cloze card's text with its deletions
/// revealed and marked) and the answer below it. Short entries are kept in one piece.
pub(crate) fn card_entry(
    cx: &mut Ctx<'_>,
    card: &Card,
    theme: &Theme,
    width: f32,
    max_keep: f32,
) -> Vec<Item> {
    cx.subject = format!("card `{}`", card.id);
    let (spans, q_style) = match card.kind {
        CardKind::Cloze => (
            cloze_text::cloze_inline(&card.question, Cloze::Reveal),
            theme.body,
        ),
        _ => (
            markdown::inline(&card.question),
            theme.body.with_face(Face::Bold),
        ),
    };
    let mut items = layout::paragraph(cx, &spans, &q_style, 0.0, width, Align::Left);
    for it in &mut items {
        it.keep = true;
    }
    let indent = theme.indent * 0.6;
    let figures = std::sync::Arc::clone(&cx.figures);
    let answer = layout::blocks(
        cx,
        &markdown::blocks(&card.answer, &figures),
        theme,
        width - indent,
    );
    if answer.is_empty()
        && let Some(last) = items.last_mut()
    {
        last.keep = false;
    }
    for (i, it) in answer.into_iter().enumerate() {
        let it = if i == 0 {
            it.with_gap(theme.gap * 0.35)
        } else {
            it
        };
        items.push(it.indent(indent));
    }
    let total: f32 = items.iter().map(|i| i.gap + i.height).sum();
    if total <= max_keep {
        let n = items.len();
        for it in &mut items[..n.saturating_sub(1)] {
            it.keep = true;
        }
    }
    if let Some(first) = items.first_mut() {
        first.gap = theme.gap * 1.6;
    }
    items
}

/// Draws the footer: a hairline, the running label on the left, "page / pages" on the right.
pub(crate) fn footer(
    cx: &mut Ctx<'_>,
    canvas: &mut Canvas,
    geo: &Geometry,
    page: usize,
    total: usize,
    label: &str,
) {
    let size = 7.0;
    let s = style(Face::Regular, size, MUTED);
    let rule_y = geo.height - 17.0 * MM;
    canvas.draw(&Draw::Stroke {
        from: (geo.side, rule_y),
        to: (geo.width - geo.side, rule_y),
        width: 0.4,
        color: RULE,
    });
    let base = geo.height - 13.5 * MM;
    let number = format!("{page} / {total}");
    let num_w = cx.fonts.width(Face::Regular, size, &number);
    let room = geo.body_width() - num_w - 12.0;
    let label = fit(cx, label, Face::Regular, size, room);
    cx.subject = "the footer".to_string();
    for (text, right) in [(label, false), (number, true)] {
        if let Some(line) = text::wrap(cx, &[Span::plain(text)], &s, f32::INFINITY)
            .into_iter()
            .next()
        {
            let x = if right {
                geo.width - geo.side - line.width
            } else {
                geo.side
            };
            let mut draws = Vec::new();
            Draw::line(&mut draws, line, x, base);
            for d in &draws {
                canvas.draw(d);
            }
        }
    }
}

/// `text`, shortened with an ellipsis to fit `width`.
pub(crate) fn fit(cx: &Ctx<'_>, text: &str, face: Face, size: f32, width: f32) -> String {
    if cx.fonts.width(face, size, text) <= width {
        return text.to_string();
    }
    let room = width - cx.fonts.width(face, size, "…");
    let mut used = 0.0;
    let mut out = String::new();
    for c in text.chars() {
        used += cx.fonts.width(face, size, c.encode_utf8(&mut [0; 4]));
        if used > room {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}
