//! `deckgen check --fix`: writes the id the build derives into every card heading that has no
//! explicit `{#id}`, so that later edits of the question keep the card's identity in Anki.
//!
//! Stages: [`plan`] reads and checks the content (any error, a derived id that would collide
//! included, stops it: nothing is changed), edits each heading line in the file's raw bytes (BOM,
//! line endings and every other byte stay as they are), and checks the result by parsing and
//! validating it again: the same card ids, now all explicit. [`apply`] then replaces each file
//! atomically (a temp file beside it, renamed over it).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, FileId, SourceFile, SourceMap};
use crate::diag_kind::DiagnosticKind;
use crate::error::Error;
use crate::source::{self, ContentFiles};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One heading that gets an id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdFix {
    /// The file.
    pub path: PathBuf,
    /// 1-based line of the heading.
    pub line: usize,
    /// The id written.
    pub id: String,
    /// The heading line as it was.
    pub before: String,
    /// The heading line as it is now.
    pub after: String,
}

/// A file with its new bytes.
#[derive(Debug, Clone)]
pub struct FileFix {
    /// The file.
    pub path: PathBuf,
    /// Its bytes as read.
    pub old: Vec<u8>,
    /// Its new bytes.
    pub new: Vec<u8>,
}

/// What `--fix` would do, or why it will not.
#[derive(Debug)]
pub enum Plan {
    /// The content has errors (a derived id that collides is one): nothing is changed.
    Refused {
        /// The files read, to render the diagnostics.
        map: SourceMap,
        /// Every error and warning.
        diagnostics: Vec<Diagnostic>,
    },
    /// The edits, file by file (none when every card has an id).
    Fix {
        /// Headings that get an id, in file and line order.
        fixes: Vec<IdFix>,
        /// Files to replace.
        files: Vec<FileFix>,
    },
}

/// Why a heading could not be given its id.
#[derive(Debug, thiserror::Error)]
pub enum FixError {
    /// The heading line was not found where the parser saw it (the file changed meanwhile).
    #[error("{}:{line}: the heading is not where it was; the file changed while fixing, run again", path.display())]
    Moved {
        /// The file.
        path: PathBuf,
        /// The line.
        line: usize,
    },
    /// The fixed content does not have the same card ids, all explicit.
    #[error(
        "the fixed files would not give every card its id unchanged ({0}); nothing was changed, please add the ids by hand"
    )]
    Verify(String),
}

impl From<FixError> for Error {
    fn from(e: FixError) -> Self {
        Error::Usage(e.to_string())
    }
}

/// Works out the edits for the content folder `content`.
pub fn plan(content: &Path) -> Result<Plan, Error> {
    let mut map = SourceMap::new();
    let (files, mut diagnostics) = source::read_content(content, &mut map)?;
    let deck = crate::parse_and_validate(&map, &files, &mut diagnostics);
    map.sort(&mut diagnostics);
    let Some(deck) = deck else {
        return Ok(Plan::Refused { map, diagnostics });
    };
    let before: Vec<String> = deck.flashcards().map(|f| f.id.to_string()).collect();

    let mut per_file: BTreeMap<FileId, Vec<(usize, String)>> = BTreeMap::new();
    for d in &diagnostics {
        if let (DiagnosticKind::MissingCardId { derived }, Some(range)) = (&d.kind, &d.span.range) {
            let (line, _) = map.get(d.span.file).line_col(range.start);
            per_file
                .entry(d.span.file)
                .or_default()
                .push((line, derived.clone()));
        }
    }
    let mut fixes = Vec::new();
    let mut file_fixes = Vec::new();
    let mut texts: BTreeMap<FileId, String> = BTreeMap::new();
    for (file, mut lines) in per_file {
        lines.sort();
        let source = map.get(file);
        let old = std::fs::read(&source.path).map_err(|e| Error::io(&source.path, e))?;
        let (new, edits) = edit_file(&old, &lines, source)?;
        texts.insert(file, source::decode(new.clone()).0);
        fixes.extend(edits);
        file_fixes.push(FileFix {
            path: source.path.clone(),
            old,
            new,
        });
    }
    if !file_fixes.is_empty() {
        verify(&map, &files, &texts, &before)?;
    }
    Ok(Plan::Fix {
        fixes,
        files: file_fixes,
    })
}

/// Edits the heading lines (1-based `lines`, with their ids) of a file's raw bytes.
fn edit_file(
    old: &[u8],
    lines: &[(usize, String)],
    source: &SourceFile,
) -> Result<(Vec<u8>, Vec<IdFix>), FixError> {
    let body_start = if old.starts_with(BOM) { BOM.len() } else { 0 };
    let mut line_starts = vec![body_start];
    line_starts.extend(
        old[body_start..]
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .map(|(i, _)| body_start + i + 1),
    );
    let mut new = Vec::with_capacity(old.len() + lines.len() * 24);
    let mut copied = 0;
    let mut fixes = Vec::new();
    for (line, id) in lines {
        let moved = || FixError::Moved {
            path: source.path.clone(),
            line: *line,
        };
        let start = *line_starts.get(line - 1).ok_or_else(moved)?;
        let end = line_starts.get(*line).map_or(old.len(), |next| next - 1);
        let end = if end > start && old[end - 1] == b'\r' {
            end - 1
        } else {
            end
        };
        let text = std::str::from_utf8(&old[start..end]).map_err(|_| moved())?;
        if Some(text) != source.line_text(*line) {
            return Err(moved());
        }
        let after = with_id(text, id);
        new.extend_from_slice(&old[copied..start]);
        new.extend_from_slice(after.as_bytes());
        copied = end;
        fixes.push(IdFix {
            path: source.path.clone(),
            line: *line,
            id: id.clone(),
            before: text.to_string(),
            after,
        });
    }
    new.extend_from_slice(&old[copied..]);
    Ok((new, fixes))
}

/// A heading line with `#id` added: into its attribute block if it ends with one (`{.reverse}` →
/// `{#id .reverse}`), else as a new block. Whitespace after the heading stays where it was.
pub fn with_id(line: &str, id: &str) -> String {
    let body = line.trim_end_matches([' ', '\t']);
    let trailing = &line[body.len()..];
    if let Some(brace) = attribute_block_start(body) {
        let inner = &body[brace + 1..body.len() - 1];
        let space = if inner.trim().is_empty() { "" } else { " " };
        return format!(
            "{}{{#{id}{space}{}{trailing}",
            &body[..brace],
            &body[brace + 1..]
        );
    }
    format!("{body} {{#{id}}}{trailing}")
}

/// Where the heading's attribute block (`{.reverse tags=a}`) starts, if it ends with one. A cloze
/// deletion's closing `}}` is not one.
fn attribute_block_start(body: &str) -> Option<usize> {
    let inner_end = body.strip_suffix('}')?.len();
    let brace = body[..inner_end].rfind('{')?;
    let inner = &body[brace + 1..inner_end];
    let before_is_brace = body[..brace].ends_with('{');
    let looks_like_attributes = inner.trim().is_empty()
        || inner
            .split_whitespace()
            .all(|w| w.starts_with('.') || w.starts_with('#') || w.contains('='));
    (!before_is_brace && !inner.contains('}') && looks_like_attributes).then_some(brace)
}

/// Parses and validates the content with the fixed texts: it must give the same card ids, in the
/// same order, with no id left to derive.
fn verify(
    map: &SourceMap,
    files: &ContentFiles,
    texts: &BTreeMap<FileId, String>,
    before: &[String],
) -> Result<(), FixError> {
    let mut fixed = SourceMap::new();
    let mut add = |id: FileId| {
        let old = map.get(id);
        let text = texts.get(&id).cloned().unwrap_or_else(|| old.text.clone());
        fixed.add(SourceFile::new(old.path.clone(), text))
    };
    let fixed_files = ContentFiles {
        deck: files.deck.map(&mut add),
        sections: files.sections.iter().map(|&id| add(id)).collect(),
    };
    let mut diagnostics = Vec::new();
    let deck = crate::parse_and_validate(&fixed, &fixed_files, &mut diagnostics);
    if let Some(d) = diagnostics
        .iter()
        .find(|d| d.is_error() || matches!(d.kind, DiagnosticKind::MissingCardId { .. }))
    {
        return Err(FixError::Verify(format!(
            "{}: {}",
            fixed.location(&d.span),
            d.kind
        )));
    }
    let after: Vec<String> = deck
        .map(|d| d.flashcards().map(|f| f.id.to_string()).collect())
        .unwrap_or_default();
    if after != before {
        return Err(FixError::Verify("the card ids would change".to_string()));
    }
    Ok(())
}

/// Replaces each file atomically: the new bytes go to a temp file in the same folder (with the
/// old file's permissions), which is then renamed over the old file. A file that changed on disk
/// since it was read is left alone (an error).
pub fn apply(files: &[FileFix]) -> Result<(), Error> {
    for f in files {
        let now = std::fs::read(&f.path).map_err(|e| Error::io(&f.path, e))?;
        if now != f.old {
            return Err(FixError::Moved {
                path: f.path.clone(),
                line: 1,
            }
            .into());
        }
        let dir = f
            .path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let io = |e| Error::io(&f.path, e);
        let permissions = std::fs::metadata(&f.path).map_err(io)?.permissions();
        let mut temp = tempfile::Builder::new()
            .prefix(".deckgen-fix")
            .tempfile_in(dir)
            .map_err(io)?;
        temp.write_all(&f.new).map_err(io)?;
        temp.as_file().sync_all().map_err(io)?;
        std::fs::set_permissions(temp.path(), permissions).map_err(io)?;
        temp.persist(&f.path).map_err(|e| io(e.error))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_goes_into_an_existing_block_or_a_new_one() {
        assert_eq!(with_id("## What is X?", "x"), "## What is X? {#x}");
        assert_eq!(
            with_id("## Term {.reverse}  ", "t"),
            "## Term {#t .reverse}  "
        );
        assert_eq!(with_id("## T {tags=a,b}", "t"), "## T {#t tags=a,b}");
        assert_eq!(with_id("## T {}", "t"), "## T {#t}");
        assert_eq!(
            with_id("## Kafka orders {{c1::within a partition}}", "k"),
            "## Kafka orders {{c1::within a partition}} {#k}"
        );
        assert_eq!(with_id("## Sets {a, b}", "s"), "## Sets {a, b} {#s}");
    }

    #[test]
    fn only_heading_lines_change_byte_for_byte() {
        let old = b"\xEF\xBB\xBF+++\r\ntitle = \"A\"\r\n+++\r\n\r\n## Q one\r\n\r\nA.\r\n";
        let (text, _) = source::decode(old.to_vec());
        let source = SourceFile::new("a.md", text);
        let (new, fixes) = edit_file(old, &[(5, "q-one".into())], &source).unwrap();
        assert_eq!(
            new,
            b"\xEF\xBB\xBF+++\r\ntitle = \"A\"\r\n+++\r\n\r\n## Q one {#q-one}\r\n\r\nA.\r\n"
        );
        assert_eq!(fixes[0].line, 5);
        assert_eq!(fixes[0].after, "## Q one {#q-one}");
    }

    #[test]
    fn a_heading_that_moved_is_an_error() {
        let old = b"## Q\n\nA\n";
        let source = SourceFile::new("a.md", "## Other\n\nA\n".to_string());
        assert!(matches!(
            edit_file(old, &[(1, "q".into())], &source),
            Err(FixError::Moved { .. })
        ));
    }
}
