//! `deckgen watch`: build, then rebuild whenever deck.toml or a section file changes.
//!
//! Saves are debounced (editors write several events per save). A build with content errors prints
//! them and the watcher waits for the next save; outputs stay as they were.

use std::io::Write;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use notify::{Event, EventKind, RecursiveMode, Watcher};

use super::{Outcome, build, report_error};
use crate::config::BuildOptions;
use crate::error::Error;
use crate::source::is_content_file;

/// Quiet time after the last file event before rebuilding (editors write several events per save).
const DEBOUNCE: Duration = Duration::from_millis(250);

/// Runs the watch loop until the process is stopped (or the watcher fails).
pub fn watch(
    options: &BuildOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Error> {
    super::check_content_folder(&options.content)?;
    let watch_err = |source: notify::Error| Error::Watch {
        path: options.content.clone(),
        source,
    };
    let (tx, rx) = mpsc::channel::<notify::Result<Event>>();
    let mut watcher = notify::recommended_watcher(tx).map_err(watch_err)?;
    watcher
        .watch(&options.content, RecursiveMode::NonRecursive)
        .map_err(watch_err)?;

    rebuild(options, out, err);
    while let Ok(first) = rx.recv() {
        let mut relevant = triggers_build(&first, options);
        // Debounce: collect events until there is a quiet gap.
        while let Ok(next) = rx.recv_timeout(DEBOUNCE) {
            relevant |= triggers_build(&next, options);
        }
        if relevant {
            let _ = writeln!(out, "\nchange detected, rebuilding...");
            rebuild(options, out, err);
        }
    }
    Ok(Outcome::Success)
}

/// A change (not a mere read: the build itself reads every file) to a content file.
fn triggers_build(event: &notify::Result<Event>, options: &BuildOptions) -> bool {
    match event {
        Ok(e) => {
            matches!(
                e.kind,
                EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) | EventKind::Any
            ) && e.paths.iter().any(|p| is_relevant(p, &options.out))
        }
        Err(_) => false,
    }
}

fn rebuild(options: &BuildOptions, out: &mut dyn Write, err: &mut dyn Write) {
    match build(options, out, err) {
        Ok(Outcome::Success) => {}
        Ok(_) => {
            let _ = writeln!(
                err,
                "fix the problems above and save; the outputs were left as they were"
            );
        }
        Err(e) => report_error(err, &e),
    }
    let _ = writeln!(
        out,
        "watching {} for changes (Ctrl-C to stop)",
        options.content.display()
    );
    let _ = out.flush();
}

/// A change to deck.toml or a section file (not to the outputs, even if they live inside the
/// content folder, and not to editor swap files).
fn is_relevant(path: &Path, out: &Path) -> bool {
    let in_out = std::fs::canonicalize(out)
        .ok()
        .zip(path.parent().and_then(|p| std::fs::canonicalize(p).ok()))
        .is_some_and(|(out, parent)| parent.starts_with(out));
    !in_out
        && path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(is_content_file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_content_files_trigger_a_rebuild() {
        let out = Path::new("/nonexistent/output");
        assert!(is_relevant(Path::new("content/01-a.md"), out));
        assert!(is_relevant(Path::new("content/deck.toml"), out));
        assert!(!is_relevant(Path::new("content/.01-a.md.swp"), out));
        assert!(!is_relevant(Path::new("content/notes.txt"), out));
        assert!(!is_relevant(Path::new("content/01-a.md~"), out));
    }
}
