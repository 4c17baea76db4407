//! The one HTML, link and image policy, for every renderer (HTML for Anki, plain text, and the PDF
//! Markdown reader): raw HTML is text, only http(s) and mailto links keep their target, images
//! become their alt text, except where the renderer shows the deck's pictures
//! ([`body_events_with`]): there an image the deck loaded points at its media file. Also the two rules of how card text is parsed: inline text is read as
//! the heading it came from ([`as_heading`]), and text Markdown leaves as it is skips the parser
//! ([`is_literal`]).

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::model::Pictures;
use crate::parse::markdown_options;

/// Whether Markdown leaves `md` as it is: one line of letters, digits, spaces and punctuation that
/// CommonMark gives no meaning to, and that HTML needs no escape for. Most questions and many
/// short answers are such text, and their HTML is then the text itself (in a paragraph for
/// `block` Markdown), without a parser set up for each (which was most of rendering a card).
/// A `block` text must start with a letter, so that it cannot open a list (`1. `, `- `).
/// A property test checks this against pulldown-cmark.
pub fn is_literal(md: &str, block: bool) -> bool {
    let bytes = md.as_bytes();
    let (Some(first), Some(last)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    let starts = if block {
        first.is_ascii_alphabetic()
    } else {
        first.is_ascii_alphanumeric()
    };
    starts
        && *last != b' '
        && !md.contains("  ")
        && md.chars().all(|c| {
            if c.is_ascii() {
                LITERAL_ASCII[c as usize]
            } else {
                c.is_alphabetic()
            }
        })
}

/// The ASCII characters [`is_literal`] accepts: letters, digits, space and `,.;:?!()/'"%+=-{}`.
const LITERAL_ASCII: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    let punctuation = b" ,.;:?!()/'\"%+=-{}";
    let mut i = 0;
    while i < punctuation.len() {
        table[punctuation[i] as usize] = true;
        i += 1;
    }
    table
};

/// `md` as the text of a level-2 heading. A trailing run of `#` would be read as the heading's
/// optional closing sequence and vanish (`## C#` is fine, but `## #` is an empty heading), so the
/// run's first `#` is escaped; `\#` shows as `#`.
pub fn as_heading(md: &str) -> String {
    let body = md.trim_end();
    let hashes = body.len() - body.trim_end_matches('#').len();
    if hashes == 0 {
        return format!("## {md}");
    }
    let (text, run) = body.split_at(body.len() - hashes);
    format!("## {text}\\{run}")
}

/// The parser options for inline text (a heading or a table cell): no heading attributes.
pub fn inline_options() -> Options {
    markdown_options() - Options::ENABLE_HEADING_ATTRIBUTES
}

/// The events of a body (an answer, key points, table notes) as every renderer reads them: the
/// deck's Markdown options, then [`sanitize`].
pub fn body_events(md: &str) -> impl Iterator<Item = Event<'_>> {
    sanitize(Parser::new_ext(md, markdown_options()))
}

/// [`body_events`] for a renderer that shows pictures: an image the deck loaded
/// ([`Pictures::image`]) stays an image, its target the media file's name; any other image is its
/// alt text.
pub fn body_events_with<'a>(
    md: &'a str,
    pictures: &'a Pictures,
) -> impl Iterator<Item = Event<'a>> {
    body_events_with_images(md, |target| {
        pictures.image(target).map(|image| image.media_name.clone())
    })
}

/// [`body_events`] where `image(target)` decides each image's fate: `Some(new target)` keeps it
/// as an image of that target, `None` makes it its alt text. The cards use the media file's name
/// ([`body_events_with`]), the PDFs the key of their drawing.
pub fn body_events_with_images<'a>(
    md: &'a str,
    image: impl FnMut(&str) -> Option<String> + 'a,
) -> impl Iterator<Item = Event<'a>> {
    sanitize_with(Parser::new_ext(md, markdown_options()), image)
}

/// The events of inline text (a question, a table cell) already wrapped by [`as_heading`], as every
/// renderer reads them: [`inline_options`], [`sanitize`], and without the heading's own start and
/// end.
pub fn inline_events(source: &str) -> impl Iterator<Item = Event<'_>> {
    sanitize(Parser::new_ext(source, inline_options())).filter(|event| {
        !matches!(
            event,
            Event::Start(Tag::Heading { .. }) | Event::End(TagEnd::Heading(_))
        )
    })
}

/// Rewrites events so that nothing raw reaches the output.
pub fn sanitize<'a>(events: impl Iterator<Item = Event<'a>>) -> impl Iterator<Item = Event<'a>> {
    sanitize_with(events, |_| None)
}

/// [`sanitize`], with the images `image` gives a target for kept (see
/// [`body_events_with_images`]).
fn sanitize_with<'a>(
    events: impl Iterator<Item = Event<'a>>,
    mut image: impl FnMut(&str) -> Option<String>,
) -> impl Iterator<Item = Event<'a>> {
    let mut dropped_links = Vec::new();
    let mut kept_images = Vec::new();
    events.filter_map(move |event| match event {
        Event::Html(s) | Event::InlineHtml(s) => Some(Event::Text(s)),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let safe = is_safe_url(&dest_url);
            dropped_links.push(!safe);
            safe.then_some(Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }))
        }
        Event::End(TagEnd::Link) => {
            let dropped = dropped_links.pop().unwrap_or(false);
            (!dropped).then_some(Event::End(TagEnd::Link))
        }
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let target = image(&dest_url);
            kept_images.push(target.is_some());
            target.map(|target| {
                Event::Start(Tag::Image {
                    link_type,
                    dest_url: target.into(),
                    title,
                    id,
                })
            })
        }
        Event::End(TagEnd::Image) => {
            let kept = kept_images.pop().unwrap_or(false);
            kept.then_some(Event::End(TagEnd::Image))
        }
        other => Some(other),
    })
}

/// Whether a link keeps its target: http, https and mailto only.
pub fn is_safe_url(url: &CowStr<'_>) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:")
}

#[cfg(test)]
/// Text for the literal shortcut's property tests: mostly characters it accepts, with a few it must
/// not (alone, or in pairs around a word, as emphasis and code spans come).
pub(crate) fn markdownish() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    const OK: &str = r#"[a-zA-Z0-9 ,.;:?!()/'"%+={}é-]"#;
    const SPECIAL: &str = r#"[*_<>&`\[\]#|~\\\t\n]{1,2}"#;
    let pattern = |n: usize| format!("{OK}{{0,{n}}}");
    let regex = |r: &str| proptest::string::string_regex(r).unwrap();
    let ok = |n: usize| regex(&pattern(n));
    prop_oneof![
        regex(&format!("{}({SPECIAL}{})?", pattern(16), pattern(8))),
        (ok(6), regex(SPECIAL), ok(6), ok(6)).prop_map(|(a, s, b, c)| format!("{a}{s}{b}{s}{c}")),
        (regex("[a-z]{1,3}"), regex(SPECIAL), regex("[a-z]{1,4}"))
            .prop_map(|(a, s, b)| format!("{a} {s}{b}{s} {a}")),
        regex("[a-z ]{0,8}[-+.)=#>0-9][a-z ]{0,8}"),
    ]
}
