//! Diagnostics: content mistakes the user fixes, each pointing at a place in a source file.
//!
//! Every stage that reads user content (source, parse, validate) reports problems as
//! [`Diagnostic`]s instead of failing; the driver collects them, sorts them by position and prints
//! them all at once, rustc-style, with the offending line and a caret. I/O and library failures are
//! [`crate::Error`]s instead.

use std::fmt::{self, Write as _};
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::diag_kind::DiagnosticKind;
pub use crate::diag_kind::Severity;

/// Index of a file in a [`SourceMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub(crate) u32);

/// A place in a source file: a file and a byte range of its text (empty for a whole-file problem).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Span {
    /// The file.
    pub file: FileId,
    /// Byte range in the file's (normalised) text; `None` when the problem concerns the whole file.
    pub range: Option<Range<usize>>,
}

impl Span {
    /// A span covering `range` of `file`.
    pub fn new(file: FileId, range: Range<usize>) -> Self {
        Span {
            file,
            range: Some(range),
        }
    }

    /// A span for a problem with the file as a whole (missing, unreadable, empty, ...).
    pub fn file(file: FileId) -> Self {
        Span { file, range: None }
    }
}

/// A problem in the user's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where it is.
    pub span: Span,
    /// What it is; the kind knows its message, severity and fix hint.
    pub kind: DiagnosticKind,
    /// A second place that belongs to the story (the first definition of a duplicate id, ...).
    pub related: Option<Span>,
}

impl Diagnostic {
    /// A diagnostic of `kind` at `span`.
    pub fn new(span: Span, kind: DiagnosticKind) -> Self {
        Diagnostic {
            span,
            kind,
            related: None,
        }
    }

    /// Adds a second place ("first defined here").
    #[must_use]
    pub fn with_related(mut self, span: Span) -> Self {
        self.related = Some(span);
        self
    }

    /// Error or warning.
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }
}

/// One file the user gave us: its path as shown in messages and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path as the user would type it (`content/02-kafka.md`).
    pub path: PathBuf,
    /// The text: UTF-8, without a byte-order mark, CRLF turned into LF.
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// A source file with the given display path and text.
    pub fn new(path: impl Into<PathBuf>, text: String) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of byte `offset`. Offsets past the end or inside a
    /// character are clamped, so any offset is safe.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = self.floor_char_boundary(offset.min(self.text.len()));
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1) - 1;
        let start = self.line_starts[line];
        let col = self.text[start..offset].chars().count();
        (line + 1, col + 1)
    }

    /// Byte offset of 1-based `line` and `col` (the inverse of [`Self::line_col`]).
    pub fn offset_of(&self, line: usize, col: usize) -> Option<usize> {
        let start = *self.line_starts.get(line.checked_sub(1)?)?;
        let line_text = self.line_text(line)?;
        let mut chars = line_text.char_indices().map(|(i, _)| i);
        let within = if col == 1 {
            Some(0)
        } else {
            chars
                .nth(col - 1)
                .or_else(|| (line_text.chars().count() == col - 1).then_some(line_text.len()))
        }?;
        Some(start + within)
    }

    /// Text of 1-based `line`, without its newline.
    pub fn line_text(&self, line: usize) -> Option<&str> {
        let start = *self.line_starts.get(line.checked_sub(1)?)?;
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |&next| next - 1);
        self.text.get(start..end)
    }

    fn floor_char_boundary(&self, mut offset: usize) -> usize {
        while offset > 0 && !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

/// All files read for one build, so that spans can be turned into `path:line:col`.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file and returns its id.
    pub fn add(&mut self, file: SourceFile) -> FileId {
        let id = FileId(u32::try_from(self.files.len()).unwrap_or(u32::MAX));
        self.files.push(file);
        id
    }

    /// The file behind `id`.
    ///
    /// Ids only come from [`SourceMap::add`] on this map, so the lookup cannot miss; a foreign id
    /// gets the last file rather than a panic.
    pub fn get(&self, id: FileId) -> &SourceFile {
        let index = (id.0 as usize).min(self.files.len().saturating_sub(1));
        &self.files[index]
    }

    /// Path of the file behind `id`.
    pub fn path(&self, id: FileId) -> &Path {
        &self.get(id).path
    }

    /// `path:line:col` (or just `path` for whole-file spans).
    pub fn location(&self, span: &Span) -> String {
        let file = self.get(span.file);
        match &span.range {
            Some(range) => {
                let (line, col) = file.line_col(range.start);
                format!("{}:{line}:{col}", file.path.display())
            }
            None => file.path.display().to_string(),
        }
    }

    /// Sorts diagnostics by file, position and severity so that output is stable.
    pub fn sort(&self, diagnostics: &mut [Diagnostic]) {
        diagnostics.sort_by(|a, b| {
            let key = |d: &Diagnostic| {
                (
                    self.path(d.span.file).to_path_buf(),
                    d.span.range.as_ref().map_or(0, |r| r.start),
                    d.severity(),
                )
            };
            key(a).cmp(&key(b))
        });
    }

    /// Renders one diagnostic the way rustc does:
    ///
    /// ```text
    /// error: answer is empty
    ///   --> content/02-kafka.md:12:1
    ///    |
    /// 12 | ## What is a partition? {#partition}
    ///    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    ///    = help: write the answer below the heading
    /// ```
    pub fn render(&self, diagnostic: &Diagnostic) -> String {
        let mut out = String::new();
        let label = match diagnostic.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(out, "{label}: {}", diagnostic.kind);
        self.render_snippet(&mut out, &diagnostic.span);
        if let Some(related) = &diagnostic.related {
            let _ = writeln!(
                out,
                "   = note: {} {}",
                diagnostic.kind.related_label(),
                self.location(related)
            );
        }
        for help in diagnostic.kind.help() {
            let _ = writeln!(out, "   = help: {help}");
        }
        out
    }

    fn render_snippet(&self, out: &mut String, span: &Span) {
        let _ = writeln!(out, "  --> {}", self.location(span));
        let Some(range) = &span.range else { return };
        let file = self.get(span.file);
        let (line, col) = file.line_col(range.start);
        let Some(text) = file.line_text(line) else {
            return;
        };
        let gutter = line.to_string().len();
        let pad = " ".repeat(gutter);
        // Tabs are shown as four spaces; carets must move the same way.
        let shown: String = text.replace('\t', "    ");
        let prefix: String = text.chars().take(col - 1).collect();
        let caret_start = prefix.chars().map(display_width).sum::<usize>();
        let line_end = file.offset_of(line, 1).map_or(0, |s| s + text.len());
        let end = range.end.min(line_end).max(range.start);
        let marked = file.text.get(range.start..end).unwrap_or("");
        let width = marked.chars().map(display_width).sum::<usize>().max(1);
        let _ = writeln!(out, "{pad} |");
        let _ = writeln!(out, "{line} | {shown}");
        let _ = writeln!(
            out,
            "{pad} | {}{}",
            " ".repeat(caret_start),
            "^".repeat(width)
        );
    }

    /// Renders all diagnostics, sorted, followed by a summary line.
    pub fn render_all(&self, diagnostics: &[Diagnostic]) -> String {
        let mut sorted = diagnostics.to_vec();
        self.sort(&mut sorted);
        let mut out = String::new();
        for d in &sorted {
            out.push_str(&self.render(d));
            out.push('\n');
        }
        let errors = sorted.iter().filter(|d| d.is_error()).count();
        let warnings = sorted.len() - errors;
        if errors > 0 || warnings > 0 {
            let _ = writeln!(out, "{}", Summary { errors, warnings });
        }
        out
    }
}

fn display_width(c: char) -> usize {
    if c == '\t' { 4 } else { 1 }
}

/// `n` and `word`, in the plural unless `n` is 1: "1 card", "2 cards", "0 warnings". For the
/// regular English nouns of deckgen's messages.
pub(crate) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

struct Summary {
    errors: usize,
    warnings: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.errors, self.warnings) {
            (0, w) => write!(f, "{}", plural(w, "warning")),
            (e, 0) => write!(f, "{}; nothing was written", plural(e, "error")),
            (e, w) => write!(
                f,
                "{}, {}; nothing was written",
                plural(e, "error"),
                plural(w, "warning")
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(plural(1, "card"), "1 card");
        assert_eq!(plural(0, "card"), "0 cards");
        assert_eq!(plural(12, "section"), "12 sections");
    }

    fn file(text: &str) -> SourceFile {
        SourceFile::new("content/a.md", text.to_string())
    }

    #[test]
    fn line_col_is_one_based_and_counts_characters() {
        let f = file("ab\ncdé\n\nx");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(1), (1, 2));
        assert_eq!(f.line_col(3), (2, 1));
        assert_eq!(f.line_col(5), (2, 3));
        assert_eq!(f.line_col(7), (2, 4), "after the two-byte é");
        assert_eq!(f.line_col(8), (3, 1));
        assert_eq!(f.line_col(9), (4, 1));
        assert_eq!(f.line_col(999), (4, 2), "clamped to the end");
    }

    #[test]
    fn offset_inside_a_character_is_clamped() {
        let f = file("é");
        assert_eq!(f.line_col(1), (1, 1));
    }

    #[test]
    fn offset_of_inverts_line_col() {
        let f = file("ab\ncdé\n\nx");
        for offset in [0, 1, 2, 3, 4, 5, 7, 8, 9, 10] {
            let (l, c) = f.line_col(offset);
            assert_eq!(f.offset_of(l, c), Some(offset), "offset {offset}");
        }
    }

    #[test]
    fn renders_line_and_caret_under_the_span() {
        let mut map = SourceMap::new();
        let id = map.add(file("+++\ntitle = 1\n+++\n"));
        let d = Diagnostic::new(
            Span::new(id, 12..13),
            DiagnosticKind::FrontMatterInvalid {
                message: "invalid type: integer `1`, expected a string".into(),
            },
        );
        let text = map.render(&d);
        assert!(
            text.starts_with("error: front matter is not valid TOML"),
            "{text}"
        );
        assert!(text.contains("  --> content/a.md:2:9\n"), "{text}");
        assert!(text.contains("2 | title = 1\n  |         ^\n"), "{text}");
    }

    #[test]
    fn tabs_shift_the_caret_like_the_line() {
        let mut map = SourceMap::new();
        let id = map.add(file("\tx"));
        let d = Diagnostic::new(Span::new(id, 1..2), DiagnosticKind::EmptyContent);
        let text = map.render(&d);
        assert!(text.contains("1 |     x\n  |     ^\n"), "{text}");
    }
}
