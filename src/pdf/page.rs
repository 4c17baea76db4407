//! Pages: the paper geometry, what a laid-out block draws ([`Item`], [`Draw`]) and the content
//! stream it becomes ([`Canvas`]).
//!
//! Coordinates inside the engine are points measured from the top-left corner (y grows
//! downwards, as text flows); only [`Canvas`] converts them to PDF space (origin bottom-left).
//! Coordinates are rounded to 1/100 pt so the content streams stay short and reproducible.

use std::rc::Rc;
use std::sync::Arc;

use super::content::{Page, Writer};
use super::figure::Figure;
use super::fonts::{ASCENT, Face};
use super::style::{Line, Rgb, Run};

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
/// Height of a strikethrough line above the baseline, in em: the middle of DejaVu's x-height.
const STRIKE_HEIGHT: f32 = 0.27;

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
    /// The sheet geometry for paper of `size` (portrait width and height, millimetres), turned
    /// sideways when `landscape`.
    pub(crate) fn sheet(size: (f32, f32), landscape: bool) -> Geometry {
        let (w, h) = size;
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

    /// The finished page drawn on `canvas`.
    pub(crate) fn page(&self, canvas: Canvas) -> Page {
        canvas.finish(self.width)
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
    /// A figure, `w` × `h` points (`y` is its top edge).
    Figure {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// The drawing.
        figure: Arc<Figure>,
    },
}

impl Draw {
    /// A wrapped line at (`x`, baseline `y`), with tinted backgrounds behind inline code and a
    /// line across struck-through text.
    pub(crate) fn line(out: &mut Vec<Draw>, line: Line, x: f32, y: f32) {
        let strikes: Vec<Draw> = line
            .runs
            .iter()
            .filter(|r| r.style.strike)
            .map(|run| {
                // Through the middle of the lower-case letters.
                let s = run.style.size;
                let at = y - STRIKE_HEIGHT * s;
                Draw::Stroke {
                    from: (x + run.x, at),
                    to: (x + run.x + run.width, at),
                    width: 0.06 * s,
                    color: run.style.color,
                }
            })
            .collect();
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
        out.extend(strikes);
    }

    fn shifted(mut self, dx: f32, dy: f32) -> Draw {
        match &mut self {
            Draw::Text { x, y, .. } | Draw::Fill { x, y, .. } | Draw::Figure { x, y, .. } => {
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

/// Columns of items side by side as one item: each column's items stacked from its top (with
/// their gaps), `x` points from the left; as tall as the tallest column.
pub(crate) fn beside(columns: Vec<(f32, Vec<Item>)>) -> Item {
    let mut draws = Vec::new();
    let mut height: f32 = 0.0;
    for (x, items) in columns {
        let mut y = 0.0;
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                y += item.gap;
            }
            draws.extend(item.draws.into_iter().map(|d| d.shifted(x, y)));
            y += item.height;
        }
        height = height.max(y);
    }
    Item::new(height, draws)
}

/// `v` rounded to 1/100, as the content stream writes it.
fn r2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// One page's drawing, written as a content stream in drawing (= reading) order.
pub(crate) struct Canvas {
    height: f32,
    w: Writer,
    font: Option<(Face, f32)>,
    fill: Option<Rgb>,
    /// The figures drawn, each once, in the order first drawn.
    figures: Vec<Arc<Figure>>,
}

impl Canvas {
    /// An empty page of `height` points.
    pub(crate) fn new(height: f32) -> Canvas {
        Canvas {
            height,
            figures: Vec::new(),
            w: Writer::default(),
            font: None,
            fill: None,
        }
    }

    /// Draws `item`'s drawings with its top-left corner at (`x`, `y`).
    pub(crate) fn item(&mut self, item: &Item, x: f32, y: f32) {
        for d in &item.draws {
            self.draw_at(d, x, y);
        }
    }

    /// Draws one drawing in page coordinates.
    pub(crate) fn draw(&mut self, d: &Draw) {
        self.draw_at(d, 0.0, 0.0);
    }

    /// Draws one drawing moved by (`dx`, `dy`).
    fn draw_at(&mut self, d: &Draw, dx: f32, dy: f32) {
        match d {
            Draw::Text { x, y, runs } => self.text(x + dx, y + dy, runs),
            Draw::Fill {
                x,
                y,
                w,
                h,
                color: c,
            } => {
                self.set_fill(*c);
                let bottom = self.height - (y + dy) - h;
                self.w.num(x + dx).num(bottom).num(*w).num(*h).op("re");
                self.w.op("f");
            }
            Draw::Stroke {
                from,
                to,
                width,
                color: c,
            } => {
                let h = self.height;
                self.w.num(c.0).num(c.1).num(c.2).op("RG");
                self.w.num(*width).op("w");
                self.w.num(from.0 + dx).num(h - (from.1 + dy)).op("m");
                self.w.num(to.0 + dx).num(h - (to.1 + dy)).op("l");
                self.w.op("S");
            }
            Draw::Figure { x, y, w, h, figure } => {
                // The form maps its drawing to the unit square: scale it to w × h at (x, bottom).
                let bottom = self.height - (y + dy) - h;
                self.w.op("q");
                let (x, w, h) = (x + dx, *w, *h);
                self.w
                    .num(w)
                    .num(0.0)
                    .num(0.0)
                    .num(h)
                    .num(x)
                    .num(bottom)
                    .op("cm");
                self.w.name(&figure.name).op("Do");
                self.w.op("Q");
                if !self.figures.iter().any(|f| f.name == figure.name) {
                    self.figures.push(Arc::clone(figure));
                }
            }
        }
    }

    fn set_fill(&mut self, c: Rgb) {
        if self.fill != Some(c) {
            self.fill = Some(c);
            self.w.num(c.0).num(c.1).num(c.2).op("rg");
        }
    }

    /// One line of text as one text object: position once, then each run with its font.
    fn text(&mut self, x: f32, baseline: f32, runs: &[Run]) {
        let Some(first) = runs.first() else {
            return;
        };
        self.w.op("BT");
        self.w.num(x + first.x).num(self.height - baseline).op("Td");
        let mut pen = first.x;
        for run in runs {
            let font = (run.style.face, r2(run.style.size));
            if self.font != Some(font) {
                self.font = Some(font);
                self.w.name(font.0.name()).num(font.1).op("Tf");
            }
            if (run.x - pen).abs() > 0.01 {
                // Runs are contiguous by construction; a gap means a caller placed text itself.
                // A TJ offset is in thousandths of the current font size: this run's.
                self.w.out.push(b'[');
                self.w.num(-(run.x - pen) * 1000.0 / font.1).op("] TJ");
            }
            self.set_fill(run.style.color);
            self.w.glyphs(run.style.face, &run.text).op("Tj");
            pen = run.x + run.width;
        }
        self.w.op("ET");
    }

    /// The finished page, `width` points wide.
    pub(crate) fn finish(self, width: f32) -> Page {
        self.w.finish(width, self.height, self.figures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A4 and US Letter, portrait, in millimetres.
    const A4: (f32, f32) = (210.0, 297.0);
    const LETTER: (f32, f32) = (215.9, 279.4);

    #[test]
    fn paper_sizes_and_margins() {
        let a4 = Geometry::sheet(A4, false);
        assert!((a4.width - 595.28).abs() < 0.01 && (a4.height - 841.89).abs() < 0.01);
        let letter = Geometry::sheet(LETTER, true);
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
        let mut item = Item::new(1.0, Vec::new());
        item.draws.push(Draw::Fill {
            x: 0.0,
            y: 0.0,
            w: 1.0,
            h: 1.0,
            color: INK,
        });
        item.draws.push(Draw::Stroke {
            from: (0.0, 0.0),
            to: (5.0, 0.0),
            width: 0.5,
            color: RULE,
        });
        c.item(&item, 100.0, 50.0);
        let page = Geometry::sheet(A4, false).page(c);
        assert_eq!(
            std::str::from_utf8(&page.content).unwrap(),
            "0.13 0.14 0.16 rg\n10 740 30 40 re\nf\n100 749 1 1 re\nf\n\
             0.78 0.8 0.84 RG\n0.5 w\n100 750 m\n105 750 l\nS\n"
        );
        assert_eq!(page.glyphs().count(), 0);
    }

    #[test]
    fn struck_runs_get_a_line_across_them() {
        use super::super::style::{Line, RunStyle};
        let run = |text: &str, x: f32, strike| Run {
            style: RunStyle {
                face: Face::Regular,
                size: 10.0,
                color: MUTED,
                code: false,
                strike,
            },
            text: text.to_string(),
            x,
            width: 20.0,
        };
        let line = Line {
            runs: vec![run("kept ", 0.0, false), run("gone", 20.0, true)],
            width: 40.0,
        };
        let mut draws = Vec::new();
        Draw::line(&mut draws, line, 5.0, 100.0);
        let strokes: Vec<_> = draws
            .iter()
            .filter_map(|d| match d {
                Draw::Stroke {
                    from, to, color, ..
                } => Some((*from, *to, *color)),
                _ => None,
            })
            .collect();
        // Across the struck run only, above the baseline, in the text's colour.
        assert_eq!(strokes, [((25.0, 97.3), (45.0, 97.3), MUTED)]);
        assert!(matches!(draws.first(), Some(Draw::Text { .. })));
    }

    #[test]
    fn canvas_writes_a_line_as_one_text_object() {
        use super::super::style::RunStyle;
        let run = |text: &str, face, size, x| Run {
            style: RunStyle {
                face,
                size,
                color: INK,
                code: false,
                strike: false,
            },
            text: text.to_string(),
            x,
            width: 10.0,
        };
        let mut c = Canvas::new(800.0);
        c.draw(&Draw::Text {
            x: 10.0,
            y: 10.0,
            runs: vec![
                run("ab", Face::Regular, 9.0, 0.0),
                run("c", Face::Bold, 9.0, 10.0),
                run("d", Face::Bold, 12.0, 29.0),
            ],
        });
        let page = c.finish(600.0);
        assert_eq!(
            std::str::from_utf8(&page.content).unwrap(),
            "BT\n10 790 Td\n/DGSREG 9 Tf\n0.13 0.14 0.16 rg\n() Tj\n\
             /DGSBLD 9 Tf\n() Tj\n/DGSBLD 12 Tf\n[-750 ] TJ\n() Tj\nET\n"
        );
        let faces: Vec<(Face, char)> = page.glyphs().collect();
        assert_eq!(
            faces,
            [
                (Face::Regular, 'a'),
                (Face::Regular, 'b'),
                (Face::Bold, 'c'),
                (Face::Bold, 'd')
            ]
        );
    }
}
