//! What every exporter shares: note identity (GUID), Markdown → HTML and → plain text, the text of
//! table-row cards, deck names and tag strings. One implementation, so exporters cannot drift.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};
use sha2::{Digest, Sha256};

use crate::cloze;
use crate::model::{
    CardId, Deck, Flashcard, FlashcardContent, FlashcardKind, Section, Slug, Table, TableRow,
    Tag as CardTag,
};
use crate::parse::markdown_options;

/// Anki's base-91 alphabet for GUIDs (the one Anki and Python genanki use).
const BASE91: &[u8; 91] =
    b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/// The note GUID of a card: derived only from the deck id and the card id, so editing a card's
/// question, answer, section or tags keeps its identity (and its study progress in Anki).
///
/// It is genanki's `guid_for("deckgen", deck_id, card_id)`: the first 8 bytes of the SHA-256 of
/// `deckgen__<deck id>__<card id>`, written in Anki's base-91 alphabet. The value must never change
/// between versions of deckgen; unit tests pin it.
pub fn note_guid(deck: &Slug, card: &CardId) -> String {
    let mut n = hash_u64(deck.as_str(), card.as_str());
    let mut out = Vec::new();
    while n > 0 {
        out.push(BASE91[(n % 91) as usize]);
        n /= 91;
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

/// A stable 63-bit id derived from text (deck ids, note type ids): the first 8 bytes of a SHA-256,
/// kept positive and clear of the small ids Anki uses for its own objects.
pub fn stable_id(namespace: &str, key: &str) -> i64 {
    let n = hash_u64(namespace, key) >> 12; // < 2^52: exact in JSON numbers and JavaScript
    i64::try_from(n).unwrap_or(i64::MAX).max(1 << 32)
}

/// The first 8 bytes (big-endian) of the SHA-256 of `deckgen__<a>__<b>`: genanki's `guid_for`
/// digest, which [`note_guid`] and [`stable_id`] are built on.
fn hash_u64(a: &str, b: &str) -> u64 {
    let digest = Sha256::digest(format!("deckgen__{a}__{b}").as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(first)
}

/// The Anki deck a section's cards go to: `<deck name>::<section title>`.
pub fn section_deck_name(deck: &Deck, section: &Section) -> String {
    format!(
        "{}::{}",
        deck_name_part(&deck.name),
        deck_name_part(&section.title)
    )
}

/// A deck or section name as one level of an Anki deck path (`::` would add a level).
pub fn deck_name_part(name: &str) -> String {
    name.replace("::", ":").trim().to_string()
}

/// Tags as Anki writes them: separated by spaces.
pub fn tag_string(tags: &[CardTag]) -> String {
    tags.iter()
        .map(CardTag::as_str)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Markdown (a card's answer) → HTML. Raw HTML in the source is shown as text, links other than
/// http(s)/mailto lose their target, images become their alt text: the only markup in the result
/// is what pulldown-cmark produces from Markdown.
pub fn markdown_to_html(md: &str) -> String {
    if is_literal(md, true) {
        return format!("<p>{md}</p>");
    }
    let mut html = String::with_capacity(md.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, sanitize(Parser::new_ext(md, markdown_options())));
    html.truncate(html.trim_end().len());
    html
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

/// [`inline_to_html`] and [`inline_to_plain`] of the same text, from one parse.
pub fn inline_to_html_and_plain(md: &str) -> (String, String) {
    if is_literal(md, false) {
        return (md.to_string(), md.to_string());
    }
    let source = as_heading(md);
    let events: Vec<Event<'_>> = inline_events(&source).collect();
    let html = inline_html(events.iter().cloned(), md.len());
    (html, inline_plain(events))
}

/// Whether Markdown leaves `md` as it is: one line of letters, digits, spaces and punctuation that
/// CommonMark gives no meaning to, and that HTML needs no escape for. Most questions and many
/// short answers are such text, and their HTML is then the text itself (in a paragraph for
/// `block` Markdown), without a parser set up for each (which was most of rendering a card).
/// A `block` text must start with a letter, so that it cannot open a list (`1. `, `- `).
/// A property test checks this against pulldown-cmark.
pub(crate) fn is_literal(md: &str, block: bool) -> bool {
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

/// The sanitised events of inline text already wrapped by [`as_heading`].
fn inline_events(source: &str) -> impl Iterator<Item = Event<'_>> {
    sanitize(Parser::new_ext(source, inline_options()))
}

fn inline_html<'a>(events: impl Iterator<Item = Event<'a>>, len: usize) -> String {
    let events = events.filter(|e| {
        !matches!(
            e,
            Event::Start(Tag::Heading { .. }) | Event::End(TagEnd::Heading(_))
        )
    });
    let mut html = String::with_capacity(len * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    html.trim().to_string()
}

fn inline_plain<'a>(events: impl IntoIterator<Item = Event<'a>>) -> String {
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

/// `md` as the text of a level-2 heading. A trailing run of `#` would be read as the heading's
/// optional closing sequence and vanish (`## C#` is fine, but `## #` is an empty heading), so the
/// run's first `#` is escaped; `\#` shows as `#`.
pub(crate) fn as_heading(md: &str) -> String {
    let body = md.trim_end();
    let hashes = body.len() - body.trim_end_matches('#').len();
    if hashes == 0 {
        return format!("## {md}");
    }
    let (text, run) = body.split_at(body.len() - hashes);
    format!("## {text}\\{run}")
}

fn inline_options() -> Options {
    markdown_options() - Options::ENABLE_HEADING_ATTRIBUTES
}

/// Rewrites events so that nothing raw reaches the output.
fn sanitize<'a>(events: impl Iterator<Item = Event<'a>>) -> impl Iterator<Item = Event<'a>> {
    let mut dropped_links = Vec::new();
    let mut in_image = 0usize;
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
        Event::Start(Tag::Image { .. }) => {
            in_image += 1;
            None
        }
        Event::End(TagEnd::Image) => {
            in_image = in_image.saturating_sub(1);
            None
        }
        other => Some(other),
    })
}

fn is_safe_url(url: &CowStr<'_>) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:")
}

/// Markdown → plain text for places without HTML (plain CSV): emphasis markers dropped, list items
/// as `- item`, table rows as `a | b`, code kept as is, blocks separated by newlines.
pub fn markdown_to_plain(md: &str) -> String {
    let mut out = String::new();
    let mut lists: Vec<Option<u64>> = Vec::new();
    for event in sanitize(Parser::new_ext(md, markdown_options())) {
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
            }
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

/// The question of a table-row card as inline Markdown: `<table title>: <first cell>`.
pub fn row_question(table_title: &str, row: &TableRow) -> String {
    format!("{table_title}: {}", row.first_cell())
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
fn html_and_question(card: &Flashcard<'_>) -> (HtmlSides, String) {
    let ((front, plain), back) = match &card.content {
        FlashcardContent::Text { question, answer } => {
            (inline_to_html_and_plain(question), markdown_to_html(answer))
        }
        FlashcardContent::Row { table, row, notes } => (
            inline_to_html_and_plain(&row_question(&card.card.question, row)),
            row_back_html(table, row, notes),
        ),
    };
    if card.kind == FlashcardKind::Cloze
        && let FlashcardContent::Text { question, .. } = &card.content
    {
        // Deletions are split on the Markdown (where code spans are known), not on the plain text.
        let front = cloze::protect_code_colons(&front);
        return (
            HtmlSides { front, back },
            inline_to_plain(&reveal_cloze(question)),
        );
    }
    (HtmlSides { front, back }, plain)
}

/// The back of a table-row card: the row's other cells under their headers, then the notes.
fn row_back_html(table: &Table, row: &TableRow, notes: &str) -> String {
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
        back.push_str(&markdown_to_html(notes));
    }
    back
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
                inline_to_plain(&row_question(&card.card.question, row)),
                back.join("\n"),
            )]
        }
    }
}

/// A flashcard rendered once for every exporter that needs its HTML (Anki CSV, .apkg) and for the
/// change report: rendering Markdown is the costly step, so it is done once per build.
#[derive(Debug, Clone)]
pub struct RenderedCard {
    /// Stable id.
    pub id: CardId,
    /// Note GUID (from deck id + card id).
    pub guid: String,
    /// Shape.
    pub kind: FlashcardKind,
    /// Index of its section in [`Deck::sections`].
    pub section: usize,
    /// Question side, HTML.
    pub front: String,
    /// Answer side, HTML.
    pub back: String,
    /// Question as plain text, for reports.
    pub question: String,
    /// Tags separated by spaces, as Anki writes them.
    pub tags: String,
    /// SHA-256 (hex) of everything that ends up in the Anki note: kind, sides, section, tags.
    pub hash: String,
    /// When its content last changed (seconds since the epoch): Anki updates a note on re-import
    /// only when this is newer than what it has. Set by [`crate::manifest`]; 0 until then.
    pub mtime: i64,
}

/// Cloze text with every deletion shown (`a {{c1::b}}` → `a b`); text that is not valid cloze
/// stays as it is.
fn reveal_cloze(text: &str) -> String {
    match cloze::parse_cloze(text) {
        Ok(segments) => cloze::render(&segments, 0, false, str::to_string),
        Err(_) => text.to_string(),
    }
}

/// Lowercase hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    s
}

/// The rendered cards of each section: `result[i]` holds section `i`'s cards (cards are in deck
/// order, so each section's cards are one contiguous run).
pub fn cards_by_section(cards: &[RenderedCard], sections: usize) -> Vec<&[RenderedCard]> {
    let mut out = Vec::with_capacity(sections);
    let mut start = 0;
    for section in 0..sections {
        let len = cards[start..]
            .iter()
            .take_while(|c| c.section == section)
            .count();
        out.push(&cards[start..start + len]);
        start += len;
    }
    out
}

/// Renders every flashcard of `deck`, in deck order (sections in parallel).
pub fn render_cards(deck: &Deck) -> Vec<RenderedCard> {
    let indexed: Vec<(usize, &Section)> = deck.sections.iter().enumerate().collect();
    // On the calling thread too: the cards outlive this call (see `parallel::map_here`).
    crate::parallel::map_here(&indexed, |&(index, section)| {
        render_section(deck, index, section)
    })
    .into_iter()
    .flatten()
    .collect()
}

fn render_section(deck: &Deck, index: usize, section: &Section) -> Vec<RenderedCard> {
    let mut out = Vec::with_capacity(section.flashcard_count());
    for card in section.flashcards() {
        let (sides, question) = html_and_question(&card);
        let tags = tag_string(&card.card.tags);
        let mut hasher = Sha256::new();
        for part in [
            format!("{:?}", card.kind).as_str(),
            &sides.front,
            &sides.back,
            &section.title,
            &tags,
        ] {
            hasher.update(part.as_bytes());
            hasher.update([0x1f]);
        }
        out.push(RenderedCard {
            guid: note_guid(&deck.id, &card.id),
            id: card.id,
            kind: card.kind,
            section: index,
            front: sides.front,
            back: sides.back,
            question,
            tags,
            hash: hex(&hasher.finalize()),
            mtime: 0,
        });
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

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
        pulldown_cmark::html::push_html(
            &mut block,
            sanitize(Parser::new_ext(md, markdown_options())),
        );
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
        fn literal_text_renders_as_the_parser_renders_it(md in super::markdownish()) {
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
            html.contains("<pre><code class=\"language-rust\">"),
            "{html}"
        );
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
}
