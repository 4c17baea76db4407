//! Malformed input, one small fixture each: every case asserts the exit code, the `file:line` in
//! the message, a message a user can act on, and that an earlier `output/` is byte-identical
//! afterwards.
//!
//! Each case starts from a copy of `tests/fixtures/sample` that has been built once (so `output/`
//! holds a good build), then breaks the content (or the command line, or the output folder).

use std::fs;
use std::path::Path;

use crate::util::{self, Run, deckgen, deckgen_env, snapshot};

/// Writes `text` to `content/<name>`.
fn write(content: &Path, name: &str, text: impl AsRef<str>) {
    fs::write(content.join(name), text.as_ref()).unwrap();
}

/// A section file with the given cards after valid front matter and key points.
fn section(cards: &str) -> String {
    format!("+++\ntitle = \"Bad\"\n+++\n\n- key point\n\n{cards}")
}

/// Builds the sample, applies `setup` to its content folder, builds again with `args`, checks the
/// exit code and that stderr contains every `expect`; unless the run succeeded, `output/` must be
/// byte-identical to the first build's.
#[track_caller]
fn case(setup: impl FnOnce(&Path), args: &[&str], code: i32, expect: &[&str]) -> Run {
    let dir = util::fixture("sample");
    deckgen(dir.path(), &["build", "--format", "csv,apkg"]).expect_code(0);
    let out = dir.path().join("output");
    let before = snapshot(&out);
    setup(&dir.path().join("content"));
    let run = deckgen(dir.path(), args);
    run.expect_code(code);
    for e in expect {
        run.expect_stderr(e);
    }
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    if code != 0 {
        assert_eq!(
            before,
            snapshot(&out),
            "output/ changed after a failed build"
        );
    }
    run
}

const BUILD: &[&str] = &["build", "--format", "csv,apkg"];

macro_rules! bad {
    ($name:ident, $file:expr, $text:expr, [$($expect:expr),+ $(,)?]) => {
        #[test]
        fn $name() {
            case(|c| write(c, $file, $text), BUILD, 1, &[$($expect),+]);
        }
    };
}

bad!(
    broken_front_matter_toml,
    "03-bad.md",
    "+++\ntitle = \"unterminated\n+++\n## Q {#q1}\nA\n",
    ["content/03-bad.md:2:", "front matter is not valid TOML"]
);
bad!(
    front_matter_not_closed,
    "03-bad.md",
    "+++\ntitle = \"x\"\n\n## Q {#q1}\nA\n",
    [
        "content/03-bad.md:1:1",
        "front matter is not closed",
        "help: add a line with just `+++`"
    ]
);
bad!(
    front_matter_missing,
    "03-bad.md",
    "## Q {#q1}\nA\n",
    [
        "content/03-bad.md:1:1",
        "missing front matter",
        "help: start the file with"
    ]
);
bad!(
    front_matter_unknown_key,
    "03-bad.md",
    "+++\ntitle = \"x\"\nauthor = \"me\"\n+++\n## Q {#q1}\nA\n",
    [
        "content/03-bad.md:3:1",
        "unknown key `author` in front matter",
        "allowed keys: `title`, `id`, `tags`"
    ]
);
bad!(
    front_matter_without_title,
    "03-bad.md",
    "+++\nid = \"x\"\n+++\n## Q {#q1}\nA\n",
    ["content/03-bad.md:1:1", "front matter is missing `title`"]
);
bad!(
    duplicate_card_id_across_files,
    "03-bad.md",
    section("## Same id as in 01 {#queue-decoupling}\nA\n"),
    [
        "content/03-bad.md:7:",
        "duplicate card id `queue-decoupling`",
        "first used at content/01-queues.md:"
    ]
);
bad!(
    duplicate_section_id_across_files,
    "03-queues.md",
    section("## Q {#q-unique}\nA\n"),
    [
        "content/03-queues.md",
        "duplicate section id `queues`",
        "first used at content/01-queues.md"
    ]
);
bad!(
    empty_question,
    "03-bad.md",
    section("## {#q1}\nA\n"),
    ["content/03-bad.md:7:1", "question is empty"]
);
bad!(
    empty_answer,
    "03-bad.md",
    section("## Q {#q1}\n\n## R {#r1}\nA\n"),
    [
        "content/03-bad.md:7:1",
        "answer is empty",
        "help: write the answer below the heading"
    ]
);
bad!(
    cloze_without_deletion,
    "03-bad.md",
    section("## Nothing hidden {#c1 .cloze}\n"),
    [
        "content/03-bad.md:7:4",
        "cloze card has no `{{c1::...}}` deletion"
    ]
);
bad!(
    cloze_unbalanced_braces,
    "03-bad.md",
    section("## Open {{c1::brace {#c1 .cloze}\n"),
    [
        "content/03-bad.md:7:9",
        "unbalanced cloze braces",
        "`{{c1::` is never closed"
    ]
);
bad!(
    cloze_numbered_from_zero,
    "03-bad.md",
    section("## A {{c0::b}} {#c1 .cloze}\n"),
    [
        "content/03-bad.md:7:6",
        "malformed cloze deletion: deletions are numbered from c1"
    ]
);
bad!(
    table_ragged_rows,
    "03-bad.md",
    section("## T {#t1 .table}\n| A | B |\n|---|---|\n| 1 |\n"),
    [
        "content/03-bad.md:10:1",
        "table row has 1 cell, the header has 2"
    ]
);
bad!(
    table_with_two_tables,
    "03-bad.md",
    section(
        "## T {#t1 .table}\n| A | B |\n|---|---|\n| 1 | 2 |\n\n| C | D |\n|---|---|\n| 3 | 4 |\n"
    ),
    ["content/03-bad.md:12:1", "`.table` card has 2 tables"]
);
bad!(
    table_without_table,
    "03-bad.md",
    section("## T {#t1 .table}\nno table here\n"),
    ["content/03-bad.md:7:1", "`.table` card has no table"]
);
bad!(
    table_duplicate_rows,
    "03-bad.md",
    section("## T {#t1 .table}\n| A | B |\n|---|---|\n| x | 1 |\n| X | 2 |\n"),
    ["content/03-bad.md:11:1", "duplicate table row id `t1/x`"]
);
bad!(
    unknown_kind_class,
    "03-bad.md",
    section("## Q {#q1 .flashcard}\nA\n"),
    [
        "content/03-bad.md:7:11",
        "unknown card kind `.flashcard`",
        "the card kinds are `.reverse`, `.cloze` and `.table`"
    ]
);
bad!(
    two_kinds,
    "03-bad.md",
    section("## Q {#q1 .reverse .table}\nA\n"),
    [
        "content/03-bad.md:7:",
        "a card has one kind, found `.reverse` and `.table`"
    ]
);
bad!(
    unknown_attribute,
    "03-bad.md",
    section("## Q {#q1 color=red}\nA\n"),
    ["content/03-bad.md:7:", "unknown heading attribute `color`"]
);
bad!(
    tag_with_spaces,
    "03-bad.md",
    "+++\ntitle = \"x\"\ntags = [\"two words\"]\n+++\n## Q {#q1}\nA\n",
    [
        "content/03-bad.md:3:9",
        "invalid tag `two words`: tags cannot contain whitespace"
    ]
);
bad!(
    invalid_card_id,
    "03-bad.md",
    section("## Q {#Not_A_Slug}\nA\n"),
    [
        "content/03-bad.md:7:7",
        "invalid card id `Not_A_Slug`",
        "lowercase letters"
    ]
);
bad!(
    level_one_heading,
    "03-bad.md",
    section("# A title\n\n## Q {#q1}\nA\n"),
    ["content/03-bad.md:7:1", "level-1 heading"]
);
bad!(
    zero_byte_file,
    "03-bad.md",
    "",
    ["content/03-bad.md", "section file is empty"]
);
bad!(
    image_is_refused,
    "03-bad.md",
    section("## Q {#q1}\n![diagram](../../etc/passwd)\n"),
    [
        "content/03-bad.md:8:1",
        "image `../../etc/passwd` is outside the content folder"
    ]
);

#[test]
fn deck_toml_unknown_key() {
    case(
        |c| {
            write(
                c,
                "deck.toml",
                "id = \"sample\"\nname = \"S\"\ncolour = \"red\"\n",
            )
        },
        BUILD,
        1,
        &["content/deck.toml:3:1", "unknown key `colour` in deck.toml"],
    );
}

#[test]
fn deck_toml_broken_toml() {
    case(
        |c| write(c, "deck.toml", "id = \"sample\nname = \"S\"\n"),
        BUILD,
        1,
        &["content/deck.toml:1:", "deck.toml is not valid"],
    );
}

#[test]
fn deck_toml_missing() {
    case(
        |c| fs::remove_file(c.join("deck.toml")).unwrap(),
        BUILD,
        1,
        &[
            "content/deck.toml",
            "deck.toml is missing",
            "help: create deck.toml",
        ],
    );
}

#[test]
fn non_utf8_bytes() {
    case(
        |c| {
            fs::write(
                c.join("03-bad.md"),
                b"+++\ntitle = \"x\"\n+++\n## Caf\xe9 {#q1}\nA\n",
            )
            .unwrap()
        },
        BUILD,
        1,
        &[
            "content/03-bad.md:4:7",
            "file is not valid UTF-8",
            "save the file as UTF-8",
        ],
    );
}

#[test]
fn non_unicode_file_name() {
    use std::os::unix::ffi::OsStrExt;
    case(
        |c| {
            let name = std::ffi::OsStr::from_bytes(b"03-caf\xe9.md");
            fs::write(c.join(name), section("## Q {#q1}\nA\n")).unwrap();
        },
        BUILD,
        1,
        &["03-caf", "file name is not valid Unicode"],
    );
}

#[test]
fn byte_order_mark_is_fine() {
    let run = case(
        |c| {
            let mut bytes = b"\xEF\xBB\xBF".to_vec();
            bytes.extend_from_slice(section("## With a BOM {#bom-card}\nA\n").as_bytes());
            fs::write(c.join("03-bom.md"), bytes).unwrap();
        },
        BUILD,
        0,
        &[],
    );
    assert!(run.stdout.contains("+1 added"), "{}", run.stdout);
}

#[test]
fn crlf_line_endings_are_fine_and_lines_are_counted_right() {
    let dir = util::fixture("sample");
    let content = dir.path().join("content");
    let crlf = section("## Windows {#crlf-card}\r\nAnswer.\r\n\r\n## {#broken}\r\n")
        .replace('\n', "\r\n")
        .replace("\r\r", "\r");
    write(&content, "03-crlf.md", &crlf);
    deckgen(dir.path(), BUILD)
        .expect_code(1)
        .expect_stderr("content/03-crlf.md:10:1")
        .expect_stderr("question is empty");
    write(&content, "03-crlf.md", crlf.replace("## {#broken}\r\n", ""));
    deckgen(dir.path(), BUILD).expect_code(0);
    let csv = fs::read_to_string(dir.path().join("output/csv/sample.csv")).unwrap();
    assert!(csv.contains("Windows,<p>Answer.</p>"), "{csv}");
    assert!(!csv.contains('\r'), "no stray CRs in the output");
}

#[test]
fn file_that_is_a_directory() {
    case(
        |c| fs::create_dir(c.join("03-folder.md")).unwrap(),
        BUILD,
        1,
        &[
            "content/03-folder.md",
            "a directory where a section file was expected",
        ],
    );
}

#[test]
fn dangling_symlink() {
    case(
        |c| std::os::unix::fs::symlink(c.join("nowhere.md"), c.join("03-link.md")).unwrap(),
        BUILD,
        1,
        &[
            "content/03-link.md",
            "symbolic link points to a file that does not exist",
        ],
    );
}

#[test]
fn symlink_outside_content_is_refused() {
    case(
        |c| {
            let outside = c.parent().unwrap().join("outside.md");
            fs::write(&outside, section("## Q {#q1}\nA\n")).unwrap();
            std::os::unix::fs::symlink(&outside, c.join("03-link.md")).unwrap();
        },
        BUILD,
        1,
        &[
            "content/03-link.md",
            "refusing to read",
            "outside the content folder",
        ],
    );
}

#[test]
fn symlink_inside_content_is_followed() {
    let dir = util::fixture("sample");
    let c = dir.path().join("content");
    fs::create_dir(c.join("drafts")).unwrap();
    fs::write(c.join("drafts/x.md"), section("## Linked {#linked}\nA\n")).unwrap();
    std::os::unix::fs::symlink(c.join("drafts/x.md"), c.join("03-link.md")).unwrap();
    deckgen(dir.path(), &["check"])
        .expect_code(0)
        .expect_stdout("3 sections");
}

#[test]
fn huge_file_is_refused_with_the_limit() {
    case(
        |c| {
            let f = fs::File::create(c.join("03-huge.md")).unwrap();
            f.set_len(50 * 1024 * 1024).unwrap();
        },
        BUILD,
        1,
        &[
            "content/03-huge.md",
            "file is 50.0 MiB; the limit is 16 MiB",
            "split the section",
        ],
    );
}

#[test]
fn deeply_nested_lists_and_quotes_do_not_overflow_the_stack() {
    let dir = util::fixture("sample");
    let c = dir.path().join("content");
    let lists: String = (0..10_000)
        .map(|i| format!("{}- level\n", "  ".repeat(i)))
        .collect();
    let quotes = format!("{} deep\n", ">".repeat(10_000));
    write(
        &c,
        "03-deep.md",
        section(&format!(
            "## Lists {{#deep-lists}}\n{lists}\n## Quotes {{#deep-quotes}}\n{quotes}"
        )),
    );
    let run = deckgen(dir.path(), &["build"]);
    assert!(run.code == 0 || run.code == 1, "{run:?}");
    assert!(
        !run.stderr.contains("overflow") && !run.stderr.contains("panicked"),
        "{}",
        run.stderr
    );
}

#[test]
fn empty_content_folder() {
    case(
        |c| {
            for e in fs::read_dir(c).unwrap() {
                let p = e.unwrap().path();
                if p.extension().is_some_and(|e| e == "md") {
                    fs::remove_file(p).unwrap();
                }
            }
        },
        BUILD,
        1,
        &["--> content\n", "the content folder has no section files"],
    );
}

#[test]
fn unknown_format_is_a_usage_error() {
    case(
        |_| {},
        &["build", "--format", "docx"],
        2,
        &[
            "invalid value 'docx' for '--format <FORMAT>'",
            "possible values: csv, apkg, pdf",
        ],
    );
}

#[test]
fn unknown_section_is_a_usage_error() {
    case(
        |_| {},
        &["build", "--section", "kafka"],
        2,
        &["no section `kafka`", "the sections are: queues, streams"],
    );
}

#[test]
fn missing_content_folder_is_an_io_error() {
    case(
        |_| {},
        &["build", "--content", "no-such-dir"],
        2,
        &[
            "the content folder no-such-dir does not exist",
            "or name it with --content <folder>",
        ],
    );
}

#[test]
fn output_folder_not_writable() {
    // /proc does not take new folders, even for root (tests may run as root, where permission bits
    // do not stop writes).
    case(
        |_| {},
        &["build", "--out", "/proc/deckgen-output"],
        2,
        &["/proc/deckgen-output"],
    );
}

#[test]
fn output_path_is_a_file() {
    let dir = util::fixture("sample");
    fs::write(dir.path().join("out.txt"), b"precious").unwrap();
    deckgen(dir.path(), &["build", "--out", "out.txt"])
        .expect_code(2)
        .expect_stderr("out.txt");
    assert_eq!(fs::read(dir.path().join("out.txt")).unwrap(), b"precious");
}

#[test]
fn invalid_source_date_epoch() {
    let dir = util::fixture("sample");
    deckgen_env(dir.path(), BUILD, &[("SOURCE_DATE_EPOCH", "yesterday")])
        .expect_code(2)
        .expect_stderr("SOURCE_DATE_EPOCH must be a number of seconds since 1970");
}

#[test]
fn corrupt_manifest_is_a_warning_not_a_failure() {
    let dir = util::fixture("sample");
    deckgen(dir.path(), BUILD).expect_code(0);
    fs::write(dir.path().join("output/manifest.json"), b"{ not json").unwrap();
    deckgen(dir.path(), BUILD)
        .expect_code(0)
        .expect_stderr("warning: ignoring the previous manifest")
        .expect_stdout("first build");
}

#[test]
fn disk_full_leaves_earlier_outputs_untouched() {
    // A file-size limit makes writes fail with EFBIG, as a full disk fails them with ENOSPC; the
    // shell ignores SIGXFSZ so that deckgen sees the error instead of being killed.
    let dir = util::fixture("sample");
    deckgen(dir.path(), BUILD).expect_code(0);
    let out = dir.path().join("output");
    let before = snapshot(&out);
    util::replace_in(
        &dir.path().join("content/01-queues.md"),
        "The producer from the consumer",
        "A changed answer",
    );
    let bin = env!("CARGO_BIN_EXE_deckgen");
    let status = std::process::Command::new("sh")
        .current_dir(dir.path())
        .args([
            "-c",
            &format!("trap '' XFSZ; ulimit -f 8; exec '{bin}' build --format csv,apkg"),
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&status.stderr);
    assert_eq!(status.status.code(), Some(2), "{stderr}");
    assert!(
        ["File too large", "No space", "disk I/O error"]
            .iter()
            .any(|m| stderr.contains(m)),
        "{stderr}"
    );
    assert_eq!(before, snapshot(&out));
}

#[test]
fn every_error_is_reported_in_one_run() {
    let run = case(
        |c| {
            write(
                c,
                "03-a.md",
                section("## {#e1}\nA\n\n## Q {#e2 .bogus}\nA\n"),
            );
            write(c, "04-b.md", "no front matter\n");
            write(c, "05-c.md", section("## C {#e3 .cloze}\n"));
        },
        BUILD,
        1,
        &[
            "content/03-a.md:7:1",
            "content/03-a.md:10:",
            "content/04-b.md:1:1",
            "content/05-c.md:7:4",
        ],
    );
    assert!(
        run.stderr.contains("4 errors; nothing was written"),
        "{}",
        run.stderr
    );
}

// --- issue 21: what the author writes is what Anki holds

bad!(
    cloze_double_colon_outside_code,
    "03-bad.md",
    section("## Rust's growable array is {{c1::std::vec::Vec}}. {#c1 .cloze}\n"),
    [
        "content/03-bad.md:7:43",
        "a second `::` in a cloze deletion",
        "a cloze hint is everything after the second `::`",
        "write it in a code span"
    ]
);
bad!(
    heading_tags_with_a_space,
    "03-bad.md",
    section("## Q {#q1 tags=a b}\nA\n"),
    [
        "content/03-bad.md:7:11",
        "a space in `tags=`",
        "tags are comma-separated without spaces: write `tags=a,b`"
    ]
);
bad!(
    heading_tags_with_comma_spaces,
    "03-bad.md",
    section("## Q2 {#q2 tags=a, b, c}\nA\n"),
    ["content/03-bad.md:7:12", "write `tags=a,b,c`"]
);
bad!(
    heading_with_two_ids,
    "03-bad.md",
    section("## Q4 {#q4 #other}\nA\n"),
    [
        "content/03-bad.md:7:12",
        "the heading has two ids, `#q4` and `#other`",
        "a card has one id"
    ]
);
bad!(
    heading_with_two_attribute_blocks,
    "03-bad.md",
    section("## Q3 {#q3} {.reverse}\nA\n"),
    [
        "content/03-bad.md:7:7",
        "heading attributes must come last, in one `{...}`",
        "attributes go last, in one `{...}`"
    ]
);
bad!(
    heading_with_text_after_the_attributes,
    "03-bad.md",
    section("## Q3 {#q3} trailing text\nA\n"),
    ["content/03-bad.md:7:7", "heading attributes must come last"]
);
bad!(
    misspelt_kind_suggests_the_nearest,
    "03-bad.md",
    section("## The {{c1::log}} {#q1 .clozee}\nA\n"),
    [
        "content/03-bad.md:7:25",
        "unknown card kind `.clozee`",
        "did you mean `.cloze`?"
    ]
);
bad!(
    heading_without_space_after_hashes,
    "03-bad.md",
    section("## Q1 {#q1}\nA1\n##Q2 {#q2}\nA2\n"),
    [
        "content/03-bad.md:9:1",
        "`##Q2 {#q2}` is not a card heading",
        "a card heading needs a space after `##`: `## Q2 {#q2}`"
    ]
);
bad!(
    paragraph_over_a_rule_line_is_a_heading,
    "03-bad.md",
    section("## Q1 {#q1}\nA1\n\nA second paragraph\n---\n\n## Q2 {#q2}\nA2\n"),
    [
        "content/03-bad.md:10:1",
        "the line of `---` makes the text above it a card heading",
        "leave a blank line before `---` for a rule"
    ]
);
bad!(
    card_id_over_the_limit_names_it,
    "03-bad.md",
    section(&format!("## Q {{#{}}}\nA\n", "a".repeat(101))),
    [
        "content/03-bad.md:7:7",
        "card id is 101 characters long; the limit is 100"
    ]
);
bad!(
    table_rows_that_collide_by_the_cut,
    "03-bad.md",
    section(&format!(
        "## T {{#t1 .table}}\n| A | B |\n|---|---|\n| {0} alpha | 1 |\n| {0} beta | 2 |\n",
        "long words ".repeat(8)
    )),
    [
        "content/03-bad.md:11:1",
        "duplicate table row id",
        "made from the first 80 characters of its first cell",
        "{#row-id}"
    ]
);
bad!(
    table_first_cell_without_letters,
    "03-bad.md",
    section("## T {#t1 .table}\n| A | B |\n|---|---|\n| !!! | 2 |\n"),
    [
        "content/03-bad.md:10:1",
        "first cell has no letters or digits to make an id from",
        "| !!! {#row-id} | ... |"
    ]
);

#[test]
fn table_rows_set_their_own_ids() {
    let dir = util::fixture("sample");
    let long = "long words ".repeat(8);
    write(
        &dir.path().join("content"),
        "03-rows.md",
        section(&format!(
            "## T {{#t1 .table}}\n| A | B |\n|---|---|\n| {long} alpha {{#alpha}} | 1 |\n| {long} beta | 2 |\n"
        )),
    );
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    let csv = fs::read_to_string(dir.path().join("output/csv/sample.csv")).unwrap();
    assert!(!csv.contains("{#alpha}"), "the id is not shown: {csv}");
    assert!(csv.contains(&format!("T: {long} alpha,")), "{csv}");
    let manifest = fs::read_to_string(dir.path().join("output/manifest.json")).unwrap();
    assert!(manifest.contains("\"t1/alpha\""), "{manifest}");
    assert!(
        manifest.contains("\"t1/long-words-long-words"),
        "{manifest}"
    );
}

#[test]
fn misplaced_attributes_do_not_suggest_an_id_made_of_them() {
    for heading in ["## Q3 {#q3} {.reverse}", "## Q3 {#q3} trailing text"] {
        let run = case(
            |c| write(c, "03-bad.md", section(&format!("{heading}\nA\n"))),
            BUILD,
            1,
            &["content/03-bad.md:7:7", "heading attributes must come last"],
        );
        assert!(!run.stderr.contains("q3-q3"), "{}", run.stderr);
    }
}
