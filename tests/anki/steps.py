"""What a user does in Anki between builds, step by step on one collection: import files, study,
search the browser, change the note type of the notes a search finds, look at notes and their
review history. For the cases a plain re-import does not cover (a card's kind changed, a deck was
renamed, the printed delete search).

    steps.py STEP... [--json]

Steps, run in order on one new collection:
  import:PATH              an .apkg (Anki desktop's default options) or CSV file (its own headers);
                           result: Anki's import log as counts
  import-always:PATH       an .apkg imported with Update notes: Always
  study                    answers every card once (good, easy, hard, again in turn)
  search:QUERY             result: the notes Anki's browser finds (`col.find_notes`): count, GUIDs
  change-notetype:QUERY=>NAME
                           Browse → Notes → Change Note Type on the notes QUERY finds, to the note
                           type NAME, with the mapping Anki's dialog starts with (fields and
                           templates by name); result: notes changed
  rename-deck:OLD=>NEW     renames the deck OLD (Browse sidebar → Rename)
  notes:QUERY              result: per note its GUID, note type, fields, decks and per card its
                           template ordinal, reps and review-log rows
  empty-cards              Tools → Empty Cards: deletes every empty card; result: cards deleted

Exit codes: 0 done (the result lists every step's outcome); 1 usage or no such file; 2 an import
failed. Judging the outcome is the caller's job.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import harness
from reimport import study_every_card


def notes(col: Any, query: str) -> list[dict[str, Any]]:
    out = []
    for nid in sorted(col.find_notes(query)):
        note = col.get_note(nid)
        cards = []
        for cid in sorted(note.card_ids()):
            card = col.get_card(cid)
            revlog = int(col.db.scalar("select count() from revlog where cid = ?", cid))
            cards.append(
                {
                    "id": int(cid),
                    "ord": int(card.ord),
                    "reps": int(card.reps),
                    "revlog": revlog,
                    "deck": col.decks.name(card.did),
                }
            )
        out.append(
            {
                "guid": note.guid,
                "note_type": note.note_type()["name"],
                "fields": dict(note.items()),
                "tags": sorted(note.tags),
                "cards": cards,
            }
        )
    return out


def change_notetype(col: Any, query: str, name: str) -> int:
    target = col.models.by_name(name)
    if target is None:
        raise harness.Failure(harness.USAGE, "step", f"no note type named {name!r}")
    by_type: dict[int, list[int]] = {}
    for nid in col.find_notes(query):
        by_type.setdefault(int(col.get_note(nid).mid), []).append(int(nid))
    changed = 0
    for mid, nids in by_type.items():
        info = col.models.change_notetype_info(old_notetype_id=mid, new_notetype_id=target["id"])
        request = info.input
        request.note_ids.extend(nids)
        col.models.change_notetype_of_notes(request)
        changed += len(nids)
    col.models._clear_cache()
    return changed


def step(col: Any, spec: str, options: Any) -> dict[str, Any]:
    kind, _, arg = spec.partition(":")
    if kind in ("import", "import-always"):
        if kind == "import-always":
            options = harness.desktop_options(update_notes="always")
        log = harness.import_any(col, harness.existing_file(arg), options)
        return {"step": spec, "log": harness.log_counts(log)}
    if kind == "study":
        return {"step": spec, "study": study_every_card(col, "mixed")}
    if kind == "search":
        found = [col.get_note(n).guid for n in col.find_notes(arg)]
        return {"step": spec, "count": len(found), "guids": sorted(found)}
    if kind == "change-notetype":
        query, _, name = arg.partition("=>")
        return {"step": spec, "changed": change_notetype(col, query, name)}
    if kind == "rename-deck":
        old, _, new = arg.partition("=>")
        deck = col.decks.by_name(old)
        if deck is None:
            raise harness.Failure(harness.USAGE, "step", f"no deck named {old!r}")
        col.decks.rename(deck, new)
        return {"step": spec}
    if kind == "notes":
        return {"step": spec, "notes": notes(col, arg)}
    if kind == "empty-cards":
        empty = [c for n in col.get_empty_cards().notes for c in n.card_ids]
        col.remove_cards_and_orphaned_notes(empty)
        return {"step": spec, "deleted": len(empty)}
    raise harness.Failure(harness.USAGE, "step", f"unknown step {spec!r}")


def run(args: argparse.Namespace) -> int:
    options = harness.desktop_options()
    with harness.scratch_collection() as col:
        results = [step(col, spec, options) for spec in args.steps]
    result = {"ok": True, "anki_version": harness.ANKI_VERSION, "steps": results}
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else json.dumps(results))
    return harness.OK


def main() -> int:
    ap = harness.parser(__doc__)
    ap.add_argument("steps", nargs="+", metavar="STEP")
    ap.add_argument("--json", action="store_true", help="print the result as indented JSON")
    args = ap.parse_args()
    return harness.main(run, args, " ".join(args.steps))


if __name__ == "__main__":
    sys.exit(main())
