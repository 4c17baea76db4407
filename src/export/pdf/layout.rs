//! Blocks → items: typesets paragraphs, headings, lists, code blocks and tables at a given width.
//!
//! Every line becomes its own [`Item`], so pages and columns can break between any two lines;
//! `keep` flags hold a heading to its first lines and avoid single orphan and widow lines.

use super::fonts::{ASCENT, Ctx, Face};
use super::markdown::Block;
use super::page::{CODE_BG, Draw, HEADING, INK, Item, MUTED, RULE};
use super::style::{Line, Rgb, Span, TextStyle};
use super::table::{self, TableStyle};
use super::text;

/// Total height of DejaVu's ascent plus descent, in em.
const EXTENT: f32 = 1.164;

/// The sizes and spacing of body content, all derived from one body size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Theme {
    /// Body text.
    pub body: TextStyle,
    /// Space between blocks.
    pub gap: f32,
    /// Indent per list level.
    pub indent: f32,
    /// Size of table text.
    pub table: f32,
    /// Size of code block text.
    pub code: f32,
    /// The tallest one item may be: a table row taller than this is split. The height of the
    /// column the items go into; unbounded for a flashcard side, which shrinks its text instead.
    pub max_height: f32,
}

impl Theme {
    /// A theme for body text of `size` points.
    pub(crate) fn new(size: f32) -> Theme {
        Theme {
            body: TextStyle {
                face: Face::Regular,
                size,
                color: INK,
                leading: 1.32,
            },
            gap: 0.5 * size,
            indent: 1.25 * size,
            table: 0.92 * size,
            code: 0.86 * size,
            max_height: f32::INFINITY,
        }
    }

    /// The theme with items no taller than `height` (see [`Theme::max_height`]).
    pub(crate) fn with_max_height(self, height: f32) -> Theme {
        Theme {
            max_height: height,
            ..self
        }
    }
}

/// Horizontal alignment of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    /// Ragged right.
    Left,
    /// Centred.
    Center,
}

/// The baseline of text of `size` centred in a line box `lh` tall.
pub(crate) fn baseline(lh: f32, size: f32) -> f32 {
    (lh - EXTENT * size) / 2.0 + ASCENT * size
}

/// A paragraph as line items, `x` points in from the left, `width` wide.
pub(crate) fn paragraph(
    cx: &mut Ctx<'_>,
    spans: &[Span],
    style: &TextStyle,
    x: f32,
    width: f32,
    align: Align,
) -> Vec<Item> {
    let lines = text::wrap(cx, spans, style, width);
    line_items(lines, style, x, width, align)
}

/// Items for already wrapped lines.
pub(crate) fn line_items(
    lines: Vec<Line>,
    style: &TextStyle,
    x: f32,
    width: f32,
    align: Align,
) -> Vec<Item> {
    let lh = style.line_height();
    let y = baseline(lh, style.size);
    let n = lines.len();
    lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let dx = match align {
                Align::Left => 0.0,
                Align::Center => ((width - line.width) / 2.0).max(0.0),
            };
            let mut draws = Vec::new();
            Draw::line(&mut draws, line, x + dx, y);
            // No orphan first line, no widow last line.
            Item::new(lh, draws).kept((i == 0 && n >= 2) || (n >= 3 && i == n - 2))
        })
        .collect()
}

/// Typesets Markdown blocks at `width`. The first item has no gap; the caller spaces blocks
/// from what precedes them.
pub(crate) fn blocks(cx: &mut Ctx<'_>, blocks: &[Block], theme: &Theme, width: f32) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::new();
    let mut prev_item_depth: Option<u8> = None;
    for block in blocks {
        let start = out.len();
        let mut gap = theme.gap;
        match block {
            Block::Para {
                spans,
                indent,
                quote,
            } => {
                let x = f32::from(*indent) * theme.indent;
                if *quote {
                    let bar = theme.indent * 0.8;
                    let style = theme.body.with_color(MUTED).with_face(Face::Italic);
                    let mut items =
                        paragraph(cx, spans, &style, x + bar, width - x - bar, Align::Left);
                    for it in &mut items {
                        it.draws.insert(
                            0,
                            Draw::Fill {
                                x,
                                y: 0.0,
                                w: 1.6,
                                h: it.height,
                                color: RULE,
                            },
                        );
                    }
                    out.extend(items);
                } else {
                    out.extend(paragraph(cx, spans, &theme.body, x, width - x, Align::Left));
                }
                if *indent > 0 && prev_item_depth.is_some() {
                    gap = theme.gap * 0.4;
                }
            }
            Block::Heading { spans } => {
                let style = theme
                    .body
                    .with_face(Face::Bold)
                    .with_color(HEADING)
                    .with_size(theme.body.size * 1.08);
                let mut items = paragraph(cx, spans, &style, 0.0, width, Align::Left);
                for it in &mut items {
                    it.keep = true;
                }
                out.extend(items);
                gap = theme.gap * 1.4;
            }
            Block::Item {
                marker,
                spans,
                depth,
            } => {
                let x = f32::from(*depth) * theme.indent;
                let marker_x = x - theme.indent * 0.85;
                let mut items = paragraph(cx, spans, &theme.body, x, width - x, Align::Left);
                if items.is_empty() {
                    items.push(Item::space(theme.body.line_height()));
                }
                let lh = theme.body.line_height();
                let marker_style = theme.body.with_color(HEADING);
                let marker_line = text::wrap(
                    cx,
                    &[Span::plain(marker.clone())],
                    &marker_style,
                    theme.indent * 2.0,
                );
                if let (Some(first), Some(line)) =
                    (items.first_mut(), marker_line.into_iter().next())
                {
                    let mut draws = Vec::new();
                    Draw::line(&mut draws, line, marker_x, baseline(lh, theme.body.size));
                    draws.append(&mut first.draws);
                    first.draws = draws;
                }
                if prev_item_depth.is_some() {
                    gap = theme.gap * 0.4;
                }
                out.extend(items);
            }
            Block::Code { lines, indent } => {
                let x = f32::from(*indent) * theme.indent;
                out.extend(code_block(cx, lines, theme, x, width - x));
            }
            Block::Table { header, rows } => {
                let style = TableStyle::new(theme.table);
                out.extend(table::items(
                    cx,
                    header,
                    rows,
                    width,
                    &style,
                    theme.max_height,
                ));
                gap = theme.gap * 1.2;
            }
            Block::Rule => {
                let h = theme.gap * 1.5;
                out.push(Item::new(
                    h,
                    vec![Draw::Stroke {
                        from: (0.0, h / 2.0),
                        to: (width, h / 2.0),
                        width: 0.5,
                        color: RULE,
                    }],
                ));
            }
        }
        prev_item_depth = match block {
            Block::Item { depth, .. } => Some(*depth),
            Block::Para { indent, .. } | Block::Code { indent, .. } if *indent > 0 => {
                prev_item_depth
            }
            _ => None,
        };
        if let Some(first) = out.get_mut(start) {
            first.gap = if start == 0 { 0.0 } else { gap };
        }
    }
    out
}

/// A code block: mono lines on a tinted band, one item per (wrapped) line.
fn code_block(cx: &mut Ctx<'_>, lines: &[String], theme: &Theme, x: f32, width: f32) -> Vec<Item> {
    let pad = theme.code * 0.6;
    let style = TextStyle {
        face: Face::Mono,
        size: theme.code,
        color: Rgb(0.16, 0.18, 0.22),
        leading: 1.28,
    };
    let lh = style.line_height();
    let wrapped: Vec<Line> = lines
        .iter()
        .flat_map(|l| text::wrap_code(cx, l, &style, width - 2.0 * pad))
        .collect();
    let n = wrapped.len();
    wrapped
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let top = if i == 0 { pad * 0.8 } else { 0.0 };
            let bottom = if i + 1 == n { pad * 0.8 } else { 0.0 };
            let h = top + lh + bottom;
            let mut draws = vec![Draw::Fill {
                x,
                y: 0.0,
                w: width,
                h,
                color: CODE_BG,
            }];
            Draw::line(&mut draws, line, x + pad, top + baseline(lh, style.size));
            Item::new(h, draws).kept((i == 0 && n >= 2) || (n >= 3 && i == n - 2))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::pdf::fonts::Fonts;
    use crate::export::pdf::markdown;

    fn all_text(items: &[Item]) -> String {
        let mut s = String::new();
        for it in items {
            for d in &it.draws {
                if let Draw::Text { runs, .. } = d {
                    for r in runs {
                        s.push_str(&r.text);
                    }
                    s.push(' ');
                }
            }
        }
        s
    }

    #[test]
    fn every_word_survives_and_stays_inside_the_width() {
        let fonts = Fonts::load().unwrap();
        let mut cx = Ctx::new(&fonts);
        let md = "Some **bold** text that wraps over several lines in a narrow column.\n\n- one\n- two with `code`\n\n```\n    indented code that is long enough to wrap around\n```";
        let width = 120.0;
        let items = blocks(&mut cx, &markdown::blocks(md), &Theme::new(9.0), width);
        let text = all_text(&items);
        for word in [
            "Some", "bold", "narrow", "column.", "•", "one", "two", "code", "indented", "wrap",
        ] {
            assert!(text.contains(word), "{word} in {text}");
        }
        assert!(text.contains("    indented"), "{text}");
        for it in &items {
            for d in &it.draws {
                if let Draw::Text { x, runs, .. } = d {
                    let end = x + runs.last().map_or(0.0, |r| r.x + r.width);
                    assert!(*x >= -0.01 && end <= width + 0.01, "{end}");
                }
            }
        }
        assert_eq!(items[0].gap, 0.0);
        assert!(items[0].keep, "first line keeps with the second");
    }
}
