//! Markdown → plain text, for places without HTML (plain CSV, PDF titles, the change report).

use pulldown_cmark::{Event, Tag, TagEnd};

use super::policy::inline_events;
use super::policy::{as_heading, body_events};
use crate::cloze;
use crate::model::{Flashcard, FlashcardContent, FlashcardKind};

pub(crate) fn inline_plain<'a>(events: impl IntoIterator<Item = Event<'a>>) -> String {
    let mut out = String::new();
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// Markdown → plain text for places without HTML (plain CSV): emphasis markers dropped, list items
/// as `- item`, table rows as `a | b`, code kept as is, blocks separated by newlines.
pub fn markdown_to_plain(md: &str) -> String {
    let mut out = String::new();
    let mut lists: Vec<Option<u64>> = Vec::new();
    for event in body_events(md) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::Start(Tag::List(start)) => {
                newline(&mut out);
                lists.push(start);
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
                newline(&mut out);
            }
            // Every block starts on a line of its own: in a tight list an item's text has no
            // paragraph around it, so what follows the list would join its last item.
            Event::Start(
                Tag::Paragraph | Tag::CodeBlock(_) | Tag::BlockQuote(_) | Tag::Heading { .. },
            ) => newline(&mut out),
            Event::Start(Tag::Item) => {
                newline(&mut out);
                out.push_str(&"  ".repeat(lists.len().saturating_sub(1)));
                match lists.last_mut() {
                    Some(Some(n)) => {
                        out.push_str(&format!("{n}. "));
                        *n += 1;
                    }
                    _ => out.push_str("- "),
                }
            }
            Event::Start(Tag::TableCell)
                if !out.ends_with('\n') && !out.is_empty() && !out.ends_with("| ") =>
            {
                out.push_str(" | ");
            }
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => out.push('\n'),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::BlockQuote(_),
            ) => newline(&mut out),
            Event::Rule => {
                newline(&mut out);
                out.push_str("---\n");
            }
            _ => {}
        }
    }
    out.trim().to_string()
}

/// Inline Markdown → plain text.
pub fn inline_to_plain(md: &str) -> String {
    let source = as_heading(md);
    inline_plain(inline_events(&source))
}

fn newline(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// A flashcard as plain question/answer pairs: one pair for a basic card or table row, two for a
/// reversed card, one per deletion number for a cloze card.
pub fn flashcard_plain(card: &Flashcard<'_>) -> Vec<(String, String)> {
    match (&card.content, card.kind) {
        (FlashcardContent::Text { question, answer }, FlashcardKind::Cloze) => {
            let extra = markdown_to_plain(answer);
            // Split on the Markdown, where a `::` in a code span is known to be text.
            let Ok(segments) = cloze::parse_cloze(question) else {
                return vec![(inline_to_plain(question), extra)];
            };
            cloze::numbers(&segments)
                .into_iter()
                .map(|n| {
                    let side = |reveal| {
                        inline_to_plain(&cloze::render(&segments, n, reveal, str::to_string))
                    };
                    let front = side(false);
                    let mut back = side(true);
                    if !extra.is_empty() {
                        back.push_str("\n\n");
                        back.push_str(&extra);
                    }
                    (front, back)
                })
                .collect()
        }
        (FlashcardContent::Text { question, answer }, kind) => {
            let pair = (inline_to_plain(question), markdown_to_plain(answer));
            if kind == FlashcardKind::Reverse {
                vec![pair.clone(), (pair.1, pair.0)]
            } else {
                vec![pair]
            }
        }
        (FlashcardContent::Row { table, row, notes }, _) => {
            let mut back: Vec<String> = table
                .header
                .iter()
                .zip(&row.cells)
                .skip(1)
                .map(|(h, c)| format!("{}: {}", inline_to_plain(h), inline_to_plain(c)))
                .collect();
            if !notes.is_empty() {
                back.push(markdown_to_plain(notes));
            }
            vec![(
                inline_to_plain(&super::row_question(&card.card.question, row)),
                back.join("\n"),
            )]
        }
    }
}

/// Cloze text with every deletion shown (`a {{c1::b}}` → `a b`); text that is not valid cloze
/// stays as it is.
pub(super) fn reveal_cloze(text: &str) -> String {
    match cloze::parse_cloze(text) {
        Ok(segments) => cloze::render(&segments, 0, false, str::to_string),
        Err(_) => text.to_string(),
    }
}
