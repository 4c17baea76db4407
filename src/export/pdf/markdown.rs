//! The PDF exporter's Markdown reader: a card's Markdown → the engine's blocks
//! ([`crate::pdf::block`]). It parses with the deck's Markdown options, inline text as the heading
//! it came from, and skips the parser for text that Markdown leaves as it is. What it reads is what
//! the card HTML shows: the events come from the render stage's policy ([`crate::render::policy`]),
//! so raw HTML is text and unsafe links are plain text, here as on cards. An image the deck drew is
//! a figure: a paragraph that is one image is that figure; an image inside text keeps its alt text
//! in the line and is drawn right after its paragraph or list item (a page cannot set a picture
//! inside a line of text the way a card's HTML does). Other images are their alt text.

use crate::parse::is_mermaid;
use crate::pdf::block::{self, Block, CodeLook};
use crate::pdf::figure::Figures;
use crate::pdf::style::{Marks, Span};
use crate::picture::highlight::{Span as HighlightSpan, highlight_spans};
use crate::render::policy::{
    as_heading, body_events, body_events_with_images, inline_events, is_literal,
};

/// The prefix of an image's key in the [`Figures`] (a diagram's key is its source): `image:` and
/// the target as written.
pub(crate) const IMAGE_KEY: &str = "image:";

/// Parses a Markdown body (an answer, key points, table notes) into blocks. Text that Markdown
/// leaves as it is ([`is_literal`]) is one plain paragraph without a parser. A ` ```mermaid `
/// block whose diagram `figures` holds (by its source) is that drawing.
pub(crate) fn blocks(md: &str, figures: &Figures) -> Vec<Block> {
    if is_literal(md, true) {
        return vec![Block::Para {
            spans: vec![Span::plain(md)],
            indent: 0,
            quote: None,
        }];
    }
    if md.contains("```") || md.contains("~~~") || (!figures.is_empty() && md.contains("![")) {
        // An image the deck drew (an SVG file) keeps its target as the key of its drawing.
        let key = |target: &str| format!("{IMAGE_KEY}{target}");
        let events = body_events_with_images(md, move |target| {
            figures.contains_key(&key(target)).then(|| key(target))
        });
        return block::from_events_with(
            events,
            |info, text| {
                if is_mermaid(info) {
                    return figures.get(text).cloned().map(CodeLook::Figure);
                }
                let language = info.split_whitespace().next().unwrap_or("");
                highlight_spans(text.trim_end_matches('\n'), language).map(|lines| {
                    CodeLook::Colored(
                        lines
                            .into_iter()
                            .map(|line| line.into_iter().map(colored).collect())
                            .collect(),
                    )
                })
            },
            |target| figures.get(target).cloned(),
        );
    }
    parsed_blocks(md)
}

/// A highlighted run as a span of its colour (code blocks have one face: bold and italic are left
/// to the colour).
fn colored(span: HighlightSpan) -> Span {
    Span::marked(
        span.text,
        Marks {
            color: Some(span.rgb),
            ..Marks::default()
        },
    )
}

fn parsed_blocks(md: &str) -> Vec<Block> {
    block::from_events(body_events(md))
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
    let source = as_heading(&md.replace(['\r', '\n'], " "));
    block::spans_from_events(inline_events(&source))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::block::Quote;

    /// The blocks of `md` without figures.
    fn blocks(md: &str) -> Vec<Block> {
        super::blocks(md, &Figures::new())
    }

    #[test]
    fn a_paragraph_that_is_one_drawn_image_is_a_figure() {
        use crate::pdf::figure::Figure;
        use crate::picture::svg_pdf::SvgForm;
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"/>"#;
        let figure = Figure::new("img", SvgForm::from_svg(svg).unwrap());
        let mut figures = Figures::new();
        figures.insert(format!("{IMAGE_KEY}a.svg"), std::sync::Arc::new(figure));
        let md = "![A box](a.svg)\n\nSee ![A box](a.svg) here.\n\n![](a.svg)\n\n![Raster](b.png)\n";
        let b = super::blocks(md, &figures);
        assert!(
            matches!(&b[0], Block::Figure { figure, .. } if figure.name == "DGFimg"),
            "{b:?}"
        );
        assert!(
            matches!(&b[1], Block::Para { spans, .. } if Span::joined(spans) == "See A box here."),
            "an image inside text keeps its alt text in the line: {b:?}"
        );
        assert!(
            matches!(&b[2], Block::Figure { figure, indent: 0, .. } if figure.name == "DGFimg"),
            "and is drawn right after its paragraph: {b:?}"
        );
        assert!(
            matches!(&b[3], Block::Figure { .. }),
            "also without alt text: {b:?}"
        );
        assert!(
            matches!(&b[4], Block::Para { spans, .. } if Span::joined(spans) == "Raster"),
            "{b:?}"
        );
        assert_eq!(b.len(), 5);
        // Without drawings every image is its alt text.
        assert!(
            matches!(&blocks(md)[0], Block::Para { spans, .. } if Span::joined(spans) == "A box")
        );
    }

    #[test]
    fn an_image_inside_text_is_drawn_after_its_block_once() {
        use crate::pdf::figure::Figure;
        use crate::picture::svg_pdf::SvgForm;
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"/>"#;
        let mut figures = Figures::new();
        for (target, name) in [("a.svg", "a"), ("b.svg", "b")] {
            let figure = Figure::new(name, SvgForm::from_svg(svg).unwrap());
            figures.insert(format!("{IMAGE_KEY}{target}"), std::sync::Arc::new(figure));
        }
        let md = concat!(
            "![A](a.svg) first, ![B](b.svg) then ![A again](a.svg) and ![C](c.png).\n\n",
            "- item ![A](a.svg)\n  - nested ![B](b.svg) text\n\n",
            "> quoted ![B](b.svg)\n\n",
            "### Heading ![A](a.svg)\n\n",
            "| x ![A](a.svg) |\n|---|\n| ![B](b.svg) |\n",
        );
        let b = super::blocks(md, &figures);
        let shape: Vec<String> = b
            .iter()
            .map(|b| match b {
                Block::Para {
                    spans,
                    indent,
                    quote,
                } => {
                    format!("para {indent} {quote:?} {}", Span::joined(spans))
                }
                Block::Item { spans, depth, .. } => format!("item {depth} {}", Span::joined(spans)),
                Block::Figure {
                    figure,
                    indent,
                    quote,
                } => {
                    format!("figure {indent} {quote:?} {}", figure.name)
                }
                Block::Heading { spans } => format!("heading {}", Span::joined(spans)),
                Block::Table { .. } => "table".to_owned(),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(
            shape,
            [
                "para 0 None A first, B then A again and C.",
                "figure 0 None DGFa",
                "figure 0 None DGFb",
                "item 1 item A",
                "figure 1 None DGFa",
                "item 2 nested B text",
                "figure 2 None DGFb",
                "para 0 Some(0) quoted B",
                "figure 0 Some(0) DGFb",
                "heading Heading A",
                "table",
            ]
        );
    }

    #[test]
    fn code_in_a_known_language_is_coloured() {
        let b = blocks("```python\nx = 1  # one\n\ny = 2\n```\n\n```text\nx = 1\n```");
        let Block::Code {
            lines,
            colored: Some(colored),
            ..
        } = &b[0]
        else {
            panic!("{b:?}");
        };
        assert_eq!(lines.len(), colored.len(), "one span line per line");
        assert!(colored[1].is_empty(), "the empty line");
        let joined: String = colored[0].iter().map(|s| s.text.as_str()).collect();
        assert_eq!(&joined, &lines[0]);
        assert!(colored[0].iter().all(|s| s.marks.color.is_some()));
        let colours: std::collections::BTreeSet<_> =
            colored[0].iter().map(|s| s.marks.color).collect();
        assert!(colours.len() >= 2, "{colored:?}");
        assert!(
            matches!(&b[1], Block::Code { colored: None, .. }),
            "text stays plain"
        );
    }

    #[test]
    fn a_mermaid_block_with_a_drawing_is_a_figure() {
        use crate::pdf::figure::Figure;
        use crate::picture::svg_pdf::SvgForm;
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"/>"#;
        let figure = Figure::new("k", SvgForm::from_svg(svg).unwrap());
        let mut figures = Figures::new();
        figures.insert("graph LR\n  A --> B\n".into(), std::sync::Arc::new(figure));
        let md = "Text\n\n- item\n\n  ```mermaid\n  graph LR\n    A --> B\n  ```\n\n```mermaid\ngraph TD\n```\n\n```text\ngraph LR\n  A --> B\n```\n";
        let b = super::blocks(md, &figures);
        assert!(
            matches!(&b[2], Block::Figure { indent: 1, figure, .. } if figure.name == "DGFk"),
            "{b:?}"
        );
        assert!(
            matches!(&b[3], Block::Code { .. }),
            "a diagram not drawn stays code"
        );
        assert!(matches!(&b[4], Block::Code { .. }), "not a mermaid block");
        assert!(
            matches!(&blocks(md)[2], Block::Code { .. }),
            "no figures: code"
        );
    }

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

    /// The sheets follow the card's policy: an unsafe link is plain text (as on the card, where it
    /// loses its target), a safe one stays a link, an image is its alt text, raw HTML is text.
    #[test]
    fn the_reader_follows_the_render_policy() {
        let spans = inline(
            "[bad](javascript:alert(1)) [good](https://example.com) ![alt text](x.png) <b>b</b>",
        );
        let link = |text: &str| {
            spans
                .iter()
                .find(|s| s.text.contains(text))
                .unwrap_or_else(|| panic!("{text} in {spans:?}"))
                .marks
                .link
        };
        assert!(!link("bad"), "{spans:?}");
        assert!(link("good"), "{spans:?}");
        let text = Span::joined(&spans);
        assert!(
            text.contains("alt text") && text.contains("<b>b</b>"),
            "{text}"
        );
        let body = Span::joined(match &blocks("[bad](javascript:x) *and*")[0] {
            Block::Para { spans, .. } => spans,
            other => panic!("{other:?}"),
        });
        assert_eq!(body, "bad and");
        assert!(blocks("[bad](javascript:x) *and*").iter().all(
            |b| !matches!(b, Block::Para { spans, .. } if spans.iter().any(|s| s.marks.link))
        ));
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
