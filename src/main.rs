//! The `deckgen` binary: parse the command line, run, map the outcome to an exit code.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use deckgen::app;
use deckgen::cli::Cli;

fn main() -> ExitCode {
    // clap prints usage errors itself and exits with code 2.
    let command = Cli::parse().into();
    let mut stdout = io::stdout().lock();
    let mut stderr = io::stderr().lock();
    let outcome = app::run(&command, &mut stdout, &mut stderr);
    // A closed pipe (`deckgen list | head`) is not a failure.
    let _ = stdout.flush();
    ExitCode::from(outcome.exit_code())
}
