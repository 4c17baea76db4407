use lopdf::{Document, Object, Stream, dictionary};

use super::*;
use crate::picture::mermaid;

/// A one-page A4 PDF that draws `form` 400 points wide at (50, 300).
pub(crate) fn one_page(form: &SvgForm) -> Document {
    let mut doc = Document::with_version("1.7");
    let pages = doc.new_object_id();
    let xobject = form.insert_into(&mut doc);
    let w = 400.0;
    let h = w * form.height / form.width;
    let content = lopdf::content::Content {
        operations: place("D0", 50.0, 300.0, w, h),
    };
    let content = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Contents" => content,
    });
    attach_to_page(&mut doc, page, "D0", xobject).unwrap();
    doc.objects.insert(
        pages,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
        ),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    doc
}

fn saga() -> String {
    let source = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/diagrams/saga-orchestration.mmd"),
    )
    .unwrap();
    mermaid::render_diagram(&source).unwrap().light
}

/// Every object of `doc` reachable from the page, as (type name, subtype name) pairs.
fn fonts_of(doc: &Document, form: ObjectId) -> Vec<(String, Vec<u8>)> {
    let mut found = Vec::new();
    for (_, object) in reachable(doc, form) {
        if let Ok(dict) = object
            .as_dict()
            .or_else(|_| object.as_stream().map(|s| &s.dict))
            && dict
                .get(b"Type")
                .and_then(Object::as_name)
                .is_ok_and(|t| t == b"Font")
        {
            let subtype = dict
                .get(b"Subtype")
                .and_then(Object::as_name)
                .unwrap_or(b"?")
                .to_vec();
            let base = dict
                .get(b"BaseFont")
                .and_then(Object::as_name)
                .unwrap_or(b"?");
            found.push((String::from_utf8_lossy(base).into_owned(), subtype));
        }
    }
    found
}

#[test]
fn a_diagram_becomes_a_form_with_embedded_subset_fonts() {
    let form = SvgForm::from_svg(&saga()).unwrap();
    assert!(
        form.width > 100.0 && form.height > 100.0,
        "{} × {}",
        form.width,
        form.height
    );
    let mut doc = Document::with_version("1.7");
    let before = doc.objects.len();
    let id = form.insert_into(&mut doc);
    assert_eq!(doc.objects.len(), before + form.object_count());
    let xobject = doc.get_object(id).unwrap().as_stream().unwrap();
    assert_eq!(
        xobject.dict.get(b"Subtype").unwrap().as_name().unwrap(),
        b"Form"
    );
    assert!(xobject.dict.get(b"BBox").is_ok());
    let fonts = fonts_of(&doc, id);
    assert!(!fonts.is_empty(), "no fonts: labels were not kept as text");
    for (base, subtype) in &fonts {
        // Subsets are named `ABCDEF+Name`.
        if subtype == b"Type0" || subtype == b"CIDFontType2" {
            assert!(base.contains('+') && base.contains("DejaVu"), "{base}");
        }
    }
    // No image: the drawing is vectors and text.
    for (_, object) in reachable(&doc, id) {
        if let Ok(stream) = object.as_stream() {
            assert_ne!(
                stream.dict.get(b"Subtype").and_then(Object::as_name).ok(),
                Some(&b"Image"[..])
            );
        }
    }
}

#[test]
fn inserting_twice_gives_two_independent_copies() {
    let form = SvgForm::from_svg(&saga()).unwrap();
    let mut doc = Document::with_version("1.7");
    let a = form.insert_into(&mut doc);
    let b = form.insert_into(&mut doc);
    assert_ne!(a, b);
    assert_eq!(doc.objects.len(), 2 * form.object_count());
    // Every reference points at an object of the document.
    for object in doc.objects.values() {
        references(object, &mut |r| {
            assert!(doc.objects.contains_key(&r), "dangling {r:?}")
        });
    }
}

#[test]
fn the_page_draws_the_form_and_saves() {
    let form = SvgForm::from_svg(&saga()).unwrap();
    let mut doc = one_page(&form);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    let back = Document::load_mem(&bytes).unwrap();
    assert_eq!(back.get_pages().len(), 1);
    let page = *back.get_pages().values().next().unwrap();
    let content = back.get_page_content(page);
    let ops = lopdf::content::Content::decode(&content)
        .unwrap()
        .operations;
    assert!(ops.iter().any(|o| o.operator == "Do"));
}

#[test]
fn conversion_is_deterministic() {
    let svg = saga();
    let save = || {
        let mut doc = one_page(&SvgForm::from_svg(&svg).unwrap());
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        bytes
    };
    assert_eq!(save(), save());
}

#[test]
fn broken_svg_is_an_error() {
    assert!(matches!(
        SvgForm::from_svg("<svg"),
        Err(SvgPdfError::Parse(_))
    ));
    assert!(matches!(
        SvgForm::from_svg("<html></html>"),
        Err(SvgPdfError::Parse(_))
    ));
}

#[test]
fn external_files_are_not_read() {
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image width="10" height="10" xlink:href="/etc/passwd"/><image width="10" height="10" href="tests/fixtures/images/square.png"/></svg>"#;
    let form = SvgForm::from_svg(svg).unwrap();
    let mut doc = Document::with_version("1.7");
    let id = form.insert_into(&mut doc);
    for (_, object) in reachable(&doc, id) {
        if let Ok(stream) = object.as_stream() {
            assert_ne!(
                stream.dict.get(b"Subtype").and_then(Object::as_name).ok(),
                Some(&b"Image"[..])
            );
        }
    }
}

/// Writes every sample diagram as SVG (light, dark) and as a one-page PDF into
/// `$DECKGEN_PICTURE_DUMP`, to look at (`cargo test --lib picture_gallery -- --ignored`).
#[test]
#[ignore = "writes files for inspection by eye"]
fn picture_gallery() {
    let Some(dir) = std::env::var_os("DECKGEN_PICTURE_DUMP") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, source) in mermaid::tests::samples() {
        let d = mermaid::render_diagram(&source).unwrap();
        std::fs::write(dir.join(format!("{name}.svg")), &d.light).unwrap();
        std::fs::write(dir.join(format!("{name}-dark.svg")), &d.dark).unwrap();
        let mut doc = one_page(&SvgForm::from_svg(&d.light).unwrap());
        doc.save(dir.join(format!("{name}.pdf"))).unwrap();
    }
    // Highlighted code, day and night, with the note type's CSS.
    let samples = [
        (
            "java",
            "// The relay publishes unsent rows\npublic void relay() {\n    for (var row : outbox.unsent(100)) {\n        producer.send(new ProducerRecord<>(\"orders\", row.key(), row.payload()));\n        outbox.markSent(row.id());\n    }\n}\n",
        ),
        (
            "yaml",
            "spring:\n  kafka:\n    producer:\n      acks: all # wait for all in-sync replicas\n      retries: 3\n",
        ),
        (
            "sql",
            "SELECT id, payload FROM outbox\nWHERE sent_at IS NULL -- not yet published\nORDER BY id LIMIT 100;\n",
        ),
    ];
    let mut html = format!(
        "<!doctype html><meta charset=utf-8><style>{}</style>",
        crate::picture::highlight::card_css()
    );
    for body in ["card", "card nightMode"] {
        html.push_str(&format!(
            "<div class=\"{body}\" style=\"padding:8px;background:{}\">",
            if body == "card" { "#fff" } else { "#2f2f31" }
        ));
        for (language, code) in samples {
            let inner = crate::picture::highlight::highlight_html(code, language).unwrap();
            html.push_str(&format!(
                "<pre class=\"hl-code\" style=\"padding:6px\"><code>{inner}</code></pre>"
            ));
        }
        html.push_str("</div>");
    }
    std::fs::write(dir.join("code.html"), html).unwrap();
}

#[test]
fn attaching_keeps_the_page_resources() {
    let form = SvgForm::from_svg(&saga()).unwrap();
    let mut doc = Document::with_version("1.7");
    let x = form.insert_into(&mut doc);
    // Resources by reference, with a font already there.
    let resources = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => Object::Null } });
    let page = doc.add_object(dictionary! { "Type" => "Page", "Resources" => resources });
    attach_to_page(&mut doc, page, "Dg1", x).unwrap();
    attach_to_page(&mut doc, page, "Dg2", x).unwrap();
    let r = doc.get_dictionary(resources).unwrap();
    assert!(r.has(b"Font"));
    let xobjects = r.get(b"XObject").unwrap().as_dict().unwrap();
    assert_eq!(xobjects.get(b"Dg1").unwrap().as_reference().unwrap(), x);
    assert_eq!(xobjects.get(b"Dg2").unwrap().as_reference().unwrap(), x);
    // No resources at all: created inline.
    let bare = doc.add_object(dictionary! { "Type" => "Page" });
    attach_to_page(&mut doc, bare, "Dg1", x).unwrap();
    let inline = doc
        .get_dictionary(bare)
        .unwrap()
        .get(b"Resources")
        .unwrap()
        .as_dict()
        .unwrap();
    assert!(
        inline
            .get(b"XObject")
            .unwrap()
            .as_dict()
            .unwrap()
            .has(b"Dg1")
    );
}

#[test]
fn a_kept_form_is_the_form_conversion_gives_and_anything_else_is_converted_again() {
    let svg = saga();
    let dir = tempfile::tempdir().unwrap();
    let kept = KeptFolder::in_output(dir.path(), "forms", true);
    let fresh = SvgForm::from_svg(&svg).unwrap();
    let first = SvgForm::from_svg_kept(&svg, Some(&kept)).unwrap();
    let name = kept_name(&svg);
    let bytes = kept.read(&name).expect("kept");
    assert!(bytes.starts_with(b"deckgen-form\n"));
    let again = SvgForm::from_svg_kept(&svg, Some(&kept)).unwrap();
    for form in [&first, &again] {
        assert_eq!(form.objects, fresh.objects);
        assert_eq!(form.root, fresh.root);
        assert_eq!((form.width, form.height), (fresh.width, fresh.height));
    }
    // The kept file is read, not the SVG converted: a kept size shows up in the form...
    let mut marked = Wrapped::from_kept(&bytes).unwrap();
    marked.width = 123.0;
    kept.keep(&name, &marked.to_kept());
    assert_eq!(
        SvgForm::from_svg_kept(&svg, Some(&kept)).unwrap().width,
        123.0
    );
    // ...and a file cut short, or with a broken header, is converted again and replaced.
    for broken in [
        &bytes[..bytes.len() / 2],
        b"deckgen-form\n1 2\n%PDF",
        b"junk",
    ] {
        kept.keep(&name, broken);
        let form = SvgForm::from_svg_kept(&svg, Some(&kept)).unwrap();
        assert_eq!(form.objects, fresh.objects);
        assert_eq!(kept.read(&name).unwrap(), bytes);
    }
    // Another SVG has another name.
    assert_ne!(
        kept_name(&svg),
        kept_name(&svg.replace("Payment", "Billing"))
    );
}

#[test]
fn the_converter_named_in_kept_forms_is_the_locked_one() {
    let lock = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock"),
    )
    .unwrap();
    for part in CONVERTER.split(", ") {
        let (name, version) = part.split_once(' ').unwrap();
        assert!(
            lock.contains(&format!("name = \"{name}\"\nversion = \"{version}\"")),
            "Cargo.lock has another {name} than {part}: update CONVERTER"
        );
    }
}
