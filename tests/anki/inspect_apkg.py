"""Imports an .apkg into a new, throw-away collection with Anki's own importer and the options
Anki desktop's import screen starts with, then reports what the collection holds.

    inspect_apkg.py FILE.apkg [--json] [--render] [--strict] [--allow-skipped]

Exit codes: 0 imported; 1 usage or no such file; 2 Anki's importer failed; 3 no note imported;
5 Anki left notes out (unless --allow-skipped); 6 --strict and there are warnings.
"""

from __future__ import annotations

import argparse
import sys
import time
import zipfile
from typing import Any

import harness

# The collection file names in a package, newest format first.
_FORMATS = (
    ("collection.anki21b", "latest: zstd-compressed collection, schema 18+"),
    ("collection.anki21", "legacy 2: schema 11, v2 scheduler"),
    ("collection.anki2", "legacy 1: schema 11"),
)


def package_contents(path: str) -> dict[str, Any]:
    """The zip's entries and which collection format it carries (Anki alone judges validity)."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        return {"zip_readable": False, "error": str(exc)}
    names = {e.filename for e in entries}
    return {
        "zip_readable": True,
        "format": next((f for name, f in _FORMATS if name in names), "no collection file"),
        "entries": [
            {
                "name": e.filename,
                "size": e.file_size,
                "compressed": e.compress_type != zipfile.ZIP_STORED,
            }
            for e in entries
        ],
    }


def inspect(args: argparse.Namespace) -> int:
    path = harness.existing_file(args.apkg)
    started = time.monotonic()
    with harness.scratch_collection() as col:
        stock = harness.Stock.of(col)
        response = harness.import_package(col, path, harness.desktop_options())
        report: dict[str, Any] = {
            "ok": True,
            "source": path,
            "anki_version": harness.ANKI_VERSION,
            "importer": "Collection.import_anki_package, Anki desktop's default options",
            "package": package_contents(path),
            "import_log": harness.log_counts(response),
            **harness.collection_report(col, stock, args.render),
        }
    report["elapsed_s"] = round(time.monotonic() - started, 3)
    harness.judge_import(report, path, args.allow_skipped)
    return harness.finish_inspection(report, args)


def main() -> int:
    ap = harness.inspection_parser(__doc__, "apkg", "notes")
    args = ap.parse_args()
    return harness.main(inspect, args, args.apkg)


if __name__ == "__main__":
    sys.exit(main())
