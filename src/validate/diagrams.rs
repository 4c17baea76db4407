//! Mermaid diagrams while loading: every ` ```mermaid ` block is drawn once per distinct source
//! (sections are loaded in parallel and share a [`DiagramCache`]), and a block that cannot be
//! drawn is a content error at the offending line inside the fence (or at the fence), with the
//! renderer's message.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use crate::diag::{Diagnostic, FileId, Span};
use crate::diag_kind::DiagnosticKind;
use crate::export::lock;
use crate::parse::RawDiagram;
use crate::picture::mermaid::{Diagram, DiagramError, render_diagram};

type Drawn = Result<Arc<Diagram>, DiagramError>;

/// Diagrams drawn so far, by source; each source is drawn by the first thread that asks for it,
/// and the others wait for that result.
#[derive(Debug, Default)]
pub struct DiagramCache {
    cells: Mutex<HashMap<String, Arc<OnceLock<Drawn>>>>,
}

impl DiagramCache {
    /// The diagram drawn from `source` (drawn now if no thread has done it yet).
    pub fn draw(&self, source: &str) -> Drawn {
        let cell = Arc::clone(lock(&self.cells).entry(source.to_owned()).or_default());
        cell.get_or_init(|| render_diagram(source).map(Arc::new))
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
