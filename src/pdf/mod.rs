//! The PDF typesetting engine (draft doc, completed below).

pub(crate) mod block;
pub(crate) mod content;
pub(crate) mod document;
mod error;
pub(crate) mod flow;
pub(crate) mod font_file;
pub(crate) mod fonts;
pub(crate) mod layout;
pub(crate) mod page;
pub(crate) mod style;
pub(crate) mod table;
pub(crate) mod text;

pub use error::{FontError, FontFileError, PdfError};
