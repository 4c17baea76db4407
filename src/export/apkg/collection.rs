//! Anki's collection database (schema 11, the `collection.anki2` that Anki still imports), written
//! with rusqlite in one transaction with prepared statements: the work per note is two inserts.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, params};
use serde_json::{Value, json};

use super::notetypes::NoteTypeKind;
use super::{AnkiPackage, NoteType};
use crate::error::Error;

const SCHEMA: &str = "
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
  ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
  time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
";

/// Anki's indexes, created after the rows are in (one sort per index instead of a B-tree update
/// per row).
const INDEXES: &str = "
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
";

/// The collection database, in a temp folder that is removed when this is dropped.
#[derive(Debug)]
pub struct CollectionFile {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl CollectionFile {
    /// Where the database file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The database file's bytes.
    pub fn bytes(&self) -> Result<Vec<u8>, Error> {
        fs::read(&self.path).map_err(|e| Error::io(&self.path, e))
    }
}

/// The start of the name of a collection's temp folder; the process id follows, so that a later
/// build can tell the folders of a killed build ([`remove_stale_scratch`]).
const SCRATCH_PREFIX: &str = "deckgen-apkg-";

/// Removes the collection temp folders (in the system temp folder) of deckgen processes that are
/// gone: a build killed while writing the package leaves its database there, tens of megabytes
/// for a big deck. Where a process cannot be checked (no `/proc`), nothing is removed.
pub fn remove_stale_scratch() {
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return;
    }
    let Ok(entries) = fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(SCRATCH_PREFIX)) else {
            continue;
        };
        let Some(pid) = rest.split('-').next().filter(|p| p.parse::<u32>().is_ok()) else {
            continue;
        };
        if !proc.join(pid).exists() {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// Writes the package's collection into a temp file.
pub fn write_collection(package: &AnkiPackage<'_>) -> Result<CollectionFile, Error> {
    let dir = tempfile::Builder::new()
        .prefix(&format!("{SCRATCH_PREFIX}{}-", std::process::id()))
        .tempdir()
        .map_err(|e| Error::io(&std::env::temp_dir(), e))?;
    let path = dir.path().join("collection.anki2");
    let db_err = |source: rusqlite::Error| Error::Sqlite {
        path: path.clone(),
        source,
    };
    {
        let mut conn = Connection::open(&path).map_err(db_err)?;
        // A scratch file that is read back at once: no journal, no syncs.
        conn.execute_batch(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE;",
        )
        .map_err(db_err)?;
        conn.execute_batch(&cache_pragmas(package))
            .map_err(db_err)?;
        let tx = conn.transaction().map_err(db_err)?;
        tx.execute_batch(SCHEMA).map_err(db_err)?;
        insert_col(&tx, package).map_err(db_err)?;
        insert_notes(&tx, package).map_err(db_err)?;
        tx.execute_batch(INDEXES).map_err(db_err)?;
        tx.commit().map_err(db_err)?;
        conn.close().map_err(|(_, e)| db_err(e))?;
    }
    Ok(CollectionFile { _dir: dir, path })
}

/// Page size and page cache for this package. 16 KiB pages (SQLite's default is 4 KiB) mean
/// fewer B-tree splits for rows of a few hundred bytes. A collection that fits in 16 MiB is kept
/// in the page cache until the commit, so that building the indexes reads no pages back from the
/// file; a bigger one keeps SQLite's default 2 MiB cache, as the whole collection in memory would
/// take a 100,000-card build over its memory budget. At 10,000 cards this writes the collection in
/// about 15 % less time.
fn cache_pragmas(p: &AnkiPackage<'_>) -> String {
    const CACHE_KIB: usize = 16 * 1024;
    // Field text dominates the file; the section field and the row overheads about double it.
    let text: usize = p.notes.iter().map(|n| n.front.len() + n.back.len()).sum();
    let estimate_kib = 2 * text / 1024;
    let cache = if estimate_kib <= CACHE_KIB {
        format!(" PRAGMA cache_size=-{CACHE_KIB};")
    } else {
        String::new()
    };
    format!("PRAGMA page_size=16384;{cache}")
}

fn insert_col(tx: &rusqlite::Transaction<'_>, p: &AnkiPackage<'_>) -> rusqlite::Result<()> {
    let ms = p.timestamp.saturating_mul(1000);
    let models: serde_json::Map<String, Value> = p
        .note_types
        .iter()
        .map(|t| (t.id.to_string(), note_type_json(t, p)))
        .collect();
    let mut decks = serde_json::Map::new();
    decks.insert("1".to_string(), deck_json(1, "Default", "", p.timestamp));
    for d in &p.decks {
        decks.insert(
            d.id.to_string(),
            deck_json(d.id, &d.name, &d.description, p.timestamp),
        );
    }
    tx.execute(
        "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
        params![
            p.timestamp,
            ms,
            ms,
            conf_json(p).to_string(),
            Value::Object(models).to_string(),
            Value::Object(decks).to_string(),
            dconf_json().to_string(),
        ],
    )?;
    Ok(())
}

fn insert_notes(tx: &rusqlite::Transaction<'_>, p: &AnkiPackage<'_>) -> rusqlite::Result<()> {
    let mut note_stmt =
        tx.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, 0, 0, '')")?;
    let mut card_stmt = tx.prepare(
        "INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')",
    )?;
    // Ids only have to be unique within the package: Anki matches notes by GUID and gives new
    // notes fresh ids where these are taken. Deriving them from the package timestamp keeps the
    // output deterministic and the "added" date in Anki meaningful.
    let base = p.timestamp.saturating_mul(1000);
    let mut next_card_id = base.saturating_add(i64::try_from(p.notes.len()).unwrap_or(0));
    let mut tags = String::new();
    let mut fields = String::new();
    for (i, note) in p.notes.iter().enumerate() {
        let note_id = base.saturating_add(i64::try_from(i).unwrap_or(0));
        let note_type = &p.note_types[note.note_type.min(p.note_types.len() - 1)];
        let deck_id = p.decks.get(note.deck).map_or(1, |d| d.id);
        tags.clear();
        tags.push(' ');
        if !note.tags.is_empty() {
            tags.push_str(note.tags);
            tags.push(' ');
        }
        fields.clear();
        for (n, f) in p.fields(note).iter().enumerate() {
            if n > 0 {
                fields.push('\x1f');
            }
            fields.push_str(f);
        }
        let sort_field = strip_html(note.front);
        note_stmt.execute(params![
            note_id,
            note.guid,
            note_type.id,
            note.mtime,
            tags,
            fields,
            sort_field,
        ])?;
        for &ord in &note.card_ords {
            card_stmt.execute(params![
                next_card_id,
                note_id,
                deck_id,
                ord,
                note.mtime,
                i64::try_from(i).unwrap_or(0) + 1,
            ])?;
            next_card_id += 1;
        }
    }
    Ok(())
}

fn note_type_json(t: &NoteType, p: &AnkiPackage<'_>) -> Value {
    let fields: Vec<Value> = t
        .fields
        .iter()
        .enumerate()
        .map(|(ord, name)| {
            json!({"name": name, "ord": ord, "sticky": false, "rtl": false, "font": "Arial",
                   "size": 20, "media": []})
        })
        .collect();
    let templates: Vec<Value> = t
        .templates
        .iter()
        .enumerate()
        .map(|(ord, tpl)| {
            json!({"name": tpl.name, "ord": ord, "qfmt": tpl.front, "afmt": tpl.back,
                   "bqfmt": "", "bafmt": "", "did": null, "bfont": "", "bsize": 0})
        })
        .collect();
    // Which field each template needs (legacy Anki reads this; current Anki renders instead).
    let req: Vec<Value> = match t.kind {
        NoteTypeKind::Cloze => vec![json!([0, "any", [0]])],
        NoteTypeKind::Standard => (0..t.templates.len())
            .map(|ord| json!([ord, "any", [ord.min(1)]]))
            .collect(),
    };
    json!({
        "id": t.id,
        "name": t.name,
        "type": match t.kind { NoteTypeKind::Standard => 0, NoteTypeKind::Cloze => 1 },
        "mod": p.note_types_mtime,
        "usn": -1,
        "sortf": 0,
        "did": p.decks.first().map_or(1, |d| d.id),
        "tmpls": templates,
        "flds": fields,
        "css": t.css,
        "latexPre": "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
        "latexPost": "\\end{document}",
        "latexsvg": false,
        "req": req,
        "tags": [],
        "vers": [],
    })
}

fn deck_json(id: i64, name: &str, description: &str, timestamp: i64) -> Value {
    json!({
        "id": id, "name": name, "desc": description, "mod": timestamp, "usn": -1,
        "collapsed": false, "browserCollapsed": false, "conf": 1, "dyn": 0,
        "extendNew": 0, "extendRev": 0,
        "lrnToday": [0, 0], "newToday": [0, 0], "revToday": [0, 0], "timeToday": [0, 0],
    })
}

fn conf_json(p: &AnkiPackage<'_>) -> Value {
    json!({
        "activeDecks": [1], "curDeck": 1, "newSpread": 0, "collapseTime": 1200, "timeLim": 0,
        "estTimes": true, "dueCounts": true, "curModel": p.note_types.first().map(|t| t.id.to_string()),
        "nextPos": p.notes.len() + 1, "sortType": "noteFld", "sortBackwards": false, "addToCur": true,
    })
}

fn dconf_json() -> Value {
    json!({"1": {
        "id": 1, "name": "Default", "mod": 0, "usn": 0, "maxTaken": 60, "autoplay": true,
        "timer": 0, "replayq": true, "dyn": false,
        "new": {"delays": [1, 10], "ints": [1, 4, 0], "initialFactor": 2500, "order": 1,
                "perDay": 20, "bury": false},
        "lapse": {"delays": [10], "mult": 0, "minInt": 1, "leechFails": 8, "leechAction": 1},
        "rev": {"perDay": 200, "ease4": 1.3, "ivlFct": 1, "maxIvl": 36500, "bury": false,
                "hardFactor": 1.2},
    }})
}

/// Text of an HTML field without tags (Anki's sort field); entities are left as they are.
pub(crate) fn strip_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags() {
        assert_eq!(strip_html("<p>a <b>b</b></p>"), "a b");
        assert_eq!(strip_html("x &lt; y"), "x &lt; y");
    }
}
