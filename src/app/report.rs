//! The change report printed after every build (and by `build --dry-run`).

use std::io::Write;

use crate::build::BuildReport;
use crate::diag::plural;
use crate::export::apkg::notetypes::CARD_ID_FIELD;
use crate::manifest::Change;
use crate::model::Deck;
use crate::render::deck_name_part;

/// How many cards of each kind of change are listed before "... and N more".
const LISTED: usize = 50;

/// Prints the change report (and, for a `--section` build, the deck-level files it did not
/// write). `quiet` leaves out everything but the removed-cards search (a user who deleted cards
/// needs it).
pub fn print_report(
    out: &mut dyn Write,
    deck: &Deck,
    build: &BuildReport,
    quiet: bool,
    dry_run: bool,
) {
    let prefix = if dry_run { "would build: " } else { "" };
    let report = &build.changes;
    if build.partial {
        if !quiet {
            print_partial(out, build, prefix);
        }
    } else if report.first_build {
        if !quiet {
            let _ = writeln!(
                out,
                "{prefix}{} (first build: no earlier manifest.json in the output folder)",
                plural(deck.flashcard_count(), "card")
            );
        }
        return;
    } else if !quiet {
        if report.is_empty() {
            let _ = writeln!(out, "{prefix}no changes since the last build");
        } else {
            let _ = writeln!(
                out,
                "{prefix}+{} added, ~{} changed, -{} removed{}",
                report.added.len(),
                report.changed.len(),
                report.removed.len(),
                if report.note_types_changed {
                    " (card templates or style changed)"
                } else {
                    ""
                }
            );
        }
        list(out, '+', &report.added);
        list(out, '~', &report.changed);
        list(out, '-', &report.removed);
    }
    if !report.removed.is_empty() {
        let _ = writeln!(
            out,
            "Removed cards stay in Anki (importing never deletes). To delete them, paste this search \
             into Anki's browser, select all and delete:\n  {}",
            removed_search(deck, &report.removed)
        );
    }
}

/// A `--section` build's summary: changes in its sections only, and what it left alone.
fn print_partial(out: &mut dyn Write, build: &BuildReport, prefix: &str) {
    let report = &build.changes;
    if report.first_build {
        let _ = writeln!(
            out,
            "{prefix}{} of the selected sections (no earlier full build in the output folder)",
            plural(build.cards, "card")
        );
    } else {
        let _ = writeln!(
            out,
            "{prefix}in the selected sections since the last full build: +{} added, ~{} changed, -{} removed",
            report.added.len(),
            report.changed.len(),
            report.removed.len(),
        );
    }
    if !build.skipped.is_empty() {
        let _ = writeln!(
            out,
            "a --section build writes only its sections' own files; not written (they hold the whole deck):"
        );
        for path in &build.skipped {
            let _ = writeln!(out, "  skipped {}", path.display());
        }
    }
}

pub(super) fn list(out: &mut dyn Write, sign: char, changes: &[Change]) {
    for c in changes.iter().take(LISTED) {
        let _ = writeln!(out, "  {sign} [{}] {} ({})", c.section, c.question, c.id);
    }
    if changes.len() > LISTED {
        let _ = writeln!(out, "  {sign} ... and {} more", changes.len() - LISTED);
    }
}

/// An Anki search for the removed cards of this deck, by deckgen's `CardId` field.
pub fn removed_search(deck: &Deck, removed: &[Change]) -> String {
    let ids = removed
        .iter()
        .map(|c| format!("{CARD_ID_FIELD}:{}", escape_search(&c.id)))
        .collect::<Vec<_>>()
        .join(" OR ");
    format!(
        "\"deck:{}\" ({ids})",
        escape_search(&deck_name_part(&deck.name)).replace('"', "\\\"")
    )
}

/// Escapes Anki's search wildcards (`*`, `_`) and backslashes.
fn escape_search(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_wildcards() {
        assert_eq!(escape_search("a_b*c"), "a\\_b\\*c");
    }
}
