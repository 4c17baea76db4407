//! Integration and CLI tests: one test binary, a module per feature (mdBook's layout).

mod util;

mod cli;
mod csv_export;
mod pdf;
