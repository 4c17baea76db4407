//! Pictures in the PDFs (issue 17): WebP images drawn with their pixels, and an image inside a
//! line of text drawn as a figure after its paragraph, on the sheets and the flashcard backs.

use std::fs;
use std::path::Path;

use crate::pictures::{figures_per_page, pdf_text};
use crate::util::{self, deckgen};

/// The image XObjects of `pdf` (anywhere in the file) with their colour samples: width,
/// height and the decoded samples, soft masks (`DeviceGray`) left out.
fn images(pdf: &Path) -> Vec<(i64, i64, Vec<u8>)> {
    let doc = lopdf::Document::load(pdf).unwrap();
    let mut out: Vec<(i64, i64, Vec<u8>)> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Image"))
        .filter(|s| {
            s.dict
                .get(b"ColorSpace")
                .is_ok_and(|c| c.as_name().ok() != Some(b"DeviceGray"))
        })
        .map(|s| {
            let n = |k: &[u8]| s.dict.get(k).unwrap().as_i64().unwrap();
            let samples = s
                .decompressed_content()
                .unwrap_or_else(|_| s.content.clone());
            (n(b"Width"), n(b"Height"), samples)
        })
        .collect();
    out.sort();
    out
}

/// Adds a card with `answer` to the pictures fixture in `dir`.
fn add_card(dir: &Path, id: &str, answer: &str) {
    let file = dir.join("content/01-pictures.md");
    let mut text = fs::read_to_string(&file).unwrap();
    text.push_str(&format!(
        "\n## A picture card {id}? {{#{id}}}\n\n{answer}\n"
    ));
    fs::write(file, text).unwrap();
}

/// A lossless 6 × 4 WebP, every pixel (20, 160, 90).
fn green_webp() -> Vec<u8> {
    let pixels: Vec<u8> = (0..6 * 4).flat_map(|_| [20u8, 160, 90]).collect();
    let mut webp = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut webp)
        .encode(&pixels, 6, 4, image::ExtendedColorType::Rgb8)
        .unwrap();
    webp
}

#[test]
fn a_webp_image_is_drawn_with_its_pixels() {
    let dir = util::fixture("pictures");
    let webp = green_webp();
    fs::write(dir.path().join("content/images/square.webp"), webp).unwrap();
    add_card(
        dir.path(),
        "webp",
        "A box in WebP:\n\n![A WebP square standing for the broker](images/square.webp)",
    );
    deckgen(dir.path(), &["build", "--format", "pdf"]).expect_code(0);
    let pdf = dir.path().join("output/pdf");
    for file in ["sections/pictures.pdf", "cheatsheet.pdf", "flashcards.pdf"] {
        let found = images(&pdf.join(file));
        let sizes: Vec<(i64, i64)> = found.iter().map(|i| (i.0, i.1)).collect();
        assert_eq!(sizes, [(6, 4), (30, 20)], "{file}: the WebP and the PNG");
        assert_eq!(found[0].2, [20, 160, 90].repeat(24), "{file}: its pixels");
        if let Some(text) = pdf_text(&pdf.join(file)) {
            assert!(!text.contains("WebP square"), "{file}: no alt text\n{text}");
        }
    }
}

#[test]
fn an_image_inside_text_is_drawn_after_its_paragraph() {
    let dir = util::fixture("pictures");
    fs::write(
        dir.path().join("content/images/inline.svg"),
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="lightblue"/><text x="8" y="26" font-size="16">InlineLabel</text></svg>"#,
    )
    .unwrap();
    add_card(
        dir.path(),
        "inline",
        "The broker ![drawn inline](images/inline.svg) fans messages out.\n\n- And in a list: ![drawn inline](images/inline.svg) again.",
    );
    deckgen(dir.path(), &["build", "--format", "pdf"]).expect_code(0);
    let pdf = dir.path().join("output/pdf");
    // The fixture's sheet draws five figures on its one page, its flashcards four: the new
    // drawing is one more in each (drawn after each block it is in, named once a page).
    let sheet = figures_per_page(&pdf.join("sections/pictures.pdf"));
    assert_eq!(sheet.concat().len(), 6, "{sheet:?}");
    let cards = figures_per_page(&pdf.join("flashcards.pdf"));
    assert_eq!(cards.concat().len(), 5, "{cards:?}");
    for file in ["sections/pictures.pdf", "flashcards.pdf"] {
        let Some(text) = pdf_text(&pdf.join(file)) else {
            return;
        };
        // The drawing's own label, and the sentence whole, with the alt text in its place.
        assert!(text.contains("InlineLabel"), "{file}\n{text}");
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("The broker drawn inline fans messages out."),
            "{file}\n{flat}"
        );
        // Once after the paragraph, once after the list item.
        assert_eq!(flat.matches("InlineLabel").count(), 2, "{file}\n{flat}");
    }
}

#[test]
fn a_webp_whose_body_is_broken_is_a_content_error_at_its_line() {
    let dir = util::fixture("pictures");
    let mut webp = green_webp();
    // The header (format and size: 12 + 8 + 5 bytes) is whole; the pixels are cut off.
    webp.truncate(26);
    fs::write(dir.path().join("content/images/broken.webp"), webp).unwrap();
    add_card(
        dir.path(),
        "broken",
        "![A cut-off file](images/broken.webp)",
    );
    // Found when the content is read (`check` too), at its line, with a hint; nothing written.
    let line = fs::read_to_string(dir.path().join("content/01-pictures.md"))
        .unwrap()
        .lines()
        .position(|l| l.contains("images/broken.webp"))
        .unwrap()
        + 1;
    for args in [&["check"][..], &["build", "--format", "pdf"]] {
        deckgen(dir.path(), args)
            .expect_code(1)
            .expect_stderr(&format!("01-pictures.md:{line}:"))
            .expect_stderr("image `images/broken.webp` is a broken WebP file")
            .expect_stderr("save the image as PNG, JPEG, GIF, WebP or SVG");
    }
    assert!(!dir.path().join("output").exists(), "nothing is written");
}
