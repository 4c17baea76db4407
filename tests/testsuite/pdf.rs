//! The PDF exporter (issue: printable PDFs): every produced file parses, has the requested paper
//! size, embeds subset fonts, keeps its text on the page, passes `qpdf --check`; the comparison
//! sheets hold every cell in reading order; flashcard backs sit behind their fronts.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use deckgen::model::CardKind;
use deckgen::render::inline_to_plain;
use lopdf::content::Content;
use lopdf::{Document, Object, ObjectId};

use crate::util::{self, deckgen};

/// Points per millimetre.
const MM: f32 = 72.0 / 25.4;
const A4: (f32, f32) = (595.28, 841.89);
const LETTER: (f32, f32) = (612.0, 792.0);

/// Builds the PDFs of the content in `dir` and returns the `pdf/` output folder.
#[track_caller]
fn build(dir: &Path, extra: &[&str]) -> (PathBuf, util::Run) {
    let mut args = vec!["build", "--format", "pdf"];
    args.extend_from_slice(extra);
    let run = deckgen(dir, &args);
    run.expect_code(0);
    (dir.join("output/pdf"), run)
}

fn pdfs(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = util::snapshot(dir)
        .into_keys()
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .map(|p| dir.join(p))
        .collect();
    out.sort();
    out
}

fn load(path: &Path) -> Document {
    Document::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn resolve<'a>(doc: &'a Document, obj: &'a Object) -> &'a Object {
    match obj {
        Object::Reference(id) => doc.get_object(*id).unwrap(),
        other => other,
    }
}

fn number(obj: &Object) -> f32 {
    match obj {
        Object::Integer(i) => *i as f32,
        Object::Real(r) => *r,
        other => panic!("not a number: {other:?}"),
    }
}

fn page_size(doc: &Document, page: ObjectId) -> (f32, f32) {
    let dict = doc.get_dictionary(page).unwrap();
    let b: Vec<f32> = resolve(doc, dict.get(b"MediaBox").unwrap())
        .as_array()
        .unwrap()
        .iter()
        .map(number)
        .collect();
    (b[2] - b[0], b[3] - b[1])
}

#[track_caller]
fn assert_size(actual: (f32, f32), portrait: (f32, f32), what: &str) {
    let close = |a: (f32, f32), b: (f32, f32)| (a.0 - b.0).abs() < 0.5 && (a.1 - b.1).abs() < 0.5;
    assert!(
        close(actual, portrait) || close(actual, (portrait.1, portrait.0)),
        "{what}: page is {actual:?}, expected {portrait:?} or its landscape"
    );
}

/// A piece of shown text with its position and width in points.
#[derive(Debug, Clone)]
struct Run {
    x: f32,
    y: f32,
    width: f32,
    size: f32,
    text: String,
}

/// Glyph widths (1/1000 em) of a CID font from its `/W` array.
fn cid_widths(doc: &Document, font: &lopdf::Dictionary) -> BTreeMap<u32, f32> {
    let mut widths = BTreeMap::new();
    let descendants = resolve(doc, font.get(b"DescendantFonts").unwrap())
        .as_array()
        .unwrap();
    let cid = resolve(doc, &descendants[0]).as_dict().unwrap();
    let w = resolve(doc, cid.get(b"W").unwrap()).as_array().unwrap();
    let mut i = 0;
    while i < w.len() {
        let first = number(&w[i]) as u32;
        match resolve(doc, &w[i + 1]) {
            Object::Array(list) => {
                for (k, v) in list.iter().enumerate() {
                    widths.insert(first + k as u32, number(v));
                }
                i += 2;
            }
            last => {
                for c in first..=number(last) as u32 {
                    widths.insert(c, number(&w[i + 2]));
                }
                i += 3;
            }
        }
    }
    widths
}

/// Interprets a page's text operators: every `Tj`/`TJ` string with where it starts and how wide
/// it is (from the embedded font's `/W` widths), decoded through the font's ToUnicode map.
fn runs(doc: &Document, page: ObjectId) -> Vec<Run> {
    let fonts = doc.get_page_fonts(page).unwrap();
    let mut info = BTreeMap::new();
    for (name, font) in &fonts {
        info.insert(
            name.clone(),
            (font.get_font_encoding(doc).unwrap(), cid_widths(doc, font)),
        );
    }
    let content = Content::decode(&doc.get_page_content(page)).unwrap();
    let (mut x, mut y, mut line_x, mut line_y) = (0.0f32, 0.0f32, 0.0f32, 0.0f32);
    let mut font: Option<Vec<u8>> = None;
    let mut size = 0.0f32;
    let mut out = Vec::new();
    for op in &content.operations {
        match op.operator.as_str() {
            "BT" => (x, y, line_x, line_y) = (0.0, 0.0, 0.0, 0.0),
            "Td" => {
                line_x += number(&op.operands[0]);
                line_y += number(&op.operands[1]);
                (x, y) = (line_x, line_y);
            }
            "Tm" => {
                line_x = number(&op.operands[4]);
                line_y = number(&op.operands[5]);
                (x, y) = (line_x, line_y);
            }
            "Tf" => {
                font = Some(op.operands[0].as_name().unwrap().to_vec());
                size = number(&op.operands[1]);
            }
            "Tj" | "TJ" => {
                let (encoding, widths) = &info[font.as_ref().expect("Tf before text")];
                let items: Vec<&Object> = match &op.operands[0] {
                    Object::Array(a) => a.iter().collect(),
                    other => vec![other],
                };
                for item in items {
                    match item {
                        Object::String(bytes, _) => {
                            let units: f32 = bytes
                                .chunks(2)
                                .map(|c| {
                                    let code = u32::from(c[0]) << 8 | u32::from(c[1]);
                                    *widths.get(&code).unwrap_or_else(|| {
                                        panic!("glyph code {code} has no width in /W")
                                    })
                                })
                                .sum();
                            let width = units / 1000.0 * size;
                            out.push(Run {
                                x,
                                y,
                                width,
                                size,
                                text: encoding.bytes_to_string(bytes).unwrap(),
                            });
                            x += width;
                        }
                        other => x -= number(other) / 1000.0 * size,
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Checks one file: it parses, pages have the paper size, fonts are embedded subsets, and every
/// piece of text lies inside the page at least 12 mm from its edges.
#[track_caller]
fn check_pdf(path: &Path, paper: (f32, f32)) {
    let doc = load(path);
    let pages = doc.get_pages();
    assert!(!pages.is_empty(), "{}: no pages", path.display());
    let margin = 12.0 * MM - 0.5;
    for (n, id) in &pages {
        let (w, h) = page_size(&doc, *id);
        assert_size((w, h), paper, &format!("{} page {n}", path.display()));
        for (name, font) in doc.get_page_fonts(*id).unwrap() {
            let base = font.get(b"BaseFont").unwrap().as_name().unwrap();
            let base = String::from_utf8_lossy(base);
            let tag = base.split('+').next().unwrap();
            assert!(
                base.contains('+') && tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
                "{}: font {} is not a subset ({base})",
                path.display(),
                String::from_utf8_lossy(&name)
            );
            assert!(base.contains("DejaVu"), "{base}");
            let descendants = resolve(&doc, font.get(b"DescendantFonts").unwrap())
                .as_array()
                .unwrap();
            let cid = resolve(&doc, &descendants[0]).as_dict().unwrap();
            let descriptor = resolve(&doc, cid.get(b"FontDescriptor").unwrap())
                .as_dict()
                .unwrap();
            let file = resolve(
                &doc,
                descriptor.get(b"FontFile2").expect("FontFile2 embedded"),
            );
            let mut stream = file.as_stream().unwrap().clone();
            if stream.dict.get(b"Filter").is_ok() {
                stream.decompress().expect("the font program decompresses");
            }
            assert!(
                !stream.content.is_empty() && stream.content.len() < 200_000,
                "{}: {base} embeds {} bytes: not a subset",
                path.display(),
                stream.content.len()
            );
            let program = &stream.content;
            let tables: Vec<&[u8]> = (0..usize::from(u16::from_be_bytes([program[4], program[5]])))
                .map(|i| &program[12 + 16 * i..16 + 16 * i])
                .collect();
            for hinting in [b"cvt ", b"fpgm", b"prep"] {
                assert!(
                    !tables.contains(&&hinting[..]),
                    "{}: {base} embeds hinting ({})",
                    path.display(),
                    String::from_utf8_lossy(hinting)
                );
            }
            let copyright: Vec<u8> = "Copyright (c) 2003 by Bitstream"
                .encode_utf16()
                .flat_map(u16::to_be_bytes)
                .collect();
            assert!(
                program.windows(copyright.len()).any(|w| w == copyright),
                "{}: {base} lost the fonts' copyright notice",
                path.display()
            );
        }
        for run in runs(&doc, *id) {
            assert!(
                run.x >= margin
                    && run.x + run.width <= w - margin
                    && run.y - 0.25 * run.size >= margin
                    && run.y + run.size <= h - margin,
                "{} page {n}: {run:?} is outside the text area of a {w}x{h} page",
                path.display()
            );
        }
    }
}

/// `qpdf --check` on every file; without qpdf the check is skipped visibly, or fails under CI.
#[track_caller]
fn qpdf_check(files: &[PathBuf]) {
    if Command::new("qpdf").arg("--version").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "qpdf is not installed (required when CI is set)"
        );
        util::skipped("qpdf --check (qpdf is not installed)");
        return;
    }
    for f in files {
        let out = Command::new("qpdf").arg("--check").arg(f).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success()
                && !text.to_lowercase().contains("error:")
                && !text.contains("WARNING"),
            "qpdf --check {}:\n{text}",
            f.display()
        );
    }
}

fn text_of(path: &Path) -> String {
    let doc = load(path);
    let pages: Vec<u32> = doc.get_pages().into_keys().collect();
    doc.extract_text(&pages).unwrap()
}

/// Text without any whitespace, so that line wrapping does not matter.
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn sample_builds_every_pdf_and_each_is_valid() {
    let dir = util::fixture("sample");
    let (out, _) = build(dir.path(), &[]);
    let files = pdfs(&out);
    let names: Vec<String> = files
        .iter()
        .map(|p| p.strip_prefix(&out).unwrap().display().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "cheatsheet.pdf",
            "delivery-guarantees.pdf",
            "flashcards.pdf",
            "kafka-vs-rabbitmq.pdf",
            "sections/queues.pdf",
            "sections/streams.pdf"
        ]
    );
    for f in &files {
        check_pdf(f, A4);
    }
    qpdf_check(&files);
}

#[test]
fn letter_paper() {
    let dir = util::fixture("sample");
    let (out, _) = build(dir.path(), &["--paper", "letter"]);
    let files = pdfs(&out);
    for f in &files {
        check_pdf(f, LETTER);
    }
    let doc = load(&out.join("sections/queues.pdf"));
    let first = doc.get_pages()[&1];
    let (w, h) = page_size(&doc, first);
    assert!(
        (w - LETTER.0).abs() < 0.5 && (h - LETTER.1).abs() < 0.5,
        "portrait letter: {w}x{h}"
    );
}

#[test]
fn shipped_deck_pdfs_are_valid_and_the_named_sheets_are_small() {
    let dir = util::shipped();
    let (out, run) = build(dir.path(), &[]);
    // A flashcard back with a diagram shrinks the diagram before its text: only the few backs
    // whose diagram is too tall for a card even at its smallest labels (14 before) print small.
    let small: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("is long for a flashcard"))
        .collect();
    assert!(small.len() <= 8, "{small:#?}");
    let files = pdfs(&out);
    let deck = deckgen::load(&dir.path().join("content"))
        .unwrap()
        .deck
        .unwrap();
    let tables: usize = deck.sections.iter().map(|s| s.tables().count()).sum();
    // A sheet per table and per section, the cheat sheet and the flashcards.
    assert_eq!(files.len(), tables + deck.sections.len() + 2, "{files:?}");
    assert!(tables >= 15 && deck.sections.len() == 12);
    for f in &files {
        check_pdf(f, A4);
    }
    qpdf_check(&files);
    for name in ["delivery-guarantees", "kafka-vs-rabbitmq", "sqs-vs-kinesis"] {
        let size = fs::metadata(out.join(format!("{name}.pdf"))).unwrap().len();
        assert!(size < 150 * 1024, "{name}.pdf is {size} bytes");
    }
}

#[test]
fn named_tables_have_every_cell_in_reading_order() {
    let dir = util::shipped();
    let (out, _) = build(dir.path(), &[]);
    let deck = deckgen::load(&dir.path().join("content"))
        .unwrap()
        .deck
        .unwrap();
    for name in ["delivery-guarantees", "kafka-vs-rabbitmq", "sqs-vs-kinesis"] {
        let card = deck
            .sections
            .iter()
            .flat_map(|s| &s.cards)
            .find(|c| c.id.as_str() == name)
            .unwrap();
        let CardKind::Table(table) = &card.kind else {
            panic!("{name} is not a table")
        };
        let text = squeeze(&text_of(&out.join(format!("{name}.pdf"))));
        let mut at = 0;
        let cells = table
            .header
            .iter()
            .chain(table.rows.iter().flat_map(|r| &r.cells));
        for cell in cells {
            let want = squeeze(&inline_to_plain(cell));
            match text[at..].find(&want) {
                Some(i) => at += i + want.len(),
                None => panic!(
                    "{name}: cell {want:?} is missing or out of order after …{}",
                    &text[at.saturating_sub(60)..at]
                ),
            }
        }
    }
}

/// The centre of the text runs that make up `needle` (searched as one squeezed string).
fn locate(runs: &[Run], needle: &str) -> Option<(f32, f32, f32)> {
    let needle = squeeze(needle);
    let mut joined = String::new();
    let mut owners = Vec::new();
    for (i, r) in runs.iter().enumerate() {
        for c in r.text.chars().filter(|c| !c.is_whitespace()) {
            joined.push(c);
            owners.extend(std::iter::repeat_n(i, c.len_utf8()));
        }
    }
    let start = joined.find(&needle)?;
    let used: Vec<&Run> = owners[start..start + needle.len()]
        .iter()
        .map(|i| &runs[*i])
        .collect();
    let left = used.iter().map(|r| r.x).fold(f32::MAX, f32::min);
    let right = used.iter().map(|r| r.x + r.width).fold(f32::MIN, f32::max);
    Some((left, right, used[0].y))
}

#[test]
fn flashcard_backs_are_mirrored_behind_their_fronts() {
    let dir = util::fixture("sample");
    let (out, _) = build(dir.path(), &[]);
    let doc = load(&out.join("flashcards.pdf"));
    let pages = doc.get_pages();
    assert!(
        pages.len() >= 2 && pages.len().is_multiple_of(2),
        "fronts and backs alternate"
    );
    let (w, h) = page_size(&doc, pages[&1]);
    let fronts = runs(&doc, pages[&1]);
    let backs = runs(&doc, pages[&2]);
    // (text on the front, text on the back): cards fill the grid row by row, so the first card
    // sits top left and the second top right. Card ids label both sides.
    let pairs = [
        (
            "What does a message queue decouple?",
            "The producer from the consumer",
        ),
        ("Competing consumers", "Several workers read one queue"),
        (
            "A consumer that crashes before its [...] gets the message redelivered.",
            "ack-redelivery c1",
        ),
        ("ack-redelivery c2", "ack-redelivery c2"),
        ("How do you acknowledge a message in code?", "msg.ack()"),
    ];
    for (i, (front, back)) in pairs.iter().enumerate() {
        let (fl, fr, fy) =
            locate(&fronts, front).unwrap_or_else(|| panic!("front {front:?} not on page 1"));
        let (bl, br, by) =
            locate(&backs, back).unwrap_or_else(|| panic!("back {back:?} not on page 2"));
        let front_col = ((fl + fr) / 2.0 / (w / 2.0)) as usize;
        assert_eq!(front_col, i % 2, "card {i} front column");
        // Long-edge duplex flips left and right: the back is in the other column, same row.
        let back_col = ((bl + br) / 2.0 / (w / 2.0)) as usize;
        assert_eq!(
            back_col,
            1 - front_col,
            "card {i}: back of {front:?} is not mirrored"
        );
        assert!(bl >= w / 2.0 * back_col as f32 && br <= w / 2.0 * (back_col + 1) as f32);
        assert!(
            (fy - by).abs() < h / 8.0,
            "card {i}: front at y={fy}, back at y={by}"
        );
    }
    // Cloze fronts hide the deletion; backs reveal it.
    let front_text = squeeze(&fronts.iter().map(|r| r.text.as_str()).collect::<String>());
    let back_text = squeeze(&backs.iter().map(|r| r.text.as_str()).collect::<String>());
    assert!(
        front_text.contains("crashesbeforeits[...]getsthemessageredelivered"),
        "{front_text}"
    );
    assert!(
        back_text.contains("crashesbeforeitsackgetsthemessageredelivered"),
        "{back_text}"
    );
}

#[test]
fn sheets_show_key_points_tables_and_cards() {
    let dir = util::fixture("sample");
    let (out, _) = build(dir.path(), &[]);
    let section = squeeze(&text_of(&out.join("sections/queues.pdf")));
    for want in [
        "Queues",
        "Keypoints",
        "Aqueuehandseachmessagetooneconsumer.",
        "Deliveryguarantees",
        "At-most-once",
        "Whatdoesamessagequeuedecouple?",
        "inrate(thequeueabsorbsbursts)",
        "Aconsumerthatcrashesbeforeitsackgetsthemessageredelivered.",
        "msg=queue.receive()",
    ] {
        assert!(section.contains(want), "{want} not in {section}");
    }
    let cheat = squeeze(&text_of(&out.join("cheatsheet.pdf")));
    for want in [
        "SampleDeck",
        "Queues",
        "Streams",
        "KafkavsRabbitMQ",
        "Yes,byoffset→anytime",
        "Kafkaordersrecordsonlywithinapartition.",
    ] {
        assert!(cheat.contains(want), "{want} not in {cheat}");
    }
    assert!(
        cheat.find("Queues").unwrap() < cheat.find("Streams").unwrap(),
        "sections in order"
    );
}

#[test]
fn rebuilding_unchanged_content_gives_identical_bytes() {
    // The build keeps its timestamp while the content is unchanged, so the same content and the
    // same BuildInfo must give the same bytes.
    let dir = util::fixture("sample");
    let (out, _) = build(dir.path(), &[]);
    let first = util::snapshot(&out);
    let (_, run) = build(dir.path(), &[]);
    let second = util::snapshot(&out);
    assert_eq!(first.len(), second.len());
    for (path, bytes) in &first {
        assert!(
            second.get(path) == Some(bytes),
            "{} differs between builds\n{}",
            path.display(),
            run.stdout
        );
    }
}

/// Issue 21: one warning per file:line (not one per character), from `check` too.
#[test]
fn characters_the_fonts_lack_are_reported_once_per_line() {
    let dir = util::fixture("sample");
    let file = dir.path().join("content/02-streams.md");
    let mut text = fs::read_to_string(&file).unwrap();
    text.push_str("\n## Rockets 🚀 and crabs 🦀? {#emoji}\n\nMore 🚀🚀 and ∀x ≥ 0 — fine.\n");
    fs::write(&file, text).unwrap();
    let (out, run) = build(dir.path(), &[]);
    let check = util::deckgen(dir.path(), &["check"]);
    check.expect_code(0);
    for stderr in [&run.stderr, &check.stderr] {
        let warnings: Vec<&str> = stderr
            .lines()
            .filter(|l| l.contains("the PDF fonts lack"))
            .collect();
        assert_eq!(
            warnings,
            [
                "warning: the PDF fonts lack '🚀' (U+1F680), '🦀' (U+1F980); the PDFs print \u{FFFD} instead",
                "warning: the PDF fonts lack '🚀' (U+1F680); the PDFs print \u{FFFD} instead",
            ],
            "{stderr}"
        );
        assert!(stderr.contains("content/02-streams.md:"), "{stderr}");
        assert!(!stderr.contains("not in the PDF fonts"), "{stderr}");
    }
    let section = text_of(&out.join("sections/streams.pdf"));
    assert!(
        section.contains('\u{FFFD}') && section.contains("∀x ≥ 0 — fine"),
        "{section}"
    );
}

#[test]
fn tables_longer_than_a_page_repeat_their_header_and_lose_nothing() {
    let dir = util::fixture("sample");
    let file = dir.path().join("content/02-streams.md");
    let mut text = fs::read_to_string(&file).unwrap();
    text.push_str("\n## Long table {#long-table .table}\n\n| Name | Value |\n|---|---|\n");
    for i in 0..150 {
        text.push_str(&format!("| row{i:03} | value number {i} |\n"));
    }
    // One row taller than a whole page.
    let huge: Vec<String> = (0..2500).map(|i| format!("w{i}")).collect();
    text.push_str(&format!("| huge | {} |\n", huge.join(" ")));
    fs::write(&file, text).unwrap();
    let (out, _) = build(dir.path(), &[]);
    let path = out.join("long-table.pdf");
    check_pdf(&path, A4);
    qpdf_check(std::slice::from_ref(&path));
    let doc = load(&path);
    let pages: Vec<u32> = doc.get_pages().into_keys().collect();
    assert!(pages.len() >= 4, "{} pages", pages.len());
    for p in &pages {
        let t = squeeze(&doc.extract_text(&[*p]).unwrap());
        assert!(t.contains("NameValue"), "page {p} lacks the header: {t}");
    }
    let all = squeeze(&text_of(&path));
    let mut at = 0;
    for i in 0..150 {
        let want = format!("row{i:03}valuenumber{i}");
        at += all[at..]
            .find(&want)
            .unwrap_or_else(|| panic!("{want} missing"))
            + want.len();
    }
    assert_words_in_order(&all[at..], &huge);
}

/// `words` occur in `text` in order, each followed by a non-digit (w1 is not w12).
fn assert_words_in_order(text: &str, words: &[String]) {
    let mut at = 0;
    for word in words {
        let found = text[at..]
            .match_indices(word.as_str())
            .find(|(i, _)| !text[at + i + word.len()..].starts_with(|c: char| c.is_ascii_digit()));
        let (i, _) = found.unwrap_or_else(|| panic!("{word} missing or out of order"));
        at += i + word.len();
    }
}

#[test]
fn a_table_row_taller_than_a_page_inside_an_answer_is_split_and_loses_nothing() {
    let dir = util::fixture("sample");
    let file = dir.path().join("content/02-streams.md");
    let mut text = fs::read_to_string(&file).unwrap();
    let huge: Vec<String> = (0..2500).map(|i| format!("w{i}")).collect();
    text.push_str(&format!(
        "\n## What is in the big table? {{#big-answer}}\n\n| Name | Words |\n|---|---|\n| huge | {} |\n",
        huge.join(" ")
    ));
    fs::write(&file, text).unwrap();
    let (out, _) = build(dir.path(), &[]);
    for sheet in ["sections/streams.pdf", "cheatsheet.pdf"] {
        let path = out.join(sheet);
        // Every run inside the margins: a row left whole would run off the page.
        check_pdf(&path, A4);
        assert_words_in_order(&squeeze(&text_of(&path)), &huge);
    }
}

#[test]
fn a_table_named_like_a_volume_gets_a_name_of_its_own() {
    let dir = util::fixture("sample");
    let file = dir.path().join("content/02-streams.md");
    let mut text = fs::read_to_string(&file).unwrap();
    for id in ["cheatsheet", "flashcards-01"] {
        text.push_str(&format!(
            "\n## Table {id} {{#{id} .table}}\n\n| A | B |\n|---|---|\n| a {id} | b |\n"
        ));
    }
    fs::write(&file, text).unwrap();
    let (out, run) = build(dir.path(), &[]);
    for id in ["cheatsheet", "flashcards-01"] {
        let sheet = text_of(&out.join(format!("{id}.table.pdf")));
        assert!(sheet.contains(&format!("a {id}")), "{sheet}");
        assert!(
            run.stderr
                .contains(&format!("the table sheet is `pdf/{id}.table.pdf`")),
            "{}",
            run.stderr
        );
    }
    assert!(text_of(&out.join("cheatsheet.pdf")).contains("Queues"));
}

#[test]
fn long_flashcard_labels_are_shortened_with_an_ellipsis() {
    let dir = util::fixture("sample");
    let file = dir.path().join("content/01-queues.md");
    let long = "Queues and everything else one could possibly want to know about them in one place";
    let text = fs::read_to_string(&file).unwrap().replacen(
        "title = \"Queues\"",
        &format!("title = \"{long}\""),
        1,
    );
    fs::write(&file, text).unwrap();
    let (out, _) = build(dir.path(), &[]);
    let cards = text_of(&out.join("flashcards.pdf"));
    assert!(cards.contains("Queues and everything"), "{cards}");
    assert!(cards.contains('…'), "{cards}");
    assert!(!squeeze(&cards).contains(&squeeze(long)), "{cards}");
    // The whole title is still on the section's own sheet.
    assert!(squeeze(&text_of(&out.join("sections/queues.pdf"))).contains(&squeeze(long)));
}

/// Issue 21: a `::` in a code span inside a cloze deletion is text, on the sheets and on the cut-out
/// flashcards (it split the deletion, and the PDF printed a stray backtick).
#[test]
fn cloze_double_colons_in_code_print_as_written() {
    let dir = util::fixture("sample");
    fs::write(
        dir.path().join("content/03-rust.md"),
        "+++\ntitle = \"Rust\"\n+++\n\n## In Rust, {{c1::`std::vec::Vec`}} grows; {{c2::`a::b`::a `x::y` path}} {#rust-vec .cloze}\n\nExtra.\n",
    )
    .unwrap();
    let (out, _) = build(dir.path(), &[]);
    let sheet = squeeze(&text_of(&out.join("sections/rust.pdf")));
    assert!(sheet.contains("InRust,std::vec::Vecgrows;a::b"), "{sheet}");
    assert!(!sheet.contains('`'), "{sheet}");
    let cards = squeeze(&text_of(&out.join("flashcards.pdf")));
    assert!(!cards.contains('`'), "{cards}");
    for want in [
        "InRust,[...]grows;a::b",
        "InRust,std::vec::Vecgrows;[ax::ypath]",
    ] {
        assert!(cards.contains(want), "{want} not in {cards}");
    }
}
