//! Tables: column widths from content, wrapped cells, a bold shaded header row that repeats at
//! the top of every page or column the table continues on, zebra rows, and rows taller than a
//! page split between lines.
//!
//! Column widths follow the usual automatic table layout: each column has a minimum (its widest
//! unbreakable word) and a preferred width (its longest cell unwrapped). If the preferred widths
//! fit, columns get them plus a share of the spare width; otherwise every column gets its minimum
//! plus a share of the rest in proportion to how much wrapping it saves.

use std::rc::Rc;

use super::fonts::{Ctx, Face};
use super::page::{Draw, HEADING, INK, Item};
use super::style::{Line, Rgb, Span, TextStyle, baseline};
use super::text;

/// Header row background.
const HEADER_BG: Rgb = Rgb(0.85, 0.89, 0.94);
/// Every other body row.
const ZEBRA: Rgb = Rgb(0.955, 0.963, 0.975);

/// How a table is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct TableStyle {
    /// Cell text.
    pub text: TextStyle,
    /// Horizontal cell padding.
    pub pad_x: f32,
    /// Vertical cell padding.
    pub pad_y: f32,
    /// First column in bold (it names the row).
    pub bold_first: bool,
}

impl TableStyle {
    /// A table with text of `size` points.
    pub(crate) fn new(size: f32) -> TableStyle {
        TableStyle {
            text: TextStyle {
                face: Face::Regular,
                size,
                color: INK,
                leading: 1.25,
            },
            pad_x: 0.6 * size,
            pad_y: 0.42 * size,
            bold_first: true,
        }
    }

    fn cell_style(&self, col: usize, header: bool) -> TextStyle {
        if header {
            self.text.with_face(Face::Bold).with_color(HEADING)
        } else if col == 0 && self.bold_first {
            self.text.with_face(Face::Bold)
        } else {
            self.text
        }
    }
}

/// Minimum and preferred width of every column, padding included.
fn column_bounds(
    cx: &mut Ctx<'_>,
    header: &[Vec<Span>],
    rows: &[Vec<Vec<Span>>],
    style: &TableStyle,
) -> Vec<(f32, f32)> {
    let mut bounds = vec![(0.0f32, 0.0f32); header.len()];
    let all = std::iter::once((true, header)).chain(rows.iter().map(|r| (false, r.as_slice())));
    for (is_header, cells) in all {
        for (c, cell) in cells.iter().enumerate().take(bounds.len()) {
            let (min, max) = text::min_max_width(cx, cell, &style.cell_style(c, is_header));
            bounds[c].0 = bounds[c].0.max(min + 2.0 * style.pad_x);
            bounds[c].1 = bounds[c].1.max(max + 2.0 * style.pad_x);
        }
    }
    bounds
}

/// Distributes `width` over columns with the given (minimum, preferred) widths.
pub(crate) fn column_widths(bounds: &[(f32, f32)], width: f32) -> Vec<f32> {
    let n = bounds.len().max(1) as f32;
    // No column wider than half the table just to fit one long word: that word wraps instead.
    let cap = width * if bounds.len() > 1 { 0.5 } else { 1.0 };
    let mins: Vec<f32> = bounds.iter().map(|b| b.0.min(cap)).collect();
    let maxs: Vec<f32> = bounds.iter().zip(&mins).map(|(b, m)| b.1.max(*m)).collect();
    let (sum_min, sum_max): (f32, f32) = (mins.iter().sum(), maxs.iter().sum());
    if sum_max <= width {
        // Everything fits unwrapped: spread the spare width in proportion to content.
        let spare = width - sum_max;
        return maxs
            .iter()
            .map(|m| m + spare * m / sum_max.max(1.0))
            .collect();
    }
    if sum_min <= width {
        let spare = width - sum_min;
        let flex: f32 = maxs.iter().zip(&mins).map(|(a, b)| a - b).sum();
        return mins
            .iter()
            .zip(&maxs)
            .map(|(lo, hi)| {
                if flex > 0.0 {
                    lo + spare * (hi - lo) / flex
                } else {
                    lo + spare / n
                }
            })
            .collect();
    }
    // Even the words do not fit: scale the minimums down; cells break words anywhere.
    mins.iter().map(|m| m * width / sum_min.max(1.0)).collect()
}

/// Whether the table reads better on a landscape page than in `portrait_width`: its words do
/// not fit, or it has four or more columns that would wrap heavily. (Long text in few columns
/// just wraps: it reads fine in portrait.)
pub(crate) fn prefers_landscape(
    cx: &mut Ctx<'_>,
    header: &[Vec<Span>],
    rows: &[Vec<Vec<Span>>],
    style: &TableStyle,
    portrait_width: f32,
) -> bool {
    let bounds = column_bounds(cx, header, rows, style);
    let sum_min: f32 = bounds.iter().map(|b| b.0).sum();
    let sum_max: f32 = bounds.iter().map(|b| b.1).sum();
    sum_min > portrait_width || (header.len() >= 4 && sum_max > 1.5 * portrait_width)
}

/// One row's cells, wrapped.
struct RowLines {
    cells: Vec<Vec<Line>>,
}

/// Items for a table `width` wide: the header (kept with the first row) and one item per body
/// row, each carrying the header to repeat. A row taller than `max_height` is split between
/// lines into several items, so no text is ever cut off.
pub(crate) fn items(
    cx: &mut Ctx<'_>,
    header: &[Vec<Span>],
    rows: &[Vec<Vec<Span>>],
    width: f32,
    style: &TableStyle,
    max_height: f32,
) -> Vec<Item> {
    let bounds = column_bounds(cx, header, rows, style);
    let widths = column_widths(&bounds, width);
    let mut xs = Vec::with_capacity(widths.len());
    let mut x = 0.0;
    for w in &widths {
        xs.push(x);
        x += w;
    }
    let wrap_row = |cx: &mut Ctx<'_>, cells: &[Vec<Span>], is_header: bool| RowLines {
        cells: widths
            .iter()
            .enumerate()
            .map(|(c, w)| {
                let spans = cells.get(c).map_or(&[][..], Vec::as_slice);
                text::wrap(
                    cx,
                    spans,
                    &style.cell_style(c, is_header),
                    w - 2.0 * style.pad_x,
                )
            })
            .collect(),
    };
    let lh = style.text.line_height();
    let head = wrap_row(cx, header, true);
    let head_lines = head.cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let head_h = head_lines as f32 * lh + 2.0 * style.pad_y;
    let mut head_draws = vec![Draw::Fill {
        x: 0.0,
        y: 0.0,
        w: width,
        h: head_h,
        color: HEADER_BG,
    }];
    draw_cells(&mut head_draws, head.cells, &xs, style);
    head_draws.push(Draw::Stroke {
        from: (0.0, head_h),
        to: (width, head_h),
        width: 0.9,
        color: HEADING,
    });
    let header_item = Rc::new(Item::new(head_h, head_draws.clone()));
    let mut out = vec![Item::new(head_h, head_draws).kept(true)];

    // Lines that fit a page under the repeated header. A row taller than that is cut into
    // pieces of a quarter page, so that it starts on the page where it is reached instead of
    // leaving the rest of that page empty.
    let per_page = if max_height.is_finite() {
        (((max_height - head_h - 2.0 * style.pad_y) / lh).floor() as usize).max(1)
    } else {
        usize::MAX
    };
    for (r, row) in rows.iter().enumerate() {
        let lines = wrap_row(cx, row, false);
        let count = lines.cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let mut cells: Vec<std::vec::IntoIter<Line>> =
            lines.cells.into_iter().map(Vec::into_iter).collect();
        let per_piece = if count > per_page {
            (per_page / 4).max(1)
        } else {
            count
        };
        let mut done = 0;
        while done < count {
            let take = per_piece.min(count - done);
            let piece: Vec<Vec<Line>> = cells
                .iter_mut()
                .map(|c| c.by_ref().take(take).collect())
                .collect();
            let h = take as f32 * lh + 2.0 * style.pad_y;
            let mut draws = Vec::new();
            if r % 2 == 1 {
                draws.push(Draw::Fill {
                    x: 0.0,
                    y: 0.0,
                    w: width,
                    h,
                    color: ZEBRA,
                });
            }
            draw_cells(&mut draws, piece, &xs, style);
            if r + 1 == rows.len() && done + take == count {
                draws.push(Draw::Stroke {
                    from: (0.0, h),
                    to: (width, h),
                    width: 0.6,
                    color: HEADING,
                });
            }
            // The header never ends a page alone: it keeps the first two rows with it.
            let mut item =
                Item::new(h, draws).kept(r == 0 && done == 0 && rows.len() > 1 && take == count);
            item.header = Some(header_item.clone());
            out.push(item);
            done += take;
        }
    }
    out
}

/// Draws the cells' lines left to right, each cell top to bottom (reading order).
fn draw_cells(out: &mut Vec<Draw>, cells: Vec<Vec<Line>>, xs: &[f32], style: &TableStyle) {
    let lh = style.text.line_height();
    let base = baseline(lh, style.text.size);
    for (c, lines) in cells.into_iter().enumerate() {
        let x = xs.get(c).copied().unwrap_or(0.0) + style.pad_x;
        for (i, line) in lines.into_iter().enumerate() {
            Draw::line(out, line, x, style.pad_y + i as f32 * lh + base);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::fonts::Fonts;

    fn cells(texts: &[&str]) -> Vec<Vec<Span>> {
        texts.iter().map(|t| vec![Span::plain(*t)]).collect()
    }

    #[test]
    fn widths_follow_content_and_fill_the_table() {
        let w = column_widths(&[(20.0, 40.0), (20.0, 120.0)], 320.0);
        assert!((w.iter().sum::<f32>() - 320.0).abs() < 0.01);
        assert!(w[1] > w[0] * 2.5);
        // Too wide: the long column gives way, nobody goes below its minimum.
        let w = column_widths(&[(30.0, 60.0), (50.0, 900.0)], 200.0);
        assert!((w.iter().sum::<f32>() - 200.0).abs() < 0.01);
        assert!(w[0] >= 30.0 && w[1] >= 50.0);
    }

    #[test]
    fn header_repeats_and_tall_rows_split_without_losing_lines() {
        let fonts = Fonts::load().unwrap();
        let mut cx = Ctx::new(&fonts);
        let header = cells(&["Key", "Value"]);
        let long = "word ".repeat(400);
        let rows = vec![cells(&["a", "short"]), cells(&["b", &long])];
        let style = TableStyle::new(9.0);
        let items = items(&mut cx, &header, &rows, 300.0, &style, 200.0);
        assert!(items[0].keep && items[0].header.is_none());
        assert!(items.len() > 3, "the long row is split");
        for it in &items[1..] {
            assert!(it.header.is_some());
            assert!(it.height + items[0].height <= 200.0 + 0.01);
        }
        let words: usize = items
            .iter()
            .flat_map(|i| &i.draws)
            .map(|d| match d {
                Draw::Text { runs, .. } => {
                    runs.iter().map(|r| r.text.matches("word").count()).sum()
                }
                _ => 0,
            })
            .sum();
        assert_eq!(words, 400);
    }
}
