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
    /// A PDF could not be made: its fonts, or writing the document.
    #[error("pdf export failed")]
    Pdf(#[from] crate::pdf::PdfError),
    /// The output folder holds another deck's build. Nothing was changed.
    #[error(
        "{} holds the build of deck `{theirs}` (see its {manifest}); building deck `{ours}` there \
         would overwrite or remove its files. Build into another folder (--out), or delete that \
         folder first",
        out.display(),
        manifest = crate::manifest::FILE_NAME
    )]
    OtherDeck {
        /// The output folder.
        out: PathBuf,
        /// The deck its manifest belongs to.
        theirs: String,
        /// The deck being built.
        ours: String,
    },
    /// An exporter wrote a file it had not declared (see [`crate::export::Exporter::outputs`]):
    /// a bug in deckgen, reported before anything is written.
    #[error("{format} exporter wrote {}, which it did not declare", path.display())]
    UndeclaredOutput {
        /// The output group (`apkg`, `csv`, `pdf`, ...).
        format: &'static str,
        /// The relative path.
        path: PathBuf,
    },
    /// Writing the manifest failed.
    #[error("cannot write the manifest {}", path.display())]
    Manifest {
        /// The manifest's final path.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The content folder cannot be watched for changes.
    #[error("cannot watch {}", path.display())]
    Watch {
        /// The content folder.
        path: PathBuf,
        /// What the file watcher said.
        #[source]
        source: notify::Error,
    },
    /// SQLite failed while writing the package's collection.
    #[error("SQLite failed on the collection {}", path.display())]
    Sqlite {
        /// The collection database (a temp file).
        path: PathBuf,
        /// What SQLite said.
        #[source]
        source: rusqlite::Error,
    },
    /// Zipping the collection into the .apkg failed.
    #[error("cannot zip {} into the package", path.display())]
    Zip {
        /// The collection database being zipped.
        path: PathBuf,
        /// What the zip writer said.
        #[source]
        source: zip::result::ZipError,
    },
    /// Writing CSV rows failed.
    #[error("cannot write the CSV rows of {}", path.display())]
    Csv {
        /// The CSV file (relative to the output folder).
        path: PathBuf,
        /// What the CSV writer said.
        #[source]
        source: csv::Error,
    },
    /// A card that Anki would drop or reject reached the package writer: a bug, since
    /// validation lets no such card through. Nothing is written.
    #[error("card `{card}` cannot go into the package: {why}")]
    InvalidNote {
        /// The card id.
        card: String,
        /// What is wrong with it.
        why: String,
    },
    /// A card refers to a media file the deck's pictures do not hold (a bug: the render stage
    /// names only the pictures it drew from).
    #[error("media file `{name}` is referred to by a card but was not drawn")]
    MissingMedia {
        /// The media file's name.
        name: String,
    },
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
