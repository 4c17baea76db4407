//! Mermaid diagrams drawn in-process by `merman`: a light and a dark SVG per diagram, the same
//! bytes on every machine, without `<foreignObject>` (phones and PDF converters cannot draw HTML
//! inside SVG).
//!
//! The set-up that makes the output right (measured in the project's reference notes):
//! - `SvgPipeline::resvg_safe()`: labels as SVG `<text>`, no HTML;
//! - `SvgEnvironment::deterministic()` with a text-measurement callback that measures DejaVu Sans
//!   (the family the SVG names), so labels fit their boxes;
//! - `"look": "classic"`: the default "neo" look uses drop-shadow filters, which converters drop or
//!   rasterise;
//! - a diagram id from the content hash, so several SVGs inlined in one page never share ids;
//! - night mode as a second render with Mermaid's `dark` theme on a transparent background.
//!
//! merman is called through [`crate::guard::catch`]: a panic in it becomes a [`DiagramError`] like any
//! syntax error, never a crash.

use std::sync::{Arc, OnceLock};

use merman::svg::{
    DeterministicTextMeasurer, MeasurementProfileId, SvgPipeline, SvgRenderOptions,
    TextMeasurementPolicy, TextMeasurementProfile, TextMeasurementProfileIdentity,
};
use merman::{
    Engine, MermaidConfig, OperationControl, RenderError, RenderOutput, RenderRequest, Renderer,
    SvgEnvironment, SvgRequest,
};

use super::{fonts, media_stem};

/// The renderer and its version: part of every media name, so upgrading merman renames (and
/// thus refreshes) every diagram. A test checks it against Cargo.lock.
pub const RENDERER: &str = "merman 0.9.3";

/// The version of deckgen's own treatment of merman's SVG (settings, post-processing): part of
/// every media name. Bump it whenever the SVG bytes change for another reason than the source,
/// the theme settings or [`RENDERER`]; the golden digests' test insists on it.
pub const OUTPUT_VERSION: u32 = 3;

/// Which rendering of a diagram.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Mermaid's default theme: dark lines and text on light fills, for cards and paper.
    Light,
    /// Mermaid's `dark` theme on a transparent background, for Anki's night mode.
    Dark,
}

/// Settings a diagram's own `%%{init}%%` directive or front matter cannot change (Mermaid's
/// `secure` list): merman's hardened defaults, and everything that decides how the picture looks,
/// so that the light rendering stays light on paper and the dark one dark in night mode, in
/// deckgen's font and without hand-drawn filters. Layout settings (`flowchart.curve`, ...) still
/// apply.
const SECURE: [&str; 13] = [
    "secure",
    "securityLevel",
    "startOnLoad",
    "maxTextSize",
    "suppressErrorRendering",
    "maxEdges",
    "themeCSS",
    "theme",
    "themeVariables",
    "darkMode",
    "look",
    "fontFamily",
    "handDrawnSeed",
];

impl Theme {
    /// Both, light first.
    pub const ALL: [Theme; 2] = [Theme::Light, Theme::Dark];

    /// The site configuration for this theme (a diagram's `%%{init}%%` directive may override
    /// its layout settings, never the [`SECURE`] ones).
    fn config(self) -> serde_json::Value {
        let theme = match self {
            Theme::Light => "default",
            Theme::Dark => "dark",
        };
        serde_json::json!({
            "theme": theme,
            "look": "classic",
            "fontFamily": fonts::FAMILY,
            "themeVariables": { "fontFamily": fonts::FAMILY },
            "sequence": { "wrap": true },
            "secure": SECURE,
        })
    }

    fn suffix(self) -> &'static str {
        match self {
            Theme::Light => "",
            Theme::Dark => "-dark",
        }
    }
}

/// A diagram drawn in both themes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagram {
    /// `deckgen-<16 hex>`: a hash of the source, both themes' settings and [`RENDERER`].
    pub stem: String,
    /// The light SVG (for cards in day mode and for the PDFs).
    pub light: String,
    /// The dark SVG (for night mode; transparent background).
    pub dark: String,
}

impl Diagram {
    /// `deckgen-<16 hex>.svg`: the light rendering's media file name.
    pub fn light_name(&self) -> String {
        format!("{}.svg", self.stem)
    }

    /// `deckgen-<16 hex>-dark.svg`: the dark rendering's media file name.
    pub fn dark_name(&self) -> String {
        format!("{}-dark.svg", self.stem)
    }

    /// Both SVGs inline, the dark one shown only in night mode by [`CARD_CSS`], which the
    /// caller puts once in the page (`render::html`'s standalone documents: the deck overview's
    /// key points, the Anki CSV's fields), as the page has no deckgen note type's CSS. Anki's
    /// importer keeps such a field as it is and its renderer displays it (checked with
    /// Anki 26.9.3).
    pub fn inline_html(&self) -> String {
        format!(
            "<div class=\"dg dg-light\">{}</div><div class=\"dg dg-dark\">{}</div>",
            self.light.trim_end(),
            self.dark.trim_end()
        )
    }

    /// One rendering.
    pub fn svg(&self, theme: Theme) -> &str {
        match theme {
            Theme::Light => &self.light,
            Theme::Dark => &self.dark,
        }
    }
}

/// The CSS of [`Diagram::inline_html`]: the dark rendering only in night mode, and every diagram
/// no wider than the page (phones): `!important` because each SVG's own `style` gives its natural
/// width as `max-width`, which would win over a style sheet.
pub const CARD_CSS: &str = ".dg,.dg svg{max-width:100%!important;height:auto}.dg-dark{display:none}\
.nightMode .dg-light{display:none}.nightMode .dg-dark{display:inline-block}";

/// A diagram merman could not draw.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct DiagramError {
    /// Byte offset inside the diagram source (the fence's content) of the offending text, when
    /// the renderer names one; otherwise point at the fence.
    pub offset: Option<usize>,
    /// 1-based line inside the diagram source of `offset` (`None` with it).
    pub line: Option<usize>,
    /// The renderer's message, in its words.
    pub message: String,
}

impl DiagramError {
    fn at(source: &str, offset: Option<usize>, message: String) -> Self {
        // "Unexpected end of input" comes just past the last newline: show the last line.
        let offset = offset.map(|o| o.min(source.trim_end().len()));
        let line = offset.map(|o| {
            source
                .as_bytes()
                .iter()
                .take(o)
                .filter(|&&b| b == b'\n')
                .count()
                + 1
        });
        DiagramError {
            offset,
            line,
            message,
        }
    }
}

/// The media stem for `source`: the same source drawn with the same settings and renderer keeps
/// its name; anything else gets a new one.
pub fn diagram_stem(source: &str) -> String {
    let light = Theme::Light.config().to_string();
    let dark = Theme::Dark.config().to_string();
    media_stem(&[
        RENDERER.as_bytes(),
        &OUTPUT_VERSION.to_le_bytes(),
        light.as_bytes(),
        dark.as_bytes(),
        source.as_bytes(),
    ])
}

/// Draws `source` (the text between the fences) in both themes, side by side: sections are
/// loaded in parallel, but their diagrams are not spread evenly (the shipped deck has five in one
/// section), so a diagram's second drawing on a thread of its own keeps both cores busy.
pub fn render_diagram(source: &str) -> Result<Diagram, DiagramError> {
    let stem = diagram_stem(source);
    let (light, dark) = std::thread::scope(|scope| {
        let dark = scope.spawn(|| render_svg(source, Theme::Dark, &stem));
        let light = render_svg(source, Theme::Light, &stem);
        // `render_svg` catches the renderer's panics, so the thread ends normally.
        let dark = dark.join().unwrap_or_else(|_| {
            Err(DiagramError::at(
                source,
                None,
                "the diagram renderer crashed".to_owned(),
            ))
        });
        (light, dark)
    });
    Ok(Diagram {
        light: light?,
        dark: dark?,
        stem,
    })
}

/// Draws `source` in one theme; `stem` names the diagram's SVG ids (`<stem>` or `<stem>-dark`).
pub fn render_svg(source: &str, theme: Theme, stem: &str) -> Result<String, DiagramError> {
    let renderer = renderer(theme);
    let request = SvgRequest {
        environment: SvgEnvironment::deterministic().with_text_measurement_policy(measurement()),
        options: SvgRenderOptions {
            diagram_id: Some(merman::svg::sanitize_svg_id(&format!(
                "{stem}{}",
                theme.suffix()
            ))),
            ..SvgRenderOptions::default()
        },
        pipeline: Some(SvgPipeline::resvg_safe()),
        ..SvgRequest::default()
    };
    guarded(source, || {
        renderer.render(RenderRequest::svg(source, OperationControl::new(), request))
    })
}

/// merman sizes the root `<svg>` `width="100%"`: as an `<img>` it would then stretch a small
/// diagram to the card's width. Its natural size from the `viewBox` instead lets
/// `max-width:100%` shrink a wide one on a phone and leave a small one as it is.
fn with_intrinsic_size(svg: String) -> String {
    let Some(end) = svg.find('>') else {
        return svg;
    };
    let root = &svg[..end];
    let size = root
        .split_once("viewBox=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(view_box, _)| {
            view_box
                .split([' ', ','])
                .filter(|s| !s.is_empty())
                .filter_map(|n| n.parse::<f64>().ok())
                .collect::<Vec<_>>()
        });
    let (Some([_, _, w, h]), Some(at)) = (size.as_deref(), root.find(" width=\"100%\"")) else {
        return svg;
    };
    let sized = format!(" width=\"{}\" height=\"{}\"", w.ceil(), h.ceil());
    let mut out = String::with_capacity(svg.len() + 16);
    out.push_str(&svg[..at]);
    out.push_str(&sized);
    out.push_str(&svg[at + " width=\"100%\"".len()..]);
    out
}

/// Runs one render of `source`, turning every failure, a panic included, into a [`DiagramError`].
fn guarded(
    source: &str,
    render: impl FnOnce() -> Result<RenderOutput, RenderError>,
) -> Result<String, DiagramError> {
    match crate::guard::catch(render) {
        Ok(Ok(RenderOutput::Svg(Some(svg)))) => Ok(with_intrinsic_size(svg.into_parts().0)),
        Ok(Ok(_)) => Err(DiagramError::at(
            source,
            None,
            "no Mermaid diagram found".to_owned(),
        )),
        Ok(Err(error)) => Err(from_render_error(source, &error)),
        Err(panic) => Err(DiagramError::at(
            source,
            None,
            format!("the diagram renderer crashed: {panic}"),
        )),
    }
}

fn from_render_error(source: &str, error: &RenderError) -> DiagramError {
    match error {
        RenderError::Parse(diagnostic) => {
            let details = diagnostic.terminal_diagnostic_details();
            DiagramError::at(
                source,
                details.span.map(|s| s.start),
                diagnostic.terminal_safe_message(),
            )
        }
        other => DiagramError::at(source, None, other.to_string()),
    }
}

/// One renderer per theme, built once per process.
fn renderer(theme: Theme) -> &'static Renderer {
    static LIGHT: OnceLock<Renderer> = OnceLock::new();
    static DARK: OnceLock<Renderer> = OnceLock::new();
    let cell = match theme {
        Theme::Light => &LIGHT,
        Theme::Dark => &DARK,
    };
    cell.get_or_init(|| {
        let config = MermaidConfig::from_value(theme.config());
        Renderer::new().with_engine(Engine::new().with_site_config(config))
    })
}

/// Text measured with DejaVu Sans' advances, the family the SVG names.
fn measurement() -> TextMeasurementPolicy {
    static POLICY: OnceLock<Option<TextMeasurementPolicy>> = OnceLock::new();
    let policy = POLICY.get_or_init(|| {
        let measurer = DeterministicTextMeasurer::default().with_width_callback(|text, style| {
            fonts::text_width(
                text,
                style.font_size,
                fonts::is_bold(style.font_weight.as_deref()),
            )
        });
        let id = MeasurementProfileId::new("deckgen.dejavu-sans").ok()?;
        let identity = TextMeasurementProfileIdentity::new(id, "dejavu-2.37").ok()?;
        Some(TextMeasurementPolicy::uniform(TextMeasurementProfile::new(
            identity,
            Arc::clone(&measurer),
        )))
    });
    // The profile id and version above are valid constants (a test checks), so `None` is
    // unreachable; merman's own deterministic measurer is the safe fallback.
    policy
        .clone()
        .unwrap_or_else(TextMeasurementPolicy::deterministic)
}

#[cfg(test)]
pub(crate) mod tests;
