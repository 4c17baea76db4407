//! Blocks → items: typesets paragraphs, headings, lists, code blocks and tables at a given width.
//!
//! Every line becomes its own [`Item`], so pages and columns can break between any two lines;
//! `keep` flags hold a heading to its first lines and avoid single orphan and widow lines.

use super::block::{Block, Quote};
use super::figure;
use super::fonts::{Ctx, Face};
use super::page::{CODE_BG, Draw, HEADING, INK, Item, MUTED, RULE};
use super::style::{Line, Rgb, Span, TextStyle, baseline};
use super::table::{self, TableStyle};
use super::text;

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
    /// How large figures are drawn, 1.0 for labels at the body size; smaller values shrink them
    /// down to [`figure::label_scale`]'s minimum (a flashcard shrinks its drawing before its text).
    pub figure_scale: f32,
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
            figure_scale: 1.0,
        }
    }

    /// The theme with items no taller than `height` (see [`Theme::max_height`]).
    pub(crate) fn with_max_height(self, height: f32) -> Theme {
        Theme {
            max_height: height,
            ..self
        }
    }

    /// The theme with figures drawn at `scale` (see [`Theme::figure_scale`]).
    pub(crate) fn with_figure_scale(self, scale: f32) -> Theme {
        Theme {
            figure_scale: scale,
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
    let mut lists = ListColumns::default();
    for block in blocks {
        let start = out.len();
        let mut gap = theme.gap;
        match block {
            Block::Para {
                spans,
                indent,
                quote,
            } => {
                let (x, bar) = lists.place(*indent, *quote, theme);
                let style = text_style(theme, *quote);
                let mut items = paragraph(cx, spans, &style, x, width - x, Align::Left);
                quote_bar(&mut items, bar);
                out.extend(items);
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
                widest,
                spans,
                depth,
                quote,
            } => {
                let marker_style = theme.body.with_color(HEADING);
                let marker_width = |m: &str| cx.fonts.width(Face::Regular, theme.body.size, m);
                let gap_after = theme.body.size * MARKER_GAP;
                let (parent, bar) = lists.place(depth.saturating_sub(1), *quote, theme);
                let x = parent + theme.indent.max(marker_width(widest) + gap_after);
                lists.open(*depth, x, theme);
                // A bullet sits where it always has; a number ends `gap_after` before the text,
                // so that the periods of `9.` and `10.` line up.
                let marker_x = (x - theme.indent * 0.85).min(x - gap_after - marker_width(marker));
                let style = text_style(theme, *quote);
                let mut items = paragraph(cx, spans, &style, x, width - x, Align::Left);
                if items.is_empty() {
                    items.push(Item::space(theme.body.line_height()));
                }
                let lh = theme.body.line_height();
                let marker_line = text::wrap(
                    cx,
                    &[Span::plain(marker.clone())],
                    &marker_style,
                    marker_width(marker) + theme.indent,
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
                quote_bar(&mut items, bar);
                out.extend(items);
            }
            Block::Code {
                lines,
                colored,
                indent,
                quote,
            } => {
                let (x, bar) = lists.place(*indent, *quote, theme);
                let mut items = code_block(cx, lines, colored.as_deref(), theme, x, width - x);
                quote_bar(&mut items, bar);
                out.extend(items);
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
            Block::Figure {
                figure,
                indent,
                quote,
            } => {
                let (x, bar) = lists.place(*indent, *quote, theme);
                let column = width - x;
                // At most the column's height, and no taller than 36 lines of text, so that a
                // flashcard that shrinks its text to fit shrinks its drawing too.
                let tallest = theme.max_height.min(36.0 * theme.body.line_height());
                let scale = figure::label_scale(theme.body.size, theme.figure_scale);
                let (w, h) = figure.fit(scale, column, tallest);
                let mut items = vec![Item::new(
                    h,
                    vec![Draw::Figure {
                        x: x + (column - w) / 2.0,
                        y: 0.0,
                        w,
                        h,
                        figure: std::sync::Arc::clone(figure),
                    }],
                )];
                quote_bar(&mut items, bar);
                out.extend(items);
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

/// Body text, muted and italic in a block quote.
fn text_style(theme: &Theme, quote: Quote) -> TextStyle {
    if quote.is_some() {
        theme.body.with_color(MUTED).with_face(Face::Italic)
    } else {
        theme.body
    }
}

/// Draws a block quote's bar at `x` down the side of each item (when there is a quote).
fn quote_bar(items: &mut [Item], x: Option<f32>) {
    let Some(x) = x else {
        return;
    };
    for it in items {
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
}

/// The space between a list marker and its item's text, in em.
const MARKER_GAP: f32 = 0.28;

/// Where the text of each open list starts, by depth: a list whose markers are wide (`10.`) moves
/// its items' text, and every list nested in it, to the right.
#[derive(Default)]
struct ListColumns {
    /// Text x of the lists at depth 1, 2, ...
    x: Vec<f32>,
}

impl ListColumns {
    /// The text x of blocks `depth` lists deep (0: outside lists). A depth with no item seen yet
    /// (a stray indented paragraph) gets a plain indent per level.
    fn x(&self, depth: u8, theme: &Theme) -> f32 {
        match usize::from(depth).checked_sub(1) {
            None => 0.0,
            Some(i) => self.x.get(i).copied().unwrap_or_else(|| {
                let known = self.x.last().copied().unwrap_or(0.0);
                let missing = usize::from(depth) - self.x.len();
                known + missing as f32 * theme.indent
            }),
        }
    }

    /// Where a block whose column is `depth` lists deep starts, and where the bar of the block
    /// quote it is in goes. A quote moves the blocks of its own column right by the bar's room;
    /// deeper blocks are in a list that started inside the quote, so their column has moved
    /// already.
    fn place(&self, depth: u8, quote: Quote, theme: &Theme) -> (f32, Option<f32>) {
        let x = self.x(depth, theme);
        match quote {
            Some(q) if q >= depth => (x + theme.indent * 0.8, Some(x)),
            Some(q) => (x, Some(self.x(q, theme))),
            None => (x, None),
        }
    }

    /// An item `depth` deep whose text starts at `x`: closes the deeper lists.
    fn open(&mut self, depth: u8, x: f32, theme: &Theme) {
        let depth = usize::from(depth.max(1));
        self.x.truncate(depth - 1);
        while self.x.len() < depth - 1 {
            let next = self.x(u8::try_from(self.x.len() + 1).unwrap_or(u8::MAX), theme);
            self.x.push(next);
        }
        self.x.push(x);
    }
}

/// A code block: mono lines on a tinted band, one item per (wrapped) line.
/// `colored`, when given, holds the same lines as coloured spans (highlighted code).
fn code_block(
    cx: &mut Ctx<'_>,
    lines: &[String],
    colored: Option<&[Vec<Span>]>,
    theme: &Theme,
    x: f32,
    width: f32,
) -> Vec<Item> {
    let pad = theme.code * 0.6;
    let style = TextStyle {
        face: Face::Mono,
        size: theme.code,
        color: Rgb(0.16, 0.18, 0.22),
        leading: 1.28,
    };
    let lh = style.line_height();
    let inner = width - 2.0 * pad;
    let wrapped: Vec<Line> = match colored {
        Some(colored) => colored
            .iter()
            .flat_map(|spans| text::wrap_code_spans(cx, spans, &style, inner))
            .collect(),
        None => lines
            .iter()
            .flat_map(|l| text::wrap_code(cx, l, &style, inner))
            .collect(),
    };
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
    use pulldown_cmark::Parser;

    use super::*;
    use crate::pdf::block;
    use crate::pdf::fonts::Fonts;

    /// `md`'s blocks (CommonMark: what these tests use needs no extension).
    fn read(md: &str) -> Vec<Block> {
        block::from_events(Parser::new(md))
    }

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
        let items = blocks(&mut cx, &read(md), &Theme::new(9.0), width);
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

    /// `md` typeset at 10 pt in a column 300 pt wide.
    fn typeset(md: &str) -> Vec<Item> {
        let fonts = Fonts::load().unwrap();
        let mut cx = Ctx::new(&fonts);
        blocks(&mut cx, &read(md), &Theme::new(10.0), 300.0)
    }

    /// The marker's and the text's left and right edges on each item's first line.
    fn item_lines(items: &[Item]) -> Vec<((f32, f32), f32)> {
        items
            .iter()
            .filter_map(|it| match it.draws.as_slice() {
                [
                    Draw::Text {
                        x: mx,
                        runs: marker,
                        ..
                    },
                    Draw::Text { x: tx, .. },
                    ..,
                ] => {
                    let right = mx + marker.last().map_or(0.0, |r| r.x + r.width);
                    Some(((*mx, right), *tx))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn numbers_end_before_their_text_and_line_up() {
        let theme = Theme::new(10.0);
        let md: String = (1..=12)
            .map(|n| format!("{n}. item {n}\n"))
            .collect::<String>()
            + "    1. nested\n    2. nested\n";
        let lines = item_lines(&typeset(&md));
        assert_eq!(lines.len(), 14);
        let (outer, nested) = lines.split_at(12);
        let gap = MARKER_GAP * theme.body.size;
        for ((left, right), text) in outer {
            assert!(*left >= -0.01, "marker inside the column: {left}");
            assert!((text - right - gap).abs() < 0.01, "{right} then {text}");
            assert_eq!((*right, *text), (outer[0].0.1, outer[0].1), "lined up");
        }
        // `12.` is wider than a plain indent: the text moves right, the nested list with it.
        assert!(outer[0].1 > theme.indent + 1.0);
        for ((left, _), text) in nested {
            assert!((text - outer[0].1 - theme.indent).abs() < 0.01, "{text}");
            assert!(
                *left > outer[0].1 - 0.01,
                "nested marker under the text: {left}"
            );
        }
    }

    /// The bar's x and the first text's x of each item.
    fn bars(items: &[Item]) -> Vec<(Option<f32>, f32)> {
        items
            .iter()
            .map(|it| {
                let bar = it.draws.iter().find_map(|d| match d {
                    Draw::Fill { x, color, .. } if *color == RULE => Some(*x),
                    _ => None,
                });
                let text = it.draws.iter().rev().find_map(|d| match d {
                    Draw::Text { x, .. } => Some(*x),
                    _ => None,
                });
                (bar, text.unwrap_or(f32::NAN))
            })
            .collect()
    }

    #[test]
    fn a_block_quote_bars_everything_in_it_and_nothing_else() {
        let theme = Theme::new(10.0);
        let md = "> quoted\n> - listed\n>   - deeper\n\nplain\n\n- item\n  > inside\n";
        let lines = bars(&typeset(md));
        assert_eq!(lines.len(), 6);
        let room = theme.indent * 0.8;
        // A list in a quote: one bar at the quote's left edge, the list moved right of it.
        assert_eq!(lines[0], (Some(0.0), room));
        assert_eq!(lines[1], (Some(0.0), room + theme.indent));
        assert_eq!(lines[2], (Some(0.0), room + 2.0 * theme.indent));
        assert_eq!(lines[3], (None, 0.0));
        assert_eq!(lines[4], (None, theme.indent));
        // A quote in a list item: the bar at the item's text.
        assert_eq!(lines[5], (Some(theme.indent), theme.indent + room));
    }

    #[test]
    fn short_markers_keep_a_plain_indent() {
        let theme = Theme::new(10.0);
        for md in ["- a\n- b\n", "1. a\n2. b\n"] {
            let lines = item_lines(&typeset(md));
            assert_eq!(lines.len(), 2, "{md}");
            for ((left, right), text) in lines {
                assert!((text - theme.indent).abs() < 0.01, "{md}: text at {text}");
                assert!(left >= 0.0, "{md}: marker at {left}");
                assert!(
                    right < text - 2.0,
                    "{md}: marker ends at {right}, text at {text}"
                );
                if md.starts_with('-') {
                    // Where bullets have always been.
                    assert!((left - theme.indent * 0.15).abs() < 0.01, "{md}: {left}");
                }
            }
        }
    }
}
