"""Does a new build, imported over a collection that studied the old one, update the notes in
place and keep every card's progress? Answered by Anki itself: its importer and v3 scheduler.

    reimport.py OLD NEW [--json] [--rating again|hard|good|easy|mixed]
                [--update-notes if-newer|always|never] [--update-notetypes if-newer|always|never]
                [--expect-added N] [--expect-updated N] [--expect-duplicated N]
                [--allow-new-note-types]

OLD and NEW are .apkg files, or both Anki CSV files (.csv/.tsv/.txt, imported with their own
headers). The run:
  1. imports NEW alone into a new collection: what the collection should hold afterwards;
  2. imports OLD into another new collection (Anki desktop's default options);
  3. studies every card once through the v3 scheduler (ratings good, easy, hard, again in turn:
     review and learning cards both) and records each card's scheduling and review log;
  4. imports NEW over it with the same options, and compares by GUID.

Exit codes: 0 every check holds and every --expect-* matches; 1 usage or no such file; 2 an
import failed; 3 OLD or NEW holds no note; 4 a check or an expectation failed (`failed` names them).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from anki.scheduler_pb2 import CardAnswer

import harness

_RATINGS = {
    "again": CardAnswer.AGAIN,
    "hard": CardAnswer.HARD,
    "good": CardAnswer.GOOD,
    "easy": CardAnswer.EASY,
}
_MIXED = ("good", "easy", "hard", "again")
# A card's scheduling state: what must not change when its note is updated.
_SCHEDULING = ("type", "queue", "due", "ivl", "factor", "reps", "lapses", "left", "did", "odid")


def notes_by_guid(col: Any) -> dict[str, dict[str, Any]]:
    """Each note's content and where its cards are, keyed by GUID."""
    notes = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        notes[note.guid] = {
            "nid": int(note.id),
            "note_type": note.note_type()["name"],
            "field_names": list(note.keys()),
            "fields": list(note.values()),
            "tags": sorted(note.tags),
            "decks": sorted({col.decks.name(col.get_card(c).did) for c in note.card_ids()}),
        }
    return notes


def same_content(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(a[k] == b[k] for k in ("note_type", "field_names", "fields", "tags"))


def note_type_definitions(col: Any) -> dict[str, dict[str, Any]]:
    """Each note type's fields, templates and CSS, by name."""
    out = {}
    for entry in col.models.all_names_and_ids():
        t = col.models.get(entry.id)
        out[t["name"]] = {
            "fields": [f["name"] for f in t["flds"]],
            "templates": [[x["name"], x["qfmt"], x["afmt"]] for x in t["tmpls"]],
            "css": t["css"],
        }
    return out


def scheduling(col: Any) -> dict[int, dict[str, Any]]:
    """Every card's scheduling state and review-log rows, by card id."""
    revlog: dict[int, list[list[int]]] = {}
    for row in col.db.all(
        "select cid, id, ease, ivl, lastIvl, factor, type from revlog order by id"
    ):
        revlog.setdefault(int(row[0]), []).append([int(v) for v in row[1:]])
    cards = {}
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        state = {field: int(getattr(card, field)) for field in _SCHEDULING}
        state.update(nid=int(card.nid), revlog=revlog.get(int(cid), []))
        cards[int(cid)] = state
    return cards


def study_every_card(col: Any, rating: str) -> dict[str, Any]:
    """Answers every card once, deck by deck, through the v3 scheduler's queue."""
    for config in col.decks.all_config():
        # 9999 is the largest daily limit Anki keeps (a larger one falls back to the default).
        config["new"]["perDay"] = config["rev"]["perDay"] = 9999
        config["new"]["bury"] = config["rev"]["bury"] = False
        config["buryInterdayLearning"] = False
        col.decks.update_config(config)
    col.set_config("collapseTime", 0)  # no learn-ahead: a card just answered waits its turn
    cards = {int(c) for c in col.find_cards("")}
    answered: set[int] = set()
    used: dict[str, int] = {}
    for deck in col.decks.all_names_and_ids():
        if "::" in deck.name:
            continue
        col.decks.select(deck.id)
        extended = False
        for _ in range(len(cards) + 2):  # bounded: each turn answers a card or stops
            queued = col.sched.get_queued_cards(fetch_limit=1).cards
            if not queued and not extended and cards - answered:
                col.sched.extend_limits(9999, 9999)  # past 9999 new cards a day
                extended = True
                continue
            if not queued or int(queued[0].card.id) in answered:
                break  # done, or a learning card came back
            extended = False
            card = col.get_card(queued[0].card.id)
            card.start_timer()
            name = _MIXED[len(answered) % len(_MIXED)] if rating == "mixed" else rating
            col.sched.answer_card(
                col.sched.build_answer(card=card, states=queued[0].states, rating=_RATINGS[name])
            )
            used[name] = used.get(name, 0) + 1
            answered.add(int(card.id))
    return {
        "cards": len(cards),
        "answered": len(answered),
        "not_answered": len(cards - answered),
        "ratings": used,
        "revlog_rows": int(col.db.scalar("select count() from revlog")),
    }


def compare_progress(
    before: dict[int, dict[str, Any]], after: dict[int, dict[str, Any]], unchanged_nids: set[int]
) -> dict[str, Any]:
    changed, lost = [], []
    for cid, old in before.items():
        new = after.get(cid)
        if new is None:
            lost.append(cid)
            continue
        diff: dict[str, Any] = {f: [old[f], new[f]] for f in _SCHEDULING if old[f] != new[f]}
        if old["revlog"] != new["revlog"]:
            diff["revlog"] = [len(old["revlog"]), len(new["revlog"])]
        if diff:
            changed.append(
                {
                    "cid": cid,
                    "nid": old["nid"],
                    "note_unchanged": old["nid"] in unchanged_nids,
                    "diff": diff,
                }
            )
    touched_unchanged = any(c["note_unchanged"] for c in changed) or any(
        before[c]["nid"] in unchanged_nids for c in lost
    )
    return {
        "cards_before": len(before),
        "cards_of_unchanged_notes": sum(1 for c in before.values() if c["nid"] in unchanged_nids),
        "cards_with_changed_scheduling": len(changed),
        "cards_lost": len(lost),
        "revlog_rows_before": sum(len(c["revlog"]) for c in before.values()),
        "revlog_rows_after": sum(len(c["revlog"]) for c in after.values()),
        "preserved_for_unchanged_notes": not touched_unchanged,
        "preserved_for_all_existing_notes": not changed and not lost,
        "changed_examples": changed[:10],
    }


def reimport(args: argparse.Namespace) -> dict[str, Any]:
    old, new = harness.existing_file(args.old), harness.existing_file(args.new)
    options = harness.desktop_options(args.update_notes, args.update_notetypes)

    with harness.scratch_collection() as ref:
        harness.import_any(ref, new, options)
        expected = notes_by_guid(ref)
        used_types = {n["note_type"] for n in expected.values()}
        expected_types = {k: v for k, v in note_type_definitions(ref).items() if k in used_types}
    if not expected:
        raise harness.Failure(harness.NO_NOTES, "result", f"{new}: Anki imported no note")

    with harness.scratch_collection() as col:
        old_log = harness.log_counts(harness.import_any(col, old, options))
        before = notes_by_guid(col)
        if not before:
            raise harness.Failure(harness.NO_NOTES, "result", f"{old}: Anki imported no note")
        types_before = {t.name for t in col.models.all_names_and_ids()}
        decks_before = {d.name for d in col.decks.all_names_and_ids()}
        study = study_every_card(col, args.rating)
        sched_before = scheduling(col)
        new_log = harness.log_counts(harness.import_any(col, new, options))
        after = notes_by_guid(col)
        sched_after = scheduling(col)
        types_after = note_type_definitions(col)
        decks_after = {d.name for d in col.decks.all_names_and_ids()}
        notes_after, cards_after = int(col.note_count()), int(col.card_count())

    added = sorted(g for g in after if g not in before)
    kept = [g for g in after if g in before]
    updated = sorted(g for g in kept if not same_content(before[g], after[g]))
    unchanged = sorted(g for g in kept if same_content(before[g], after[g]))
    stale = sorted(g for g in expected if g in after and not same_content(expected[g], after[g]))
    orphaned = sorted(g for g in before if g not in expected)
    moves_ignored = sorted(
        g for g in expected if g in before and expected[g]["decks"] != after[g]["decks"]
    )
    originals: dict[str, str] = {}
    for guid, note in before.items():
        originals.setdefault(harness.first_field(note["fields"]), guid)
    duplicated = sorted(g for g in added if harness.first_field(after[g]["fields"]) in originals)
    groups: dict[str, int] = {}
    for note in after.values():
        key = harness.first_field(note["fields"])
        groups[key] = groups.get(key, 0) + 1
    new_types = sorted(set(types_after) - types_before)
    stale_types = sorted(
        n for n, d in expected_types.items() if n in types_after and types_after[n] != d
    )
    progress = compare_progress(sched_before, sched_after, {before[g]["nid"] for g in unchanged})

    def first(g: str, notes: dict[str, dict[str, Any]]) -> str:
        return notes[g]["fields"][0][:80] if notes[g]["fields"] else ""

    result: dict[str, Any] = {
        "ok": True,
        "anki_version": harness.ANKI_VERSION,
        "old": old,
        "new": new,
        "options": {"csv": "the files' own headers"}
        if new.lower().endswith(harness.CSV_SUFFIXES)
        else {
            "update_notes": args.update_notes,
            "update_notetypes": args.update_notetypes,
            "merge_notetypes": False,
            "with_scheduling": False,
        },
        "old_import_log": old_log,
        "study": study,
        "new_import_log": new_log,
        "summary": {
            "notes_before": len(before),
            "notes_in_new_package": len(expected),
            "notes_after": notes_after,
            "cards_after": cards_after,
            "added": len(added),
            "updated": len(updated),
            "unchanged": len(unchanged),
            "duplicated": len(duplicated),
            "stale": len(stale),
            "orphaned": len(orphaned),
            "deck_moves_ignored": len(moves_ignored),
            "first_field_duplicate_groups": sum(1 for n in groups.values() if n > 1),
            "new_note_types_created": new_types,
            "stale_note_types": stale_types,
            "new_decks_created": sorted(decks_after - decks_before),
        },
        "progress": progress,
        "details": {
            "added": [{"guid": g, "first_field": first(g, after)} for g in added],
            "updated": [
                {
                    "guid": g,
                    "changed_fields": [
                        name
                        for i, name in enumerate(after[g]["field_names"])
                        if before[g]["fields"][i : i + 1] != after[g]["fields"][i : i + 1]
                    ],
                    "tags_changed": before[g]["tags"] != after[g]["tags"],
                }
                for g in updated
            ],
            "stale": [{"guid": g, "expected_first_field": first(g, expected)} for g in stale],
            "duplicated": [
                {
                    "guid": g,
                    "first_field": first(g, after),
                    "original_guid": originals[harness.first_field(after[g]["fields"])],
                }
                for g in duplicated
            ],
            "orphaned": orphaned,
            "deck_moves_ignored": [
                {"guid": g, "expected": expected[g]["decks"], "actual": after[g]["decks"]}
                for g in moves_ignored
            ],
        },
        "checks": {
            "all_cards_studied": study["not_answered"] == 0,
            "no_duplicates": not duplicated,
            "all_new_content_applied": not stale,
            "no_conflicting_notes": new_log["conflicting"] == 0,
            "no_new_note_types": not new_types,
            "note_type_changes_applied": not stale_types,
            "progress_preserved_unchanged_notes": progress["preserved_for_unchanged_notes"],
            "progress_preserved_all_notes": progress["preserved_for_all_existing_notes"],
        },
    }
    return result


def judge(result: dict[str, Any], args: argparse.Namespace) -> list[str]:
    """Fills in `expectations`, `failed` and `ok`; returns the names that failed."""
    expectations = {}
    for name in ("added", "updated", "duplicated"):
        want = getattr(args, f"expect_{name}")
        if want is not None:
            got = result["summary"][name]
            expectations[name] = {"expected": want, "got": got, "ok": got == want}
    gating = {
        k: v
        for k, v in result["checks"].items()
        if not (k == "no_new_note_types" and args.allow_new_note_types)
    }
    failed = [k for k, ok in gating.items() if not ok]
    failed += [f"expect_{k}" for k, e in expectations.items() if not e["ok"]]
    result.update(expectations=expectations, failed=failed, ok=not failed)
    return failed


def text(result: dict[str, Any]) -> str:
    s, p = result["summary"], result["progress"]
    lines = [
        f"{result['old']} -> {result['new']}",
        f"studied: {json.dumps(result['study'])}",
        f"Anki's log for NEW: {json.dumps(result['new_import_log'])}",
        "added={added} updated={updated} unchanged={unchanged} duplicated={duplicated} "
        "stale={stale} orphaned={orphaned} deck_moves_ignored={deck_moves_ignored}".format(**s),
        f"new note types: {s['new_note_types_created']}  stale note types: {s['stale_note_types']}",
        (
            f"progress: {p['cards_before']} cards, {p['cards_with_changed_scheduling']} changed, "
            f"{p['cards_lost']} lost, revlog {p['revlog_rows_before']} -> {p['revlog_rows_after']}"
        ),
    ]
    lines += [f"  [{'PASS' if ok else 'FAIL'}] {name}" for name, ok in result["checks"].items()]
    lines += [
        f"  [{'PASS' if e['ok'] else 'FAIL'}] expect {k} = {e['expected']} (got {e['got']})"
        for k, e in result["expectations"].items()
    ]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    started = time.monotonic()
    result = reimport(args)
    result["elapsed_s"] = round(time.monotonic() - started, 3)
    failed = judge(result, args)
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else text(result))
    if failed:
        sys.stderr.write(f"FAIL: {', '.join(failed)}\n")
        return harness.CHECK_FAILED
    return harness.OK


def main() -> int:
    ap = harness.parser(__doc__)
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--json", action="store_true", help="print the whole result as JSON")
    ap.add_argument("--rating", choices=[*_RATINGS, "mixed"], default="mixed")
    ap.add_argument("--update-notes", choices=harness.UPDATE_CHOICES, default="if-newer")
    ap.add_argument("--update-notetypes", choices=harness.UPDATE_CHOICES, default="if-newer")
    for name in ("added", "updated", "duplicated"):
        ap.add_argument(f"--expect-{name}", type=int, metavar="N", help=f"exactly N notes {name}")
    ap.add_argument(
        "--allow-new-note-types", action="store_true", help="a new note type is not a failure"
    )
    args = ap.parse_args()
    return harness.main(run, args, f"{args.old} -> {args.new}")


if __name__ == "__main__":
    sys.exit(main())
