//! The block model the engine typesets: paragraphs, headings, list items, code blocks, tables
//! and rules, each with styled inline [`Span`]s, and how Markdown events become them.
//!
//! The reader decides which Markdown it parses and how (options, shortcuts); this module only
//! turns pulldown-cmark events into blocks. Raw HTML is shown as text and images as their alt
//! text, unless the reader has a drawing for them (see [`from_events_with`]); link targets are
//! dropped (a printed page cannot follow them). [`layout`](super::layout) turns blocks into items.

use std::sync::Arc;

use pulldown_cmark::{CodeBlockKind, Event, Tag, TagEnd};

use super::figure::Figure;
use super::style::{Marks, Span};

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
        /// The same lines as coloured spans, for highlighted code (see [`CodeLook`]).
        colored: Option<Vec<Vec<Span>>>,
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
    /// A drawing, scaled to the column; never split.
    Figure {
        /// The drawing.
        figure: Arc<Figure>,
        /// List nesting depth.
        indent: u8,
        /// In a block quote: see [`Quote`].
        quote: Quote,
    },
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
    /// The info string of the fenced code block being read.
    code_info: String,
    /// Each code block's index in `blocks`, info string and text, for [`from_events_with`].
    code_blocks: Vec<(usize, String, String)>,
    /// The target of the image that is so far all of the open paragraph.
    image_para: Option<String>,
    /// Inside an image (its alt text).
    in_image: bool,
    /// Each paragraph that is one image: its index in `blocks` and the image's target.
    image_blocks: Vec<(usize, String)>,
    /// The targets of the images inside the text of the open paragraph or list item.
    inline_images: Vec<String>,
    /// Each paragraph or list item with images inside its text: its index in `blocks` and their
    /// targets, in order.
    images_after: Vec<(usize, Vec<String>)>,
    table: Option<(Row, Vec<Row>)>,
    row: Vec<Vec<Span>>,
}

impl Builder {
    fn push_text(&mut self, text: &str) {
        if !self.in_image {
            self.image_para = None;
        }
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
        if !self.in_image {
            self.image_para = None;
        }
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
        let images = std::mem::take(&mut self.inline_images);
        if let Some((marker, depth)) = self.pending_item.take() {
            self.blocks.push(Block::Item {
                widest: marker.clone(),
                marker,
                spans,
                depth,
                quote: self.quote(),
            });
        } else if spans.is_empty() {
            return;
        } else if self.heading {
            self.blocks.push(Block::Heading { spans });
            return;
        } else {
            self.blocks.push(Block::Para {
                spans,
                indent: self.depth(),
                quote: self.quote(),
            });
        }
        if !images.is_empty() {
            self.images_after.push((self.blocks.len() - 1, images));
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
            Tag::CodeBlock(kind) => {
                self.flush();
                self.code = Some(String::new());
                self.code_info = match kind {
                    CodeBlockKind::Fenced(info) => info.to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
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
            Tag::Image { dest_url, .. } => {
                let alone = self.spans.is_empty()
                    && self.pending_item.is_none()
                    && !self.heading
                    && self.table.is_none();
                if !self.heading && self.table.is_none() {
                    self.inline_images.push(dest_url.to_string());
                }
                self.image_para = alone.then(|| dest_url.to_string());
                self.in_image = true;
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            // An HTML block is shown as its text, a paragraph of its own.
            TagEnd::Paragraph => match self.image_para.take() {
                // A paragraph that is one image: a block of its own, even without alt text.
                Some(target) => {
                    self.inline_images.clear();
                    let before = self.blocks.len();
                    self.flush();
                    if self.blocks.len() == before {
                        self.blocks.push(Block::Para {
                            spans: Vec::new(),
                            indent: self.depth(),
                            quote: self.quote(),
                        });
                    }
                    self.image_blocks.push((self.blocks.len() - 1, target));
                }
                None => self.flush(),
            },
            TagEnd::Image => self.in_image = false,
            TagEnd::Item | TagEnd::HtmlBlock => self.flush(),
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
                self.code_blocks.push((
                    self.blocks.len(),
                    std::mem::take(&mut self.code_info),
                    text.clone(),
                ));
                let lines = text
                    .trim_end_matches('\n')
                    .split('\n')
                    .map(str::to_string)
                    .collect();
                self.blocks.push(Block::Code {
                    lines,
                    colored: None,
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

/// The blocks of a Markdown body, from its parser's events.
pub(crate) fn from_events<'a>(events: impl IntoIterator<Item = Event<'a>>) -> Vec<Block> {
    from_events_with(events, |_, _| None, |_| None)
}

/// What a fenced code block may look like instead of plain code.
#[derive(Debug, Clone)]
pub(crate) enum CodeLook {
    /// A drawing ([`Block::Figure`]).
    Figure(Arc<Figure>),
    /// The code's lines as coloured spans (their marks' `color`).
    Colored(Vec<Vec<Span>>),
}

/// [`from_events`], with each fenced code block for which `look(info string, text)` gives a
/// [`CodeLook`] drawn that way, and each paragraph that is one image for which `image(target)`
/// gives a drawing that drawing. An image inside a paragraph's or list item's text keeps its alt
/// text in the line (the sentence stays whole) and, when `image(target)` gives a drawing, is
/// drawn as a figure right after that block, at its depth (each image once, in order). Images in
/// headings and table cells, and those without a drawing, are their alt text only.
pub(crate) fn from_events_with<'a>(
    events: impl IntoIterator<Item = Event<'a>>,
    look: impl Fn(&str, &str) -> Option<CodeLook>,
    image: impl Fn(&str) -> Option<Arc<Figure>>,
) -> Vec<Block> {
    let mut b = Builder::default();
    for event in events {
        b.event(event);
    }
    b.flush();
    let mut blocks = b.blocks;
    // Figures after the blocks with images in their text, from the last block up so that the
    // indexes before stay valid; code blocks and one-image paragraphs are replaced in place first.
    let mut after: Vec<(usize, Vec<Arc<Figure>>)> = b
        .images_after
        .into_iter()
        .map(|(index, mut targets)| {
            let mut seen = std::collections::BTreeSet::new();
            targets.retain(|t| seen.insert(t.clone()));
            (index, targets.iter().filter_map(|t| image(t)).collect())
        })
        .collect();
    for (index, target) in b.image_blocks {
        if let Some(figure) = image(&target)
            && let Some(block) = blocks.get_mut(index)
            && let Block::Para { indent, quote, .. } = *block
        {
            *block = Block::Figure {
                figure,
                indent,
                quote,
            };
        }
    }
    for (index, info, text) in b.code_blocks {
        let Some(found) = look(&info, &text) else {
            continue;
        };
        if let Some(block) = blocks.get_mut(index)
            && let Block::Code {
                indent,
                quote,
                colored,
                ..
            } = block
        {
            match found {
                CodeLook::Figure(figure) => {
                    *block = Block::Figure {
                        figure,
                        indent: *indent,
                        quote: *quote,
                    };
                }
                CodeLook::Colored(lines) => *colored = Some(lines),
            }
        }
    }
    after.retain(|(_, figures)| !figures.is_empty());
    for (index, figures) in after.into_iter().rev() {
        let (indent, quote) = match blocks.get(index) {
            Some(Block::Para { indent, quote, .. }) => (*indent, *quote),
            Some(Block::Item { depth, quote, .. }) => (*depth, *quote),
            _ => continue,
        };
        let drawn = figures.into_iter().map(|figure| Block::Figure {
            figure,
            indent,
            quote,
        });
        blocks.splice(index + 1..index + 1, drawn);
    }
    blocks
}

/// The spans of inline Markdown, from the events of the paragraph or heading it was parsed as
/// (without that block's own start and end, which the reader leaves out).
pub(crate) fn spans_from_events<'a>(events: impl IntoIterator<Item = Event<'a>>) -> Vec<Span> {
    let mut b = Builder::default();
    for event in events {
        b.event(event);
    }
    trim(b.spans)
}
