//! Content streams: the bytes of a page's drawing operators, written directly.
//!
//! printpdf still makes the document around them (page tree, resources, the subset fonts with
//! their widths and ToUnicode maps, metadata). Its operation model is not used for page content:
//! translating `Op`s cost about a third of the PDF export's CPU (an allocation and a cmap lookup
//! per glyph, a `lopdf` object per operand, `fmt` for every number and hex digit), and this
//! engine only ever draws text, filled rectangles and straight lines.
//!
//! Text strings are written empty at first: their bytes are the glyph codes of the *subset*
//! fonts, known only once the whole document is laid out. A [`Page`] records which characters of
//! which face its strings show; [`Page::number_glyphs`] writes the codes in. They are written as
//! literal strings, two bytes a glyph (hex strings take four: a third more text to compress).

use std::sync::Arc;

use super::figure::Figure;
use super::fonts::Face;

/// One finished page: its size, its content stream and the glyph codes still to fill in.
#[derive(Debug, Clone)]
pub(crate) struct Page {
    /// Width, points.
    pub width: f32,
    /// Height, points.
    pub height: f32,
    /// The content stream; its text strings are empty (`()`) until [`Page::number_glyphs`].
    pub content: Vec<u8>,
    /// The characters of the strings, in stream order (a byte or two per glyph: the big
    /// documents hold every page until they are saved).
    text: String,
    /// The stream's strings in order: the face and how many characters of `text` each shows.
    strings: Vec<(Face, u32)>,
    /// The figures the stream draws (`/DGF... Do`), each once: the document adds them to the
    /// page's resources.
    pub figures: Vec<Arc<Figure>>,
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

    /// Writes each glyph's code, `code(face, c)`, into its string: two bytes, big-endian, with
    /// `(`, `)` and `\` escaped, and CR and LF as `\r` and `\n` (a reader would turn a bare CR
    /// into LF).
    pub(crate) fn number_glyphs(&mut self, mut code: impl FnMut(Face, char) -> u16) {
        let mut out = Vec::with_capacity(self.content.len() + 2 * self.text.len() + 16);
        let mut chars = self.text.chars();
        let mut rest = self.content.as_slice();
        for &(face, n) in &self.strings {
            // Text strings are the only `(` in a content stream this module writes.
            let Some(open) = rest.iter().position(|b| *b == b'(') else {
                break;
            };
            out.extend_from_slice(&rest[..=open]);
            rest = &rest[open + 1..];
            for c in chars.by_ref().take(n as usize) {
                for byte in code(face, c).to_be_bytes() {
                    match byte {
                        b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
                        b'\r' => out.extend_from_slice(b"\\r"),
                        b'\n' => out.extend_from_slice(b"\\n"),
                        _ => out.push(byte),
                    }
                }
            }
        }
        out.extend_from_slice(rest);
        self.content = out;
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

    /// Writes `text` in `face` as a string, empty until [`Page::number_glyphs`].
    pub(crate) fn glyphs(&mut self, face: Face, text: &str) -> &mut Self {
        self.out.extend_from_slice(b"() ");
        let n = text.chars().count();
        self.text.push_str(text);
        self.strings
            .push((face, u32::try_from(n).unwrap_or(u32::MAX)));
        self
    }

    /// The finished page.
    pub(crate) fn finish(mut self, width: f32, height: f32, figures: Vec<Arc<Figure>>) -> Page {
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
            figures,
        }
    }
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
    fn strings_are_filled_with_escaped_two_byte_codes() {
        let mut w = Writer::default();
        w.name("DGSREG").num(9.0).op("Tf");
        w.glyphs(Face::Regular, "añ→").op("Tj");
        w.glyphs(Face::Bold, "").op("Tj");
        w.glyphs(Face::Mono, "x").op("Tj");
        assert_eq!(
            text(&w),
            "/DGSREG 9 Tf\n() Tj\n() Tj\n() Tj\n",
            "empty strings first"
        );
        let mut page = w.finish(100.0, 200.0, Vec::new());
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
        page.number_glyphs(|face, c| match (face, c) {
            (Face::Mono, _) => 0x0D0A,
            (_, 'a') => 0x0041,
            (_, 'ñ') => 0x2829,
            _ => 0x5C5D,
        });
        let want: &[u8] = b"/DGSREG 9 Tf\n(\x00A\\(\\)\\\\]) Tj\n() Tj\n(\\r\\n) Tj\n";
        assert_eq!(page.content, want);
        // What a PDF reader makes of it: the codes, byte for byte.
        let ops = lopdf::content::Content::decode(&page.content)
            .unwrap()
            .operations;
        let strings: Vec<&[u8]> = ops
            .iter()
            .filter(|op| op.operator == "Tj")
            .map(|op| match &op.operands[0] {
                lopdf::Object::String(bytes, _) => bytes.as_slice(),
                other => panic!("not a string: {other:?}"),
            })
            .collect();
        assert_eq!(
            strings,
            [
                &[0x00, 0x41, 0x28, 0x29, 0x5C, 0x5D][..],
                &[],
                &[0x0D, 0x0A]
            ]
        );
    }
}
