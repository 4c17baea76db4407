//! The difference between what Anki holds and the built deck: what a push does. Pure: no I/O.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::PushError;
use super::state::{AnkiNote, AnkiState};
use super::target::Target;

/// Anki's own tags, which a push leaves on a note.
const ANKI_TAGS: [&str; 2] = ["marked", "leech"];

/// A card in the report (for removed notes, `section` is their `Section` field).
pub use crate::manifest::Change as PlanItem;

/// An update of one note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    /// Note id.
    pub note: i64,
    /// Index into the target's notes.
    pub target: usize,
    /// New field values, if they differ.
    pub fields: Option<[String; 4]>,
    /// New tags, if they differ.
    pub tags: Option<Vec<String>>,
    /// Cards to unsuspend (the note had been marked removed and is back).
    pub unsuspend: Vec<i64>,
}

/// A note whose card is no longer in the content (or a second note with the same card id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    /// Note id.
    pub note: i64,
    /// Its cards.
    pub cards: Vec<i64>,
}

/// A note type whose templates or CSS differ from deckgen's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteTypeUpdate {
    /// Its name in Anki.
    pub name: String,
    /// Index into the target's note types.
    pub index: usize,
    /// Templates differ.
    pub templates: bool,
    /// CSS differs.
    pub css: bool,
}

/// What a push does.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Note types to bring up to date.
    pub note_types: Vec<NoteTypeUpdate>,
    /// Decks to create.
    pub decks: Vec<String>,
    /// Target notes to add (indexes).
    pub add: Vec<usize>,
    /// Notes to update.
    pub update: Vec<Update>,
    /// Cards to move: deck → card ids.
    pub moves: BTreeMap<String, Vec<i64>>,
    /// Notes to retire (tag and suspend, or delete).
    pub remove: Vec<Removal>,
    /// Whether removals delete.
    pub delete: bool,
    /// Delete the package of new notes a push that died left in Anki's media folder.
    pub leftover_package: bool,
    /// Media files the cards use that Anki lacks (indexes into the target's media).
    pub media: Vec<usize>,
    /// For the report: added, changed, moved and removed cards.
    pub added: Vec<PlanItem>,
    /// Changed (fields or tags, or back from removed).
    pub changed: Vec<PlanItem>,
    /// Moved to another deck.
    pub moved: Vec<PlanItem>,
    /// Removed.
    pub removed: Vec<PlanItem>,
}

impl Plan {
    /// True when Anki already holds the deck.
    pub fn is_empty(&self) -> bool {
        self.note_types.is_empty()
            && self.decks.is_empty()
            && self.add.is_empty()
            && self.update.is_empty()
            && self.moves.is_empty()
            && self.remove.is_empty()
            && !self.leftover_package
            && self.media.is_empty()
    }

    /// `+N added, ~N changed, >N moved, -N removed`.
    pub fn summary(&self) -> String {
        format!(
            "+{} added, ~{} changed, >{} moved, -{} removed",
            self.added.len(),
            self.changed.len(),
            self.moved.len(),
            self.removed.len()
        )
    }

    /// Requests' worth of work, for the progress bar: one unit per note touched.
    pub fn work(&self) -> u64 {
        (self.add.len()
            + self.update.len()
            + self.moves.values().map(Vec::len).sum::<usize>()
            + self.remove.len()) as u64
    }
}

/// Compares Anki's state with the target.
pub fn plan(target: &Target<'_>, state: &AnkiState, delete: bool) -> Result<Plan, PushError> {
    let mut plan = Plan {
        delete,
        leftover_package: state.leftover_package,
        ..Plan::default()
    };
    plan.note_types = note_types(target, state)?;
    plan.decks = target
        .deck_names()
        .filter(|d| !state.decks.contains(*d))
        .map(str::to_string)
        .collect();
    plan.media = target
        .media
        .iter()
        .enumerate()
        .filter(|(_, (name, _))| !state.media.contains(*name))
        .map(|(i, _)| i)
        .collect();
    // Each card id's note: the oldest (smallest id) note, which carries the longest history.
    let mut by_id: HashMap<&str, &AnkiNote> = HashMap::new();
    let mut notes: Vec<&AnkiNote> = state.notes.iter().collect();
    notes.sort_by_key(|n| n.id);
    let mut spare = Vec::new();
    for note in notes {
        match by_id.get(note.card_id()) {
            Some(_) => spare.push(note),
            None => {
                by_id.insert(note.card_id(), note);
            }
        }
    }
    let mut kind_changed = Vec::new();
    for (index, want) in target.notes.iter().enumerate() {
        let item = || PlanItem {
            id: want.card_id.clone(),
            section: want.section.clone(),
            question: want.question.clone(),
        };
        let Some(have) = by_id.remove(want.card_id.as_str()) else {
            plan.add.push(index);
            plan.added.push(item());
            continue;
        };
        if have.note_type != want.note_type {
            kind_changed.push(want.card_id.clone());
            continue;
        }
        let fields =
            (have.fields.as_slice() != want.fields.as_slice()).then(|| want.fields.clone());
        let tags = tags_for(have, &want.tags);
        let unsuspend: Vec<i64> = if have.is_marked_removed() {
            have.cards.iter().filter(|c| c.2).map(|c| c.0).collect()
        } else {
            Vec::new()
        };
        if fields.is_some() || tags.is_some() || !unsuspend.is_empty() {
            plan.update.push(Update {
                note: have.id,
                target: index,
                fields,
                tags,
                unsuspend,
            });
            plan.changed.push(item());
        }
        let mut moved = false;
        for card in &have.cards {
            if card.1 != want.deck {
                plan.moves
                    .entry(want.deck.clone())
                    .or_default()
                    .push(card.0);
                moved = true;
            }
        }
        if moved {
            plan.moved.push(item());
        }
    }
    if !kind_changed.is_empty() {
        let search = kind_changed
            .iter()
            .map(|id| format!("CardId:{}", escape_search(id)))
            .collect::<Vec<_>>()
            .join(" OR ");
        return Err(PushError::KindChanged {
            ids: kind_changed,
            search,
        });
    }
    // What is left: notes whose card ids the content no longer has, and spare duplicates.
    let mut leftover: Vec<&AnkiNote> = by_id.into_values().chain(spare).collect();
    leftover.sort_by_key(|n| n.id);
    for note in leftover {
        if !note.cards.iter().any(|c| target.may_remove_from(&c.1))
            || target.elsewhere.contains(note.card_id())
        {
            continue;
        }
        let done = note.is_marked_removed() && note.cards.iter().all(|c| c.2);
        if delete || !done {
            plan.remove.push(Removal {
                note: note.id,
                cards: note.cards.iter().map(|c| c.0).collect(),
            });
            plan.removed.push(PlanItem {
                id: note.card_id().to_string(),
                section: section_of(note, &target.deck_id),
                question: strip_html(note.fields.first().map_or("", String::as_str)),
            });
        }
    }
    Ok(plan)
}

/// The tags a note should get, or `None` if its tags are right. Anki's tags are
/// case-insensitive; Anki's own `marked` and `leech` stay.
fn tags_for(have: &AnkiNote, want: &[String]) -> Option<Vec<String>> {
    let lower = |t: &String| t.to_lowercase();
    let kept: Vec<String> = have
        .tags
        .iter()
        .filter(|t| ANKI_TAGS.iter().any(|a| t.eq_ignore_ascii_case(a)))
        .cloned()
        .collect();
    let now: BTreeSet<String> = have.tags.iter().map(lower).collect();
    let mut next: Vec<String> = want.to_vec();
    next.extend(kept);
    let wanted: BTreeSet<String> = next.iter().map(lower).collect();
    (now != wanted).then_some(next)
}

/// deckgen's note types as Anki has them: fields and template names must match (an error says
/// what differs); differing template HTML or CSS is updated.
fn note_types(target: &Target<'_>, state: &AnkiState) -> Result<Vec<NoteTypeUpdate>, PushError> {
    let mut updates = Vec::new();
    for (&index, have) in &state.note_types {
        let Some(ours) = target.note_types.get(index) else {
            continue;
        };
        let expected = || {
            format!(
                "its fields {} and card templates {}",
                ours.fields.join(", "),
                ours.templates
                    .iter()
                    .map(|t| t.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        if have
            .fields
            .iter()
            .map(String::as_str)
            .ne(ours.fields.iter().copied())
        {
            return Err(PushError::NoteTypeDiffers {
                name: have.name.clone(),
                difference: format!(
                    "its fields are {}, deckgen's are {}",
                    have.fields.join(", "),
                    ours.fields.join(", ")
                ),
                expected: expected(),
            });
        }
        let names: BTreeSet<&str> = have.templates.keys().map(String::as_str).collect();
        let our_names: BTreeSet<&str> = ours.templates.iter().map(|t| t.name).collect();
        if names != our_names {
            return Err(PushError::NoteTypeDiffers {
                name: have.name.clone(),
                difference: format!(
                    "its card templates are {}, deckgen's are {}",
                    names.into_iter().collect::<Vec<_>>().join(", "),
                    our_names.into_iter().collect::<Vec<_>>().join(", ")
                ),
                expected: expected(),
            });
        }
        let templates = ours.templates.iter().any(|t| {
            have.templates
                .get(t.name)
                .is_none_or(|(f, b)| f != t.front || b != t.back)
        });
        let css = have.css != ours.css;
        if templates || css {
            updates.push(NoteTypeUpdate {
                name: have.name.clone(),
                index,
                templates,
                css,
            });
        }
    }
    Ok(updates)
}

/// Escapes Anki's search wildcards.
pub fn escape_search(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '_' | '\\' | '"') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A removed note's section id, from its `<deck id>::<section id>` tag (else its `Section` field).
fn section_of(note: &AnkiNote, deck_id: &str) -> String {
    let prefix = format!("{deck_id}::");
    note.tags
        .iter()
        .find_map(|t| t.strip_prefix(prefix.as_str()))
        .map(str::to_string)
        .unwrap_or_else(|| strip_html(note.fields.get(2).map_or("", String::as_str)))
}

/// Field HTML as plain text for the report: the sort field's rule, with the three entities the
/// HTML escaping makes read back.
fn strip_html(html: &str) -> String {
    crate::export::apkg::collection::strip_html(html)
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Deck;
    use crate::push::REMOVED_TAG;
    use crate::push::state::AnkiNoteType;
    use crate::render::{RenderedDeck, render_cards};

    fn sample() -> (Deck, RenderedDeck) {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample/content");
        let deck = crate::load(&dir).unwrap().deck.unwrap();
        let cards = render_cards(&deck);
        (deck, cards)
    }

    /// The state of an Anki that holds `target` exactly.
    fn perfect(target: &Target<'_>) -> AnkiState {
        let note_types = target
            .note_types
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let templates = t
                    .templates
                    .iter()
                    .map(|x| {
                        (
                            x.name.to_string(),
                            (x.front.to_string(), x.back.to_string()),
                        )
                    })
                    .collect();
                let fields = t.fields.iter().map(|f| f.to_string()).collect();
                let name = t.name.to_string();
                (
                    i,
                    AnkiNoteType {
                        name,
                        fields,
                        templates,
                        css: t.css.clone(),
                    },
                )
            })
            .collect();
        let notes = target
            .notes
            .iter()
            .enumerate()
            .map(|(i, n)| AnkiNote {
                id: 1000 + i as i64,
                note_type: n.note_type,
                fields: n.fields.to_vec(),
                tags: n.tags.clone(),
                cards: vec![(5000 + i as i64, n.deck.clone(), false)],
            })
            .collect();
        AnkiState {
            version: 6,
            note_types,
            decks: target.deck_names().map(str::to_string).collect(),
            notes,
            leftover_package: false,
            media: target.media.iter().map(|(n, _)| n.to_string()).collect(),
        }
    }

    #[test]
    fn an_anki_that_holds_the_deck_needs_nothing() {
        let (deck, cards) = sample();
        let target = Target::new(&deck, &cards, 1).unwrap();
        let mut state = perfect(&target);
        // Anki's own tags and the case of tags do not count.
        state.notes[0].tags.push("marked".into());
        state.notes[1].tags = state.notes[1]
            .tags
            .iter()
            .map(|t| t.to_uppercase())
            .collect();
        let plan = plan(&target, &state, false).unwrap();
        assert!(plan.is_empty(), "{plan:?}");
        assert_eq!(plan.summary(), "+0 added, ~0 changed, >0 moved, -0 removed");
    }

    #[test]
    fn differences_become_adds_updates_moves_and_removals() {
        let (deck, cards) = sample();
        let target = Target::new(&deck, &cards, 1).unwrap();
        let mut state = perfect(&target);
        state.notes[0].fields[1] = "old answer".into();
        state.notes[0].tags.push("marked".into());
        state.notes[1].cards[0].1 = "Default".into();
        let gone = state.notes.remove(2);
        let mut stale = state.notes[3].clone();
        stale.id = 99;
        stale.fields[3] = "no-longer-here".into();
        state.notes.push(stale);
        state.decks.remove("Sample Deck::Streams");
        let plan = plan(&target, &state, false).unwrap();
        assert_eq!(plan.summary(), "+1 added, ~1 changed, >1 moved, -1 removed");
        assert_eq!(plan.add, [2]);
        assert_eq!(plan.added[0].id, gone.card_id());
        let update = &plan.update[0];
        assert_eq!(update.note, 1000);
        assert_eq!(
            update.fields.as_ref().unwrap()[1],
            target.notes[0].fields[1]
        );
        assert!(update.tags.is_none(), "`marked` stays and is no change");
        assert_eq!(plan.moves[&target.notes[1].deck], [5001]);
        assert_eq!(
            plan.remove,
            [Removal {
                note: 99,
                cards: vec![5004]
            }]
        );
        assert_eq!(plan.decks, ["Sample Deck::Streams"]);
    }

    #[test]
    fn removed_notes_are_retired_once_and_restored_when_back() {
        let (deck, cards) = sample();
        let target = Target::new(&deck, &cards, 1).unwrap();
        let mut state = perfect(&target);
        let mut stale = state.notes[0].clone();
        stale.id = 99;
        stale.fields[3] = "gone".into();
        stale.tags.push(REMOVED_TAG.into());
        stale.cards[0].2 = true;
        state.notes.push(stale);
        assert!(plan(&target, &state, false).unwrap().is_empty());
        let delete = plan(&target, &state, true).unwrap();
        assert_eq!(delete.remove.len(), 1);
        assert!(delete.delete);
        // A card that is back in the content: untagged and unsuspended.
        state.notes[1].tags.push(REMOVED_TAG.into());
        state.notes[1].cards[0].2 = true;
        let back = plan(&target, &state, false).unwrap();
        assert_eq!(back.update.len(), 1);
        assert_eq!(back.update[0].unsuspend, [5001]);
        assert_eq!(
            back.update[0].tags.as_deref(),
            Some(target.notes[1].tags.as_slice())
        );
    }

    #[test]
    fn a_second_note_with_the_same_card_id_is_retired_and_the_oldest_kept() {
        let (deck, cards) = sample();
        let target = Target::new(&deck, &cards, 1).unwrap();
        let mut state = perfect(&target);
        let mut twin = state.notes[0].clone();
        twin.id = 5;
        twin.cards[0].0 = 7;
        state.notes.push(twin);
        let plan = plan(&target, &state, false).unwrap();
        assert_eq!(
            plan.remove,
            [Removal {
                note: 1000,
                cards: vec![5000]
            }]
        );
    }

    #[test]
    fn notes_outside_the_pushed_sections_are_left_alone() {
        let (deck, cards) = sample();
        let full = Target::new(&deck, &cards, 1).unwrap();
        let state = perfect(&full);
        let queues = deck.with_sections(vec![deck.sections[0].clone()]);
        let queue_cards = render_cards(&queues);
        let mut target = Target::new(&queues, &queue_cards, 1).unwrap();
        target.partial = true;
        assert!(plan(&target, &state, false).unwrap().is_empty());
        // A card of another section that lies in a pushed section's deck is not removed either.
        let mut state = state.clone();
        let last = state.notes.len() - 1;
        state.notes[last].cards[0].1 = target.notes[0].deck.clone();
        assert_eq!(plan(&target, &state, false).unwrap().remove.len(), 1);
        target.elsewhere = full.notes[target.notes.len()..]
            .iter()
            .map(|n| n.card_id.clone())
            .collect();
        assert!(plan(&target, &state, false).unwrap().is_empty());
        target.partial = false;
        target.elsewhere.clear();
        assert!(!plan(&target, &state, false).unwrap().remove.is_empty());
    }

    #[test]
    fn a_note_type_with_other_fields_is_an_error_that_says_what_differs() {
        let (deck, cards) = sample();
        let target = Target::new(&deck, &cards, 1).unwrap();
        let mut state = perfect(&target);
        state
            .note_types
            .get_mut(&0)
            .unwrap()
            .fields
            .push("Extra".into());
        let e = plan(&target, &state, false).unwrap_err().to_string();
        assert!(e.contains("deckgen Basic") && e.contains("Extra"), "{e}");
        let mut state = perfect(&target);
        state
            .note_types
            .get_mut(&2)
            .unwrap()
            .css
            .push_str("/* mine */");
        let plan = plan(&target, &state, false).unwrap();
        assert_eq!(plan.note_types.len(), 1);
        assert!(plan.note_types[0].css && !plan.note_types[0].templates);
    }

    #[test]
    fn a_card_whose_kind_changed_is_an_error_with_a_search() {
        let (deck, cards) = sample();
        let target = Target::new(&deck, &cards, 1).unwrap();
        let mut state = perfect(&target);
        state.notes[0].note_type = 2;
        let e = plan(&target, &state, false).unwrap_err().to_string();
        assert!(e.contains("CardId:queue-decoupling"), "{e}");
    }
}
