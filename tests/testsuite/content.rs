//! The shipped deck in `content/`: clean, complete and shaped for study (issue: the shipped deck).

use deckgen::model::{CardKind, Deck};

use crate::util::{self, deckgen};

fn shipped_deck() -> Deck {
    let loaded = deckgen::load(&util::root().join("content")).unwrap();
    assert!(
        loaded.diagnostics.is_empty(),
        "{}",
        loaded.map.render_all(&loaded.diagnostics)
    );
    loaded.deck.unwrap()
}

#[test]
fn check_is_clean_without_warnings() {
    let run = deckgen(&util::root(), &["check"]);
    run.expect_code(0).expect_stdout("ok: 12 sections");
    assert_eq!(run.stderr, "", "no warnings");
}

#[test]
fn list_shows_every_section() {
    let run = deckgen(&util::root(), &["list"]);
    run.expect_code(0);
    for id in [
        "fundamentals",
        "kafka-architecture",
        "kafka-patterns",
        "rabbitmq-concepts",
        "rabbitmq-patterns",
        "event-driven",
        "delivery-guarantees",
        "error-handling",
        "cloud-services",
        "other-brokers",
        "production",
        "choosing",
    ] {
        assert!(
            run.stdout.lines().any(|l| l.starts_with(&format!("{id} "))),
            "{id}\n{}",
            run.stdout
        );
    }
}

#[test]
fn at_least_200_cards_with_every_kind() {
    let deck = shipped_deck();
    assert!(deck.flashcard_count() >= 200, "{}", deck.flashcard_count());
    let kinds = |k: &str| {
        deck.sections
            .iter()
            .flat_map(|s| &s.cards)
            .filter(|c| c.kind.name() == k)
            .count()
    };
    for k in ["basic", "reverse", "cloze", "table"] {
        assert!(kinds(k) >= 10, "{k}: {}", kinds(k));
    }
}

#[test]
fn every_card_has_an_explicit_id() {
    // Any heading without `{#id}` would be a `MissingCardId` warning, which the load rejects above;
    // check the source as well, so that the test does not depend on that warning existing.
    for entry in std::fs::read_dir(util::root().join("content")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            let text = std::fs::read_to_string(&path).unwrap();
            let mut in_code = false;
            for (n, line) in text.lines().enumerate() {
                if line.starts_with("```") {
                    in_code = !in_code;
                }
                if !in_code && line.starts_with("## ") {
                    assert!(line.contains("{#"), "{}:{}: {line}", path.display(), n + 1);
                }
            }
        }
    }
    shipped_deck();
}

#[test]
fn named_comparison_tables_exist_with_five_rows_or_more() {
    let deck = shipped_deck();
    let tables: Vec<(String, usize)> = deck
        .sections
        .iter()
        .flat_map(|s| s.tables())
        .map(|(card, table)| (card.id.to_string(), table.rows.len()))
        .collect();
    for id in ["delivery-guarantees", "kafka-vs-rabbitmq", "sqs-vs-kinesis"] {
        let rows = tables.iter().find(|(t, _)| t == id).map(|(_, r)| *r);
        assert!(rows.is_some_and(|r| r >= 5), "{id}: {rows:?}");
    }
    assert!(tables.len() >= 8, "at least five more tables: {tables:?}");
}

#[test]
fn every_section_has_key_points_and_eight_cards() {
    for s in shipped_deck().sections {
        let bullets = s.key_points.lines().filter(|l| l.starts_with("- ")).count();
        assert!((3..=8).contains(&bullets), "{}: {bullets} key points", s.id);
        let cards = s
            .cards
            .iter()
            .filter(|c| !matches!(c.kind, CardKind::Table(_)))
            .count();
        assert!(cards >= 8, "{}: {cards} cards", s.id);
    }
}

/// The answer's words outside ` ```mermaid ` fences: a diagram is a picture of the answer, not
/// words to recall (code blocks still count).
fn answer_words(answer: &str) -> usize {
    let mut in_diagram = false;
    let mut words = 0;
    for line in answer.lines() {
        let fence = line.trim_start();
        if !in_diagram && fence.starts_with("```mermaid") {
            in_diagram = true;
        } else if in_diagram && fence.starts_with("```") {
            in_diagram = false;
        } else if !in_diagram {
            words += line.split_whitespace().count();
        }
    }
    words
}

#[test]
fn answer_words_skip_diagrams_only() {
    let answer =
        "Two words.\n\n```mermaid\nflowchart TD\n    A --> B\n```\n\n```sql\nSELECT 1;\n```";
    assert_eq!(answer_words(answer), 2 + 4);
}

#[test]
fn answers_are_atomic() {
    let deck = shipped_deck();
    let mut words: Vec<usize> = deck
        .sections
        .iter()
        .flat_map(|s| &s.cards)
        .filter(|c| matches!(c.kind, CardKind::Basic | CardKind::Reverse))
        .map(|c| answer_words(&c.answer))
        .collect();
    words.sort_unstable();
    let median = words[words.len() / 2];
    assert!(median <= 30, "median answer {median} words");
    assert!(
        *words.last().unwrap() <= 45,
        "longest answer {} words",
        words.last().unwrap()
    );
}

/// Every card id of the first edition (`id kind`, one a line), table cards included.
const FIRST_EDITION: &str = include_str!("../fixtures/first-edition-card-ids.txt");

#[test]
fn kept_card_ids_keep_their_kind() {
    // Anki skips a note whose GUID comes back under another note type, so an id may be dropped but
    // never reused for a card of another kind.
    let deck = shipped_deck();
    let now: std::collections::HashMap<&str, &str> = deck
        .sections
        .iter()
        .flat_map(|s| &s.cards)
        .map(|c| (c.id.as_str(), c.kind.name()))
        .collect();
    let mut kept = 0;
    for line in FIRST_EDITION.lines().filter(|l| !l.is_empty()) {
        let (id, kind) = line.split_once(' ').unwrap();
        if let Some(&k) = now.get(id) {
            assert_eq!(k, kind, "{id} changed kind");
            kept += 1;
        }
    }
    assert!(kept >= 200, "only {kept} first-edition ids kept");
}

/// The cards that carry the deck's diagrams (issue 17: the seeds' four and at least six more).
const DIAGRAM_CARDS: &[&str] = &[
    // the seeds' four: pub/sub fan-out, at-most/at-least-once, choreographed saga, DLQ
    "mq-queue-vs-topic",
    "delivery-ack-timing",
    "err-saga",
    "err-dlq-purpose",
    // and more
    "delivery-transactional-outbox",
    "kafka-consumer-group",
    "kafka-rebalance-triggers",
    "rmq-amqp-model",
    "eda-cqrs",
    "err-compensation-semantic-undo",
    "err-dlq-redrive",
    "err-saga-choreography-vs-orchestration",
];

#[test]
fn diagrams_sit_on_their_cards_after_a_text_answer() {
    let deck = shipped_deck();
    let cards: Vec<_> = deck.sections.iter().flat_map(|s| &s.cards).collect();
    for id in DIAGRAM_CARDS {
        let card = cards.iter().find(|c| c.id.as_str() == *id);
        let card = card.unwrap_or_else(|| panic!("no card {id}"));
        let at = card.answer.find("```mermaid");
        let at = at.unwrap_or_else(|| panic!("{id}: no diagram"));
        // Cloze cards' extra may be the diagram alone; other cards answer in words first.
        if !matches!(card.kind, CardKind::Cloze) {
            assert!(
                answer_words(&card.answer[..at]) >= 5,
                "{id}: text answer first"
            );
        }
    }
    let diagrams = cards
        .iter()
        .map(|c| c.answer.matches("```mermaid").count())
        .sum::<usize>();
    assert!(diagrams >= 10, "{diagrams} diagrams");
}

#[test]
fn code_blocks_name_their_language() {
    // A bare fence or ```text renders as plain code; the deck's configuration and client code is
    // highlighted, so every fence names a language.
    for card in shipped_deck().sections.iter().flat_map(|s| &s.cards) {
        let mut open = false;
        for line in card.answer.lines() {
            if let Some(info) = line.trim_start().strip_prefix("```") {
                if !open {
                    let lang = info.trim();
                    assert!(
                        !lang.is_empty() && lang != "text",
                        "{}: a code block without a language",
                        card.id
                    );
                }
                open = !open;
            }
        }
    }
}
