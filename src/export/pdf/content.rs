//! Content streams: the bytes of a page's drawing operators, written directly.
//!
//! printpdf still makes the document around them (page tree, resources, the subset fonts with
//! their widths and ToUnicode maps, metadata). Its operation model is not used for page content:
//! translating `Op`s cost about a third of the PDF export's CPU (an allocation and a cmap lookup
//! per glyph, a `lopdf` object per operand, `fmt` for every number and hex digit), and this
//! exporter only ever draws text, filled rectangles and straight lines.
//!
//! Text strings are written with placeholders for the glyph codes: the codes are the glyph
//! numbers of the *subset* fonts, known only once the whole document is laid out. A [`Page`]
//! records which characters of which face its strings show; [`Page::number_glyphs`] fills the
//! codes in.

use super::fonts::Face;

/// One finished page: its size, its content stream and the glyph codes still to fill in.
#[derive(Debug, Clone)]
pub(crate) struct Page {
    /// Width, points.
    pub width: f32,
    /// Height, points.
    pub height: f32,
    /// The content stream, with a `0000` placeholder for every glyph code.
    pub content: Vec<u8>,
    /// The characters of the placeholders, in stream order (a byte or two per glyph: the big
    /// documents hold every page until they are saved).
    text: String,
    /// The stream's hex strings in order: the face and how many characters of `text` each shows.
    strings: Vec<(Face, u32)>,
}

impl Page {
    /// Every glyph the page shows: its face and character, in stream order.
    pub(crate) fn glyphs(&self) -> Glyphs<'_> {
        Glyphs {
            chars: self.text.chars(),
            strings: self.strings.iter(),
            face: Face::Regular,
            left: 0,
        }
    }

    /// Writes each glyph's code: `code(face, c)`.
    pub(crate) fn number_glyphs(&mut self, mut code: impl FnMut(Face, char) -> u16) {
        let mut chars = self.text.chars();
        let mut at = 0;
        for &(face, n) in &self.strings {
            // Glyph strings are the only `<` in a content stream this module writes.
            let Some(open) = self
                .content
                .get(at..)
                .and_then(|rest| rest.iter().position(|b| *b == b'<'))
            else {
                return;
            };
            at += open + 1;
            for c in chars.by_ref().take(n as usize) {
                if let Some(digits) = self.content.get_mut(at..at + 4) {
                    digits.copy_from_slice(&hex4(code(face, c)));
                }
                at += 4;
            }
        }
    }
}

/// The iterator of [`Page::glyphs`].
pub(crate) struct Glyphs<'p> {
    chars: std::str::Chars<'p>,
    strings: std::slice::Iter<'p, (Face, u32)>,
    face: Face,
    left: u32,
}

impl Iterator for Glyphs<'_> {
    type Item = (Face, char);

    fn next(&mut self) -> Option<(Face, char)> {
        while self.left == 0 {
            (self.face, self.left) = *self.strings.next()?;
        }
        self.left -= 1;
        Some((self.face, self.chars.next()?))
    }
}

/// A content stream being written.
#[derive(Debug, Default)]
pub(crate) struct Writer {
    /// The bytes so far.
    pub out: Vec<u8>,
    text: String,
    strings: Vec<(Face, u32)>,
}

impl Writer {
    /// Writes `v` rounded to 1/100 and a space: `12.5 `, `-3 `, `0.07 `.
    pub(crate) fn num(&mut self, v: f32) -> &mut Self {
        // In f32, as the rest of the layout computes (and as printpdf wrote these numbers before).
        let hundredths = (v * 100.0).round() as i64;
        if hundredths < 0 {
            self.out.push(b'-');
        }
        let h = hundredths.unsigned_abs();
        self.int(h / 100);
        let frac = h % 100;
        if frac != 0 {
            self.out.push(b'.');
            self.out.push(b'0' + (frac / 10) as u8);
            if !frac.is_multiple_of(10) {
                self.out.push(b'0' + (frac % 10) as u8);
            }
        }
        self.out.push(b' ');
        self
    }

    fn int(&mut self, mut n: u64) {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.out.extend_from_slice(&digits[i..]);
    }

    /// Writes an operator and ends the line.
    pub(crate) fn op(&mut self, op: &str) {
        self.out.extend_from_slice(op.as_bytes());
        self.out.push(b'\n');
    }

    /// Writes a name operand: `/DGSREG `.
    pub(crate) fn name(&mut self, name: &str) -> &mut Self {
        self.out.push(b'/');
        self.out.extend_from_slice(name.as_bytes());
        self.out.push(b' ');
        self
    }

    /// Writes `text` in `face` as a hex string of glyph-code placeholders.
    pub(crate) fn glyphs(&mut self, face: Face, text: &str) -> &mut Self {
        self.out.push(b'<');
        let n = text.chars().count();
        self.out.resize(self.out.len() + 4 * n, b'0');
        self.out.extend_from_slice(b"> ");
        self.text.push_str(text);
        self.strings
            .push((face, u32::try_from(n).unwrap_or(u32::MAX)));
        self
    }

    /// The finished page.
    pub(crate) fn finish(mut self, width: f32, height: f32) -> Page {
        // Pages live until the whole document is saved: drop the growth slack.
        self.out.shrink_to_fit();
        self.text.shrink_to_fit();
        self.strings.shrink_to_fit();
        Page {
            width,
            height,
            content: self.out,
            text: self.text,
            strings: self.strings,
        }
    }
}

/// `n` as four upper-case hex digits.
fn hex4(n: u16) -> [u8; 4] {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    let [hi, lo] = n.to_be_bytes();
    [
        DIGITS[usize::from(hi >> 4)],
        DIGITS[usize::from(hi & 15)],
        DIGITS[usize::from(lo >> 4)],
        DIGITS[usize::from(lo & 15)],
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(w: &Writer) -> &str {
        std::str::from_utf8(&w.out).unwrap()
    }

    #[test]
    fn numbers_are_rounded_to_hundredths_without_trailing_zeros() {
        let mut w = Writer::default();
        for v in [
            0.0, 12.5, 42.52, -3.0, 0.07, 799.374, 1.004, -0.004, 12345.0,
        ] {
            w.num(v);
        }
        assert_eq!(text(&w), "0 12.5 42.52 -3 0.07 799.37 1 0 12345 ");
        for v in [0.01_f32, 0.1, 0.99, 1.25, 420.1, 841.89] {
            let mut w = Writer::default();
            w.num(v);
            let parsed: f32 = text(&w).trim().parse().unwrap();
            assert!((parsed - v).abs() < 0.005, "{v} → {}", text(&w));
        }
    }

    #[test]
    fn glyph_placeholders_are_filled_in_place() {
        let mut w = Writer::default();
        w.name("DGSREG").num(9.0).op("Tf");
        w.glyphs(Face::Regular, "añ→").op("Tj");
        w.glyphs(Face::Bold, "").op("Tj");
        w.glyphs(Face::Mono, "x").op("Tj");
        assert_eq!(
            text(&w),
            "/DGSREG 9 Tf\n<000000000000> Tj\n<> Tj\n<0000> Tj\n",
            "placeholders first"
        );
        let mut page = w.finish(100.0, 200.0);
        let glyphs: Vec<(Face, char)> = page.glyphs().collect();
        assert_eq!(
            glyphs,
            [
                (Face::Regular, 'a'),
                (Face::Regular, 'ñ'),
                (Face::Regular, '→'),
                (Face::Mono, 'x')
            ]
        );
        page.number_glyphs(|face, c| {
            if face == Face::Mono {
                0xBEEF
            } else {
                c as u16 & 0xFFF
            }
        });
        assert_eq!(
            std::str::from_utf8(&page.content).unwrap(),
            "/DGSREG 9 Tf\n<006100F10192> Tj\n<> Tj\n<BEEF> Tj\n"
        );
    }
}
