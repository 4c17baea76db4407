//! Pictures on cards (issue 17): Mermaid diagrams become SVG media files that real Anki imports
//! and the cards show; bad diagrams are content errors; media names and packages are
//! deterministic; the CSV build writes the same files to `output/media/`.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::anki;
use crate::csv_export::path;
use crate::util::{self, deckgen, replace_in, snapshot};

/// The names of the files in `dir` (none if it is missing).
fn file_names(dir: &Path) -> BTreeSet<String> {
    fs::read_dir(dir)
        .map(|dir| {
            dir.map(|e| e.unwrap().file_name().into_string().unwrap())
                .collect()
        })
        .unwrap_or_default()
}

/// The media files in `output/media/`, by name.
fn media_dir(out: &Path) -> BTreeSet<String> {
    file_names(&out.join("media"))
}

#[test]
fn diagrams_are_svg_media_files_named_by_hash() {
    let dir = util::fixture("pictures");
    deckgen(dir.path(), &["build"]).expect_code(0);
    let out = dir.path().join("output");
    // The two card diagrams, light and dark, and the two images (the key points' diagram is
    // inline in the sub-deck's description: no media file).
    let names = media_dir(&out);
    assert_eq!(names.len(), 6, "{names:?}");
    let png: Vec<&String> = names.iter().filter(|n| n.ends_with(".png")).collect();
    assert_eq!(png.len(), 1);
    assert_eq!(
        fs::read(out.join("media").join(png[0])).unwrap(),
        fs::read(dir.path().join("content/images/square.png")).unwrap()
    );
    for name in names.iter().filter(|n| !n.ends_with(".png")) {
        assert!(
            name.starts_with("deckgen-") && name.ends_with(".svg"),
            "{name}"
        );
        let svg = fs::read_to_string(out.join("media").join(name)).unwrap();
        assert!(svg.starts_with("<svg"), "{name}");
        assert!(!svg.contains("foreignObject"), "{name}");
    }
    let csv = fs::read_to_string(out.join("csv/pictures.csv")).unwrap();
    for name in &names {
        assert!(
            csv.contains(&format!("src=\"\"{name}\"\"")),
            "{name} on a card"
        );
    }
    assert!(!csv.contains("```mermaid"), "no diagram is left as code");
    // The same content gives the same names and bytes in a fresh folder.
    let again = util::fixture("pictures");
    deckgen(again.path(), &["build"]).expect_code(0);
    assert_eq!(
        snapshot(&out.join("media")),
        snapshot(&again.path().join("output/media"))
    );
}

#[test]
fn an_unchanged_rebuild_is_byte_identical_and_an_edit_renames_one_diagram() {
    let dir = util::fixture("pictures");
    deckgen(dir.path(), &["build"]).expect_code(0);
    let out = dir.path().join("output");
    let first = snapshot(&out);
    deckgen(dir.path(), &["build"]).expect_code(0);
    assert_eq!(
        first,
        snapshot(&out),
        "an unchanged deck rebuilds byte for byte"
    );
    let before = media_dir(&out);
    replace_in(
        &dir.path().join("content/01-pictures.md"),
        "Consumer -- Fail --> DLQ",
        "Consumer -- Fails again --> DLQ",
    );
    deckgen(dir.path(), &["build"])
        .expect_code(0)
        .expect_stdout("~1 changed");
    let after = media_dir(&out);
    assert_eq!(
        before.intersection(&after).count(),
        4,
        "the outbox and the images keep their files"
    );
    assert_eq!(
        after.len(),
        6,
        "the old drawing's files are removed: {after:?}"
    );
}

#[test]
fn a_bad_diagram_is_a_content_error_at_its_line_and_nothing_is_written() {
    let dir = util::fixture("pictures");
    deckgen(dir.path(), &["build"]).expect_code(0);
    let out = dir.path().join("output");
    let before = snapshot(&out);
    let file = dir.path().join("content/01-pictures.md");
    replace_in(&file, "Consumer -- Fail --> DLQ", "Consumer -- Fail -->");
    let text = fs::read_to_string(&file).unwrap();
    let line = text
        .lines()
        .position(|l| l.trim_end().ends_with("Fail -->"))
        .unwrap()
        + 1;
    deckgen(dir.path(), &["build"])
        .expect_code(1)
        .expect_stderr("Mermaid diagram cannot be drawn")
        .expect_stderr(&format!("01-pictures.md:{line}:"))
        .expect_stderr("help: fix the diagram's Mermaid syntax");
    assert_eq!(before, snapshot(&out), "nothing was written");
    // A diagram the renderer does not know at all points at its fence.
    replace_in(&file, "Consumer -- Fail -->", "Consumer -- Fail --> DLQ");
    replace_in(
        &file,
        "```mermaid\ngraph LR\n    Publisher",
        "```mermaid\nnonsense\n    Publisher",
    );
    let fence = fs::read_to_string(&file)
        .unwrap()
        .lines()
        .position(|l| l == "nonsense")
        .unwrap();
    deckgen(dir.path(), &["check"])
        .expect_code(1)
        .expect_stderr(&format!("01-pictures.md:{fence}:"));
}

#[test]
fn anki_imports_every_diagram_and_each_card_shows_its_own() {
    let Some(python) = anki::python() else {
        return;
    };
    let dir = util::fixture("pictures");
    deckgen(dir.path(), &["build", "--format", "apkg"]).expect_code(0);
    let apkg = dir.path().join("output/pictures.apkg");
    let report = anki::run(
        &python,
        "inspect_apkg.py",
        &[path(&apkg), "--json", "--render"],
    );
    report.expect_ok();
    let j = &report.json;
    let media: BTreeSet<String> = j["media_files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(media.len(), 6, "{media:?}");
    let mut referenced = BTreeSet::new();
    for note in j["notes"].as_array().unwrap() {
        for card in note["cards"].as_array().unwrap() {
            let html = format!("{}{}", card["question"], card["answer"]);
            for name in &media {
                if html.contains(name.as_str()) {
                    referenced.insert(name.clone());
                }
            }
        }
    }
    assert_eq!(referenced, media, "every media file is shown by a card");
    let outbox = j["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["fields"]["CardId"] == "outbox")
        .unwrap();
    let answer = outbox["cards"][0]["answer"].as_str().unwrap();
    assert!(answer.contains("deckgen-diagram-light") && answer.contains("deckgen-diagram-dark"));
    assert!(!answer.contains("mermaid"), "{answer}");
}

/// Anki's deck overview screen shows a sub-deck's description: the section's key points. Their
/// diagram is there as both drawings inline (no media file: Anki imports only the files notes
/// use), never as Mermaid source.
#[test]
fn anki_shows_the_key_points_diagram_in_the_section_deck_description() {
    let Some(python) = anki::python() else {
        return;
    };
    let dir = util::fixture("pictures");
    deckgen(dir.path(), &["build", "--format", "apkg"]).expect_code(0);
    let apkg = dir.path().join("output/pictures.apkg");
    let report = anki::run(&python, "inspect_apkg.py", &[path(&apkg), "--json"]);
    report.expect_ok();
    let j = &report.json;
    let description = j["deck_descriptions"]["Pictures::Messaging pictures"]
        .as_str()
        .unwrap_or_else(|| panic!("no description: {}", j["deck_descriptions"]));
    assert!(
        description.contains("fans one message out"),
        "{description}"
    );
    for theme in ["dg-light", "dg-dark"] {
        assert!(
            description.contains(&format!("<div class=\"dg {theme}\"><svg")),
            "{theme}: {description}"
        );
    }
    assert!(description.contains("Subscriber1"), "the diagram's labels");
    assert!(
        description.contains(".nightMode .dg-light{display:none}"),
        "night mode shows the dark drawing"
    );
    assert!(!description.contains("graph LR"), "not as code");
    assert!(
        !description.contains("src=\"deckgen-"),
        "no media file is named"
    );
    // The card media are all there is.
    assert_eq!(j["counts"]["media_files"], 6);
}

/// An image in the key points whose file is over the limit for a deck description is its alt
/// text there, and the build says so (the sheets still print it).
#[test]
fn a_key_points_image_too_big_for_the_deck_description_is_a_warning() {
    let dir = util::fixture("pictures");
    let content = dir.path().join("content");
    let padding = "x".repeat(300 * 1024);
    fs::write(
        content.join("images/big.svg"),
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\
             <!-- {padding} --><rect width=\"10\" height=\"10\"/></svg>"
        ),
    )
    .unwrap();
    replace_in(
        &content.join("01-pictures.md"),
        "    Broker --> Subscriber2\n```\n",
        "    Broker --> Subscriber2\n```\n\n![A big square](images/big.svg)\n",
    );
    deckgen(dir.path(), &["build", "--format", "apkg"])
        .expect_code(0)
        .expect_stderr("section `pictures`, key points: image `images/big.svg` is over 256 KiB");
}

#[test]
fn anki_updates_the_card_of_an_edited_diagram_in_place_and_keeps_its_progress() {
    let Some(python) = anki::python() else {
        return;
    };
    let dir = util::fixture("pictures");
    deckgen(dir.path(), &["build", "--format", "apkg"]).expect_code(0);
    let old = dir.path().join("old.apkg");
    fs::copy(dir.path().join("output/pictures.apkg"), &old).unwrap();
    replace_in(
        &dir.path().join("content/01-pictures.md"),
        "Consumer -- Fail --> DLQ",
        "Consumer -- Fails again --> DLQ",
    );
    deckgen(dir.path(), &["build", "--format", "apkg"]).expect_code(0);
    let new = dir.path().join("output/pictures.apkg");
    let args = [
        path(&old),
        path(&new),
        "--json",
        "--expect-added",
        "0",
        "--expect-updated",
        "1",
        "--expect-duplicated",
        "0",
    ];
    let report = anki::run(&python, "reimport.py", &args);
    report.expect_ok();
    assert_eq!(report.json["checks"]["progress_preserved_all_notes"], true);
    // The new drawing is in the collection that imported the new package.
    let inspect = anki::run(&python, "inspect_apkg.py", &[path(&new), "--json"]);
    inspect.expect_ok();
    assert_eq!(inspect.json["counts"]["media_files"], 6);
}

/// The Form XObjects (`/DGF...`) each page of `pdf` names in its resources.
pub(crate) fn figures_per_page(pdf: &Path) -> Vec<Vec<String>> {
    let doc = lopdf::Document::load(pdf).unwrap();
    doc.get_pages()
        .values()
        .map(|&page| {
            let (resources, _) = doc.get_page_resources(page).unwrap();
            let Some(resources) = resources else {
                return Vec::new();
            };
            let Ok(xobjects) = resources.get(b"XObject").and_then(|o| o.as_dict()) else {
                return Vec::new();
            };
            xobjects
                .iter()
                .map(|(name, target)| {
                    let id = target.as_reference().unwrap();
                    let form = doc.get_object(id).unwrap().as_stream().unwrap();
                    assert_eq!(
                        form.dict.get(b"Subtype").unwrap().as_name().unwrap(),
                        b"Form"
                    );
                    String::from_utf8(name.clone()).unwrap()
                })
                .filter(|name| name.starts_with("DGF"))
                .collect()
        })
        .collect()
}

/// The text layer of `pdf` (poppler's pdftotext), or `None` (after saying so) without poppler;
/// under CI a missing pdftotext fails.
pub(crate) fn pdf_text(pdf: &Path) -> Option<String> {
    match std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
    {
        Ok(out) if out.status.success() => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        other => {
            assert!(
                std::env::var_os("CI").is_none(),
                "pdftotext (poppler-utils) is required when CI is set: {other:?}"
            );
            util::skipped("pdftotext is not installed: the diagrams' text layer is not checked");
            None
        }
    }
}

#[test]
fn the_pdfs_draw_the_diagrams_as_vectors_with_searchable_labels() {
    let dir = util::fixture("pictures");
    deckgen(dir.path(), &["build", "--format", "pdf"]).expect_code(0);
    let pdf = dir.path().join("output/pdf");
    // The section sheet: the key points' diagram, both cards' diagrams and the two images, on
    // its one page.
    let sheet = figures_per_page(&pdf.join("sections/pictures.pdf"));
    assert_eq!(sheet.len(), 1);
    assert_eq!(sheet[0].len(), 5, "{sheet:?}");
    let cheat = figures_per_page(&pdf.join("cheatsheet.pdf"));
    assert_eq!(cheat.concat().len(), 5, "{cheat:?}");
    // Flashcards: the two answers with a diagram and the one with the images, on the backs.
    let cards: Vec<String> = figures_per_page(&pdf.join("flashcards.pdf")).concat();
    assert_eq!(cards.len(), 4, "{cards:?}");
    // The PNG's pixels as they are: one 30 × 20 image, never resampled.
    let doc = lopdf::Document::load(pdf.join("sections/pictures.pdf")).unwrap();
    let images: Vec<(i64, i64)> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Image"))
        .map(|s| {
            let n = |k: &[u8]| s.dict.get(k).unwrap().as_i64().unwrap();
            (n(b"Width"), n(b"Height"))
        })
        .collect();
    assert_eq!(images, [(30, 20)]);
    for file in ["sections/pictures.pdf", "cheatsheet.pdf", "flashcards.pdf"] {
        let Some(text) = pdf_text(&pdf.join(file)) else {
            return;
        };
        for label in ["Outbox relay", "insert OrderPlaced", "MainQueue"] {
            assert!(text.contains(label), "{file}: `{label}` in\n{text}");
        }
        assert!(
            !text.contains("flowchart LR"),
            "{file}: no diagram is printed as code"
        );
    }
    let Some(text) = pdf_text(&pdf.join("sections/pictures.pdf")) else {
        return;
    };
    assert!(text.contains("Subscriber1"), "the key points' diagram");
}

#[test]
fn images_are_media_files_named_by_their_bytes() {
    let dir = util::fixture("pictures");
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    let csv = fs::read_to_string(dir.path().join("output/csv/pictures.csv")).unwrap();
    let names = media_dir(&dir.path().join("output"));
    let png = names.iter().find(|n| n.ends_with(".png")).unwrap();
    assert!(
        csv.contains(&format!(
            "<img src=\"\"{png}\"\" alt=\"\"A square standing for the broker\"\""
        )),
        "{csv}"
    );
    assert!(
        !csv.contains("images/square"),
        "the card names the media file, not the path"
    );
    // Renaming the file changes nothing: the name comes from the bytes.
    let content = dir.path().join("content");
    fs::rename(
        content.join("images/square.png"),
        content.join("images/box.png"),
    )
    .unwrap();
    replace_in(
        &content.join("01-pictures.md"),
        "images/square.png",
        "images/box.png",
    );
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    assert_eq!(names, media_dir(&dir.path().join("output")));
}

#[test]
fn bad_images_are_content_errors_at_their_line_and_nothing_is_written() {
    let cases = [
        (
            "https://example.com/a.png",
            "is a URL; deckgen never downloads images",
        ),
        ("../outside.png", "is outside the content folder"),
        ("/etc/passwd", "is an absolute path"),
        ("images/missing.png", "not found"),
        (
            "01-pictures.md",
            "is not a PNG, JPEG, GIF, WebP or SVG file",
        ),
        ("images", "is not a file"),
    ];
    for (target, message) in cases {
        let dir = util::fixture("pictures");
        fs::write(dir.path().join("outside.png"), b"x").unwrap();
        deckgen(dir.path(), &["build"]).expect_code(0);
        let out = dir.path().join("output");
        let before = snapshot(&out);
        let file = dir.path().join("content/01-pictures.md");
        replace_in(&file, "images/square.png", target);
        let line = fs::read_to_string(&file)
            .unwrap()
            .lines()
            .position(|l| l.contains(&format!("]({target})")))
            .unwrap()
            + 1;
        deckgen(dir.path(), &["build"])
            .expect_code(1)
            .expect_stderr(&format!("01-pictures.md:{line}:1"))
            .expect_stderr(message)
            .expect_stderr("help:");
        assert_eq!(before, snapshot(&out), "{target}: nothing was written");
    }
}

#[test]
fn an_image_without_alt_text_is_a_warning() {
    let dir = util::fixture("pictures");
    replace_in(
        &dir.path().join("content/01-pictures.md"),
        "![The same square drawn as vectors]",
        "![]",
    );
    deckgen(dir.path(), &["check"])
        .expect_code(0)
        .expect_stderr("warning: image has no alt text");
}

/// The files in the build's diagram folder (`output/.deckgen/diagrams`), by name.
fn kept_diagrams(out: &Path) -> BTreeSet<String> {
    file_names(&out.join(".deckgen/diagrams"))
}

#[test]
fn a_rebuild_reads_its_diagrams_back_instead_of_drawing_them() {
    let dir = util::fixture("pictures");
    let out = dir.path().join("output");
    // A dry run reads kept diagrams but keeps none.
    deckgen(dir.path(), &["build", "--dry-run"]).expect_code(0);
    assert!(kept_diagrams(&out).is_empty(), "{:?}", kept_diagrams(&out));
    deckgen(dir.path(), &["build"]).expect_code(0);
    // The three diagrams (two on cards, one in the key points), light and dark; each card
    // diagram's files are the package's media files, byte for byte.
    let kept = kept_diagrams(&out);
    assert_eq!(kept.len(), 6, "{kept:?}");
    let media = media_dir(&out);
    let shared: Vec<&String> = kept.intersection(&media).collect();
    assert_eq!(shared.len(), 4, "{kept:?} / {media:?}");
    for name in &shared {
        assert_eq!(
            fs::read(out.join(".deckgen/diagrams").join(name)).unwrap(),
            fs::read(out.join("media").join(name)).unwrap(),
            "{name}"
        );
    }
    // The next build takes what is kept instead of drawing: a kept file marked by hand shows up
    // in the outputs under the same name...
    let light = shared
        .iter()
        .find(|n| !n.ends_with("-dark.svg"))
        .unwrap()
        .to_string();
    let kept_light = out.join(".deckgen/diagrams").join(&light);
    let drawn = fs::read_to_string(&kept_light).unwrap();
    let marked = drawn.replacen("<svg", "<svg data-kept=\"yes\"", 1);
    fs::write(&kept_light, &marked).unwrap();
    deckgen(dir.path(), &["build"]).expect_code(0);
    assert_eq!(
        fs::read_to_string(out.join("media").join(&light)).unwrap(),
        marked
    );
    // ...and a file that is not a whole SVG (cut short) is drawn again and replaced.
    fs::write(&kept_light, &drawn[..drawn.len() / 2]).unwrap();
    deckgen(dir.path(), &["build"]).expect_code(0);
    assert_eq!(fs::read_to_string(&kept_light).unwrap(), drawn);
    assert_eq!(
        fs::read_to_string(out.join("media").join(&light)).unwrap(),
        drawn
    );
    // A `--section` build keeps every kept diagram; a full build drops the ones the deck no
    // longer has (and a killed build's temporary file).
    fs::write(out.join(".deckgen/diagrams/.keeping-x1"), "<svg").unwrap();
    replace_in(
        &dir.path().join("content/01-pictures.md"),
        "Consumer -- Fail --> DLQ",
        "Consumer -- Fails again --> DLQ",
    );
    deckgen(dir.path(), &["build", "--section", "pictures"]).expect_code(0);
    assert_eq!(kept_diagrams(&out).len(), 9, "{:?}", kept_diagrams(&out));
    deckgen(dir.path(), &["build"]).expect_code(0);
    let now = kept_diagrams(&out);
    assert_eq!(now.len(), 6, "{now:?}");
    assert_eq!(now.intersection(&kept).count(), 4, "{now:?}");
}

#[test]
fn a_rebuild_reads_its_pdf_drawings_back_and_prints_the_same_pdfs() {
    let dir = util::fixture("pictures");
    let out = dir.path().join("output");
    let forms = |out: &Path| file_names(&out.join(".deckgen/forms"));
    deckgen(dir.path(), &["build", "--format", "pdf"]).expect_code(0);
    // Three diagrams and two images, each converted once.
    let first = forms(&out);
    assert_eq!(first.len(), 5, "{first:?}");
    assert!(
        first
            .iter()
            .all(|n| n.starts_with("deckgen-") && n.ends_with(".form"))
    );
    let pdfs = snapshot(&out.join("pdf"));
    // Built again from the kept forms: the same PDFs, byte for byte.
    deckgen(dir.path(), &["build", "--format", "pdf"]).expect_code(0);
    assert_eq!(pdfs, snapshot(&out.join("pdf")));
    // A kept form that is not one (cut short) is converted again, giving the same PDFs.
    let victim = out
        .join(".deckgen/forms")
        .join(first.iter().next().unwrap());
    let whole = fs::read(&victim).unwrap();
    fs::write(&victim, &whole[..whole.len() / 3]).unwrap();
    deckgen(dir.path(), &["build", "--format", "pdf"]).expect_code(0);
    assert_eq!(pdfs, snapshot(&out.join("pdf")));
    assert_eq!(fs::read(&victim).unwrap(), whole);
    // An edited diagram: a new form; the old one goes with the next build of the whole deck.
    replace_in(
        &dir.path().join("content/01-pictures.md"),
        "Consumer -- Fail --> DLQ",
        "Consumer -- Fails again --> DLQ",
    );
    deckgen(dir.path(), &["build", "--format", "pdf"]).expect_code(0);
    let now = forms(&out);
    assert_eq!(now.len(), 5, "{now:?}");
    assert_eq!(now.intersection(&first).count(), 4, "{now:?}");
}
