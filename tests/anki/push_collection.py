#!/usr/bin/env python3
"""Collection chores for deckgen's push tests, with the `anki` Python package.

  push_collection.py import COLLECTION PACKAGE   import an .apkg as Anki's File > Import does
  push_collection.py review COLLECTION CARDID... answer each note's cards "Good" (review history)
  push_collection.py dump COLLECTION             print the collection as JSON (stable order)
  push_collection.py add-foreign COLLECTION      add a note of Anki's stock Basic type (not deckgen's)
  push_collection.py add-own COLLECTION          add a note of type `deckgen Basic` with no CardId
                                                 (made by hand: not deckgen's)
  push_collection.py add-field COLLECTION TYPE FIELD   add a field to a note type (a user's edit)
  push_collection.py set-css COLLECTION TYPE CSS       set a note type's CSS (a user's edit)

A missing COLLECTION file is created (an empty collection).
"""

import json
import sys

from anki.collection import (
    Collection,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)


def import_package(col, path):
    col.import_anki_package(ImportAnkiPackageRequest(
        package_path=path,
        options=ImportAnkiPackageOptions(
            merge_notetypes=True, with_scheduling=True, with_deck_configs=True),
    ))


def review(col, card_ids):
    for card_id in card_ids:
        nids = col.find_notes(f'"CardId:{card_id}"')
        if len(nids) != 1:
            raise SystemExit(f"review: {len(nids)} notes with CardId {card_id}")
        for cid in col.card_ids_of_note(nids[0]):
            card = col.get_card(cid)
            card.start_timer()
            col.sched.answerCard(card, 3)


def dump(col):
    notes = []
    for nid in sorted(col.find_notes("")):
        note = col.get_note(nid)
        model = note.note_type()
        cards = []
        for card in sorted(note.cards(), key=lambda c: c.ord):
            cards.append({
                "ord": card.ord,
                "deck": col.decks.name(card.did),
                "queue": card.queue,
                "type": card.type,
                "ivl": card.ivl,
                "due": card.due,
                "reps": card.reps,
                "revlog": col.db.scalar("select count() from revlog where cid = ?", card.id),
            })
        notes.append({
            "id": note.id,
            "guid": note.guid,
            "note_type": model["name"],
            "note_type_id": model["id"],
            "fields": dict(zip([f["name"] for f in model["flds"]], note.fields)),
            "tags": sorted(note.tags),
            "cards": cards,
        })
    note_types = []
    for entry in sorted(col.models.all_names_and_ids(), key=lambda m: m.name):
        m = col.models.get(entry.id)
        note_types.append({
            "id": m["id"],
            "name": m["name"],
            "fields": [f["name"] for f in m["flds"]],
            "templates": [[t["name"], t["qfmt"], t["afmt"]] for t in m["tmpls"]],
            "css": m["css"],
            "uses": col.models.use_count(m),
        })
    decks = sorted(d.name for d in col.decks.all_names_and_ids())
    media = sorted(__import__("os").listdir(col.media.dir()))
    print(json.dumps({"notes": notes, "note_types": note_types, "decks": decks,
                      "media": media}, indent=1, sort_keys=True))


def add_foreign(col):
    model = col.models.by_name("Basic")
    note = col.new_note(model)
    note["Front"] = "not deckgen's"
    note["Back"] = "leave me alone"
    col.add_note(note, col.decks.id("Messaging & Event-Driven Architecture"))


def main():
    command, path, *rest = sys.argv[1:]
    col = Collection(path)
    try:
        if command == "import":
            import_package(col, rest[0])
        elif command == "review":
            review(col, rest)
        elif command == "dump":
            dump(col)
        elif command == "add-foreign":
            add_foreign(col)
        elif command == "add-own":
            note = col.new_note(col.models.by_name("deckgen Basic"))
            note["Front"] = "my own card"
            note["Back"] = "made in Anki"
            col.add_note(note, col.decks.id("Sample Deck::Queues"))
        elif command == "add-field":
            model = col.models.by_name(rest[0])
            col.models.add_field(model, col.models.new_field(rest[1]))
            col.models.update_dict(model)
        elif command == "set-css":
            model = col.models.by_name(rest[0])
            model["css"] = rest[1]
            col.models.update_dict(model)
        else:
            raise SystemExit(f"unknown command {command}")
    finally:
        col.close()


if __name__ == "__main__":
    main()
