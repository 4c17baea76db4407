use super::*;
use crate::diag::{Severity, SourceFile};
use crate::parse::{parse_deck_toml, parse_section};

const DECK: &str = "id = \"d\"\nname = \"D\"\n";

/// Parses and validates in-memory files (`deck.toml` first, then sections).
fn run(sections: &[(&str, &str)]) -> (Option<Deck>, Vec<Diagnostic>, SourceMap) {
    let mut map = SourceMap::new();
    let deck_id = map.add(SourceFile::new("content/deck.toml", DECK.to_string()));
    let ids: Vec<_> = sections
        .iter()
        .map(|(name, text)| map.add(SourceFile::new(format!("content/{name}"), text.to_string())))
        .collect();
    let mut diags = Vec::new();
    let (deck, d) = parse_deck_toml(deck_id, map.get(deck_id));
    diags.extend(d);
    let mut raw = Vec::new();
    for id in ids {
        let (s, d) = parse_section(id, map.get(id));
        diags.extend(d);
        raw.extend(s);
    }
    let deck = validate(deck, raw, &map, &mut diags);
    map.sort(&mut diags);
    (deck, diags, map)
}

fn one(text: &str) -> (Option<Deck>, Vec<Diagnostic>, SourceMap) {
    run(&[("01-a.md", text)])
}

fn section(body: &str) -> String {
    format!("+++\ntitle = \"A\"\n+++\n\n- key point\n\n{body}")
}

/// The kinds of all errors and warnings.
fn kinds(diags: &[Diagnostic]) -> Vec<DiagnosticKind> {
    diags.iter().map(|d| d.kind.clone()).collect()
}

#[track_caller]
fn only(text: &str) -> (DiagnosticKind, String) {
    let (deck, diags, map) = one(text);
    assert_eq!(diags.len(), 1, "expected one diagnostic, got {:#?}", diags);
    if diags[0].is_error() {
        assert!(deck.is_none());
    }
    (diags[0].kind.clone(), map.location(&diags[0].span))
}

#[test]
fn every_kind_of_card() {
    let text = section(
        "## Basic? {#b}\nAnswer.\n\n## Term {#r .reverse}\nDefinition.\n\n\
         ## The {{c1::log}} is {{c2::append-only}}. {#c .cloze}\n\n\
         ## T {#t .table}\n\n| K | V |\n|---|---|\n| One | 1 |\n| Two | 2 |\n\nNote.\n",
    );
    let (deck, diags, _) = one(&text);
    assert!(diags.is_empty(), "{diags:#?}");
    let deck = deck.unwrap();
    let s = &deck.sections[0];
    assert_eq!(s.id.as_str(), "a");
    assert_eq!(s.key_points, "- key point");
    let k: Vec<_> = s.cards.iter().map(|c| c.kind.name()).collect();
    assert_eq!(k, ["basic", "reverse", "cloze", "table"]);
    let CardKind::Table(t) = &s.cards[3].kind else {
        panic!()
    };
    assert_eq!(t.header, ["K", "V"]);
    assert_eq!(t.rows[1].slug.as_str(), "two");
    assert_eq!(s.cards[3].answer, "Note.");
    let ids: Vec<_> = deck.flashcards().map(|f| f.id.to_string()).collect();
    assert_eq!(ids, ["b", "r", "c", "t/one", "t/two"]);
    assert_eq!(*s.cards[0].tags, [Tag::parse("d::a").unwrap()]);
}

#[test]
fn tags_from_front_matter_and_heading_are_merged_and_sorted() {
    let text = "+++\ntitle = \"A\"\ntags = [\"z\", \"kafka\"]\n+++\n## Q {#q tags=x,kafka}\nA\n";
    let (deck, diags, _) = one(text);
    assert!(diags.is_empty(), "{diags:#?}");
    let tags: Vec<_> = deck.unwrap().sections[0].cards[0]
        .tags
        .iter()
        .map(|t| t.to_string())
        .collect();
    assert_eq!(tags, ["d::a", "kafka", "x", "z"]);
}

#[test]
fn section_id_from_front_matter_or_file_name() {
    let (deck, _, _) = run(&[
        (
            "02-kafka-basics.md",
            "+++\ntitle = \"K\"\n+++\n## Q {#q}\nA\n",
        ),
        (
            "03-x.md",
            "+++\ntitle = \"X\"\nid = \"custom\"\n+++\n## Q2 {#q2}\nA\n",
        ),
    ]);
    let ids: Vec<_> = deck
        .unwrap()
        .sections
        .iter()
        .map(|s| s.id.to_string())
        .collect();
    assert_eq!(ids, ["kafka-basics", "custom"]);
    assert_eq!(
        default_section_id("10_Notes Here").unwrap().as_str(),
        "notes-here"
    );
    assert_eq!(default_section_id("42").unwrap().as_str(), "42");
}

#[test]
fn missing_front_matter() {
    let (kind, at) = only("## Q {#q}\nA\n");
    assert_eq!(kind, DiagnosticKind::FrontMatterMissing);
    assert_eq!(at, "content/01-a.md:1:1");
}

#[test]
fn unclosed_front_matter() {
    let (kind, at) = only("+++\ntitle = \"A\"\n## Q {#q}\nA\n");
    assert_eq!(kind, DiagnosticKind::FrontMatterUnclosed);
    assert_eq!(at, "content/01-a.md:1:1");
}

#[test]
fn broken_front_matter_toml() {
    let (kind, at) = only("+++\ntitle = \"A\nid = 3\n+++\n## Q {#q}\nA\n");
    assert!(
        matches!(kind, DiagnosticKind::FrontMatterInvalid { .. }),
        "{kind:?}"
    );
    assert!(at.starts_with("content/01-a.md:2:"), "{at}");
}

#[test]
fn unknown_front_matter_key() {
    let (kind, at) = only("+++\ntitle = \"A\"\nauthor = \"me\"\n+++\n## Q {#q}\nA\n");
    assert!(matches!(kind, DiagnosticKind::UnknownKey { ref key, .. } if key == "author"));
    assert_eq!(at, "content/01-a.md:3:1");
}

#[test]
fn missing_title() {
    let (kind, _) = only("+++\nid = \"a\"\n+++\n## Q {#q}\nA\n");
    assert_eq!(
        kind,
        DiagnosticKind::MissingKey {
            key: "title",
            place: "front matter"
        }
    );
}

#[test]
fn duplicate_section_id_names_both_files() {
    let (_, diags, map) = run(&[
        ("01-a.md", "+++\ntitle = \"A\"\n+++\n## Q {#q}\nA\n"),
        ("02-a.md", "+++\ntitle = \"B\"\n+++\n## Q2 {#q2}\nA\n"),
    ]);
    assert_eq!(
        kinds(&diags),
        [DiagnosticKind::DuplicateSectionId { id: "a".into() }]
    );
    assert!(map.location(&diags[0].span).starts_with("content/02-a.md"));
    assert!(
        map.location(diags[0].related.as_ref().unwrap())
            .starts_with("content/01-a.md")
    );
}

#[test]
fn duplicate_card_id_across_files_names_both_places() {
    let (_, diags, map) = run(&[
        ("01-a.md", "+++\ntitle = \"A\"\n+++\n## Q {#same}\nA\n"),
        (
            "02-b.md",
            "+++\ntitle = \"B\"\n+++\n\n## Other {#same}\nA\n",
        ),
    ]);
    assert_eq!(
        kinds(&diags),
        [DiagnosticKind::DuplicateCardId { id: "same".into() }]
    );
    assert_eq!(map.location(&diags[0].span), "content/02-b.md:5:11");
    assert_eq!(
        map.location(diags[0].related.as_ref().unwrap()),
        "content/01-a.md:4:7"
    );
}

#[test]
fn table_row_ids_collide_with_nothing_else() {
    let text = section("## T {#t .table}\n| A | B |\n|---|---|\n| x | 1 |\n| X | 2 |\n");
    let (kind, at) = only(&text);
    assert_eq!(
        kind,
        DiagnosticKind::DuplicateRowId {
            id: "t/x".into(),
            cut: false
        }
    );
    assert_eq!(at, "content/01-a.md:11:1");
}

#[test]
fn empty_question() {
    let (kind, at) = only(&section("## {#q}\nA\n"));
    assert_eq!(kind, DiagnosticKind::EmptyQuestion);
    assert_eq!(at, "content/01-a.md:7:1");
}

#[test]
fn empty_answer() {
    let (kind, at) = only(&section("## Q {#q}\n\n## R {#r}\nA\n"));
    assert_eq!(kind, DiagnosticKind::EmptyAnswer);
    assert_eq!(at, "content/01-a.md:7:1");
}

#[test]
fn cloze_may_have_an_empty_body() {
    let (deck, diags, _) = one(&section("## A {{c1::b}} {#c .cloze}\n"));
    assert!(diags.is_empty(), "{diags:#?}");
    assert_eq!(deck.unwrap().sections[0].cards[0].answer, "");
}

#[test]
fn cloze_without_deletion() {
    let (kind, at) = only(&section("## No deletion here {#c .cloze}\n"));
    assert_eq!(kind, DiagnosticKind::ClozeWithoutDeletion);
    assert_eq!(at, "content/01-a.md:7:4");
}

#[test]
fn cloze_unbalanced_points_at_the_brace() {
    let (kind, at) = only(&section("## An {{c1::open deletion {#c .cloze}\n"));
    assert!(
        matches!(kind, DiagnosticKind::ClozeUnbalanced { .. }),
        "{kind:?}"
    );
    assert_eq!(at, "content/01-a.md:7:7");
    let (kind, _) = only(&section("## A {{c1::x}}}} {#c .cloze}\n"));
    assert!(
        matches!(kind, DiagnosticKind::ClozeUnbalanced { .. }),
        "{kind:?}"
    );
}

#[test]
fn cloze_malformed() {
    let (kind, _) = only(&section("## A {{x::y}} {#c .cloze}\n"));
    assert!(
        matches!(kind, DiagnosticKind::ClozeMalformed { .. }),
        "{kind:?}"
    );
}

#[test]
fn cloze_syntax_on_a_basic_card_is_a_warning() {
    let (deck, diags, _) = one(&section("## A {{c1::b}} {#q}\nA\n"));
    assert!(deck.is_some());
    assert_eq!(kinds(&diags), [DiagnosticKind::ClozeSyntaxOutsideCloze]);
    assert_eq!(diags[0].severity(), Severity::Warning);
}

#[test]
fn table_without_table() {
    let (kind, at) = only(&section("## T {#t .table}\nJust text.\n"));
    assert_eq!(kind, DiagnosticKind::TableMissing);
    assert_eq!(at, "content/01-a.md:7:1");
}

#[test]
fn table_with_two_tables() {
    let t = "| A | B |\n|---|---|\n| x | 1 |\n";
    let (kind, at) = only(&section(&format!("## T {{#t .table}}\n{t}\n{t}")));
    assert_eq!(kind, DiagnosticKind::TableMultiple { count: 2 });
    assert_eq!(at, "content/01-a.md:12:1");
}

#[test]
fn ragged_table_rows() {
    let (_, diags, map) = one(&section(
        "## T {#t .table}\n| A | B |\n|---|---|\n| x |\n| y | 1 | 2 |\n| z | 3 |\n",
    ));
    assert_eq!(
        kinds(&diags),
        [
            DiagnosticKind::TableRagged {
                expected: 2,
                found: 1
            },
            DiagnosticKind::TableRagged {
                expected: 2,
                found: 3
            }
        ]
    );
    assert_eq!(map.location(&diags[0].span), "content/01-a.md:10:1");
    assert_eq!(map.location(&diags[1].span), "content/01-a.md:11:1");
}

#[test]
fn escaped_pipes_do_not_make_a_row_ragged() {
    let (deck, diags, _) = one(&section(
        "## T {#t .table}\n| A | B |\n|---|---|\n| x \\| y | 1 |\n",
    ));
    assert!(diags.is_empty(), "{diags:#?}");
    assert!(deck.is_some());
}

#[test]
fn table_without_rows_and_empty_first_cell() {
    let (kind, _) = only(&section("## T {#t .table}\n| A | B |\n|---|---|\n"));
    assert_eq!(kind, DiagnosticKind::TableWithoutRows);
    let (kind, _) = only(&section(
        "## T {#t .table}\n| A | B |\n|---|---|\n|  | 1 |\n",
    ));
    assert_eq!(kind, DiagnosticKind::TableEmptyFirstCell);
}

#[test]
fn unknown_kind_class() {
    let (kind, at) = only(&section("## Q {#q .revers}\nA\n"));
    assert_eq!(
        kind,
        DiagnosticKind::UnknownClass {
            class: "revers".into(),
            suggestion: Some("reverse")
        }
    );
    assert_eq!(at, "content/01-a.md:7:10");
}

#[test]
fn two_kinds() {
    let (kind, _) = only(&section("## Q {#q .reverse .cloze}\nA\n"));
    assert!(
        matches!(kind, DiagnosticKind::ConflictingKinds { .. }),
        "{kind:?}"
    );
}

#[test]
fn unknown_attribute() {
    let (kind, _) = only(&section("## Q {#q color=red}\nA\n"));
    assert_eq!(
        kind,
        DiagnosticKind::UnknownAttribute {
            key: "color".into()
        }
    );
}

#[test]
fn tag_with_whitespace_in_front_matter() {
    let (kind, at) =
        only("+++\ntitle = \"A\"\ntags = [\"ok\", \"two words\"]\n+++\n## Q {#q}\nA\n");
    assert!(matches!(kind, DiagnosticKind::InvalidTag { ref tag, .. } if tag == "two words"));
    assert_eq!(at, "content/01-a.md:3:15");
}

#[test]
fn invalid_ids() {
    let (kind, _) = only(&section("## Q {#Bad_Id}\nA\n"));
    assert_eq!(
        kind,
        DiagnosticKind::InvalidId {
            what: "card",
            id: "Bad_Id".into()
        }
    );
    let (kind, _) = only("+++\ntitle = \"A\"\nid = \"has space\"\n+++\n## Q {#q}\nA\n");
    assert_eq!(
        kind,
        DiagnosticKind::InvalidId {
            what: "section",
            id: "has space".into()
        }
    );
}

#[test]
fn missing_id_is_a_warning_with_the_derived_id() {
    let (deck, diags, _) = one(&section("## What is a Topic?\nA\n"));
    assert_eq!(
        kinds(&diags),
        [DiagnosticKind::MissingCardId {
            derived: "what-is-a-topic".into()
        }]
    );
    assert_eq!(
        deck.unwrap().sections[0].cards[0].id.as_str(),
        "what-is-a-topic"
    );
    let (deck, _, _) = one(&section("## The {{c1::log}} {.cloze}\n"));
    assert_eq!(deck.unwrap().sections[0].cards[0].id.as_str(), "the-log");
}

#[test]
fn level_one_heading_is_an_error() {
    let (kind, at) = only(&section("# Title\n\n## Q {#q}\nA\n"));
    assert_eq!(kind, DiagnosticKind::LevelOneHeading);
    assert_eq!(at, "content/01-a.md:7:1");
}

#[test]
fn heading_inside_code_block_is_not_a_card() {
    let (deck, diags, _) = one(&section("## Q {#q}\n```\n## not a card\n```\n"));
    assert!(diags.is_empty(), "{diags:#?}");
    assert_eq!(deck.unwrap().sections[0].cards.len(), 1);
}

#[test]
fn all_errors_are_collected_across_files() {
    let (deck, diags, _) = run(&[
        ("01-a.md", &section("## {#q}\nA\n\n## R {#r .bogus}\nA\n")),
        ("02-b.md", "no front matter\n"),
        ("03-c.md", &section("## C {#c .cloze}\n")),
    ]);
    assert!(deck.is_none());
    assert_eq!(
        diags.iter().filter(|d| d.is_error()).count(),
        4,
        "{diags:#?}"
    );
}

#[test]
fn section_without_cards_is_a_warning() {
    let (deck, diags, _) = one("+++\ntitle = \"A\"\n+++\nJust notes.\n");
    assert!(deck.is_some());
    assert_eq!(kinds(&diags), [DiagnosticKind::SectionWithoutCards]);
}

#[test]
fn a_heading_problem_is_reported_once() {
    // pulldown-cmark also hands `b,` and `reverse` over as attributes without a value; the parser's
    // message about them is the only one.
    for (heading, want) in [
        (
            "## Q2 {#q2 tags=a, b, c}",
            DiagnosticKind::TagsWithSpaces {
                meant: "a,b,c".into(),
            },
        ),
        (
            "## Q5 {#q5 reverse}",
            DiagnosticKind::StrayAttributeWord {
                word: "reverse".into(),
            },
        ),
        ("## Q3 {#q3} {.reverse}", DiagnosticKind::AttributesNotLast),
    ] {
        let (kind, _) = only(&section(&format!("{heading}\nA\n")));
        assert_eq!(kind, want, "{heading}");
    }
}
