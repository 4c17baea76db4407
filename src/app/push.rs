//! `deckgen push`: load and render the deck, ask Anki (AnkiConnect) what it holds, print the
//! plan, carry it out with a progress bar, and report in the build report's shape.

use std::collections::BTreeSet;
use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::report::list;
use super::{Outcome, load_reporting};
use crate::build::check_sections;
use crate::config::PushOptions;
use crate::diag::plural;
use crate::error::Error;
use crate::model::Section;
use crate::push::{self, Client, DEFAULT_URL, Endpoint, Observer, Plan, Target};
use crate::render::render_cards;

/// Runs `deckgen push`.
pub fn push(
    options: &PushOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Error> {
    let started = Instant::now();
    let endpoint = Endpoint::parse(
        options.url.as_deref().unwrap_or(DEFAULT_URL),
        options.url.is_some(),
    )?;
    if !endpoint.is_loopback() {
        let _ = writeln!(
            err,
            "warning: {} is another machine: the notes (and the API key) travel unencrypted",
            endpoint.url()
        );
    }
    let crate::Loaded { deck, .. } = load_reporting(&options.content, err)?;
    let Some(deck) = deck else {
        return Ok(Outcome::ContentErrors);
    };
    check_sections(&deck, &options.sections)?;
    let chosen = |s: &Section| options.sections.iter().any(|w| w == s.id.as_str());
    let (deck, elsewhere) = if options.sections.is_empty() {
        (deck, BTreeSet::new())
    } else {
        let elsewhere = deck
            .sections
            .iter()
            .filter(|s| !chosen(s))
            .flat_map(|s| s.flashcards().map(|c| c.id.to_string()).collect::<Vec<_>>())
            .collect();
        let kept = deck
            .sections
            .iter()
            .filter(|s| chosen(s))
            .cloned()
            .collect();
        (deck.with_sections(kept), elsewhere)
    };
    let cards = render_cards(&deck);
    let mut target = Target::new(&deck, &cards, now())?;
    target.partial = !options.sections.is_empty();
    target.elsewhere = elsewhere;
    let bar = Bar::new(options.quiet);
    let mut client = Client::new(endpoint, options.api_key.clone());
    bar.step("asking Anki what it holds", 0);
    let state = push::fetch(&mut client, &target)?;
    let plan = push::plan(&target, &state, options.delete_removed)?;
    if plan.is_empty() {
        bar.clear();
        if !options.quiet {
            let _ = writeln!(
                out,
                "nothing to push: Anki holds the deck as built ({})",
                plural(target.notes.len(), "note")
            );
        }
        return Ok(Outcome::Success);
    }
    if options.dry_run {
        bar.clear();
        print_plan(out, &plan, options.quiet, true);
        return Ok(Outcome::Success);
    }
    let outcome = push::push(&mut client, &target, plan, &bar)?;
    bar.clear();
    print_plan(out, &outcome.plan, options.quiet, false);
    if !options.quiet {
        if outcome.repaired > 0 {
            let _ = writeln!(
                out,
                "redid {} Anki reported done but had not done",
                plural(outcome.repaired, "change")
            );
        }
        let _ = writeln!(
            out,
            "pushed {} to Anki in {:.2} s ({})",
            plural(target.notes.len(), "note"),
            started.elapsed().as_secs_f64(),
            plural(outcome.requests as usize, "request")
        );
    }
    Ok(Outcome::Success)
}

fn print_plan(out: &mut dyn Write, plan: &Plan, quiet: bool, dry_run: bool) {
    let prefix = if dry_run { "would push: " } else { "" };
    if !quiet {
        let _ = writeln!(out, "{prefix}{}", plan.summary());
        for update in &plan.note_types {
            let what = match (update.templates, update.css) {
                (true, true) => "card templates and style",
                (true, false) => "card templates",
                _ => "style",
            };
            let _ = writeln!(
                out,
                "  ~ note type `{}`: {what} {} deckgen's",
                update.name,
                if dry_run { "would be set to" } else { "set to" }
            );
        }
        for deck in &plan.decks {
            let _ = writeln!(out, "  + deck {deck}");
        }
        if !plan.media.is_empty() {
            let _ = writeln!(
                out,
                "  + {} {}",
                plural(plan.media.len(), "media file"),
                if dry_run { "to upload" } else { "uploaded" }
            );
        }
        list(out, '+', &plan.added);
        list(out, '~', &plan.changed);
        list(out, '>', &plan.moved);
        list(out, '-', &plan.removed);
    }
    if !plan.removed.is_empty() && !plan.delete {
        let _ = writeln!(
            out,
            "Removed cards {} tagged `{}` and suspended; `deckgen push --delete-removed` deletes them.",
            if dry_run { "would be" } else { "are" },
            push::REMOVED_TAG
        );
    }
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// The push's progress bar on stderr: only on a terminal, never with `--quiet`. Steps of known
/// size (notes to add, update, move, remove) show a bar; the others a spinner.
struct Bar(ProgressBar);

impl Bar {
    fn new(quiet: bool) -> Bar {
        let target = if quiet || !std::io::stderr().is_terminal() {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        };
        let bar = ProgressBar::with_draw_target(None, target);
        bar.enable_steady_tick(Duration::from_millis(120));
        Bar(bar)
    }

    fn clear(&self) {
        self.0.finish_and_clear();
    }
}

impl Observer for Bar {
    fn step(&self, what: &str, total: u64) {
        let template = if total == 0 {
            "{spinner} {msg} ({elapsed})"
        } else {
            "{msg} {wide_bar} {pos}/{len} notes ({elapsed})"
        };
        self.0.set_length(total);
        self.0.set_position(0);
        self.0.set_message(what.to_string());
        if let Ok(style) = ProgressStyle::with_template(template) {
            self.0.set_style(style);
        }
    }

    fn advance(&self, n: u64) {
        self.0.inc(n);
    }
}
