//! `deckgen build`: load, export every requested format, write atomically, report.

use std::io::Write;
use std::time::Instant;

use super::{Outcome, load_reporting};
use crate::config::{BuildInfo, BuildOptions};
use crate::error::Error;
use crate::export::{ExportContext, exporter_for};
use crate::model::Deck;
use crate::write::{OutputLock, WriteStatus, write_artifacts};

/// Runs one build.
pub fn build(
    options: &BuildOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Error> {
    let started = Instant::now();
    let loaded = load_reporting(&options.content, err)?;
    let Some(deck) = loaded.deck else {
        return Ok(Outcome::ContentErrors);
    };
    let deck = select_sections(deck, &options.sections)?;
    if options.dry_run {
        return Ok(Outcome::Success);
    }
    let lock = OutputLock::acquire(&options.out, || {
        let _ = writeln!(err, "waiting for another deckgen build in {}", options.out.display());
    })?;
    let build = BuildInfo { timestamp: 0 };
    let cx = ExportContext {
        deck: &deck,
        options,
        build,
    };
    let mut artifacts = Vec::new();
    for format in &options.formats {
        let rendered = exporter_for(*format).render(&cx)?;
        for w in rendered.warnings {
            let _ = writeln!(err, "warning: {w}");
        }
        artifacts.extend(rendered.artifacts);
    }
    let statuses = write_artifacts(&options.out, &artifacts, &lock)?;
    let written = statuses.iter().filter(|(_, s)| *s == WriteStatus::Written).count();
    if !options.quiet {
        for (path, status) in &statuses {
            let verb = match status {
                WriteStatus::Written => "wrote",
                WriteStatus::Unchanged => "unchanged",
            };
            let _ = writeln!(out, "{verb:>9} {}", path.display());
        }
        let _ = writeln!(
            out,
            "built {} cards in {} sections: {} files ({} written, {} unchanged) in {:.2} s",
            deck.flashcard_count(),
            deck.sections.len(),
            statuses.len(),
            written,
            statuses.len() - written,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(Outcome::Success)
}

/// Keeps only the sections named by `--section` (all when none is named).
fn select_sections(mut deck: Deck, wanted: &[String]) -> Result<Deck, Error> {
    if wanted.is_empty() {
        return Ok(deck);
    }
    let unknown: Vec<&String> = wanted
        .iter()
        .filter(|w| !deck.sections.iter().any(|s| s.id.as_str() == w.as_str()))
        .collect();
    if let Some(first) = unknown.first() {
        let known = deck
            .sections
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        return Err(Error::Usage(format!(
            "no section `{first}` in the content; sections are: {known}"
        )));
    }
    deck.sections.retain(|s| wanted.iter().any(|w| w == s.id.as_str()));
    Ok(deck)
}
