//! TOML inputs: `deck.toml` and the `+++` front matter of section files.

use std::ops::Range;

use serde::Deserialize;

use super::{RawDeck, Spanned};
use crate::diag::{Diagnostic, FileId, SourceFile, Span};
use crate::diag_kind::DiagnosticKind;

const DECK_KEYS: &[&str] = &["id", "name", "description"];
const FRONT_MATTER_KEYS: &[&str] = &["title", "id", "tags"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeckToml {
    id: Option<toml::Spanned<String>>,
    name: Option<toml::Spanned<String>>,
    description: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatterToml {
    title: Option<toml::Spanned<String>>,
    id: Option<toml::Spanned<String>>,
    tags: Option<Vec<toml::Spanned<String>>>,
}

/// Parses `deck.toml`. Reports TOML errors, unknown and missing keys.
pub fn parse_deck_toml(file: FileId, source: &SourceFile) -> (Option<RawDeck>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let parsed: DeckToml = match toml::from_str(&source.text) {
        Ok(d) => d,
        Err(e) => {
            diags.push(toml_diagnostic(file, 0, &source.text, &e, Place::Deck));
            return (None, diags);
        }
    };
    let whole = Span::new(file, 0..source.text.len().min(1));
    let mut required = |value: Option<toml::Spanned<String>>, key| match value {
        Some(v) => Some(spanned(file, 0, v)),
        None => {
            diags.push(Diagnostic::new(
                whole.clone(),
                DiagnosticKind::MissingKey {
                    key,
                    place: "deck.toml",
                },
            ));
            None
        }
    };
    let id = required(parsed.id, "id");
    let name = required(parsed.name, "name");
    let deck = match (id, name) {
        (Some(id), Some(name)) => Some(RawDeck {
            id,
            name,
            description: parsed.description.unwrap_or_default(),
        }),
        _ => None,
    };
    (deck, diags)
}

/// Where the front matter is.
#[derive(Debug, Clone)]
pub struct FrontMatterSplit {
    /// From the opening `+++` to the end of the closing `+++` line.
    pub whole: Range<usize>,
    /// The TOML between the fences.
    pub inner: Range<usize>,
    /// Where the Markdown body starts.
    pub body_start: usize,
}

/// Finds the `+++` fences. Leading blank lines are allowed.
pub fn split_front_matter(
    file: FileId,
    text: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<FrontMatterSplit> {
    let mut lines = line_ranges(text).skip_while(|r| text[r.clone()].trim().is_empty());
    let Some(open) = lines.next() else {
        diags.push(Diagnostic::new(Span::file(file), DiagnosticKind::EmptyFile));
        return None;
    };
    if text[open.clone()].trim_end() != "+++" {
        diags.push(Diagnostic::new(
            Span::new(file, open.start..open.end.max(open.start + 1)),
            DiagnosticKind::FrontMatterMissing,
        ));
        return None;
    }
    let inner_start = next_line_start(text, open.end);
    for line in lines {
        if text[line.clone()].trim_end() == "+++" {
            let body_start = next_line_start(text, line.end);
            return Some(FrontMatterSplit {
                whole: open.start..line.end,
                inner: inner_start..line.start,
                body_start,
            });
        }
    }
    diags.push(Diagnostic::new(
        Span::new(file, open),
        DiagnosticKind::FrontMatterUnclosed,
    ));
    None
}

/// The fields of a section's front matter.
#[derive(Debug, Default)]
pub struct FrontMatter {
    pub title: Option<Spanned<String>>,
    pub id: Option<Spanned<String>>,
    pub tags: Vec<Spanned<String>>,
}

/// Parses the TOML between the fences.
pub fn parse_front_matter(
    file: FileId,
    text: &str,
    split: &FrontMatterSplit,
    diags: &mut Vec<Diagnostic>,
) -> FrontMatter {
    let inner = &text[split.inner.clone()];
    let offset = split.inner.start;
    let parsed: FrontMatterToml = match toml::from_str(inner) {
        Ok(p) => p,
        Err(e) => {
            diags.push(toml_diagnostic(file, offset, inner, &e, Place::FrontMatter));
            return FrontMatter::default();
        }
    };
    if parsed.title.is_none() {
        diags.push(Diagnostic::new(
            Span::new(file, split.whole.start..split.whole.start + 3),
            DiagnosticKind::MissingKey {
                key: "title",
                place: "front matter",
            },
        ));
    }
    FrontMatter {
        title: parsed.title.map(|v| spanned(file, offset, v)),
        id: parsed.id.map(|v| spanned(file, offset, v)),
        tags: parsed
            .tags
            .unwrap_or_default()
            .into_iter()
            .map(|v| spanned(file, offset, v))
            .collect(),
    }
}

#[derive(Clone, Copy)]
enum Place {
    Deck,
    FrontMatter,
}

/// Turns a TOML error into a diagnostic in the user's words.
fn toml_diagnostic(
    file: FileId,
    offset: usize,
    text: &str,
    error: &toml::de::Error,
    place: Place,
) -> Diagnostic {
    let range = error
        .span()
        .map(|r| {
            let end = r.end.max(r.start + 1).min(text.len().max(r.start));
            offset + r.start..offset + end
        })
        .unwrap_or(offset..offset);
    let span = Span::new(file, range);
    let message = error.message().trim().to_string();
    let (place_name, allowed) = match place {
        Place::Deck => ("deck.toml", DECK_KEYS),
        Place::FrontMatter => ("front matter", FRONT_MATTER_KEYS),
    };
    let kind = if let Some(key) = backticked_after(&message, "unknown field") {
        DiagnosticKind::UnknownKey {
            key,
            place: place_name,
            allowed,
        }
    } else {
        match place {
            Place::Deck => DiagnosticKind::DeckTomlInvalid { message },
            Place::FrontMatter => DiagnosticKind::FrontMatterInvalid { message },
        }
    };
    Diagnostic::new(span, kind)
}

/// `unknown field `x`, expected ...` → `x`.
fn backticked_after(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?.trim_start();
    let rest = rest.strip_prefix('`')?;
    let end = rest.find('`')?;
    Some(rest[..end].to_string())
}

fn spanned(file: FileId, offset: usize, v: toml::Spanned<String>) -> Spanned<String> {
    let r = v.span();
    Spanned {
        span: Span::new(file, offset + r.start..offset + r.end),
        value: v.into_inner(),
    }
}

/// Byte ranges of the lines of `text`, without their `\n`.
fn line_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let range = start..end;
        start = end + 1;
        Some(range)
    })
}

fn next_line_start(text: &str, line_end: usize) -> usize {
    (line_end + 1).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::SourceMap;

    fn split(text: &str) -> (Option<FrontMatterSplit>, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let s = split_front_matter(FileId(0), text, &mut diags);
        (s, diags)
    }

    #[test]
    fn splits_fences() {
        let text = "+++\ntitle = \"A\"\n+++\nbody\n";
        let (s, d) = split(text);
        let s = s.unwrap();
        assert!(d.is_empty());
        assert_eq!(&text[s.inner.clone()], "title = \"A\"\n");
        assert_eq!(&text[s.body_start..], "body\n");
    }

    #[test]
    fn leading_blank_lines_and_trailing_spaces_are_fine() {
        let (s, d) = split("\n\n+++  \ntitle = \"A\"\n+++\t\n");
        assert!(s.is_some() && d.is_empty());
    }

    #[test]
    fn missing_and_unclosed() {
        let (s, d) = split("title = \"A\"\n");
        assert!(s.is_none());
        assert_eq!(d[0].kind, DiagnosticKind::FrontMatterMissing);
        let (s, d) = split("+++\ntitle = \"A\"\n## Q\n");
        assert!(s.is_none());
        assert_eq!(d[0].kind, DiagnosticKind::FrontMatterUnclosed);
    }

    fn deck(text: &str) -> (Option<RawDeck>, Vec<Diagnostic>, SourceMap) {
        let mut map = SourceMap::new();
        let id = map.add(SourceFile::new("content/deck.toml", text.to_string()));
        let (d, diags) = parse_deck_toml(id, map.get(id));
        (d, diags, map)
    }

    #[test]
    fn deck_toml_ok() {
        let (d, diags, _) = deck("id = \"x\"\nname = \"X\"\ndescription = \"d\"\n");
        assert!(diags.is_empty());
        let d = d.unwrap();
        assert_eq!(d.id.value, "x");
        assert_eq!(d.description, "d");
    }

    #[test]
    fn deck_toml_unknown_key_points_at_it() {
        let (d, diags, map) = deck("id = \"x\"\nname = \"X\"\ncolour = \"red\"\n");
        assert!(d.is_none());
        assert_eq!(
            diags[0].kind,
            DiagnosticKind::UnknownKey {
                key: "colour".into(),
                place: "deck.toml",
                allowed: DECK_KEYS
            }
        );
        assert_eq!(map.location(&diags[0].span), "content/deck.toml:3:1");
    }

    #[test]
    fn deck_toml_missing_name() {
        let (d, diags, _) = deck("id = \"x\"\n");
        assert!(d.is_none());
        assert_eq!(
            diags[0].kind,
            DiagnosticKind::MissingKey {
                key: "name",
                place: "deck.toml"
            }
        );
    }

    #[test]
    fn deck_toml_syntax_error_has_line() {
        let (_, diags, map) = deck("id = \"x\"\nname = \n");
        assert!(matches!(
            diags[0].kind,
            DiagnosticKind::DeckTomlInvalid { .. }
        ));
        assert!(
            map.location(&diags[0].span)
                .starts_with("content/deck.toml:2:")
        );
    }

    #[test]
    fn front_matter_spans_are_file_offsets() {
        let text = "+++\ntitle = \"T\"\ntags = [\"a b\"]\n+++\n";
        let mut diags = Vec::new();
        let s = split_front_matter(FileId(0), text, &mut diags).unwrap();
        let fm = parse_front_matter(FileId(0), text, &s, &mut diags);
        assert!(diags.is_empty());
        let tag = &fm.tags[0];
        assert_eq!(&text[tag.span.range.clone().unwrap()], "\"a b\"");
    }

    #[test]
    fn front_matter_unknown_key_and_missing_title() {
        let text = "+++\ntitel = \"T\"\n+++\n";
        let mut diags = Vec::new();
        let s = split_front_matter(FileId(0), text, &mut diags).unwrap();
        parse_front_matter(FileId(0), text, &s, &mut diags);
        assert!(matches!(&diags[0].kind, DiagnosticKind::UnknownKey { key, .. } if key == "titel"));
        assert_eq!(diags[0].span.range, Some(4..9));
    }
}
