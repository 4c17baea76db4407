"""What every script of deckgen's Anki harness shares: exit codes, the command line, a scratch
collection, the two importers as Anki desktop calls them, and the report of what a collection holds.

Each rule lives here once; inspect_apkg.py, inspect_csv.py and reimport.py only put them together.
Nothing here touches a real Anki profile: every collection is created in a temp folder and removed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

# Exit codes, the contract with the Rust tests (tests/testsuite/anki.rs) and README.md.
OK = 0
USAGE = 1  # bad arguments, a missing input file, or no `anki` package
IMPORT_FAILED = 2  # Anki's importer raised (corrupt zip, not a database, empty CSV, ...)
NO_NOTES = 3  # the import succeeded but the collection holds no note
CHECK_FAILED = 4  # reimport.py: a check or an --expect-* did not hold
SKIPPED = 5  # Anki left notes of the input out (conflicting, missing note type or deck, ...)
WARNINGS = 6  # --strict and the report has warnings

try:
    from anki import import_export_pb2
    from anki.buildinfo import version as ANKI_VERSION
    from anki.collection import (
        Collection,
        ImportAnkiPackageOptions,
        ImportAnkiPackageRequest,
        ImportCsvRequest,
    )
    from anki.errors import TemplateError
    from anki.template import TemplateRenderContext
except ImportError as exc:  # the wrong Python: say which venv to use
    sys.stderr.write(
        f"deckgen anki harness: cannot import the `anki` package ({exc}); run the scripts with "
        "target/anki-venv/bin/python (cargo test creates it from tests/anki/requirements.txt)\n"
    )
    sys.exit(USAGE)

# Anki's import log: the lists it keeps, in its own order.
LOG_LISTS = (
    "new",
    "updated",
    "duplicate",
    "conflicting",
    "first_field_match",
    "missing_notetype",
    "missing_deck",
    "empty_first_field",
)
# The lists that mean "a note of the input did not land in the collection".
LEFT_OUT = ("conflicting", "missing_notetype", "missing_deck", "empty_first_field")

_UPDATE = {
    "if-newer": import_export_pb2.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
    "always": import_export_pb2.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_ALWAYS,
    "never": import_export_pb2.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_NEVER,
}
UPDATE_CHOICES = tuple(_UPDATE)
CSV_SUFFIXES = (".csv", ".tsv", ".txt")


class Failure(Exception):
    """A run that cannot produce its report: `code` is the exit code, `stage` where it stopped."""

    def __init__(self, code: int, stage: str, message: str) -> None:
        super().__init__(message)
        self.code, self.stage, self.message = code, stage, message


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error exits USAGE (1): argparse's own 2 means 'import failed' here."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: {message}\n")
        sys.exit(USAGE)


def parser(doc: str | None) -> Parser:
    return Parser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)


def inspection_parser(doc: str | None, input_name: str, left_out: str) -> Parser:
    """The command line every inspect script takes: its input file, then the same report options."""
    ap = parser(doc)
    ap.add_argument(input_name)
    ap.add_argument("--json", action="store_true", help="print the whole report as JSON")
    ap.add_argument(
        "--render", action="store_true", help="add each card's question and answer HTML"
    )
    ap.add_argument("--strict", action="store_true", help="exit 6 when the report has warnings")
    ap.add_argument(
        "--allow-skipped", action="store_true", help=f"{left_out} Anki left out are not a failure"
    )
    return ap


def existing_file(path: str) -> str:
    """The absolute path of an input file, or a USAGE failure."""
    if not os.path.isfile(path):
        raise Failure(USAGE, "input", f"no such file: {path}")
    return os.path.abspath(path)


@contextlib.contextmanager
def scratch_collection() -> Iterator[Collection]:
    """A new, empty collection in a temp folder, closed and deleted afterwards."""
    with tempfile.TemporaryDirectory(prefix="deckgen-anki-") as folder:
        col = Collection(os.path.join(folder, "collection.anki2"))
        try:
            yield col
        finally:
            col.close()


@dataclass(frozen=True)
class Stock:
    """What a new collection holds before any import: its note types and decks."""

    note_type_ids: frozenset[int]
    deck_ids: frozenset[int]

    @staticmethod
    def of(col: Collection) -> Stock:
        return Stock(
            frozenset(int(t.id) for t in col.models.all_names_and_ids()),
            frozenset(int(d.id) for d in col.decks.all_names_and_ids()),
        )


def desktop_options(
    update_notes: str = "if-newer", update_notetypes: str = "if-newer"
) -> ImportAnkiPackageOptions:
    """The options Anki desktop's import screen starts with: update notes and note types when the
    incoming copy is newer, keep note types apart, no scheduling, no deck presets."""
    return ImportAnkiPackageOptions(
        merge_notetypes=False,
        update_notes=_UPDATE[update_notes],
        update_notetypes=_UPDATE[update_notetypes],
        with_scheduling=False,
        with_deck_configs=False,
    )


def _after_import(col: Collection) -> None:
    # pylib caches note types; the backend changed them underneath it.
    col.models._clear_cache()


def import_package(col: Collection, path: str, options: ImportAnkiPackageOptions) -> Any:
    """Imports an .apkg as Anki desktop does; returns Anki's response (its log)."""
    try:
        response = col.import_anki_package(
            ImportAnkiPackageRequest(package_path=path, options=options)
        )
    except Exception as exc:
        raise Failure(
            IMPORT_FAILED, "import", f"Anki cannot import {path}: {type(exc).__name__}: {exc}"
        ) from exc
    _after_import(col)
    return response


def csv_metadata(col: Collection, path: str) -> Any:
    """What Anki reads from a CSV file's own `#key:value` headers (the import dialog's start)."""
    try:
        return col.get_csv_metadata(path, None)
    except Exception as exc:
        raise Failure(
            IMPORT_FAILED, "metadata", f"Anki cannot read {path}: {type(exc).__name__}: {exc}"
        ) from exc


def import_csv(col: Collection, path: str, metadata: Any) -> Any:
    """Imports a CSV file with `metadata` unchanged, as clicking Import in the dialog does."""
    try:
        response = col.import_csv(ImportCsvRequest(path=path, metadata=metadata))
    except Exception as exc:
        raise Failure(
            IMPORT_FAILED, "import", f"Anki cannot import {path}: {type(exc).__name__}: {exc}"
        ) from exc
    _after_import(col)
    return response


def import_any(col: Collection, path: str, options: ImportAnkiPackageOptions) -> Any:
    """An .apkg with `options`, or a CSV/TSV/TXT file with its own headers."""
    if path.lower().endswith(CSV_SUFFIXES):
        return import_csv(col, path, csv_metadata(col, path))
    return import_package(col, path, options)


def log_counts(response: Any) -> dict[str, int]:
    """Anki's import log as counts per list, plus `found_notes` (notes in the input)."""
    log = response.log
    counts = {name: len(getattr(log, name)) for name in LOG_LISTS}
    counts["found_notes"] = int(log.found_notes)
    return counts


def left_out(counts: dict[str, int]) -> dict[str, int]:
    return {name: counts[name] for name in LEFT_OUT if counts[name]}


def first_field(fields: list[str]) -> str:
    """A note's first field with its whitespace collapsed: how duplicates are recognised."""
    return " ".join(fields[0].split()) if fields else ""


# --- the report of a collection -------------------------------------------------------------

# Anki gives a note type whose name is taken a suffix: `Name+` or `Name-1a2b3`.
_RENAMED = re.compile(r"^(?P<base>.+?)(?:\++|-[0-9a-f]{5})$")


def template_name(note_type: dict[str, Any], ord_: int) -> str:
    if note_type["type"] == 1:  # cloze: one template, a card per deletion number
        return f"Cloze {ord_ + 1}"
    return note_type["tmpls"][ord_]["name"]


def render(col: Collection, card_id: int) -> tuple[str, str, str | None]:
    """A card's question and answer HTML, and the template error Anki met, if any (Anki shows
    the error's text in place of the card; a blank front gets a message of its own)."""
    card = col.get_card(card_id)
    error = None
    try:
        TemplateRenderContext.from_existing_card(card, browser=False)._partially_render()
    except TemplateError as exc:
        error = str(exc)
    question, answer = card.question(reload=True), card.answer()
    if error is None and col.tr.card_template_rendering_empty_front() in question:
        error = col.tr.card_template_rendering_empty_front()
    return question, answer, error


def note_record(col: Collection, note_id: int) -> dict[str, Any]:
    note = col.get_note(note_id)
    note_type = note.note_type()
    cards, decks = [], []
    for card_id in note.card_ids():
        card = col.get_card(card_id)
        deck = col.decks.name(card.did)
        if deck not in decks:
            decks.append(deck)
        cards.append(
            {
                "id": int(card.id),
                "ord": int(card.ord),
                "template": template_name(note_type, card.ord),
                "deck": deck,
            }
        )
    return {
        "id": int(note.id),
        "guid": note.guid,
        "note_type": note_type["name"],
        "fields": dict(note.items()),
        "tags": sorted(note.tags),
        "mtime": int(note.mod),
        "decks": decks,
        "cards": cards,
    }


def collection_report(col: Collection, stock: Stock, with_html: bool) -> dict[str, Any]:
    """Everything a test asks of an imported collection: counts, decks, note types, tags, media,
    empty cards, render errors, the notes with their cards, and the warnings they give."""
    notes = [note_record(col, int(nid)) for nid in sorted(col.find_notes(""))]

    notes_per_type: dict[int, int] = {}
    for nid in col.find_notes(""):
        mid = int(col.get_note(nid).mid)
        notes_per_type[mid] = notes_per_type.get(mid, 0) + 1
    type_ids = set(notes_per_type) | {
        int(t.id) for t in col.models.all_names_and_ids() if int(t.id) not in stock.note_type_ids
    }
    note_types = []
    for mid in sorted(type_ids):
        t = col.models.get(mid)
        note_types.append(
            {
                "id": mid,
                "name": t["name"],
                "kind": "cloze" if t["type"] == 1 else "standard",
                "fields": [f["name"] for f in t["flds"]],
                "templates": [tpl["name"] for tpl in t["tmpls"]],
                "template_count": len(t["tmpls"]),
                "note_count": notes_per_type.get(mid, 0),
                "stock": mid in stock.note_type_ids,
            }
        )

    cards_per_deck: dict[str, int] = {}
    for note in notes:
        for card in note["cards"]:
            cards_per_deck[card["deck"]] = cards_per_deck.get(card["deck"], 0) + 1
    # Every deck but a stock one left empty (the `Default` deck of a new collection).
    decks = sorted(
        d.name
        for d in col.decks.all_names_and_ids()
        if int(d.id) not in stock.deck_ids or d.name in cards_per_deck
    )
    # What Anki's deck overview screen shows above the counts (raw HTML, as Anki keeps it).
    deck_descriptions = {
        d.name: col.decks.get(d.id)["desc"]
        for d in col.decks.all_names_and_ids()
        if d.name in decks and col.decks.get(d.id)["desc"]
    }
    tags = sorted(col.tags.all())
    media_dir = col.media.dir()
    media = sorted(os.listdir(media_dir)) if os.path.isdir(media_dir) else []
    empty_cards = sum(len(n.card_ids) for n in col.get_empty_cards().notes)

    render_errors = []
    for note in notes:
        for card in note["cards"]:
            question, answer, error = render(col, card["id"])
            if error is not None:
                render_errors.append(
                    {"guid": note["guid"], "template": card["template"], "error": error}
                )
            if with_html:
                card["question"], card["answer"] = question, answer

    warnings = []
    type_names = {t.name for t in col.models.all_names_and_ids()}
    for t in note_types:
        m = _RENAMED.match(t["name"])
        if not t["stock"] and m and m.group("base") in type_names:
            warnings.append(
                f"note type {t['name']!r}: Anki renamed it because {m.group('base')!r} "
                "already exists with another id or schema"
            )
    for deck in decks:
        base = deck.rstrip("+")
        if base != deck and base in decks:
            warnings.append(
                f"deck {deck!r}: Anki created a second {base!r} (in a CSV, rows of a parent "
                "deck must come before those of its sub-decks)"
            )
    if empty_cards:
        warnings.append(f"{empty_cards} empty card(s): their front renders blank")
    if render_errors:
        warnings.append(f"{len(render_errors)} card(s) do not render: {render_errors[0]['error']}")
    for note in notes:
        if not first_field(list(note["fields"].values())):
            warnings.append(f"note {note['guid']}: the first field is empty")

    return {
        "counts": {
            "notes": len(notes),
            "cards": int(col.card_count()),
            "decks": len(decks),
            "note_types": len(note_types),
            "tags": len(tags),
            "media_files": len(media),
        },
        "decks": decks,
        "deck_descriptions": dict(sorted(deck_descriptions.items())),
        "cards_per_deck": dict(sorted(cards_per_deck.items())),
        "note_types": note_types,
        "tags": tags,
        "media_files": media,
        "empty_cards": empty_cards,
        "render_errors": render_errors,
        "warnings": warnings,
        "notes": notes,
    }


def judge_import(report: dict[str, Any], path: str, allow_skipped: bool) -> None:
    """The rules shared by both inspect scripts: no notes is a failure (NO_NOTES); notes Anki left
    out make `ok` false (SKIPPED at exit) unless allowed."""
    if report["counts"]["notes"] == 0:
        raise Failure(
            NO_NOTES,
            "result",
            f"{path}: Anki imported no note (import log {json.dumps(report['import_log'])})",
        )
    missing = left_out(report["import_log"])
    if missing and not allow_skipped:
        report["ok"] = False
        report["error"] = f"Anki left notes out: {missing}"


def text_summary(report: dict[str, Any], notes: int = 5) -> str:
    c = report["counts"]
    lines = [
        " ".join(f"{k}={v}" for k, v in c.items()),
        f"import log: {json.dumps(report['import_log'])}",
        "decks:",
        *(f"  {d} ({report['cards_per_deck'].get(d, 0)} cards)" for d in report["decks"]),
        "note types:",
        *(
            f"  {t['name']} [{t['kind']}{', stock' if t['stock'] else ''}] fields={t['fields']} "
            f"templates={t['templates']} notes={t['note_count']}"
            for t in report["note_types"]
        ),
        f"tags: {' '.join(report['tags'])}",
        f"empty cards: {report['empty_cards']}  render errors: {len(report['render_errors'])}",
    ]
    for note in report["notes"][:notes]:
        lines.append(f"  {note['guid']} {note['note_type']} {note['decks']} {note['tags']}")
    lines += [f"WARNING: {w}" for w in report["warnings"]]
    return "\n".join(lines)


def finish_inspection(report: dict[str, Any], args: argparse.Namespace) -> int:
    """Prints an inspect report and returns its exit code (OK, SKIPPED or WARNINGS)."""
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else text_summary(report))
    if not report["ok"]:
        sys.stderr.write(f"FAIL: {report['error']}\n")
        return SKIPPED
    if args.strict and report["warnings"]:
        sys.stderr.write(f"FAIL (--strict): {'; '.join(report['warnings'])}\n")
        return WARNINGS
    return OK


def main(run: Callable[[argparse.Namespace], int], args: argparse.Namespace, source: str) -> int:
    """Runs a script's body; a Failure becomes its exit code, its message on stderr and, with
    --json, `{"ok": false, "stage", "error", "exit_code"}` on stdout."""
    try:
        return run(args)
    except Failure as failure:
        sys.stderr.write(f"FAIL ({failure.stage}): {failure.message}\n")
        if getattr(args, "json", False):
            print(
                json.dumps(
                    {
                        "ok": False,
                        "source": source,
                        "anki_version": ANKI_VERSION,
                        "stage": failure.stage,
                        "error": failure.message,
                        "exit_code": failure.code,
                    },
                    indent=2,
                )
            )
        return failure.code
