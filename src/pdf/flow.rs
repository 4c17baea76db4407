//! Pagination: places [`Item`]s top to bottom into the text area of successive pages, in one
//! column or in several balanced columns.
//!
//! Rules: an item never straddles a page or column break (long content is many items); an item
//! marked `keep` stays with the next one (a heading with its first lines, a table header with
//! its first row), up to a chain of [`MAX_CHAIN`] items; a table row that starts a column gets its
//! table's header row drawn above it. Columns of a region are balanced on its last page by a
//! binary search on the column height. Every step looks at each item a bounded number of times,
//! so laying out a document is linear in its size.

use super::content::Page;

use super::page::{Canvas, Draw, Geometry, Item, RULE};

/// The longest chain of `keep` items kept together; longer chains break anyway.
const MAX_CHAIN: usize = 24;
const EPS: f32 = 0.01;

/// Where an item goes in a planned column.
#[derive(Debug, Clone, Copy)]
struct Spot {
    index: usize,
    y: f32,
    with_header: bool,
}

/// One planned column.
#[derive(Debug)]
struct Column {
    spots: Vec<Spot>,
    end: usize,
    used: f32,
    /// The first chain did not fit and was broken (or overflowed) to make progress.
    forced: bool,
}

fn height_at(item: &Item, at_top: bool) -> f32 {
    if at_top {
        item.height + item.header.as_ref().map_or(0.0, |h| h.height)
    } else {
        item.gap + item.height
    }
}

/// Plans the column that starts with `items[start]`, `avail` points tall.
fn plan(items: &[Item], start: usize, avail: f32) -> Column {
    let mut col = Column {
        spots: Vec::new(),
        end: start,
        used: 0.0,
        forced: false,
    };
    let mut i = start;
    while i < items.len() {
        let mut k = i;
        while k + 1 < items.len() && k - i + 1 < MAX_CHAIN && items[k].keep {
            k += 1;
        }
        let chain: f32 = (i..=k)
            .map(|m| height_at(&items[m], col.spots.is_empty() && m == i))
            .sum();
        if col.used + chain <= avail + EPS {
            for m in i..=k {
                push(&mut col, items, m);
            }
            i = k + 1;
            continue;
        }
        if col.spots.is_empty() {
            // Taller than a whole column: place what fits, at least one item.
            col.forced = true;
            for m in i..=k {
                let h = height_at(&items[m], col.spots.is_empty());
                if !col.spots.is_empty() && col.used + h > avail + EPS {
                    break;
                }
                push(&mut col, items, m);
            }
        }
        break;
    }
    col.end = col.spots.last().map_or(start, |s| s.index + 1);
    col
}

fn push(col: &mut Column, items: &[Item], m: usize) {
    let at_top = col.spots.is_empty();
    let item = &items[m];
    let y = if at_top { 0.0 } else { col.used + item.gap };
    col.spots.push(Spot {
        index: m,
        y,
        with_header: at_top && item.header.is_some(),
    });
    col.used += height_at(item, at_top);
}

/// A page being filled, with the running label its footer shows.
struct PageOut {
    canvas: Canvas,
    label: String,
    used: bool,
}

/// Fills pages of one geometry with items.
pub(crate) struct Flow {
    geo: Geometry,
    pages: Vec<PageOut>,
    /// Height used on the current page, from the top of the text area.
    y: f32,
    label: String,
}

impl Flow {
    /// A flow with one empty page; `label` is the footer text until [`Flow::set_label`].
    pub(crate) fn new(geo: Geometry, label: &str) -> Flow {
        Flow {
            geo,
            pages: vec![PageOut {
                canvas: Canvas::new(geo.height),
                label: label.to_string(),
                used: false,
            }],
            y: 0.0,
            label: label.to_string(),
        }
    }

    /// The page geometry.
    pub(crate) fn geometry(&self) -> Geometry {
        self.geo
    }

    /// Changes the footer label from the current page on (the current page too if it is still
    /// empty): a running head.
    pub(crate) fn set_label(&mut self, label: &str) {
        self.label = label.to_string();
        if let Some(p) = self.pages.last_mut().filter(|p| !p.used) {
            p.label = label.to_string();
        }
    }

    /// Height left on the current page.
    pub(crate) fn remaining(&self) -> f32 {
        self.geo.body_height() - self.y
    }

    /// Starts a new page unless the current one is still empty.
    pub(crate) fn new_page(&mut self) {
        if self.pages.last().is_some_and(|p| !p.used) {
            self.y = 0.0;
            return;
        }
        self.pages.push(PageOut {
            canvas: Canvas::new(self.geo.height),
            label: self.label.clone(),
            used: false,
        });
        self.y = 0.0;
    }

    /// Adds vertical space, unless at the top of a page.
    pub(crate) fn skip(&mut self, h: f32) {
        if self.y > 0.0 {
            self.y += h;
        }
    }

    /// Starts a new page if less than `h` is left on this one.
    pub(crate) fn ensure(&mut self, h: f32) {
        if self.y > 0.0 && self.remaining() < h {
            self.new_page();
        }
    }

    /// Places items across the full text width.
    pub(crate) fn place(&mut self, items: &[Item]) {
        self.place_columns(items, 1, 0.0);
    }

    /// Places items in `n` columns `gap` points apart (a hairline in each gap), balanced on the
    /// region's last page. Items must be laid out at [`Flow::column_width`].
    pub(crate) fn place_columns(&mut self, items: &[Item], n: usize, gap: f32) {
        let n = n.max(1);
        let Some(first) = items.first() else {
            return;
        };
        self.skip(first.gap);
        let col_w = self.column_width(n, gap);
        let mut i = 0;
        while i < items.len() {
            if self.remaining() <= EPS {
                self.new_page();
            }
            let avail = self.remaining();
            if self.y > 0.0 && plan(items, i, avail).forced {
                self.new_page();
                continue;
            }
            let avail = self.remaining();
            let h = if n > 1 && holds(items, i, n, avail, avail) {
                balanced_height(items, i, n, avail)
            } else {
                avail
            };
            let mut deepest = 0.0f32;
            let mut columns = 0;
            for c in 0..n {
                if i >= items.len() {
                    break;
                }
                let col = plan(items, i, h);
                let x = self.geo.side + c as f32 * (col_w + gap);
                self.draw_column(items, &col, x);
                deepest = deepest.max(col.used);
                columns += 1;
                i = col.end;
            }
            if columns > 1 {
                for c in 1..columns {
                    let x = self.geo.side + c as f32 * (col_w + gap) - gap / 2.0;
                    let top = self.geo.top + self.y;
                    if let Some(p) = self.pages.last_mut() {
                        p.canvas.draw(&Draw::Stroke {
                            from: (x, top),
                            to: (x, top + deepest),
                            width: 0.4,
                            color: RULE,
                        });
                    }
                }
            }
            if i < items.len() {
                self.new_page();
            } else {
                self.y += deepest;
            }
        }
    }

    /// Width of one of `n` columns `gap` apart.
    pub(crate) fn column_width(&self, n: usize, gap: f32) -> f32 {
        let n = n.max(1) as f32;
        (self.geo.body_width() - gap * (n - 1.0)) / n
    }

    fn draw_column(&mut self, items: &[Item], col: &Column, x: f32) {
        let top = self.geo.top + self.y;
        let Some(page) = self.pages.last_mut() else {
            return;
        };
        for spot in &col.spots {
            let item = &items[spot.index];
            let mut y = top + spot.y;
            if spot.with_header
                && let Some(header) = &item.header
            {
                page.canvas.item(header, x, y);
                y += header.height;
            }
            page.canvas.item(item, x, y);
            page.used = true;
        }
    }

    /// Finishes the pages: `footer(canvas, page number, page count, label)` draws each footer.
    pub(crate) fn finish(
        self,
        mut footer: impl FnMut(&mut Canvas, usize, usize, &str),
    ) -> Vec<Page> {
        let total = self.pages.len();
        self.pages
            .into_iter()
            .enumerate()
            .map(|(i, mut p)| {
                footer(&mut p.canvas, i + 1, total, &p.label);
                self.geo.page(p.canvas)
            })
            .collect()
    }
}

/// Whether `n` columns of height `h` hold all items from `start` without splitting a run of kept
/// items that a column of the full height `avail` would keep together.
fn holds(items: &[Item], start: usize, n: usize, h: f32, avail: f32) -> bool {
    let mut i = start;
    for _ in 0..n {
        if i >= items.len() {
            break;
        }
        let col = plan(items, i, h);
        if col.forced && h < avail - EPS && !plan(items, i, avail).forced {
            return false;
        }
        i = col.end;
    }
    i >= items.len()
}

/// The lowest column height (≤ `avail`) at which `n` columns still hold all items from `start`
/// (see [`holds`]).
fn balanced_height(items: &[Item], start: usize, n: usize, avail: f32) -> f32 {
    let total: f32 = items[start..].iter().map(|it| it.gap + it.height).sum();
    let (mut lo, mut hi) = ((total / n as f32).min(avail), avail);
    if holds(items, start, n, lo, avail) {
        return lo;
    }
    for _ in 0..18 {
        if hi - lo < 0.5 {
            break;
        }
        let mid = (lo + hi) / 2.0;
        if holds(items, start, n, mid, avail) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    hi
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;

    fn boxes(hs: &[f32]) -> Vec<Item> {
        hs.iter().map(|h| Item::space(*h)).collect()
    }

    #[test]
    fn columns_fill_greedily_and_respect_keep() {
        let items = boxes(&[30.0, 30.0, 30.0, 30.0]);
        let c = plan(&items, 0, 100.0);
        assert_eq!(c.end, 3);
        let mut kept = boxes(&[30.0, 30.0, 30.0, 30.0]);
        kept[2].keep = true;
        // Item 2 must go with item 3, which does not fit: both move on.
        assert_eq!(plan(&kept, 0, 100.0).end, 2);
        // Gaps count except at the top of a column.
        let gapped: Vec<Item> = boxes(&[30.0, 30.0, 30.0])
            .into_iter()
            .map(|i| i.with_gap(10.0))
            .collect();
        let c = plan(&gapped, 0, 100.0);
        assert_eq!((c.end, c.used), (2, 70.0));
    }

    #[test]
    fn rows_at_a_column_top_repeat_their_header() {
        let header = Rc::new(Item::space(20.0));
        let mut items = vec![Item::space(20.0).kept(true)];
        for _ in 0..5 {
            let mut row = Item::space(30.0);
            row.header = Some(header.clone());
            items.push(row);
        }
        let first = plan(&items, 0, 100.0);
        assert_eq!(first.end, 3);
        let second = plan(&items, first.end, 100.0);
        assert!(second.spots[0].with_header);
        assert_eq!(second.end, 5);
        assert!(!second.spots[1].with_header);
    }

    #[test]
    fn balanced_columns_are_about_equal() {
        let items = boxes(&[10.0; 20]);
        let h = balanced_height(&items, 0, 2, 500.0);
        assert!((h - 100.0).abs() < 0.6, "{h}");
        let mut flow = Flow::new(Geometry::sheet((210.0, 297.0), false), "x");
        flow.place_columns(&items, 2, 10.0);
        assert!((flow.y - 100.0).abs() < 0.6);
        assert_eq!(flow.pages.len(), 1);
    }

    #[test]
    fn balancing_does_not_split_what_is_kept_together() {
        // A run of twelve kept lines (120 pt) and one of eight (80 pt): two columns of 100 pt
        // would hold them only by splitting the first run; 120 pt keeps both whole.
        let mut items = boxes(&[10.0; 20]);
        for (i, item) in items.iter_mut().enumerate() {
            item.keep = i != 11 && i != 19;
        }
        let h = balanced_height(&items, 0, 2, 500.0);
        assert!((h - 120.0).abs() < 0.6, "{h}");
        // A run taller than the whole column is split anyway, at the full height.
        let h = balanced_height(&items, 0, 2, 100.0);
        assert!((h - 100.0).abs() < 0.6, "{h}");
    }

    #[test]
    fn overflow_goes_to_new_pages_and_never_loses_items() {
        let geo = Geometry::sheet((210.0, 297.0), false);
        let mut flow = Flow::new(geo, "x");
        let n = 200;
        let mut items = boxes(&vec![13.0; n]);
        items[0].draws.push(Draw::Fill {
            x: 0.0,
            y: 0.0,
            w: 1.0,
            h: 1.0,
            color: RULE,
        });
        flow.place(&items);
        let per_page = (geo.body_height() / 13.0).floor() as usize;
        assert_eq!(flow.pages.len(), n.div_ceil(per_page));
        // An item taller than a page still gets placed (on its own page).
        flow.place(&[Item::space(5000.0)]);
        assert_eq!(flow.pages.len(), n.div_ceil(per_page) + 1);
    }
}
