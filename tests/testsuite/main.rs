//! Integration and CLI tests: one test binary, a module per feature (mdBook's layout).

mod util;

mod ankicheck;
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
mod properties;
pub mod serve;
