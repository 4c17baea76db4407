//! The change report printed after every build (and by `build --dry-run`).

use std::io::Write;

use crate::build::BuildReport;
use crate::diag::plural;
use crate::export::apkg::notetypes;
use crate::export::apkg::notetypes::CARD_ID_FIELD;
use crate::manifest::{Change, ChangeReport, kind_name};
use crate::model::{Deck, notes_and_cards};
use crate::render::{csv_id_tag, deck_name_part, section_deck_name};

/// How many cards of each kind of change are listed before "... and N more".
const LISTED: usize = 50;

/// Prints the change report (and, for a `--section` build, the deck-level files it did not
/// write) to `out`. With `quiet` only what the user must do in Anki is printed (a kind change,
/// renamed decks, removed cards or cloze deletions), as warnings on `err`: `-q` prints nothing
/// but errors and warnings.
pub fn print_report(
    out: &mut dyn Write,
    err: &mut dyn Write,
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
                notes_and_cards(build.cards, build.anki_cards)
            );
        }
        return;
    } else if !quiet {
        if report.is_empty() {
            let _ = writeln!(out, "{prefix}no changes since the last build");
        } else {
            let kinds = if report.kind_changed.is_empty() {
                String::new()
            } else {
                format!(", !{} kind changed", report.kind_changed.len())
            };
            let _ = writeln!(
                out,
                "{prefix}+{} added, ~{} changed{kinds}, -{} removed{}",
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
        print_lagging(out, report);
    }
    if quiet {
        let mut actions = Vec::new();
        print_actions(&mut actions, deck, report);
        for line in String::from_utf8_lossy(&actions).lines() {
            let mark = if line.starts_with(' ') {
                ""
            } else {
                "warning: "
            };
            let _ = writeln!(err, "{mark}{line}");
        }
    } else {
        print_actions(out, deck, report);
    }
}

/// Formats this build brings up to date with earlier builds that did not write them.
fn print_lagging(out: &mut dyn Write, report: &ChangeReport) {
    for lag in &report.lagging {
        if !lag.built_before {
            let _ = writeln!(
                out,
                "{} files: first built in this folder now, with every card",
                lag.group
            );
        } else if !lag.changes.is_empty() {
            let _ = writeln!(
                out,
                "{} files: not built since earlier changes; they now hold {} added or changed \
                 since their last build (cards removed meanwhile are gone from them too):",
                lag.group,
                plural(lag.changes.len(), "note")
            );
            list(out, '~', &lag.changes);
        }
    }
}

/// What the user must do in Anki for the changes a re-import does not carry: printed also with
/// `-q`, since skipping it loses or strands cards.
fn print_actions(out: &mut dyn Write, deck: &Deck, report: &ChangeReport) {
    if !report.kind_changed.is_empty() {
        let _ = writeln!(
            out,
            "Changed kind (Anki keeps each note under its old note type and skips it on import as \
             \"conflicting\"):"
        );
        for k in report.kind_changed.iter().take(LISTED) {
            let c = &k.card;
            let _ = writeln!(
                out,
                "  ! [{}] {} ({}): {} -> {}, note type \"{}\"",
                c.section,
                c.question,
                c.id,
                k.from,
                kind_name(k.to),
                notetypes::all()[notetypes::index_for(k.to)].name
            );
        }
        if report.kind_changed.len() > LISTED {
            let _ = writeln!(
                out,
                "  ! ... and {} more",
                report.kind_changed.len() - LISTED
            );
        }
        let ids: Vec<&str> = report
            .kind_changed
            .iter()
            .map(|k| k.card.id.as_str())
            .collect();
        let _ = writeln!(
            out,
            "  In Anki, for each: Browse, search {}, select the note, Notes > Change Note Type, \
             choose the note type named above (fields and cards map in order; the first card keeps \
             its reviews), Save. Then import the package again with \"Update notes: Always\" (the \
             change made Anki's copy newer than the package).",
            id_search(&ids),
        );
    }
    for c in report.clozes_removed.iter().take(LISTED) {
        let numbers: Vec<String> = c.numbers.iter().map(|n| format!("c{n}")).collect();
        let _ = writeln!(
            out,
            "Cloze deletion {} removed from {} ({}): Anki keeps the now-empty card (its reviews \
             too); remove it with Tools > Empty Cards.",
            numbers.join(", "),
            c.card.question,
            c.card.id
        );
    }
    print_renames(out, deck, report);
    if !report.removed.is_empty() {
        let _ = writeln!(
            out,
            "Removed cards stay in Anki (importing never deletes). To delete them, paste this search \
             into Anki's browser, select all and delete (it finds them whether you imported the \
             .apkg or the CSV):\n  {}",
            removed_search(deck, &report.removed)
        );
    }
}

/// Renamed deck or sections: importing never moves cards between decks.
fn print_renames(out: &mut dyn Write, deck: &Deck, report: &ChangeReport) {
    let old_deck = report
        .deck_renamed
        .as_ref()
        .map_or_else(|| deck_name_part(&deck.name), |r| deck_name_part(&r.from));
    let mut renames = Vec::new();
    if let Some(r) = &report.deck_renamed {
        renames.push((old_deck.clone(), deck_name_part(&r.to)));
    }
    for r in &report.sections_renamed {
        let section = deck.sections.iter().find(|s| s.id.as_str() == r.section);
        if let Some(section) = section {
            renames.push((
                format!("{old_deck}::{}", deck_name_part(&r.from)),
                section_deck_name(deck, section),
            ));
        }
    }
    if renames.is_empty() {
        return;
    }
    let _ = writeln!(out, "Renamed Anki decks:");
    for (from, to) in &renames {
        let _ = writeln!(out, "  \"{from}\" -> \"{to}\"");
    }
    let _ = writeln!(
        out,
        "  Importing never moves cards: Anki would make the new decks empty and leave the cards in \
         the old ones. Before importing, rename each deck in Anki (Browse, right-click the deck in \
         the sidebar, Rename{}).",
        if report.deck_renamed.is_some() && !report.sections_renamed.is_empty() {
            "; the deck first, then its sub-decks"
        } else {
            ""
        }
    );
}

/// A `--section` build's summary: changes in its sections only, and what it left alone.
fn print_partial(out: &mut dyn Write, build: &BuildReport, prefix: &str) {
    let report = &build.changes;
    if report.first_build {
        let _ = writeln!(
            out,
            "{prefix}{} of the selected sections (no earlier full build in the output folder)",
            notes_and_cards(build.cards, build.anki_cards)
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

/// An Anki search for notes of deckgen's note types by their `CardId` field.
fn id_search(ids: &[&str]) -> String {
    let ids = ids
        .iter()
        .map(|id| format!("{CARD_ID_FIELD}:{}", escape_search(id)))
        .collect::<Vec<_>>()
        .join(" OR ");
    format!("\"note:deckgen *\" ({ids})")
}

/// An Anki search for the removed cards of this deck, whatever their deck is called now: the
/// .apkg's notes by their `CardId` field, the CSV's (stock note types) by their id tag.
pub fn removed_search(deck: &Deck, removed: &[Change]) -> String {
    let ids: Vec<&str> = removed.iter().map(|c| c.id.as_str()).collect();
    let tags = removed
        .iter()
        .map(|c| format!("tag:{}", escape_search(&csv_id_tag(&deck.id, &c.id))));
    std::iter::once(format!("({})", id_search(&ids)))
        .chain(tags)
        .collect::<Vec<_>>()
        .join(" OR ")
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
