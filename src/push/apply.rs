//! Carrying out a [`Plan`] through AnkiConnect, then reading Anki again and planning again until
//! nothing is left: what the add-on reports done but did not do is redone (verify and repair).
//!
//! Every step is safe to repeat and none depends on a step before it having finished, so a push
//! cut off anywhere converges when run again. Order within a round: note types, decks, the media
//! files the cards use that Anki lacks, updates (unsuspending a card that is back before dropping
//! its `deckgen::removed` tag), new notes (one package import: their GUIDs and note types as the
//! `.apkg` has them), moves, removals.

use base64::Engine as _;
use serde_json::{Map, Value, json};

use super::client::{Action, Client};
use super::plan::{Plan, Update, plan};
use super::state::fetch;
use super::target::Target;
use super::{PushError, REMOVED_TAG};

/// Actions per `multi` request.
const BATCH: usize = 250;
/// Base64 bytes of media per `multi` request.
const MEDIA_BATCH_BYTES: usize = 8 << 20;
/// Rounds of apply-then-verify before giving up.
const ROUNDS: usize = 3;
/// The package of new notes, in Anki's media folder while it is imported. The leading `_`
/// keeps Anki's "Check Media" from calling it unused should a push die before removing it.
pub(crate) const PACKAGE_NAME: &str = "_deckgen-push.apkg";

/// Hears about progress.
pub trait Observer {
    /// A new step of `total` units.
    fn step(&self, what: &str, total: u64);
    /// `n` units done.
    fn advance(&self, n: u64);
}

/// An observer that ignores everything.
impl Observer for () {
    fn step(&self, _: &str, _: u64) {}
    fn advance(&self, _: u64) {}
}

/// How a push went.
#[derive(Debug, Clone)]
pub struct PushOutcome {
    /// What the first round planned (the report).
    pub plan: Plan,
    /// Changes redone in later rounds because Anki had not taken them.
    pub repaired: usize,
    /// Requests sent.
    pub requests: u64,
}

/// Pushes `target`: plans, applies, verifies; `first` is the plan of a fetch already made.
pub fn push(
    client: &mut Client,
    target: &Target<'_>,
    first: Plan,
    observer: &dyn Observer,
) -> Result<PushOutcome, PushError> {
    let delete = first.delete;
    apply(client, target, &first, observer)?;
    let mut repaired = 0;
    for round in 1..=ROUNDS {
        observer.step("checking what Anki holds", 0);
        let state = fetch(client, target)?;
        let again = plan(target, &state, delete)?;
        if again.is_empty() {
            return Ok(PushOutcome {
                plan: first,
                repaired,
                requests: client.requests(),
            });
        }
        if round == ROUNDS {
            return Err(PushError::NotConverging {
                rounds: ROUNDS,
                left: format!(
                    "{}{}{}",
                    again.summary(),
                    if again.note_types.is_empty() {
                        ""
                    } else {
                        ", note types"
                    },
                    if again.media.is_empty() {
                        ""
                    } else {
                        ", media files"
                    }
                ),
            });
        }
        repaired +=
            again.work() as usize + again.note_types.len() + again.decks.len() + again.media.len();
        apply(client, target, &again, observer)?;
    }
    Ok(PushOutcome {
        plan: first,
        repaired,
        requests: client.requests(),
    })
}

/// One round: carries out `plan`.
pub fn apply(
    client: &mut Client,
    target: &Target<'_>,
    plan: &Plan,
    observer: &dyn Observer,
) -> Result<(), PushError> {
    note_types(client, target, plan)?;
    if !plan.decks.is_empty() {
        observer.step("creating decks", 0);
        client.multi(
            plan.decks
                .iter()
                .map(|d| Action::new("createDeck", json!({ "deck": d })))
                .collect(),
        )?;
    }
    upload_media(client, target, plan, observer)?;
    updates(client, target, plan, observer)?;
    add(client, target, plan, observer)?;
    moves(client, plan, observer)?;
    removals(client, plan, observer)?;
    if plan.leftover_package && plan.add.is_empty() {
        client.call("deleteMediaFile", json!({ "filename": PACKAGE_NAME }))?;
    }
    Ok(())
}

fn note_types(client: &mut Client, target: &Target<'_>, plan: &Plan) -> Result<(), PushError> {
    let mut actions = Vec::new();
    for update in &plan.note_types {
        let Some(ours) = target.note_types.get(update.index) else {
            continue;
        };
        if update.templates {
            let templates: Map<String, Value> = ours
                .templates
                .iter()
                .map(|t| {
                    (
                        t.name.to_string(),
                        json!({ "Front": t.front, "Back": t.back }),
                    )
                })
                .collect();
            actions.push(Action::new(
                "updateModelTemplates",
                json!({ "model": { "name": update.name, "templates": templates } }),
            ));
        }
        if update.css {
            actions.push(Action::new(
                "updateModelStyling",
                json!({ "model": { "name": update.name, "css": ours.css } }),
            ));
        }
    }
    client.multi(actions).map(drop)
}

fn updates(
    client: &mut Client,
    target: &Target<'_>,
    plan: &Plan,
    observer: &dyn Observer,
) -> Result<(), PushError> {
    if plan.update.is_empty() {
        return Ok(());
    }
    observer.step("updating notes", plan.update.len() as u64);
    let unsuspend: Vec<i64> = plan
        .update
        .iter()
        .flat_map(|u| u.unsuspend.iter().copied())
        .collect();
    if !unsuspend.is_empty() {
        client.call("unsuspend", json!({ "cards": unsuspend }))?;
    }
    for chunk in plan.update.chunks(BATCH) {
        let sent: Vec<&Update> = chunk
            .iter()
            .filter(|u| u.fields.is_some() || u.tags.is_some())
            .collect();
        let actions = sent
            .iter()
            .map(|u| {
                let mut note = Map::new();
                note.insert("id".into(), json!(u.note));
                if let (Some(fields), Some(want)) = (&u.fields, target.notes.get(u.target)) {
                    let names = target
                        .note_types
                        .get(want.note_type)
                        .map(|t| t.fields)
                        .unwrap_or_default();
                    let map: Map<String, Value> = names
                        .iter()
                        .zip(fields)
                        .map(|(n, v)| (n.to_string(), json!(v)))
                        .collect();
                    note.insert("fields".into(), Value::Object(map));
                }
                if let Some(tags) = &u.tags {
                    note.insert("tags".into(), json!(tags));
                }
                Action::new("updateNote", json!({ "note": note }))
            })
            .collect();
        // Every update is tried; the first one Anki refused is reported by its card id.
        let results = client.multi_each(actions)?;
        if let Some((u, e)) = sent
            .iter()
            .zip(results)
            .find_map(|(u, r)| r.err().map(|e| (u, e)))
        {
            let card = target
                .notes
                .get(u.target)
                .map(|n| n.card_id.clone())
                .unwrap_or_default();
            return Err(match e {
                PushError::Anki { message, .. } => PushError::Rejected { card, message },
                other => other,
            });
        }
        observer.advance(chunk.len() as u64);
    }
    Ok(())
}

/// Uploads the media files the cards use that Anki lacks (`storeMediaFile`, batched by size):
/// before the notes that refer to them are updated or added, so a card never shows a missing
/// picture, and before [`add`], whose package therefore carries no media. Names are content
/// hashes, so storing a file again is harmless and an edited picture is a new file.
fn upload_media(
    client: &mut Client,
    target: &Target<'_>,
    plan: &Plan,
    observer: &dyn Observer,
) -> Result<(), PushError> {
    if plan.media.is_empty() {
        return Ok(());
    }
    observer.step("uploading pictures", plan.media.len() as u64);
    let files: Vec<(&str, &[u8])> = plan
        .media
        .iter()
        .filter_map(|&i| target.media.get(i).copied())
        .collect();
    let mut batch = Vec::new();
    let mut size = 0;
    for (index, (name, bytes)) in files.iter().enumerate() {
        let data = base64::engine::general_purpose::STANDARD.encode(bytes);
        size += data.len();
        batch.push(Action::new(
            "storeMediaFile",
            json!({ "filename": name, "data": data, "deleteExisting": true }),
        ));
        if size >= MEDIA_BATCH_BYTES || index + 1 == files.len() {
            let n = batch.len() as u64;
            client.multi(std::mem::take(&mut batch))?;
            size = 0;
            observer.advance(n);
        }
    }
    Ok(())
}

/// Adds the new notes by importing a package of just them, written by the `.apkg` exporter: so
/// they get deckgen's GUIDs (AnkiConnect's `addNote` cannot set one) and missing note types come
/// with their fixed ids. The package goes through Anki's media folder (`storeMediaFile`), so it
/// works wherever Anki runs, and is deleted after.
fn add(
    client: &mut Client,
    target: &Target<'_>,
    plan: &Plan,
    observer: &dyn Observer,
) -> Result<(), PushError> {
    if plan.add.is_empty() {
        return Ok(());
    }
    observer.step("adding notes", plan.add.len() as u64);
    let bytes = target
        .package_of(&plan.add)
        .map_err(|e| PushError::Package(Box::new(e)))?;
    let data = base64::engine::general_purpose::STANDARD.encode(&bytes);
    drop(bytes);
    let answers = client.multi(vec![
        Action::new(
            "storeMediaFile",
            json!({ "filename": PACKAGE_NAME, "data": data }),
        ),
        Action::new("getMediaDirPath", json!({})),
    ])?;
    drop(data);
    let stored = answers
        .first()
        .and_then(Value::as_str)
        .unwrap_or(PACKAGE_NAME)
        .to_string();
    let dir = answers.get(1).and_then(Value::as_str).unwrap_or_default();
    let path = join_path(dir, &stored);
    let imported = client.call("importPackage", json!({ "path": path }));
    // Remove the package whatever the import did; a failure to remove is not worth failing for.
    let _ = client.call("deleteMediaFile", json!({ "filename": stored }));
    match imported? {
        Value::Bool(false) => Err(PushError::Anki {
            action: "importPackage",
            message: "the import was refused".into(),
        }),
        _ => {
            observer.advance(plan.add.len() as u64);
            Ok(())
        }
    }
}

/// `dir` + `file` with the separator `dir` uses (Anki may run on Windows, behind `--url`).
fn join_path(dir: &str, file: &str) -> String {
    if dir.is_empty() {
        return file.to_string();
    }
    let sep = if dir.contains('\\') && !dir.contains('/') {
        '\\'
    } else {
        '/'
    };
    format!("{}{sep}{file}", dir.trim_end_matches(sep))
}

fn moves(client: &mut Client, plan: &Plan, observer: &dyn Observer) -> Result<(), PushError> {
    if plan.moves.is_empty() {
        return Ok(());
    }
    let total = plan.moves.values().map(Vec::len).sum::<usize>();
    observer.step("moving cards", total as u64);
    let actions: Vec<Action> = plan
        .moves
        .iter()
        .flat_map(|(deck, cards)| {
            cards
                .chunks(BATCH * 4)
                .map(move |c| Action::new("changeDeck", json!({ "cards": c, "deck": deck })))
        })
        .collect();
    for chunk in actions.chunks(BATCH) {
        let n: usize = chunk
            .iter()
            .filter_map(|a| a.params.get("cards").and_then(Value::as_array))
            .map(Vec::len)
            .sum();
        client.multi(chunk.to_vec())?;
        observer.advance(n as u64);
    }
    Ok(())
}

fn removals(client: &mut Client, plan: &Plan, observer: &dyn Observer) -> Result<(), PushError> {
    if plan.remove.is_empty() {
        return Ok(());
    }
    observer.step(
        if plan.delete {
            "deleting removed notes"
        } else {
            "suspending removed notes"
        },
        plan.remove.len() as u64,
    );
    for chunk in plan.remove.chunks(BATCH * 4) {
        let notes: Vec<i64> = chunk.iter().map(|r| r.note).collect();
        if plan.delete {
            client.call("deleteNotes", json!({ "notes": notes }))?;
        } else {
            let cards: Vec<i64> = chunk.iter().flat_map(|r| r.cards.iter().copied()).collect();
            client.multi(vec![
                Action::new("suspend", json!({ "cards": cards })),
                Action::new("addTags", json!({ "notes": notes, "tags": REMOVED_TAG })),
            ])?;
        }
        observer.advance(chunk.len() as u64);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_join_with_the_directory_separator() {
        assert_eq!(join_path("/a/media", "x.apkg"), "/a/media/x.apkg");
        assert_eq!(join_path("/a/media/", "x.apkg"), "/a/media/x.apkg");
        assert_eq!(
            join_path("C:\\Anki\\media", "x.apkg"),
            "C:\\Anki\\media\\x.apkg"
        );
        assert_eq!(join_path("", "x.apkg"), "x.apkg");
    }
}
