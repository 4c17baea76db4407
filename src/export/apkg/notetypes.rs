//! deckgen's three Anki note types, with fixed ids and names that cannot clash with Anki's stock
//! ones. Templates and CSS come from `templates/` and are compiled in.
//!
//! Once shipped, a note type's fields and card templates must never be renamed, reordered, added or
//! removed: Anki would import the package's note type as a new `Name+` type and stop updating the
//! cards users study. HTML and CSS may change freely (the note type's mtime makes Anki take them).

use sha2::{Digest, Sha256};

use crate::model::FlashcardKind;

/// Which kind of Anki note type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteTypeKind {
    /// Front/back templates.
    Standard,
    /// One cloze template; cards come from `{{cN::...}}` numbers.
    Cloze,
}

/// One card template of a note type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardTemplate {
    /// Template name (`Card 1`).
    pub name: &'static str,
    /// Question HTML.
    pub front: &'static str,
    /// Answer HTML.
    pub back: &'static str,
}

/// An Anki note type ("model").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteType {
    /// Fixed id: never change it.
    pub id: i64,
    /// Fixed name: never change it.
    pub name: &'static str,
    /// Standard or cloze.
    pub kind: NoteTypeKind,
    /// Field names, in order: never change them.
    pub fields: &'static [&'static str],
    /// Card templates, in order: never rename or reorder them.
    pub templates: Vec<CardTemplate>,
    /// The style sheet.
    pub css: String,
}

const SHARED_CSS: &str = include_str!("../../../templates/shared.css");

/// Fields of the front/back note types.
pub const BASIC_FIELDS: &[&str] = &["Front", "Back", "Section", "CardId"];
/// Fields of the cloze note type.
pub const CLOZE_FIELDS: &[&str] = &["Text", "Back Extra", "Section", "CardId"];
/// The field that holds the card id (for searching removed cards in Anki).
pub const CARD_ID_FIELD: &str = "CardId";

/// The shared rules, the note type's own, then the highlighted code's colours (light, and dark
/// under `.nightMode`), which syntect writes from its themes.
fn css(own: &str) -> String {
    let highlight = crate::picture::highlight::card_css();
    format!("{SHARED_CSS}\n{own}\n/* Highlighted code (syntect). */\n{highlight}")
}

/// The question → answer card of `deckgen Basic`, and the forward card of `deckgen Basic+Reverse`
/// (which looks exactly like a basic card).
fn forward_card() -> CardTemplate {
    CardTemplate {
        name: "Card 1",
        front: include_str!("../../../templates/basic/front.html"),
        back: include_str!("../../../templates/basic/back.html"),
    }
}

/// `deckgen Basic`.
pub fn basic() -> NoteType {
    NoteType {
        id: 1_607_392_319_001,
        name: "deckgen Basic",
        kind: NoteTypeKind::Standard,
        fields: BASIC_FIELDS,
        templates: vec![forward_card()],
        css: css(include_str!("../../../templates/basic/style.css")),
    }
}

/// `deckgen Basic+Reverse`.
pub fn basic_reverse() -> NoteType {
    NoteType {
        id: 1_607_392_319_002,
        name: "deckgen Basic+Reverse",
        kind: NoteTypeKind::Standard,
        fields: BASIC_FIELDS,
        templates: vec![
            forward_card(),
            CardTemplate {
                name: "Card 2",
                front: include_str!("../../../templates/basic-reverse/reversed-front.html"),
                back: include_str!("../../../templates/basic-reverse/reversed-back.html"),
            },
        ],
        css: css(include_str!("../../../templates/basic-reverse/style.css")),
    }
}

/// `deckgen Cloze`.
pub fn cloze() -> NoteType {
    NoteType {
        id: 1_607_392_319_003,
        name: "deckgen Cloze",
        kind: NoteTypeKind::Cloze,
        fields: CLOZE_FIELDS,
        templates: vec![CardTemplate {
            name: "Cloze",
            front: include_str!("../../../templates/cloze/front.html"),
            back: include_str!("../../../templates/cloze/back.html"),
        }],
        css: css(include_str!("../../../templates/cloze/style.css")),
    }
}

/// All note types, in a fixed order; [`index_for`] indexes into it.
pub fn all() -> Vec<NoteType> {
    vec![basic(), basic_reverse(), cloze()]
}

/// Index into [`all`] of the note type for a flashcard kind.
pub fn index_for(kind: FlashcardKind) -> usize {
    match kind {
        FlashcardKind::Basic => 0,
        FlashcardKind::Reverse => 1,
        FlashcardKind::Cloze => 2,
    }
}

/// A hash of everything about the note types that Anki stores (names, fields, templates, CSS): when
/// it changes, the note types get a new mtime so that Anki applies the change on import.
pub fn fingerprint(types: &[NoteType]) -> String {
    let mut h = Sha256::new();
    for t in types {
        h.update(t.id.to_le_bytes());
        h.update(t.name.as_bytes());
        for f in t.fields {
            h.update(f.as_bytes());
            h.update([0]);
        }
        for tpl in &t.templates {
            for part in [tpl.name, tpl.front, tpl.back] {
                h.update(part.as_bytes());
                h.update([0]);
            }
        }
        h.update(t.css.as_bytes());
        h.update([1]);
    }
    crate::render::hex(&h.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_names_are_fixed_and_distinct() {
        let types = all();
        let ids: Vec<_> = types.iter().map(|t| t.id).collect();
        assert_eq!(
            ids,
            [1_607_392_319_001, 1_607_392_319_002, 1_607_392_319_003]
        );
        let names: Vec<_> = types.iter().map(|t| t.name).collect();
        assert_eq!(
            names,
            ["deckgen Basic", "deckgen Basic+Reverse", "deckgen Cloze"]
        );
    }

    #[test]
    fn fields_and_templates_are_frozen() {
        // Changing these breaks updates of every card users already study (see the module docs).
        assert_eq!(BASIC_FIELDS, ["Front", "Back", "Section", "CardId"]);
        assert_eq!(CLOZE_FIELDS, ["Text", "Back Extra", "Section", "CardId"]);
        let templates: Vec<Vec<&str>> = all()
            .iter()
            .map(|t| t.templates.iter().map(|x| x.name).collect())
            .collect();
        assert_eq!(
            templates,
            [vec!["Card 1"], vec!["Card 1", "Card 2"], vec!["Cloze"]]
        );
    }

    #[test]
    fn templates_reference_only_existing_fields() {
        for t in all() {
            for tpl in &t.templates {
                for side in [tpl.front, tpl.back] {
                    for name in side
                        .split("{{")
                        .skip(1)
                        .filter_map(|s| s.split("}}").next())
                    {
                        let name = name.trim_start_matches(['#', '/', '^']);
                        let name = name.strip_prefix("cloze:").unwrap_or(name);
                        assert!(
                            name == "FrontSide" || t.fields.contains(&name),
                            "{}: unknown field {name}",
                            t.name
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn css_has_night_mode_and_shared_rules() {
        for t in all() {
            assert!(t.css.contains(".nightMode"), "{}", t.name);
            assert!(t.css.contains("pre {"), "{}", t.name);
        }
        assert!(cloze().css.contains(".cloze"));
        for t in all() {
            assert!(t.css.contains(".hl-code"), "{}", t.name);
            assert!(t.css.contains(".nightMode .hl-"), "{}", t.name);
            assert!(t.css.contains(".deckgen-diagram-dark"), "{}", t.name);
        }
    }
}
