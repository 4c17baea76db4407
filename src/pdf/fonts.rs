//! The PDF fonts: four DejaVu faces from the `dejavu` crate, parsed once per process, and a glyph
//! width table per face so that measuring text never goes back to the font parser.
//!
//! Widths are kept in 1/1000 em, truncated exactly as printpdf writes the `/W` array of the
//! embedded font, so a line measured here is exactly as wide as the line a viewer draws.
//! printpdf subsets every face to the glyphs the document shows (`text_layout` feature).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use printpdf::{FontId, ParsedFont};

use super::error::FontError;
use super::font_file;

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

    pub(crate) fn index(self) -> usize {
        match self {
            Face::Regular => 0,
            Face::Bold => 1,
            Face::Italic => 2,
            Face::Mono => 3,
        }
    }

    /// The face's full name, for messages.
    pub(crate) fn title(self) -> &'static str {
        match self {
            Face::Regular => "DejaVu Sans",
            Face::Bold => "DejaVu Sans Bold",
            Face::Italic => "DejaVu Sans Oblique",
            Face::Mono => "DejaVu Sans Mono",
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
    pub(crate) fn name(self) -> &'static str {
        match self {
            Face::Regular => "DGSREG",
            Face::Bold => "DGSBLD",
            Face::Italic => "DGSOBL",
            Face::Mono => "DGMONO",
        }
    }

    /// [`Face::name`] as printpdf's font id.
    pub(crate) fn id(self) -> FontId {
        FontId(self.name().to_string())
    }
}

/// Marks a code point the face has no glyph for.
const NO_GLYPH: u16 = u16::MAX;

/// Ascent of DejaVu Sans above the baseline, in em (hhea ascender 1901 / 2048).
pub(crate) const ASCENT: f32 = 0.928;

/// Total height of DejaVu's ascent plus descent, in em.
pub(crate) const EXTENT: f32 = 1.164;

/// What the font has for one code point: the advance in 1/1000 em (`NO_GLYPH` when it has no
/// glyph) and the glyph id.
#[derive(Debug, Clone, Copy)]
struct Glyph {
    advance: u16,
    id: u16,
}

const NONE: Glyph = Glyph {
    advance: NO_GLYPH,
    id: 0,
};

/// Characters every export's cuts keep whatever its text: printable ASCII, Latin-1 and general
/// punctuation (the sheets' own labels use dashes, dots, bullets and the ellipsis), and the
/// replacement character.
const ALWAYS_CUT: [(u32, u32); 4] = [
    (0x20, 0x7E),
    (0xA0, 0xFF),
    (0x2000, 0x206F),
    (0xFFFD, 0xFFFD),
];
/// A face cut down to the characters one export can show ([`Fonts::cut`]), with printpdf's own
/// subsetter. A PDF whose text in this face stays within them embeds the cut instead of the whole
/// face: printpdf subsets the embedded font again for every document, and subsetting a cut of a
/// hundred or two glyphs is much cheaper than subsetting the whole face (it reads every glyph
/// of the font it is given). The cut is [made lighter](font_file) for print, as the whole face is
/// when embedded. The file is the same byte for byte: the final subset holds the same glyphs
/// either way, in the same order, and the cut carries the whole face's metrics.
struct Compact {
    font: ParsedFont,
    /// Whole-face glyph id → glyph id in the cut (0: not in the cut).
    ids: Vec<u16>,
}

impl Compact {
    fn of(full: &ParsedFont, chars: &BTreeSet<char>) -> Option<Compact> {
        let always = ALWAYS_CUT
            .iter()
            .flat_map(|&(first, last)| (first..=last).filter_map(char::from_u32));
        let mut wanted = BTreeMap::new();
        for c in always.chain(chars.iter().copied()) {
            if let Some(gid) = full.lookup_glyph_index(c as u32).filter(|g| *g != 0) {
                wanted.entry(gid).or_insert_with(|| c.to_string());
            }
        }
        let subset = printpdf::subset_font(full, &wanted).ok()?;
        let lighter = font_file::for_print(&subset.bytes);
        let bytes = lighter.as_deref().unwrap_or(&subset.bytes);
        let mut font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())?;
        // The subset drops OS/2, from which printpdf's font descriptor takes the weight.
        font.pdf_font_metrics = full.pdf_font_metrics;
        let mut ids = vec![0; usize::from(full.num_glyphs)];
        for (old, (new, _)) in &subset.glyph_mapping {
            if let Some(slot) = ids.get_mut(usize::from(*old)) {
                *slot = *new;
            }
        }
        Some(Compact { font, ids })
    }
}

/// The four faces cut down to the characters of one export ([`Fonts::cut`]); a face whose cut
/// could not be made has none.
pub(crate) struct Cuts {
    faces: Vec<Option<Compact>>,
}

impl Cuts {
    fn get(&self, face: Face) -> Option<&Compact> {
        self.faces.get(face.index())?.as_ref()
    }

    /// Whether `face` has a cut.
    pub(crate) fn has(&self, face: Face) -> bool {
        self.get(face).is_some()
    }

    /// The cut of `face`.
    pub(crate) fn font(&self, face: Face) -> Option<&ParsedFont> {
        self.get(face).map(|c| &c.font)
    }

    /// The id in the cut of the whole face's glyph `gid`: `None` when it is not in the cut.
    pub(crate) fn id(&self, face: Face, gid: u16) -> Option<u16> {
        self.get(face)?
            .ids
            .get(usize::from(gid))
            .copied()
            .filter(|g| *g != 0)
    }

    /// How many glyphs the cut of `face` has.
    pub(crate) fn glyph_count(&self, face: Face) -> usize {
        self.font(face).map_or(0, |f| usize::from(f.num_glyphs))
    }
}

/// The parsed faces and their glyph tables.
pub(crate) struct Fonts {
    /// The whole fonts, in [`Face::ALL`] order.
    faces: Vec<ParsedFont>,
    /// Per face, per block of 256 BMP code points: the glyphs, filled the first time a character
    /// of the block is measured. Looking a code point up in the font's cmap is slow, and a deck
    /// uses a handful of blocks out of 256.
    blocks: Vec<Vec<OnceLock<Box<[Glyph; 256]>>>>,
    /// Per face, the whole font [made lighter](font_file) for embedding, made the first time a
    /// document needs it (most embed a [cut](Fonts::cut), which is made lighter itself).
    for_print: Vec<OnceLock<Option<ParsedFont>>>,
}

impl Fonts {
    /// The fonts, parsed once per process (watch mode and tests export many times).
    pub(crate) fn shared() -> Result<&'static Fonts, FontError> {
        static FONTS: OnceLock<Result<Fonts, FontError>> = OnceLock::new();
        FONTS
            .get_or_init(Fonts::load)
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Parses the four faces, a face per thread (their glyph tables fill in as characters are
    /// measured).
    pub(crate) fn load() -> Result<Fonts, FontError> {
        let faces = on_each_face(|face| {
            ParsedFont::from_bytes(face.bytes(), 0, &mut Vec::new())
                .ok_or(FontError::Parse { face: face.title() })
        })
        .into_iter()
        .collect::<Result<Vec<ParsedFont>, FontError>>()?;
        let blocks = faces
            .iter()
            .map(|_| (0..256).map(|_| OnceLock::new()).collect())
            .collect();
        let for_print = faces.iter().map(|_| OnceLock::new()).collect();
        Ok(Fonts {
            faces,
            blocks,
            for_print,
        })
    }

    /// Cuts each face down to `chars` and [`ALWAYS_CUT`] (a face per thread), for the PDFs of
    /// one export to embed where they can. It costs about as much as saving a few small PDFs.
    pub(crate) fn cut(&self, chars: &BTreeSet<char>) -> Cuts {
        Cuts {
            faces: on_each_face(|face| {
                self.faces
                    .get(face.index())
                    .and_then(|full| Compact::of(full, chars))
            }),
        }
    }

    /// The whole font of `face`, to embed: [made lighter](font_file) for print, or as it is
    /// should that fail.
    pub(crate) fn full(&self, face: Face) -> Option<&ParsedFont> {
        let font = self.faces.get(face.index())?;
        let lighter = self.for_print.get(face.index())?.get_or_init(|| {
            let bytes = font_file::for_print(face.bytes()).ok()?;
            ParsedFont::from_bytes(&bytes, 0, &mut Vec::new())
        });
        Some(lighter.as_ref().unwrap_or(font))
    }

    /// What `face` has for `c`.
    fn glyph(&self, face: Face, c: char) -> Glyph {
        let cp = c as u32;
        let Some(font) = self.faces.get(face.index()) else {
            return NONE;
        };
        if cp <= 0xFFFF {
            self.blocks
                .get(face.index())
                .and_then(|blocks| blocks.get((cp >> 8) as usize))
                .map_or(NONE, |block| {
                    block.get_or_init(|| glyph_block(font, cp & !0xFF))[(cp & 0xFF) as usize]
                })
        } else {
            // Outside the BMP (rare in text, and DejaVu has few such glyphs): ask the parser.
            lookup(font, cp)
        }
    }

    /// The advance of `c` in `face`, in 1/1000 em; `None` when the face has no glyph for it.
    pub(crate) fn advance(&self, face: Face, c: char) -> Option<u16> {
        let w = self.glyph(face, c).advance;
        (w != NO_GLYPH).then_some(w)
    }

    /// The glyph id of `c` in the whole face (0, the "missing glyph" box, when it lacks it).
    pub(crate) fn glyph_id(&self, face: Face, c: char) -> u16 {
        self.glyph(face, c).id
    }

    /// How many glyphs the whole font of `face` has.
    pub(crate) fn glyph_count(&self, face: Face) -> usize {
        self.faces
            .get(face.index())
            .map_or(0, |f| usize::from(f.num_glyphs))
    }

    /// Picks the face that draws `c`: `face` itself, else DejaVu Sans, else DejaVu Sans Mono
    /// (which has box drawing and a few symbols the proportional faces lack).
    /// True if no face can print `c` (invisible format characters, which are dropped, and tabs
    /// are never lacking).
    pub(crate) fn lacks(&self, c: char) -> bool {
        c != '\t' && !is_invisible(c) && self.resolve(Face::Regular, c).is_none()
    }

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

/// The glyphs of the 256 code points starting at `first`.
fn glyph_block(font: &ParsedFont, first: u32) -> Box<[Glyph; 256]> {
    let mut block = Box::new([NONE; 256]);
    for (i, slot) in block.iter_mut().enumerate() {
        let cp = first + i as u32;
        if !(0xD800..0xE000).contains(&cp) {
            *slot = lookup(font, cp);
        }
    }
    block
}

fn lookup(font: &ParsedFont, cp: u32) -> Glyph {
    let Some(id) = font.lookup_glyph_index(cp).filter(|g| *g != 0) else {
        return NONE;
    };
    let upm = u32::from(font.pdf_font_metrics.units_per_em.max(1));
    let adv = u32::from(font.get_horizontal_advance(id));
    // Same truncation as printpdf's `/W` array.
    match u16::try_from(adv * 1000 / upm) {
        Ok(advance) if advance != NO_GLYPH => Glyph { advance, id },
        _ => NONE,
    }
}

/// Runs `f` for each face, a thread each, and gives the results in [`Face::ALL`] order.
fn on_each_face<R: Send>(f: impl Fn(Face) -> R + Sync) -> Vec<R> {
    crate::parallel::map(&Face::ALL, |face| f(*face))
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
    /// The drawings the reader may place, by its key for them.
    pub(crate) figures: std::sync::Arc<super::figure::Figures>,
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
            figures: std::sync::Arc::default(),
        }
    }

    /// Maps `c` to what is drawn: the character and the face that has it, or the replacement
    /// character with a warning (once per character) when no face has it. `None` for invisible
    /// format characters, which are dropped.
    pub(crate) fn glyph(&mut self, face: Face, c: char) -> Option<(char, Face, u16)> {
        let c = match c {
            '\t' => ' ',
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
