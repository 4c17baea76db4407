#!/usr/bin/env bash
# Renders the pictures of issue 17 for the README: a card with a diagram, one with highlighted code
# and one with an image (back side, light and night, through Anki's own renderer via the harness's
# tests/anki/inspect_apkg.py --render, with the card's media files beside the page, screenshot by
# headless Chromium), and a section sheet and a flashcard page with diagrams (pdftoppm).
#   bash scripts/render-picture-previews.sh
# Needs: target/anki-venv (made by the harness's tests), chromium, poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
PY=target/anki-venv/bin/python
[ -x "$PY" ] || cargo test --quiet --test testsuite anki::
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
cargo build --quiet --release

card() { # card CONTENT CARD_ID OUT.png
    local dir="$TMP/$2"
    mkdir -p "$dir"
    target/release/deckgen build --quiet --content "$1" --format apkg,csv --out "$dir/out"
    # The card's media files beside the page, as the package carries them (zip entries named in its
    # `media` map); the CSV's media/ folder holds images only.
    "$PY" -c 'import json, sys, zipfile, pathlib
z = zipfile.ZipFile(sys.argv[1])
for entry, name in json.loads(z.read("media")).items():
    (pathlib.Path(sys.argv[2]) / name).write_bytes(z.read(entry))' "$dir"/out/*.apkg "$dir"
    "$PY" tests/anki/inspect_apkg.py "$dir"/out/*.apkg --render --json > "$dir/inspect.json"
    "$PY" scripts/card-page.py "$dir/inspect.json" "$2" "$dir/preview.html" back
    screenshot "$dir/chrome" 820,540 "$PWD/$3" "file://$dir/preview.html"
    echo "wrote $3 ($2)"
}

card tests/fixtures/pictures/content outbox docs/card-diagram.png
card tests/fixtures/sample/content ack-code docs/card-code.png
card tests/fixtures/pictures/content broker-picture docs/card-image.png
target/release/deckgen build --quiet --content tests/fixtures/pictures/content --format pdf --out "$TMP/pdf"
pdftoppm -r 70 -png -singlefile "$TMP/pdf/pdf/sections/pictures.pdf" docs/pdf-section-diagrams
pdftoppm -r 70 -png -f 2 -l 2 -singlefile "$TMP/pdf/pdf/flashcards.pdf" docs/pdf-flashcards-diagrams
echo "wrote docs/pdf-section-diagrams.png docs/pdf-flashcards-diagrams.png"
