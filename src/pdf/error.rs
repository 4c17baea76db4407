//! What can go wrong in the engine: loading the built-in fonts, rewriting a font file for print,
//! and writing a document. Each error names what it concerns (the face, the table or glyph, the
//! document's title) and keeps its cause.

use std::num::TryFromIntError;

/// A built-in font that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FontError {
    /// printpdf could not parse one of the embedded DejaVu faces.
    #[error("cannot parse the built-in font {face}")]
    Parse {
        /// The face, e.g. `DejaVu Sans Bold`.
        face: &'static str,
    },
}

/// A font file that `font_file::for_print` cannot rewrite; the
/// caller then embeds the file as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FontFileError {
    /// The file is not a TrueType (`glyf`) font.
    #[error("not a TrueType font")]
    NotTrueType,
    /// A table the rewrite needs is missing.
    #[error("no `{tag}` table")]
    MissingTable {
        /// The table's tag, e.g. `glyf`.
        tag: String,
    },
    /// `head` names a `loca` format that does not exist.
    #[error("unknown loca format {0}")]
    UnknownLocaFormat(u16),
    /// A read past the end of the file, a table or a glyph.
    #[error("{len} bytes at {at} are past the end ({size})")]
    PastTheEnd {
        /// Where the read starts.
        at: usize,
        /// How many bytes it wants.
        len: usize,
        /// How many bytes there are.
        size: usize,
    },
    /// `loca` points a glyph outside the `glyf` table.
    #[error("glyph {0} is outside the glyf table")]
    GlyphOutside(usize),
    /// A glyph's instructions are longer than the glyph.
    #[error("instructions run past the glyph")]
    InstructionsPastGlyph,
    /// A glyph that cannot be rewritten.
    #[error("glyph {glyph}")]
    Glyph {
        /// The glyph id.
        glyph: usize,
        /// What is wrong with it.
        #[source]
        source: Box<FontFileError>,
    },
    /// The rewritten `glyf` table does not fit the font's short `loca` offsets.
    #[error("glyf too big for short offsets")]
    TooBigForShortOffsets,
    /// An offset or length that does not fit its field.
    #[error("an offset out of range")]
    Offset(#[from] TryFromIntError),
}

/// A PDF document that cannot be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PdfError {
    /// The fonts could not be loaded.
    #[error("the PDF fonts")]
    Fonts(#[from] FontError),
    /// The build timestamp is not a date a PDF can hold.
    #[error("build timestamp {timestamp} is not a date: {reason}")]
    Timestamp {
        /// Seconds since 1970.
        timestamp: i64,
        /// Why not.
        reason: String,
    },
    /// A face the document needs is not loaded.
    #[error("{document}: font {face} is not loaded")]
    FontMissing {
        /// The document's title.
        document: String,
        /// The face.
        face: &'static str,
    },
    /// printpdf reported an error while building the document.
    #[error("{document}: {message}")]
    Printpdf {
        /// The document's title.
        document: String,
        /// printpdf's message.
        message: String,
    },
    /// printpdf made another number of pages than were laid out.
    #[error("{document}: {laid_out} pages laid out, {in_document} in the document")]
    PageCount {
        /// The document's title.
        document: String,
        /// Pages laid out.
        laid_out: usize,
        /// Pages printpdf made.
        in_document: usize,
    },
    /// A page's content stream could not be found in the document printpdf made.
    #[error("{document}: page contents")]
    PageContents {
        /// The document's title.
        document: String,
        /// lopdf's error.
        #[source]
        source: lopdf::Error,
    },
    /// The document could not be serialised.
    #[error("{document}: writing the PDF")]
    Write {
        /// The document's title.
        document: String,
        /// The writer's error.
        #[source]
        source: std::io::Error,
    },
}
