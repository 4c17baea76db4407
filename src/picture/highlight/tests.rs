use super::*;

const SAMPLES: &[(&str, &str, &str)] = &[
    (
        "java",
        "public class A { int x = 42; } // note\n",
        "hl-keyword",
    ),
    (
        "yaml",
        "spring:\n  kafka: \"broker:9092\" # note\n",
        "hl-string",
    ),
    (
        "python",
        "def f(x):\n    return \"a\" + str(x)  # note\n",
        "hl-keyword",
    ),
    ("json", "{\"acks\": \"all\", \"retries\": 3}\n", "hl-string"),
    (
        "bash",
        "kafka-topics.sh --create --topic orders # note\n",
        "hl-comment",
    ),
    (
        "sql",
        "SELECT id FROM outbox WHERE sent = false;\n",
        "hl-keyword",
    ),
    (
        "properties",
        "acks=all\n# note\nenable.idempotence=true\n",
        "hl-comment",
    ),
];

#[test]
fn the_required_languages_are_known() {
    for (language, code, class) in SAMPLES {
        let html = highlight_html(code, language).unwrap_or_else(|| panic!("{language}"));
        assert!(html.contains(class), "{language}: no {class} in {html}");
        assert!(html.contains("<span class=\"hl-"), "{language}");
        assert!(!html.contains("style="), "{language}: inline colours");
    }
    for alias in ["sh", "shell", "yml", "py", "JAVA", " Python "] {
        assert!(syntax_for(alias).is_some(), "{alias}");
    }
}

#[test]
fn unknown_languages_are_plain_code() {
    for language in ["", "  ", "text", "mermaid", "klingon", "kotlin"] {
        assert!(highlight_html("x = 1\n", language).is_none(), "{language}");
        assert!(highlight_spans("x = 1\n", language).is_none(), "{language}");
    }
}

#[test]
fn html_escapes_the_code() {
    let html = highlight_html("if (a < b && c > d) {}\n", "java").unwrap();
    assert!(
        html.contains("&lt;") && html.contains("&amp;&amp;"),
        "{html}"
    );
    assert!(!html.contains("a < b"));
}

#[test]
fn css_has_both_themes_night_mode_scoped() {
    let css = card_css();
    assert!(css.contains(".hl-code {"), "{css}");
    assert!(css.contains(".nightMode .hl-code {"), "{css}");
    let rules = css.lines().filter(|l| l.ends_with(" {")).count();
    let night = css.lines().filter(|l| l.starts_with(".nightMode ")).count();
    assert!(night > 5 && night * 2 <= rules + 1, "{night} of {rules}");
    // Every selector of a night rule is scoped, not only the first.
    for line in css
        .lines()
        .filter(|l| l.starts_with(".nightMode ") && l.contains(", "))
    {
        for selector in line.trim_end_matches(" {").split(", ") {
            assert!(selector.starts_with(".nightMode "), "{line}");
        }
    }
}

#[test]
fn every_colour_reads_on_its_background() {
    for name in [LIGHT_THEME, DARK_THEME] {
        let theme = theme(name).unwrap();
        let minimum = MIN_CONTRAST;
        let bg = theme.settings.background.unwrap();
        let bg = [bg.r, bg.g, bg.b];
        let fg = theme.settings.foreground.unwrap();
        assert!(contrast([fg.r, fg.g, fg.b], bg) >= minimum, "{name} text");
        for item in &theme.scopes {
            if let Some(c) = item.style.foreground {
                assert!(
                    contrast([c.r, c.g, c.b], bg) >= minimum,
                    "{name} {:?}",
                    item.scope
                );
            }
        }
        // The colours our languages actually use.
        for (language, code, _) in SAMPLES {
            let syntax = syntax_for(language).unwrap();
            let mut lines = syntect::easy::HighlightLines::new(syntax, theme);
            for line in LinesWithEndings::from(code) {
                for (style, text) in lines.highlight_line(line, syntaxes()).unwrap() {
                    let c = [style.foreground.r, style.foreground.g, style.foreground.b];
                    let ratio = contrast(c, bg);
                    assert!(
                        ratio >= minimum,
                        "{name} {language} {text:?}: {c:?} on {bg:?} is {ratio:.2}:1"
                    );
                }
            }
        }
    }
}

#[test]
fn spans_keep_the_text_and_colour_it() {
    let code = "SELECT id\n\nFROM outbox; -- unsent\n";
    let lines = highlight_spans(code, "sql").unwrap();
    assert_eq!(lines.len(), 3);
    let text: Vec<String> = lines
        .iter()
        .map(|l| l.iter().map(|s| s.text.as_str()).collect())
        .collect();
    assert_eq!(text, ["SELECT id", "", "FROM outbox; -- unsent"]);
    let colours: std::collections::BTreeSet<[u8; 3]> =
        lines.iter().flatten().map(|s| s.rgb).collect();
    assert!(colours.len() >= 2, "{lines:?}");
    // Neighbours in one style are merged.
    for line in &lines {
        for pair in line.windows(2) {
            assert_ne!(
                (pair[0].rgb, pair[0].bold, pair[0].italic),
                (pair[1].rgb, pair[1].bold, pair[1].italic)
            );
        }
    }
}

#[test]
fn raising_contrast_keeps_good_colours_and_fixes_poor_ones() {
    let white = [255, 255, 255];
    assert_eq!(readable([0, 0, 0], white), [0, 0, 0]);
    let grey = [150, 152, 150]; // InspiredGitHub's comments: 2.9:1 on white
    let fixed = readable(grey, white);
    assert!(contrast(fixed, white) >= MIN_CONTRAST, "{fixed:?}");
    assert!(fixed[0] < grey[0], "darkened on a light background");
    let dark_bg = [43, 48, 59];
    let fixed = readable([101, 115, 126], dark_bg);
    assert!(contrast(fixed, dark_bg) >= MIN_CONTRAST);
    assert!(fixed[0] > 101, "lightened on a dark background");
}

/// A block is parsed once and both its card HTML and its paper colours come from that parse:
/// the same as syntect's own one-pass helpers give.
#[test]
fn one_parse_gives_what_syntects_own_helpers_give() {
    let code =
        "def step(msg):\n    \"\"\"Doc.\"\"\"\n    handle(msg)  # ack later\n    return {'a': 1}\n";
    let first = parsed(code, "python").unwrap();
    let again = parsed(code, "python").unwrap();
    assert!(Arc::ptr_eq(&first, &again), "parsed once");
    let syntax = syntax_for("python").unwrap();
    let mut generator = syntect::html::ClassedHTMLGenerator::new_with_class_style(
        syntax,
        syntaxes(),
        ClassStyle::SpacedPrefixed {
            prefix: CLASS_PREFIX,
        },
    );
    for line in LinesWithEndings::from(code) {
        generator
            .parse_html_for_line_which_includes_newline(line)
            .unwrap();
    }
    assert_eq!(
        highlight_html(code, "python").unwrap(),
        generator.finalize()
    );
    let mut lines = syntect::easy::HighlightLines::new(syntax, theme(LIGHT_THEME).unwrap());
    let spans = highlight_spans(code, "python").unwrap();
    for (line, spans) in LinesWithEndings::from(code).zip(&spans) {
        let ranges = lines.highlight_line(line, syntaxes()).unwrap();
        let text: String = ranges
            .iter()
            .map(|(_, t)| t.trim_end_matches('\n'))
            .collect();
        assert_eq!(
            spans.iter().map(|s| s.text.as_str()).collect::<String>(),
            text
        );
        let first = ranges
            .iter()
            .find(|(_, t)| !t.trim().is_empty())
            .unwrap()
            .0
            .foreground;
        assert_eq!(
            spans
                .iter()
                .find(|s| !s.text.trim().is_empty())
                .unwrap()
                .rgb,
            [first.r, first.g, first.b]
        );
    }
}
