//! Card headings read whole: the `{...}` attribute block and the typos that Markdown would read as
//! something else without a word.
//!
//! pulldown-cmark reads the attribute block leniently (`{#a #b}` keeps the last id, `tags=a b`
//! drops `b`, a second block or trailing text makes the block part of the question). These checks
//! look at the heading line as written, so that every attribute is either understood or reported.

use std::ops::Range;

use crate::cloze::code_spans;
use crate::diag::{Diagnostic, FileId, Span};
use crate::diag_kind::DiagnosticKind;

/// Checks the tokens of the attribute block at `block` (the byte range of `{...}` in `text`).
pub fn check_block(file: FileId, text: &str, block: &Range<usize>, diags: &mut Vec<Diagnostic>) {
    let inner = block.start + 1..block.end.saturating_sub(1).max(block.start + 1);
    let mut first_id: Option<&str> = None;
    // The open `tags=` token (its start) and the words that follow it.
    let mut tags: Option<(usize, Vec<&str>)> = None;
    let mut stray_tags = |tags: &mut Option<(usize, Vec<&str>)>, end: usize| {
        if let Some((start, words)) = tags.take()
            && words.len() > 1
        {
            let meant: Vec<&str> = words
                .iter()
                .flat_map(|w| w.split(','))
                .filter(|w| !w.is_empty())
                .collect();
            diags.push(Diagnostic::new(
                Span::new(file, start..end),
                DiagnosticKind::TagsWithSpaces {
                    meant: meant.join(","),
                },
            ));
        }
    };
    let mut last_end = inner.start;
    let mut pending = Vec::new();
    for (range, token) in tokens(text, &inner) {
        if let Some(id) = token.strip_prefix('#') {
            stray_tags(&mut tags, last_end);
            match first_id {
                None => first_id = Some(id),
                Some(first) => pending.push(Diagnostic::new(
                    Span::new(file, range.clone()),
                    DiagnosticKind::TwoIds {
                        first: first.to_string(),
                        second: id.to_string(),
                    },
                )),
            }
        } else if token.starts_with('.') {
            stray_tags(&mut tags, last_end);
        } else if let Some(value) = token.strip_prefix("tags=") {
            stray_tags(&mut tags, last_end);
            tags = Some((range.start, vec![value]));
        } else if token.contains('=') {
            stray_tags(&mut tags, last_end);
        } else if let Some((_, words)) = tags.as_mut() {
            words.push(token);
        } else {
            pending.push(Diagnostic::new(
                Span::new(file, range.clone()),
                DiagnosticKind::StrayAttributeWord {
                    word: token.to_string(),
                },
            ));
        }
        last_end = range.end;
    }
    stray_tags(&mut tags, last_end);
    diags.extend(pending);
}

/// The whitespace-separated tokens of `text[range]`, with their ranges.
fn tokens<'t>(
    text: &'t str,
    range: &Range<usize>,
) -> impl Iterator<Item = (Range<usize>, &'t str)> + 't {
    let start = range.start;
    let inner = text.get(range.clone()).unwrap_or("");
    inner.split_whitespace().map(move |t| {
        let at = t.as_ptr() as usize - inner.as_ptr() as usize;
        (start + at..start + at + t.len(), t)
    })
}

/// Reports a `{#...}` or `{.kind}` group inside the question text (outside code spans): an
/// attribute block that is not last, or not the only one, is read as words of the question.
/// True when it found one.
pub fn check_question(
    file: FileId,
    text: &str,
    question: &Range<usize>,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    let q = text.get(question.clone()).unwrap_or("");
    let code = code_spans(q);
    let in_code = |i: usize| code.iter().any(|c| c.contains(&i));
    for (i, _) in q.match_indices('{') {
        if in_code(i) {
            continue;
        }
        let rest = q[i + 1..].trim_start();
        let mut chars = rest.chars();
        let looks_like_attribute = match (chars.next(), chars.next()) {
            (Some('#'), Some(c)) => c.is_ascii_alphanumeric(),
            (Some('.'), Some(c)) => c.is_ascii_alphabetic(),
            _ => false,
        };
        if !looks_like_attribute {
            continue;
        }
        let end = q[i..].find('}').map_or(q.len(), |e| i + e + 1);
        diags.push(Diagnostic::new(
            Span::new(file, question.start + i..question.start + end),
            DiagnosticKind::AttributesNotLast,
        ));
        return true;
    }
    false
}

/// Reports lines from `from` on, outside `code_blocks`, that start with `##` and no space
/// (`##Question {#id}`): Markdown reads them as text (of a paragraph, a list item, ...), so the
/// card silently joins the answer above.
pub fn check_lines(
    file: FileId,
    text: &str,
    from: usize,
    code_blocks: &[Range<usize>],
    diags: &mut Vec<Diagnostic>,
) {
    let Some(body) = text.get(from..) else {
        return;
    };
    let mut offset = from;
    for line in body.split_inclusive('\n') {
        if code_blocks.iter().any(|c| c.contains(&offset)) {
            offset += line.len();
            continue;
        }
        let body = line.trim_end_matches('\n');
        let indent = body.len() - body.trim_start_matches(' ').len();
        let rest = &body[indent..];
        if indent <= 3
            && let Some(after) = rest.strip_prefix("##")
            && after
                .chars()
                .next()
                .is_some_and(|c| !c.is_whitespace() && c != '#')
        {
            diags.push(Diagnostic::new(
                Span::new(file, offset + indent..offset + body.len()),
                DiagnosticKind::HeadingWithoutSpace {
                    line: body.to_string(),
                },
            ));
        }
        offset += line.len();
    }
}

/// True when the heading at `range` is a setext heading (text underlined with `---`), not `## ...`.
pub fn is_setext(text: &str, range: &Range<usize>) -> bool {
    !text
        .get(range.clone())
        .unwrap_or("")
        .trim_start()
        .starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str) -> Vec<DiagnosticKind> {
        let open = text.find('{').unwrap();
        let close = text.rfind('}').unwrap() + 1;
        let mut diags = Vec::new();
        check_block(FileId(0), text, &(open..close), &mut diags);
        diags.into_iter().map(|d| d.kind).collect()
    }

    #[test]
    fn a_well_formed_block_is_quiet() {
        assert!(block("## Q {#q .reverse tags=a,b}").is_empty());
        assert!(block("## Q {  #q  }").is_empty());
        assert!(block("## Q {#q k=v}").is_empty());
    }

    #[test]
    fn tags_with_spaces_say_what_was_meant() {
        assert_eq!(
            block("## Q {#q tags=a b}"),
            [DiagnosticKind::TagsWithSpaces {
                meant: "a,b".into()
            }]
        );
        assert_eq!(
            block("## Q {#q2 tags=a, b, c .reverse}"),
            [DiagnosticKind::TagsWithSpaces {
                meant: "a,b,c".into()
            }]
        );
    }

    #[test]
    fn two_ids_and_stray_words() {
        assert_eq!(
            block("## Q {#q4 #other}"),
            [DiagnosticKind::TwoIds {
                first: "q4".into(),
                second: "other".into()
            }]
        );
        assert_eq!(
            block("## Q {#q reverse}"),
            [DiagnosticKind::StrayAttributeWord {
                word: "reverse".into()
            }]
        );
    }

    #[test]
    fn attribute_groups_in_the_question() {
        let find = |q: &str| {
            let mut diags = Vec::new();
            check_question(FileId(0), q, &(0..q.len()), &mut diags);
            diags
                .into_iter()
                .map(|d| q[d.span.range.unwrap()].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(find("Q3 {#q3}"), ["{#q3}"]);
        assert_eq!(find("Q3 {#q3} trailing text"), ["{#q3}"]);
        assert_eq!(find("Q { .reverse }"), ["{ .reverse }"]);
        assert!(find("What does `{#x}` do?").is_empty());
        assert!(find("Kafka {{c1::orders}} { braces } {.5}").is_empty());
    }

    #[test]
    fn hash_lines_without_space() {
        let text = "Answer.\n##Q2 {#q2}\n## not this\n####\n```\n##code\n```\n";
        let code = text.find("```").unwrap()..text.len();
        let mut diags = Vec::new();
        check_lines(FileId(0), text, 0, &[code], &mut diags);
        assert_eq!(diags.len(), 1);
        assert_eq!(&text[diags[0].span.range.clone().unwrap()], "##Q2 {#q2}");
    }
}
