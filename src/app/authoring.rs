//! The authoring commands: `serve` (live preview), `new` (a starter deck), `check --fix` (write
//! derived ids into headings), `completions` and `man`.

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use clap::CommandFactory;

use super::Outcome;
use crate::cli::Cli;
use crate::config::{ContentOptions, Shell};
use crate::diag::plural;
use crate::error::Error;
use crate::fix::{self, Plan};
use crate::serve::{self, ServeOptions, Stop};

/// The starter deck's files (path relative to the new folder, text), compiled in.
const STARTER: &[(&str, &str)] = &[
    (
        "README.md",
        include_str!("../../templates/starter/README.md"),
    ),
    (
        ".gitignore",
        include_str!("../../templates/starter/gitignore"),
    ),
    (
        "content/deck.toml",
        include_str!("../../templates/starter/content/deck.toml"),
    ),
    (
        "content/01-basics.md",
        include_str!("../../templates/starter/content/01-basics.md"),
    ),
    (
        "content/02-more-kinds.md",
        include_str!("../../templates/starter/content/02-more-kinds.md"),
    ),
];

/// `deckgen serve`: runs the preview until Ctrl-C.
pub fn serve(
    options: &ServeOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, Error> {
    let stop = Arc::new(Stop::default());
    let handler_stop = Arc::clone(&stop);
    ctrlc::set_handler(move || handler_stop.stop())
        .map_err(|e| Error::Usage(format!("cannot handle Ctrl-C: {e}")))?;
    serve::serve(options, stop, out, err)?;
    Ok(Outcome::Success)
}

/// `deckgen new DIR`: writes the starter deck into `dir`, which must be empty or not exist.
pub fn new(dir: &Path, out: &mut dyn Write) -> Result<Outcome, Error> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(Error::Usage(format!(
                    "{} is not empty; `deckgen new` writes only into an empty or new folder",
                    dir.display()
                )));
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(dir, e)),
    }
    for (rel, text) in STARTER {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        std::fs::write(&path, text).map_err(|e| Error::io(&path, e))?;
    }
    let content = dir.join("content");
    let _ = writeln!(
        out,
        "created {} with a starter deck in {}\n\nnext:\n  deckgen serve --content {} --open   \
         # see the cards in the browser\n  deckgen build --content {} --out {}   \
         # the .apkg, CSV files and PDFs",
        dir.display(),
        content.display(),
        content.display(),
        content.display(),
        dir.join("output").display()
    );
    Ok(Outcome::Success)
}

/// `deckgen check --fix`.
pub fn fix(c: &ContentOptions, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome, Error> {
    match fix::plan(&c.content)? {
        Plan::Refused { map, diagnostics } => {
            let _ = write!(err, "{}", map.render_all(&diagnostics));
            let _ = writeln!(
                err,
                "nothing was changed: --fix writes ids only into content without errors \
                 (a derived id that collides with another card's is one); fix the errors above first"
            );
            Ok(Outcome::ContentErrors)
        }
        Plan::Fix { fixes, files } => {
            fix::apply(&files)?;
            for f in &fixes {
                let _ = writeln!(
                    out,
                    "{}:{}: added {{#{}}}\n    - {}\n    + {}",
                    f.path.display(),
                    f.line,
                    f.id,
                    f.before,
                    f.after
                );
            }
            let _ = writeln!(
                out,
                "{}",
                if fixes.is_empty() {
                    "every card already has an id; nothing to change".to_string()
                } else {
                    format!(
                        "gave {} an id in {}",
                        plural(fixes.len(), "card"),
                        plural(files.len(), "file")
                    )
                }
            );
            Ok(Outcome::Success)
        }
    }
}

/// `deckgen completions SHELL`.
pub fn completions(shell: Shell, out: &mut dyn Write) -> Result<Outcome, Error> {
    let shell = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    clap_complete::generate(shell, &mut Cli::command(), "deckgen", out);
    Ok(Outcome::Success)
}

/// `deckgen man`: the man page deckgen(1), in roff.
pub fn man(out: &mut dyn Write) -> Result<Outcome, Error> {
    clap_mangen::Man::new(Cli::command())
        .render(out)
        .map_err(|e| Error::io(Path::new("<stdout>"), e))?;
    Ok(Outcome::Success)
}
