//! Anki's card templates, rendered the way Anki renders them, for the preview.
//!
//! Only what deckgen's own templates (`templates/`) use: `{{Field}}`, `{{FrontSide}}`,
//! `{{cloze:Field}}` and the sections `{{#Field}}…{{/Field}}` and `{{^Field}}…{{/Field}}`. Anything
//! else is a [`TemplateError`], so that a template change that needs more of Anki's language fails
//! a test here instead of showing a card Anki would draw differently. The cloze markup follows
//! Anki 2.1.50 and later (checked against Anki 26.9's renderer): the active deletion becomes
//! `<span class="cloze" data-cloze="…" data-ordinal="N">[...]</span>` on the front and
//! `<span class="cloze" data-ordinal="N">answer</span>` on the back; the others are
//! `<span class="cloze-inactive" data-ordinal="M">text</span>`.

use crate::cloze::{self, Segment};

/// Why a template could not be rendered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    /// `{{Name}}` names no field.
    #[error("the template uses `{{{{{0}}}}}`, but the note type has no such field")]
    UnknownField(String),
    /// `{{filter:Name}}` with a filter the preview does not implement.
    #[error("the template uses the filter `{0}:`, which the preview does not implement")]
    UnknownFilter(String),
    /// `{{#A}}` closed by `{{/B}}`, or never closed.
    #[error("the template's section `{0}` is not closed properly")]
    Unbalanced(String),
    /// `{{cloze:…}}` on text that is not valid cloze markup.
    #[error("the cloze field is not valid: {0}")]
    Cloze(&'static str),
}

/// Which side of a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The question.
    Front,
    /// The answer.
    Back,
}

/// What a template is rendered with.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// Field names and values (HTML), in the note type's order.
    pub fields: &'a [(&'a str, &'a str)],
    /// The side being rendered.
    pub side: Side,
    /// The card's ordinal (0-based; for cloze cards, the deletion number − 1).
    pub ord: u32,
    /// The rendered front, for `{{FrontSide}}` on the back.
    pub front_side: &'a str,
}

/// Renders `template` for one card side.
pub fn render(template: &str, cx: &Context<'_>) -> Result<String, TemplateError> {
    let mut out = String::with_capacity(template.len() * 2);
    // Open sections: (field name, whether its content is shown).
    let mut sections: Vec<(String, bool)> = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        let shown = sections.iter().all(|(_, shown)| *shown);
        if shown {
            out.push_str(&rest[..start]);
        }
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            return Err(TemplateError::Unbalanced(after.to_string()));
        };
        let tag = after[..end].trim();
        rest = &after[end + 2..];
        if let Some(name) = tag.strip_prefix('#') {
            let present = !field_is_empty(field(cx, name.trim())?);
            sections.push((name.trim().to_string(), present));
        } else if let Some(name) = tag.strip_prefix('^') {
            let present = !field_is_empty(field(cx, name.trim())?);
            sections.push((name.trim().to_string(), !present));
        } else if let Some(name) = tag.strip_prefix('/') {
            match sections.pop() {
                Some((open, _)) if open == name.trim() => {}
                _ => return Err(TemplateError::Unbalanced(name.trim().to_string())),
            }
        } else if shown {
            out.push_str(&replacement(tag, cx)?);
        }
    }
    if let Some((open, _)) = sections.pop() {
        return Err(TemplateError::Unbalanced(open));
    }
    out.push_str(rest);
    Ok(out)
}

/// The text that replaces `{{tag}}`.
fn replacement(tag: &str, cx: &Context<'_>) -> Result<String, TemplateError> {
    if tag == "FrontSide" {
        return Ok(cx.front_side.to_string());
    }
    match tag.rsplit_once(':') {
        None => field(cx, tag).map(str::to_string),
        Some((filter, name)) if filter.trim() == "cloze" => {
            render_cloze(field(cx, name.trim())?, cx.ord + 1, cx.side)
        }
        Some((filter, _)) => Err(TemplateError::UnknownFilter(filter.trim().to_string())),
    }
}

fn field<'a>(cx: &Context<'a>, name: &str) -> Result<&'a str, TemplateError> {
    cx.fields
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| *v)
        .ok_or_else(|| TemplateError::UnknownField(name.to_string()))
}

/// Anki's test for a section: a field is empty when it holds only whitespace, `<br>` and `<div>`
/// tags.
fn field_is_empty(value: &str) -> bool {
    let mut rest = value.trim_start();
    while !rest.is_empty() {
        let lower = rest.get(..6).unwrap_or(rest).to_ascii_lowercase();
        let tag = ["<br />", "<br/>", "<br>", "<div>", "</div>"]
            .into_iter()
            .find(|t| lower.starts_with(t));
        match tag {
            Some(t) => rest = rest[t.len()..].trim_start(),
            None => return false,
        }
    }
    true
}

/// `{{cloze:Field}}` for deletion `number`.
fn render_cloze(text: &str, number: u32, side: Side) -> Result<String, TemplateError> {
    let segments =
        cloze::parse_cloze(text).map_err(|e| TemplateError::Cloze(e.problem.describe()))?;
    let mut out = String::with_capacity(text.len() + 64);
    for segment in &segments {
        match *segment {
            Segment::Text(t) => out.push_str(t),
            Segment::Deletion {
                number: n,
                answer,
                hint,
            } if n == number => match side {
                Side::Front => out.push_str(&format!(
                    "<span class=\"cloze\" data-cloze=\"{}\" data-ordinal=\"{n}\">[{}]</span>",
                    cloze_attribute(answer),
                    hint.unwrap_or("...")
                )),
                Side::Back => out.push_str(&format!(
                    "<span class=\"cloze\" data-ordinal=\"{n}\">{answer}</span>"
                )),
            },
            Segment::Deletion {
                number: n, answer, ..
            } => out.push_str(&format!(
                "<span class=\"cloze-inactive\" data-ordinal=\"{n}\">{answer}</span>"
            )),
        }
    }
    Ok(out)
}

/// The deletion's text in `data-cloze`, escaped as Anki escapes it (the `htmlescape` crate's
/// attribute rule): ASCII letters and digits and characters past U+00FF stay, `&<>"` become named
/// entities, every other character up to U+00FF a hex one (a space is `&#x20;`).
fn cloze_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_ascii_alphanumeric() || u32::from(c) > 0xFF => out.push(c),
            c => out.push_str(&format!("&#x{:X};", u32::from(c))),
        }
    }
    out
}

/// Text as an HTML attribute value (between double quotes).
pub fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[(&str, &str)] = &[
        ("Front", "Q <b>x</b>"),
        ("Back", "<p>A</p>"),
        ("Empty", " <br> "),
    ];

    fn cx(side: Side) -> Context<'static> {
        Context {
            fields: FIELDS,
            side,
            ord: 0,
            front_side: "FRONT",
        }
    }

    #[test]
    fn fields_are_inserted_as_they_are() {
        assert_eq!(
            render("<div>{{Front}}</div>{{ Back }}", &cx(Side::Front)).unwrap(),
            "<div>Q <b>x</b></div><p>A</p>"
        );
        assert_eq!(
            render("{{FrontSide}}<hr id=answer>", &cx(Side::Back)).unwrap(),
            "FRONT<hr id=answer>"
        );
    }

    #[test]
    fn sections_follow_anki_emptiness() {
        let t = "{{#Back}}b{{/Back}}{{#Empty}}e{{/Empty}}{{^Empty}}n{{/Empty}}";
        assert_eq!(render(t, &cx(Side::Front)).unwrap(), "bn");
        assert!(field_is_empty("<div></div>\n<br/>"));
        assert!(!field_is_empty("<p></p>"));
    }

    #[test]
    fn unknown_fields_filters_and_unbalanced_sections_are_errors() {
        let c = cx(Side::Front);
        assert_eq!(
            render("{{Nope}}", &c),
            Err(TemplateError::UnknownField("Nope".into()))
        );
        assert_eq!(
            render("{{text:Front}}", &c),
            Err(TemplateError::UnknownFilter("text".into()))
        );
        assert!(matches!(
            render("{{#Front}}x", &c),
            Err(TemplateError::Unbalanced(_))
        ));
        assert!(matches!(
            render("{{#Front}}x{{/Back}}", &c),
            Err(TemplateError::Unbalanced(_))
        ));
    }

    #[test]
    fn cloze_attribute_escapes_as_anki_does() {
        assert_eq!(
            cloze_attribute("SELECT … x-y, (a)/b_c ×"),
            "SELECT&#x20;…&#x20;x&#x2D;y&#x2C;&#x20;&#x28;a&#x29;&#x2F;b&#x5F;c&#x20;&#xD7;"
        );
    }

    #[test]
    fn cloze_front_hides_the_active_deletion_only() {
        let fields = [("Text", "a {{c1::<code>b</code>}} c {{c2::d::hint}}")];
        let mut c = Context {
            fields: &fields,
            side: Side::Front,
            ord: 1,
            front_side: "",
        };
        assert_eq!(
            render("{{cloze:Text}}", &c).unwrap(),
            "a <span class=\"cloze-inactive\" data-ordinal=\"1\"><code>b</code></span> c \
             <span class=\"cloze\" data-cloze=\"d\" data-ordinal=\"2\">[hint]</span>"
        );
        c.ord = 0;
        assert_eq!(
            render("{{cloze:Text}}", &c).unwrap(),
            "a <span class=\"cloze\" data-cloze=\"&lt;code&gt;b&lt;&#x2F;code&gt;\" \
             data-ordinal=\"1\">[...]</span> c <span class=\"cloze-inactive\" \
             data-ordinal=\"2\">d</span>"
        );
        c.side = Side::Back;
        assert_eq!(
            render("{{cloze:Text}}", &c).unwrap(),
            "a <span class=\"cloze\" data-ordinal=\"1\"><code>b</code></span> c \
             <span class=\"cloze-inactive\" data-ordinal=\"2\">d</span>"
        );
    }
}
