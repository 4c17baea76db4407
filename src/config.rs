//! Validated settings for a command: what `cli.rs` turns the command line into. No raw flag
//! strings get past this point.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// Anki package (`<deck id>.apkg`).
    Apkg,
    /// CSV flashcard sets (`csv/`).
    Csv,
    /// Printable PDFs (`pdf/`).
    Pdf,
}

impl Format {
    /// All formats, in build order.
    pub const ALL: [Format; 3] = [Format::Apkg, Format::Csv, Format::Pdf];

    /// Lowercase name as on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Apkg => "apkg",
            Format::Csv => "csv",
            Format::Pdf => "pdf",
        }
    }
}

/// A CSV flavour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CsvFlavour {
    /// Anki's CSV with file headers, HTML fields and stock note types.
    Anki,
    /// Two columns (question, answer), plain text, no headers: for other flashcard apps.
    Plain,
}

/// Paper size for PDFs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// 210 × 297 mm.
    #[default]
    A4,
    /// 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Portrait width and height in millimetres.
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::Letter => (215.9, 279.4),
        }
    }
}

/// Where the content is.
#[derive(Debug, Clone)]
pub struct ContentOptions {
    /// The content folder.
    pub content: PathBuf,
}

/// Everything `deckgen build` (and `watch`) needs.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Content folder.
    pub content: PathBuf,
    /// Output folder.
    pub out: PathBuf,
    /// Formats to write.
    pub formats: BTreeSet<Format>,
    /// Only these sections (empty: all).
    pub sections: Vec<String>,
    /// CSV flavours to write.
    pub csv: BTreeSet<CsvFlavour>,
    /// Paper size for PDFs.
    pub paper: Paper,
    /// Print nothing but errors and warnings.
    pub quiet: bool,
    /// Compute and print the change report, write nothing.
    pub dry_run: bool,
    /// Options given on the command line that have no effect with the chosen formats (e.g.
    /// `--csv plain --format apkg`), each with why: the build warns about them.
    pub ignored: Vec<String>,
    /// Whether the exporters may keep what costs much to make (PDF forms of the pictures) in
    /// `<out>/.deckgen/` for the next build ([`crate::kept`]); false when `out` is only a name.
    pub keep_drawings: bool,
}

impl BuildOptions {
    /// Options for running `formats`' exporters in memory, as `push` and the preview do: the
    /// content folder, A4, every section, nothing printed, nothing written (`out` is only a name).
    pub fn in_memory(content: &Path, out: PathBuf, formats: BTreeSet<Format>) -> Self {
        BuildOptions {
            content: content.to_path_buf(),
            out,
            formats,
            sections: Vec::new(),
            csv: BTreeSet::new(),
            paper: Paper::A4,
            quiet: true,
            dry_run: false,
            ignored: Vec::new(),
            keep_drawings: false,
        }
    }
}

/// Facts about one build that exporters must not look up themselves (the clock, above all), so
/// that the same content and the same `BuildInfo` give byte-identical outputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuildInfo {
    /// The build's timestamp in seconds since the Unix epoch: the package and PDF date. It only
    /// moves when the content changes (see [`crate::manifest`]).
    pub timestamp: i64,
    /// When the Anki note types (templates, CSS) last changed.
    pub note_types_mtime: i64,
}

/// Everything `deckgen push` needs.
#[derive(Debug, Clone)]
pub struct PushOptions {
    /// Content folder.
    pub content: PathBuf,
    /// Only these sections (empty: all).
    pub sections: Vec<String>,
    /// AnkiConnect's URL, if given on the command line.
    pub url: Option<String>,
    /// AnkiConnect's API key (from --api-key or DECKGEN_ANKI_API_KEY).
    pub api_key: Option<crate::push::ApiKey>,
    /// Ask Anki what it has, print what a push would do, change nothing.
    pub dry_run: bool,
    /// Delete notes whose cards are gone instead of suspending them.
    pub delete_removed: bool,
    /// Print nothing but errors and warnings.
    pub quiet: bool,
}

/// A validated command.
#[derive(Debug, Clone)]
pub enum Command {
    /// `deckgen build`.
    Build(BuildOptions),
    /// `deckgen check`.
    Check(ContentOptions),
    /// `deckgen list`.
    List(ContentOptions),
    /// `deckgen watch`.
    Watch(BuildOptions),
    /// `deckgen push`.
    Push(PushOptions),
    /// `deckgen serve`.
    Serve(crate::serve::ServeOptions),
    /// `deckgen new DIR`.
    New(PathBuf),
    /// `deckgen check --fix`.
    Fix(ContentOptions),
    /// `deckgen completions SHELL`.
    Completions(Shell),
    /// `deckgen man`.
    Man,
}

/// A shell that `deckgen completions` writes a script for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shell {
    /// bash.
    Bash,
    /// zsh.
    Zsh,
    /// fish.
    Fish,
}
