//! The PDF fonts: four DejaVu faces from the `dejavu` crate, parsed once per export, and a glyph
//! width table per face so that measuring text never goes back to the font parser.
//!
//! Widths are kept in 1/1000 em, truncated exactly as printpdf writes the `/W` array of the
//! embedded font, so a line measured here is exactly as wide as the line a viewer draws.
//! printpdf subsets every face to the glyphs the document shows (`text_layout` feature).

use std::collections::BTreeSet;
use std::sync::OnceLock;

use printpdf::{FontId, ParsedFont};

use crate::error::Error;

/// One of the embedded faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Face {
    /// DejaVu Sans.
    Regular,
    /// DejaVu Sans Bold.
    Bold,
    /// DejaVu Sans Oblique.
    Italic,
    /// DejaVu Sans Mono.
    Mono,
}

impl Face {
    /// Every face, in table order.
    pub(crate) const ALL: [Face; 4] = [Face::Regular, Face::Bold, Face::Italic, Face::Mono];

    fn index(self) -> usize {
        match self {
            Face::Regular => 0,
            Face::Bold => 1,
            Face::Italic => 2,
            Face::Mono => 3,
        }
    }

    fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => dejavu::sans::regular(),
            Face::Bold => dejavu::sans::bold(),
            Face::Italic => dejavu::sans::oblique(),
            Face::Mono => dejavu::sans_mono::regular(),
        }
    }

    /// The font's resource name. Fixed (printpdf's own ids come from a process-wide counter,
    /// which would make the bytes depend on what was exported before), and six capital letters
    /// because printpdf uses its first six characters as the subset tag (`DGSREG+DejaVuSans`).
    pub(crate) fn id(self) -> FontId {
        FontId(
            match self {
                Face::Regular => "DGSREG",
                Face::Bold => "DGSBLD",
                Face::Italic => "DGSOBL",
                Face::Mono => "DGMONO",
            }
            .to_string(),
        )
    }
}

/// Marks a code point the face has no glyph for.
const NO_GLYPH: u16 = u16::MAX;

/// Ascent of DejaVu Sans above the baseline, in em (hhea ascender 1901 / 2048).
pub(crate) const ASCENT: f32 = 0.928;

/// The parsed faces and their width tables.
pub(crate) struct Fonts {
    parsed: Vec<ParsedFont>,
    /// Per face, per block of 256 BMP code points: the advances in 1/1000 em (`NO_GLYPH` when
    /// missing), filled the first time a character of the block is measured. Looking a code point
    /// up in the font's cmap is slow, and a deck uses a handful of blocks out of 256.
    widths: Vec<Vec<OnceLock<Box<[u16; 256]>>>>,
}

impl Fonts {
    /// The fonts, parsed once per process (watch mode and tests export many times).
    pub(crate) fn shared() -> Result<&'static Fonts, Error> {
        static FONTS: OnceLock<Result<Fonts, String>> = OnceLock::new();
        FONTS
            .get_or_init(|| Fonts::load().map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| Error::export("pdf", e))
    }

    /// Parses the four faces (their width tables fill in as characters are measured).
    pub(crate) fn load() -> Result<Fonts, Error> {
        let mut parsed = Vec::with_capacity(4);
        let mut widths = Vec::with_capacity(4);
        for face in Face::ALL {
            let mut warnings = Vec::new();
            let font = ParsedFont::from_bytes(face.bytes(), 0, &mut warnings).ok_or_else(|| {
                Error::export("pdf", format!("cannot parse the built-in font {face:?}"))
            })?;
            widths.push((0..256).map(|_| OnceLock::new()).collect());
            parsed.push(font);
        }
        Ok(Fonts { parsed, widths })
    }

    /// The parsed face, for embedding.
    pub(crate) fn parsed(&self, face: Face) -> Option<&ParsedFont> {
        self.parsed.get(face.index())
    }

    /// The advance of `c` in `face`, in 1/1000 em; `None` when the face has no glyph for it.
    pub(crate) fn advance(&self, face: Face, c: char) -> Option<u16> {
        let cp = c as u32;
        if cp <= 0xFFFF {
            let font = self.parsed.get(face.index())?;
            let block = self
                .widths
                .get(face.index())?
                .get((cp >> 8) as usize)?
                .get_or_init(|| width_block(font, cp & !0xFF));
            let w = block[(cp & 0xFF) as usize];
            (w != NO_GLYPH).then_some(w)
        } else {
            // Outside the BMP (rare in text, and DejaVu has few such glyphs): ask the parser.
            let font = self.parsed.get(face.index())?;
            glyph_width(font, cp)
        }
    }

    /// Picks the face that draws `c`: `face` itself, else DejaVu Sans, else DejaVu Sans Mono
    /// (which has box drawing and a few symbols the proportional faces lack).
    pub(crate) fn resolve(&self, face: Face, c: char) -> Option<(Face, u16)> {
        [face, Face::Regular, Face::Mono]
            .into_iter()
            .find_map(|f| self.advance(f, c).map(|w| (f, w)))
    }

    /// Width of `text` in `face` at `size` points, with the same fallbacks as drawing (for labels
    /// whose characters are known to exist).
    pub(crate) fn width(&self, face: Face, size: f32, text: &str) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| self.resolve(face, c).map_or(500, |(_, w)| u32::from(w)))
            .sum();
        units as f32 / 1000.0 * size
    }
}

/// The advances of the 256 code points starting at `first`.
fn width_block(font: &ParsedFont, first: u32) -> Box<[u16; 256]> {
    let mut block = Box::new([NO_GLYPH; 256]);
    for (i, slot) in block.iter_mut().enumerate() {
        let cp = first + i as u32;
        if (0xD800..0xE000).contains(&cp) {
            continue;
        }
        if let Some(w) = glyph_width(font, cp) {
            *slot = w;
        }
    }
    block
}

fn glyph_width(font: &ParsedFont, cp: u32) -> Option<u16> {
    let gid = font.lookup_glyph_index(cp).filter(|g| *g != 0)?;
    let upm = u32::from(font.pdf_font_metrics.units_per_em.max(1));
    let adv = u32::from(font.get_horizontal_advance(gid));
    // Same truncation as printpdf's `/W` array.
    u16::try_from(adv * 1000 / upm)
        .ok()
        .filter(|w| *w != NO_GLYPH)
}

/// Text shaping state shared by every sheet of one export: the fonts and the warnings about
/// characters they lack, one per distinct character.
pub(crate) struct Ctx<'f> {
    /// The fonts.
    pub(crate) fonts: &'f Fonts,
    /// What is being typeset, for warnings: "card `kafka-isr`", "the deck title", ...
    pub(crate) subject: String,
    reported: BTreeSet<char>,
    /// Characters no face has, with their warning, in the order they arose.
    pub(crate) missing: Vec<(char, String)>,
    /// Other warnings in the order they arose.
    pub(crate) warnings: Vec<String>,
}

impl<'f> Ctx<'f> {
    /// A context with no warnings yet.
    pub(crate) fn new(fonts: &'f Fonts) -> Self {
        Ctx {
            fonts,
            subject: String::new(),
            reported: BTreeSet::new(),
            missing: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// Maps `c` to what is drawn: the character and the face that has it, or the replacement
    /// character with a warning (once per character) when no face has it. `None` for invisible
    /// format characters, which are dropped.
    pub(crate) fn glyph(&mut self, face: Face, c: char) -> Option<(char, Face, u16)> {
        let c = match c {
            '\t' | '\u{a0}' => ' ',
            _ => c,
        };
        if is_invisible(c) {
            return None;
        }
        if let Some((f, w)) = self.fonts.resolve(face, c) {
            return Some((c, f, w));
        }
        if self.reported.insert(c) {
            self.missing.push((
                c,
                format!(
                    "{}: character {c:?} (U+{:04X}) is not in the PDF fonts; it is printed as \u{FFFD}",
                    self.subject, c as u32
                ),
            ));
        }
        let (f, w) = self
            .fonts
            .resolve(face, '\u{FFFD}')
            .or_else(|| self.fonts.resolve(face, '?'))?;
        let shown = if self.fonts.resolve(face, '\u{FFFD}').is_some() {
            '\u{FFFD}'
        } else {
            '?'
        };
        Some((shown, f, w))
    }
}

/// Characters that draw nothing and only steer shaping (which we do not do): dropping them loses
/// no text a reader could see.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}'
    ) || (c.is_control() && c != '\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        let fonts = Fonts::load().unwrap();
        // DejaVu Sans: space 651/2048 em, 'M' 1767/2048 em; mono: every glyph 1233/2048.
        assert_eq!(fonts.advance(Face::Regular, ' '), Some(317));
        assert_eq!(fonts.advance(Face::Regular, 'M'), Some(862));
        assert_eq!(fonts.advance(Face::Mono, 'i'), Some(602));
        assert_eq!(fonts.advance(Face::Mono, 'W'), Some(602));
        assert!(fonts.advance(Face::Bold, 'M') > fonts.advance(Face::Regular, 'M'));
        for c in ['→', '≥', '—', '‘', '’', '×', '…', '\u{FFFD}'] {
            assert!(fonts.advance(Face::Regular, c).is_some(), "{c}");
            assert!(fonts.resolve(Face::Bold, c).is_some(), "{c}");
        }
        assert_eq!(fonts.advance(Face::Regular, '🚀'), None);
    }

    #[test]
    fn missing_characters_warn_once_and_show_a_replacement() {
        let fonts = Fonts::load().unwrap();
        let mut cx = Ctx::new(&fonts);
        cx.subject = "card `x`".into();
        assert_eq!(cx.glyph(Face::Regular, 'a').map(|g| g.0), Some('a'));
        assert_eq!(cx.glyph(Face::Regular, '🚀').map(|g| g.0), Some('\u{FFFD}'));
        assert_eq!(cx.glyph(Face::Bold, '🚀').map(|g| g.0), Some('\u{FFFD}'));
        assert_eq!(cx.glyph(Face::Regular, '\u{FE0F}'), None);
        assert_eq!(cx.missing.len(), 1, "{:?}", cx.missing);
        assert_eq!(cx.missing[0].0, '🚀');
        assert!(cx.missing[0].1.contains("card `x`") && cx.missing[0].1.contains("U+1F680"));
    }
}
