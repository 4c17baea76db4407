//! Cloze deletions: `{{c1::hidden}}` and `{{c2::hidden::hint}}` in a cloze card's question.
//!
//! Validation uses [`parse_cloze`] to reject malformed deletions with a position; exporters that do
//! not hand cloze text to Anki (plain CSV, PDF) use it to show the hidden and revealed versions.

use std::ops::Range;

/// A piece of cloze text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Plain text shown on both sides.
    Text(&'a str),
    /// A deletion: hidden on the front of card `number`.
    Deletion {
        /// 1 for `c1`, ...
        number: u32,
        /// The hidden text.
        answer: &'a str,
        /// Optional hint shown instead of `[...]`.
        hint: Option<&'a str>,
    },
}

/// Why cloze text is not valid, and where (byte range in the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClozeError {
    /// Where.
    pub range: Range<usize>,
    /// What.
    pub problem: ClozeProblem,
}

/// The ways cloze text can be wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClozeProblem {
    /// `{{` not followed by `cN::`.
    BadOpening,
    /// `c0`.
    NumberZero,
    /// `{{c1::}}`.
    EmptyDeletion,
    /// `{{c1:: {{c2::x}} }}`.
    Nested,
    /// `}}` without an opening.
    UnexpectedClose,
    /// `{{c1::` never closed.
    Unclosed,
    /// No deletion at all.
    NoDeletion,
    /// `{{c1::std::vec::Vec}}`: a second `::` (outside a code span) in a deletion, which Anki would
    /// read as the start of the hint.
    ExtraSeparator,
}

impl ClozeProblem {
    /// A short description for messages.
    pub fn describe(self) -> &'static str {
        match self {
            ClozeProblem::BadOpening => "`{{` must be followed by `c1::`, `c2::`, ...",
            ClozeProblem::NumberZero => "deletions are numbered from c1",
            ClozeProblem::EmptyDeletion => "the deletion hides nothing",
            ClozeProblem::Nested => "nested deletions are not supported",
            ClozeProblem::UnexpectedClose => "`}}` without an opening `{{c1::`",
            ClozeProblem::Unclosed => "`{{c1::` is never closed with `}}`",
            ClozeProblem::NoDeletion => "no deletion",
            ClozeProblem::ExtraSeparator => "more than one `::` in a deletion",
        }
    }

    /// Whether this is a brace-balance problem (as opposed to a malformed deletion).
    pub fn is_unbalanced(self) -> bool {
        matches!(self, ClozeProblem::UnexpectedClose | ClozeProblem::Unclosed)
    }
}

/// Splits cloze text into segments, or says what is wrong with it.
pub fn parse_cloze(text: &str) -> Result<Vec<Segment<'_>>, ClozeError> {
    let err = |range, problem| Err(ClozeError { range, problem });
    let mut segments = Vec::new();
    let mut plain_start = 0;
    let mut open: Option<(usize, usize, u32)> = None; // (start of `{{`, start of content, number)
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        if bytes[i..].starts_with(b"{{") {
            if let Some((start, _, _)) = open {
                return err(start..i + 2, ClozeProblem::Nested);
            }
            let digits_start = i + 3;
            if bytes.get(i + 2) != Some(&b'c') {
                return err(i..i + 2, ClozeProblem::BadOpening);
            }
            let digits_len = bytes[digits_start..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            let after = digits_start + digits_len;
            if digits_len == 0 || !bytes[after..].starts_with(b"::") {
                return err(i..after.min(bytes.len()), ClozeProblem::BadOpening);
            }
            let number: u32 = text[digits_start..after].parse().unwrap_or(u32::MAX);
            if number == 0 {
                return err(i..after + 2, ClozeProblem::NumberZero);
            }
            if plain_start < i {
                segments.push(Segment::Text(&text[plain_start..i]));
            }
            open = Some((i, after + 2, number));
            i = after + 2;
        } else if bytes[i..].starts_with(b"}}") {
            let Some((start, content, number)) = open.take() else {
                return err(i..i + 2, ClozeProblem::UnexpectedClose);
            };
            let inner = &text[content..i];
            let mut separators = separators(inner);
            let (answer, hint) = match separators.next() {
                Some(at) => (&inner[..at], Some(&inner[at + 2..])),
                None => (inner, None),
            };
            if let Some(at) = separators.next() {
                return err(content + at..content + at + 2, ClozeProblem::ExtraSeparator);
            }
            if answer.trim().is_empty() {
                return err(start..i + 2, ClozeProblem::EmptyDeletion);
            }
            segments.push(Segment::Deletion {
                number,
                answer,
                hint,
            });
            i += 2;
            plain_start = i;
        } else {
            i += 1;
        }
    }
    if let Some((start, content, _)) = open {
        return err(start..content, ClozeProblem::Unclosed);
    }
    if !segments
        .iter()
        .any(|s| matches!(s, Segment::Deletion { .. }))
    {
        return err(0..text.len(), ClozeProblem::NoDeletion);
    }
    if plain_start < text.len() {
        segments.push(Segment::Text(&text[plain_start..]));
    }
    Ok(segments)
}

/// The offsets of the `::` in a deletion's text that are not inside a code span: the first one
/// starts the hint; `::` in code (`` `std::vec` ``) is text.
fn separators(inner: &str) -> impl Iterator<Item = usize> + '_ {
    let code = code_spans(inner);
    let mut from = 0;
    std::iter::from_fn(move || {
        loop {
            let at = from + inner.get(from..)?.find("::")?;
            match code.iter().find(|c| c.contains(&at)) {
                Some(c) => from = c.end,
                None => {
                    from = at + 2;
                    return Some(at);
                }
            }
        }
    })
}

/// The byte ranges of the inline code spans of Markdown `text`, backticks included: a run of N
/// backticks opens a span that the next run of exactly N backticks closes (CommonMark); a run
/// without a closing run, or after a backslash, is text.
pub fn code_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let run_at = |i: usize| bytes[i..].iter().take_while(|&&b| b == b'`').count();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'`' {
            i += 1;
            continue;
        }
        let n = run_at(i);
        let escaped = i > 0 && bytes[i - 1] == b'\\';
        let mut j = i + n;
        let mut close = None;
        while !escaped && j < bytes.len() {
            if bytes[j] == b'`' {
                let m = run_at(j);
                if m == n {
                    close = Some(j + m);
                    break;
                }
                j += m;
            } else {
                j += 1;
            }
        }
        match close {
            Some(end) => {
                spans.push(i..end);
                i = end;
            }
            None => i += n,
        }
    }
    spans
}

/// Cloze HTML for Anki: a `:` inside `<code>` is written `&#58;`, which shows as `:` but is not
/// part of a `::` for Anki's cloze parser (which reads the field's HTML), so `` `a::b` `` in a
/// deletion stays its answer instead of becoming answer `<code>a` and hint `b</code>`.
pub fn protect_code_colons(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find("<code>") {
        let body = open + "<code>".len();
        let close = rest[body..]
            .find("</code>")
            .map_or(rest.len(), |c| body + c);
        out.push_str(&rest[..body]);
        out.push_str(&rest[body..close].replace(':', "&#58;"));
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

/// True if `text` contains something that looks like a cloze deletion (`{{c1::`).
pub fn looks_like_cloze(text: &str) -> bool {
    text.match_indices("{{c").any(|(i, _)| {
        let rest = &text[i + 3..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && rest[digits..].starts_with("::")
    })
}

/// The distinct deletion numbers in order (one card each).
pub fn numbers(segments: &[Segment<'_>]) -> Vec<u32> {
    let mut n: Vec<u32> = segments
        .iter()
        .filter_map(|s| match s {
            Segment::Deletion { number, .. } => Some(*number),
            Segment::Text(_) => None,
        })
        .collect();
    n.sort_unstable();
    n.dedup();
    n
}

/// Renders the text as card `number` shows it: its deletions hidden as `[...]` (or `[hint]`),
/// others shown; with `reveal`, its deletions shown. `wrap` is applied to this card's deletions
/// (e.g. to make them bold on the back).
pub fn render(
    segments: &[Segment<'_>],
    number: u32,
    reveal: bool,
    wrap: impl Fn(&str) -> String,
) -> String {
    let mut out = String::new();
    for s in segments {
        match s {
            Segment::Text(t) => out.push_str(t),
            Segment::Deletion {
                number: n,
                answer,
                hint,
            } => {
                if *n != number {
                    out.push_str(answer);
                } else if reveal {
                    out.push_str(&wrap(answer));
                } else {
                    out.push_str(&wrap(&format!("[{}]", hint.unwrap_or("..."))));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> ClozeProblem {
        parse_cloze(text).unwrap_err().problem
    }

    #[test]
    fn parses_deletions_and_hints() {
        let s = parse_cloze("A {{c1::log}} of {{c2::records::plural}}.").unwrap();
        assert_eq!(
            s,
            vec![
                Segment::Text("A "),
                Segment::Deletion {
                    number: 1,
                    answer: "log",
                    hint: None
                },
                Segment::Text(" of "),
                Segment::Deletion {
                    number: 2,
                    answer: "records",
                    hint: Some("plural")
                },
                Segment::Text("."),
            ]
        );
        assert_eq!(numbers(&s), vec![1, 2]);
        assert_eq!(render(&s, 2, false, str::to_string), "A log of [plural].");
        assert_eq!(
            render(&s, 1, true, |t| format!("*{t}*")),
            "A *log* of records."
        );
    }

    #[test]
    fn rejects_malformed_text() {
        assert_eq!(problem("no deletion"), ClozeProblem::NoDeletion);
        assert_eq!(problem("{{c1::open"), ClozeProblem::Unclosed);
        assert_eq!(problem("close}} {{c1::x}}"), ClozeProblem::UnexpectedClose);
        assert_eq!(problem("{{x::y}}"), ClozeProblem::BadOpening);
        assert_eq!(problem("{{c::y}}"), ClozeProblem::BadOpening);
        assert_eq!(problem("{{c1:y}}"), ClozeProblem::BadOpening);
        assert_eq!(problem("{{c0::y}}"), ClozeProblem::NumberZero);
        assert_eq!(problem("{{c1::}}"), ClozeProblem::EmptyDeletion);
        assert_eq!(problem("{{c1:: ::hint}}"), ClozeProblem::EmptyDeletion);
        assert_eq!(problem("{{c1::a {{c2::b}} }}"), ClozeProblem::Nested);
        assert!(ClozeProblem::Unclosed.is_unbalanced());
    }

    #[test]
    fn error_ranges_point_at_the_problem() {
        let e = parse_cloze("ok {{c1::x").unwrap_err();
        assert_eq!(e.range, 3..9);
        let e = parse_cloze("ok x}}").unwrap_err();
        assert_eq!(e.range, 4..6);
    }

    #[test]
    fn detects_cloze_lookalikes() {
        assert!(looks_like_cloze("a {{c12::b}}"));
        assert!(!looks_like_cloze("a {{c::b}}"));
        assert!(!looks_like_cloze("{{ template }}"));
    }

    #[test]
    fn double_colons_in_code_are_text_and_elsewhere_an_error() {
        let s = parse_cloze("{{c1::`a::b`}} and {{c2::`x::y`::a `p::q` path}}").unwrap();
        assert_eq!(
            s[0],
            Segment::Deletion {
                number: 1,
                answer: "`a::b`",
                hint: None
            }
        );
        assert_eq!(
            s[2],
            Segment::Deletion {
                number: 2,
                answer: "`x::y`",
                hint: Some("a `p::q` path")
            }
        );
        let e = parse_cloze("Use {{c1::std::vec::Vec}}").unwrap_err();
        assert_eq!(e.problem, ClozeProblem::ExtraSeparator);
        assert_eq!(e.range, 18..20);
        assert_eq!(problem("{{c1::a::b::c}}"), ClozeProblem::ExtraSeparator);
        assert!(parse_cloze("{{c1::a::b `c::d`}}").is_ok());
    }

    #[test]
    fn code_spans_follow_commonmark_runs() {
        let t = "a `b` ``c ` d`` \\`e `open";
        let spans: Vec<&str> = code_spans(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(spans, ["`b`", "``c ` d``"]);
    }

    #[test]
    fn colons_in_code_are_protected_for_anki() {
        assert_eq!(
            protect_code_colons("{{c1::<code>a::b</code>}} x::y <code>:</code>"),
            "{{c1::<code>a&#58;&#58;b</code>}} x::y <code>&#58;</code>"
        );
        assert_eq!(
            protect_code_colons("<code>unclosed:"),
            "<code>unclosed&#58;"
        );
    }

    #[test]
    fn huge_numbers_do_not_panic() {
        assert!(parse_cloze("{{c99999999999999999999::x}}").is_ok());
    }
}
