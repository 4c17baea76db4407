//! Property tests: arbitrary text and arbitrary Markdown-shaped content never panic the parser or
//! any exporter, spans stay inside their files, and any deck the validator accepts exports to every
//! format.
//!
//! The default run is short. For a long run, `DECKGEN_PROPTEST_CASES` sets the cases of the parser
//! properties and `DECKGEN_PROPTEST_EXPORT_CASES` those of the property that exports every case to
//! every format (a few milliseconds each, PDFs included):
//! `DECKGEN_PROPTEST_CASES=1000000 DECKGEN_PROPTEST_EXPORT_CASES=50000 cargo test --release --test testsuite properties`.

use deckgen::config::{BuildInfo, Format};
use deckgen::diag::{SourceFile, SourceMap};
use deckgen::export::{ExportContext, exporter_for};
use deckgen::render::render_cards;
use deckgen::source::ContentFiles;
use proptest::prelude::*;
use proptest::test_runner::Config;

/// `DECKGEN_PROPTEST_CASES`, or `default`.
fn cases(default: u32) -> Config {
    cases_from("DECKGEN_PROPTEST_CASES", default)
}

/// The number of cases from environment variable `var`, or `default`.
fn cases_from(var: &str, default: u32) -> Config {
    let n = std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    Config {
        cases: n,
        failure_persistence: None,
        ..Config::default()
    }
}

const DECK_TOML: &str = "id = \"p\"\nname = \"Property Deck\"\n";

/// Parses and validates one section file (and a fixed deck.toml); checks every span.
fn parse(
    text: &str,
) -> (
    SourceMap,
    Option<deckgen::model::Deck>,
    Vec<deckgen::diag::Diagnostic>,
) {
    let mut map = SourceMap::new();
    let deck = map.add(SourceFile::new("content/deck.toml", DECK_TOML.to_string()));
    let section = map.add(SourceFile::new("content/01-s.md", text.to_string()));
    let files = ContentFiles {
        deck: Some(deck),
        sections: vec![section],
    };
    let mut diags = Vec::new();
    let result = deckgen::parse_and_validate(&map, &files, &mut diags);
    for d in &diags {
        for span in std::iter::once(&d.span).chain(&d.related) {
            let len = map.get(span.file).text.len();
            if let Some(r) = &span.range {
                assert!(
                    r.start <= r.end && r.end <= len,
                    "span {r:?} outside 0..{len}: {d:?}"
                );
            }
        }
    }
    // Rendering every diagnostic must not panic either.
    let _ = map.render_all(&diags);
    (map, result, diags)
}

/// Exports a deck to every format in memory.
fn export_all(deck: &deckgen::model::Deck) {
    let options = crate::util::build_options(&Format::ALL);
    let mut cards = render_cards(deck).cards;
    for c in &mut cards {
        c.mtime = 1_700_000_000;
    }
    let cx = ExportContext {
        deck,
        options: &options,
        build: BuildInfo {
            timestamp: 1_700_000_000,
            note_types_mtime: 1_700_000_000,
        },
        cards: &cards,
    };
    for format in Format::ALL {
        let exporter = exporter_for(format);
        let rendered = exporter.render(&cx);
        let rendered =
            rendered.unwrap_or_else(|e| panic!("{format:?} failed on a valid deck: {e}"));
        assert!(!rendered.artifacts.is_empty(), "{format:?} wrote nothing");
        // What an exporter writes is exactly what it declares (the build relies on it).
        let mut declared: Vec<_> = exporter.outputs(&cx).into_iter().map(|o| o.path).collect();
        declared.sort();
        let written: Vec<_> = rendered.artifacts.iter().map(|a| a.path.clone()).collect();
        assert_eq!(declared, written, "{format:?}");
    }
}

/// Inline text with the characters that matter to deckgen's syntax.
fn inline() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-Z0-9 ]{1,12}",
        Just("{{c1::".to_string()),
        Just("}}".to_string()),
        Just("{{c2::x::hint}}".to_string()),
        Just("`code`".to_string()),
        Just("**bold**".to_string()),
        Just("*".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("|".to_string()),
        Just("\\|".to_string()),
        Just("<b>".to_string()),
        Just("&amp;".to_string()),
        Just("→ ≥ — ‘’ é 漢 🙂".to_string()),
        Just("[link](javascript:x)".to_string()),
        Just("![img](a.png)".to_string()),
        Just("#".to_string()),
        Just("\t".to_string()),
    ];
    prop::collection::vec(piece, 0..6).prop_map(|v| v.concat())
}

/// A heading attribute block.
fn attrs() -> impl Strategy<Value = String> {
    let id = prop_oneof![
        Just(String::new()),
        "[a-z][a-z0-9-]{0,8}".prop_map(|s| format!("#{s}")),
        Just("#Bad_Id".to_string()),
        Just("#dup".to_string()),
    ];
    let class = prop_oneof![
        Just(String::new()),
        Just(".reverse".to_string()),
        Just(".cloze".to_string()),
        Just(".table".to_string()),
        Just(".bogus".to_string()),
        Just(".reverse .cloze".to_string()),
    ];
    let extra = prop_oneof![
        Just(String::new()),
        Just("tags=a,b".to_string()),
        Just("tags=::x".to_string()),
        Just("k=v".to_string()),
    ];
    (any::<bool>(), id, class, extra).prop_map(|(present, id, class, extra)| {
        if present {
            format!(" {{{id} {class} {extra}}}")
        } else {
            String::new()
        }
    })
}

/// A Markdown block for a card body.
fn block() -> impl Strategy<Value = String> {
    prop_oneof![
        inline().prop_map(|t| format!("{t}\n")),
        prop::collection::vec(inline(), 1..4)
            .prop_map(|items| items.iter().map(|i| format!("- {i}\n")).collect()),
        (
            1usize..4,
            prop::collection::vec(prop::collection::vec(inline(), 1..4), 0..4)
        )
            .prop_map(|(cols, rows)| {
                let mut t = format!("|{}\n|{}\n", " h |".repeat(cols), "---|".repeat(cols));
                for r in rows {
                    t.push('|');
                    for c in r {
                        t.push_str(&format!(" {} |", c.replace('|', "\\|")));
                    }
                    t.push('\n');
                }
                t
            }),
        inline().prop_map(|t| format!("```\n## {t}\n```\n")),
        inline().prop_map(|t| format!("```\nunclosed {t}\n")),
        inline().prop_map(|t| format!("> {t}\n>> {t}\n")),
        inline().prop_map(|t| format!("### {t}\n")),
        inline().prop_map(|t| format!("# {t}\n")),
        Just("<div>html</div>\n".to_string()),
    ]
}

/// A whole section file, usually with valid front matter.
fn section() -> impl Strategy<Value = String> {
    let front = prop_oneof![
        8 => Just("+++\ntitle = \"S\"\ntags = [\"t\"]\n+++\n".to_string()),
        1 => Just("+++\ntitle = \"S\"\n".to_string()),
        1 => Just("+++\ntitle = 3\n+++\n".to_string()),
        1 => Just(String::new()),
    ];
    let card = (inline(), attrs(), prop::collection::vec(block(), 0..4))
        .prop_map(|(q, a, body)| format!("## {q}{a}\n\n{}\n", body.join("\n")));
    (
        front,
        prop::collection::vec(block(), 0..3),
        prop::collection::vec(card, 0..6),
        any::<bool>(),
    )
        .prop_map(|(front, key_points, cards, crlf)| {
            let text = format!("{front}\n{}\n{}", key_points.join(""), cards.join("\n"));
            if crlf {
                text.replace('\n', "\r\n")
            } else {
                text
            }
        })
}

proptest! {
    #![proptest_config(cases(512))]

    #[test]
    fn arbitrary_text_never_panics_the_parser(text in any::<String>(), with_front in any::<bool>()) {
        let text = if with_front { format!("+++\ntitle = \"x\"\n+++\n{text}") } else { text };
        parse(&text);
    }

    #[test]
    fn line_col_round_trips(text in any::<String>(), at in any::<prop::sample::Index>()) {
        let file = SourceFile::new("f", text.clone());
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let offset = boundaries[at.index(boundaries.len())];
        let (line, col) = file.line_col(offset);
        prop_assert_eq!(file.offset_of(line, col), Some(offset));
    }
}

proptest! {
    #![proptest_config(cases(64))]

    #[test]
    fn markdown_shaped_content_never_panics_and_valid_decks_export_everywhere(text in section()) {
        let (_, deck, diags) = parse(&text);
        let errors = diags.iter().filter(|d| d.is_error()).count();
        match deck {
            Some(deck) => export_all(&deck),
            None => prop_assert!(errors > 0, "no deck but no error either"),
        }
    }
}

/// Inline text that keeps a card valid (no cloze braces, no images).
fn safe_inline() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-Z0-9 ]{1,12}",
        Just("`code`".to_string()),
        Just("**bold** *it*".to_string()),
        Just("a \\| c".to_string()),
        Just("<b>raw</b>".to_string()),
        Just("&amp; < >".to_string()),
        Just("→ ≥ — ‘’ é 漢 🙂 \u{200b}".to_string()),
        Just("[link](javascript:x) [ok](https://example.com)".to_string()),
        Just("{ braces }".to_string()),
    ];
    prop::collection::vec(piece, 1..5).prop_map(|v| format!("x{}", v.concat()))
}

/// A section the validator must accept: unique ids, every kind well formed, arbitrary text inside.
fn valid_section() -> impl Strategy<Value = String> {
    let body_block = prop_oneof![
        safe_inline().prop_map(|t| format!("{t}\n")),
        prop::collection::vec(safe_inline(), 1..4).prop_map(|items| items
            .iter()
            .map(|i| format!("- {i}\n  - nested {i}\n"))
            .collect()),
        safe_inline().prop_map(|t| format!("```rust\nfn x() {{}} // {t}\n## not a card\n```\n")),
        safe_inline().prop_map(|t| format!("> {t}\n")),
        safe_inline()
            .prop_map(|t| format!("| a | b |\n|---|---|\n| {} | 1 |\n", t.replace('|', "/"))),
    ];
    let card = (
        0u8..4,
        safe_inline(),
        safe_inline(),
        prop::collection::vec(body_block, 1..4),
        1usize..5,
        2usize..5,
    );
    prop::collection::vec(card, 1..8).prop_map(|cards| {
        let mut text =
            String::from("+++\ntitle = \"Valid\"\ntags = [\"p\"]\n+++\n\n- key point\n\n");
        for (i, (kind, q, word, body, rows, cols)) in cards.into_iter().enumerate() {
            let body = body.join("\n");
            match kind {
                0 => text.push_str(&format!("## {q} {{#c{i}}}\n\n{body}\n")),
                1 => text.push_str(&format!("## {q} {{#c{i} .reverse}}\n\n{body}\n")),
                2 => text.push_str(&format!(
                    "## {q} {{{{c1::{}}}}} and {{{{c2::two::hint}}}} {{#c{i} .cloze}}\n\n{body}\n",
                    word.replace('`', "")
                )),
                _ => {
                    text.push_str(&format!(
                        "## {q} {{#c{i} .table}}\n\n|{}\n|{}\n",
                        " h |".repeat(cols),
                        "---|".repeat(cols)
                    ));
                    let cell = word.replace('|', "/");
                    for r in 0..rows {
                        text.push_str(&format!(
                            "| row {r} {cell} |{}\n",
                            format!(" {cell} |").repeat(cols - 1)
                        ));
                    }
                    text.push_str("\nA note under the table.\n\n");
                }
            }
        }
        text
    })
}

proptest! {
    #![proptest_config(cases_from("DECKGEN_PROPTEST_EXPORT_CASES", 48))]

    #[test]
    fn any_accepted_deck_exports_to_every_format(text in valid_section()) {
        let (map, deck, diags) = parse(&text);
        let deck = deck.unwrap_or_else(|| panic!("{}\n{text}", map.render_all(&diags)));
        prop_assert!(deck.flashcard_count() > 0);
        export_all(&deck);
    }
}

/// Found by the long property run (case 96,906): a heading `## # {#id}` passed validation, but its
/// question rendered as an empty heading (`#` read as a closing sequence), which the .apkg writer
/// refused.
#[test]
fn regression_lone_hash_question_exports() {
    let text = "+++\ntitle = \"S\"\ntags = [\"t\"]\n+++\n\n\n## #\t {#dup  }\n\n- \n\n";
    let (_, deck, diags) = parse(text);
    let deck = deck.unwrap_or_else(|| panic!("{diags:?}"));
    export_all(&deck);
}

/// The kinds of the diagnostics found in `text`.
fn kinds(text: &str) -> Vec<deckgen::diag_kind::DiagnosticKind> {
    parse(text).2.into_iter().map(|d| d.kind).collect()
}

const FRONT: &str = "+++\ntitle = \"S\"\n+++\n\n";

proptest! {
    #![proptest_config(cases(256))]

    /// Issue 21 item 5: a heading's `{...}` block is understood whole or rejected: a second id is
    /// an error, tags separated by anything but a bare comma are an error that says what was
    /// meant, and a well-formed block gives the card exactly its id and tags.
    #[test]
    fn heading_attributes_are_understood_whole_or_rejected(
        id in "[a-z][a-z0-9-]{0,10}",
        second in prop::option::of("[a-z][a-z0-9]{0,5}"),
        reverse in any::<bool>(),
        tags in prop::collection::btree_set("[a-z][a-z0-9]{0,5}", 0..4),
        sep in prop_oneof![Just(","), Just(" "), Just(", "), Just(" ,")],
    ) {
        use deckgen::diag_kind::DiagnosticKind as K;
        let tags: Vec<String> = tags.into_iter().collect();
        let mut block = format!("#{id}");
        if let Some(s) = &second { block.push_str(&format!(" #{s}")); }
        if reverse { block.push_str(" .reverse"); }
        if !tags.is_empty() { block.push_str(&format!(" tags={}", tags.join(sep))); }
        let text = format!("{FRONT}## Question {{{block}}}\n\nAnswer.\n");
        let (_, deck, diags) = parse(&text);
        let found: Vec<K> = diags.iter().map(|d| d.kind.clone()).collect();
        let spaced = tags.len() > 1 && sep != ",";
        prop_assert_eq!(
            found.iter().any(|k| matches!(k, K::TwoIds { .. })),
            second.is_some(),
            "{:?}", found
        );
        prop_assert_eq!(
            found.contains(&K::TagsWithSpaces { meant: tags.join(",") }),
            spaced,
            "{:?}", found
        );
        if second.is_none() && !spaced {
            let deck = deck.unwrap_or_else(|| panic!("{found:?}\n{text}"));
            let card = &deck.sections[0].cards[0];
            prop_assert_eq!(card.id.as_str(), id.as_str());
            for t in &tags {
                prop_assert!(card.tags.iter().any(|c| c.as_str() == t), "{} not in {:?}", t, card.tags);
            }
        } else {
            prop_assert!(deck.is_none());
        }
    }

    /// Issue 21 item 3: in a cloze deletion, `::` inside a code span is text; outside code the first
    /// `::` starts the hint and a second is an error.
    #[test]
    fn cloze_double_colons_are_text_in_code_and_a_second_one_elsewhere_is_an_error(
        parts in prop::collection::vec("[a-z]{1,5}", 1..5),
        in_code in any::<bool>(),
    ) {
        use deckgen::diag_kind::DiagnosticKind as K;
        let hidden = parts.join("::");
        let deletion = if in_code { format!("`{hidden}`") } else { hidden.clone() };
        let text = format!("{FRONT}## Use {{{{c1::{deletion}}}}} here {{#c .cloze}}\n");
        let found = kinds(&text);
        let extra = found.contains(&K::ClozeExtraSeparator);
        prop_assert_eq!(extra, !in_code && parts.len() > 2, "{:?}", found);
        if !extra {
            let cloze = format!("{{{{c1::{deletion}}}}}");
            let segments = deckgen::cloze::parse_cloze(&cloze).unwrap();
            let deckgen::cloze::Segment::Deletion { answer, hint, .. } = &segments[0] else {
                panic!("{segments:?}");
            };
            if in_code {
                prop_assert_eq!(*answer, deletion.as_str());
                prop_assert!(hint.is_none());
            } else {
                prop_assert_eq!(*answer, parts[0].as_str());
                prop_assert_eq!(hint.is_some(), parts.len() == 2);
            }
        }
    }

    /// Issue 21 item 9: rows whose long first cells share a beginning either get distinct ids or
    /// are an error that says the cut made them collide; a row with `{#id}` in its first cell gets
    /// that id, and the others keep the id made from their cell.
    #[test]
    fn table_row_ids_never_collide_silently(
        stem in "[a-z]{3,8}( [a-z]{3,8}){12,16}",
        tails in prop::collection::btree_set("[a-z]{1,6}", 2..5),
        explicit in any::<prop::sample::Index>(),
    ) {
        use deckgen::diag_kind::DiagnosticKind as K;
        use deckgen::model::{CardKind, Slug};
        let tails: Vec<String> = tails.into_iter().collect();
        let pick = explicit.index(tails.len() + 1);
        let mut table = String::from("## T {#t .table}\n\n| A | B |\n|---|---|\n");
        for (i, tail) in tails.iter().enumerate() {
            let id = if i == pick { format!(" {{#row-{i}}}") } else { String::new() };
            table.push_str(&format!("| {stem} {tail}{id} | {i} |\n"));
        }
        let (_, deck, diags) = parse(&format!("{FRONT}{table}"));
        let derived: Vec<Slug> = tails
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != pick)
            .map(|(_, t)| Slug::from_text(&format!("{stem} {t}")).unwrap())
            .collect();
        let mut unique = derived.clone();
        unique.sort();
        unique.dedup();
        if unique.len() == derived.len() {
            let deck = deck.unwrap_or_else(|| panic!("{diags:?}"));
            let CardKind::Table(t) = &deck.sections[0].cards[0].kind else { panic!() };
            for (i, row) in t.rows.iter().enumerate() {
                if i == pick {
                    prop_assert_eq!(row.slug.as_str(), format!("row-{i}"));
                    prop_assert!(!row.first_cell().contains('{'), "{}", row.first_cell());
                } else {
                    let want = Slug::from_text(&format!("{stem} {}", tails[i]));
                    prop_assert_eq!(Some(&row.slug), want.as_ref());
                }
            }
        } else {
            prop_assert!(deck.is_none());
            prop_assert!(
                diags.iter().any(|d| matches!(d.kind, K::DuplicateRowId { cut: true, .. })),
                "{:?}", diags
            );
        }
    }
}

proptest! {
    #![proptest_config(cases(256))]

    /// Issue 21 item 6: a card heading typed without the space after `##`, anywhere in an answer
    /// (after a paragraph, a list or at the start), is reported, and with the space it is a card.
    #[test]
    fn a_heading_without_its_space_is_never_silently_text(
        question in "[A-Za-z][A-Za-z0-9 ?]{0,20}",
        before in prop_oneof![Just(""), Just("Answer one.\n"), Just("- item\n"), Just("> quote\n")],
        space in any::<bool>(),
    ) {
        use deckgen::diag_kind::DiagnosticKind as K;
        let hashes = if space { "## " } else { "##" };
        let text = format!("{FRONT}## First {{#first}}\n\n{before}{hashes}{question} {{#second}}\nAnswer two.\n");
        let (_, deck, diags) = parse(&text);
        let reported = diags.iter().any(|d| matches!(d.kind, K::HeadingWithoutSpace { .. }));
        prop_assert_eq!(reported, !space, "{:?}", diags);
        if space && !before.is_empty() {
            let deck = deck.unwrap_or_else(|| panic!("{diags:?}\n{text}"));
            prop_assert_eq!(deck.sections[0].cards.len(), 2);
        }
    }
}
