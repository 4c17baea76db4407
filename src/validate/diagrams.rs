//! Mermaid diagrams while loading: every ` ```mermaid ` block is drawn once per distinct source
//! (sections are loaded in parallel and share a [`DiagramCache`]), and a block that cannot be
//! drawn is a content error at the offending line inside the fence (or at the fence), with the
//! renderer's message.
//!
//! Drawing is the dearest step of a build (merman takes 4–30 ms a diagram and theme), so a build
//! keeps what it drew in its output folder (`<out>/.deckgen/diagrams/<media stem>.svg` and
//! `-dark.svg`) and the next build reads an unchanged diagram back instead of drawing it again.
//! The media stem is a hash of the source, both themes' settings and the renderer's version, so
//! a file found under it is what drawing would give. Loading only reads the folder; the build
//! writes the deck's diagrams into it once it holds the output folder's lock (so a build stopped
//! by content errors writes nothing). The folder is the build's own state (like its lock):
//! nothing in it is an output.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

use crate::diag::{Diagnostic, FileId, Span};
use crate::diag_kind::DiagnosticKind;
use crate::export::lock;
use crate::kept::KeptFolder;
use crate::parse::RawDiagram;
use crate::picture::mermaid::{Diagram, DiagramError, Theme, diagram_stem, render_diagram};

type Drawn = Result<Arc<Diagram>, DiagramError>;

/// The folder under an output folder's state directory where drawn diagrams are kept.
pub const FOLDER: &str = "diagrams";

/// Diagrams drawn so far, by source; each source is drawn by the first thread that asks for it,
/// and the others wait for that result. With a [`DiagramFolder`], diagrams drawn by an earlier
/// build are read back instead of drawn.
#[derive(Debug, Default)]
pub struct DiagramCache {
    cells: Mutex<HashMap<String, Arc<OnceLock<Drawn>>>>,
    folder: Option<DiagramFolder>,
}

/// Where drawn diagrams are kept between builds: `<out>/.deckgen/diagrams/<stem>.svg` and
/// `<stem>-dark.svg`.
#[derive(Debug, Clone)]
pub struct DiagramFolder(KeptFolder);

impl DiagramFolder {
    /// The folder of the build writing to `out`; `write` false reads only (loading, a dry run).
    pub fn of_output(out: &Path, write: bool) -> Self {
        DiagramFolder(KeptFolder::in_output(out, FOLDER, write))
    }

    fn file_name(stem: &str, theme: Theme) -> String {
        match theme {
            Theme::Light => format!("{stem}.svg"),
            Theme::Dark => format!("{stem}-dark.svg"),
        }
    }

    /// The diagram kept under `stem`, if both renderings are there and whole.
    fn read(&self, stem: &str) -> Option<Diagram> {
        let read = |theme| {
            let svg = String::from_utf8(self.0.read(&Self::file_name(stem, theme))?).ok()?;
            let whole = svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>");
            whole.then_some(svg)
        };
        Some(Diagram {
            stem: stem.to_owned(),
            light: read(Theme::Light)?,
            dark: read(Theme::Dark)?,
        })
    }

    /// Keeps each of `diagrams` that the folder does not hold yet, or holds with another size
    /// (a file that was cut short, which loading could not use).
    pub fn keep<'d>(&self, diagrams: impl Iterator<Item = &'d Diagram>) {
        let held = self.0.sizes();
        for diagram in diagrams {
            for theme in Theme::ALL {
                let name = Self::file_name(&diagram.stem, theme);
                let svg = diagram.svg(theme).as_bytes();
                if held.get(&name) != Some(&(svg.len() as u64)) {
                    self.0.keep(&name, svg);
                }
            }
        }
    }

    /// Removes the kept diagrams whose stem is not in `keep` (the deck no longer has them).
    /// Returns how many files went.
    pub fn prune(&self, keep: &BTreeSet<&str>) -> usize {
        self.0.prune(|name| {
            name.strip_suffix("-dark.svg")
                .or_else(|| name.strip_suffix(".svg"))
                .is_some_and(|stem| keep.contains(stem))
        })
    }
}

impl DiagramCache {
    /// A cache that reads the diagrams an earlier build kept in `folder` instead of drawing them.
    pub fn with_folder(folder: DiagramFolder) -> Self {
        DiagramCache {
            folder: Some(folder),
            ..DiagramCache::default()
        }
    }

    /// Forgets every diagram whose source `keep` says no to (a long-running preview keeps only
    /// the current deck's).
    pub fn retain(&self, keep: impl Fn(&str) -> bool) {
        lock(&self.cells).retain(|source, _| keep(source));
    }

    /// The diagram drawn from `source` (read back from the folder, or drawn now, if no thread
    /// has done it yet).
    pub fn draw(&self, source: &str) -> Drawn {
        let cell = Arc::clone(lock(&self.cells).entry(source.to_owned()).or_default());
        cell.get_or_init(|| {
            let Some(folder) = &self.folder else {
                return render_diagram(source).map(Arc::new);
            };
            match folder.read(&diagram_stem(source)) {
                Some(kept) => Ok(Arc::new(kept)),
                None => render_diagram(source).map(Arc::new),
            }
        })
        .clone()
    }
}

/// Draws a section's diagrams: the drawn ones by source, and a diagnostic for each one that
/// cannot be drawn. `text` is the section file's text.
pub fn check_diagrams(
    file: FileId,
    text: &str,
    diagrams: &[RawDiagram],
    cache: &DiagramCache,
) -> (Vec<(String, Arc<Diagram>)>, Vec<Diagnostic>) {
    let mut drawn = Vec::new();
    let mut diags = Vec::new();
    for raw in diagrams {
        match cache.draw(&raw.source) {
            Ok(diagram) => drawn.push((raw.source.clone(), diagram)),
            Err(error) => diags.push(Diagnostic::new(
                error_span(file, text, raw, &error),
                DiagnosticKind::DiagramInvalid {
                    message: error.message,
                },
            )),
        }
    }
    (drawn, diags)
}

/// The offending line in the file (its text without indentation), or the fence's line when the
/// renderer names no place. The block's lines are the file's lines from `content_start` on.
fn error_span(file: FileId, text: &str, raw: &RawDiagram, error: &DiagramError) -> Span {
    let Some(line) = error.line.filter(|&l| l >= 1 && !raw.source.is_empty()) else {
        return raw.fence.clone();
    };
    let mut start = raw.content_start.min(text.len());
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return raw.fence.clone(),
        }
    }
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line_text = &text[start..end];
    let indent = line_text.len() - line_text.trim_start().len();
    let trimmed_end = start + line_text.trim_end().len();
    Span::new(file, (start + indent).min(trimmed_end)..trimmed_end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::SourceFile;
    use crate::diag::SourceMap;

    fn raw(text: &str) -> (SourceMap, FileId, Vec<RawDiagram>) {
        let mut map = SourceMap::new();
        let id = map.add(SourceFile::new("s.md", text.to_owned()));
        let parsed = crate::parse::parse_cards(id, text, 0, &mut Vec::new());
        (map, id, parsed.diagrams)
    }

    #[test]
    fn a_good_diagram_is_drawn_once_per_source() {
        let text = "## Q {#q}\n\n```mermaid\ngraph LR\n  A --> B\n```\n\n## R {#r}\n\n```mermaid\ngraph LR\n  A --> B\n```\n";
        let (_, id, diagrams) = raw(text);
        assert_eq!(diagrams.len(), 2);
        assert_eq!(diagrams[0].source, "graph LR\n  A --> B\n");
        let cache = DiagramCache::default();
        let (drawn, diags) = check_diagrams(id, text, &diagrams, &cache);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(drawn.len(), 2);
        assert!(Arc::ptr_eq(&drawn[0].1, &drawn[1].1), "drawn once, shared");
        assert_eq!(lock(&cache.cells).len(), 1);
    }

    #[test]
    fn a_cache_forgets_what_it_is_told_to() {
        let cache = DiagramCache::default();
        let a = cache.draw("graph LR\n  A --> B\n").unwrap();
        cache.draw("graph LR\n  A --> C\n").unwrap();
        cache.retain(|source| source.contains('B'));
        assert_eq!(lock(&cache.cells).len(), 1);
        assert!(Arc::ptr_eq(
            &a,
            &cache.draw("graph LR\n  A --> B\n").unwrap()
        ));
    }

    #[test]
    fn a_bad_diagram_points_at_its_line_inside_the_fence() {
        let text =
            "## Q {#q}\n\n- item\n\n  ```mermaid\n  graph LR\n    A --> B\n    B -->\n  ```\n";
        let (map, id, diagrams) = raw(text);
        assert_eq!(diagrams.len(), 1, "a fence in a list item is found");
        let (drawn, diags) = check_diagrams(id, text, &diagrams, &DiagramCache::default());
        assert!(drawn.is_empty());
        assert_eq!(diags.len(), 1);
        let d = &diags[0];
        assert!(matches!(d.kind, DiagnosticKind::DiagramInvalid { .. }));
        let range = d.span.range.clone().unwrap();
        let line = map.get(id).text[..range.start].matches('\n').count() + 1;
        assert_eq!(line, 8, "the `B -->` line: {d:?}");
        assert_eq!(&text[range], "B -->");
    }

    #[test]
    fn an_empty_or_unknown_diagram_is_an_error_at_the_fence() {
        let text = "## Q {#q}\n\n```mermaid\n```\n\n```Mermaid\nnot a diagram at all\n```\n";
        let (_, id, diagrams) = raw(text);
        assert_eq!(diagrams.len(), 2);
        let (_, diags) = check_diagrams(id, text, &diagrams, &DiagramCache::default());
        assert_eq!(diags.len(), 2, "{diags:?}");
        let first = diags[0].span.range.clone().unwrap();
        assert_eq!(&text[first], "```mermaid");
    }
}
