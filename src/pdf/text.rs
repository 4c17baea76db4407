//! Inline text: styled spans, measured by real glyph widths and wrapped into lines.
//!
//! A paragraph becomes a flat list of measured glyphs; the greedy line breaker works on index
//! ranges of that list (so it is linear in the text length) and each finished line is cut into
//! runs of one face, size and colour, which is what the page draws with one `Tj` each.

use super::fonts::{Ctx, Face};
use super::style::{
    ACCENT, CODE_COLOR, CODE_SCALE, Line, Marks, Rgb, Run, RunStyle, Span, TextStyle,
};

/// One measured character.
#[derive(Debug, Clone, Copy)]
struct Glyph {
    c: char,
    style: u16,
    width: f32,
}

/// A paragraph measured glyph by glyph.
struct Measured {
    glyphs: Vec<Glyph>,
    styles: Vec<RunStyle>,
}

fn run_style(style: &TextStyle, marks: Marks, face: Face) -> RunStyle {
    RunStyle {
        face,
        size: if marks.code {
            style.size * CODE_SCALE
        } else {
            style.size
        },
        color: if let Some([r, g, b]) = marks.color {
            Rgb(
                f32::from(r) / 255.0,
                f32::from(g) / 255.0,
                f32::from(b) / 255.0,
            )
        } else if marks.code {
            CODE_COLOR
        } else if marks.link || marks.cloze {
            ACCENT
        } else {
            style.color
        },
        code: marks.code,
        strike: marks.strike,
    }
}

fn wanted_face(style: &TextStyle, marks: Marks) -> Face {
    if marks.code {
        Face::Mono
    } else if marks.bold || marks.cloze || style.face == Face::Bold {
        Face::Bold
    } else if marks.italic || style.face == Face::Italic {
        Face::Italic
    } else {
        style.face
    }
}

fn measure(cx: &mut Ctx<'_>, spans: &[Span], style: &TextStyle) -> Measured {
    let mut m = Measured {
        glyphs: Vec::with_capacity(spans.iter().map(|s| s.text.len()).sum()),
        styles: Vec::new(),
    };
    for span in spans {
        let want = wanted_face(style, span.marks);
        for c in span.text.chars() {
            if c == '\n' {
                m.glyphs.push(Glyph {
                    c,
                    style: 0,
                    width: 0.0,
                });
                continue;
            }
            let c = if c == '\r' { ' ' } else { c };
            let Some((c, face, units)) = cx.glyph(want, c) else {
                continue;
            };
            let rs = run_style(style, span.marks, face);
            let idx = match m.styles.iter().rposition(|s| *s == rs) {
                Some(i) => i,
                None => {
                    m.styles.push(rs);
                    m.styles.len() - 1
                }
            };
            m.glyphs.push(Glyph {
                c,
                style: u16::try_from(idx).unwrap_or(0),
                width: f32::from(units) / 1000.0 * rs.size,
            });
        }
    }
    m
}

/// Where a word may be broken when it does not fit a line on its own: after these characters.
fn breaks_after(c: char) -> bool {
    matches!(
        c,
        '-' | '/' | '_' | '.' | ',' | ':' | ';' | '=' | '&' | '|' | '→' | '–' | '—' | '(' | ')'
    )
}

/// Natural widths of spans: the widest unbreakable piece (for a table column's minimum) and the
/// widest line without wrapping (its preferred width).
pub(crate) fn min_max_width(cx: &mut Ctx<'_>, spans: &[Span], style: &TextStyle) -> (f32, f32) {
    let m = measure(cx, spans, style);
    let (mut min, mut max) = (0.0f32, 0.0f32);
    let (mut piece, mut line) = (0.0f32, 0.0f32);
    let mut prev_break = false;
    for g in &m.glyphs {
        match g.c {
            '\n' => {
                max = max.max(line);
                min = min.max(piece);
                line = 0.0;
                piece = 0.0;
            }
            ' ' => {
                min = min.max(piece);
                piece = 0.0;
                line += g.width;
            }
            c => {
                if prev_break && !breaks_after(c) {
                    min = min.max(piece);
                    piece = 0.0;
                }
                piece += g.width;
                line += g.width;
                prev_break = breaks_after(c);
                continue;
            }
        }
        prev_break = false;
    }
    (min.max(piece), max.max(line))
}

/// Wraps spans into lines no wider than `width`. Breaks at spaces; a word longer than a line
/// breaks after punctuation (`-`, `/`, ...) and, failing that, between any two characters, so no
/// text is ever cut off. Spaces at line ends are dropped.
pub(crate) fn wrap(cx: &mut Ctx<'_>, spans: &[Span], style: &TextStyle, width: f32) -> Vec<Line> {
    let m = measure(cx, spans, style);
    let g = &m.glyphs;
    let width = width.max(1.0);
    let mut lines = Vec::new();
    // Current line: glyphs [start, end) with `end` the end of the last word placed.
    let mut start: Option<usize> = None;
    let mut end = 0usize;
    let mut line_w = 0.0f32; // width of [start, end)
    let mut i = 0usize;
    while i < g.len() {
        match g[i].c {
            '\n' => {
                lines.push(make_line(
                    &m,
                    start.unwrap_or(i),
                    if start.is_some() { end } else { i },
                ));
                start = None;
                line_w = 0.0;
                i += 1;
                continue;
            }
            ' ' => {
                i += 1;
                continue;
            }
            _ => {}
        }
        // The word [i, j) and the spaces before it, [end, i), when the line is not empty.
        let mut j = i;
        let mut word_w = 0.0f32;
        while j < g.len() && g[j].c != ' ' && g[j].c != '\n' {
            word_w += g[j].width;
            j += 1;
        }
        let gap_w: f32 = match start {
            Some(_) => g[end..i].iter().map(|x| x.width).sum(),
            None => 0.0,
        };
        if start.is_some() && line_w + gap_w + word_w <= width + 0.01 {
            line_w += gap_w + word_w;
            end = j;
            i = j;
            continue;
        }
        if let Some(s) = start {
            lines.push(make_line(&m, s, end));
            start = None;
            line_w = 0.0;
        }
        if word_w <= width + 0.01 {
            start = Some(i);
            end = j;
            line_w = word_w;
            i = j;
            continue;
        }
        // A word wider than the line: cut it into pieces that fit.
        let mut k = i;
        while k < j {
            let (cut, w) = fit_piece(g, k, j, width);
            if cut < j {
                lines.push(make_line(&m, k, cut));
                k = cut;
            } else {
                start = Some(k);
                end = j;
                line_w = w;
                k = j;
            }
        }
        i = j;
    }
    if let Some(s) = start {
        lines.push(make_line(&m, s, end));
    }
    if lines.is_empty() {
        lines.push(Line::default());
    }
    lines
}

/// Wraps one line of a code block: every space is kept (indentation matters), and the line
/// breaks between any two characters when it is wider than `width`.
pub(crate) fn wrap_code(cx: &mut Ctx<'_>, text: &str, style: &TextStyle, width: f32) -> Vec<Line> {
    wrap_code_spans(cx, &[Span::plain(text)], style, width)
}

/// [`wrap_code`] for a line of coloured spans (highlighted code).
pub(crate) fn wrap_code_spans(
    cx: &mut Ctx<'_>,
    spans: &[Span],
    style: &TextStyle,
    width: f32,
) -> Vec<Line> {
    let spans: Vec<Span> = spans
        .iter()
        .map(|s| Span::marked(s.text.replace('\t', "    "), s.marks))
        .collect();
    let m = measure(cx, &spans, style);
    let mut lines = Vec::new();
    let (mut start, mut w) = (0usize, 0.0f32);
    for (k, g) in m.glyphs.iter().enumerate() {
        if w + g.width > width + 0.01 && k > start {
            lines.push(make_line(&m, start, k));
            start = k;
            w = 0.0;
        }
        w += g.width;
    }
    lines.push(make_line(&m, start, m.glyphs.len()));
    lines
}

/// The longest prefix of the word `[from, to)` that fits `width`, preferring to end after a
/// break character; always at least one glyph. Returns the end index and the prefix's width.
fn fit_piece(g: &[Glyph], from: usize, to: usize, width: f32) -> (usize, f32) {
    let mut w = 0.0f32;
    let mut last_break: Option<(usize, f32)> = None;
    let mut k = from;
    while k < to {
        if w + g[k].width > width + 0.01 && k > from {
            return last_break.unwrap_or((k, w));
        }
        w += g[k].width;
        k += 1;
        if k < to && breaks_after(g[k - 1].c) && !breaks_after(g[k].c) {
            last_break = Some((k, w));
        }
    }
    (to, w)
}

fn make_line(m: &Measured, start: usize, end: usize) -> Line {
    let mut line = Line::default();
    let mut x = 0.0f32;
    let glyphs = m.glyphs.get(start..end).unwrap_or(&[]);
    for (i, glyph) in glyphs.iter().enumerate() {
        if glyph.c == '\n' {
            continue;
        }
        let Some(style) = m.styles.get(usize::from(glyph.style)).copied() else {
            continue;
        };
        match line.runs.last_mut() {
            Some(run) if run.style == style => {
                run.text.push(glyph.c);
                run.width += glyph.width;
            }
            _ => {
                // Room for the rest of the line (mostly one run), in one allocation.
                let mut text = String::with_capacity(glyphs.len() - i + 3);
                text.push(glyph.c);
                line.runs.push(Run {
                    style,
                    text,
                    x,
                    width: glyph.width,
                });
            }
        }
        x += glyph.width;
    }
    line.width = x;
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::fonts::Fonts;
    use crate::pdf::style::Rgb;

    fn style() -> TextStyle {
        TextStyle {
            face: Face::Regular,
            size: 10.0,
            color: Rgb(0.0, 0.0, 0.0),
            leading: 1.3,
        }
    }

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(Line::text).collect()
    }

    #[test]
    fn wraps_at_spaces_by_glyph_width() {
        let fonts = Fonts::load().unwrap();
        let mut cx = Ctx::new(&fonts);
        let spans = [Span::plain("abc abc abc abc")];
        let w = fonts.width(Face::Regular, 10.0, "abc abc");
        let lines = wrap(&mut cx, &spans, &style(), w + 0.5);
        assert_eq!(texts(&lines), ["abc abc", "abc abc"]);
        assert!((lines[0].width - w).abs() < 0.01);
        // Narrower than two words: one word per line.
        let lines = wrap(&mut cx, &spans, &style(), w - 0.5);
        assert_eq!(texts(&lines), ["abc", "abc", "abc", "abc"]);
        for l in &lines {
            assert!(l.width <= w);
        }
        // A no-break space keeps its words together (and is as wide as a space).
        let spans = [Span::plain("abc abc\u{a0}abc abc")];
        let lines = wrap(&mut cx, &spans, &style(), w + 0.5);
        assert_eq!(texts(&lines), ["abc", "abc\u{a0}abc", "abc"]);
        assert!((lines[1].width - w).abs() < 0.01);
    }

    #[test]
    fn long_words_break_after_punctuation_then_anywhere() {
        let fonts = Fonts::load().unwrap();
        let mut cx = Ctx::new(&fonts);
        let w = fonts.width(Face::Regular, 10.0, "alpha-beta-");
        let lines = wrap(
            &mut cx,
            &[Span::plain("alpha-beta-gamma")],
            &style(),
            w + 0.1,
        );
        assert_eq!(texts(&lines), ["alpha-beta-", "gamma"]);
        let lines = wrap(
            &mut cx,
            &[Span::plain("xxxxxxxxxxxxxxxxxxxx")],
            &style(),
            30.0,
        );
        assert!(lines.len() > 1);
        assert_eq!(texts(&lines).concat(), "xxxxxxxxxxxxxxxxxxxx");
        for l in &lines {
            assert!(l.width <= 30.01, "{}", l.width);
        }
        // Even a line narrower than one glyph keeps every character.
        let lines = wrap(&mut cx, &[Span::plain("abc")], &style(), 1.0);
        assert_eq!(texts(&lines), ["a", "b", "c"]);
    }

    #[test]
    fn styles_become_runs_and_hard_breaks_split_lines() {
        let fonts = Fonts::load().unwrap();
        let mut cx = Ctx::new(&fonts);
        let bold = Marks {
            bold: true,
            ..Marks::default()
        };
        let code = Marks {
            code: true,
            ..Marks::default()
        };
        let spans = [
            Span::plain("a "),
            Span::marked("bold", bold),
            Span::plain(" and "),
            Span::marked("x=1", code),
            Span::plain("\nnext"),
        ];
        let lines = wrap(&mut cx, &spans, &style(), 500.0);
        assert_eq!(texts(&lines), ["a bold and x=1", "next"]);
        let faces: Vec<Face> = lines[0].runs.iter().map(|r| r.style.face).collect();
        assert_eq!(
            faces,
            [Face::Regular, Face::Bold, Face::Regular, Face::Mono]
        );
        let r = &lines[0].runs;
        assert!((r[1].x - (r[0].x + r[0].width)).abs() < 0.001);
        assert!(r[3].style.code && r[3].style.size < 10.0);
    }

    #[test]
    fn min_and_max_widths() {
        let fonts = Fonts::load().unwrap();
        let mut cx = Ctx::new(&fonts);
        let (min, max) = min_max_width(&mut cx, &[Span::plain("ab abcd-ef")], &style());
        assert!((min - fonts.width(Face::Regular, 10.0, "abcd-")).abs() < 0.01);
        assert!((max - fonts.width(Face::Regular, 10.0, "ab abcd-ef")).abs() < 0.01);
    }
}
