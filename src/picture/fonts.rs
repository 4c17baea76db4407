//! The DejaVu Sans faces the pictures are measured and drawn with, from the `dejavu` crate (never
//! the system's fonts, so layouts are the same on every machine).
//!
//! Mermaid lays out boxes around its labels with [`text_width`]; the SVG names the same family
//! ([`FAMILY`]), and the PDF conversion gets the same bytes ([`sans_faces`]).

use std::sync::OnceLock;

use ttf_parser::Face;

/// The CSS font family the pictures name, with a generic fallback for viewers without DejaVu.
pub const FAMILY: &str = "DejaVu Sans, sans-serif";

/// The family's name as the font files spell it.
pub const FAMILY_NAME: &str = "DejaVu Sans";

/// DejaVu Sans regular, bold, oblique and bold oblique, as bytes.
pub fn sans_faces() -> [&'static [u8]; 4] {
    [
        dejavu::sans::regular(),
        dejavu::sans::bold(),
        dejavu::sans::oblique(),
        dejavu::sans::bold_oblique(),
    ]
}

/// Regular and bold, parsed once per process (`None` if a face does not parse, which the tests
/// rule out for the bundled files).
fn faces() -> &'static Option<(Face<'static>, Face<'static>)> {
    static FACES: OnceLock<Option<(Face<'static>, Face<'static>)>> = OnceLock::new();
    FACES.get_or_init(|| {
        let regular = Face::parse(dejavu::sans::regular(), 0).ok()?;
        let bold = Face::parse(dejavu::sans::bold(), 0).ok()?;
        Some((regular, bold))
    })
}

/// Whether a CSS `font-weight` value asks for the bold face (`bold`, `bolder`, 600 and more).
pub fn is_bold(weight: Option<&str>) -> bool {
    match weight.map(str::trim) {
        Some("bold" | "bolder") => true,
        Some(w) => w.parse::<u32>().is_ok_and(|n| n >= 600),
        None => false,
    }
}

/// Width in CSS pixels of `text` set in DejaVu Sans at `size` pixels: the sum of the glyphs'
/// advances (no kerning, as SVG renderers draw `<text>` without it by default). A character the
/// font lacks counts as the font's `?`.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let Some((regular, bold_face)) = faces() else {
        // Unreachable with the bundled fonts; an average advance keeps layout sane regardless.
        return text.chars().count() as f64 * size * 0.6;
    };
    let face = if bold { bold_face } else { regular };
    let fallback = face
        .glyph_index('?')
        .and_then(|g| face.glyph_hor_advance(g))
        .unwrap_or(0);
    let units: u64 = text
        .chars()
        .map(|c| {
            let advance = face
                .glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .unwrap_or(fallback);
            u64::from(advance)
        })
        .sum();
    units as f64 * size / f64::from(face.units_per_em())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_faces_parse() {
        assert!(faces().is_some());
        for bytes in sans_faces() {
            assert!(Face::parse(bytes, 0).is_ok());
        }
    }

    #[test]
    fn widths_follow_the_font_advances() {
        // DejaVu Sans: 2048 units per em; 'W' advances 2025, 'i' 569, bold 'W' 2247.
        let w = text_width("W", 2048.0, false);
        assert!((w - 2025.0).abs() < 0.5, "{w}");
        assert!((text_width("i", 2048.0, false) - 569.0).abs() < 0.5);
        assert!(text_width("W", 16.0, true) > text_width("W", 16.0, false));
        assert_eq!(text_width("", 16.0, false), 0.0);
        // Linear in size and additive in text.
        let ab = text_width("Broker", 16.0, false);
        assert!((text_width("Broker", 32.0, false) - 2.0 * ab).abs() < 1e-9);
        assert!(
            (text_width("BrokerBroker", 16.0, false) - 2.0 * ab).abs() < 1e-9,
            "additive"
        );
    }

    #[test]
    fn bold_weights() {
        assert!(is_bold(Some("bold")));
        assert!(is_bold(Some("700")));
        assert!(is_bold(Some(" 600 ")));
        assert!(!is_bold(Some("normal")));
        assert!(!is_bold(Some("400")));
        assert!(!is_bold(None));
    }
}
