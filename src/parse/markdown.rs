//! The Markdown body of a section: key points, then one card per top-level `##` heading.
//!
//! pulldown-cmark does the Markdown (so a `##` inside a code block or a list is not a card, and
//! `{#id .kind}` is its heading-attribute syntax); this module only cuts the body at the headings
//! and records where things are.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::attributes;
use super::{RawCard, RawDiagram, RawImage, RawRow, RawTable, Spanned};
use crate::diag::{Diagnostic, FileId, Span};
use crate::diag_kind::DiagnosticKind;

/// Markdown extensions deckgen reads, everywhere (parse and render must agree).
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_STRIKETHROUGH
}

/// What a section body holds.
#[derive(Debug, Default)]
pub struct ParsedBody {
    /// Markdown before the first card, trimmed.
    pub key_points: String,
    /// Cards in order.
    pub cards: Vec<RawCard>,
    /// Every ` ```mermaid ` block, in the key points and in the cards, in file order.
    pub diagrams: Vec<RawDiagram>,
    /// Every image (`![alt](path)`), in file order.
    pub images: Vec<RawImage>,
}

/// Whether a fenced code block's info string (` ```mermaid `) makes it a Mermaid diagram: its
/// first word is `mermaid`, in any case. The render stage and the PDF reader use the same rule.
pub fn is_mermaid(info: &str) -> bool {
    info.split_whitespace()
        .next()
        .is_some_and(|word| word.eq_ignore_ascii_case("mermaid"))
}

/// A heading while its inline events are read.
struct OpenHeading {
    range: Range<usize>,
    text: Option<Range<usize>>,
    id: Option<String>,
    classes: Vec<String>,
    attrs: Vec<(String, Option<String>)>,
}

/// A card while its body is read.
struct OpenCard {
    heading: OpenHeading,
    tables: Vec<RawTable>,
}

/// Splits `text[body_start..]` into key points and cards. All spans are offsets into `text`.
pub fn parse_cards(
    file: FileId,
    text: &str,
    body_start: usize,
    diags: &mut Vec<Diagnostic>,
) -> ParsedBody {
    let body = &text[body_start..];
    let at = |r: Range<usize>| body_start + r.start..body_start + r.end;
    let mut depth = 0usize;
    let mut heading: Option<OpenHeading> = None;
    let mut current: Option<OpenCard> = None;
    let mut finished: Vec<(OpenCard, usize)> = Vec::new();
    let mut first_card_start = text.len();
    let mut table: Option<TableBuilder> = None;
    let mut code_blocks: Vec<Range<usize>> = Vec::new();
    let mut diagrams: Vec<RawDiagram> = Vec::new();
    let mut diagram: Option<RawDiagram> = None;
    let mut images: Vec<RawImage> = Vec::new();

    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let range = at(range);
        match event {
            Event::Text(code) if diagram.is_some() => {
                if let Some(d) = diagram.as_mut() {
                    if d.source.is_empty() {
                        d.content_start = range.start;
                    }
                    d.source.push_str(&code);
                }
            }
            Event::End(TagEnd::CodeBlock) if diagram.is_some() => {
                depth = depth.saturating_sub(1);
                diagrams.extend(diagram.take());
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) if depth == 0 && level <= HeadingLevel::H2 => {
                if level == HeadingLevel::H1 {
                    diags.push(Diagnostic::new(
                        Span::new(file, line_of(text, &range)),
                        DiagnosticKind::LevelOneHeading,
                    ));
                } else {
                    if attributes::is_setext(text, &range) {
                        diags.push(Diagnostic::new(
                            Span::new(file, line_of(text, &range)),
                            DiagnosticKind::SetextHeading,
                        ));
                    }
                    heading = Some(OpenHeading {
                        range: range.clone(),
                        text: None,
                        id: id.map(|s| s.to_string()),
                        classes: classes.iter().map(|c| c.to_string()).collect(),
                        attrs: attrs
                            .iter()
                            .map(|(k, v)| (k.to_string(), v.as_ref().map(|v| v.to_string())))
                            .collect(),
                    });
                }
                depth += 1;
            }
            Event::End(TagEnd::Heading(HeadingLevel::H2)) if depth == 1 && heading.is_some() => {
                depth -= 1;
                if let Some(h) = heading.take() {
                    if let Some(card) = current.take() {
                        finished.push((card, h.range.start));
                    } else {
                        first_card_start = h.range.start;
                    }
                    current = Some(OpenCard {
                        heading: h,
                        tables: Vec::new(),
                    });
                }
            }
            Event::Start(Tag::Table(_)) if depth == 0 => {
                depth += 1;
                table = Some(TableBuilder::new(range));
            }
            Event::End(TagEnd::Table) if depth == 1 && table.is_some() => {
                depth -= 1;
                if let (Some(t), Some(card)) = (table.take(), current.as_mut()) {
                    card.tables.push(t.finish(file, text));
                }
            }
            Event::Start(tag) => {
                if let Tag::CodeBlock(kind) = &tag {
                    code_blocks.push(range.clone());
                    if let CodeBlockKind::Fenced(info) = kind
                        && is_mermaid(info)
                    {
                        let fence = line_of(text, &range);
                        diagram = Some(RawDiagram {
                            source: String::new(),
                            fence: Span::new(file, fence.clone()),
                            content_start: (fence.end + 1).min(text.len()),
                        });
                    }
                }
                if let Some(t) = table.as_mut() {
                    t.start(&tag, &range);
                }
                if let Tag::Image { dest_url, .. } = &tag {
                    images.push(RawImage {
                        target: dest_url.to_string(),
                        span: Span::new(file, range.clone()),
                        empty_alt: text[range.clone()].starts_with("![]"),
                    });
                }
                extend(&mut heading, &range);
                depth += 1;
            }
            Event::End(tag) => {
                if let Some(t) = table.as_mut() {
                    t.end(tag, &range);
                }
                depth = depth.saturating_sub(1);
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                diags.push(Diagnostic::new(
                    Span::new(file, range.clone()),
                    DiagnosticKind::RawHtml,
                ));
                extend(&mut heading, &range);
            }
            _ => extend(&mut heading, &range),
        }
    }
    if let Some(card) = current.take() {
        finished.push((card, text.len()));
    }
    attributes::check_lines(file, text, body_start, &code_blocks, diags);

    let key_points = text[body_start..first_card_start.max(body_start)]
        .trim()
        .to_string();
    let cards = finished
        .into_iter()
        .map(|(card, end)| finish_card(file, text, card, end, diags))
        .collect();
    ParsedBody {
        key_points,
        cards,
        diagrams,
        images,
    }
}

/// Widens the open heading's text range to cover an inline event.
fn extend(heading: &mut Option<OpenHeading>, range: &Range<usize>) {
    if let Some(h) = heading {
        h.text = Some(match h.text.take() {
            None => range.clone(),
            Some(t) => t.start.min(range.start)..t.end.max(range.end),
        });
    }
}

fn finish_card(
    file: FileId,
    text: &str,
    card: OpenCard,
    end: usize,
    diags: &mut Vec<Diagnostic>,
) -> RawCard {
    let h = card.heading;
    let heading_line = line_of(text, &h.range);
    let question_range = h.text.clone().unwrap_or(h.range.end..h.range.end);
    let question = text[question_range.clone()].trim().to_string();
    let answer_start = h.range.end.min(end);
    let raw_answer = &text[answer_start..end];
    let lead = raw_answer.len() - raw_answer.trim_start().len();
    let answer = raw_answer.trim().to_string();
    let attr_block = attribute_block(text, &heading_line, question_range.end);
    let has_attributes = h.id.is_some() || !h.classes.is_empty() || !h.attrs.is_empty();
    if let (Some(block), true) = (&attr_block, has_attributes) {
        attributes::check_block(file, text, block, diags);
    }
    let misplaced_attributes = attributes::check_question(file, text, &question_range, diags);
    let find = |needle: &str| -> Span {
        let r = attr_block
            .as_ref()
            .and_then(|b| {
                text[b.clone()]
                    .find(needle)
                    .map(|i| b.start + i..b.start + i + needle.len())
            })
            .unwrap_or_else(|| heading_line.clone());
        Span::new(file, r)
    };
    RawCard {
        heading: Span::new(file, heading_line.clone()),
        question: Spanned {
            value: question,
            span: Span::new(file, question_range),
        },
        id: h.id.map(|id| Spanned {
            span: find(&format!("#{id}")),
            value: id,
        }),
        classes: h
            .classes
            .into_iter()
            .map(|c| Spanned {
                span: find(&format!(".{c}")),
                value: c,
            })
            .collect(),
        attrs: h
            .attrs
            .into_iter()
            .map(|(k, v)| Spanned {
                span: find(&k),
                value: (k, v),
            })
            .collect(),
        answer: Spanned {
            value: answer,
            span: Span::new(file, answer_start + lead..end),
        },
        tables: card.tables,
        misplaced_attributes,
    }
}

/// The `{...}` block at the end of a heading line, after the heading text.
fn attribute_block(text: &str, line: &Range<usize>, text_end: usize) -> Option<Range<usize>> {
    let from = text_end.clamp(line.start, line.end);
    let rest = &text[from..line.end];
    let open = rest.find('{')?;
    let close = rest.rfind('}')?;
    (close > open).then(|| from + open..from + close + 1)
}

/// The first line of `range`, without its newline.
fn line_of(text: &str, range: &Range<usize>) -> Range<usize> {
    let start = range.start.min(text.len());
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    start..end.max(start)
}

/// Collects one table's cells from its events.
struct TableBuilder {
    range: Range<usize>,
    header: Vec<Range<usize>>,
    rows: Vec<(Range<usize>, Vec<Range<usize>>)>,
    in_head: bool,
    cell: Option<Range<usize>>,
    cells: Vec<Range<usize>>,
    row: Option<Range<usize>>,
    nested: usize,
}

impl TableBuilder {
    fn new(range: Range<usize>) -> Self {
        TableBuilder {
            range,
            header: Vec::new(),
            rows: Vec::new(),
            in_head: false,
            cell: None,
            cells: Vec::new(),
            row: None,
            nested: 0,
        }
    }

    fn start(&mut self, tag: &Tag<'_>, range: &Range<usize>) {
        match tag {
            Tag::TableHead => self.in_head = true,
            Tag::TableRow => self.row = Some(range.clone()),
            Tag::TableCell => self.cell = Some(range.clone()),
            _ => self.nested += 1,
        }
    }

    fn end(&mut self, tag: TagEnd, _range: &Range<usize>) {
        match tag {
            TagEnd::TableCell => {
                if let Some(c) = self.cell.take() {
                    self.cells.push(c);
                }
            }
            TagEnd::TableHead => {
                self.in_head = false;
                self.header = std::mem::take(&mut self.cells);
            }
            TagEnd::TableRow => {
                let cells = std::mem::take(&mut self.cells);
                if let Some(row) = self.row.take() {
                    self.rows.push((row, cells));
                }
            }
            _ => self.nested = self.nested.saturating_sub(1),
        }
    }

    fn finish(self, file: FileId, text: &str) -> RawTable {
        let cell_text = |r: &Range<usize>| text.get(r.clone()).unwrap_or("").trim().to_string();
        RawTable {
            span: Span::new(file, line_of(text, &self.range)),
            range: self.range.clone(),
            header: self.header.iter().map(cell_text).collect(),
            rows: self
                .rows
                .iter()
                .map(|(row, cells)| {
                    let line = line_of(text, row);
                    RawRow {
                        span: Span::new(file, line.clone()),
                        cells: cells.iter().map(cell_text).collect(),
                        written_cells: count_row_cells(&text[line]),
                    }
                })
                .collect(),
        }
    }
}

/// Counts the cells of a GFM table row as written: `| a | b |` and `a | b` both have 2. A pipe
/// escaped as `\|` is part of a cell (GFM splits on unescaped pipes, even inside code spans).
pub fn count_row_cells(line: &str) -> usize {
    let trimmed = line.trim();
    let mut pipes = Vec::new();
    let mut escaped = false;
    for (i, c) in trimmed.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => {
                pipes.push(i);
                escaped = false;
            }
            _ => escaped = false,
        }
    }
    let leading = pipes.first() == Some(&0);
    let trailing = trimmed.len() > 1 && pipes.last() == Some(&(trimmed.len() - 1));
    let separators = pipes.len() - usize::from(leading) - usize::from(trailing);
    separators + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(body: &str) -> (ParsedBody, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let p = parse_cards(FileId(0), body, 0, &mut diags);
        (p, diags)
    }

    #[test]
    fn key_points_then_cards() {
        let (p, d) =
            parse("- point one\n- point two\n\n## Q1? {#q1}\n\nA1\n\n## Q2 {#q2 .reverse}\nA2\n");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(p.key_points, "- point one\n- point two");
        assert_eq!(p.cards.len(), 2);
        assert_eq!(p.cards[0].question.value, "Q1?");
        assert_eq!(p.cards[0].id.as_ref().unwrap().value, "q1");
        assert_eq!(p.cards[0].answer.value, "A1");
        assert_eq!(p.cards[1].classes[0].value, "reverse");
        assert_eq!(p.cards[1].answer.value, "A2");
    }

    #[test]
    fn attribute_spans_point_into_the_heading() {
        let text = "## Q {#my-id .cloze tags=a,b}\nA\n";
        let (p, _) = parse(text);
        let c = &p.cards[0];
        assert_eq!(
            &text[c.id.as_ref().unwrap().span.range.clone().unwrap()],
            "#my-id"
        );
        assert_eq!(&text[c.classes[0].span.range.clone().unwrap()], ".cloze");
        assert_eq!(
            c.attrs[0].value,
            ("tags".to_string(), Some("a,b".to_string()))
        );
        assert_eq!(&text[c.question.span.range.clone().unwrap()], "Q");
    }

    #[test]
    fn cloze_heading_with_and_without_id() {
        let (p, _) = parse("## Kafka orders records {{c1::per partition}}. {#k .cloze}\n");
        assert_eq!(
            p.cards[0].question.value,
            "Kafka orders records {{c1::per partition}}."
        );
        assert_eq!(p.cards[0].id.as_ref().unwrap().value, "k");
        let (p, _) = parse("## The {{c1::log}} {.cloze}\n");
        assert_eq!(p.cards[0].question.value, "The {{c1::log}}");
        assert!(p.cards[0].id.is_none());
        assert_eq!(p.cards[0].classes[0].value, "cloze");
        // A heading that ends in a deletion and has no attribute block keeps its braces.
        let (p, _) = parse("## Ends with {{c1::x}}\n");
        assert_eq!(p.cards[0].question.value, "Ends with {{c1::x}}");
        assert!(p.cards[0].classes.is_empty());
    }

    #[test]
    fn heading_in_code_block_or_list_is_not_a_card() {
        let (p, _) =
            parse("## A {#a}\n\n```\n## not a card\n```\n\n- ## nor this\n\n## B {#b}\nx\n");
        assert_eq!(p.cards.len(), 2);
        assert!(p.cards[0].answer.value.contains("## not a card"));
    }

    #[test]
    fn deeper_headings_belong_to_the_answer_and_h1_is_reported() {
        let (p, d) = parse("# Title\n\n## A {#a}\n### Detail\ntext\n");
        assert_eq!(p.cards.len(), 1);
        assert!(p.cards[0].answer.value.starts_with("### Detail"));
        assert_eq!(d[0].kind, DiagnosticKind::LevelOneHeading);
    }

    #[test]
    fn tables_are_collected_with_written_cell_counts() {
        let text =
            "## T {#t .table}\n\n| A | B |\n|---|---|\n| 1 | 2 |\n| 3 |\n| 4 | 5 | 6 |\n\nnote\n";
        let (p, _) = parse(text);
        let t = &p.cards[0].tables[0];
        assert_eq!(t.header, vec!["A", "B"]);
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.rows[0].cells, vec!["1", "2"]);
        assert_eq!(t.rows[1].written_cells, 1);
        assert_eq!(t.rows[2].written_cells, 3);
        assert_eq!(&text[t.range.clone()].lines().next(), &Some("| A | B |"));
    }

    #[test]
    fn counts_cells_like_gfm() {
        assert_eq!(count_row_cells("| a | b |"), 2);
        assert_eq!(count_row_cells("a | b"), 2);
        assert_eq!(count_row_cells("| a \\| b | c |"), 2);
        assert_eq!(count_row_cells("| a |"), 1);
        assert_eq!(count_row_cells("|"), 1);
        assert_eq!(
            count_row_cells("| `a|b` |"),
            2,
            "code spans do not protect pipes"
        );
    }

    #[test]
    fn raw_html_is_reported_and_images_are_collected() {
        let (p, d) = parse("## Q {#q}\n<b>x</b> ![img](a.png) ![](b.svg)\n");
        let kinds: Vec<_> = d.iter().map(|d| d.kind.clone()).collect();
        assert!(
            kinds.iter().all(|k| *k == DiagnosticKind::RawHtml),
            "{kinds:?}"
        );
        let images: Vec<_> = p
            .images
            .iter()
            .map(|i| (i.target.as_str(), i.empty_alt))
            .collect();
        assert_eq!(images, [("a.png", false), ("b.svg", true)]);
    }
}
