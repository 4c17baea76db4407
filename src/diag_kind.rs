//! Every kind of content problem deckgen reports, with its message, severity and fix hint.
//!
//! Keeping them in one enum (rather than format strings at each call site) lets tests match on the
//! kind and keeps the wording consistent; the messages use the user's words (card, section, front
//! matter), never parser state.
//!
//! [`Severity`] is defined here (and re-exported by [`crate::diag`]) so that this module needs
//! nothing from `diag`: `diag` builds on the kinds, not the other way round.

use std::fmt;

/// How bad a diagnostic is. Errors stop the build; warnings are printed and the build goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The content cannot be built until this is fixed.
    Error,
    /// The content builds, but probably not the way the user wants.
    Warning,
}

/// What is wrong. Display gives the one-line message.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DiagnosticKind {
    // --- the content folder and its files
    /// The content folder holds no section files.
    EmptyContent,
    /// `deck.toml` is missing.
    DeckTomlMissing,
    /// A file is not UTF-8.
    NotUtf8,
    /// A file name is not valid Unicode.
    FileNameNotUnicode,
    /// A `.md` entry is a directory.
    IsDirectory,
    /// A symbolic link whose target does not exist.
    DanglingSymlink,
    /// A symbolic link (or path) that leads outside the content folder.
    OutsideContent {
        /// Where it leads.
        target: String,
    },
    /// A file over the size limit.
    FileTooLarge {
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// A file that could not be read.
    Unreadable {
        /// The operating system's message.
        message: String,
    },
    /// A 0-byte section file.
    EmptyFile,

    // --- TOML: deck.toml and front matter
    /// `deck.toml` is not valid TOML or has wrong types.
    DeckTomlInvalid {
        /// The TOML parser's message.
        message: String,
    },
    /// A key that deck.toml or front matter does not know.
    UnknownKey {
        /// The key.
        key: String,
        /// Where: "deck.toml" or "front matter".
        place: &'static str,
        /// The keys that are allowed there.
        allowed: &'static [&'static str],
    },
    /// A required key is missing.
    MissingKey {
        /// The key.
        key: &'static str,
        /// Where: "deck.toml" or "front matter".
        place: &'static str,
    },
    /// A value that must not be empty is empty.
    EmptyValue {
        /// The key.
        key: &'static str,
    },
    /// An id (deck, section or card) that is not a slug.
    InvalidId {
        /// What the id names: "deck", "section", "card".
        what: &'static str,
        /// The id.
        id: String,
    },
    /// The section file does not start with `+++`.
    FrontMatterMissing,
    /// The front matter has no closing `+++`.
    FrontMatterUnclosed,
    /// The front matter is not valid TOML or has wrong types.
    FrontMatterInvalid {
        /// The TOML parser's message.
        message: String,
    },
    /// Two sections with the same id.
    DuplicateSectionId {
        /// The id.
        id: String,
    },
    /// A tag that Anki cannot store.
    InvalidTag {
        /// The tag.
        tag: String,
        /// Why.
        reason: &'static str,
    },

    // --- Markdown structure
    /// A level-1 heading in a section file.
    LevelOneHeading,
    /// A section with no cards.
    SectionWithoutCards,
    /// Characters on one line that no PDF font has (they print as a replacement box).
    MissingGlyphs {
        /// The characters, each once, in order, with their code points.
        chars: String,
    },
    /// Raw HTML in Markdown; it is shown as text.
    RawHtml,
    /// An image that cannot be used (a URL, outside the content folder, missing, too large, not
    /// an image deckgen can show).
    ImageInvalid {
        /// What is wrong (`picture::image::ImageError`'s message).
        message: String,
        /// How to fix it.
        hint: String,
    },
    /// An image without alt text (`![](...)`).
    ImageWithoutAlt,
    /// A ` ```mermaid ` block the diagram renderer cannot draw.
    DiagramInvalid {
        /// The renderer's message.
        message: String,
    },

    // --- cards
    /// A card heading with no text.
    EmptyQuestion,
    /// A card with nothing below its heading.
    EmptyAnswer,
    /// A card without an explicit id.
    MissingCardId {
        /// The id derived from the heading.
        derived: String,
    },
    /// Two cards with the same id.
    DuplicateCardId {
        /// The id.
        id: String,
    },
    /// A `.class` in the heading attributes that is not a kind.
    UnknownClass {
        /// The class without its dot.
        class: String,
        /// The nearest kind, when the class looks like a misspelling of one.
        suggestion: Option<&'static str>,
    },
    /// A `{...}` attribute block that is not the last thing on the heading line, or a second one.
    AttributesNotLast,
    /// Two `#id`s in one heading.
    TwoIds {
        /// The first id.
        first: String,
        /// The second id.
        second: String,
    },
    /// `tags=a b` or `tags=a, b`: the words after the space are not tags of the card.
    TagsWithSpaces {
        /// The tags as they were meant: `a,b`.
        meant: String,
    },
    /// A word in the attribute block that is not `#id`, `.kind` or `key=value`.
    StrayAttributeWord {
        /// The word.
        word: String,
    },
    /// `##Question` without a space: Markdown reads it as text of the answer above.
    HeadingWithoutSpace {
        /// The line as written.
        line: String,
    },
    /// A paragraph followed by a `---` line: Markdown makes the paragraph a level-2 heading, so a
    /// card.
    SetextHeading,
    /// An id longer than the limit.
    IdTooLong {
        /// What the id names: "deck", "section", "card", "table row".
        what: &'static str,
        /// Its length in bytes.
        len: usize,
    },
    /// More than one kind class.
    ConflictingKinds {
        /// The kinds given.
        kinds: String,
    },
    /// A `key=value` attribute other than `tags`.
    UnknownAttribute {
        /// The key.
        key: String,
    },
    /// A `.cloze` card without a `{{c1::...}}` deletion.
    ClozeWithoutDeletion,
    /// A cloze deletion whose braces do not match.
    ClozeUnbalanced {
        /// What exactly.
        detail: &'static str,
    },
    /// A cloze deletion that is malformed.
    ClozeMalformed {
        /// What exactly.
        detail: &'static str,
    },
    /// A deletion with a second `::` outside a code span (`{{c1::std::vec::Vec}}`).
    ClozeExtraSeparator,
    /// A non-cloze card whose heading contains cloze syntax.
    ClozeSyntaxOutsideCloze,
    /// A `.table` card without a table.
    TableMissing,
    /// A `.table` card with more than one table.
    TableMultiple {
        /// How many.
        count: usize,
    },
    /// A table row whose cell count differs from the header's.
    TableRagged {
        /// Cells in the header.
        expected: usize,
        /// Cells in this row.
        found: usize,
    },
    /// A table with a header but no rows.
    TableWithoutRows,
    /// A table row whose first cell is empty.
    TableEmptyFirstCell,
    /// A table row whose first cell has no letter or digit to make an id from (`| !!! | 2 |`).
    TableFirstCellWithoutId,
    /// Two rows of one table with the same first-cell slug.
    DuplicateRowId {
        /// The row card id.
        id: String,
        /// The first cells differ, but their ids were cut to the same first characters.
        cut: bool,
    },
}

const CARD_KINDS_HELP: &str = "the card kinds are `.reverse`, `.cloze` and `.table`; put extra tags in the front matter (`tags = [...]`) or as `tags=a,b` in the heading";

impl DiagnosticKind {
    /// Error or warning.
    pub fn severity(&self) -> Severity {
        match self {
            Self::MissingCardId { .. }
            | Self::RawHtml
            | Self::ClozeSyntaxOutsideCloze
            | Self::SectionWithoutCards
            | Self::MissingGlyphs { .. }
            | Self::ImageWithoutAlt => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// What the related span of a diagnostic is ("first used at").
    pub fn related_label(&self) -> &'static str {
        match self {
            Self::DuplicateCardId { .. }
            | Self::DuplicateSectionId { .. }
            | Self::DuplicateRowId { .. } => "first used at",
            _ => "see",
        }
    }

    /// Hints on how to fix it, one per line.
    pub fn help(&self) -> Vec<String> {
        let s = |t: &str| vec![t.to_string()];
        match self {
            Self::EmptyContent => s(
                "add a section file such as `01-basics.md` (see docs/FORMAT.md), or point --content at your notes",
            ),
            Self::DeckTomlMissing => s(
                "create deck.toml with:  id = \"my-deck\"  name = \"My Deck\"  (one per line)",
            ),
            Self::NotUtf8 => s("save the file as UTF-8 (most editors have an \"encoding\" menu)"),
            Self::FileNameNotUnicode => s("rename the file using only valid Unicode characters"),
            Self::IsDirectory => s(
                "section files must be files; rename the folder so that it does not end in `.md`",
            ),
            Self::DanglingSymlink => s("fix or remove the link"),
            Self::OutsideContent { .. } => s(
                "deckgen only reads files inside the content folder; copy the file into it",
            ),
            Self::FileTooLarge { .. } => s("split the section into several files"),
            Self::Unreadable { .. } => s("check the file's permissions"),
            Self::EmptyFile => s(
                "start the file with front matter:  +++ / title = \"Section title\" / +++  then add `## Question {#id}` cards",
            ),
            Self::DeckTomlInvalid { .. } => s(
                "deck.toml needs `id = \"slug\"` and `name = \"Deck name\"`; `description` is optional",
            ),
            Self::UnknownKey { allowed, .. } => {
                let list = allowed
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                vec![format!("allowed keys: {list}")]
            }
            Self::MissingKey { key, .. } => vec![format!("add `{key} = \"...\"`")],
            Self::EmptyValue { key } => vec![format!("give `{key}` a value")],
            Self::InvalidId { .. } => s(
                "ids use lowercase letters, digits, `-` and `_`, and start with a letter or digit",
            ),
            Self::FrontMatterMissing => s(
                "start the file with three lines:  +++  /  title = \"Section title\"  /  +++",
            ),
            Self::FrontMatterUnclosed => s("add a line with just `+++` after the front matter"),
            Self::FrontMatterInvalid { .. } => s(
                "front matter is TOML: `title = \"...\"`, optional `id = \"slug\"` and `tags = [\"a\", \"b\"]`",
            ),
            Self::DuplicateSectionId { .. } => s(
                "section ids must be unique; set `id = \"...\"` in one file's front matter",
            ),
            Self::InvalidTag { .. } => s(
                "Anki tags cannot contain spaces; use `-` or `_` (and `::` for a hierarchy)",
            ),
            Self::LevelOneHeading => s(
                "the section title comes from the front matter; use `##` for cards and `###` inside answers",
            ),
            Self::SectionWithoutCards => s("add cards as `## Question {#id}` headings"),
            Self::MissingGlyphs { .. } => s(
                "Anki shows them; only the PDFs print \u{FFFD} instead (the PDF fonts are DejaVu \
                 Sans and Mono: no CJK, no emoji). Write them another way if the PDFs matter",
            ),
            Self::RawHtml => s(
                "deckgen shows raw HTML as text; use Markdown (`**bold**`, `*italic*`, `` `code` ``) instead",
            ),
            Self::ImageInvalid { hint, .. } => vec![hint.clone()],
            Self::ImageWithoutAlt => s(
                "describe the picture in the brackets, `![what it shows](...)`: screen readers and the plain-text CSV show it",
            ),
            Self::DiagramInvalid { .. } => s(
                "fix the diagram's Mermaid syntax (flowchart, sequenceDiagram, ...: https://mermaid.js.org/intro/syntax-reference.html), or change the fence's language if the block is not a diagram",
            ),
            Self::EmptyQuestion => s("write the question after `## `"),
            Self::EmptyAnswer => s("write the answer below the heading, before the next `##`"),
            Self::MissingCardId { derived } => vec![
                format!("add `{{#{derived}}}` at the end of the heading"),
                "without an explicit id, editing the question later creates a new card in Anki and loses its progress".to_string(),
            ],
            Self::DuplicateCardId { .. } => s("card ids must be unique in the deck; rename one of them"),
            Self::UnknownClass {
                suggestion: Some(kind),
                ..
            } => vec![format!("did you mean `.{kind}`?"), CARD_KINDS_HELP.to_string()],
            Self::UnknownClass { .. } | Self::ConflictingKinds { .. } => s(CARD_KINDS_HELP),
            Self::AttributesNotLast => s(
                "attributes go last, in one `{...}`: `## Question {#id .reverse tags=a,b}`; to show braces in a question, put them in a code span",
            ),
            Self::TwoIds { first, .. } => vec![
                format!("a card has one id; keep `#{first}` if the card was built before (a new id makes a new card in Anki)"),
            ],
            Self::TagsWithSpaces { meant } => vec![format!(
                "tags are comma-separated without spaces: write `tags={meant}`"
            )],
            Self::StrayAttributeWord { .. } => s(
                "heading attributes are `#id`, a kind (`.reverse`, `.cloze`, `.table`) and `tags=a,b`, separated by spaces",
            ),
            Self::HeadingWithoutSpace { line } => {
                let fixed = format!("## {}", line.trim_start().trim_start_matches('#'));
                vec![
                    format!("a card heading needs a space after `##`: `{fixed}`"),
                    "as written, the line is text of the answer above".to_string(),
                ]
            }
            Self::SetextHeading => s(
                "a line of `---` under text makes it a heading; leave a blank line before `---` for a rule, or write `## Question {#id}` for a card",
            ),
            Self::IdTooLong { .. } => s("shorten the id; ids are at most 100 characters"),
            Self::UnknownAttribute { .. } => s(
                "heading attributes are `#id`, a kind (`.reverse`, `.cloze`, `.table`) and `tags=a,b`",
            ),
            Self::ClozeWithoutDeletion => s(
                "mark what to hide with `{{c1::...}}` in the heading, e.g. `## Kafka orders records {{c1::per partition}} {#id .cloze}`",
            ),
            Self::ClozeUnbalanced { .. } => s("every `{{c1::` needs a matching `}}`"),
            Self::ClozeMalformed { .. } => s(
                "a deletion looks like `{{c1::hidden text}}` or `{{c1::hidden text::hint}}`, numbered from c1",
            ),
            Self::ClozeExtraSeparator => vec![
                "a cloze hint is everything after the second `::` (`{{c1::answer::hint}}`), so Anki would show only the text before this one".to_string(),
                "to show `::` in the hidden text, write it in a code span: `{{c1::`std::vec::Vec`}}`".to_string(),
            ],
            Self::ClozeSyntaxOutsideCloze => s(
                "add `.cloze` to the heading attributes to make it a cloze card",
            ),
            Self::TableMissing => s(
                "a `.table` card needs a GFM table below the heading: a header row, a `|---|` line and rows",
            ),
            Self::TableMultiple { .. } => s(
                "a `.table` card holds exactly one table; split it into two `.table` cards",
            ),
            Self::TableRagged { .. } => s(
                "give every row as many cells as the header row (escape a `|` inside a cell as `\\|`)",
            ),
            Self::TableWithoutRows => s("add at least one row below the `|---|` line"),
            Self::TableEmptyFirstCell => s(
                "the first cell names the row (it is the question of the row's card); fill it in",
            ),
            Self::TableFirstCellWithoutId => s(
                "give the row an id at the end of its first cell: `| !!! {#row-id} | ... |`",
            ),
            Self::DuplicateRowId { cut: true, .. } => s(
                "a row's id is made from the first 80 characters of its first cell; give one of the rows its own id at the end of its first cell: `| long text {#row-id} | ... |`",
            ),
            Self::DuplicateRowId { cut: false, .. } => s(
                "the first cells of a table's rows must differ (their slugs are the row cards' ids), or set a row's id at the end of its first cell: `| text {#row-id} | ... |`",
            ),
        }
    }
}

impl fmt::Display for DiagnosticKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EmptyContent => write!(f, "the content folder has no section files (`*.md`)"),
            Self::DeckTomlMissing => write!(f, "deck.toml is missing"),
            Self::NotUtf8 => write!(f, "file is not valid UTF-8"),
            Self::FileNameNotUnicode => write!(f, "file name is not valid Unicode"),
            Self::IsDirectory => write!(f, "a directory where a section file was expected"),
            Self::DanglingSymlink => {
                write!(f, "symbolic link points to a file that does not exist")
            }
            Self::OutsideContent { target } => {
                write!(
                    f,
                    "refusing to read `{target}`: it is outside the content folder"
                )
            }
            Self::FileTooLarge { size, limit } => write!(
                f,
                "file is {:.1} MiB; the limit is {} MiB",
                *size as f64 / 1_048_576.0,
                limit / 1_048_576
            ),
            Self::Unreadable { message } => write!(f, "cannot read file: {message}"),
            Self::EmptyFile => write!(f, "section file is empty"),
            Self::DeckTomlInvalid { message } => write!(f, "deck.toml is not valid: {message}"),
            Self::UnknownKey { key, place, .. } => write!(f, "unknown key `{key}` in {place}"),
            Self::MissingKey { key, place } => write!(f, "{place} is missing `{key}`"),
            Self::EmptyValue { key } => write!(f, "`{key}` is empty"),
            Self::InvalidId { what, id } => write!(f, "invalid {what} id `{id}`"),
            Self::FrontMatterMissing => {
                write!(
                    f,
                    "missing front matter: a section file must start with `+++`"
                )
            }
            Self::FrontMatterUnclosed => write!(f, "front matter is not closed with `+++`"),
            Self::FrontMatterInvalid { message } => {
                write!(f, "front matter is not valid TOML: {message}")
            }
            Self::DuplicateSectionId { id } => write!(f, "duplicate section id `{id}`"),
            Self::InvalidTag { tag, reason } => write!(f, "invalid tag `{tag}`: {reason}"),
            Self::LevelOneHeading => write!(f, "level-1 heading (`#`) in a section file"),
            Self::SectionWithoutCards => write!(f, "section has no cards"),
            Self::MissingGlyphs { chars } => {
                write!(
                    f,
                    "the PDF fonts lack {chars}; the PDFs print \u{FFFD} instead"
                )
            }
            Self::RawHtml => write!(f, "raw HTML will be shown as text"),
            Self::ImageInvalid { message, .. } => write!(f, "{message}"),
            Self::ImageWithoutAlt => write!(f, "image has no alt text"),
            Self::DiagramInvalid { message } => {
                write!(f, "Mermaid diagram cannot be drawn: {message}")
            }
            Self::EmptyQuestion => write!(f, "question is empty"),
            Self::EmptyAnswer => write!(f, "answer is empty"),
            Self::MissingCardId { derived } => {
                write!(f, "card has no explicit id; using `{derived}`")
            }
            Self::DuplicateCardId { id } => write!(f, "duplicate card id `{id}`"),
            Self::UnknownClass { class, .. } => write!(f, "unknown card kind `.{class}`"),
            Self::AttributesNotLast => {
                write!(f, "heading attributes must come last, in one `{{...}}`")
            }
            Self::TwoIds { first, second } => {
                write!(f, "the heading has two ids, `#{first}` and `#{second}`")
            }
            Self::TagsWithSpaces { .. } => {
                write!(f, "a space in `tags=`: the words after it are not tags")
            }
            Self::StrayAttributeWord { word } => {
                write!(f, "`{word}` in the heading attributes is not an attribute")
            }
            Self::HeadingWithoutSpace { line } => {
                write!(f, "`{}` is not a card heading", line.trim())
            }
            Self::SetextHeading => write!(
                f,
                "the line of `---` makes the text above it a card heading"
            ),
            Self::IdTooLong { what, len } => {
                write!(f, "{what} id is {len} characters long; the limit is 100")
            }
            Self::ConflictingKinds { kinds } => write!(f, "a card has one kind, found {kinds}"),
            Self::UnknownAttribute { key } => write!(f, "unknown heading attribute `{key}`"),
            Self::ClozeWithoutDeletion => {
                write!(
                    f,
                    "cloze card has no `{{{{c1::...}}}}` deletion in its heading"
                )
            }
            Self::ClozeUnbalanced { detail } => write!(f, "unbalanced cloze braces: {detail}"),
            Self::ClozeMalformed { detail } => write!(f, "malformed cloze deletion: {detail}"),
            Self::ClozeExtraSeparator => {
                write!(f, "a second `::` in a cloze deletion")
            }
            Self::ClozeSyntaxOutsideCloze => {
                write!(
                    f,
                    "heading contains `{{{{c1::` but the card is not `.cloze`"
                )
            }
            Self::TableMissing => write!(f, "`.table` card has no table"),
            Self::TableMultiple { count } => {
                write!(
                    f,
                    "`.table` card has {count} tables; it must have exactly one"
                )
            }
            Self::TableRagged { expected, found } => write!(
                f,
                "table row has {found} cell{}, the header has {expected}",
                if *found == 1 { "" } else { "s" }
            ),
            Self::TableWithoutRows => write!(f, "table has a header but no rows"),
            Self::TableEmptyFirstCell => write!(f, "table row has an empty first cell"),
            Self::TableFirstCellWithoutId => write!(
                f,
                "table row's first cell has no letters or digits to make an id from"
            ),
            Self::DuplicateRowId { id, .. } => write!(f, "duplicate table row id `{id}`"),
        }
    }
}
