//! Cloze text for print: `{{c1::...}}` deletions revealed and marked (sheets), hidden as `[...]`
//! or `[hint]` (a flashcard's front), or revealed for one card number (its back).

use super::markdown::inline;
use crate::cloze::{self, Segment};
use crate::pdf::style::{Marks, Span};

/// How cloze deletions are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cloze {
    /// Every deletion revealed and marked (sheets).
    Reveal,
    /// Card `n`'s front: its deletions as `[...]` or `[hint]`, the others as plain text.
    Front(u32),
    /// Card `n`'s back: its deletions revealed and marked, the others as plain text.
    Back(u32),
}

const OPEN: u32 = 0xF0000;
const CLOSE: char = '\u{EFFFF}';

/// The deletion numbers of cloze text (one card each); empty when it does not parse.
pub(crate) fn cloze_numbers(question: &str) -> Vec<u32> {
    cloze::parse_cloze(question)
        .map(|s| cloze::numbers(&s))
        .unwrap_or_default()
}

/// Cloze text (inline Markdown with `{{c1::...}}`) as spans shown the way `mode` asks. Markdown
/// inside deletions keeps its marks; deletions are replaced by private-use markers before parsing
/// so that Markdown cannot confuse them, then the markers are resolved.
pub(crate) fn cloze_inline(question: &str, mode: Cloze) -> Vec<Span> {
    let Ok(segments) = cloze::parse_cloze(question) else {
        return inline(question);
    };
    let mut marked = String::with_capacity(question.len());
    let mut deletions = Vec::new();
    for s in &segments {
        match s {
            Segment::Text(t) => marked.push_str(t),
            Segment::Deletion {
                number,
                answer,
                hint,
            } => {
                let open = char::from_u32(OPEN + deletions.len() as u32).unwrap_or(CLOSE);
                deletions.push((*number, *hint));
                marked.push(open);
                marked.push_str(answer);
                marked.push(CLOSE);
            }
        }
    }
    let mut out: Vec<Span> = Vec::new();
    let mut current: Option<(u32, Option<&str>)> = None;
    let mut hidden_shown = false;
    for span in inline(&marked) {
        let mut buf = String::new();
        let flush = |buf: &mut String, out: &mut Vec<Span>, marks: Marks| {
            if !buf.is_empty() {
                out.push(Span::marked(std::mem::take(buf), marks));
            }
        };
        let marks_for = |cur: Option<(u32, Option<&str>)>| {
            let active = match (cur, mode) {
                (None, _) => false,
                (Some(_), Cloze::Reveal) => true,
                (Some((n, _)), Cloze::Front(m) | Cloze::Back(m)) => n == m,
            };
            Marks {
                cloze: active,
                ..span.marks
            }
        };
        for c in span.text.chars() {
            let code = c as u32;
            if (OPEN..OPEN + deletions.len() as u32).contains(&code) {
                flush(&mut buf, &mut out, marks_for(current));
                current = deletions.get((code - OPEN) as usize).copied();
                hidden_shown = false;
            } else if c == CLOSE {
                flush(&mut buf, &mut out, marks_for(current));
                current = None;
            } else {
                match (current, mode) {
                    (Some((n, hint)), Cloze::Front(m)) if n == m => {
                        if !hidden_shown {
                            // The hint is inline Markdown too (`a `x::y` path`): its text.
                            let hint = hint.map_or_else(
                                || "...".to_string(),
                                |h| inline(h).into_iter().map(|s| s.text).collect(),
                            );
                            buf.push_str(&format!("[{hint}]"));
                            hidden_shown = true;
                        }
                    }
                    _ => buf.push(c),
                }
            }
        }
        flush(&mut buf, &mut out, marks_for(current));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cloze_modes() {
        let q = "A {{c1::**log**}} of {{c2::records::plural}}.";
        let reveal = cloze_inline(q, Cloze::Reveal);
        assert_eq!(Span::joined(&reveal), "A log of records.");
        assert!(
            reveal
                .iter()
                .any(|s| s.text == "log" && s.marks.cloze && s.marks.bold)
        );
        let front = cloze_inline(q, Cloze::Front(2));
        assert_eq!(Span::joined(&front), "A log of [plural].");
        assert!(front.iter().any(|s| s.text == "[plural]" && s.marks.cloze));
        assert!(front.iter().any(|s| s.text == "log" && !s.marks.cloze));
        assert_eq!(
            Span::joined(&cloze_inline(q, Cloze::Front(1))),
            "A [...] of records."
        );
        let back = cloze_inline(q, Cloze::Back(2));
        assert!(back.iter().any(|s| s.text == "records" && s.marks.cloze));
        assert_eq!(cloze_numbers(q), [1, 2]);
        assert_eq!(
            Span::joined(&cloze_inline("no deletion", Cloze::Reveal)),
            "no deletion"
        );
    }
}
