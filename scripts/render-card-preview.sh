#!/usr/bin/env bash
# Renders one card of the shipped deck the way Anki shows it (front and back, light and night) into
# docs/card-preview.png: Anki's own renderer (the harness's tests/anki/inspect_apkg.py --render)
# produces the card HTML from the real templates and CSS, headless Chromium takes the screenshot.
#   bash scripts/render-card-preview.sh [CARD_ID]
# Needs: python3 >= 3.10 with venv (for target/anki-venv, which the harness's own tests create) and
# chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
CARD="${1:-kafka-vs-rabbitmq/ordering}"
PY=target/anki-venv/bin/python
# The venv is made by one rule (tests/support/anki_venv.rs): run the harness's tests to get it.
[ -x "$PY" ] || cargo test --quiet --test testsuite anki::
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
cargo run --quiet --release -- build --quiet --format apkg --out "$TMP/out"
"$PY" tests/anki/inspect_apkg.py "$TMP/out/messaging-eda.apkg" --render --json > "$TMP/inspect.json"
"$PY" scripts/card-page.py "$TMP/inspect.json" "$CARD" "$TMP/preview.html" all
screenshot "$TMP/chrome" 1530,490 "$PWD/docs/card-preview.png" "file://$TMP/preview.html"
echo "wrote docs/card-preview.png ($CARD)"
