//! Markdown → the PDF's block model: paragraphs, headings, list items, code blocks, tables and
//! rules, each with styled inline [`Span`]s. Raw HTML is shown as text and images as their alt
//! text, as in the other exporters; link targets are dropped (a printed page cannot follow them).

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::style::{Marks, Span};
use crate::parse::markdown_options;
use crate::render::policy::is_literal;

/// The cells of a table row, each a list of spans.
pub(crate) type Row = Vec<Vec<Span>>;

/// A block of content.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Block {
    /// A paragraph; `indent` is its list depth.
    Para {
        /// Text.
        spans: Vec<Span>,
        /// List nesting depth (0 outside lists).
        indent: u8,
        /// In a block quote: see [`Quote`].
        quote: Quote,
    },
    /// A `###` (or deeper) heading inside an answer.
    Heading {
        /// Text.
        spans: Vec<Span>,
    },
    /// The first paragraph of a list item, with its marker (`•`, `3.`).
    Item {
        /// Marker text.
        marker: String,
        /// The widest marker of the item's list (`12.` in a list of twelve): the text of every
        /// item of a list starts after it.
        widest: String,
        /// Text.
        spans: Vec<Span>,
        /// Nesting depth, 1 for a top-level list.
        depth: u8,
        /// In a block quote: see [`Quote`].
        quote: Quote,
    },
    /// A fenced or indented code block, one string per line.
    Code {
        /// The lines.
        lines: Vec<String>,
        /// List nesting depth.
        indent: u8,
        /// In a block quote: see [`Quote`].
        quote: Quote,
    },
    /// A table.
    Table {
        /// Header cells.
        header: Row,
        /// Body rows.
        rows: Vec<Row>,
    },
    /// A thematic break.
    Rule,
}

/// Whether a block is in a block quote: the list depth at which the (outermost) quote starts,
/// where its bar is drawn. `Some(0)` for `> - item`, a list in a quote; `Some(1)` for `- > text`,
/// a quote in a list item.
pub(crate) type Quote = Option<u8>;

/// A list being read.
struct List {
    /// The next item's number, for an ordered list.
    next: Option<u64>,
    /// Where the list's blocks start in [`Builder::blocks`].
    first_block: usize,
}

#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    spans: Vec<Span>,
    marks: Marks,
    bold: u32,
    italic: u32,
    links: u32,
    strike: u32,
    /// The open lists, innermost last.
    lists: Vec<List>,
    /// A list item whose first paragraph is pending: (marker, depth).
    pending_item: Option<(String, u8)>,
    /// The list depth at which each open block quote started, outermost first.
    quotes: Vec<u8>,
    heading: bool,
    code: Option<String>,
    table: Option<(Row, Vec<Row>)>,
    row: Vec<Vec<Span>>,
}

impl Builder {
    fn push_text(&mut self, text: &str) {
        if let Some(code) = &mut self.code {
            code.push_str(text);
            return;
        }
        let marks = Marks {
            bold: self.bold > 0,
            italic: self.italic > 0,
            link: self.links > 0,
            strike: self.strike > 0,
            ..self.marks
        };
        match self.spans.last_mut() {
            Some(last) if last.marks == marks => last.text.push_str(text),
            _ => self.spans.push(Span::marked(text, marks)),
        }
    }

    fn push_code(&mut self, text: &str) {
        self.spans.push(Span::marked(
            text,
            Marks {
                code: true,
                bold: self.bold > 0,
                strike: self.strike > 0,
                ..Marks::default()
            },
        ));
    }

    fn depth(&self) -> u8 {
        u8::try_from(self.lists.len()).unwrap_or(u8::MAX)
    }

    fn quote(&self) -> Quote {
        self.quotes.first().copied()
    }

    /// Gives the items of the list that ends, `depth` deep and starting at block `first`, its
    /// widest marker (markers are digits and a period, or a bullet, so the longest is the widest).
    fn widen_markers(&mut self, first: usize, depth: u8) {
        let items = || {
            self.blocks.iter().skip(first).filter_map(move |b| match b {
                Block::Item {
                    marker, depth: d, ..
                } if *d == depth => Some(marker),
                _ => None,
            })
        };
        let Some(widest) = items().max_by_key(|m| m.chars().count()).cloned() else {
            return;
        };
        for block in self.blocks.iter_mut().skip(first) {
            if let Block::Item {
                widest: w,
                depth: d,
                ..
            } = block
                && *d == depth
            {
                w.clone_from(&widest);
            }
        }
    }

    /// Ends the paragraph-like text collected so far.
    fn flush(&mut self) {
        let spans = trim(std::mem::take(&mut self.spans));
        if let Some((marker, depth)) = self.pending_item.take() {
            self.blocks.push(Block::Item {
                widest: marker.clone(),
                marker,
                spans,
                depth,
                quote: self.quote(),
            });
            return;
        }
        if spans.is_empty() {
            return;
        }
        if self.heading {
            self.blocks.push(Block::Heading { spans });
        } else {
            self.blocks.push(Block::Para {
                spans,
                indent: self.depth(),
                quote: self.quote(),
            });
        }
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => self.push_text(&t),
            Event::Code(t) => self.push_code(&t),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.push_code(&t),
            Event::SoftBreak => self.push_text(" "),
            Event::HardBreak => self.push_text("\n"),
            Event::Rule => {
                self.flush();
                self.blocks.push(Block::Rule);
            }
            Event::TaskListMarker(done) => self.push_text(if done { "☑ " } else { "☐ " }),
            Event::FootnoteReference(t) => self.push_text(&format!("[{t}]")),
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {}
            Tag::Heading { .. } => {
                self.flush();
                self.heading = true;
            }
            Tag::BlockQuote(_) => {
                self.flush();
                let depth = self.depth();
                self.quotes.push(depth);
            }
            Tag::CodeBlock(_) => {
                self.flush();
                self.code = Some(String::new());
            }
            Tag::List(start) => {
                self.flush();
                self.lists.push(List {
                    next: start,
                    first_block: self.blocks.len(),
                });
            }
            Tag::Item => {
                self.flush();
                let depth = self.depth();
                let marker = match self.lists.last_mut().and_then(|l| l.next.as_mut()) {
                    Some(n) => {
                        let m = format!("{n}.");
                        *n = n.saturating_add(1);
                        m
                    }
                    _ => if depth > 1 { "◦" } else { "•" }.to_string(),
                };
                self.pending_item = Some((marker, depth));
            }
            Tag::Table(_) => {
                self.flush();
                self.table = Some((Vec::new(), Vec::new()));
            }
            Tag::TableHead | Tag::TableRow => self.row.clear(),
            Tag::TableCell => self.spans.clear(),
            Tag::Emphasis => self.italic += 1,
            Tag::Strong => self.bold += 1,
            Tag::Strikethrough => self.strike += 1,
            Tag::Link { .. } => self.links += 1,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            // An HTML block is shown as its text, a paragraph of its own.
            TagEnd::Paragraph | TagEnd::Item | TagEnd::HtmlBlock => self.flush(),
            TagEnd::Heading(_) => {
                self.flush();
                self.heading = false;
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quotes.pop();
            }
            TagEnd::CodeBlock => {
                let text = self.code.take().unwrap_or_default();
                let lines = text
                    .trim_end_matches('\n')
                    .split('\n')
                    .map(str::to_string)
                    .collect();
                self.blocks.push(Block::Code {
                    lines,
                    indent: self.depth(),
                    quote: self.quote(),
                });
            }
            TagEnd::List(_) => {
                self.flush();
                let depth = self.depth();
                if let Some(list) = self.lists.pop() {
                    self.widen_markers(list.first_block, depth);
                }
            }
            TagEnd::TableCell => {
                let cell = trim(std::mem::take(&mut self.spans));
                self.row.push(cell);
            }
            TagEnd::TableHead => {
                if let Some((header, _)) = &mut self.table {
                    *header = std::mem::take(&mut self.row);
                }
            }
            TagEnd::TableRow => {
                if let Some((_, rows)) = &mut self.table {
                    rows.push(std::mem::take(&mut self.row));
                }
            }
            TagEnd::Table => {
                if let Some((header, rows)) = self.table.take() {
                    self.blocks.push(Block::Table { header, rows });
                }
            }
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Strikethrough => self.strike = self.strike.saturating_sub(1),
            TagEnd::Link => self.links = self.links.saturating_sub(1),
            _ => {}
        }
    }
}

/// Drops leading and trailing spaces of a span list (soft breaks at the edges).
fn trim(mut spans: Vec<Span>) -> Vec<Span> {
    if let Some(first) = spans.first_mut() {
        first.text = first.text.trim_start_matches([' ', '\n']).to_string();
    }
    if let Some(last) = spans.last_mut() {
        last.text = last.text.trim_end_matches([' ', '\n']).to_string();
    }
    spans.retain(|s| !s.text.is_empty());
    spans
}

/// Parses a Markdown body (an answer, key points, table notes) into blocks. Text that Markdown
/// leaves as it is ([`is_literal`]) is one plain paragraph without a parser.
pub(crate) fn blocks(md: &str) -> Vec<Block> {
    if is_literal(md, true) {
        return vec![Block::Para {
            spans: vec![Span::plain(md)],
            indent: 0,
            quote: None,
        }];
    }
    parsed_blocks(md)
}

fn parsed_blocks(md: &str) -> Vec<Block> {
    let mut b = Builder::default();
    for event in Parser::new_ext(md, markdown_options()) {
        b.event(event);
    }
    b.flush();
    b.blocks
}

/// Parses inline Markdown (a heading, a table cell, the deck's description) into spans. The text
/// is parsed as the heading it came from, so `1. Foo` stays text and a trailing `{x}` is not an
/// attribute; line breaks are spaces (a heading is one line). Text that Markdown leaves as it is
/// ([`is_literal`]) is one plain span without a parser.
pub(crate) fn inline(md: &str) -> Vec<Span> {
    if is_literal(md, false) {
        return vec![Span::plain(md)];
    }
    parsed_inline(md)
}

fn parsed_inline(md: &str) -> Vec<Span> {
    let source = crate::render::policy::as_heading(&md.replace(['\r', '\n'], " "));
    let mut b = Builder::default();
    for event in Parser::new_ext(
        &source,
        markdown_options() - Options::ENABLE_HEADING_ATTRIBUTES,
    ) {
        match event {
            Event::Start(Tag::Heading { .. }) | Event::End(TagEnd::Heading(_)) => {}
            other => b.event(other),
        }
    }
    trim(b.spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

        /// Wherever the literal shortcut is taken, it gives what the parser gives.
        #[test]
        fn literal_text_lays_out_as_the_parser_reads_it(
            md in crate::render::policy::markdownish()
        ) {
            if is_literal(&md, false) {
                proptest::prop_assert_eq!(inline(&md), parsed_inline(&md));
            }
            if is_literal(&md, true) {
                proptest::prop_assert_eq!(blocks(&md), parsed_blocks(&md));
            }
        }
    }

    #[test]
    fn an_html_block_is_a_paragraph_of_its_own() {
        let b = blocks("<div>\nhello\n</div>\n\nNext paragraph.");
        let texts: Vec<String> = b
            .iter()
            .map(|b| match b {
                Block::Para { spans, .. } => Span::joined(spans),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(
            texts[0].contains("hello") && !texts[0].contains("Next"),
            "{texts:?}"
        );
        assert_eq!(texts[1], "Next paragraph.");
    }

    #[test]
    fn blocks_from_markdown() {
        let b = blocks(
            "Intro **bold** and `code`.\n\n- one\n- two\n  1. nested\n\n```\nx = 1\ny\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n---",
        );
        assert!(
            matches!(&b[0], Block::Para { spans, .. } if Span::joined(spans) == "Intro bold and code.")
        );
        let Block::Para { spans, .. } = &b[0] else {
            panic!()
        };
        assert!(spans[1].marks.bold && spans[3].marks.code);
        assert!(
            matches!(&b[1], Block::Item { marker, depth: 1, spans, .. } if marker == "•" && Span::joined(spans) == "one")
        );
        assert!(matches!(&b[3], Block::Item { marker, depth: 2, .. } if marker == "1."));
        assert!(matches!(&b[4], Block::Code { lines, .. } if lines == &["x = 1", "y"]));
        assert!(
            matches!(&b[5], Block::Table { header, rows } if header.len() == 2 && rows.len() == 1 && Span::joined(&rows[0][1]) == "2")
        );
        assert_eq!(b[6], Block::Rule);
    }

    #[test]
    fn blocks_know_where_their_block_quote_starts() {
        let b = blocks(
            "> quoted\n> - listed\n>   - deeper\n\nplain\n\n- item\n  > inside\n  > ```\n  > code\n  > ```\n",
        );
        let quotes: Vec<(&str, Quote)> = b
            .iter()
            .map(|b| match b {
                Block::Para { spans, quote, .. } => (spans[0].text.as_str(), *quote),
                Block::Item { spans, quote, .. } => (spans[0].text.as_str(), *quote),
                Block::Code { lines, quote, .. } => (lines[0].as_str(), *quote),
                _ => ("?", None),
            })
            .collect();
        assert_eq!(
            quotes,
            [
                ("quoted", Some(0)),
                ("listed", Some(0)),
                ("deeper", Some(0)),
                ("plain", None),
                ("item", None),
                ("inside", Some(1)),
                ("code", Some(1)),
            ]
        );
    }

    #[test]
    fn strikethrough_is_a_mark() {
        let spans = inline("~~at-most-once~~ **~~x~~** y");
        let struck: Vec<(&str, bool, bool)> = spans
            .iter()
            .map(|s| (s.text.as_str(), s.marks.strike, s.marks.bold))
            .collect();
        assert_eq!(
            struck,
            [
                ("at-most-once", true, false),
                (" ", false, false),
                ("x", true, true),
                (" y", false, false)
            ]
        );
    }

    #[test]
    fn every_item_of_a_list_knows_its_widest_marker() {
        let b = blocks("8. a\n9. b\n10. c\n    - x\n    - y\n\ntext\n\n1. d\n2. e\n");
        let items: Vec<(&str, &str, u8)> = b
            .iter()
            .filter_map(|b| match b {
                Block::Item {
                    marker,
                    widest,
                    depth,
                    ..
                } => Some((marker.as_str(), widest.as_str(), *depth)),
                _ => None,
            })
            .collect();
        assert_eq!(
            items,
            [
                ("8.", "10.", 1),
                ("9.", "10.", 1),
                ("10.", "10.", 1),
                ("◦", "◦", 2),
                ("◦", "◦", 2),
                // A list of its own after the paragraph (both markers are as wide).
                ("1.", "2.", 1),
                ("2.", "2.", 1),
            ]
        );
    }

    #[test]
    fn inline_keeps_list_markers_and_braces() {
        assert_eq!(Span::joined(&inline("1. Why {x}?")), "1. Why {x}?");
        assert_eq!(Span::joined(&inline("Issue #")), "Issue #");
        assert_eq!(Span::joined(&inline("#")), "#");
        assert_eq!(
            Span::joined(&inline("two\nlines of *text*")),
            "two lines of text"
        );
        assert_eq!(Span::joined(&inline("a <b> c")), "a <b> c");
        assert_eq!(Span::joined(&inline("[link](http://x) text")), "link text");
    }
}
