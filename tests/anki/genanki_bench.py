"""The benchmark's yardstick: Python genanki writing N Basic notes (about 200 characters of HTML
each, two tags, a stable GUID) into one .apkg. benches/common/mod.rs times the whole process.

    genanki_bench.py N OUT.apkg
"""

from __future__ import annotations

import sys

import genanki

NOTE_TYPE = genanki.Model(
    1_607_392_319,
    "deckgen bench Basic",
    fields=[{"name": "Front"}, {"name": "Back"}],
    templates=[
        {"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}
    ],
)


def fields(i: int) -> list[str]:
    return [
        f"<p>Card {i}: which guarantee does <code>topic-{i % 97}</code> give?</p>",
        (
            f"<ul><li>At-least-once delivery for partition <b>{i % 12}</b></li>"
            f"<li>Ordered within the partition, key <i>k{i}</i></li></ul><p>#{i:06d}</p>"
        ),
    ]


def main() -> int:
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        sys.stderr.write(__doc__ or "")
        return 1
    count, out = int(sys.argv[1]), sys.argv[2]
    deck = genanki.Deck(1_607_392_320, "deckgen bench")
    for i in range(count):
        deck.add_note(
            genanki.Note(
                model=NOTE_TYPE,
                fields=fields(i),
                guid=genanki.guid_for("deckgen-bench", i),
                tags=["bench", f"bench::group-{i % 10}"],
            )
        )
    genanki.Package(deck).write_to_file(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
