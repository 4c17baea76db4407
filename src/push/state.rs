//! What Anki holds, read through AnkiConnect (read-only actions): deckgen's note types, the
//! decks, and deckgen's notes with their cards' decks and suspension.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::{Value, json};

use super::apply::PACKAGE_NAME;
use super::client::{Action, Client};
use super::target::Target;
use super::{PushError, REMOVED_TAG};
use crate::export::apkg::notetypes::CARD_ID_FIELD;

/// Note ids per `notesInfo` request.
const NOTES_PER_REQUEST: usize = 1_000;

/// A note type as Anki has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnkiNoteType {
    /// Its name in Anki (the user may have renamed it).
    pub name: String,
    /// Field names in order.
    pub fields: Vec<String>,
    /// Card templates: name → (front, back).
    pub templates: BTreeMap<String, (String, String)>,
    /// Style sheet.
    pub css: String,
}

/// One of deckgen's notes in Anki.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnkiNote {
    /// Note id.
    pub id: i64,
    /// Index into [`Target::note_types`] of its note type.
    pub note_type: usize,
    /// Field values in order.
    pub fields: Vec<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// Its cards: (card id, deck name, suspended).
    pub cards: Vec<(i64, String, bool)>,
}

impl AnkiNote {
    /// The `CardId` field (the last of deckgen's four).
    pub fn card_id(&self) -> &str {
        self.fields.get(3).map_or("", String::as_str)
    }

    /// Whether deckgen marked it removed.
    pub fn is_marked_removed(&self) -> bool {
        self.tags
            .iter()
            .any(|t| t.eq_ignore_ascii_case(REMOVED_TAG))
    }
}

/// What Anki holds that a push cares about.
#[derive(Debug, Clone, Default)]
pub struct AnkiState {
    /// AnkiConnect's API version.
    pub version: u64,
    /// deckgen's note types present in Anki (by the target's note type index).
    pub note_types: BTreeMap<usize, AnkiNoteType>,
    /// Every deck name.
    pub decks: BTreeSet<String>,
    /// deckgen's notes of this deck: in the deck's tree, or elsewhere with a card id of the
    /// content that no note in the tree has.
    pub notes: Vec<AnkiNote>,
    /// The package of new notes is still in Anki's media folder (a push died while importing).
    pub leftover_package: bool,
    /// deckgen's media files in Anki's media folder (names matching [`MEDIA_PATTERN`]).
    pub media: BTreeSet<String>,
}

/// Every media file deckgen writes is named `deckgen-<content hash>…` (diagrams and images).
pub const MEDIA_PATTERN: &str = "deckgen-*";

/// Reads Anki's state for `target`.
pub fn fetch(client: &mut Client, target: &Target<'_>) -> Result<AnkiState, PushError> {
    let version = client.handshake()?;
    let answers = client.multi(vec![
        Action::new("modelNamesAndIds", json!({})),
        Action::new("deckNames", json!({})),
        Action::new("getMediaFilesNames", json!({ "pattern": PACKAGE_NAME })),
        Action::new("getMediaFilesNames", json!({ "pattern": MEDIA_PATTERN })),
    ])?;
    let [models, decks, leftover, media] =
        <[Value; 4]>::try_from(answers).map_err(|_| protocol("multi"))?;
    let media: BTreeSet<String> =
        serde_json::from_value(media).map_err(|_| protocol("getMediaFilesNames"))?;
    let leftover_package = leftover
        .as_array()
        .is_some_and(|files| files.iter().any(|f| f.as_str() == Some(PACKAGE_NAME)));
    let models: BTreeMap<String, i64> =
        serde_json::from_value(models).map_err(|_| protocol("modelNamesAndIds"))?;
    let decks: BTreeSet<String> =
        serde_json::from_value(decks).map_err(|_| protocol("deckNames"))?;
    let note_types = note_types(client, target, &models)?;
    let notes = if note_types.is_empty() {
        Vec::new()
    } else {
        notes(client, target, &note_types)?
    };
    Ok(AnkiState {
        version,
        note_types,
        decks,
        notes,
        leftover_package,
        media,
    })
}

fn protocol(action: &'static str) -> PushError {
    PushError::Protocol {
        action,
        message: "unexpected shape".into(),
    }
}

/// deckgen's note types in Anki, found by their fixed ids; a type with deckgen's name but
/// another id is an error.
fn note_types(
    client: &mut Client,
    target: &Target<'_>,
    models: &BTreeMap<String, i64>,
) -> Result<BTreeMap<usize, AnkiNoteType>, PushError> {
    let mut found = Vec::new();
    for (index, ours) in target.note_types.iter().enumerate() {
        if let Some((name, _)) = models.iter().find(|(_, id)| **id == ours.id) {
            found.push((index, name.clone()));
        } else if let Some(id) = models.get(ours.name) {
            return Err(PushError::NoteTypeDiffers {
                name: ours.name.to_string(),
                difference: format!("it has id {id}, not deckgen's {}", ours.id),
                expected: "nothing: deckgen's note types are only ever made by deckgen".into(),
            });
        }
    }
    let actions = found
        .iter()
        .flat_map(|(_, name)| {
            ["modelFieldNames", "modelTemplates", "modelStyling"]
                .map(|a| Action::new(a, json!({ "modelName": name })))
        })
        .collect();
    let answers = client.multi(actions)?;
    let mut out = BTreeMap::new();
    for ((index, name), chunk) in found.into_iter().zip(answers.chunks(3)) {
        let [fields, templates, styling] = chunk else {
            return Err(protocol("multi"));
        };
        let fields: Vec<String> =
            serde_json::from_value(fields.clone()).map_err(|_| protocol("modelFieldNames"))?;
        let raw: BTreeMap<String, BTreeMap<String, String>> =
            serde_json::from_value(templates.clone()).map_err(|_| protocol("modelTemplates"))?;
        let templates = raw
            .into_iter()
            .map(|(name, mut sides)| {
                let front = sides.remove("Front").unwrap_or_default();
                let back = sides.remove("Back").unwrap_or_default();
                (name, (front, back))
            })
            .collect();
        let css = styling
            .get("css")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        out.insert(
            index,
            AnkiNoteType {
                name,
                fields,
                templates,
                css,
            },
        );
    }
    Ok(out)
}

/// deckgen's notes of this deck, with their cards' decks and suspension.
fn notes(
    client: &mut Client,
    target: &Target<'_>,
    types: &BTreeMap<usize, AnkiNoteType>,
) -> Result<Vec<AnkiNote>, PushError> {
    let query = types
        .keys()
        .filter_map(|&i| target.note_types.get(i))
        .map(|t| format!("mid:{}", t.id))
        .collect::<Vec<_>>()
        .join(" OR ");
    let ids: Vec<i64> =
        serde_json::from_value(client.call("findNotes", json!({ "query": query }))?)
            .map_err(|_| protocol("findNotes"))?;
    let name_to_index: HashMap<&str, usize> =
        types.iter().map(|(&i, t)| (t.name.as_str(), i)).collect();
    let mut notes = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(NOTES_PER_REQUEST) {
        let infos = client.call("notesInfo", json!({ "notes": chunk }))?;
        let Value::Array(infos) = infos else {
            return Err(protocol("notesInfo"));
        };
        for info in infos {
            if let Some(note) = note_from_info(&info, &name_to_index, types) {
                notes.push(note);
            }
        }
    }
    let cards: Vec<i64> = notes
        .iter()
        .flat_map(|n| n.cards.iter().map(|c| c.0))
        .collect();
    let answers = client.multi(vec![
        Action::new("getDecks", json!({ "cards": cards })),
        Action::new("areSuspended", json!({ "cards": cards })),
    ])?;
    let [decks, suspended] = <[Value; 2]>::try_from(answers).map_err(|_| protocol("multi"))?;
    let decks: BTreeMap<String, Vec<i64>> =
        serde_json::from_value(decks).map_err(|_| protocol("getDecks"))?;
    let deck_of: HashMap<i64, String> = decks
        .into_iter()
        .flat_map(|(deck, cards)| cards.into_iter().map(move |c| (c, deck.clone())))
        .collect();
    let suspended: Vec<Option<bool>> =
        serde_json::from_value(suspended).map_err(|_| protocol("areSuspended"))?;
    let suspended: HashMap<i64, bool> = cards
        .iter()
        .zip(suspended)
        .map(|(&c, s)| (c, s.unwrap_or(false)))
        .collect();
    for note in &mut notes {
        for card in &mut note.cards {
            card.1 = deck_of.get(&card.0).cloned().unwrap_or_default();
            card.2 = suspended.get(&card.0).copied().unwrap_or(false);
        }
    }
    Ok(belonging(notes, target))
}

/// The notes of this deck: those with a card in the deck's tree, and, for a card id of the
/// content that no such note has, the one note elsewhere that has it (a card the user moved out
/// of the deck). Notes of another deckgen deck stay out.
fn belonging(notes: Vec<AnkiNote>, target: &Target<'_>) -> Vec<AnkiNote> {
    let (inside, outside): (Vec<AnkiNote>, Vec<AnkiNote>) = notes
        .into_iter()
        .partition(|n| n.cards.iter().any(|c| target.in_tree(&c.1)));
    let have: BTreeSet<&str> = inside.iter().map(AnkiNote::card_id).collect();
    let wanted: BTreeSet<&str> = target.notes.iter().map(|n| n.card_id.as_str()).collect();
    let mut strays: BTreeMap<String, Vec<AnkiNote>> = BTreeMap::new();
    for note in outside {
        let id = note.card_id();
        if wanted.contains(id) && !have.contains(id) {
            strays.entry(id.to_string()).or_default().push(note);
        }
    }
    let mut out = inside;
    out.extend(strays.into_values().filter(|v| v.len() == 1).flatten());
    out
}

fn note_from_info(
    info: &Value,
    name_to_index: &HashMap<&str, usize>,
    types: &BTreeMap<usize, AnkiNoteType>,
) -> Option<AnkiNote> {
    let id = info.get("noteId")?.as_i64()?;
    let model = info.get("modelName")?.as_str()?;
    let note_type = *name_to_index.get(model)?;
    let order = &types.get(&note_type)?.fields;
    let fields_obj = info.get("fields")?.as_object()?;
    let fields = order
        .iter()
        .map(|name| {
            fields_obj
                .get(name)
                .and_then(|f| f.get("value"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        })
        .collect::<Vec<_>>();
    // A note whose type lacks the CardId field, or with an empty CardId (one the user made by
    // hand with deckgen's note type), is not deckgen's to touch.
    let card_id = order.iter().position(|f| f == CARD_ID_FIELD)?;
    if fields.get(card_id).is_none_or(|v| v.trim().is_empty()) {
        return None;
    }
    let tags = info
        .get("tags")?
        .as_array()?
        .iter()
        .filter_map(|t| t.as_str().map(str::to_string))
        .collect();
    let cards = info
        .get("cards")?
        .as_array()?
        .iter()
        .filter_map(Value::as_i64)
        .map(|c| (c, String::new(), false))
        .collect();
    Some(AnkiNote {
        id,
        note_type,
        fields,
        tags,
        cards,
    })
}
