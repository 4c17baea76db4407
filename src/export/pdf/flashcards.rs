//! `pdf/flashcards.pdf`: cards to cut out, printed double-sided.
//!
//! Pages alternate: a grid of fronts, then the same cards' backs. Printing duplex with a
//! long-edge flip turns the sheet over its vertical axis, so the point (x, y) of a front page
//! lies behind (W − x, y) of the back page: the card in column c of the fronts has its back in
//! column (columns − 1 − c) of the same row, and the back grid's left edge is the mirror of the
//! front grid's right edge. Cut marks sit in the margins at every grid line, with small crosses
//! where inner lines meet. Each side's text is set at the largest size that fits its cell.
//!
//! A back with a drawing stacks text and drawing; when that shrinks its text (a tall diagram
//! under two sentences), the drawing goes beside the text if that sets the text clearly larger,
//! where a tall drawing fits the card's height with its labels still printable (see `fit_side`).

use crate::pdf::content::Page;

use super::chrome;
use super::cloze_text::{self, Cloze};
use super::markdown;
use crate::config::Paper;
use crate::model::{Deck, Flashcard, FlashcardContent, FlashcardKind};
use crate::pdf::block::Block;
use crate::pdf::figure::{self, Figures};
use crate::pdf::fonts::{Ctx, Face};
use crate::pdf::layout::{self, Align, Theme};
use crate::pdf::page::{self, Canvas, Draw, Geometry, Item, MM, MUTED, RULE};
use crate::pdf::style::{Marks, Span};
use crate::render::row_question;

const COLUMNS: usize = 2;
const ROWS: usize = 4;
/// Text inset from the cut lines.
const PAD: f32 = 5.0 * MM;
/// The smallest text size a side is set in when any layout allows it: smaller text cannot be read
/// on a card cut out of a sheet. Below it the user hears about it.
const READABLE: f32 = 6.0;
/// Sizes tried for the question (front) and answer (back).
const FRONT_SIZES: (f32, f32) = (READABLE, 13.0);
const BACK_SIZES: (f32, f32) = (READABLE, 10.5);
/// Size of a card's labels (section, kind, id).
const LABEL: f32 = 6.0;
/// The most of a back's width its drawings take beside the text.
const FIGURE_SHARE: f32 = 0.55;
/// How much larger (points) a back's text must get for its drawings to go beside it.
const BESIDE_GAIN: f32 = 1.0;
/// The space between a back's text and the drawings beside it.
const BESIDE_GAP: f32 = 3.0 * MM;

/// One printed card: what its two sides show.
struct Printed {
    id: String,
    section: String,
    kind: &'static str,
    front: Vec<Span>,
    back: Vec<Block>,
}

/// How many cards [`printed`] makes of `card`, without making them.
fn printed_count(card: &Flashcard<'_>) -> usize {
    match (&card.content, card.kind) {
        (FlashcardContent::Text { question, .. }, FlashcardKind::Cloze) => {
            cloze_text::cloze_numbers(question).len().max(1)
        }
        _ => 1,
    }
}

/// The printed cards of a flashcard: one, or one per deletion number of a cloze card.
fn printed(card: &Flashcard<'_>, figures: &Figures) -> Vec<Printed> {
    let base = |front, back, kind, id: String| Printed {
        id,
        section: card.section.title.clone(),
        kind,
        front,
        back,
    };
    match (&card.content, card.kind) {
        (FlashcardContent::Text { question, answer }, FlashcardKind::Cloze)
            if !cloze_text::cloze_numbers(question).is_empty() =>
        {
            let numbers = cloze_text::cloze_numbers(question);
            let many = numbers.len() > 1;
            numbers
                .into_iter()
                .map(|n| {
                    let mut back = vec![Block::Para {
                        spans: cloze_text::cloze_inline(question, Cloze::Back(n)),
                        indent: 0,
                        quote: None,
                    }];
                    back.extend(markdown::blocks(answer, figures));
                    let id = if many {
                        format!("{} c{n}", card.id)
                    } else {
                        card.id.to_string()
                    };
                    base(
                        cloze_text::cloze_inline(question, Cloze::Front(n)),
                        back,
                        "cloze",
                        id,
                    )
                })
                .collect()
        }
        (FlashcardContent::Text { question, answer }, kind) => vec![base(
            markdown::inline(question),
            markdown::blocks(answer, figures),
            if kind == FlashcardKind::Reverse {
                "reverse"
            } else {
                ""
            },
            card.id.to_string(),
        )],
        (FlashcardContent::Row { table, row, notes }, _) => {
            let bold = Marks {
                bold: true,
                ..Marks::default()
            };
            let mut back: Vec<Block> = table
                .header
                .iter()
                .zip(&row.cells)
                .skip(1)
                .map(|(h, c)| {
                    let mut spans: Vec<Span> = markdown::inline(h)
                        .into_iter()
                        .map(|s| {
                            Span::marked(
                                s.text,
                                Marks {
                                    bold: true,
                                    ..s.marks
                                },
                            )
                        })
                        .collect();
                    spans.push(Span::marked(": ", bold));
                    spans.extend(markdown::inline(c));
                    Block::Para {
                        spans,
                        indent: 0,
                        quote: None,
                    }
                })
                .collect();
            back.extend(markdown::blocks(notes, figures));
            vec![base(
                markdown::inline(&row_question(&card.card.question, row)),
                back,
                "table",
                card.id.to_string(),
            )]
        }
    }
}

fn total_height(items: &[Item]) -> f32 {
    items.iter().map(|i| i.gap + i.height).sum()
}

/// How a side was laid out: its items and the text size chosen.
struct Fitted {
    items: Vec<Item>,
    /// Body text size, points.
    size: f32,
}

/// A side's layout at a text size and a figure scale.
type SideLayout<'a> = dyn FnMut(&mut Ctx<'_>, f32, f32) -> Vec<Item> + 'a;

/// Lays a side out in `h` points of height. At the largest size in `sizes` if it fits; else
/// its figures shrink first (down to the engine's minimum), and only when that is not enough
/// does its text shrink, with the figures at their smallest: to the largest size in `sizes` at
/// which it fits, and below the smallest size on down to about 1 pt (the caller warns below
/// [`READABLE`]), where only a card of thousands of words would still not fit.
fn fit(cx: &mut Ctx<'_>, layout: &mut SideLayout<'_>, sizes: (f32, f32), h: f32) -> Fitted {
    let (min, max) = sizes;
    let at_max = layout(cx, max, 1.0);
    if total_height(&at_max) <= h {
        return Fitted {
            items: at_max,
            size: max,
        };
    }
    // Figures first: the largest figure scale at which the text keeps its largest size. A side
    // without figures lays out the same at any figure scale, and does not fit here either.
    let smallest_figures = layout(cx, max, 0.0);
    if total_height(&smallest_figures) <= h {
        let (mut lo, mut hi) = (0.0, 1.0);
        let mut best = smallest_figures;
        for _ in 0..7 {
            let mid = (lo + hi) / 2.0;
            let items = layout(cx, max, mid);
            if total_height(&items) <= h {
                lo = mid;
                best = items;
            } else {
                hi = mid;
            }
        }
        return Fitted {
            items: best,
            size: max,
        };
    }
    let mut text = |cx: &mut Ctx<'_>, size: f32| layout(cx, size, 0.0);
    let (mut lo, mut hi) = (min, max);
    let mut best = text(cx, min);
    let fitted = |items, size| Fitted { items, size };
    if total_height(&best) <= h {
        for _ in 0..7 {
            let mid = (lo + hi) / 2.0;
            let items = text(cx, mid);
            if total_height(&items) <= h {
                lo = mid;
                best = items;
            } else {
                hi = mid;
            }
        }
        return fitted(best, lo);
    }
    let mut size = min;
    while size > 1.0 {
        size *= 0.9;
        best = text(cx, size);
        if total_height(&best) <= h {
            break;
        }
    }
    fitted(best, size)
}

/// Grid geometry of one page side.
struct Grid {
    x0: f32,
    y0: f32,
    cell_w: f32,
    cell_h: f32,
}

impl Grid {
    /// Width and height of a cell's text area: inside the padding and between the labels.
    fn inner(&self) -> (f32, f32) {
        let label_line = LABEL * 1.6;
        (
            self.cell_w - 2.0 * PAD,
            self.cell_h - 2.0 * PAD - 2.0 * label_line,
        )
    }
}

fn grid(geo: &Geometry, back: bool) -> Grid {
    let cell_w = geo.body_width() / COLUMNS as f32;
    let cell_h = geo.body_height() / ROWS as f32;
    let front_x0 = geo.side;
    let x0 = if back {
        geo.width - (front_x0 + cell_w * COLUMNS as f32)
    } else {
        front_x0
    };
    Grid {
        x0,
        y0: geo.top,
        cell_w,
        cell_h,
    }
}

fn cut_marks(canvas: &mut Canvas, g: &Grid) {
    let (w, h) = (g.cell_w * COLUMNS as f32, g.cell_h * ROWS as f32);
    let mut mark = |from, to, color| {
        canvas.draw(&Draw::Stroke {
            from,
            to,
            width: 0.3,
            color,
        })
    };
    // Crop marks in the margins, in line with every cut.
    let (near, far) = (1.5 * MM, 5.5 * MM);
    for k in 0..=COLUMNS {
        let x = g.x0 + k as f32 * g.cell_w;
        mark((x, g.y0 - far), (x, g.y0 - near), MUTED);
        mark((x, g.y0 + h + near), (x, g.y0 + h + far), MUTED);
    }
    for j in 0..=ROWS {
        let y = g.y0 + j as f32 * g.cell_h;
        mark((g.x0 - far, y), (g.x0 - near, y), MUTED);
        mark((g.x0 + w + near, y), (g.x0 + w + far, y), MUTED);
    }
    // Light crosses where inner cuts meet, for cutting with scissors.
    let arm = 2.0 * MM;
    for k in 1..COLUMNS {
        for j in 1..ROWS {
            let (x, y) = (g.x0 + k as f32 * g.cell_w, g.y0 + j as f32 * g.cell_h);
            mark((x, y - arm), (x, y + arm), RULE);
            mark((x - arm, y), (x + arm, y), RULE);
        }
    }
}

/// One side of `card` laid out to fit `w` × `h` points. A back is stacked (its blocks in order)
/// unless it has drawings and that shrinks its text. Then the drawings go beside the text when
/// that sets the text at least [`BESIDE_GAIN`] larger with their labels no smaller (a tall
/// diagram beside two sentences). Only when the text is still below [`READABLE`] are they shrunk
/// to the card's height whatever their labels become: a diagram's shape still shows with tiny
/// labels, an answer too small to read is lost.
fn fit_side(cx: &mut Ctx<'_>, card: &Printed, back: bool, w: f32, h: f32) -> Fitted {
    if !back {
        let mut front = |cx: &mut Ctx<'_>, size: f32, _: f32| -> Vec<Item> {
            let style = Theme::new(size).body.with_face(Face::Bold);
            layout::paragraph(cx, &card.front, &style, 0.0, w, Align::Center)
        };
        return fit(cx, &mut front, FRONT_SIZES, h);
    }
    let mut stacked = |cx: &mut Ctx<'_>, size: f32, figure_scale: f32| -> Vec<Item> {
        let theme = Theme::new(size).with_figure_scale(figure_scale);
        layout::blocks(cx, &card.back, &theme, w)
    };
    let mut best = fit(cx, &mut stacked, BACK_SIZES, h);
    let is_figure = |b: &Block| matches!(b, Block::Figure { .. });
    if best.size >= BACK_SIZES.1 || !card.back.iter().any(is_figure) {
        return best;
    }
    let floor = smallest_label(&best.items).min(figure::MIN_LABEL) - 0.01;
    let (figures, text): (Vec<Block>, Vec<Block>) = card.back.iter().cloned().partition(is_figure);
    let figures: Vec<Block> = figures
        .into_iter()
        .map(|b| match b {
            Block::Figure { figure, .. } => Block::Figure {
                figure,
                indent: 0,
                quote: None,
            },
            other => other,
        })
        .collect();
    for tallest in [f32::INFINITY, h] {
        let mut beside = |cx: &mut Ctx<'_>, size: f32, figure_scale: f32| {
            let theme = Theme::new(size).with_figure_scale(figure_scale);
            text_beside_figures(cx, &text, &figures, &theme, w, tallest)
        };
        let other = fit(cx, &mut beside, BACK_SIZES, h);
        let better = if tallest.is_finite() {
            other.size > best.size
        } else {
            other.size >= best.size + BESIDE_GAIN && smallest_label(&other.items) >= floor
        };
        if better {
            best = other;
        }
        if best.size >= READABLE {
            break;
        }
    }
    best
}

/// The label size of the smallest-drawn figure among `items` (infinite without figures).
fn smallest_label(items: &[Item]) -> f32 {
    items
        .iter()
        .flat_map(|i| &i.draws)
        .filter_map(|d| match d {
            Draw::Figure { h, figure, .. } => figure.label_size(*h),
            _ => None,
        })
        .fold(f32::INFINITY, f32::min)
}

/// A back's text with its drawings in a column on the right, each no higher than `tallest`, as
/// one item: the drawings take at most [`FIGURE_SHARE`] of the width `w`, the text the rest.
fn text_beside_figures(
    cx: &mut Ctx<'_>,
    text: &[Block],
    figures: &[Block],
    theme: &Theme,
    w: f32,
    tallest: f32,
) -> Vec<Item> {
    let column = w * FIGURE_SHARE;
    let drawn = layout::blocks(cx, figures, &theme.with_max_height(tallest), column);
    // The drawings are centred in `column`: the text takes what they leave.
    let (left, right) = drawn
        .iter()
        .flat_map(|i| &i.draws)
        .fold((column, 0.0_f32), |(l, r), d| match d {
            Draw::Figure { x, w, .. } => (l.min(*x), r.max(x + w)),
            _ => (l, r),
        });
    let text_w = w - (right - left).max(0.0) - BESIDE_GAP;
    let words = layout::blocks(cx, text, theme, text_w);
    vec![page::beside(vec![
        (0.0, words),
        (text_w + BESIDE_GAP - left, drawn),
    ])]
}

/// Draws one side of `card` into the cell with top-left (`x`, `y`).
fn draw_side(
    cx: &mut Ctx<'_>,
    canvas: &mut Canvas,
    card: &Printed,
    back: bool,
    x: f32,
    y: f32,
    g: &Grid,
) {
    cx.subject = format!("card `{}`", card.id);
    let label_size = LABEL;
    let head = PAD + label_size * 1.6;
    let (inner_w, inner_h) = g.inner();
    // Labels: section (top left), kind (top right), card id (bottom right), each on one line,
    // shortened with an ellipsis when too long; the section leaves room for the kind.
    let small = chrome::style(Face::Regular, label_size, MUTED);
    let kind = card.kind.to_string();
    let kind_w = cx.fonts.width(Face::Italic, label_size, &kind);
    for (text, face, right, top, room) in [
        (
            &card.section,
            Face::Regular,
            false,
            true,
            inner_w - kind_w - 4.0,
        ),
        (&kind, Face::Italic, true, true, inner_w),
        (&card.id, Face::Mono, true, false, inner_w),
    ] {
        if text.is_empty() {
            continue;
        }
        let text = chrome::fit(cx, text, face, label_size, room);
        let mut items = layout::paragraph(
            cx,
            &[Span::plain(text)],
            &small.with_face(face),
            0.0,
            inner_w,
            Align::Left,
        );
        items.truncate(1);
        let Some(item) = items.pop() else { continue };
        let w: f32 = item
            .draws
            .iter()
            .map(|d| match d {
                Draw::Text { runs, .. } => runs.iter().map(|r| r.width).sum(),
                _ => 0.0,
            })
            .sum();
        let ix = if right {
            x + g.cell_w - PAD - w
        } else {
            x + PAD
        };
        let iy = if top {
            y + PAD
        } else {
            y + g.cell_h - PAD - item.height
        };
        canvas.item(&item, ix, iy);
    }
    let Fitted { items, size } = fit_side(cx, card, back, inner_w, inner_h);
    if size < READABLE {
        cx.warnings.push(format!(
            "card `{}`: the {} is long for a flashcard and is printed at {size:.1} pt",
            card.id,
            if back { "back" } else { "front" }
        ));
    }
    let used = total_height(&items);
    let mut cy = y
        + head
        + if back {
            0.0
        } else {
            ((inner_h - used) / 2.0).max(0.0)
        };
    for item in &items {
        cy += item.gap;
        canvas.item(item, x + PAD, cy);
        cy += item.height;
    }
}

/// The page of flashcards on `paper`.
fn geometry(paper: Paper) -> Geometry {
    let (w, h) = paper.size_mm();
    Geometry {
        width: w * MM,
        height: h * MM,
        side: 18.0 * MM,
        top: 18.0 * MM,
        bottom: 24.0 * MM,
    }
}

/// The flashcard pages: fronts and backs alternating, `COLUMNS` × `ROWS` cards a sheet.
pub(crate) fn flashcards(cx: &mut Ctx<'_>, deck: &Deck, paper: Paper) -> Vec<Page> {
    let geo = geometry(paper);
    // Cards are prepared a sheet at a time: only the pages stay in memory.
    let count: usize = deck.flashcards().map(|c| printed_count(&c)).sum();
    let per_sheet = COLUMNS * ROWS;
    let sheets = count.div_ceil(per_sheet).max(1);
    let mut pages = Vec::with_capacity(sheets * 2);
    let figures = std::sync::Arc::clone(&cx.figures);
    let mut cards = deck.flashcards().flat_map(|c| printed(&c, &figures));
    for s in 0..sheets {
        let chunk: Vec<Printed> = cards.by_ref().take(per_sheet).collect();
        if chunk.is_empty() {
            break;
        }
        for back in [false, true] {
            let mut canvas = Canvas::new(geo.height);
            let g = grid(&geo, back);
            cut_marks(&mut canvas, &g);
            for r in 0..ROWS {
                for c in 0..COLUMNS {
                    // On the back, visual column c holds the card printed in column
                    // COLUMNS - 1 - c of the front.
                    let src = if back { COLUMNS - 1 - c } else { c };
                    if let Some(card) = chunk.get(r * COLUMNS + src) {
                        let (x, y) = (g.x0 + c as f32 * g.cell_w, g.y0 + r as f32 * g.cell_h);
                        draw_side(cx, &mut canvas, card, back, x, y, &g);
                    }
                }
            }
            let side = if back { "backs" } else { "fronts" };
            let text = format!(
                "{} — flashcards · sheet {} of {sheets}, {side} · print double-sided, flip on long edge",
                deck.name,
                s + 1
            );
            footer(cx, &mut canvas, &geo, &text);
            pages.push(geo.page(canvas));
        }
    }
    if pages.is_empty() {
        let mut canvas = Canvas::new(geo.height);
        footer(
            cx,
            &mut canvas,
            &geo,
            &format!("{} — no cards to print", deck.name),
        );
        pages.push(geo.page(canvas));
    }
    pages
}

fn footer(cx: &mut Ctx<'_>, canvas: &mut Canvas, geo: &Geometry, text: &str) {
    cx.subject = "the footer".to_string();
    let style = chrome::style(Face::Regular, 6.5, MUTED);
    let items = layout::paragraph(
        cx,
        &[Span::plain(text)],
        &style,
        0.0,
        geo.body_width(),
        Align::Center,
    );
    let mut y = geo.height - 13.0 * MM - style.line_height() * items.len() as f32;
    for it in &items {
        canvas.item(it, geo.side, y);
        y += it.height;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_grid_mirrors_the_front_grid() {
        let geo = Geometry {
            width: 600.0,
            height: 800.0,
            side: 40.0,
            top: 50.0,
            bottom: 60.0,
        };
        let (f, b) = (grid(&geo, false), grid(&geo, true));
        // The right edge of front column c mirrors to the left edge of back column COLUMNS-1-c.
        for c in 0..COLUMNS {
            let front_right = f.x0 + (c + 1) as f32 * f.cell_w;
            let back_left = b.x0 + (COLUMNS - 1 - c) as f32 * b.cell_w;
            assert!((geo.width - front_right - back_left).abs() < 0.001);
        }
        assert_eq!(f.y0, b.y0);
    }

    /// A printed card whose back is `text` above a blank drawing `w` × `h` SVG pixels.
    fn with_figure(text: &str, w: u32, h: u32) -> Printed {
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}"><rect width="{w}" height="{h}" fill="red"/></svg>"#
        );
        let form = crate::picture::svg_pdf::SvgForm::from_svg(&svg).unwrap();
        let figure = std::sync::Arc::new(crate::pdf::figure::Figure::new("t", form));
        Printed {
            id: "t".to_string(),
            section: "S".to_string(),
            kind: "",
            front: vec![Span::plain("Q?")],
            back: vec![
                Block::Para {
                    spans: vec![Span::plain(text)],
                    indent: 0,
                    quote: None,
                },
                Block::Figure {
                    figure,
                    indent: 0,
                    quote: None,
                },
            ],
        }
    }

    /// The height of the figure among `items`.
    fn figure_height(items: &[Item]) -> f32 {
        let heights: Vec<f32> = items
            .iter()
            .flat_map(|i| &i.draws)
            .filter_map(|d| match d {
                Draw::Figure { h, .. } => Some(*h),
                _ => None,
            })
            .collect();
        assert_eq!(heights.len(), 1, "one figure");
        heights[0]
    }

    #[test]
    fn a_back_with_a_tall_diagram_shrinks_the_diagram_and_keeps_its_text_size() {
        let fonts = crate::pdf::fonts::Fonts::load().unwrap();
        let mut cx = Ctx::new(&fonts);
        let g = grid(&geometry(Paper::A4), true);
        let (w, h) = g.inner();
        // 300 × 300 pt at its natural size, taller than the whole cell.
        let card = with_figure(
            "Two sentences of answer. They fit on a line or two.",
            400,
            400,
        );
        let fitted = fit_side(&mut cx, &card, true, w, h);
        assert_eq!(fitted.size, BACK_SIZES.1, "the text keeps its largest size");
        assert!(total_height(&fitted.items) <= h);
        let fig = figure_height(&fitted.items);
        assert!(fig < h && fig < g.cell_h, "{fig} in a cell of {}", g.cell_h);
        // Not below its smallest labels, and it takes the room the text leaves.
        assert!(fig >= 300.0 * crate::pdf::figure::MIN_LABEL / 12.0 - 0.01);
        assert!(
            h - total_height(&fitted.items) < 0.05 * h,
            "the figure uses the room"
        );
    }

    /// The figures among `items`: where they start across and their label size, points.
    fn figures_drawn(items: &[Item]) -> Vec<(f32, f32)> {
        items
            .iter()
            .flat_map(|i| &i.draws)
            .filter_map(|d| match d {
                Draw::Figure { x, h, figure, .. } => Some((*x, figure.label_size(*h)?)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_back_whose_diagram_is_too_tall_to_stack_puts_it_beside_the_text() {
        let fonts = crate::pdf::fonts::Fonts::load().unwrap();
        let mut cx = Ctx::new(&fonts);
        let g = grid(&geometry(Paper::A4), true);
        let (w, h) = g.inner();
        let text = "Two sentences of answer, a little longer than a line. Stacked above the \
                    drawing they would be set far too small to read on a card.";
        // 480 pt tall at its natural size: at its smallest labels (a quarter) it leaves the text
        // no room above or below it, and beside the text it fits the card with those labels.
        let card = with_figure(text, 240, 640);
        let fitted = fit_side(&mut cx, &card, true, w, h);
        assert!(fitted.size >= READABLE, "{}", fitted.size);
        assert!(total_height(&fitted.items) <= h + 0.01);
        let drawn = figures_drawn(&fitted.items);
        assert_eq!(drawn.len(), 1);
        let (x, label) = drawn[0];
        assert!(x >= w * (1.0 - FIGURE_SHARE), "beside the text: {x} of {w}");
        assert!(label >= crate::pdf::figure::MIN_LABEL - 0.01, "{label}");
        // 1500 pt tall: beside the text too, where only shrinking its labels below the minimum
        // fits it; the text stays readable.
        let card = with_figure(text, 200, 2000);
        let fitted = fit_side(&mut cx, &card, true, w, h);
        assert!(fitted.size >= READABLE, "{}", fitted.size);
        assert!(total_height(&fitted.items) <= h + 0.01);
        let (x, label) = figures_drawn(&fitted.items)[0];
        assert!(x >= w * (1.0 - FIGURE_SHARE) && label < crate::pdf::figure::MIN_LABEL);
    }

    #[test]
    fn a_back_too_long_for_a_card_shrinks_its_text_below_readable() {
        let fonts = crate::pdf::fonts::Fonts::load().unwrap();
        let mut cx = Ctx::new(&fonts);
        let g = grid(&geometry(Paper::A4), true);
        let (w, h) = g.inner();
        let mut card = with_figure("", 200, 200);
        card.back[0] = Block::Para {
            spans: vec![Span::plain("A word of the answer. ".repeat(120))],
            indent: 0,
            quote: None,
        };
        let fitted = fit_side(&mut cx, &card, true, w, h);
        assert!(fitted.size < READABLE, "{}", fitted.size);
        assert!(total_height(&fitted.items) <= h);
    }

    /// Every side of every printed card of the shipped deck (`content/`) is set at a readable
    /// size on A4 and on Letter. Its tallest diagrams fill the card's height beside the text with
    /// labels a little under the engine's minimum (2.5 to 2.8 pt when this was written); none
    /// goes below four fifths of it.
    #[test]
    fn every_flashcard_of_the_shipped_deck_is_readable() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let deck = crate::load(&dir).unwrap().deck.unwrap();
        let figures = super::super::figures(&deck, None, true).unwrap();
        let fonts = crate::pdf::fonts::Fonts::load().unwrap();
        let mut cx = Ctx::new(&fonts);
        let cards: Vec<Printed> = deck
            .flashcards()
            .flat_map(|c| printed(&c, &figures))
            .collect();
        assert!(cards.len() > 400, "{}", cards.len());
        let mut small = Vec::new();
        let mut tiny_labels = Vec::new();
        for paper in [Paper::A4, Paper::Letter] {
            let (w, h) = grid(&geometry(paper), true).inner();
            for card in &cards {
                for back in [false, true] {
                    let fitted = fit_side(&mut cx, card, back, w, h);
                    assert!(total_height(&fitted.items) <= h + 0.01, "{}", card.id);
                    if fitted.size < READABLE {
                        small.push(format!(
                            "{paper:?} {} {back}: {:.1} pt",
                            card.id, fitted.size
                        ));
                    }
                    for (x, label) in figures_drawn(&fitted.items) {
                        if label < 0.8 * crate::pdf::figure::MIN_LABEL {
                            tiny_labels.push(format!(
                                "{paper:?} {}: labels {label:.1} pt at x {x:.0}, text {:.1} pt",
                                card.id, fitted.size
                            ));
                        }
                    }
                }
            }
        }
        assert!(small.is_empty(), "text below {READABLE} pt: {small:#?}");
        assert!(tiny_labels.is_empty(), "{tiny_labels:#?}");
    }
}
