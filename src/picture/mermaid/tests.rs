use std::path::{Path, PathBuf};

use super::*;

/// The sample diagrams: the seeds' four, the outbox flowchart and the saga sequence.
pub(crate) fn samples() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/diagrams");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "mmd"))
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 6, "{paths:?}");
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

#[test]
fn every_sample_renders_in_both_themes_without_foreign_object() {
    for (name, source) in samples() {
        let d = render_diagram(&source).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        for theme in Theme::ALL {
            let svg = d.svg(theme);
            assert!(svg.starts_with("<svg"), "{name}: {}", &svg[..80]);
            assert!(!svg.contains("foreignObject"), "{name} {theme:?}");
            assert!(!svg.contains("<div"), "{name} {theme:?}: HTML label");
            assert!(svg.contains("DejaVu Sans"), "{name} {theme:?}: font family");
            // The classic look: no element is drawn with a (drop-shadow) filter. merman still
            // defines the filters and styles `[data-look="neo"]` in its CSS; nothing uses them.
            let body = &svg[svg.find("</style>").unwrap()..];
            assert!(
                !body.contains("data-look=\"neo\""),
                "{name} {theme:?}: neo look"
            );
            assert!(!body.contains("filter=\"url("), "{name} {theme:?}: filter");
            // The diagram id is the media stem (dark: with a suffix), so two inlined SVGs differ.
            let id = format!("id=\"{}{}\"", d.stem, theme.suffix());
            assert!(svg.contains(&id), "{name} {theme:?}: no {id}");
        }
        assert_ne!(d.light, d.dark, "{name}");
        // A natural size, so a small diagram is not stretched to the card's width.
        let root = &d.light[..d.light.find('>').unwrap()];
        assert!(!root.contains("width=\"100%\""), "{name}: {root}");
        assert!(root.contains(" height=\""), "{name}: {root}");
    }
}

#[test]
fn labels_are_svg_text() {
    let d = render_diagram(&samples()[4].1).unwrap(); // saga-orchestration
    for label in [
        "Order saga",
        "payment accepted",
        "out of stock",
        "Compensating steps",
    ] {
        assert!(d.light.contains(label), "{label}");
    }
    let d = render_diagram(&samples()[5].1).unwrap(); // transactional-outbox
    for label in [
        "Outbox relay",
        "poll unsent rows",
        "Order database (one transaction)",
    ] {
        assert!(d.light.contains(label), "{label}");
    }
}

#[test]
fn output_is_the_same_bytes_every_time() {
    let (_, source) = &samples()[5];
    let a = render_diagram(source).unwrap();
    let b = render_diagram(source).unwrap();
    assert_eq!(a, b);
    // And the same as on the machine that wrote the golden digests: measurement never looks at
    // the system's fonts, so a machine with other fonts installed gets these bytes too.
    // Refresh with DECKGEN_UPDATE_GOLDEN=1 after a deliberate change.
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/diagrams/digests.txt");
    let mut actual = format!("output version {OUTPUT_VERSION}\n");
    for (name, source) in samples() {
        let d = render_diagram(&source).unwrap();
        let digest = |s: &str| super::super::media_stem(&[s.as_bytes()]);
        actual.push_str(&format!(
            "{name} {} {}\n",
            digest(&d.light),
            digest(&d.dark)
        ));
    }
    let expected = std::fs::read_to_string(&golden).unwrap();
    if std::env::var_os("DECKGEN_UPDATE_GOLDEN").is_some() && expected != actual {
        // New bytes under old media names would never reach a collection that has the old ones.
        assert_ne!(
            expected.lines().next(),
            actual.lines().next(),
            "the SVGs changed: bump OUTPUT_VERSION so the media names change too"
        );
        std::fs::write(&golden, &actual).unwrap();
        return;
    }
    assert_eq!(expected, actual);
}

#[test]
fn media_names_follow_the_source() {
    let a = render_diagram("graph LR\n  A --> B\n").unwrap();
    let b = render_diagram("graph LR\n  A --> C\n").unwrap();
    assert_ne!(a.stem, b.stem);
    assert_eq!(a.stem, diagram_stem("graph LR\n  A --> B\n"));
    assert_eq!(a.light_name(), format!("{}.svg", a.stem));
    assert_eq!(a.dark_name(), format!("{}-dark.svg", a.stem));
    assert!(a.stem.starts_with("deckgen-") && a.stem.len() == 24);
}

#[test]
fn a_syntax_error_names_its_line() {
    let cases = [
        (
            "graph LR\n    A --> B\n    B -->|unclosed C\n    C --> D\n",
            3,
            "Unterminated flowchart pipe edge label",
        ),
        ("flowchart TD\n  A-->B\n  B-->C{\n", 3, "missing `}`"),
        (
            "sequenceDiagram\n    A->>B: hi\n    end\n",
            3,
            "unexpected end",
        ),
        (
            "sequenceDiagram\n    A->>B: hi\n    A-x-x>B hi\n",
            3,
            "Unexpected character",
        ),
    ];
    for (source, line, words) in cases {
        let e = render_diagram(source).unwrap_err();
        assert_eq!(e.line, Some(line), "{source:?}: {e:?}");
        let offset = e.offset.unwrap();
        let start = source.match_indices('\n').nth(line - 2).unwrap().0 + 1;
        let end = source.match_indices('\n').nth(line - 1).unwrap().0;
        assert!((start..=end).contains(&offset), "{source:?}: {e:?}");
        assert!(e.message.contains(words), "{source:?}: {e:?}");
    }
}

#[test]
fn an_error_at_the_end_points_at_the_last_line() {
    // merman reports "unexpected end of input" just past the final newline.
    let source = "graph LR\n    A --> B\n    subgraph X\n    C --> D\n\n";
    let e = render_diagram(source).unwrap_err();
    assert!(e.message.contains("expected \"end\""), "{e:?}");
    assert_eq!(e.line, Some(4), "{e:?}");
    assert!(e.offset.unwrap() < source.len());
}

#[test]
fn not_a_diagram() {
    let e = render_diagram("this is not mermaid\n").unwrap_err();
    assert!(!e.message.is_empty());
    let e = render_diagram("").unwrap_err();
    assert!(!e.message.is_empty());
}

#[test]
fn a_panic_in_the_renderer_is_an_error() {
    let e = guarded("graph LR\n", || panic!("index out of bounds")).unwrap_err();
    assert_eq!(
        e.message,
        "the diagram renderer crashed: index out of bounds"
    );
    assert_eq!(e.offset, None);
    let e = guarded("graph LR\n", || std::panic::panic_any(42_u8)).unwrap_err();
    assert!(e.message.contains("unknown panic"));
}

#[test]
fn the_renderer_version_is_the_locked_one() {
    let lock =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock")).unwrap();
    let version = RENDERER.strip_prefix("merman ").unwrap();
    assert!(
        lock.contains(&format!("name = \"merman\"\nversion = \"{version}\"")),
        "Cargo.lock has another merman than {RENDERER}: update RENDERER (it renames every diagram)"
    );
}

#[test]
fn the_measurement_profile_is_valid() {
    assert!(MeasurementProfileId::new("deckgen.dejavu-sans").is_ok());
}

#[test]
fn inline_html_holds_both_drawings_with_their_own_ids() {
    let d = render_diagram("graph LR\n  A --> B\n").unwrap();
    let inline = d.inline_html();
    assert!(
        inline.starts_with("<div class=\"dg dg-light\"><svg"),
        "{inline}"
    );
    assert!(
        inline.contains("<div class=\"dg dg-dark\"><svg"),
        "{inline}"
    );
    assert!(inline.contains(d.light.trim_end()) && inline.contains(d.dark.trim_end()));
    // The two inlined SVGs do not share ids.
    assert!(inline.contains(&format!("id=\"{}\"", d.stem)));
    assert!(inline.contains(&format!("id=\"{}-dark\"", d.stem)));
}

#[test]
fn the_natural_size_comes_from_the_view_box() {
    let svg = "<svg id=\"x\" width=\"100%\" style=\"max-width:683.9px\" viewBox=\"0 0 683.8984375 70\"><g/></svg>";
    assert_eq!(
        with_intrinsic_size(svg.to_owned()),
        "<svg id=\"x\" width=\"684\" height=\"70\" style=\"max-width:683.9px\" viewBox=\"0 0 683.8984375 70\"><g/></svg>"
    );
    // Anything else is left alone.
    for other in [
        "<svg width=\"100%\"><g/></svg>",
        "<svg viewBox=\"0 0 1 2\" width=\"50\">",
        "no svg",
    ] {
        assert_eq!(with_intrinsic_size(other.to_owned()), other);
    }
}

/// A diagram's own `%%{init}%%` directive or front matter may tune its layout, but not the theme:
/// the light rendering must stay light for paper and day mode, the dark one dark for night mode.
#[test]
fn a_diagram_cannot_change_its_theme() {
    let plain = render_diagram("graph LR\n  A --> B\n").unwrap();
    for source in [
        "%%{init: {\"theme\": \"dark\"}}%%\ngraph LR\n  A --> B\n",
        "%%{init: {\"theme\": \"forest\", \"themeVariables\": {\"primaryColor\": \"#000000\"}}}%%\ngraph LR\n  A --> B\n",
        "%%{init: {\"look\": \"handDrawn\", \"fontFamily\": \"Comic Sans MS\"}}%%\ngraph LR\n  A --> B\n",
        "---\nconfig:\n  theme: dark\n  darkMode: true\n---\ngraph LR\n  A --> B\n",
    ] {
        let d = render_diagram(source).unwrap();
        // The same drawing as without the directive, but for the diagram id (from the source).
        let same = |a: &str, b: &str, id_a: &str, id_b: &str| {
            a.replace(id_a, "ID") == b.replace(id_b, "ID")
        };
        assert!(
            same(&d.light, &plain.light, &d.stem, &plain.stem),
            "light changed by {source:?}"
        );
        assert!(
            same(&d.dark, &plain.dark, &d.stem, &plain.stem),
            "dark changed by {source:?}"
        );
    }
    // Layout settings still apply.
    let curved =
        render_diagram("%%{init: {\"flowchart\": {\"curve\": \"step\"}}}%%\ngraph LR\n  A --> B\n")
            .unwrap();
    assert!(
        curved.light.replace(&curved.stem, "ID") != plain.light.replace(&plain.stem, "ID"),
        "a layout setting changes the drawing"
    );
}
