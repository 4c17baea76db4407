//! The vocabulary of inline text: colours, Markdown marks, spans, text styles, and the runs and
//! lines that wrapping produces (see [`super::text`]).

use super::fonts::{ASCENT, EXTENT, Face};

/// An RGB colour, components 0–1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rgb(pub f32, pub f32, pub f32);

/// Inline marks from Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Marks {
    /// `**strong**`.
    pub bold: bool,
    /// `*emphasis*`.
    pub italic: bool,
    /// `` `code` ``.
    pub code: bool,
    /// Link text.
    pub link: bool,
    /// A revealed or hidden cloze deletion.
    pub cloze: bool,
    /// `~~strikethrough~~`.
    pub strike: bool,
    /// A colour of its own (sRGB): highlighted code.
    pub color: Option<[u8; 3]>,
}

/// A piece of inline text with its marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Span {
    /// The text; `\n` is a hard line break.
    pub text: String,
    /// Its marks.
    pub marks: Marks,
}

impl Span {
    /// Unmarked text.
    pub(crate) fn plain(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            marks: Marks::default(),
        }
    }

    /// Text with marks.
    pub(crate) fn marked(text: impl Into<String>, marks: Marks) -> Span {
        Span {
            text: text.into(),
            marks,
        }
    }

    /// The spans' text run together, marks dropped (for tests).
    #[cfg(test)]
    pub(crate) fn joined(spans: &[Span]) -> String {
        spans.iter().map(|s| s.text.as_str()).collect()
    }
}

/// How a paragraph is set: base face, size, colour and line height.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct TextStyle {
    /// Face of unmarked text.
    pub face: Face,
    /// Size in points.
    pub size: f32,
    /// Colour of unmarked text.
    pub color: Rgb,
    /// Line height as a multiple of the size.
    pub leading: f32,
}

impl TextStyle {
    /// Line height in points.
    pub(crate) fn line_height(&self) -> f32 {
        self.size * self.leading
    }

    /// The same style in another face.
    pub(crate) fn with_face(self, face: Face) -> TextStyle {
        TextStyle { face, ..self }
    }

    /// The same style at another size.
    pub(crate) fn with_size(self, size: f32) -> TextStyle {
        TextStyle { size, ..self }
    }

    /// The same style in another colour.
    pub(crate) fn with_color(self, color: Rgb) -> TextStyle {
        TextStyle { color, ..self }
    }
}

/// The baseline of text of `size` centred in a line box `lh` tall.
pub(crate) fn baseline(lh: f32, size: f32) -> f32 {
    (lh - EXTENT * size) / 2.0 + ASCENT * size
}

/// Colour of inline code.
pub(crate) const CODE_COLOR: Rgb = Rgb(0.54, 0.16, 0.10);
/// Colour of link text and cloze deletions.
pub(crate) const ACCENT: Rgb = Rgb(0.09, 0.29, 0.53);
/// Inline code is set slightly smaller: mono glyphs are wide and tall.
pub(crate) const CODE_SCALE: f32 = 0.9;

/// What one run is drawn with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct RunStyle {
    /// Face.
    pub face: Face,
    /// Size in points.
    pub size: f32,
    /// Fill colour.
    pub color: Rgb,
    /// Inline code (gets a tinted background).
    pub code: bool,
    /// Struck through (gets a line across).
    pub strike: bool,
}

/// A run of text in one style, placed on its line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Run {
    /// Style.
    pub style: RunStyle,
    /// Text.
    pub text: String,
    /// Offset from the line start, points.
    pub x: f32,
    /// Width, points.
    pub width: f32,
}

/// A wrapped line.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Line {
    /// Runs left to right.
    pub runs: Vec<Run>,
    /// Width of the visible text, points.
    pub width: f32,
}

impl Line {
    /// The line's text (tests, diagnostics).
    #[cfg(test)]
    pub(crate) fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}
