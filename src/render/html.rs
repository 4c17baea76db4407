//! Markdown → HTML, the way Anki shows a card: answers as block Markdown, questions and table cells
//! as inline text, table-row cards as a small table of the row's cells.
//! For a page whose style deckgen does not control (Anki's deck overview, where the key points are
//! the sub-deck's description), [`markdown_to_standalone_html`] carries the pictures inline; for a
//! note of one of Anki's stock note types (the Anki CSV), [`stock_note_sides`] does the same with
//! a card's diagrams and highlighted code (its images stay media files).

use std::sync::OnceLock;

use pulldown_cmark::{CodeBlockKind, Event, Tag, TagEnd};

use super::plain::inline_plain;
use super::policy::{
    as_heading, body_events, body_events_with, body_events_with_images, inline_events, is_literal,
};
use crate::model::{Flashcard, FlashcardContent, FlashcardKind, Pictures, Table, TableRow};
use crate::parse::is_mermaid;
use crate::picture::highlight;
use crate::picture::image::ImageFile;
use crate::picture::mermaid::{self, Diagram};

/// Markdown (a card's answer) → HTML. Raw HTML in the source is shown as text, links other than
/// http(s)/mailto lose their target, images become their alt text: the only markup in the result
/// is what pulldown-cmark produces from Markdown.
///
/// A ` ```mermaid ` block stays a code block here; [`markdown_to_html_with`] draws it.
pub fn markdown_to_html(md: &str) -> String {
    markdown_to_html_with(md, &Pictures::default(), &mut Vec::new())
}

/// [`markdown_to_html`], with each ` ```mermaid ` block that `pictures` holds shown as its
/// diagram ([`diagram_html`]); the media files the HTML refers to are added to `media`.
pub fn markdown_to_html_with(md: &str, pictures: &Pictures, media: &mut Vec<String>) -> String {
    card_body_html(md, pictures, &mut Shown::note_type(media))
}

/// A card's Markdown (answer, notes) → HTML, its pictures shown as `shown` says.
fn card_body_html(md: &str, pictures: &Pictures, shown: &mut Shown<'_>) -> String {
    body_html(md, pictures, shown, || body_events_with(md, pictures))
}

/// The largest image (bytes of its file) that [`markdown_to_standalone_html`] inlines: as a
/// data URL it is stored in the collection (a third bigger, base64) and synced with it.
pub const STANDALONE_IMAGE_LIMIT: usize = 256 * 1024;

/// Self-contained HTML (see [`markdown_to_standalone_html`]), and what it had to leave out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StandaloneHtml {
    /// The HTML; empty for empty Markdown.
    pub html: String,
    /// The images shown as their alt text because their files are over
    /// [`STANDALONE_IMAGE_LIMIT`] (targets as written).
    pub images_too_big: Vec<String>,
}

/// Markdown (a section's key points, the deck's description) → HTML that needs no media file and
/// no style sheet from outside, for a page deckgen does not style: Anki's deck overview screen,
/// where a deck's description is shown. There, media files would not do: Anki's importer brings
/// only the media files that notes use, and *Check Media* lists any other file as unused.
///
/// The same policy as [`markdown_to_html_with`], with the pictures carried inline: a diagram as
/// both its SVGs ([`Diagram::inline_html`]: the dark one shown under `.nightMode`, the class Anki
/// puts on the overview's body in night mode, too); highlighted code as on cards, with the
/// highlighting rules (both themes) that its code uses, once; an image as a data URL, up to
/// [`STANDALONE_IMAGE_LIMIT`] (a larger one is its alt text, and named in
/// [`StandaloneHtml::images_too_big`]). The whole is wrapped in a `div` that undoes the
/// overview's `white-space: pre-wrap` (which would show every line break between block tags).
pub fn markdown_to_standalone_html(md: &str, pictures: &Pictures) -> StandaloneHtml {
    if md.trim().is_empty() {
        return StandaloneHtml::default();
    }
    let mut too_big = Vec::new();
    let mut shown = Shown::standalone();
    let body = body_html(md, pictures, &mut shown, || {
        body_events_with_images(md, |target| {
            let image = pictures.image(target)?;
            if image.bytes.len() > STANDALONE_IMAGE_LIMIT {
                too_big.push(target.to_owned());
                return None;
            }
            Some(data_url(image))
        })
    });
    StandaloneHtml {
        html: standalone_document(&body, &shown),
        images_too_big: too_big,
    }
}

/// `body` as a self-contained document: wrapped in a `div` that undoes `white-space: pre-wrap`
/// (Anki's deck overview), with one `<style>` holding the rules its pictures need: the diagrams'
/// ([`mermaid::CARD_CSS`], night mode by `.nightMode`), images' and code blocks' widths, and the
/// highlighting rules (both themes) its code uses.
fn standalone_document(body: &str, shown: &Shown<'_>) -> String {
    let mut css = String::new();
    if shown.diagram {
        css.push_str(mermaid::CARD_CSS);
    }
    // The author's raw HTML is text here, so `<img`/`<pre` can only be ours.
    if body.contains("<img") || body.contains("<pre") {
        css.push_str(STANDALONE_CSS);
    }
    if shown.code {
        css.push_str(&highlight_rules_for(body));
    }
    let style = if css.is_empty() {
        String::new()
    } else {
        format!("<style>{css}</style>")
    };
    format!("<div class=\"deckgen-standalone\" style=\"white-space:normal\">{style}{body}</div>")
}

/// One rule of the highlighting CSS, compacted: each selector with the highlighting classes
/// (`hl-…`) it names, and the declarations (`property:value;…`).
struct CssRule {
    selectors: Vec<(String, Vec<String>)>,
    declarations: String,
}

/// The highlighting CSS ([`highlight::card_css`], syntect's output: `/* comments */` and
/// `selectors {declarations}` rules) as rules, read once per process: every self-contained field
/// that shows code takes its rules from them.
fn highlight_rules() -> &'static [CssRule] {
    static RULES: OnceLock<Vec<CssRule>> = OnceLock::new();
    RULES.get_or_init(|| {
        let mut rules = Vec::new();
        let mut rest = highlight::card_css();
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|i| open + i) else {
                break;
            };
            let mut head = &rest[..open];
            // Comments come before a rule, never inside one.
            while let Some(end) = head.find("*/") {
                head = &head[end + 2..];
            }
            let selectors = head
                .split(',')
                .map(str::trim)
                .map(|selector| {
                    let classes = selector
                        .split(|c: char| c == '.' || c.is_whitespace())
                        .filter(|class| class.starts_with(highlight::CLASS_PREFIX))
                        .map(str::to_owned)
                        .collect();
                    (selector.to_owned(), classes)
                })
                .collect();
            let declarations: Vec<String> = rest[open + 1..close]
                .split(';')
                .filter_map(|d| d.split_once(':'))
                .map(|(property, value)| format!("{}:{}", property.trim(), value.trim()))
                .collect();
            rules.push(CssRule {
                selectors,
                declarations: declarations.join(";"),
            });
            rest = &rest[close + 1..];
        }
        rules
    })
}

/// The highlighting rules that can match in `html`, compacted: a selector naming a highlighting
/// class that no element of `html` has is dropped, and a rule left without selectors with it.
/// The whole CSS is 20 KB, a code block uses a tenth of it, and a document carries it in every
/// field that shows code.
fn highlight_rules_for(html: &str) -> String {
    let used: std::collections::HashSet<&str> = html
        .split("class=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .flat_map(str::split_whitespace)
        .collect();
    let mut out = String::new();
    for rule in highlight_rules() {
        let selectors: Vec<&str> = rule
            .selectors
            .iter()
            .filter(|(_, classes)| classes.iter().all(|class| used.contains(class.as_str())))
            .map(|(selector, _)| selector.as_str())
            .collect();
        if !selectors.is_empty() {
            out.push_str(&format!("{}{{{}}}", selectors.join(","), rule.declarations));
        }
    }
    out
}

/// The rules a standalone document needs besides its pictures' own: images and code blocks no
/// wider than the page, code blocks scrolling sideways and left-aligned (the overview centres).
const STANDALONE_CSS: &str = ".deckgen-standalone img{max-width:100%;height:auto}\
.deckgen-standalone pre{overflow-x:auto;text-align:left;padding:.6em .8em;border-radius:6px}";

/// An image file as a `data:` URL.
fn data_url(image: &ImageFile) -> String {
    use base64::Engine as _;
    format!(
        "data:{};base64,{}",
        image.format.mime_type(),
        base64::engine::general_purpose::STANDARD.encode(&image.bytes)
    )
}

/// How a body shows its pictures, and what it showed.
///
/// - On a deckgen note type (the .apkg, [`Shown::note_type`]): diagrams and images are media
///   files, styled by the note type's CSS.
/// - On a stock note type (the Anki CSV, [`Shown::stock_note`]): diagrams inline, images media
///   files; the CSS comes along in the field ([`standalone_document`]).
/// - Self-contained ([`Shown::standalone`]): diagrams inline, images as data URLs (made by the
///   caller's events), no media file at all.
struct Shown<'m> {
    /// Diagrams as both their SVGs inline ([`Diagram::inline_html`]), else as media files.
    inline_diagrams: bool,
    /// Where the names of the media files the HTML refers to go (none for a standalone page).
    media: Option<&'m mut Vec<String>>,
    /// Whether a diagram was shown.
    diagram: bool,
    /// Whether highlighted code was shown.
    code: bool,
}

impl<'m> Shown<'m> {
    fn note_type(media: &'m mut Vec<String>) -> Self {
        Shown {
            inline_diagrams: false,
            media: Some(media),
            diagram: false,
            code: false,
        }
    }

    fn stock_note(media: &'m mut Vec<String>) -> Self {
        Shown {
            inline_diagrams: true,
            ..Shown::note_type(media)
        }
    }

    fn standalone() -> Self {
        Shown {
            inline_diagrams: true,
            media: None,
            diagram: false,
            code: false,
        }
    }

    /// Notes a media file the HTML refers to.
    fn refer(&mut self, name: String) {
        if let Some(media) = self.media.as_deref_mut() {
            media.push(name);
        }
    }

    /// Whether the HTML needs the note type's CSS for its pictures (deckgen's, or its own copy).
    fn styled(&self) -> bool {
        self.diagram || self.code
    }
}

/// A body's HTML, its pictures shown as `shown` says; `events` reads `md` as the policy does
/// for this kind of page (called only when the text needs the parser).
fn body_html<'a, I: Iterator<Item = Event<'a>>>(
    md: &str,
    pictures: &Pictures,
    shown: &mut Shown<'_>,
    events: impl FnOnce() -> I,
) -> String {
    if is_literal(md, true) {
        return format!("<p>{md}</p>");
    }
    let mut html = String::with_capacity(md.len() * 3 / 2);
    let fenced = md.contains("```") || md.contains("~~~");
    if fenced || (!pictures.is_empty() && md.contains("![")) {
        let events = with_diagrams(events(), pictures, shown);
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
    } else {
        pulldown_cmark::html::push_html(&mut html, body_events(md));
    }
    html.truncate(html.trim_end().len());
    html
}

/// Replaces every Mermaid block that `pictures` holds with its diagram's HTML, and highlighted
/// code with its classed HTML (raw HTML events made here, after the policy turned the author's
/// raw HTML into text); on cards, notes the media files of the diagrams and of the images the
/// policy kept.
fn with_diagrams<'a>(
    events: impl Iterator<Item = Event<'a>>,
    pictures: &Pictures,
    shown: &mut Shown<'_>,
) -> Vec<Event<'a>> {
    let mut out = Vec::new();
    let mut block: Option<(Vec<Event<'a>>, String)> = None;
    for event in events {
        match (event, block.as_mut()) {
            (Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))), None)
                if is_mermaid(&info) =>
            {
                let start = Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)));
                block = Some((vec![start], String::new()));
            }
            (Event::Text(text), Some((events, source))) => {
                source.push_str(&text);
                events.push(Event::Text(text));
            }
            (Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))), None)
                if highlight::syntax_for(language(&info)).is_some() =>
            {
                let start = Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)));
                block = Some((vec![start], String::new()));
            }
            (Event::End(TagEnd::CodeBlock), Some(_)) => {
                if let Some((mut events, source)) = block.take() {
                    let info = match events.first() {
                        Some(Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))) => {
                            info.to_string()
                        }
                        _ => String::new(),
                    };
                    if is_mermaid(&info) {
                        if let Some(diagram) = pictures.diagram(&source) {
                            shown.diagram = true;
                            let html = if shown.inline_diagrams {
                                diagram.inline_html()
                            } else {
                                shown.refer(diagram.light_name());
                                shown.refer(diagram.dark_name());
                                diagram_html(diagram)
                            };
                            out.push(Event::Html(html.into()));
                            continue;
                        }
                    } else if let Some(html) = highlighted_html(&source, language(&info)) {
                        shown.code = true;
                        out.push(Event::Html(html.into()));
                        continue;
                    }
                    events.push(Event::End(TagEnd::CodeBlock));
                    out.extend(events);
                }
            }
            (event, Some((events, _))) => events.push(event),
            (event, None) => {
                if let Event::Start(Tag::Image { dest_url, .. }) = &event {
                    shown.refer(dest_url.to_string());
                }
                out.push(event);
            }
        }
    }
    out
}

/// The language of a fence's info string: its first word (` ```java title ` → `java`).
fn language(info: &str) -> &str {
    info.split_whitespace().next().unwrap_or("")
}

/// Fenced code in a language syntect knows, as classed HTML (the note type's CSS colours it, in
/// light and night mode); `None` for plain text and unknown languages, which stay plain code.
fn highlighted_html(code: &str, language: &str) -> Option<String> {
    let spans = highlight::highlight_html(code, language)?;
    let class = language
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '+')
        .collect::<String>();
    Some(format!(
        "<pre class=\"{}\"><code class=\"language-{class}\">{spans}</code></pre>\n",
        highlight::BLOCK_CLASS
    ))
}

/// A diagram on a card: its light and its dark SVG as images; the note type's CSS shows the dark
/// one only in night mode and scales both to the card's width.
pub fn diagram_html(diagram: &Diagram) -> String {
    format!(
        "<div class=\"deckgen-diagram\"><img class=\"deckgen-diagram-light\" src=\"{}\" alt=\"diagram\"><img class=\"deckgen-diagram-dark\" src=\"{}\" alt=\"diagram\"></div>\n",
        diagram.light_name(),
        diagram.dark_name()
    )
}

/// Inline Markdown (a heading or a table cell) → HTML, without a wrapping paragraph.
///
/// The text is parsed as the heading it came from, so `1. Foo` stays text instead of becoming a
/// list; heading attributes are off, so a trailing `{x}` is text too.
pub fn inline_to_html(md: &str) -> String {
    if is_literal(md, false) {
        return md.to_string();
    }
    let source = as_heading(md);
    inline_html(inline_events(&source), md.len())
}

/// [`inline_to_html`] and [`super::inline_to_plain`] of the same text, from one parse.
pub fn inline_to_html_and_plain(md: &str) -> (String, String) {
    if is_literal(md, false) {
        return (md.to_string(), md.to_string());
    }
    let source = as_heading(md);
    let events: Vec<Event<'_>> = inline_events(&source).collect();
    let html = inline_html(events.iter().cloned(), md.len());
    (html, inline_plain(events))
}

pub(crate) fn inline_html<'a>(events: impl Iterator<Item = Event<'a>>, len: usize) -> String {
    let mut html = String::with_capacity(len * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    html.trim().to_string()
}

/// Front and back of a flashcard as HTML, the way Anki shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlSides {
    /// Question (for cloze cards: the text with its `{{c1::...}}` deletions).
    pub front: String,
    /// Answer (for cloze cards: the extra text).
    pub back: String,
}

/// A flashcard rendered for a deckgen note type ([`html_and_question`]).
pub(super) struct CardHtml {
    /// Its sides.
    pub sides: HtmlSides,
    /// Its question as plain text, for reports (cloze deletions shown).
    pub question: String,
    /// Whether its sides show a diagram or highlighted code, which need the note type's CSS:
    /// for a stock note type, [`stock_note_sides`] renders them again.
    pub styled: bool,
}

/// Renders a flashcard's two sides as HTML for a deckgen note type, and its question as plain
/// text for reports, with the question parsed once for both.
/// Diagrams are drawn from `pictures`; the media files the sides refer to go to `media`.
pub(super) fn html_and_question(
    card: &Flashcard<'_>,
    pictures: &Pictures,
    media: &mut Vec<String>,
) -> CardHtml {
    let mut shown = Shown::note_type(media);
    let (sides, question) = sides_and_question(card, pictures, &mut shown);
    CardHtml {
        sides,
        question,
        styled: shown.styled(),
    }
}

/// A flashcard's two sides for a note of one of Anki's stock note types (the Anki CSV), which
/// carry none of deckgen's CSS: as `html_and_question` gives them, except that diagrams are
/// both their SVGs inline and a back that shows a diagram or highlighted code is a
/// self-contained document with the CSS they need (`standalone_document`; night mode by
/// `.nightMode`, which Anki's reviewer sets for every note type). Images stay media files,
/// whose names go to `media`.
pub fn stock_note_sides(
    card: &Flashcard<'_>,
    pictures: &Pictures,
    media: &mut Vec<String>,
) -> HtmlSides {
    let mut shown = Shown::stock_note(media);
    let (mut sides, _) = sides_and_question(card, pictures, &mut shown);
    if shown.styled() {
        sides.back = standalone_document(&sides.back, &shown);
    }
    sides
}

/// A flashcard's sides and plain question, its pictures shown as `shown` says (only the back,
/// Markdown blocks, can show pictures: the front is inline text).
fn sides_and_question(
    card: &Flashcard<'_>,
    pictures: &Pictures,
    shown: &mut Shown<'_>,
) -> (HtmlSides, String) {
    let ((front, plain), back) = match &card.content {
        FlashcardContent::Text { question, answer } => (
            inline_to_html_and_plain(question),
            card_body_html(answer, pictures, shown),
        ),
        FlashcardContent::Row { table, row, notes } => (
            inline_to_html_and_plain(&super::row_question(&card.card.question, row)),
            row_back_html(table, row, notes, pictures, shown),
        ),
    };
    if card.kind == FlashcardKind::Cloze
        && let FlashcardContent::Text { question, .. } = &card.content
    {
        // Deletions are split on the Markdown (where code spans are known), not on the plain text.
        let front = crate::cloze::protect_code_colons(&front);
        return (
            HtmlSides { front, back },
            super::plain::inline_to_plain(&super::plain::reveal_cloze(question)),
        );
    }
    (HtmlSides { front, back }, plain)
}

/// The back of a table-row card: the row's other cells under their headers, then the notes.
fn row_back_html(
    table: &Table,
    row: &TableRow,
    notes: &str,
    pictures: &Pictures,
    shown: &mut Shown<'_>,
) -> String {
    let mut back = String::from("<table class=\"row\">\n<tbody>\n");
    for (header, cell) in table.header.iter().zip(&row.cells).skip(1) {
        back.push_str(&format!(
            "<tr><th>{}</th><td>{}</td></tr>\n",
            inline_to_html(header),
            inline_to_html(cell)
        ));
    }
    back.push_str("</tbody>\n</table>");
    if !notes.is_empty() {
        back.push('\n');
        back.push_str(&card_body_html(notes, pictures, shown));
    }
    back
}
