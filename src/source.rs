//! Stage 1, read: walk the content folder in file-name order and load `deck.toml` and every
//! section file into a [`SourceMap`].
//!
//! This is the only stage that touches the content on disk. Problems a user can fix (a non-UTF-8
//! file, a dangling link, a link out of the folder, a huge file) become diagnostics so that they are
//! reported together with everything else; only a missing or unreadable content folder is an
//! [`Error`].

use std::fs;
use std::io::Read;
use std::path::Path;

use walkdir::WalkDir;

use crate::diag::{Diagnostic, FileId, SourceFile, SourceMap, Span};
use crate::diag_kind::DiagnosticKind;
use crate::error::Error;

/// Largest section file deckgen reads (and the largest deck.toml).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The files of one content folder, loaded.
#[derive(Debug, Default)]
pub struct ContentFiles {
    /// `deck.toml`, if it could be read.
    pub deck: Option<FileId>,
    /// Section files in file-name order, each read as UTF-8.
    pub sections: Vec<FileId>,
}

/// Reads `dir`: `deck.toml` and the `*.md` section files directly inside it (not `README.md`).
///
/// Entries are sorted by file name. Symbolic links are followed only when they stay inside `dir`.
/// Returns the loaded files plus diagnostics for everything that could not be loaded.
pub fn read_content(
    dir: &Path,
    map: &mut SourceMap,
) -> Result<(ContentFiles, Vec<Diagnostic>), Error> {
    let meta = fs::metadata(dir).map_err(|e| Error::io(dir, e))?;
    if !meta.is_dir() {
        return Err(Error::NotADirectory(dir.to_path_buf()));
    }
    let root = fs::canonicalize(dir).map_err(|e| Error::io(dir, e))?;
    let mut files = ContentFiles::default();
    let mut diags = Vec::new();

    let walker = WalkDir::new(dir)
        .min_depth(1)
        .max_depth(1)
        .follow_links(false)
        .sort_by_file_name();
    for entry in walker {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(dir).to_path_buf();
            Error::io(&path, e.into())
        })?;
        let path = entry.path().to_path_buf();
        let Some(name) = entry.file_name().to_str() else {
            let id = map.add(SourceFile::new(path, String::new()));
            diags.push(Diagnostic::new(
                Span::file(id),
                DiagnosticKind::FileNameNotUnicode,
            ));
            continue;
        };
        let role = match role_of(name) {
            Some(role) => role,
            None => continue,
        };
        match load(&root, &path, map) {
            Ok(id) => match role {
                Role::Deck => files.deck = Some(id),
                Role::Section => files.sections.push(id),
            },
            Err(diag) => diags.push(diag),
        }
    }

    if files.deck.is_none() && !diags.iter().any(|d| is_deck_toml(map, d)) {
        let id = map.add(SourceFile::new(dir.join("deck.toml"), String::new()));
        diags.push(Diagnostic::new(
            Span::file(id),
            DiagnosticKind::DeckTomlMissing,
        ));
    }
    let has_section_diag = diags.iter().any(|d| !is_deck_toml(map, d));
    if files.sections.is_empty() && !has_section_diag {
        let id = map.add(SourceFile::new(dir.to_path_buf(), String::new()));
        diags.push(Diagnostic::new(
            Span::file(id),
            DiagnosticKind::EmptyContent,
        ));
    }
    Ok((files, diags))
}

#[derive(Clone, Copy)]
enum Role {
    Deck,
    Section,
}

/// Whether a file name is one deckgen reads (deck.toml or a section file).
pub fn is_content_file(name: &str) -> bool {
    role_of(name).is_some()
}

/// What a folder entry is to deckgen, by name: deck.toml, a section, or nothing (ignored).
fn role_of(name: &str) -> Option<Role> {
    if name == "deck.toml" {
        return Some(Role::Deck);
    }
    // Hidden files and editor droppings (`.#x.md` lock links, `.x.md.swp`) are not sections.
    if name.starts_with('.') || name.eq_ignore_ascii_case("readme.md") {
        return None;
    }
    let is_md = Path::new(name)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("md"));
    is_md.then_some(Role::Section)
}

fn is_deck_toml(map: &SourceMap, d: &Diagnostic) -> bool {
    map.path(d.span.file).file_name() == Some("deck.toml".as_ref())
}

/// Loads one file into the map, or explains why it cannot be loaded.
fn load(root: &Path, path: &Path, map: &mut SourceMap) -> Result<FileId, Diagnostic> {
    let mut fail = |kind| {
        let id = map.add(SourceFile::new(path.to_path_buf(), String::new()));
        Diagnostic::new(Span::file(id), kind)
    };
    let link = fs::symlink_metadata(path).map_err(|e| {
        fail(DiagnosticKind::Unreadable {
            message: e.to_string(),
        })
    })?;
    if link.file_type().is_symlink() {
        let target = match fs::canonicalize(path) {
            Ok(t) => t,
            Err(_) => return Err(fail(DiagnosticKind::DanglingSymlink)),
        };
        if !target.starts_with(root) {
            return Err(fail(DiagnosticKind::OutsideContent {
                target: target.display().to_string(),
            }));
        }
    }
    let meta = fs::metadata(path).map_err(|e| {
        fail(DiagnosticKind::Unreadable {
            message: e.to_string(),
        })
    })?;
    if meta.is_dir() {
        return Err(fail(DiagnosticKind::IsDirectory));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(fail(DiagnosticKind::FileTooLarge {
            size: meta.len(),
            limit: MAX_FILE_BYTES,
        }));
    }
    let bytes = read_limited(path, meta.len(), MAX_FILE_BYTES).map_err(|e| {
        fail(DiagnosticKind::Unreadable {
            message: e.to_string(),
        })
    })?;
    let (text, bad_at) = decode(bytes);
    let id = map.add(SourceFile::new(path.to_path_buf(), text));
    match bad_at {
        None => Ok(id),
        Some(offset) => Err(Diagnostic::new(
            Span::new(id, offset..offset + 1),
            DiagnosticKind::NotUtf8,
        )),
    }
}

/// Reads at most `limit` bytes (a file can grow between `metadata` and `read`) into a buffer
/// sized for the `expected` length (growing one from empty cost more than the read itself).
fn read_limited(path: &Path, expected: u64, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(usize::try_from(expected.min(limit) + 1).unwrap_or(0));
    fs::File::open(path)?
        .take(limit + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(std::io::Error::other("file grew past the size limit"));
    }
    Ok(bytes)
}

/// Turns file bytes into the text the parser sees: UTF-8 without a byte-order mark, with CRLF line
/// endings turned into LF. Returns the position of the first invalid byte, if any (the text is then
/// a lossy rendering, only good for showing the line).
pub fn decode(bytes: Vec<u8>) -> (String, Option<usize>) {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    let (text, bad_at) = match String::from_utf8(bytes) {
        Ok(text) => (text, None),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            (String::from_utf8_lossy(e.as_bytes()).into_owned(), Some(at))
        }
    };
    let Some(at) = bad_at else {
        return (normalize_newlines(text), None);
    };
    // CRLF → LF shifts offsets: move the bad byte back by the CRs removed before it (the text
    // before it is valid, so it is the same in the lossy rendering).
    let removed = text
        .get(..at)
        .map_or(0, |before| before.matches("\r\n").count());
    (normalize_newlines(text), Some(at - removed))
}

fn normalize_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_strips_bom_and_crlf() {
        let (text, bad) = decode(b"\xEF\xBB\xBF+++\r\ntitle = \"x\"\r\n+++\r\n".to_vec());
        assert_eq!(text, "+++\ntitle = \"x\"\n+++\n");
        assert_eq!(bad, None);
    }

    #[test]
    fn decode_reports_first_invalid_byte() {
        let (text, bad) = decode(b"ok\nbad \xFF here".to_vec());
        assert_eq!(bad, Some(7));
        assert!(text.starts_with("ok\nbad "));
        let (text, bad) = decode(b"ok\r\nbad \xFF here".to_vec());
        assert_eq!(bad, Some(7), "offset in the CRLF-normalised text");
        assert!(text[7..].starts_with('\u{FFFD}'), "{text:?}");
    }

    #[test]
    fn roles() {
        assert!(matches!(role_of("deck.toml"), Some(Role::Deck)));
        assert!(matches!(role_of("01-a.md"), Some(Role::Section)));
        assert!(matches!(role_of("01-a.MD"), Some(Role::Section)));
        assert!(role_of("README.md").is_none());
        assert!(role_of(".#01-a.md").is_none());
        assert!(role_of("notes.txt").is_none());
        assert!(role_of("01-a.md~").is_none());
    }
}
