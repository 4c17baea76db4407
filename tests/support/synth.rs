//! Synthetic content in deckgen's format, for the crash-safety tests and the benchmark: any
//! number of cards over many sections, with every card kind and a table per section.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// Cards per section (about): keeps sections the size of real ones.
const PER_SECTION: usize = 100;

/// Writes `deck.toml` and section files holding about `cards` flashcards into `dir`.
/// `variant` changes a share of the answers (0: none), to make a second version of the deck.
pub fn write_deck(dir: &Path, cards: usize, variant: u32) {
    fs::create_dir_all(dir).unwrap();
    fs::write(
        dir.join("deck.toml"),
        "id = \"synthetic\"\nname = \"Synthetic Deck\"\ndescription = \"Generated for tests and benchmarks.\"\n",
    )
    .unwrap();
    let sections = cards.div_ceil(PER_SECTION).max(1);
    let mut made = 0;
    for s in 0..sections {
        let n = (cards - made).min(PER_SECTION);
        fs::write(
            dir.join(format!("{s:04}-section-{s}.md")),
            section(s, n, variant),
        )
        .unwrap();
        made += n;
    }
}

/// One section with `n` flashcards: ~8 % table rows (one table), ~12 % cloze, ~15 % reversed,
/// the rest basic.
fn section(s: usize, n: usize, variant: u32) -> String {
    let mut t = String::with_capacity(n * 400);
    let _ = write!(
        t,
        "+++\ntitle = \"Section {s}: partitions, queues and retries\"\ntags = [\"synthetic\", \"group-{}\"]\n+++\n\n\
         - Key point one of section {s}: **ordering** holds per partition.\n\
         - Key point two: acknowledge *after* processing → at-least-once.\n\
         - Key point three: retries need `idempotent` consumers.\n\n",
        s % 7
    );
    let rows = (n * 8 / 100).max(1).min(n);
    let mut i = 0;
    while i < n - rows {
        let id = format!("s{s}-c{i}");
        let changed = variant != 0 && (i + s).is_multiple_of(10);
        let answer_word = if changed {
            format!("revised{variant}")
        } else {
            "original".to_string()
        };
        match i % 20 {
            0..=2 => {
                let _ = write!(
                    t,
                    "## Term {s}.{i} {{#{id} .reverse}}\n\nA {answer_word} definition of term {i} that names its purpose and its cost.\n\n"
                );
            }
            3..=5 => {
                let _ = write!(
                    t,
                    "## Card {s}.{i} hides {{{{c1::the {answer_word} fact}}}} and {{{{c2::a number: {i}}}}}. {{#{id} .cloze}}\n\nExtra text for the back of cloze card {i}.\n\n"
                );
            }
            6 => {
                let _ = write!(
                    t,
                    "## How is step {i} written in code? {{#{id}}}\n\n```python\ndef step_{i}(msg):\n    handle(msg)  # {answer_word}\n    msg.ack()\n```\n\n"
                );
            }
            _ => {
                let _ = write!(
                    t,
                    "## Question {s}.{i}: why does a consumer group rebalance when member {i} leaves? {{#{id}}}\n\n\
                     The {answer_word} answer: the group coordinator reassigns the **partitions** of the member that left, \
                     so that every partition keeps exactly one consumer.\n\n- first consequence for card {i}\n- second consequence\n\n"
                );
            }
        }
        i += 1;
    }
    let _ = write!(
        t,
        "## Comparison table {s} {{#s{s}-table .table}}\n\n| Aspect | Option A | Option B |\n|---|---|---|\n"
    );
    for r in 0..rows {
        let _ = writeln!(
            t,
            "| Aspect {r} | Option A keeps order {r} | Option B scales out {r} |"
        );
    }
    t.push('\n');
    t
}
