//! Stage 5, plan: the build manifest (`output/manifest.json`) and what it is for: the change report and the
//! timestamps that make Anki apply edits.
//!
//! Anki updates a note on re-import only when the incoming note's mtime is newer than the one it
//! has. The manifest records, per card, the hash of everything that goes into its Anki note and the
//! time that hash last changed. Each build compares the deck with it:
//!
//! - a card whose hash is unchanged keeps its mtime, so Anki leaves it alone;
//! - a new or changed card gets the build's fresh time, which is later than every time in the
//!   manifest (`max(now, newest + 1)`), so Anki applies the edit even if the clock went back;
//! - the note types get a fresh time when their templates or CSS change;
//! - the package timestamp is the newest of all these, so a build with no changes produces the
//!   same package, byte for byte.
//!
//! With `SOURCE_DATE_EPOCH` set every time is that value (reproducible builds); Anki then applies
//! edits only if the value grows between builds.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::{Deck, FlashcardKind};
use crate::render::{CardDigest, RenderedCard};

/// File name of the manifest inside the output folder.
pub const FILE_NAME: &str = "manifest.json";
/// The format written: 2 records output files by group (`outputs`); 1 (read for upgrades) had one
/// flat list (`files`).
const FORMAT: u32 = 2;

/// Output files by group (see [`crate::export::Output::group`]), each list sorted.
pub type Outputs = BTreeMap<String, Vec<String>>;

/// What one build contained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Manifest format version.
    pub format: u32,
    /// The deck id.
    pub deck: String,
    /// The deck's name (`name` in deck.toml), to report a rename; absent in older manifests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The package timestamp of this build.
    pub timestamp: i64,
    /// Note types: hash and mtime.
    pub note_types: Versioned,
    /// Section titles by section id (each one's Anki sub-deck name), to report a rename; empty in
    /// older manifests.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sections: BTreeMap<String, String>,
    /// Cards, sorted by id.
    pub cards: Vec<ManifestCard>,
    /// Format 1's output files, with no owner: read for upgrades, never written. A build does not
    /// remove them (it cannot tell whose they are); it overwrites those it makes again.
    #[serde(default, skip_serializing)]
    pub files: Vec<String>,
    /// Per output group, the package timestamp of the last full build that ran it: a group older
    /// than the previous build's timestamp missed changes, which the next build of it reports.
    /// Empty in older manifests.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub built: BTreeMap<String, i64>,
    /// Output files deckgen wrote (relative to the output folder) by the group that made them, so
    /// that a later build that runs the group can remove the ones it no longer produces (a deleted
    /// section's CSV and PDF, say).
    #[serde(default)]
    pub outputs: Outputs,
}

/// A hash and the time it last changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Versioned {
    /// Content hash.
    pub hash: String,
    /// Seconds since the epoch.
    pub mtime: i64,
}

/// One card as last built.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestCard {
    /// Card id.
    pub id: String,
    /// Note GUID.
    pub guid: String,
    /// Content hash.
    pub hash: String,
    /// Section id.
    pub section: String,
    /// Question (plain text), for reports.
    pub question: String,
    /// When the hash last changed.
    pub mtime: i64,
    /// The card's kind (`basic`, `reverse`, `cloze`): its Anki note type. Absent in older
    /// manifests (a kind change is then reported as a change).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// A cloze card's deletion numbers (its Anki cards), to report a removed one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clozes: Vec<u32>,
}

/// A kind as the manifest writes it.
pub fn kind_name(kind: FlashcardKind) -> &'static str {
    match kind {
        FlashcardKind::Basic => "basic",
        FlashcardKind::Reverse => "reverse",
        FlashcardKind::Cloze => "cloze",
    }
}

/// A card whose kind changed: Anki keeps the note under its old note type until the user
/// changes it (see the change report).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindChange {
    /// The card.
    pub card: Change,
    /// Its kind in the previous build (as [`kind_name`] writes it).
    pub from: String,
    /// Its kind now.
    pub to: FlashcardKind,
}

/// A cloze card that lost deletion numbers: Anki keeps their cards, now empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClozesRemoved {
    /// The card.
    pub card: Change,
    /// The deletion numbers gone.
    pub numbers: Vec<u32>,
}

/// A deck or section whose name changed (re-importing never moves cards between Anki decks).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rename {
    /// The section id (empty for the deck itself).
    pub section: String,
    /// The name in the previous build.
    pub from: String,
    /// The name now.
    pub to: String,
}

/// A card in the change report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Card id.
    pub id: String,
    /// Section id.
    pub section: String,
    /// Question (plain text).
    pub question: String,
}

/// What changed since the previous build.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangeReport {
    /// No previous manifest (first build, or a different deck).
    pub first_build: bool,
    /// New cards.
    pub added: Vec<Change>,
    /// Cards whose content changed.
    pub changed: Vec<Change>,
    /// Cards that are gone.
    pub removed: Vec<Change>,
    /// Card templates or CSS changed.
    pub note_types_changed: bool,
    /// Cards whose kind changed (not in `changed`).
    pub kind_changed: Vec<KindChange>,
    /// Cloze cards that lost deletions (also in `changed`).
    pub clozes_removed: Vec<ClozesRemoved>,
    /// The deck's name changed (`section` is empty).
    pub deck_renamed: Option<Rename>,
    /// Section titles that changed.
    pub sections_renamed: Vec<Rename>,
    /// Output groups this build runs that missed earlier builds' changes (set by the build).
    pub lagging: Vec<Lagging>,
}

/// An output group (`csv`, `pdf`, ...) that earlier builds did not run: its files are behind by
/// more than this build's changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lagging {
    /// The group.
    pub group: String,
    /// `false`: never built in this folder (since manifests record groups).
    pub built_before: bool,
    /// Cards added or changed since it was last built (removed ones are not known).
    pub changes: Vec<Change>,
}

impl ChangeReport {
    /// True if anything changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.changed.is_empty()
            && self.removed.is_empty()
            && !self.note_types_changed
            && self.kind_changed.is_empty()
            && self.deck_renamed.is_none()
            && self.sections_renamed.is_empty()
    }
}

/// The clock a build uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// Now, in seconds since the epoch.
    pub now: i64,
    /// `SOURCE_DATE_EPOCH`, if set: then every time is this value.
    pub fixed: Option<i64>,
}

/// The outcome of comparing a build with the previous manifest.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The manifest to write.
    pub manifest: Manifest,
    /// What changed.
    pub report: ChangeReport,
}

/// Why a previous manifest could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file exists but cannot be read.
    #[error("cannot read {}", path.display())]
    Io {
        /// The manifest.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The file is not a manifest deckgen wrote.
    #[error("{} is not a deckgen manifest", path.display())]
    Json {
        /// The manifest.
        path: PathBuf,
        /// Where the JSON is wrong.
        #[source]
        source: serde_json::Error,
    },
    /// A format this version does not know.
    #[error("{}: manifest format {found} is not 1 or {FORMAT}", path.display())]
    Format {
        /// The manifest.
        path: PathBuf,
        /// The format it says it has.
        found: u32,
    },
}

/// Reads the previous manifest (format 1 or 2). A missing file is `Ok(None)`; an unreadable or
/// unparsable one is an `Err` (the build then treats it as missing and warns).
pub fn read(out: &Path) -> Result<Option<Manifest>, ReadError> {
    let path = out.join(FILE_NAME);
    let text = match fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(ReadError::Io { path, source }),
    };
    let manifest: Manifest = match serde_json::from_str(&text) {
        Ok(m) => m,
        Err(source) => return Err(ReadError::Json { path, source }),
    };
    if manifest.format != FORMAT && manifest.format != 1 {
        return Err(ReadError::Format {
            path,
            found: manifest.format,
        });
    }
    Ok(Some(manifest))
}

/// Compares the deck's rendered cards with the previous manifest, sets every card's mtime and
/// returns the new manifest (with the package timestamp and the note types' mtime) and the change
/// report. `digests[i]` is `cards[i]`'s (see [`crate::render::RenderedDeck`]): the planner owns
/// them and moves them into the manifest; the cards keep everything the exporters read.
pub fn plan(
    previous: Option<&Manifest>,
    deck: &Deck,
    cards: &mut [RenderedCard],
    digests: Vec<CardDigest>,
    note_types_hash: &str,
    clock: Clock,
) -> Plan {
    let previous = previous.filter(|m| m.deck == deck.id.as_str());
    let old: BTreeMap<&str, &ManifestCard> = previous
        .map(|m| m.cards.iter().map(|c| (c.id.as_str(), c)).collect())
        .unwrap_or_default();
    let newest = previous.map_or(0, |m| {
        m.cards
            .iter()
            .map(|c| c.mtime)
            .chain([m.timestamp, m.note_types.mtime])
            .max()
            .unwrap_or(0)
    });
    let fresh = clock.fixed.unwrap_or_else(|| clock.now.max(newest + 1));
    let keep = |old_mtime: i64| clock.fixed.unwrap_or(old_mtime);

    let mut report = ChangeReport {
        first_build: previous.is_none(),
        ..ChangeReport::default()
    };
    let mut entries = Vec::with_capacity(cards.len());
    for (card, digest) in cards.iter_mut().zip(digests) {
        let section = deck
            .sections
            .get(card.section)
            .map_or_else(String::new, |s| s.id.to_string());
        let change = || Change {
            id: card.id.to_string(),
            section: section.clone(),
            question: digest.question.clone(),
        };
        let kind = kind_name(digest.kind);
        card.mtime = match old.get(card.id.as_str()) {
            Some(o) if o.hash == digest.hash => keep(o.mtime),
            Some(o) if o.kind.as_deref().is_some_and(|k| k != kind) => {
                report.kind_changed.push(KindChange {
                    card: change(),
                    from: o.kind.clone().unwrap_or_default(),
                    to: digest.kind,
                });
                fresh
            }
            Some(o) => {
                let gone: Vec<u32> = if digest.kind == FlashcardKind::Cloze {
                    o.clozes
                        .iter()
                        .copied()
                        .filter(|n| !digest.clozes.contains(n))
                        .collect()
                } else {
                    Vec::new()
                };
                if !gone.is_empty() {
                    report.clozes_removed.push(ClozesRemoved {
                        card: change(),
                        numbers: gone,
                    });
                }
                report.changed.push(change());
                fresh
            }
            None => {
                if previous.is_some() {
                    report.added.push(change());
                }
                fresh
            }
        };
        entries.push(ManifestCard {
            id: card.id.to_string(),
            guid: card.guid.clone(),
            hash: digest.hash,
            section,
            question: digest.question,
            mtime: card.mtime,
            kind: Some(kind.to_string()),
            clozes: digest.clozes,
        });
    }
    // Only a previous build's cards can be removed ones (a first build skips the set).
    let seen: BTreeSet<&str> = if old.is_empty() {
        BTreeSet::new()
    } else {
        entries.iter().map(|e| e.id.as_str()).collect()
    };
    for o in old.values() {
        if !seen.contains(o.id.as_str()) {
            report.removed.push(Change {
                id: o.id.clone(),
                section: o.section.clone(),
                question: o.question.clone(),
            });
        }
    }
    if let Some(m) = previous {
        report.deck_renamed = m
            .name
            .as_ref()
            .filter(|name| **name != deck.name)
            .map(|name| Rename {
                section: String::new(),
                from: name.clone(),
                to: deck.name.clone(),
            });
        report.sections_renamed = deck
            .sections
            .iter()
            .filter_map(|s| {
                let old = m.sections.get(s.id.as_str())?;
                (*old != s.title).then(|| Rename {
                    section: s.id.to_string(),
                    from: old.clone(),
                    to: s.title.clone(),
                })
            })
            .collect();
    }
    let note_types_mtime = match previous {
        Some(m) if m.note_types.hash == note_types_hash => keep(m.note_types.mtime),
        Some(_) => {
            report.note_types_changed = true;
            fresh
        }
        None => fresh,
    };
    let timestamp = entries
        .iter()
        .map(|c| c.mtime)
        .chain([note_types_mtime])
        .max()
        .unwrap_or(fresh);
    // Card ids are unique (validated), so an unstable sort gives the one order.
    entries.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    Plan {
        manifest: Manifest {
            format: FORMAT,
            deck: deck.id.to_string(),
            name: Some(deck.name.clone()),
            timestamp,
            note_types: Versioned {
                hash: note_types_hash.to_string(),
                mtime: note_types_mtime,
            },
            sections: deck
                .sections
                .iter()
                .map(|s| (s.id.to_string(), s.title.clone()))
                .collect(),
            cards: entries,
            files: Vec::new(),
            built: previous.map(|m| m.built.clone()).unwrap_or_default(),
            outputs: Outputs::new(),
        },
        report,
    }
}

/// Writes the manifest as it is kept on disk: pretty, stable key order, trailing newline; the
/// same bytes as serde's `to_writer_pretty` of the whole manifest. `manifest.outputs` is ignored:
/// the file lists come from `outputs`, called once everything before them is written, so that a
/// build can write the cards (most of the file) while its exporters run, and send the files they
/// wrote at the end. If `outputs` gives `None` (the build failed), nothing more is written and the
/// result is an error.
pub fn write(
    manifest: Manifest,
    out: &mut dyn std::io::Write,
    outputs: impl FnOnce() -> Option<Outputs>,
) -> std::io::Result<()> {
    use serde::ser::{SerializeStruct as _, Serializer as _};
    // Always the current format, also when a `--section` build rewrites an older manifest.
    let format = FORMAT;
    let Manifest {
        format: _,
        deck,
        name,
        timestamp,
        note_types,
        sections,
        cards,
        files: _,
        built,
        outputs: _,
    } = manifest;
    // serde_json writes a few bytes at a time: buffer them here, where the writer's type is known,
    // rather than in the `dyn Write` (half the time for a 10,000-card manifest).
    let mut buffered = std::io::BufWriter::with_capacity(64 * 1024, out);
    let mut json = serde_json::Serializer::pretty(&mut buffered);
    // The fields in the order of `Manifest`'s declaration, as its derived `Serialize` writes them
    // (a unit test compares the two).
    let len = 6
        + usize::from(name.is_some())
        + usize::from(!sections.is_empty())
        + usize::from(!built.is_empty());
    let mut fields = json
        .serialize_struct("Manifest", len)
        .map_err(std::io::Error::other)?;
    fields
        .serialize_field("format", &format)
        .and_then(|()| fields.serialize_field("deck", &deck))
        .and_then(|()| match &name {
            Some(name) => fields.serialize_field("name", name),
            None => fields.skip_field("name"),
        })
        .and_then(|()| fields.serialize_field("timestamp", &timestamp))
        .and_then(|()| fields.serialize_field("note_types", &note_types))
        .and_then(|()| {
            if sections.is_empty() {
                fields.skip_field("sections")
            } else {
                fields.serialize_field("sections", &sections)
            }
        })
        .and_then(|()| fields.serialize_field("cards", &cards))
        .and_then(|()| {
            if built.is_empty() {
                fields.skip_field("built")
            } else {
                fields.serialize_field("built", &built)
            }
        })
        .map_err(std::io::Error::other)?;
    drop(cards);
    let outputs = outputs().ok_or_else(|| std::io::Error::other("the build did not finish"))?;
    fields
        .serialize_field("outputs", &outputs)
        .and_then(|()| fields.end())
        .map_err(std::io::Error::other)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}

#[cfg(test)]
mod tests;
