//! The build: stages 4 to 7 as one library call, a validated deck → files in the output folder
//! and a [`BuildReport`].
//!
//! [`run`] takes the output folder's lock, reads the previous manifest (refusing another deck's
//! folder), renders the cards once ([`crate::render`]), plans the build against the previous
//! manifest ([`crate::manifest::plan`]), runs the exporters with each file staged as it comes
//! ([`crate::write::Stager`]), writes the manifest beside them, commits everything (manifest
//! last), and removes the files of the previous build that are no longer made (`outputs.rs`). It
//! prints nothing: the caller ([`crate::app`]) shows progress through an [`Observer`] and prints
//! the report.
//!
//! A `--section` build writes only the selected sections' own files; deck-level files (the
//! .apkg, the whole-deck CSV, the cheat sheet, the flashcards) are listed in
//! [`BuildReport::skipped`], the change report covers those sections only, and the manifest keeps
//! the last full build's cards, so that the next full build reports every change.

mod outputs;

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, mpsc};
use std::time::{SystemTime, UNIX_EPOCH};

use self::outputs::{ExporterSink, Shared};
use crate::config::{BuildInfo, BuildOptions, Format};
use crate::diag::plural;
use crate::error::Error;
use crate::export::apkg::notetypes;
use crate::export::{ExportContext, exporter_for, lock};
use crate::manifest::{self, ChangeReport, Clock, Manifest};
use crate::model::Deck;
use crate::render::{RenderedCard, RenderedDeck, render_cards};
use crate::validate::diagrams::DiagramFolder;
use crate::write::{OutputLock, Stager, WriteStatus};

/// Up to this many cards, every exporter runs at once (see `export`).
const TOGETHER_CARDS: usize = 2_000;

/// Told what a build is doing, from any of its threads (a progress line, or nothing).
pub trait Observer: Sync {
    /// A new step begins.
    fn step(&self, what: &str);
    /// One more file is staged.
    fn file_done(&self);
}

/// An observer that ignores everything.
#[derive(Debug, Default, Clone, Copy)]
pub struct Silent;

impl Observer for Silent {
    fn step(&self, _: &str) {}
    fn file_done(&self) {}
}

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// What changed since the previous build (for a `--section` build: in those sections).
    pub changes: ChangeReport,
    /// A `--section` build.
    pub partial: bool,
    /// Files committed (their paths inside the output folder), sorted, the manifest last.
    pub files: Vec<(PathBuf, WriteStatus)>,
    /// Deck-level files a `--section` build did not write (paths inside the output folder).
    pub skipped: Vec<PathBuf>,
    /// Files of the previous build removed because this build no longer makes them (paths
    /// inside the output folder).
    pub removed: Vec<PathBuf>,
    /// Things the user should know (characters a font lacks, an unreadable manifest, a stale
    /// file that could not be removed, ...).
    pub warnings: Vec<String>,
    /// Flashcards built: Anki notes.
    pub cards: usize,
    /// Anki cards built (a reversed note has two, a cloze note one per deletion number).
    pub anki_cards: usize,
    /// Sections built.
    pub sections: usize,
}

/// Compares the deck with the previous build and returns the change report, writing nothing
/// (`build --dry-run`). Takes no lock.
pub fn dry_run(deck: &Deck, options: &BuildOptions) -> Result<BuildReport, Error> {
    check_sections(deck, &options.sections)?;
    let clock = clock()?;
    let mut report = BuildReport::default();
    let previous = read_previous(deck, &options.out, &mut report.warnings)?;
    let (cards, mut plan) = compare(deck, previous.as_ref(), clock, &Silent);
    track_groups(options, previous.as_ref(), &mut plan);
    let (selected, _) = select_sections(deck, cards, &options.sections);
    (report.cards, report.anki_cards, report.sections) = (
        selected.flashcard_count(),
        selected.anki_card_count(),
        selected.sections.len(),
    );
    report.changes = plan.report;
    finish_partial(options, &mut report);
    Ok(report)
}

/// Builds `deck` into `options.out`. `on_wait` is called if another build holds the folder.
pub fn run(
    deck: &Deck,
    options: &BuildOptions,
    observer: &dyn Observer,
    on_wait: impl FnOnce(),
) -> Result<BuildReport, Error> {
    check_sections(deck, &options.sections)?;
    let clock = clock()?;
    let partial = !options.sections.is_empty();
    // Hold the lock from reading the previous manifest to writing the new one, so that two builds
    // into one folder cannot both start from the same manifest.
    let output_lock = OutputLock::acquire(&options.out, on_wait)?;
    // The lock removed the staged files of an interrupted build; its package database is in the
    // system temp folder.
    if options.formats.contains(&Format::Apkg) {
        crate::export::apkg::collection::remove_stale_scratch();
    }
    let mut report = BuildReport {
        partial,
        ..BuildReport::default()
    };
    let previous = read_previous(deck, &options.out, &mut report.warnings)?;
    let (cards, mut plan) = compare(deck, previous.as_ref(), clock, observer);
    track_groups(options, previous.as_ref(), &mut plan);
    let (selected, cards) = select_sections(deck, cards, &options.sections);
    (report.cards, report.anki_cards, report.sections) = (
        selected.flashcard_count(),
        selected.anki_card_count(),
        selected.sections.len(),
    );
    let manifest::Plan {
        manifest: planned,
        report: changes,
    } = plan;
    report.changes = changes;
    let build = BuildInfo {
        timestamp: planned.timestamp,
        note_types_mtime: planned.note_types.mtime,
    };
    // A `--section` build keeps the last full build's cards (none without one: then it writes
    // no manifest), so that the next full build compares with what was last built in full.
    let manifest = if partial {
        previous.clone()
    } else {
        Some(planned)
    };
    let stager = Stager::new(&options.out, &output_lock)?;
    let shared = Shared {
        stager: &stager,
        observer,
        produced: Mutex::new(Vec::new()),
        skipped: Mutex::new(Vec::new()),
        warnings: Mutex::new(Vec::new()),
        partial,
    };
    let manifest_path = PathBuf::from(manifest::FILE_NAME);
    let final_manifest = options.out.join(&manifest_path);
    let mut manifest_file = manifest
        .as_ref()
        .map(|_| stager.open(&manifest_path))
        .transpose()?;
    // The manifest is written beside the exporters: its cards (most of it) at once, on a thread
    // of its own, then its list of output files once they are done.
    let (outputs_tx, outputs_rx) = mpsc::channel();
    let (written, exported) = std::thread::scope(|scope| {
        let writer = manifest.zip(manifest_file.as_mut()).map(|(m, file)| {
            scope.spawn(move || manifest::write(m, file, || outputs_rx.recv().ok()))
        });
        let exported = export(options, &selected, build, cards, &shared).map(|ran| {
            let produced = std::mem::take(&mut *lock(&shared.produced));
            let (outputs, stale) = outputs::record(previous.as_ref(), &ran, &produced, partial);
            let _ = outputs_tx.send(outputs);
            stale
        });
        // After a failed export (or a panic, which drops it too) the writer gets no file list
        // and leaves the manifest unfinished.
        drop(outputs_tx);
        (writer.map(|w| w.join()), exported)
    });
    let written = written.map(|w| w.unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
    let stale = exported?;
    if let Some(result) = written {
        result.map_err(|source| Error::Manifest {
            path: final_manifest.clone(),
            source,
        })?;
    }
    if let Some(file) = manifest_file.take() {
        file.finish()?;
    }
    drop(manifest_file);
    report.warnings.extend(lock(&shared.warnings).drain(..));
    report.skipped = lock(&shared.skipped)
        .drain(..)
        .map(|p| options.out.join(p))
        .collect();
    report.skipped.sort();
    drop(shared);
    // The manifest is renamed last: if the build dies before it, the next build still sees the
    // old one and repeats the same change report.
    observer.step("moving the files into place");
    report.files = stager.commit(Some(&manifest_path))?;
    for rel in stale {
        let path = options.out.join(&rel);
        match std::fs::remove_file(&path) {
            Ok(()) => report.removed.push(path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => report
                .warnings
                .push(format!("cannot remove stale {}: {e}", path.display())),
        }
    }
    // The deck's diagrams kept for the next build; a build of every section also drops the
    // ones the deck no longer has.
    let kept = DiagramFolder::of_output(&options.out, true);
    kept.keep(deck.pictures.diagrams().map(|(_, d)| d));
    if !partial {
        let keep: BTreeSet<&str> = deck
            .pictures
            .diagrams()
            .map(|(_, d)| d.stem.as_str())
            .collect();
        kept.prune(&keep);
    }
    finish_partial(options, &mut report);
    Ok(report)
}

/// For a `--section` build: the change report restricted to the selected sections.
fn finish_partial(options: &BuildOptions, report: &mut BuildReport) {
    if options.sections.is_empty() {
        return;
    }
    report.partial = true;
    let wanted = |c: &manifest::Change| options.sections.contains(&c.section);
    for list in [
        &mut report.changes.added,
        &mut report.changes.changed,
        &mut report.changes.removed,
    ] {
        list.retain(wanted);
    }
    report
        .changes
        .kind_changed
        .retain(|k| options.sections.contains(&k.card.section));
    report
        .changes
        .clozes_removed
        .retain(|c| options.sections.contains(&c.card.section));
    report
        .changes
        .sections_renamed
        .retain(|r| options.sections.contains(&r.section));
}

/// Runs one exporter, its files checked against what it declares. Returns its groups.
fn export_one(
    format: Format,
    cx: &ExportContext<'_>,
    shared: &Shared<'_, '_>,
) -> Result<BTreeSet<&'static str>, Error> {
    let exporter = exporter_for(format);
    let declared = exporter.outputs(cx);
    let mut groups: BTreeSet<&'static str> = declared.iter().map(|o| o.group).collect();
    groups.extend(exporter.empty_groups(cx));
    exporter.export(cx, &ExporterSink::new(shared, declared))?;
    Ok(groups)
}

/// Runs `formats`' exporters on one thread each and waits for all of them.
fn export_side_by_side(
    formats: &[Format],
    cx: &ExportContext<'_>,
    shared: &Shared<'_, '_>,
) -> Result<BTreeSet<&'static str>, Error> {
    let results: Vec<Result<BTreeSet<&'static str>, Error>> = std::thread::scope(|scope| {
        let handles: Vec<_> = formats
            .iter()
            .map(|&format| scope.spawn(move || export_one(format, cx, shared)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    let mut groups = BTreeSet::new();
    for result in results {
        groups.extend(result?);
    }
    Ok(groups)
}

/// Runs the exporters of `options.formats`; returns the output groups that ran.
///
/// The .apkg and CSV exporters run side by side, then the PDF exporter, which spreads its
/// documents over every core itself; for a big deck, running it alongside the others would only
/// add their memory peaks together. A small deck runs all of them at once: its PDFs are the long
/// pole, and they need not wait.
fn export(
    options: &BuildOptions,
    deck: &Deck,
    build: BuildInfo,
    cards: Vec<RenderedCard>,
    shared: &Shared<'_, '_>,
) -> Result<BTreeSet<&'static str>, Error> {
    let together = deck.flashcard_count() <= TOGETHER_CARDS;
    let (later, first): (Vec<Format>, Vec<Format>) = options
        .formats
        .iter()
        .partition(|f| **f == Format::Pdf && !together);
    shared.observer.step(if later.is_empty() {
        "writing the files"
    } else {
        "writing the Anki package and CSV files"
    });
    let cx = ExportContext {
        deck,
        options,
        build,
        cards: &cards,
    };
    let mut groups = export_side_by_side(&first, &cx, shared)?;
    // The PDFs are laid out from the deck itself, not from the rendered HTML: free that first
    // (at 100,000 cards it is tens of megabytes).
    drop(cards);
    let cx = ExportContext {
        deck,
        options,
        build,
        cards: &[],
    };
    for &format in &later {
        shared.observer.step("laying out the PDFs");
        groups.extend(export_one(format, &cx, shared)?);
    }
    Ok(groups)
}

/// The previous build's manifest; an unreadable one is a warning and counts as none. Another
/// deck's manifest is an error: its folder is not this deck's to change.
fn read_previous(
    deck: &Deck,
    out: &Path,
    warnings: &mut Vec<String>,
) -> Result<Option<Manifest>, Error> {
    let previous = manifest::read(out).unwrap_or_else(|e| {
        let mut message = e.to_string();
        if let Some(cause) = std::error::Error::source(&e) {
            message.push_str(&format!(": {cause}"));
        }
        warnings.push(format!(
            "ignoring the previous manifest ({message}); every card counts as new"
        ));
        None
    });
    match previous {
        Some(m) if m.deck != deck.id.as_str() => Err(Error::OtherDeck {
            out: out.to_path_buf(),
            theirs: m.deck,
            ours: deck.id.to_string(),
        }),
        previous => Ok(previous),
    }
}

/// Renders the deck's cards and compares them with the previous build: the cards (with their
/// mtimes set) and the plan (new manifest, change report, timestamps).
fn compare(
    deck: &Deck,
    previous: Option<&Manifest>,
    clock: Clock,
    observer: &dyn Observer,
) -> (Vec<RenderedCard>, manifest::Plan) {
    observer.step(&format!(
        "rendering {}",
        plural(deck.flashcard_count(), "card")
    ));
    let RenderedDeck { mut cards, digests } = render_cards(deck);
    let plan = manifest::plan(
        previous,
        deck,
        &mut cards,
        digests,
        &notetypes::fingerprint(&notetypes::all()),
        clock,
    );
    (cards, plan)
}

/// The output groups a build with `options` runs.
fn groups(options: &BuildOptions) -> Vec<&'static str> {
    let mut out = Vec::new();
    for format in &options.formats {
        match format {
            Format::Apkg => out.push("apkg"),
            Format::Pdf => out.push("pdf"),
            Format::Csv => out.extend(options.csv.iter().map(|f| match f {
                crate::config::CsvFlavour::Anki => "csv",
                crate::config::CsvFlavour::Plain => "csv/plain",
            })),
        }
    }
    out
}

/// Records in the new manifest which groups this build runs (a full build only), and reports the
/// groups that missed earlier builds: a `--format csv` build after `--format apkg` builds that
/// changed cards brings the CSV files those changes too, and says so.
fn track_groups(options: &BuildOptions, previous: Option<&Manifest>, plan: &mut manifest::Plan) {
    let groups = groups(options);
    if let Some(previous) = previous.filter(|m| !m.built.is_empty()) {
        for group in &groups {
            let since = previous.built.get(*group).copied();
            if since.is_some_and(|t| t >= previous.timestamp) {
                continue;
            }
            let changes = plan
                .manifest
                .cards
                .iter()
                .filter(|c| since.is_some_and(|t| c.mtime > t))
                .filter(|c| {
                    !plan
                        .report
                        .added
                        .iter()
                        .chain(&plan.report.changed)
                        .any(|x| x.id == c.id)
                })
                .map(|c| manifest::Change {
                    id: c.id.clone(),
                    section: c.section.clone(),
                    question: c.question.clone(),
                })
                .collect();
            plan.report.lagging.push(manifest::Lagging {
                group: (*group).to_string(),
                built_before: since.is_some(),
                changes,
            });
        }
    }
    if options.sections.is_empty() {
        let timestamp = plan.manifest.timestamp;
        for group in groups {
            plan.manifest.built.insert(group.to_string(), timestamp);
        }
    }
}

/// The build's clock: now, and `SOURCE_DATE_EPOCH` if set.
fn clock() -> Result<Clock, Error> {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0);
    let fixed = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) if !v.trim().is_empty() => Some(v.trim().parse::<i64>().map_err(|_| {
            Error::Usage(format!(
                "SOURCE_DATE_EPOCH must be a number of seconds since 1970, not `{v}`"
            ))
        })?),
        _ => None,
    };
    Ok(Clock { now, fixed })
}

/// Fails with a usage error if `--section` names a section the deck does not have.
pub fn check_sections(deck: &Deck, wanted: &[String]) -> Result<(), Error> {
    if let Some(unknown) = wanted
        .iter()
        .find(|w| !deck.sections.iter().any(|s| s.id.as_str() == w.as_str()))
    {
        let known = deck
            .sections
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        return Err(Error::Usage(format!(
            "no section `{unknown}` in the content; the sections are: {known}"
        )));
    }
    Ok(())
}

/// The deck and rendered cards restricted to the `--section`s (all when none is named); card
/// section indexes are renumbered to match.
fn select_sections<'d>(
    deck: &'d Deck,
    cards: Vec<RenderedCard>,
    wanted: &[String],
) -> (Cow<'d, Deck>, Vec<RenderedCard>) {
    if wanted.is_empty() {
        return (Cow::Borrowed(deck), cards);
    }
    let keep: Vec<usize> = (0..deck.sections.len())
        .filter(|&i| wanted.iter().any(|w| w == deck.sections[i].id.as_str()))
        .collect();
    let selected = deck.with_sections(keep.iter().map(|&i| deck.sections[i].clone()).collect());
    let cards = cards
        .into_iter()
        .filter_map(|mut c| {
            keep.iter().position(|&i| i == c.section).map(|new| {
                c.section = new;
                c
            })
        })
        .collect();
    (Cow::Owned(selected), cards)
}
