#!/usr/bin/env bash
# Renders one card of the shipped deck the way Anki shows it (front and back, light and night) into
# docs/card-preview.png: Anki's own renderer (the harness's tests/anki/inspect_apkg.py --render)
# produces the card HTML from the real templates and CSS, headless Chromium takes the screenshot.
#   bash scripts/render-card-preview.sh [CARD_ID]
# Needs: python3 >= 3.10 with venv (for target/anki-venv, which the harness's own tests create) and
# chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
CARD="${1:-kafka-vs-rabbitmq/ordering}"
PY=target/anki-venv/bin/python
# The venv is made by one rule (tests/support/anki_venv.rs): run the harness's tests to get it.
[ -x "$PY" ] || cargo test --quiet --test testsuite anki::
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
cargo run --quiet --release -- build --quiet --format apkg --out "$TMP/out"
"$PY" tests/anki/inspect_apkg.py "$TMP/out/messaging-eda.apkg" --render --json > "$TMP/inspect.json"
"$PY" - "$TMP/inspect.json" "$CARD" "$TMP/preview.html" <<'PYEOF'
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
.grid {{ display: grid; grid-template-columns: repeat(4, 360px); gap: 14px; }}
figure {{ margin: 0; }} figcaption {{ font: 600 12px sans-serif; color: #555; margin: 0 0 6px 2px; }}
.frame {{ height: 420px; overflow: hidden; border-radius: 10px; box-shadow: 0 1px 3px rgba(0,0,0,.25); }}
.frame > .card {{ min-height: 100%; }}
</style></head><body><div class="grid">
{panel("Front · light", card["question"], False)}{panel("Back · light", card["answer"], False)}
{panel("Front · night", card["question"], True)}{panel("Back · night", card["answer"], True)}
</div></body></html>'''
open(out, "w").write(page)
PYEOF
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$TMP/chrome" --hide-scrollbars --window-size=1530,490 \
    --screenshot="$PWD/docs/card-preview.png" "file://$TMP/preview.html" 2>/dev/null
echo "wrote docs/card-preview.png ($CARD)"
