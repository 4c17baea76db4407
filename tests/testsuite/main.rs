//! Integration and CLI tests: one test binary, a module per feature (mdBook's layout).

mod util;

mod ankicheck;
mod apkg;
mod cli;
mod content;
mod csv_export;
mod pdf;
