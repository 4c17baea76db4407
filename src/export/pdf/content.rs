//! Content streams: the bytes of a page's drawing operators, written directly.
//!
//! printpdf still makes the document around them (page tree, resources, the subset fonts with
//! their widths and ToUnicode maps, metadata). Its operation model is not used for page content:
//! translating `Op`s cost about a third of the PDF export's CPU (an allocation and a cmap lookup
//! per glyph, a `lopdf` object per operand, `fmt` for every number and hex digit), and this
//! exporter only ever draws with eight operators.
//!
//! Text strings are written with placeholders for the glyph codes: the codes are the glyph
//! numbers of the *subset* fonts, known only once the whole document is laid out. A [`Page`]
//! records where each placeholder is and which character of which face it shows;
//! [`Page::number_glyphs`] fills them in.

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
    /// The placeholders, in stream order.
    pub glyphs: Vec<GlyphSlot>,
}

/// A glyph code to fill in: four hex digits at `at`, for `c` drawn in `face`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct GlyphSlot {
    /// Byte offset of the four digits in the page's content.
    pub at: u32,
    /// The face the character is drawn in.
    pub face: Face,
    /// The character.
    pub c: char,
}

impl Page {
    /// Writes each glyph's code: `code(face, c)`.
    pub(crate) fn number_glyphs(&mut self, mut code: impl FnMut(Face, char) -> u16) {
        for slot in &self.glyphs {
            let at = slot.at as usize;
            if let Some(digits) = self.content.get_mut(at..at + 4) {
                digits.copy_from_slice(&hex4(code(slot.face, slot.c)));
            }
        }
    }
}

/// A content stream being written.
#[derive(Debug, Default)]
pub(crate) struct Writer {
    /// The bytes so far.
    pub out: Vec<u8>,
    /// The glyph placeholders so far.
    pub glyphs: Vec<GlyphSlot>,
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
        for c in text.chars() {
            self.glyphs.push(GlyphSlot {
                at: u32::try_from(self.out.len()).unwrap_or(u32::MAX),
                face,
                c,
            });
            self.out.extend_from_slice(b"0000");
        }
        self.out.extend_from_slice(b"> ");
        self
    }

    /// The finished page.
    pub(crate) fn finish(mut self, width: f32, height: f32) -> Page {
        // Pages live until the whole document is saved: drop the growth slack.
        self.out.shrink_to_fit();
        self.glyphs.shrink_to_fit();
        Page {
            width,
            height,
            content: self.out,
            glyphs: self.glyphs,
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
        w.glyphs(Face::Mono, "x").op("Tj");
        assert_eq!(
            text(&w),
            "/DGSREG 9 Tf\n<000000000000> Tj\n<0000> Tj\n",
            "placeholders first"
        );
        let mut page = w.finish(100.0, 200.0);
        assert_eq!(page.glyphs.len(), 4);
        assert_eq!(page.glyphs[3].face, Face::Mono);
        page.number_glyphs(|face, c| {
            if face == Face::Mono {
                0xBEEF
            } else {
                c as u16 & 0xFFF
            }
        });
        assert_eq!(
            std::str::from_utf8(&page.content).unwrap(),
            "/DGSREG 9 Tf\n<006100F10192> Tj\n<BEEF> Tj\n"
        );
    }
}
