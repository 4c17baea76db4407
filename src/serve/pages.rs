//! The preview's HTML pages. Card sides are separate documents (shown in iframes), so that each
//! gets only its note type's CSS, as in Anki, and a phone-width frame triggers the CSS's phone
//! rules; the pages around them use the preview's own style sheet.

use std::fmt::Write as _;

use super::preview::{DeckView, NoteView, SectionView};
use super::routes::CardView;
use super::template::escape_attribute as escape;

/// A whole page: header with navigation and search, then `body`. `generation` lets the page's
/// script reload it when the content changes.
pub fn layout(title: &str, generation: u64, search: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"deckgen-generation\" content=\"{generation}\">\
         <title>{title} · deckgen preview</title>\
         <link rel=\"stylesheet\" href=\"/assets/preview.css\">\
         <script src=\"/assets/preview.js\" defer></script></head>\n<body>\
         <header><a class=\"home\" href=\"/\">deckgen preview</a>\
         <nav><a href=\"/\">Sections</a> <a href=\"/tables\">Tables</a></nav>\
         <form action=\"/search\" method=\"get\" role=\"search\">\
         <input type=\"search\" name=\"q\" value=\"{search}\" placeholder=\"Search questions and answers\">\
         </form>\
         <label><input type=\"checkbox\" id=\"night\"> Night mode</label>\
         <label><input type=\"checkbox\" id=\"phone\"> Phone width</label></header>\n\
         <main>\n{body}\n</main></body></html>\n",
        title = escape(title),
        search = escape(search),
    )
}

/// The index: deck, sections with counts, PDFs (filled in by the script from `/pdfs`).
pub fn index(deck: &DeckView, generation: u64) -> String {
    let mut body = format!(
        "<h1>{}</h1>\n<div class=\"description\">{}</div>\n",
        escape(&deck.name),
        deck.description
    );
    let notes = deck.notes.len();
    let cards: usize = deck.sections.iter().map(|s| s.cards).sum();
    let tables: usize = deck.sections.iter().map(|s| s.tables.len()).sum();
    let _ = writeln!(
        body,
        "<p class=\"totals\">{} · {} in Anki · {}</p>",
        count(notes, "note"),
        count(cards, "card"),
        count(tables, "table")
    );
    if deck.warning_count > 0 {
        let _ = writeln!(
            body,
            "<details class=\"warnings\"><summary>{}</summary><pre>{}</pre></details>",
            count(deck.warning_count, "warning"),
            escape(&deck.warnings)
        );
    }
    body.push_str(
        "<h2>Sections</h2>\n<table class=\"sections\"><thead><tr><th>Section</th><th>id</th>\
         <th>Notes</th><th>Cards</th><th>Tables</th></tr></thead><tbody>\n",
    );
    for s in &deck.sections {
        let _ = writeln!(
            body,
            "<tr><td><a href=\"/section/{id}\">{title}</a></td><td><code>{id}</code></td>\
             <td>{}</td><td>{}</td><td>{}</td></tr>",
            s.notes.len(),
            s.cards,
            s.tables.len(),
            id = escape(&s.id),
            title = s.title,
        );
    }
    body.push_str("</tbody></table>\n<h2>Printable sheets</h2>\n<div id=\"pdfs\" data-src=\"/pdfs\">building the PDFs…</div>\n");
    layout(&deck.name, generation, "", &body)
}

/// The PDF list (an HTML fragment).
pub fn pdf_list(names: &[String]) -> String {
    let mut out = String::from("<ul class=\"pdfs\">\n");
    for name in names {
        let _ = writeln!(out, "<li><a href=\"/pdf/{0}\">{0}</a></li>", escape(name));
    }
    out.push_str("</ul>\n");
    out
}

/// A section: key points, then every note with its cards' front and back.
pub fn section(deck: &DeckView, section: &SectionView, generation: u64) -> String {
    let mut body = format!(
        "<h1>{}</h1>\n<div class=\"key-points\">{}</div>\n",
        section.title, section.key_points
    );
    for index in section.notes.clone() {
        note(&mut body, deck, index);
    }
    layout(
        &super::preview::text_of(&section.title),
        generation,
        "",
        &body,
    )
}

/// One note: its id and kind, then a row of front/back frames per card.
fn note(body: &mut String, deck: &DeckView, index: usize) {
    let Some(n) = deck.notes.get(index) else {
        return;
    };
    let _ = writeln!(
        body,
        "<article class=\"note\" id=\"n{index}\"><h3><span class=\"q\">{}</span> \
         <code>{}</code> <span class=\"kind\">{}</span></h3>",
        n.fields.first().map_or("", |f| f.1.as_str()),
        escape(&n.id),
        n.kind
    );
    for card in &n.cards {
        let _ = writeln!(
            body,
            "<div class=\"card-row\"><div class=\"side\"><div class=\"label\">{t} · front</div>\
             <iframe loading=\"lazy\" title=\"{id} {t} front\" src=\"/card/{index}/{ord}/front\"></iframe></div>\
             <div class=\"side\"><div class=\"label\">{t} · back</div>\
             <iframe loading=\"lazy\" title=\"{id} {t} back\" src=\"/card/{index}/{ord}/back\"></iframe></div></div>",
            t = card.template,
            ord = card.ord,
            id = escape(&n.id),
        );
    }
    body.push_str("</article>\n");
}

/// One card side as a document of its own, the way Anki's reviewer shows it: the note type's CSS,
/// the body classes `card cardN` (and `nightMode night_mode` in night mode). The side's HTML is
/// the `.apkg`'s, untouched: it names media files bare (`<img src="deckgen-….svg">`, as Anki
/// resolves them in its media folder), and the document's `<base href="/media/">` makes the
/// browser fetch them from the preview's media route.
pub fn card_side(deck: &DeckView, view: CardView) -> Option<String> {
    let n: &NoteView = deck.notes.get(view.note)?;
    let card = n.cards.iter().find(|c| c.ord == view.ord)?;
    let css = deck.css.get(n.note_type_index)?;
    let night = if view.night {
        " nightMode night_mode"
    } else {
        ""
    };
    Some(format!(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <base href=\"/media/\"><style>{css}</style></head>\n<body class=\"card card{}{night}\">\n<div id=\"qa\">{}</div>\n</body></html>\n",
        view.ord + 1,
        if view.back { &card.back } else { &card.front },
    ))
}

/// Search results: notes whose question or answer contains every word of `query`.
pub fn search(deck: &DeckView, query: &str, generation: u64) -> String {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let hits: Vec<usize> = if words.is_empty() {
        Vec::new()
    } else {
        (0..deck.notes.len())
            .filter(|&i| words.iter().all(|w| deck.notes[i].search_text.contains(w)))
            .collect()
    };
    let mut body = format!(
        "<h1>Search</h1>\n<p class=\"totals\">{} for “{}”</p>\n",
        count(hits.len(), "note"),
        escape(query)
    );
    for i in hits {
        let n = &deck.notes[i];
        let Some(section) = deck.sections.get(n.section) else {
            continue;
        };
        let _ = writeln!(
            body,
            "<p class=\"hit\"><a href=\"/section/{}#n{i}\">{}</a> <span class=\"in\">in {}</span></p>",
            escape(&section.id),
            n.fields.first().map_or("", |f| f.1.as_str()),
            section.title
        );
        note(&mut body, deck, i);
    }
    layout(&format!("Search: {query}"), generation, query, &body)
}

/// Every comparison table, with a link to its printable sheet.
pub fn tables(deck: &DeckView, generation: u64) -> String {
    let mut body = String::from("<h1>Comparison tables</h1>\n");
    for s in &deck.sections {
        for t in &s.tables {
            let _ = writeln!(
                body,
                "<section class=\"table\" id=\"t-{id}\"><h2>{}</h2><p class=\"in\">in \
                 <a href=\"/section/{sid}\">{}</a> · <a href=\"/pdf/{id}.pdf\">printable sheet</a></p>\
                 <div class=\"table-body\">{}</div></section>",
                t.title,
                s.title,
                t.html,
                id = escape(&t.id),
                sid = escape(&s.id),
            );
        }
    }
    layout("Tables", generation, "", &body)
}

/// The content has errors: the diagnostics exactly as `deckgen check` prints them.
pub fn error(diagnostics: &str, generation: u64) -> String {
    let body = format!(
        "<div class=\"error-page\"><h1>The content has errors</h1>\
         <p>This is what <code>deckgen check</code> says. Fix it and save: the preview comes back \
         by itself.</p>\n<pre class=\"diagnostics\">{}</pre></div>",
        escape(diagnostics)
    );
    layout("Errors", generation, "", &body)
}

/// A 404 page.
pub fn not_found(generation: u64) -> String {
    layout(
        "Not found",
        generation,
        "",
        "<h1>Not found</h1><p><a href=\"/\">Back to the deck</a></p>",
    )
}

fn count(n: usize, what: &str) -> String {
    crate::diag::plural(n, what)
}
