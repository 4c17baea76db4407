//! Pictures on cards (issue 17): Mermaid diagrams become SVG media files that real Anki imports
//! and the cards show; bad diagrams are content errors; media names and packages are
//! deterministic. The Anki CSV carries diagrams inline (and highlighted code with its CSS), and
//! the CSV build writes only the images to `output/media/`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Read as _;
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

/// The media files packed in `output/pictures.apkg` (name → bytes), from its `media` map.
fn apkg_media(out: &Path) -> BTreeMap<String, Vec<u8>> {
    let file = fs::File::open(out.join("pictures.apkg")).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut map = String::new();
    zip.by_name("media")
        .unwrap()
        .read_to_string(&mut map)
        .unwrap();
    let map: BTreeMap<String, String> = serde_json::from_str(&map).unwrap();
    map.into_iter()
        .map(|(entry, name)| {
            let mut bytes = Vec::new();
            zip.by_name(&entry)
                .unwrap()
                .read_to_end(&mut bytes)
                .unwrap();
            (name, bytes)
        })
        .collect()
}

/// The `deckgen-*.svg` names a text refers to as media files (`src="deckgen-..."`, also as CSV
/// quotes it).
fn media_refs(text: &str) -> BTreeSet<String> {
    text.match_indices("src=")
        .map(|(i, _)| text[i + 4..].trim_start_matches('"'))
        .filter(|rest| rest.starts_with("deckgen-"))
        .map(|rest| rest[..rest.find('"').unwrap()].to_owned())
        .collect()
}

#[test]
fn diagrams_are_svg_media_files_named_by_hash() {
    let dir = util::fixture("pictures");
    deckgen(dir.path(), &["build"]).expect_code(0);
    let out = dir.path().join("output");
    // In the .apkg: the two card diagrams, light and dark, and the two images (the key points'
    // diagram is inline in the sub-deck's description: no media file).
    let media = apkg_media(&out);
    assert_eq!(media.len(), 6, "{:?}", media.keys());
    let png: Vec<&String> = media.keys().filter(|n| n.ends_with(".png")).collect();
    assert_eq!(png.len(), 1);
    assert_eq!(
        media[png[0]],
        fs::read(dir.path().join("content/images/square.png")).unwrap()
    );
    for (name, bytes) in media.iter().filter(|(n, _)| !n.ends_with(".png")) {
        assert!(
            name.starts_with("deckgen-") && name.ends_with(".svg"),
            "{name}"
        );
        let svg = String::from_utf8(bytes.clone()).unwrap();
        assert!(svg.starts_with("<svg"), "{name}");
        assert!(!svg.contains("foreignObject"), "{name}");
    }
    // The CSV build writes only the images: its diagrams are inline.
    let images: BTreeSet<String> = media
        .keys()
        .filter(|n| n.ends_with(".png") || n == &&image_svg_name(&media))
        .cloned()
        .collect();
    assert_eq!(media_dir(&out), images);
    let csv = fs::read_to_string(out.join("csv/pictures.csv")).unwrap();
    assert_eq!(media_refs(&csv), images, "the CSV names only its images");
    assert!(!csv.contains("```mermaid"), "no diagram is left as code");
    // The same content gives the same names and bytes in a fresh folder.
    let again = util::fixture("pictures");
    deckgen(again.path(), &["build"]).expect_code(0);
    assert_eq!(media, apkg_media(&again.path().join("output")));
    assert_eq!(
        snapshot(&out.join("media")),
        snapshot(&again.path().join("output/media"))
    );
}

/// The media name of the fixture's SVG image (`images/square.svg`): the one SVG that is neither
/// a light nor a dark drawing of a diagram.
fn image_svg_name(media: &BTreeMap<String, Vec<u8>>) -> String {
    let svgs: Vec<&String> = media
        .keys()
        .filter(|n| n.ends_with(".svg") && !n.ends_with("-dark.svg"))
        .filter(|n| !media.contains_key(&n.replace(".svg", "-dark.svg")))
        .collect();
    assert_eq!(svgs.len(), 1, "{svgs:?}");
    svgs[0].clone()
}

/// Anki CSV users get the diagrams without copying files (issue 17, "In CSV"): imported into a
/// fresh collection by Anki's own importer and rendered by its card renderer, the DLQ card's
/// answer holds both drawings inline with the night-mode rule, and its Java with the
/// highlighting CSS; only the images are media files, in `output/media/`.
#[test]
fn csv_cards_show_diagrams_inline_and_coloured_code_in_anki() {
    let dir = util::fixture("pictures");
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    let out = dir.path().join("output");
    let csv_file = out.join("csv/pictures.csv");
    let csv = fs::read_to_string(&csv_file).unwrap();
    let images = media_dir(&out);
    assert_eq!(images.len(), 2, "only the two images: {images:?}");
    assert_eq!(media_refs(&csv), images);
    let Some(python) = anki::python() else {
        return;
    };
    let report = anki::run(
        &python,
        "inspect_csv.py",
        &[path(&csv_file), "--strict", "--render", "--json"],
    );
    report.expect_ok();
    let notes = report.json["notes"].as_array().unwrap();
    let answer_of = |front: &str| -> String {
        let note = notes
            .iter()
            .find(|n| n["fields"]["Front"].as_str().unwrap().contains(front))
            .unwrap_or_else(|| panic!("{front}: {notes:#?}"));
        assert_eq!(note["note_type"], "Basic");
        // The field carries the diagrams' CSS once, if any (each SVG has its own style too).
        let back = note["fields"]["Back"].as_str().unwrap();
        assert!(back.matches(".dg,.dg svg{").count() <= 1, "{front}");
        note["cards"][0]["answer"].as_str().unwrap().to_owned()
    };
    let dlq = answer_of("keeps failing");
    for theme in ["dg-light", "dg-dark"] {
        assert_eq!(
            dlq.matches(&format!("<div class=\"dg {theme}\"><svg"))
                .count(),
            1,
            "{theme}: {dlq}"
        );
    }
    for label in ["MainQueue", "Consumer", "DLQ", "Fail"] {
        assert!(dlq.contains(&format!(">{label}<")), "{label}: {dlq}");
    }
    assert!(!dlq.contains("<img src=\"deckgen-"), "{dlq}");
    assert!(!dlq.contains("graph LR"), "{dlq}");
    assert!(
        dlq.contains(".nightMode .dg-light{display:none}")
            && dlq.contains(".nightMode .dg-dark{display:inline-block}"),
        "night mode shows the dark drawing: {dlq}"
    );
    // Scaled to the card's width, over the natural width each SVG's own style gives.
    assert!(dlq.contains(".dg svg{max-width:100%!important"), "{dlq}");
    // The Java, classed, and the classes' colours in light and night mode, once.
    assert!(dlq.contains("<pre class=\"hl-code\">"), "{dlq}");
    assert!(dlq.contains("<span class=\"hl-keyword"), "{dlq}");
    assert_eq!(dlq.matches(".hl-code{").count(), 2, "{dlq}");
    assert_eq!(dlq.matches(".nightMode .hl-code{").count(), 1, "{dlq}");
    assert!(dlq.contains(".hl-keyword{color:"), "{dlq}");
    assert!(dlq.contains(".nightMode .hl-keyword{color:"), "{dlq}");
    // The outbox card: its diagram inline, its labels there; no code, so no highlighting CSS.
    let outbox = answer_of("transactional outbox");
    assert!(
        outbox.contains("<div class=\"dg dg-dark\"><svg"),
        "{outbox}"
    );
    assert!(outbox.contains("Outbox relay"), "{outbox}");
    assert!(!outbox.contains(".hl-code"), "{outbox}");
    // The images stay media files the card names.
    let broker = answer_of("on a slide");
    assert_eq!(media_refs(&broker), images, "{broker}");
    assert!(!broker.contains("deckgen-standalone"), "{broker}");
}

/// Removes the fixture's two images from its card.
fn drop_images(dir: &Path) {
    replace_in(
        &dir.join("content/01-pictures.md"),
        "![A square standing for the broker](images/square.png)\n\n![The same square drawn as vectors](images/square.svg)\n",
        "No picture.\n",
    );
}

/// A deck without images has no `output/media/` folder (its diagrams and code are inline).
#[test]
fn a_csv_build_without_images_writes_no_media_folder() {
    let dir = util::fixture("pictures");
    drop_images(dir.path());
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    let out = dir.path().join("output");
    assert!(!out.join("media").exists(), "{:?}", media_dir(&out));
    let csv = fs::read_to_string(out.join("csv/pictures.csv")).unwrap();
    assert!(csv.contains("<div class=\"\"dg dg-light\"\"><svg"));
}

/// A build whose deck no longer has images removes the previous build's media files (those of
/// the last build with images, or the diagrams of a build before they were inline).
#[test]
fn a_csv_build_without_images_removes_the_previous_media_files() {
    let dir = util::fixture("pictures");
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    let out = dir.path().join("output");
    assert_eq!(media_dir(&out).len(), 2);
    drop_images(dir.path());
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    assert!(media_dir(&out).is_empty(), "{:?}", media_dir(&out));
}

/// A collection that imported the previous CSV (deckgen 55cc757: diagrams as media references,
/// `tests/fixtures/pictures/previous/pictures.csv`) and studied it takes the new CSV as an
/// update of the two cards with diagrams (and code), in place: same GUIDs, no duplicate, every
/// review kept.
#[test]
fn a_csv_with_inline_diagrams_updates_the_previous_csv_notes_in_place() {
    let Some(python) = anki::python() else {
        return;
    };
    let dir = util::fixture("pictures");
    deckgen(dir.path(), &["build", "--format", "csv"]).expect_code(0);
    let old = dir.path().join("previous/pictures.csv");
    assert!(
        fs::read_to_string(&old)
            .unwrap()
            .contains("src=\"\"deckgen-15cdf62873a93d72.svg\"\""),
        "the previous CSV refers to the DLQ diagram's file"
    );
    let new = dir.path().join("output/csv/pictures.csv");
    let report = anki::run(
        &python,
        "reimport.py",
        &[
            path(&old),
            path(&new),
            "--json",
            "--expect-added",
            "0",
            "--expect-updated",
            "2",
            "--expect-duplicated",
            "0",
        ],
    );
    report.expect_ok();
    assert_eq!(report.json["checks"]["progress_preserved_all_notes"], true);
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
    let before: BTreeSet<String> = apkg_media(&out).into_keys().collect();
    let images = media_dir(&out);
    replace_in(
        &dir.path().join("content/01-pictures.md"),
        "Consumer -- Fail --> DLQ",
        "Consumer -- Fails again --> DLQ",
    );
    deckgen(dir.path(), &["build"])
        .expect_code(0)
        .expect_stdout("~1 changed");
    let after: BTreeSet<String> = apkg_media(&out).into_keys().collect();
    assert_eq!(
        before.intersection(&after).count(),
        4,
        "the outbox and the images keep their files"
    );
    assert_eq!(
        after.len(),
        6,
        "the old drawing's files are gone: {after:?}"
    );
    assert_eq!(media_dir(&out), images, "the CSV's media: the images only");
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
    let media = apkg_media(&out);
    let names: BTreeSet<String> = media.keys().cloned().collect();
    let shared: Vec<&String> = kept.intersection(&names).collect();
    assert_eq!(shared.len(), 4, "{kept:?} / {names:?}");
    for name in &shared {
        assert_eq!(
            fs::read(out.join(".deckgen/diagrams").join(name)).unwrap(),
            media[*name],
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
    assert_eq!(apkg_media(&out)[&light], marked.as_bytes());
    let csv = || fs::read_to_string(out.join("csv/pictures.csv")).unwrap();
    assert!(
        csv().contains("<svg data-kept=\"\"yes\"\""),
        "inline in the CSV too"
    );
    // ...and a file that is not a whole SVG (cut short) is drawn again and replaced.
    fs::write(&kept_light, &drawn[..drawn.len() / 2]).unwrap();
    deckgen(dir.path(), &["build"]).expect_code(0);
    assert_eq!(fs::read_to_string(&kept_light).unwrap(), drawn);
    assert_eq!(apkg_media(&out)[&light], drawn.as_bytes());
    assert!(!csv().contains("data-kept"));
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
