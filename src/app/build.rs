//! `deckgen build`: load, compare with the last build, export every requested format, write
//! atomically, report.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Mutex, mpsc};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use super::progress::Progress;
use super::report::print_report;
use super::{Outcome, load_reporting};
use crate::config::{BuildInfo, BuildOptions, CsvFlavour, Format};
use crate::diag::plural;
use crate::error::Error;
use crate::export::apkg::notetypes;
use crate::export::common::{RenderedCard, render_cards};
use crate::export::{Artifact, ExportContext, FileWriter, Sink, exporter_for, lock};
use crate::manifest::{self, Clock};
use crate::model::Deck;
use crate::write::{OutputLock, Stager, WriteStatus};

/// Up to this many cards, every exporter runs at once (see `build`).
const TOGETHER_CARDS: usize = 2_000;

/// Runs `formats`' exporters on one thread each and waits for all of them.
fn export_side_by_side(
    formats: &[Format],
    cx: &ExportContext<'_>,
    sink: &StagingSink<'_, '_>,
) -> Result<(), Error> {
    let results: Vec<Result<(), Error>> = std::thread::scope(|scope| {
        let handles: Vec<_> = formats
            .iter()
            .map(|&format| scope.spawn(move || exporter_for(format).export(cx, sink)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    results.into_iter().collect()
}

/// Runs the exporters of `options.formats`, each handing its files to `sink` as they are done.
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
    sink: &StagingSink<'_, '_>,
) -> Result<(), Error> {
    let together = deck.flashcard_count() <= TOGETHER_CARDS;
    let (later, first): (Vec<Format>, Vec<Format>) = options
        .formats
        .iter()
        .partition(|f| **f == Format::Pdf && !together);
    sink.progress.step(if later.is_empty() {
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
    export_side_by_side(&first, &cx, sink)?;
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
        sink.progress.step("laying out the PDFs");
        exporter_for(format).export(&cx, sink)?;
    }
    Ok(())
}

/// Runs one build.
pub fn build(
    options: &BuildOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Error> {
    let started = Instant::now();
    let progress = Progress::start(options.quiet);
    progress.step("reading the content");
    let clock = clock()?;
    // The source texts are only needed for diagnostics, which are printed by now: drop them.
    let crate::Loaded { deck, .. } = load_reporting(&options.content, err)?;
    let Some(deck) = deck else {
        return Ok(Outcome::ContentErrors);
    };
    check_sections(&deck, &options.sections)?;
    if options.dry_run {
        // A dry run only reads: no lock, nothing written.
        let previous = read_previous(options, err);
        let (_, plan) = compare(&deck, previous.as_ref(), clock, &progress);
        print_report(out, &deck, &plan.report, options.quiet, true);
        return Ok(Outcome::Success);
    }
    // Hold the lock from reading the previous manifest to writing the new one, so that two builds
    // into one folder cannot both start from the same manifest.
    let output_lock = OutputLock::acquire(&options.out, || {
        let _ = writeln!(
            err,
            "waiting for another deckgen build in {} to finish",
            options.out.display()
        );
    })?;
    let previous = read_previous(options, err);
    let (cards, plan) = compare(&deck, previous.as_ref(), clock, &progress);
    let (deck_selected, cards) = select_sections(&deck, cards, &options.sections);
    let (built_cards, built_sections) = (
        deck_selected.flashcard_count(),
        deck_selected.sections.len(),
    );
    let manifest::Plan { manifest, report } = plan;
    let build = BuildInfo {
        timestamp: manifest.timestamp,
        note_types_mtime: manifest.note_types.mtime,
    };
    let stager = Stager::new(&options.out, &output_lock)?;
    let sink = StagingSink {
        stager: &stager,
        progress: &progress,
        paths: Mutex::new(Vec::new()),
        warnings: Mutex::new(Vec::new()),
    };
    // The manifest is written beside the exporters: its cards (most of it) at once, on a thread
    // of its own, then its list of output files once they are done. The card entries are freed
    // as soon as they are written, not kept through the exports.
    let manifest_path = PathBuf::from(manifest::FILE_NAME);
    let mut manifest_file = stager.open(&manifest_path)?;
    let (files_tx, files_rx) = mpsc::channel();
    let (written, exported) = std::thread::scope(|scope| {
        let file = &mut manifest_file;
        let writer = scope.spawn(move || manifest::write(manifest, file, || files_rx.recv().ok()));
        let stale = export(options, &deck_selected, build, cards, &sink).map(|()| {
            let produced = std::mem::take(&mut *lock(&sink.paths));
            let (files, stale) = output_files(options, previous.as_ref(), &produced);
            let _ = files_tx.send(files);
            stale
        });
        // After a failed export (or a panic, which drops it too) the writer gets no file list
        // and leaves the manifest unfinished.
        drop(files_tx);
        (writer.join(), stale)
    });
    let written = written.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    let stale = exported?;
    written.map_err(|e| Error::io(&options.out.join(&manifest_path), e))?;
    manifest_file.finish()?;
    drop(deck_selected);
    for w in lock(&sink.warnings).drain(..) {
        let _ = writeln!(err, "warning: {w}");
    }
    // The manifest is renamed last: if the build dies before it, the next build still sees the
    // old one and repeats the same change report.
    progress.step("moving the files into place");
    let statuses = stager.commit(Some(&manifest_path))?;
    progress.finish();
    if !options.quiet {
        for (path, status) in &statuses {
            let verb = match status {
                WriteStatus::Written => "wrote",
                WriteStatus::Unchanged => "unchanged",
            };
            let _ = writeln!(out, "{verb:>9} {}", path.display());
        }
    }
    for rel in stale {
        let path = options.out.join(&rel);
        match std::fs::remove_file(&path) {
            Ok(()) if !options.quiet => {
                let _ = writeln!(out, "  removed {} (no longer produced)", path.display());
            }
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                let _ = writeln!(err, "warning: cannot remove stale {}: {e}", path.display());
            }
        }
    }
    print_report(out, &deck, &report, options.quiet, false);
    if !options.quiet {
        let written = statuses
            .iter()
            .filter(|(_, s)| *s == WriteStatus::Written)
            .count();
        let _ = writeln!(
            out,
            "built {} in {}: {} ({} written, {} unchanged) in {:.2} s",
            plural(built_cards, "card"),
            plural(built_sections, "section"),
            plural(statuses.len(), "file"),
            written,
            statuses.len() - written,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(Outcome::Success)
}

/// The previous build's manifest; an unreadable one is a warning and counts as none.
fn read_previous(options: &BuildOptions, err: &mut dyn Write) -> Option<manifest::Manifest> {
    manifest::read(&options.out).unwrap_or_else(|message| {
        let _ = writeln!(
            err,
            "warning: ignoring the previous manifest ({message}); every card counts as new"
        );
        None
    })
}

/// Renders the deck's cards and compares them with the previous build: the cards (with their
/// mtimes set) and the plan (new manifest, change report, timestamps).
fn compare(
    deck: &Deck,
    previous: Option<&manifest::Manifest>,
    clock: Clock,
    progress: &Progress,
) -> (Vec<RenderedCard>, manifest::Plan) {
    progress.step(format!(
        "rendering {}",
        plural(deck.flashcard_count(), "card")
    ));
    let mut cards = render_cards(deck);
    let plan = manifest::plan(
        previous,
        deck,
        &mut cards,
        &notetypes::fingerprint(&notetypes::all()),
        clock,
    );
    (cards, plan)
}

/// The output files to record in the manifest, and the files of the previous build that this build
/// replaces but no longer produces (to remove). Only groups of files this build fully produces can go
/// stale: nothing is removed by a `--section` build, and the files of formats (or CSV flavours) not
/// built now are carried over.
fn output_files(
    options: &BuildOptions,
    previous: Option<&manifest::Manifest>,
    produced: &[PathBuf],
) -> (Vec<String>, Vec<String>) {
    let produced: BTreeSet<String> = produced
        .iter()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .collect();
    let built = |group: OutputGroup| match group {
        OutputGroup::Apkg => options.formats.contains(&Format::Apkg),
        OutputGroup::Pdf => options.formats.contains(&Format::Pdf),
        OutputGroup::Csv(flavour) => {
            options.formats.contains(&Format::Csv) && options.csv.contains(&flavour)
        }
    };
    let mut files = produced.clone();
    let mut stale = Vec::new();
    for old in previous.map(|m| m.files.as_slice()).unwrap_or_default() {
        if produced.contains(old) {
            continue;
        }
        let fully_built = options.sections.is_empty() && OutputGroup::of(old).is_some_and(built);
        if fully_built {
            stale.push(old.clone());
        } else {
            files.insert(old.clone());
        }
    }
    (files.into_iter().collect(), stale)
}

/// Which exporter (and CSV flavour) a relative output path belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OutputGroup {
    Apkg,
    Pdf,
    Csv(CsvFlavour),
}

impl OutputGroup {
    fn of(path: &str) -> Option<OutputGroup> {
        if path.starts_with("csv/plain/") {
            Some(OutputGroup::Csv(CsvFlavour::Plain))
        } else if path.starts_with("csv/") {
            Some(OutputGroup::Csv(CsvFlavour::Anki))
        } else if path.starts_with("pdf/") {
            Some(OutputGroup::Pdf)
        } else if path.ends_with(".apkg") && !path.contains('/') {
            Some(OutputGroup::Apkg)
        } else {
            None
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

/// The build's sink: stages each file as it comes and remembers paths and warnings.
struct StagingSink<'s, 'l> {
    stager: &'s Stager<'l>,
    progress: &'s Progress,
    paths: Mutex<Vec<PathBuf>>,
    warnings: Mutex<Vec<String>>,
}

impl Sink for StagingSink<'_, '_> {
    fn file(&self, artifact: Artifact) -> Result<(), Error> {
        lock(&self.paths).push(artifact.path.clone());
        self.stager.stage(artifact)?;
        self.progress.file_done();
        Ok(())
    }

    fn open(&self, path: PathBuf) -> Result<Box<dyn FileWriter + '_>, Error> {
        let writer = self.stager.open(&path)?;
        lock(&self.paths).push(path);
        Ok(Box::new(writer))
    }

    fn warn(&self, message: String) {
        lock(&self.warnings).push(message);
    }
}

/// Fails with a usage error if `--section` names a section the deck does not have.
pub(super) fn check_sections(deck: &Deck, wanted: &[String]) -> Result<(), Error> {
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
