//! The command line: clap structs that mirror the flags, turned into a validated
//! [`Command`]. No raw flag strings get past this module.

use std::collections::BTreeSet;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::{
    BuildOptions, Command, ContentOptions, CsvFlavour, Format, Paper, PushOptions, Shell,
};
use crate::serve::ServeOptions;

const EXAMPLES: &str = "\
Examples:
  deckgen build                            build every format from content/ into output/
  deckgen build --format csv --format pdf  only CSV files and PDFs
  deckgen build --section kafka-architecture --format pdf --paper letter
  deckgen build --dry-run                  show what changed since the last build, write nothing
  deckgen build --csv anki,plain           also write plain question,answer CSV files
  deckgen check                            validate content/ and report every problem
  deckgen list                             sections with card counts, kinds and tables
  deckgen watch                            rebuild on every save
  deckgen push                             make a running Anki (AnkiConnect) hold the deck
  deckgen push --dry-run                   show what a push would change in Anki
  deckgen serve --open                     preview every card in the browser, live
  deckgen new my-deck                      start a deck (then: deckgen serve --content my-deck/content)
  deckgen check --fix                      write the derived id into every heading without one

Exit codes: 0 ok (warnings allowed), 1 content errors (nothing written), 2 usage or I/O errors.
The content format: docs/FORMAT.md";

/// Turn Markdown interview notes into Anki decks, CSV flashcards and printable cheat sheets.
#[derive(Debug, Parser)]
#[command(name = "deckgen", version, about, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    command: CliCommand,
}

#[derive(Debug, Subcommand)]
enum CliCommand {
    /// Build the outputs (all formats unless --format is given).
    #[command(after_help = EXAMPLES)]
    Build(BuildArgs),
    /// Validate the content and report every problem; never writes (unless --fix).
    Check(CheckArgs),
    /// List sections with their card counts, kinds and tables.
    List(ContentArgs),
    /// Build, then rebuild whenever a file in the content folder changes.
    Watch(BuildArgs),
    /// Make a running Anki hold exactly the deck, through the AnkiConnect add-on.
    Push(PushArgs),
    /// Preview the deck in the browser (127.0.0.1 only); the page reloads on every save.
    Serve(ServeArgs),
    /// Create a starter deck in DIR (which must be empty or not exist).
    New(NewArgs),
    /// Print a shell completion script (bash, zsh or fish).
    Completions(CompletionsArgs),
    /// Print the man page (roff) for deckgen(1).
    Man,
}

#[derive(Debug, Args)]
struct CheckArgs {
    #[command(flatten)]
    content: ContentArgs,
    /// Write the derived id into every card heading without an explicit `{#id}` (nothing else in
    /// the files changes); refuses if an id would collide.
    #[arg(long)]
    fix: bool,
}

#[derive(Debug, Args)]
struct ServeArgs {
    #[command(flatten)]
    content: ContentArgs,
    /// The port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 3000)]
    port: u16,
    /// Open the page in the default browser.
    #[arg(long)]
    open: bool,
}

#[derive(Debug, Args)]
struct NewArgs {
    /// The folder to create (its `content/` holds the deck).
    #[arg(value_name = "DIR")]
    dir: PathBuf,
}

#[derive(Debug, Args)]
struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    shell: ShellArg,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ShellArg {
    Bash,
    Zsh,
    Fish,
}

#[derive(Debug, Args)]
struct PushArgs {
    #[command(flatten)]
    content: ContentArgs,
    /// Only these sections (by id; repeat or separate with commas); other sections' notes are
    /// left alone.
    #[arg(long, value_delimiter = ',', value_name = "ID")]
    section: Vec<String>,
    /// AnkiConnect's address (default http://127.0.0.1:8765); another machine only when given here.
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    /// AnkiConnect's API key, if it has one (or set DECKGEN_ANKI_API_KEY).
    #[arg(
        long,
        value_name = "KEY",
        env = "DECKGEN_ANKI_API_KEY",
        hide_env_values = true
    )]
    api_key: Option<String>,
    /// Ask Anki what it has and print what a push would do; change nothing.
    #[arg(long)]
    dry_run: bool,
    /// Delete notes whose cards are gone from the content (default: tag them
    /// `deckgen::removed` and suspend them).
    #[arg(long)]
    delete_removed: bool,
    /// Print only errors and warnings.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Debug, Args)]
struct ContentArgs {
    /// The content folder (deck.toml and the section files).
    #[arg(long, value_name = "DIR", default_value = "content")]
    content: PathBuf,
}

#[derive(Debug, Args)]
struct BuildArgs {
    #[command(flatten)]
    content: ContentArgs,
    /// Where outputs go.
    #[arg(long, value_name = "DIR", default_value = "output")]
    out: PathBuf,
    /// Formats to build (repeat or separate with commas); default: all.
    #[arg(
        long,
        value_enum,
        ignore_case = true,
        value_delimiter = ',',
        value_name = "FORMAT"
    )]
    format: Vec<FormatArg>,
    /// Only these sections (by id; repeat or separate with commas).
    #[arg(long, value_delimiter = ',', value_name = "ID")]
    section: Vec<String>,
    /// CSV flavours: `anki` (headers, HTML, stock note types) and/or `plain` (question,answer)
    /// [default: anki].
    #[arg(
        long,
        value_enum,
        ignore_case = true,
        value_delimiter = ',',
        value_name = "FLAVOUR"
    )]
    csv: Vec<CsvArg>,
    /// Paper size for PDFs [default: a4].
    #[arg(long, value_enum, ignore_case = true)]
    paper: Option<PaperArg>,
    /// Print only errors and warnings.
    #[arg(long, short)]
    quiet: bool,
    /// Print what would change since the last build, and write nothing.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Csv,
    Apkg,
    Pdf,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum CsvArg {
    Anki,
    Plain,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum PaperArg {
    A4,
    Letter,
}

impl From<Cli> for Command {
    fn from(cli: Cli) -> Self {
        match cli.command {
            CliCommand::Build(b) => Command::Build(b.into()),
            CliCommand::Watch(b) => Command::Watch(b.into()),
            CliCommand::Check(c) if c.fix => Command::Fix(c.content.into()),
            CliCommand::Check(c) => Command::Check(c.content.into()),
            CliCommand::Serve(s) => Command::Serve(ServeOptions {
                content: s.content.content,
                port: s.port,
                open: s.open,
            }),
            CliCommand::New(n) => Command::New(n.dir),
            CliCommand::Completions(c) => Command::Completions(match c.shell {
                ShellArg::Bash => Shell::Bash,
                ShellArg::Zsh => Shell::Zsh,
                ShellArg::Fish => Shell::Fish,
            }),
            CliCommand::Man => Command::Man,
            CliCommand::List(c) => Command::List(c.into()),
            CliCommand::Push(p) => Command::Push(PushOptions {
                content: p.content.content,
                sections: p.section,
                url: p.url,
                api_key: p.api_key.map(crate::push::ApiKey::new),
                dry_run: p.dry_run,
                delete_removed: p.delete_removed,
                quiet: p.quiet,
            }),
        }
    }
}

impl From<ContentArgs> for ContentOptions {
    fn from(c: ContentArgs) -> Self {
        ContentOptions { content: c.content }
    }
}

impl From<BuildArgs> for BuildOptions {
    fn from(b: BuildArgs) -> Self {
        let formats: BTreeSet<Format> = if b.format.is_empty() {
            Format::ALL.into_iter().collect()
        } else {
            b.format
                .into_iter()
                .map(|f| match f {
                    FormatArg::Csv => Format::Csv,
                    FormatArg::Apkg => Format::Apkg,
                    FormatArg::Pdf => Format::Pdf,
                })
                .collect()
        };
        let mut ignored = Vec::new();
        if !b.csv.is_empty() && !formats.contains(&Format::Csv) {
            ignored.push("--csv has no effect: no CSV files are built (add `--format csv`)".into());
        }
        if b.paper.is_some() && !formats.contains(&Format::Pdf) {
            ignored.push("--paper has no effect: no PDFs are built (add `--format pdf`)".into());
        }
        let csv = if b.csv.is_empty() {
            vec![CsvArg::Anki]
        } else {
            b.csv
        };
        BuildOptions {
            content: b.content.content,
            out: b.out,
            formats,
            sections: b.section,
            csv: csv
                .into_iter()
                .map(|c| match c {
                    CsvArg::Anki => CsvFlavour::Anki,
                    CsvArg::Plain => CsvFlavour::Plain,
                })
                .collect(),
            paper: match b.paper {
                None | Some(PaperArg::A4) => Paper::A4,
                Some(PaperArg::Letter) => Paper::Letter,
            },
            quiet: b.quiet,
            dry_run: b.dry_run,
            ignored,
            keep_drawings: !b.dry_run,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn parse(args: &[&str]) -> Result<Command, clap::Error> {
        Cli::try_parse_from(std::iter::once("deckgen").chain(args.iter().copied()))
            .map(Command::from)
    }

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn build_defaults() {
        let Ok(Command::Build(b)) = parse(&["build"]) else {
            panic!()
        };
        assert_eq!(b.content, PathBuf::from("content"));
        assert_eq!(b.out, PathBuf::from("output"));
        assert_eq!(b.formats.len(), 3);
        assert_eq!(b.csv, [CsvFlavour::Anki].into_iter().collect());
        assert_eq!(b.paper, Paper::A4);
    }

    #[test]
    fn formats_repeat_or_comma_separated() {
        let Ok(Command::Build(b)) = parse(&["build", "--format", "csv,pdf", "--format", "csv"])
        else {
            panic!()
        };
        assert_eq!(b.formats, [Format::Csv, Format::Pdf].into_iter().collect());
    }

    /// Issue 21: `--paper A4` is how paper sizes are written.
    #[test]
    fn choices_ignore_case() {
        let Ok(Command::Build(b)) = parse(&["build", "--paper", "A4", "--format", "PDF"]) else {
            panic!()
        };
        assert_eq!(b.paper, Paper::A4);
        assert_eq!(b.formats, [Format::Pdf].into_iter().collect());
        let Ok(Command::Build(b)) = parse(&["build", "--paper", "Letter", "--csv", "Plain"]) else {
            panic!()
        };
        assert_eq!(b.paper, Paper::Letter);
        assert_eq!(b.csv, [CsvFlavour::Plain].into_iter().collect());
    }

    /// Issue 21: an option that cannot matter for the chosen formats says so.
    #[test]
    fn options_without_effect_are_named() {
        let Ok(Command::Build(b)) = parse(&[
            "build", "--csv", "plain", "--paper", "letter", "--format", "apkg",
        ]) else {
            panic!()
        };
        assert_eq!(b.ignored.len(), 2, "{:?}", b.ignored);
        assert!(b.ignored[0].starts_with("--csv has no effect"));
        assert!(b.ignored[1].starts_with("--paper has no effect"));
        for args in [
            &["build"][..],
            &["build", "--csv", "plain", "--format", "csv"],
            &["build", "--paper", "letter"],
        ] {
            let Ok(Command::Build(b)) = parse(args) else {
                panic!()
            };
            assert!(b.ignored.is_empty(), "{args:?}: {:?}", b.ignored);
        }
    }

    #[test]
    fn push_flags() {
        let Ok(Command::Push(p)) = parse(&[
            "push",
            "--section",
            "a,b",
            "--url",
            "http://localhost:9",
            "--api-key",
            "k",
            "--dry-run",
            "--delete-removed",
        ]) else {
            panic!()
        };
        assert_eq!(p.sections, ["a", "b"]);
        assert_eq!(p.url.as_deref(), Some("http://localhost:9"));
        assert_eq!(p.api_key, Some(crate::push::ApiKey::new("k".into())));
        assert!(p.dry_run && p.delete_removed && !p.quiet);
        assert!(
            !format!("{p:?}").contains("\"k\""),
            "the key is not in Debug output"
        );
    }

    #[test]
    fn unknown_format_is_a_usage_error() {
        let e = parse(&["build", "--format", "docx"]).unwrap_err();
        assert_eq!(e.exit_code(), 2);
    }
}
