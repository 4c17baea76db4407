//! Errors that are not the user's content: I/O, usage and library failures. Each names the file
//! it concerns. Content mistakes are [`crate::diag::Diagnostic`]s instead.

use std::path::{Path, PathBuf};

/// A failure that stops a command with exit code 2.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// A path that must be a directory is not.
    #[error("{}: not a directory", .0.display())]
    NotADirectory(PathBuf),
    /// The command line asks for something that cannot be done.
    #[error("{0}")]
    Usage(String),
    /// An exporter failed (a library error or a broken invariant); the message says which.
    #[error("{format} export failed: {message}")]
    Export {
        /// `apkg`, `csv` or `pdf`.
        format: &'static str,
        /// What went wrong.
        message: String,
    },
    /// `deckgen push` failed (Anki unreachable, a key refused, a note type that differs, ...).
    #[error(transparent)]
    Push(#[from] crate::push::PushError),
}

impl Error {
    /// An I/O error about `path`.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// An exporter failure.
    pub fn export(format: &'static str, message: impl std::fmt::Display) -> Self {
        Error::Export {
            format,
            message: message.to_string(),
        }
    }
}
