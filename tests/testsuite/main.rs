//! Integration and CLI tests: one test binary, a module per feature (mdBook's layout).

// Test and bench code may unwrap: a failure is the test's failure (see [lints] in Cargo.toml).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod util;

mod anki;
mod anki_updates;
mod apkg;
mod authoring;
mod bad_input;
mod browser;
mod cli;
mod content;
mod crash;
mod csv_export;
mod genanki_reference;
mod pdf;
mod pdf_pictures;
mod pictures;
mod properties;
mod push;
pub mod serve;
