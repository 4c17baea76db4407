//! Highlighted code with syntect (Sublime Text grammars, Oniguruma regexes): classed HTML for
//! cards, whose colours come from CSS in the note type so Anki's night mode can restyle them, and
//! coloured spans for the PDF engine, both made from one parse of each block.
//!
//! Two themes of syntect's default set: `InspiredGitHub` for cards in day mode and for paper,
//! `base16-ocean.dark` for night mode, each with every colour that reads poorly on the theme's
//! background (comments, mostly: 2.7–2.9:1) darkened or lightened until it reaches WCAG AA's
//! 4.5:1, so grey comments stay legible on a phone at night and on a cheap printer. A language
//! that syntect's default syntaxes do not know (or no language) gives `None`: the caller prints
//! plain code.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use syntect::highlighting::{
    Color, FontStyle, HighlightIterator, HighlightState, Highlighter, Theme, ThemeSet,
};
use syntect::html::{ClassStyle, css_for_theme_with_class_style, line_tokens_to_classed_spans};
use syntect::parsing::{ParseState, ScopeStack, ScopeStackOp, SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

use crate::export::lock;

/// The class prefix of every highlighting class (`hl-keyword`, ...), so they never meet the note
/// type's own classes.
pub const CLASS_PREFIX: &str = "hl-";

/// The class the caller puts on the `<pre>` around [`highlight_html`]'s output: it carries the
/// theme's text and background colours.
pub const BLOCK_CLASS: &str = "hl-code";

/// The light theme (cards by day, paper).
pub const LIGHT_THEME: &str = "InspiredGitHub";

/// The night-mode theme.
pub const DARK_THEME: &str = "base16-ocean.dark";

/// Language names as authors write them after the fence, mapped to a token syntect knows where
/// the default set spells it differently.
const ALIASES: &[(&str, &str)] = &[("shell", "bash"), ("zsh", "bash"), ("console", "bash")];

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// The least contrast between any colour of a theme and its background (WCAG AA, body text).
pub const MIN_CONTRAST: f64 = 4.5;

/// syntect's default themes, every colour made readable on its theme's background.
fn themes() -> &'static ThemeSet {
    static SET: OnceLock<ThemeSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = ThemeSet::load_defaults();
        for theme in set.themes.values_mut() {
            let Some(bg) = theme.settings.background else {
                continue;
            };
            let bg = [bg.r, bg.g, bg.b];
            let fix = |c: &mut Option<Color>| {
                if let Some(c) = c {
                    let [r, g, b] = readable([c.r, c.g, c.b], bg);
                    *c = Color { r, g, b, a: c.a };
                }
            };
            fix(&mut theme.settings.foreground);
            for item in &mut theme.scopes {
                fix(&mut item.style.foreground);
            }
        }
        set
    })
}

/// WCAG 2 contrast ratio of two sRGB colours (1 to 21).
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    fn luminance(c: [u8; 3]) -> f64 {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
    }
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// `colour`, moved toward black (on a light background) or white (on a dark one) in steps of
/// 5 % until it has [`MIN_CONTRAST`] against `background`; unchanged if it already has.
pub fn readable(colour: [u8; 3], background: [u8; 3]) -> [u8; 3] {
    let target: f64 = if contrast(background, [0, 0, 0]) > contrast(background, [255, 255, 255]) {
        0.0
    } else {
        255.0
    };
    let mut c = colour;
    for step in 1..=20 {
        if contrast(c, background) >= MIN_CONTRAST {
            break;
        }
        let t = f64::from(step) * 0.05;
        let mix = |v: u8| {
            (f64::from(v) + (target - f64::from(v)) * t)
                .round()
                .clamp(0.0, 255.0) as u8
        };
        c = [mix(colour[0]), mix(colour[1]), mix(colour[2])];
    }
    c
}

fn theme(name: &str) -> Option<&'static Theme> {
    themes().themes.get(name)
}

/// The grammar for a fence's language (`java`, `yaml`, ...; case and surrounding spaces
/// ignored), if the default set has one.
pub fn syntax_for(language: &str) -> Option<&'static SyntaxReference> {
    let language = language.trim().to_ascii_lowercase();
    if language.is_empty() {
        return None;
    }
    let set = syntaxes();
    let token = ALIASES
        .iter()
        .find(|(alias, _)| *alias == language)
        .map_or(language.as_str(), |(_, token)| token);
    set.find_syntax_by_token(token)
        .or_else(|| set.find_syntax_by_token(&language))
}

/// A block parsed by its grammar: each line (with its line break) and the scope operations
/// syntect found in it. Cards (classes) and paper (colours) are both made from it.
#[derive(Debug)]
struct Parsed {
    lines: Vec<(String, Vec<(usize, ScopeStackOp)>)>,
}

/// Parsed blocks by grammar name and text.
type Memo = HashMap<(String, String), Arc<Parsed>>;

/// At most this many parsed blocks are remembered; then the memory starts again (a long-running
/// preview sees every version of every block an author writes).
const MEMO_LIMIT: usize = 8192;

/// `code` parsed by `language`'s grammar, once per process for each distinct block: a build shows
/// a block on its card and in up to three PDFs. `None` for an unknown language, or when a
/// grammar's regex cannot run (plain code is the honest fallback).
fn parsed(code: &str, language: &str) -> Option<Arc<Parsed>> {
    static MEMO: OnceLock<Mutex<Memo>> = OnceLock::new();
    let syntax = syntax_for(language)?;
    let memo = MEMO.get_or_init(Mutex::default);
    let key = (syntax.name.clone(), code.to_owned());
    if let Some(hit) = lock(memo).get(&key) {
        return Some(Arc::clone(hit));
    }
    let mut state = ParseState::new(syntax);
    let lines = LinesWithEndings::from(code)
        .map(|line| Some((line.to_owned(), state.parse_line(line, syntaxes()).ok()?)))
        .collect::<Option<Vec<_>>>()?;
    let parsed = Arc::new(Parsed { lines });
    let mut memo = lock(memo);
    if memo.len() >= MEMO_LIMIT {
        memo.clear();
    }
    memo.insert(key, Arc::clone(&parsed));
    Some(parsed)
}

/// `code` as HTML spans with `hl-` classes (no surrounding element; wrap it in
/// `<pre class="hl-code"><code>…</code></pre>`). `None` for an unknown language.
pub fn highlight_html(code: &str, language: &str) -> Option<String> {
    let parsed = parsed(code, language)?;
    let style = ClassStyle::SpacedPrefixed {
        prefix: CLASS_PREFIX,
    };
    let mut html = String::new();
    let mut scopes = ScopeStack::new();
    let mut open = 0;
    for (line, ops) in &parsed.lines {
        let (text, delta) = line_tokens_to_classed_spans(line, ops, style, &mut scopes).ok()?;
        html.push_str(&text);
        open += delta;
    }
    for _ in 0..open {
        html.push_str("</span>");
    }
    Some(html)
}

/// The CSS the note type appends: the light theme for the cards, and the dark theme under
/// `.nightMode` (the class Anki puts on the card's body in night mode). Made once per process
/// (every self-contained field that shows code takes its rules from it).
pub fn card_css() -> &'static str {
    static CSS: OnceLock<String> = OnceLock::new();
    CSS.get_or_init(|| {
        let style = ClassStyle::SpacedPrefixed {
            prefix: CLASS_PREFIX,
        };
        let mut css = String::new();
        if let Some(light) = theme(LIGHT_THEME)
            && let Ok(text) = css_for_theme_with_class_style(light, style)
        {
            css.push_str(&text);
        }
        if let Some(dark) = theme(DARK_THEME)
            && let Ok(text) = css_for_theme_with_class_style(dark, style)
        {
            css.push_str(&under_night_mode(&text));
        }
        css
    })
}

/// Every rule of `css` scoped to `.nightMode` (syntect writes one rule's selectors on the line
/// that ends with `{`, separated by `, `).
fn under_night_mode(css: &str) -> String {
    let mut out = String::with_capacity(css.len() * 2);
    for line in css.lines() {
        match line.strip_suffix(" {") {
            Some(selectors) if !line.trim_start().starts_with('*') => {
                let scoped: Vec<String> = selectors
                    .split(", ")
                    .map(|s| format!(".nightMode {s}"))
                    .collect();
                out.push_str(&scoped.join(", "));
                out.push_str(" {");
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// A run of code in one colour and style, for the PDF engine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The text (no line break).
    pub text: String,
    /// Colour as sRGB.
    pub rgb: [u8; 3],
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
}

/// `code` as lines of coloured spans in the light theme (for paper). `None` for an unknown
/// language. Line breaks are not in the spans; an empty line is an empty `Vec`.
pub fn highlight_spans(code: &str, language: &str) -> Option<Vec<Vec<Span>>> {
    let parsed = parsed(code, language)?;
    let highlighter = Highlighter::new(theme(LIGHT_THEME)?);
    let mut state = HighlightState::new(&highlighter, ScopeStack::new());
    let mut out = Vec::new();
    for (line, ops) in &parsed.lines {
        let mut spans: Vec<Span> = Vec::new();
        for (style, text) in HighlightIterator::new(&mut state, ops, line, &highlighter) {
            let text = text.trim_end_matches(['\n', '\r']);
            if text.is_empty() {
                continue;
            }
            let span = Span {
                text: text.to_owned(),
                rgb: [style.foreground.r, style.foreground.g, style.foreground.b],
                bold: style.font_style.contains(FontStyle::BOLD),
                italic: style.font_style.contains(FontStyle::ITALIC),
            };
            // Neighbours in the same style are one span.
            match spans.last_mut() {
                Some(last)
                    if (last.rgb, last.bold, last.italic) == (span.rgb, span.bold, span.italic) =>
                {
                    last.text.push_str(&span.text);
                }
                _ => spans.push(span),
            }
        }
        out.push(spans);
    }
    Some(out)
}

#[cfg(test)]
mod tests;
