#!/usr/bin/env bash
# Renders the pictures of issue 17 for the README: a card with a diagram, one with highlighted code
# and one with an image (back side, light and night, through Anki's own renderer via the harness's
# tests/anki/inspect_apkg.py --render, with the card's media files beside the page, screenshot by
# headless Chromium), and a section sheet and a flashcard page with diagrams (pdftoppm).
#   bash scripts/render-picture-previews.sh
# Needs: target/anki-venv (made by the harness's tests), chromium, poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=target/anki-venv/bin/python
[ -x "$PY" ] || cargo test --quiet --test testsuite anki::
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
cargo build --quiet --release

card() { # card CONTENT CARD_ID OUT.png
    local dir="$TMP/$2"
    mkdir -p "$dir"
    target/release/deckgen build --quiet --content "$1" --format apkg,csv --out "$dir/out"
    cp "$dir"/out/media/* "$dir"/ 2>/dev/null || true
    "$PY" tests/anki/inspect_apkg.py "$dir"/out/*.apkg --render --json > "$dir/inspect.json"
    "$PY" - "$dir/inspect.json" "$2" "$dir/preview.html" <<'PYEOF'
import json, sys
data = json.load(open(sys.argv[1]))
card_id, out = sys.argv[2], sys.argv[3]
note = next(n for n in data["notes"] if n["fields"].get("CardId") == card_id)
card = note["cards"][0]
panel = lambda title, html, night: f'''
<figure><figcaption>{title}</figcaption>
<div class="frame{' nightMode night_mode' if night else ''}"><div class="card">{html}</div></div></figure>'''
page = f'''<!doctype html><html><head><meta charset="utf-8"><style>
body {{ margin: 0; padding: 16px; background: #e9ebee; font-family: sans-serif; }}
.grid {{ display: grid; grid-template-columns: repeat(2, 380px); gap: 14px; }}
figure {{ margin: 0; }} figcaption {{ font: 600 12px sans-serif; color: #555; margin: 0 0 6px 2px; }}
.frame {{ height: 480px; overflow: hidden; border-radius: 10px; box-shadow: 0 1px 3px rgba(0,0,0,.25); }}
.frame > .card {{ min-height: 100%; }}
</style></head><body><div class="grid">
{panel("Back · light", card["answer"], False)}{panel("Back · night", card["answer"], True)}
</div></body></html>'''
open(out, "w").write(page)
PYEOF
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$dir/chrome" --hide-scrollbars --window-size=820,540 \
        --screenshot="$PWD/$3" "file://$dir/preview.html" 2>/dev/null
    echo "wrote $3 ($2)"
}

card tests/fixtures/pictures/content outbox docs/card-diagram.png
card tests/fixtures/sample/content ack-code docs/card-code.png
card tests/fixtures/pictures/content broker-picture docs/card-image.png
target/release/deckgen build --quiet --content tests/fixtures/pictures/content --format pdf --out "$TMP/pdf"
pdftoppm -r 70 -png -singlefile "$TMP/pdf/pdf/sections/pictures.pdf" docs/pdf-section-diagrams
pdftoppm -r 70 -png -f 2 -l 2 -singlefile "$TMP/pdf/pdf/flashcards.pdf" docs/pdf-flashcards-diagrams
echo "wrote docs/pdf-section-diagrams.png docs/pdf-flashcards-diagrams.png"
