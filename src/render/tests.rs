//! The render stage's tests: pinned identities, the literal shortcut against pulldown-cmark, the
//! HTML policy and plain text.

use super::html::inline_html;
use super::plain::inline_plain;
use super::policy::inline_events;
use super::policy::{as_heading, is_literal};
use super::*;
use crate::model::Slug;
use pulldown_cmark::Event;

fn slug(s: &str) -> Slug {
    Slug::parse(s).unwrap()
}

#[test]
fn guids_are_pinned() {
    // These values are part of every user's Anki collection: they must never change. They
    // equal Python genanki's `guid_for("deckgen", deck_id, card_id)`.
    let deck = slug("messaging-eda");
    assert_eq!(
        note_guid(&deck, &CardId::card(&slug("kafka-isr"))),
        "kM]yBi`u|%"
    );
    assert_eq!(
        note_guid(
            &deck,
            &CardId::row(&slug("kafka-vs-rabbitmq"), &slug("ordering"))
        ),
        "Hkce@;;l[Y"
    );
    assert_eq!(
        note_guid(&slug("x"), &CardId::card(&slug("y"))),
        "H4(w@!LpUD"
    );
}

#[test]
fn guid_depends_on_deck_and_card_only() {
    let a = note_guid(&slug("d"), &CardId::card(&slug("c")));
    assert_ne!(a, note_guid(&slug("d2"), &CardId::card(&slug("c"))));
    assert_ne!(a, note_guid(&slug("d"), &CardId::card(&slug("c2"))));
    assert_eq!(a, note_guid(&slug("d"), &CardId::card(&slug("c"))));
}

#[test]
fn stable_ids_are_pinned() {
    assert_eq!(stable_id("deck", "messaging-eda"), 4_443_663_003_118_165);
    assert!(stable_id("x", "y") >= 1 << 32);
}

#[test]
fn one_parse_gives_both_inline_renderings() {
    for md in [
        "Why **Kafka** `acks=all`?",
        "a <b>raw</b> [link](javascript:x) ![img](y.png) C# ##",
        "1. Not a list {x}",
        "line one\nline two",
        "",
        "{{c1::Kafka}} stores **logs**",
    ] {
        assert_eq!(
            inline_to_html_and_plain(md),
            (inline_to_html(md), inline_to_plain(md)),
            "{md:?}"
        );
    }
}

/// The parser's renderings, without the literal shortcut.
fn parsed(md: &str) -> (String, String, String) {
    let source = as_heading(md);
    let events: Vec<Event<'_>> = inline_events(&source).collect();
    let mut block = String::new();
    pulldown_cmark::html::push_html(&mut block, super::policy::body_events(md));
    block.truncate(block.trim_end().len());
    (
        inline_html(events.iter().cloned(), md.len()),
        inline_plain(events),
        block,
    )
}

#[test]
fn literal_text_skips_the_parser_only_where_it_renders_as_itself() {
    for md in [
        "Term 1.0",
        "Question 1.7: why does a consumer group rebalance when member 7 leaves?",
        "Card 1.3 hides {{c1::the original fact}} and {{c2::a number: 3}}.",
        "What's the cost (in %) of acks=all, vs. acks=1?",
        "Qué es un log",
    ] {
        assert!(is_literal(md, false) && is_literal(md, true), "{md:?}");
        let (html, plain, block) = parsed(md);
        assert_eq!((html.as_str(), plain.as_str()), (md, md));
        assert_eq!(block, format!("<p>{md}</p>"));
    }
    for (md, block) in [
        ("1. Not a list", true),
        ("- item", false),
        ("a *b*", false),
        ("a  b", false),
        ("a <b>", false),
        ("a & b", false),
        ("C#", false),
        ("x ", false),
        ("", false),
        ("line one\nline two", false),
    ] {
        assert!(!is_literal(md, block), "{md:?}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

    /// Wherever the shortcut is taken, it gives what pulldown-cmark gives.
    #[test]
    fn literal_text_renders_as_the_parser_renders_it(md in super::policy::markdownish()) {
        let (html, plain, block) = parsed(&md);
        if is_literal(&md, false) {
            proptest::prop_assert_eq!(html.as_str(), md.as_str());
            proptest::prop_assert_eq!(plain.as_str(), md.as_str());
        }
        if is_literal(&md, true) {
            proptest::prop_assert_eq!(block, format!("<p>{md}</p>"));
        }
    }
}

#[test]
fn html_is_escaped_and_links_are_filtered() {
    let html =
        markdown_to_html("a <script>x</script> [ok](https://e.com) [bad](javascript:alert(1))");
    assert!(html.contains("&lt;script&gt;"), "{html}");
    assert!(html.contains("<a href=\"https://e.com\">ok</a>"), "{html}");
    assert!(!html.contains("javascript"), "{html}");
    assert!(html.contains("bad"), "{html}");
}

#[test]
fn trailing_hashes_are_text_not_a_closing_sequence() {
    assert_eq!(inline_to_html("#"), "#");
    assert_eq!(inline_to_html("Why C# ##"), "Why C# ##");
    assert_eq!(inline_to_html("C#"), "C#");
    assert_eq!(inline_to_plain("# "), "#");
}

#[test]
fn inline_keeps_list_markers_and_braces_as_text() {
    assert_eq!(inline_to_html("1. Why?"), "1. Why?");
    assert_eq!(
        inline_to_html("Set {a} and `b`"),
        "Set {a} and <code>b</code>"
    );
    assert_eq!(
        inline_to_html("A {{c1::**log**}}"),
        "A {{c1::<strong>log</strong>}}"
    );
    assert_eq!(inline_to_html("a < b & c"), "a &lt; b &amp; c");
}

#[test]
fn markdown_renders_tables_and_code() {
    let html = markdown_to_html("| a | b |\n|---|---|\n| 1 | 2 |\n\n```rust\nfn x() {}\n```");
    assert!(html.contains("<table>"), "{html}");
    assert!(
        html.contains("<pre class=\"hl-code\"><code class=\"language-rust\"><span class=\"hl-"),
        "{html}"
    );
}

#[test]
fn code_in_a_known_language_is_highlighted_and_the_rest_stays_plain() {
    let html = markdown_to_html("```python\nx = 1  # one <two>\n```");
    assert!(html.starts_with("<pre class=\"hl-code\"><code class=\"language-python\">"));
    assert!(html.contains("hl-comment"), "{html}");
    assert!(html.contains("&lt;two&gt;"), "escaped: {html}");
    for plain in [
        "```text\nx = 1\n```",
        "```nosuchlanguage\nx\n```",
        "```\nx\n```",
        "    x\n",
    ] {
        let html = markdown_to_html(plain);
        assert!(html.starts_with("<pre><code"), "{plain}: {html}");
        assert!(!html.contains("hl-"), "{plain}: {html}");
    }
    // A diagram the deck did not draw stays code too.
    let html = markdown_to_html("```mermaid\ngraph LR\n  A --> B\n```");
    assert!(
        html.starts_with("<pre><code class=\"language-mermaid\">"),
        "{html}"
    );
}

#[test]
fn a_drawn_diagram_is_two_images_and_its_media_are_listed() {
    use crate::model::Pictures;
    let source = "graph LR\n  A --> B\n";
    let diagram = crate::picture::mermaid::render_diagram(source).unwrap();
    let mut pictures = Pictures::default();
    pictures.add_diagram(source.to_owned(), std::sync::Arc::new(diagram.clone()));
    let mut media = Vec::new();
    let html = markdown_to_html_with(
        &format!("Text\n\n```mermaid\n{source}```\n"),
        &pictures,
        &mut media,
    );
    assert_eq!(media, [diagram.light_name(), diagram.dark_name()]);
    assert!(
        html.contains(&format!(
            "<img class=\"deckgen-diagram-light\" src=\"{}\"",
            diagram.light_name()
        )),
        "{html}"
    );
    assert!(
        html.contains(&format!("src=\"{}\"", diagram.dark_name())),
        "{html}"
    );
    assert!(!html.contains("graph LR"), "{html}");
}

/// Pictures holding the diagram `source` and a PNG (`small.png`, 3 bytes) and a PNG over the
/// standalone limit (`big.png`).
fn standalone_pictures(source: &str) -> (crate::model::Pictures, crate::picture::mermaid::Diagram) {
    use crate::picture::image::{ImageFile, ImageFormat};
    let diagram = crate::picture::mermaid::render_diagram(source).unwrap();
    let mut pictures = crate::model::Pictures::default();
    pictures.add_diagram(source.to_owned(), std::sync::Arc::new(diagram.clone()));
    for (target, len) in [
        ("small.png", 3),
        ("big.png", html::STANDALONE_IMAGE_LIMIT + 1),
    ] {
        let image = ImageFile {
            path: target.into(),
            bytes: vec![b'x'; len],
            format: ImageFormat::Png,
            width: 1,
            height: 1,
            media_name: format!("deckgen-{target}"),
        };
        pictures.add_image(target.to_owned(), std::sync::Arc::new(image));
    }
    (pictures, diagram)
}

#[test]
fn standalone_html_carries_its_pictures_and_their_css_inline() {
    let source = "graph LR\n  A --> B\n";
    let (pictures, diagram) = standalone_pictures(source);
    let md = format!(
        "- point\n\n```mermaid\n{source}```\n\n```java\nint x = 1;\n```\n\n![A box](small.png)"
    );
    let shown = markdown_to_standalone_html(&md, &pictures);
    let html = &shown.html;
    // Wrapped so that Anki's `white-space: pre-wrap` on the description does not apply.
    assert!(
        html.starts_with("<div class=\"deckgen-standalone\" style=\"white-space:normal\">"),
        "{html}"
    );
    // The diagram: both SVGs inline, night mode by `.nightMode`, no media file named.
    assert!(html.contains(&diagram.inline_html()), "{html}");
    assert!(!html.contains(&diagram.light_name()), "{html}");
    assert!(!html.contains("graph LR"), "{html}");
    // Highlighted code: classed as on cards, with both themes' CSS.
    assert!(html.contains("<pre class=\"hl-code\">"), "{html}");
    assert!(html.contains(".nightMode .hl-"), "{html}");
    // The image: a data URL (base64 of `xxx`), never wider than the page.
    assert!(
        html.contains("<img src=\"data:image/png;base64,eHh4\" alt=\"A box\""),
        "{html}"
    );
    assert!(
        html.contains(".deckgen-standalone img{max-width:100%"),
        "{html}"
    );
    assert!(shown.images_too_big.is_empty());
}

/// A document carries the highlighting rules its code can use, and only those.
#[test]
fn standalone_html_carries_only_the_highlighting_rules_its_code_uses() {
    let pictures = crate::model::Pictures::default();
    let html = markdown_to_standalone_html("```java\nint x = 1; // one\n```", &pictures).html;
    let style = &html[html.find("<style>").unwrap()..html.find("</style>").unwrap()];
    assert!(
        style.contains(".hl-code{color:#323232;background-color:#ffffff}"),
        "{style}"
    );
    assert!(style.contains(".nightMode .hl-code{"), "{style}");
    assert!(style.contains(".hl-comment{"), "{style}");
    // No markup rules (no Markdown code here), no comment of syntect's, no line breaks.
    assert!(
        !style.contains("markdown") && !style.contains("/*"),
        "{style}"
    );
    assert!(!style.contains('\n'), "{style}");
    // Every highlighting class the rules name is on an element.
    for class in style
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|c| c.starts_with("hl-"))
    {
        assert!(html.contains(class), "{class} in {style}");
    }
    assert!(style.len() < highlight_css_len() / 4, "{}", style.len());
}

fn highlight_css_len() -> usize {
    crate::picture::highlight::card_css().len()
}

#[test]
fn standalone_html_shows_a_too_big_image_as_its_alt_text_and_says_so() {
    let (pictures, _) = standalone_pictures("graph LR\n  A --> B\n");
    let shown = markdown_to_standalone_html("![A huge box](big.png)", &pictures);
    assert_eq!(shown.images_too_big, ["big.png"]);
    assert!(shown.html.contains("<p>A huge box</p>"), "{}", shown.html);
    assert!(!shown.html.contains("<img"), "{}", shown.html);
}

#[test]
fn standalone_html_of_plain_text_has_no_style_and_of_nothing_is_empty() {
    let pictures = crate::model::Pictures::default();
    assert_eq!(markdown_to_standalone_html("", &pictures).html, "");
    assert_eq!(markdown_to_standalone_html(" \n", &pictures).html, "");
    assert_eq!(
        markdown_to_standalone_html("- a\n- b", &pictures).html,
        "<div class=\"deckgen-standalone\" style=\"white-space:normal\"><ul>\n<li>a</li>\n<li>b</li>\n</ul></div>"
    );
    // A diagram the deck did not draw (the deck's description) stays code, as on cards.
    let html = markdown_to_standalone_html("```mermaid\ngraph LR\n```", &pictures).html;
    assert!(html.contains("language-mermaid"), "{html}");
}

#[test]
fn plain_text() {
    assert_eq!(
        markdown_to_plain("**Bold** and *it*.\n\n- one\n- two\n\n1. x\n2. y"),
        "Bold and it.\n- one\n- two\n1. x\n2. y"
    );
    assert_eq!(inline_to_plain("`acks=all` **now**"), "acks=all now");
    assert_eq!(
        markdown_to_plain("| a | b |\n|---|---|\n| 1 | 2 |"),
        "a | b\n1 | 2"
    );
}

/// Issue 21 item 4: a list followed by a paragraph, a quote or code stays apart from it.
#[test]
fn plain_text_keeps_blocks_apart() {
    use super::markdown_to_plain;
    assert_eq!(
        markdown_to_plain("- one\n- two\n\nAfter list para."),
        "- one\n- two\nAfter list para."
    );
    assert_eq!(markdown_to_plain("1. one\n\n> quote"), "1. one\nquote");
    assert_eq!(
        markdown_to_plain("1. first\n2. second\n\n```python\ndef handle(msg):\n    pass\n```"),
        "1. first\n2. second\ndef handle(msg):\n    pass"
    );
    assert_eq!(
        markdown_to_plain("- a\n  - b\n- c\n\ntext"),
        "- a\n  - b\n- c\ntext"
    );
}
