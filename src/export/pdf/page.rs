//! Pages: the paper geometry, what a laid-out block draws ([`Item`], [`Draw`]) and the printpdf
//! operations it becomes ([`Canvas`]).
//!
//! Coordinates inside this exporter are points measured from the top-left corner (y grows
//! downwards, as text flows); only [`Canvas`] converts them to PDF space (origin bottom-left).
//! Coordinates are rounded to 1/100 pt so the content streams stay short and reproducible.

use std::rc::Rc;

use printpdf::{
    Color, Line as PdfLine, LinePoint, Mm, Op, PaintMode, PdfFontHandle, PdfPage, Point, Pt, Rect,
    Rgb as PdfRgb, TextItem,
};

use super::fonts::{ASCENT, Face};
use super::style::{Line, Rgb, Run};
use crate::config::Paper;

/// Points per millimetre.
pub(crate) const MM: f32 = 72.0 / 25.4;

/// Body text colour (a soft black).
pub(crate) const INK: Rgb = Rgb(0.13, 0.14, 0.16);
/// Secondary text (labels, footers).
pub(crate) const MUTED: Rgb = Rgb(0.42, 0.45, 0.50);
/// Headings and rules.
pub(crate) const HEADING: Rgb = Rgb(0.07, 0.20, 0.38);
/// Thin rules and hairlines.
pub(crate) const RULE: Rgb = Rgb(0.78, 0.80, 0.84);
/// Background of inline code.
pub(crate) const CODE_BG: Rgb = Rgb(0.95, 0.94, 0.92);

/// A page's size and the box the content stays in. Every margin is at least 12 mm, which every
/// office printer can print inside.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Geometry {
    /// Page width, points.
    pub width: f32,
    /// Page height, points.
    pub height: f32,
    /// Left margin (right margin is the same).
    pub side: f32,
    /// Top margin.
    pub top: f32,
    /// Bottom margin (the footer sits in it).
    pub bottom: f32,
}

impl Geometry {
    /// The sheet geometry for `paper`, turned sideways when `landscape`.
    pub(crate) fn sheet(paper: Paper, landscape: bool) -> Geometry {
        let (w, h) = paper.size_mm();
        let (w, h) = if landscape { (h, w) } else { (w, h) };
        Geometry {
            width: w * MM,
            height: h * MM,
            side: 15.0 * MM,
            top: 14.0 * MM,
            bottom: 20.0 * MM,
        }
    }

    /// Width of the text area.
    pub(crate) fn body_width(&self) -> f32 {
        self.width - 2.0 * self.side
    }

    /// Height of the text area.
    pub(crate) fn body_height(&self) -> f32 {
        self.height - self.top - self.bottom
    }

    /// A printpdf page of this size with `ops`.
    pub(crate) fn page(&self, ops: Vec<Op>) -> PdfPage {
        PdfPage::new(Mm(self.width / MM), Mm(self.height / MM), ops)
    }
}

/// Something to draw, in coordinates relative to its [`Item`] (x from its left edge, y down from
/// its top edge).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Draw {
    /// A line of text; `y` is the baseline.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// Runs, with x offsets from `x`.
        runs: Vec<Run>,
    },
    /// A filled rectangle (`y` is its top edge).
    Fill {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Colour.
        color: Rgb,
    },
    /// A straight line.
    Stroke {
        /// Start.
        from: (f32, f32),
        /// End.
        to: (f32, f32),
        /// Width, points.
        width: f32,
        /// Colour.
        color: Rgb,
    },
}

impl Draw {
    /// A wrapped line at (`x`, baseline `y`), with tinted backgrounds behind inline code.
    pub(crate) fn line(out: &mut Vec<Draw>, line: Line, x: f32, y: f32) {
        for run in line.runs.iter().filter(|r| r.style.code) {
            let s = run.style.size;
            out.push(Draw::Fill {
                x: x + run.x - 0.6,
                y: y - ASCENT * s - 0.2,
                w: run.width + 1.2,
                h: (ASCENT + 0.24) * s + 0.4,
                color: CODE_BG,
            });
        }
        if !line.runs.is_empty() {
            out.push(Draw::Text {
                x,
                y,
                runs: line.runs,
            });
        }
    }

    fn shifted(mut self, dx: f32, dy: f32) -> Draw {
        match &mut self {
            Draw::Text { x, y, .. } | Draw::Fill { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Draw::Stroke { from, to, .. } => {
                *from = (from.0 + dx, from.1 + dy);
                *to = (to.0 + dx, to.1 + dy);
            }
        }
        self
    }
}

/// A laid-out, unbreakable block of a given height: a line of text, a table row, a heading.
/// Pagination moves whole items; long content is made of many items.
#[derive(Debug, Clone, Default)]
pub(crate) struct Item {
    /// Height, points.
    pub height: f32,
    /// Space above it, dropped at the top of a column.
    pub gap: f32,
    /// Must stay in the same column as the next item (headings, a table's header row).
    pub keep: bool,
    /// Drawn first when this item starts a column: the header row of the table it belongs to.
    pub header: Option<Rc<Item>>,
    /// What it draws.
    pub draws: Vec<Draw>,
}

impl Item {
    /// An item of `height` drawing `draws`.
    pub(crate) fn new(height: f32, draws: Vec<Draw>) -> Item {
        Item {
            height,
            draws,
            ..Item::default()
        }
    }

    /// Empty space.
    pub(crate) fn space(height: f32) -> Item {
        Item::new(height, Vec::new())
    }

    /// Sets the space above.
    pub(crate) fn with_gap(mut self, gap: f32) -> Item {
        self.gap = gap;
        self
    }

    /// Sets keep-with-next.
    pub(crate) fn kept(mut self, keep: bool) -> Item {
        self.keep = keep;
        self
    }

    /// Moves everything it draws `dx` points to the right.
    pub(crate) fn indent(mut self, dx: f32) -> Item {
        self.draws = self.draws.into_iter().map(|d| d.shifted(dx, 0.0)).collect();
        self
    }
}

/// One page's drawing, accumulated as printpdf operations in drawing (= reading) order.
pub(crate) struct Canvas {
    height: f32,
    ops: Vec<Op>,
    font: Option<(Face, f32)>,
    fill: Option<Rgb>,
}

fn r2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

fn color(c: Rgb) -> Color {
    Color::Rgb(PdfRgb {
        r: r2(c.0),
        g: r2(c.1),
        b: r2(c.2),
        icc_profile: None,
    })
}

fn point(x: f32, y: f32) -> Point {
    Point {
        x: Pt(r2(x)),
        y: Pt(r2(y)),
    }
}

impl Canvas {
    /// An empty page of `height` points.
    pub(crate) fn new(height: f32) -> Canvas {
        Canvas {
            height,
            ops: Vec::new(),
            font: None,
            fill: None,
        }
    }

    /// Draws `item`'s drawings with its top-left corner at (`x`, `y`).
    pub(crate) fn item(&mut self, item: &Item, x: f32, y: f32) {
        for d in &item.draws {
            self.draw(&d.clone().shifted(x, y));
        }
    }

    /// Draws one drawing in page coordinates.
    pub(crate) fn draw(&mut self, d: &Draw) {
        match d {
            Draw::Text { x, y, runs } => self.text(*x, *y, runs),
            Draw::Fill {
                x,
                y,
                w,
                h,
                color: c,
            } => {
                self.set_fill(*c);
                self.ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(r2(*x)),
                        y: Pt(r2(self.height - y - h)),
                        width: Pt(r2(*w)),
                        height: Pt(r2(*h)),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                });
            }
            Draw::Stroke {
                from,
                to,
                width,
                color: c,
            } => {
                self.ops.push(Op::SetOutlineColor { col: color(*c) });
                self.ops
                    .push(Op::SetOutlineThickness { pt: Pt(r2(*width)) });
                self.ops.push(Op::DrawLine {
                    line: PdfLine {
                        points: vec![
                            LinePoint {
                                p: point(from.0, self.height - from.1),
                                bezier: false,
                            },
                            LinePoint {
                                p: point(to.0, self.height - to.1),
                                bezier: false,
                            },
                        ],
                        is_closed: false,
                    },
                });
            }
        }
    }

    fn set_fill(&mut self, c: Rgb) {
        if self.fill != Some(c) {
            self.fill = Some(c);
            self.ops.push(Op::SetFillColor { col: color(c) });
        }
    }

    /// One line of text as one text object: position once, then each run with its font.
    fn text(&mut self, x: f32, baseline: f32, runs: &[Run]) {
        let Some(first) = runs.first() else {
            return;
        };
        self.ops.push(Op::StartTextSection);
        self.ops.push(Op::SetTextCursor {
            pos: point(x + first.x, self.height - baseline),
        });
        let mut pen = first.x;
        for run in runs {
            if (run.x - pen).abs() > 0.01 {
                // Runs are contiguous by construction; a gap means a caller placed text itself.
                self.ops.push(Op::ShowText {
                    items: vec![TextItem::Offset(-(run.x - pen) * 1000.0 / run.style.size)],
                });
            }
            let font = (run.style.face, r2(run.style.size));
            if self.font != Some(font) {
                self.font = Some(font);
                self.ops.push(Op::SetFont {
                    font: PdfFontHandle::External(run.style.face.id()),
                    size: Pt(font.1),
                });
            }
            self.set_fill(run.style.color);
            self.ops.push(Op::ShowText {
                items: vec![TextItem::Text(run.text.clone())],
            });
            pen = run.x + run.width;
        }
        self.ops.push(Op::EndTextSection);
    }

    /// The operations drawn so far.
    pub(crate) fn into_ops(mut self) -> Vec<Op> {
        // Pages live until the whole document is serialised: drop the growth slack.
        self.ops.shrink_to_fit();
        self.ops
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_sizes_and_margins() {
        let a4 = Geometry::sheet(Paper::A4, false);
        assert!((a4.width - 595.28).abs() < 0.01 && (a4.height - 841.89).abs() < 0.01);
        let letter = Geometry::sheet(Paper::Letter, true);
        assert!((letter.width - 792.0).abs() < 0.01 && (letter.height - 612.0).abs() < 0.01);
        for g in [a4, letter] {
            assert!(g.side >= 12.0 * MM && g.top >= 12.0 * MM && g.bottom >= 12.0 * MM);
        }
    }

    #[test]
    fn canvas_flips_y_and_sets_state_once() {
        let mut c = Canvas::new(800.0);
        c.draw(&Draw::Fill {
            x: 10.0,
            y: 20.0,
            w: 30.0,
            h: 40.0,
            color: INK,
        });
        c.draw(&Draw::Fill {
            x: 0.0,
            y: 0.0,
            w: 1.0,
            h: 1.0,
            color: INK,
        });
        let ops = c.into_ops();
        let fills = ops
            .iter()
            .filter(|o| matches!(o, Op::SetFillColor { .. }))
            .count();
        assert_eq!(fills, 1);
        let Op::DrawRectangle { rectangle } = &ops[1] else {
            panic!("{ops:?}")
        };
        assert_eq!((rectangle.x.0, rectangle.y.0), (10.0, 740.0));
    }
}
