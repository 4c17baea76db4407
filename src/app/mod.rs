//! The commands behind the CLI: `check`, `list`, `build`, `watch`, `push` and the authoring
//! commands (`serve`, `new`, `check --fix`, `completions`, `man`). This layer only turns parsed
//! arguments into library calls ([`crate::load`], [`crate::build::run`], [`crate::push`],
//! [`crate::serve`]) and prints what they return: diagnostics, the progress line, the change
//! report. They print to the writers
//! they are given (stdout and stderr in the binary, buffers in tests) and return an [`Outcome`];
//! only `main` turns that into an exit code.

mod authoring;
mod build;
mod list;
mod progress;
mod push;
mod report;
mod watch;

use std::io::Write;

use crate::config::{Command, ContentOptions};
use crate::diag::plural;
use crate::validate::diagrams::DiagramCache;
use crate::{Error, Loaded};

pub use build::build;

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Done (warnings allowed).
    Success,
    /// The content has errors; nothing was written.
    ContentErrors,
    /// A usage, I/O or internal error.
    Failure,
}

impl Outcome {
    /// 0, 1 or 2.
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Success => 0,
            Outcome::ContentErrors => 1,
            Outcome::Failure => 2,
        }
    }
}

/// Runs a command.
pub fn run(command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let result = match command {
        Command::Check(c) => check(c, out, err),
        Command::List(c) => list::list(c, out, err),
        Command::Build(b) => build(b, out, err),
        Command::Watch(b) => watch::watch(b, out, err),
        Command::Push(p) => push::push(p, out, err),
        Command::Serve(s) => authoring::serve(s, out, err),
        Command::New(dir) => authoring::new(dir, out),
        Command::Fix(c) => authoring::fix(c, out, err),
        Command::Completions(shell) => authoring::completions(*shell, out),
        Command::Man => authoring::man(out),
    };
    result.unwrap_or_else(|e| {
        report_error(err, &e);
        Outcome::Failure
    })
}

/// Prints an error with its cause chain, and what to do when the operating system refused.
pub fn report_error(err: &mut dyn Write, e: &Error) {
    let mut text = format!("error: {e}");
    let mut source = std::error::Error::source(e);
    let mut io_kind = None;
    while let Some(s) = source {
        let line = s.to_string();
        if !text.contains(&line) {
            text.push_str(&format!("\n  caused by: {line}"));
        }
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            io_kind = Some(io.kind());
        }
        source = s.source();
    }
    if let Some(hint) = io_kind.and_then(io_hint) {
        text.push_str(&format!("\n  = help: {hint}"));
    }
    let _ = writeln!(err, "{text}");
}

/// What the user can do about an I/O failure, in words.
fn io_hint(kind: std::io::ErrorKind) -> Option<&'static str> {
    use std::io::ErrorKind as K;
    Some(match kind {
        K::PermissionDenied | K::ReadOnlyFilesystem => {
            "deckgen may not write there: make the folder writable, or build into another one \
             with --out <folder>"
        }
        K::StorageFull | K::QuotaExceeded => {
            "the disk is full: free some space (the previous outputs are still complete)"
        }
        K::NotADirectory => "a file stands where deckgen needs a folder: move it, or use --out",
        _ => return None,
    })
}

/// The content folder must exist and be a folder; says what to do otherwise.
fn check_content_folder(content: &std::path::Path) -> Result<(), Error> {
    if content.is_dir() {
        return Ok(());
    }
    let what = if content.exists() {
        "is not a folder"
    } else {
        "does not exist"
    };
    Err(Error::Usage(format!(
        "the content folder {} {what}: run deckgen in the folder that holds `content/` (with \
         deck.toml and the section files), or name it with --content <folder>",
        content.display()
    )))
}

/// Loads the content and prints its diagnostics (errors and warnings); the result's `deck` is
/// `None` when there are errors. `Err` only when the content folder cannot be read.
fn load_reporting(content: &std::path::Path, err: &mut dyn Write) -> Result<Loaded, Error> {
    load_reporting_with(content, &DiagramCache::default(), err)
}

/// [`load_reporting`] drawing diagrams through `diagrams` (a build's reads those kept in its output
/// folder).
fn load_reporting_with(
    content: &std::path::Path,
    diagrams: &DiagramCache,
    err: &mut dyn Write,
) -> Result<Loaded, Error> {
    check_content_folder(content)?;
    let loaded = crate::load_with(content, diagrams)?;
    if !loaded.diagnostics.is_empty() {
        let _ = write!(err, "{}", loaded.map.render_all(&loaded.diagnostics));
    }
    Ok(loaded)
}

fn check(c: &ContentOptions, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome, Error> {
    let loaded = load_reporting(&c.content, err)?;
    let Some(deck) = &loaded.deck else {
        return Ok(Outcome::ContentErrors);
    };
    let warnings = loaded.diagnostics.len();
    let _ = writeln!(
        out,
        "ok: {}, {}{}",
        plural(deck.sections.len(), "section"),
        crate::model::notes_and_cards(deck.flashcard_count(), deck.anki_card_count()),
        match warnings {
            0 => String::new(),
            n => format!(" ({})", plural(n, "warning")),
        }
    );
    Ok(Outcome::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A read-only output folder (the test suite may run as root, which writes anyway, so the
    /// error is made here): the message says what to do.
    #[test]
    fn a_refused_write_says_what_to_do() {
        let e = Error::Io {
            path: "/read-only/output/.deckgen".into(),
            source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        };
        let mut err = Vec::new();
        report_error(&mut err, &e);
        let text = String::from_utf8(err).unwrap();
        assert!(
            text.starts_with("error: /read-only/output/.deckgen: permission denied"),
            "{text}"
        );
        assert!(
            text.contains("help: deckgen may not write there: make the folder writable, or build into another one with --out"),
            "{text}"
        );
    }

    #[test]
    fn a_library_error_names_the_file_and_why() {
        let e = Error::Sqlite {
            path: "/tmp/x/collection.anki2".into(),
            source: rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(13),
                Some("database or disk is full".into()),
            ),
        };
        let mut err = Vec::new();
        report_error(&mut err, &e);
        let text = String::from_utf8(err).unwrap();
        assert_eq!(
            text,
            "error: SQLite failed on the collection /tmp/x/collection.anki2\n  \
             caused by: database or disk is full\n  \
             caused by: Error code 13: Insertion failed because database is full\n"
        );
    }
}
