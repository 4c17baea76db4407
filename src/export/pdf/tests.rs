//! Tests of the PDF exporter that render the sample deck's sheets with the engine.

use super::*;
use crate::config::Paper;
use crate::pdf::document::embeds_cuts;

/// The sample deck of the test fixtures, for the PDF unit tests.
fn sample() -> Deck {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample/content");
    crate::load(&dir).unwrap().deck.unwrap()
}

#[test]
fn same_input_same_bytes_even_within_one_process() {
    // printpdf draws font names and file ids from a process-wide counter; none of that may
    // reach our bytes.
    let deck = sample();
    let fonts = Fonts::load().unwrap();
    let render = || {
        let mut cx = Ctx::new(&fonts);
        let pages = sheets::cheat_sheet(&mut cx, &deck, Paper::A4);
        save(&fonts, None, "t", pages, 1_700_000_000).unwrap()
    };
    let (a, b) = (render(), render());
    assert!(a == b, "two renders differ");
    let text = String::from_utf8_lossy(&a);
    assert!(
        text.contains("D:20231114221320"),
        "dates come from the build timestamp"
    );
    assert!(!text.contains("GTS_PDFXVersion"));
}

#[test]
fn every_sheet_of_the_sample_renders() {
    let deck = sample();
    let fonts = Fonts::load().unwrap();
    let mut cx = Ctx::new(&fonts);
    let section = &deck.sections[0];
    let (card, table) = section.tables().next().unwrap();
    for pages in [
        sheets::table_sheet(&mut cx, &deck, section, card, table, Paper::Letter),
        sheets::section_sheet(&mut cx, &deck, section, Paper::Letter),
        flashcards::flashcards(&mut cx, &deck, Paper::Letter),
    ] {
        assert!(!pages.is_empty());
        save(&fonts, None, "t", pages, 0).unwrap();
    }
    assert!(
        cx.warnings.is_empty() && cx.missing.is_empty(),
        "{:?} {:?}",
        cx.warnings,
        cx.missing
    );
}

#[test]
fn a_cut_from_the_decks_text_serves_every_sheet_of_it() {
    let fonts = Fonts::load().unwrap();
    let mut deck = sample();
    // Characters beyond Latin-1 in each kind of text the sheets show.
    deck.description.push_str(" Ω");
    let section = &mut deck.sections[0];
    section.key_points.push_str("\n\n- ≈ fast");
    section.title.push_str(" ∑");
    for card in &mut section.cards {
        card.question.push_str(" ≠");
        card.answer.push_str(" ⇒");
        if let CardKind::Table(table) = &mut card.kind {
            table.header[0].push_str(" ∞");
            table.rows[0].cells[0].push_str(" λ");
        }
    }
    let cuts = fonts.cut(&text_chars(&deck));
    let mut cx = Ctx::new(&fonts);
    let mut documents = vec![
        sheets::cheat_sheet(&mut cx, &deck, Paper::A4),
        flashcards::flashcards(&mut cx, &deck, Paper::A4),
    ];
    for section in &deck.sections {
        documents.push(sheets::section_sheet(&mut cx, &deck, section, Paper::A4));
        for (card, table) in section.tables() {
            documents.push(sheets::table_sheet(
                &mut cx,
                &deck,
                section,
                card,
                table,
                Paper::A4,
            ));
        }
    }
    assert!(cx.missing.is_empty(), "{:?}", cx.missing);
    for pages in &documents {
        assert_eq!(embeds_cuts(&fonts, &cuts, pages), [true; 4]);
    }
}

/// A lossless WebP of `w` × `h` pixels of one colour.
fn webp(w: u32, h: u32, rgb: [u8; 3]) -> Vec<u8> {
    let pixels: Vec<u8> = (0..w * h).flat_map(|_| rgb).collect();
    let mut bytes = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut bytes)
        .encode(&pixels, w, h, image::ExtendedColorType::Rgb8)
        .unwrap();
    bytes
}

/// A RIFF chunk: its tag, size and data, padded to an even length.
fn chunk(tag: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = tag.to_vec();
    out.extend(u32::try_from(data.len()).unwrap().to_le_bytes());
    out.extend(data);
    if data.len() % 2 == 1 {
        out.push(0);
    }
    out
}

/// An animated WebP of `w` × `h` pixels whose frames are the colours `frames`, each covering the
/// canvas (the container of the WebP specification, around the encoder's lossless frames).
fn animated_webp(w: u32, h: u32, frames: &[[u8; 3]]) -> Vec<u8> {
    let u24 = |v: u32| v.to_le_bytes()[..3].to_vec();
    let mut vp8x = vec![0x02, 0, 0, 0]; // animation
    vp8x.extend(u24(w - 1));
    vp8x.extend(u24(h - 1));
    let mut body = b"WEBP".to_vec();
    body.extend(chunk(b"VP8X", &vp8x));
    body.extend(chunk(b"ANIM", &[255, 255, 255, 255, 0, 0]));
    for &rgb in frames {
        let still = webp(w, h, rgb);
        assert_eq!(&still[12..16], b"VP8L");
        let mut anmf = [u24(0), u24(0), u24(w - 1), u24(h - 1), u24(100)].concat();
        anmf.push(0x02); // no blending: the frame as it is
        anmf.extend(&still[12..]);
        body.extend(chunk(b"ANMF", &anmf));
    }
    chunk(b"RIFF", &body)
}

/// The image XObjects of `svg` converted for the PDFs: width, height and decoded samples.
fn images_of(svg: &str) -> Vec<(i64, i64, Vec<u8>)> {
    let form = SvgForm::from_svg(svg).unwrap();
    let mut doc = lopdf::Document::with_version("1.7");
    form.insert_into(&mut doc);
    doc.objects
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
        .collect()
}

#[test]
fn a_webp_image_is_drawn_with_its_pixels() {
    let bytes = webp(3, 2, [200, 40, 10]);
    let (format, w, h) = crate::picture::image::recognise(&bytes, "x.webp").unwrap();
    assert_eq!((format, w, h), (ImageFormat::WebP, 3, 2));
    let svg = raster_svg(&bytes, format, w, h);
    let images = images_of(&svg);
    assert_eq!(images.len(), 1, "one image, not alt text");
    let (width, height, samples) = &images[0];
    assert_eq!((*width, *height), (3, 2), "at its resolution");
    assert_eq!(samples, &[200, 40, 10].repeat(6), "lossless");
    assert_eq!(images_of(&svg), images, "the same bytes every time");
}

#[test]
fn an_animated_webp_is_drawn_as_its_first_frame() {
    let bytes = animated_webp(4, 3, &[[0, 128, 255], [255, 0, 0]]);
    let (format, w, h) = crate::picture::image::recognise(&bytes, "x.webp").unwrap();
    assert_eq!((format, w, h), (ImageFormat::WebP, 4, 3));
    let images = images_of(&raster_svg(&bytes, format, w, h));
    assert_eq!(images.len(), 1);
    let (width, height, samples) = &images[0];
    assert_eq!((*width, *height), (4, 3));
    assert_eq!(samples, &[0, 128, 255].repeat(12), "the first frame");
}
