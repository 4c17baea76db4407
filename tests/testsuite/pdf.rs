//! PDF tests (filled in by the PDF work).
