//! Markdown → HTML, the way Anki shows a card: answers as block Markdown, questions and table cells
//! as inline text, table-row cards as a small table of the row's cells.
//! For a page whose style deckgen does not control (Anki's deck overview, where the key points are
//! the sub-deck's description), [`markdown_to_standalone_html`] carries the pictures inline.

use pulldown_cmark::{CodeBlockKind, Event, Tag, TagEnd};

use super::plain::inline_plain;
use super::policy::{
    as_heading, body_events, body_events_with, body_events_with_images, inline_events, is_literal,
};
use crate::model::{Flashcard, FlashcardContent, FlashcardKind, Pictures, Table, TableRow};
use crate::parse::is_mermaid;
use crate::picture::highlight;
use crate::picture::image::ImageFile;
use crate::picture::mermaid::Diagram;

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
    body_html(md, pictures, &mut Shown::Card(media), || {
        body_events_with(md, pictures)
    })
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
/// puts on the overview's body in night mode, too); highlighted code as on cards, with a copy of
/// the highlighting CSS (both themes) once; an image as a data URL, up to
/// [`STANDALONE_IMAGE_LIMIT`] (a larger one is its alt text, and named in
/// [`StandaloneHtml::images_too_big`]). The whole is wrapped in a `div` that undoes the
/// overview's `white-space: pre-wrap` (which would show every line break between block tags).
pub fn markdown_to_standalone_html(md: &str, pictures: &Pictures) -> StandaloneHtml {
    if md.trim().is_empty() {
        return StandaloneHtml::default();
    }
    let mut too_big = Vec::new();
    let mut shown = Shown::Standalone { code: false };
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
    // The author's raw HTML is text here, so `<img`/`<pre` can only be ours.
    let mut css = String::new();
    if body.contains("<img") || body.contains("<pre") {
        css.push_str(STANDALONE_CSS);
    }
    if matches!(shown, Shown::Standalone { code: true }) {
        css.push_str(&highlight::card_css());
    }
    let style = if css.is_empty() {
        String::new()
    } else {
        format!("<style>{css}</style>")
    };
    StandaloneHtml {
        html: format!(
            "<div class=\"deckgen-standalone\" style=\"white-space:normal\">{style}{body}</div>"
        ),
        images_too_big: too_big,
    }
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

/// How a body shows its pictures.
enum Shown<'m> {
    /// On a card: media files (their names collected here), styled by the note type's CSS.
    Card(&'m mut Vec<String>),
    /// Self-contained ([`markdown_to_standalone_html`]); `code`: whether highlighted code was
    /// shown (its CSS must come along).
    Standalone { code: bool },
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
                            let html = match shown {
                                Shown::Card(media) => {
                                    media.push(diagram.light_name());
                                    media.push(diagram.dark_name());
                                    diagram_html(diagram)
                                }
                                Shown::Standalone { .. } => diagram.inline_html(),
                            };
                            out.push(Event::Html(html.into()));
                            continue;
                        }
                    } else if let Some(html) = highlighted_html(&source, language(&info)) {
                        if let Shown::Standalone { code } = shown {
                            *code = true;
                        }
                        out.push(Event::Html(html.into()));
                        continue;
                    }
                    events.push(Event::End(TagEnd::CodeBlock));
                    out.extend(events);
                }
            }
            (event, Some((events, _))) => events.push(event),
            (event, None) => {
                if let (Event::Start(Tag::Image { dest_url, .. }), Shown::Card(media)) =
                    (&event, &mut *shown)
                {
                    media.push(dest_url.to_string());
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

/// Renders a flashcard's two sides as HTML, and its question as plain text for reports (cloze
/// deletions shown), with the question parsed once for both.
/// Diagrams are drawn from `pictures`; the media files the sides refer to go to `media`.
pub(super) fn html_and_question(
    card: &Flashcard<'_>,
    pictures: &Pictures,
    media: &mut Vec<String>,
) -> (HtmlSides, String) {
    let ((front, plain), back) = match &card.content {
        FlashcardContent::Text { question, answer } => (
            inline_to_html_and_plain(question),
            markdown_to_html_with(answer, pictures, media),
        ),
        FlashcardContent::Row { table, row, notes } => (
            inline_to_html_and_plain(&super::row_question(&card.card.question, row)),
            row_back_html(table, row, notes, pictures, media),
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
    media: &mut Vec<String>,
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
        back.push_str(&markdown_to_html_with(notes, pictures, media));
    }
    back
}
