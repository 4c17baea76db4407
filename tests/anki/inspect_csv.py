"""Imports an Anki CSV file into a new, throw-away collection the way Anki desktop's import dialog
does when nothing in it is changed: `Collection.get_csv_metadata` reads the file's own `#key:value`
headers, `Collection.import_csv` imports with that metadata. Reports what Anki understood from the
headers, the headers it ignored, and what the collection holds (the same report as inspect_apkg.py).

    inspect_csv.py FILE.csv [--json] [--render] [--strict] [--allow-skipped]

Exit codes: as inspect_apkg.py (an empty file is 2, "The file you selected is empty.").
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from anki.collection import CsvMetadata

import harness

_DELIMITERS = {
    CsvMetadata.TAB: "tab",
    CsvMetadata.PIPE: "pipe",
    CsvMetadata.SEMICOLON: "semicolon",
    CsvMetadata.COLON: "colon",
    CsvMetadata.COMMA: "comma",
    CsvMetadata.SPACE: "space",
}
_DUPES = {
    CsvMetadata.UPDATE: "update",
    CsvMetadata.PRESERVE: "preserve",
    CsvMetadata.DUPLICATE: "duplicate",
}
# Header keys Anki 26.9 reads; any other `#key:` line is ignored without a word.
_KEYS = {
    "separator",
    "html",
    "tags",
    "columns",
    "notetype",
    "deck",
    "notetype column",
    "deck column",
    "tags column",
    "guid column",
    "if matches",
    "match scope",
}


def headers(path: str) -> list[tuple[str, str]]:
    """The `#key:value` lines at the top of the file, as Anki finds them."""
    found = []
    with open(path, encoding="utf-8-sig", errors="replace") as f:
        for line in f:
            if not line.startswith("#"):
                break
            key, sep, value = line[1:].rstrip("\r\n").partition(":")
            if sep:
                found.append((key.strip().lower(), value.strip()))
    return found


def understood(col: Any, md: Any) -> dict[str, Any]:
    """What Anki made of the headers, in the import dialog's terms."""
    deck: dict[str, Any] | None = None
    which = md.WhichOneof("deck")
    if which == "deck_id":
        deck = {"fixed": col.decks.name(md.deck_id)}
    elif which == "deck_column":
        deck = {"column": md.deck_column}
    elif which == "deck_name":
        deck = {"new_deck_name": md.deck_name}
    notetype: dict[str, Any] | None = None
    which = md.WhichOneof("notetype")
    if which == "global_notetype":
        t = col.models.get(md.global_notetype.id)
        fields = [f["name"] for f in t["flds"]] if t else []
        notetype = {
            "fixed": t["name"] if t else int(md.global_notetype.id),
            "field_columns": dict(zip(fields, md.global_notetype.field_columns, strict=False)),
        }
    elif which == "notetype_column":
        notetype = {"column": md.notetype_column}
    return {
        "delimiter": _DELIMITERS.get(md.delimiter, int(md.delimiter)),
        "force_delimiter": md.force_delimiter,
        "is_html": md.is_html,
        "force_is_html": md.force_is_html,
        "column_labels": list(md.column_labels),
        "global_tags": list(md.global_tags),
        "tags_column": md.tags_column,
        "guid_column": md.guid_column,
        "deck": deck,
        "notetype": notetype,
        "dupe_resolution": _DUPES.get(md.dupe_resolution, int(md.dupe_resolution)),
        "match_scope": "notetype + deck"
        if md.match_scope == CsvMetadata.NOTETYPE_AND_DECK
        else "notetype",
        "preview_rows": [list(row.vals) for row in md.preview[:3]],
    }


def ignored_headers(found: list[tuple[str, str]], meta: dict[str, Any]) -> list[str]:
    """Headers the file gives that Anki did not follow (it never says so itself)."""
    warnings = []
    for key, value in found:
        ignored = False
        if key not in _KEYS:
            ignored = True
        elif key == "separator":
            ignored = not meta["force_delimiter"]
        elif key == "html":
            ignored = not meta["force_is_html"]
        elif key == "notetype":
            ignored = (meta["notetype"] or {}).get("fixed") != value
        elif key == "deck":
            ignored = value not in (
                (meta["deck"] or {}).get("fixed"),
                (meta["deck"] or {}).get("new_deck_name"),
            )
        elif key in ("notetype column", "deck column"):
            ignored = str((meta[key.split()[0]] or {}).get("column")) != value
        elif key in ("tags column", "guid column"):
            ignored = str(meta[key.replace(" ", "_")]) != value
        elif key == "if matches":
            ignored = value not in ("update current", "keep current", "keep both")
        elif key == "match scope":
            ignored = value not in ("notetype", "notetype + deck")
        if ignored:
            warnings.append(
                f"header '#{key}:{value}' was ignored by Anki (it read: {meta.get(key.split()[0])})"
            )
    return warnings


def inspect(args: argparse.Namespace) -> int:
    path = harness.existing_file(args.csv)
    started = time.monotonic()
    found = headers(path)
    with harness.scratch_collection() as col:
        stock = harness.Stock.of(col)
        md = harness.csv_metadata(col, path)
        meta = understood(col, md)
        response = harness.import_csv(col, path, md)
        counts = harness.log_counts(response)
        report: dict[str, Any] = {
            "ok": True,
            "source": path,
            "anki_version": harness.ANKI_VERSION,
            "importer": "Collection.get_csv_metadata + Collection.import_csv, the file's own headers",
            "csv_headers": [f"#{k}:{v}" for k, v in found],
            "csv_metadata": meta,
            "import_log": counts,
            "skipped_examples": {
                name: [list(n.fields) for n in getattr(response.log, name)[:5]]
                for name in harness.left_out(counts)
            },
            **harness.collection_report(col, stock, args.render),
        }
    report["warnings"] = ignored_headers(found, meta) + report["warnings"]
    report["elapsed_s"] = round(time.monotonic() - started, 3)
    harness.judge_import(report, path, args.allow_skipped)
    return harness.finish_inspection(report, args)


def main() -> int:
    ap = harness.inspection_parser(__doc__, "csv", "rows")
    args = ap.parse_args()
    return harness.main(inspect, args, args.csv)


if __name__ == "__main__":
    sys.exit(main())
