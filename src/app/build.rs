//! `deckgen build`: load and report diagnostics, run [`crate::build`], print what it did.

use std::io::Write;
use std::time::Instant;

use super::progress::Progress;
use super::report::print_report;
use super::{Outcome, load_reporting_with};
use crate::build::{self, BuildReport, Observer};
use crate::config::BuildOptions;
use crate::diag::plural;
use crate::error::Error;
use crate::model::notes_and_cards;
use crate::validate::diagrams::{DiagramCache, DiagramFolder};
use crate::write::WriteStatus;

impl Observer for Progress {
    fn step(&self, what: &str) {
        Progress::step(self, what);
    }

    fn file_done(&self) {
        Progress::file_done(self);
    }
}

/// Runs one build.
pub fn build(
    options: &BuildOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Error> {
    let started = Instant::now();
    for why in &options.ignored {
        let _ = writeln!(err, "warning: {why}");
    }
    let progress = Progress::start(options.quiet);
    progress.step("reading the content");
    // The source texts are only needed for diagnostics, which are printed by now: drop them.
    // Diagrams an earlier build into the same folder drew are read back, not drawn again
    // (`build::run` keeps the new ones).
    let diagrams = DiagramCache::with_folder(DiagramFolder::of_output(&options.out, false));
    let crate::Loaded { deck, .. } = load_reporting_with(&options.content, &diagrams, err)?;
    if options.out.exists() && !options.out.is_dir() {
        return Err(Error::Usage(format!(
            "the output folder {} is a file: give --out a folder (deckgen creates it if missing)",
            options.out.display()
        )));
    }
    let Some(deck) = deck else {
        return Ok(Outcome::ContentErrors);
    };
    if options.dry_run {
        let report = build::dry_run(&deck, options)?;
        print_warnings(err, &report);
        print_report(out, err, &deck, &report, options.quiet, true);
        return Ok(Outcome::Success);
    }
    let report = build::run(&deck, options, &progress, || {
        let _ = writeln!(
            err,
            "waiting for another deckgen build in {} to finish",
            options.out.display()
        );
    })?;
    print_warnings(err, &report);
    progress.finish();
    if !options.quiet {
        for (path, status) in &report.files {
            let verb = match status {
                WriteStatus::Written => "wrote",
                WriteStatus::Unchanged => "unchanged",
            };
            let _ = writeln!(out, "{verb:>9} {}", path.display());
        }
        for path in &report.removed {
            let _ = writeln!(out, "  removed {} (no longer produced)", path.display());
        }
    }
    print_report(out, err, &deck, &report, options.quiet, false);
    if !options.quiet {
        let written = report
            .files
            .iter()
            .filter(|(_, s)| *s == WriteStatus::Written)
            .count();
        let _ = writeln!(
            out,
            "built {} in {}: {} ({} written, {} unchanged) in {:.2} s",
            notes_and_cards(report.cards, report.anki_cards),
            plural(report.sections, "section"),
            plural(report.files.len(), "file"),
            written,
            report.files.len() - written,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(Outcome::Success)
}

fn print_warnings(err: &mut dyn Write, report: &BuildReport) {
    for w in &report.warnings {
        let _ = writeln!(err, "warning: {w}");
    }
}
