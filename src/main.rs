//! The `deckgen` binary: parse the command line, run, map the outcome to an exit code.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use deckgen::app;
use deckgen::cli::Cli;

fn main() -> ExitCode {
    limit_malloc_arenas();
    // clap prints usage errors itself and exits with code 2.
    let command = Cli::parse().into();
    // Unlocked handles: the progress line (another thread) writes to stderr too.
    let mut stdout = io::stdout();
    let mut stderr = io::stderr();
    let outcome = app::run(&command, &mut stdout, &mut stderr);
    // A closed pipe (`deckgen list | head`) is not a failure.
    let _ = stdout.flush();
    ExitCode::from(outcome.exit_code())
}

/// glibc gives every thread that allocates its own malloc arena; with the build's worker threads
/// that fragments the heap (a 100,000-card build peaked ~25 MB higher). Two arenas are plenty for
/// a handful of threads.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn limit_malloc_arenas() {
    // SAFETY: mallopt only changes allocator tuning; it is called before any thread starts.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn limit_malloc_arenas() {}
