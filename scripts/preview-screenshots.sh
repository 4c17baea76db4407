#!/usr/bin/env bash
# Remakes the screenshots of README's "Writing your own deck" (docs/screenshots/): a starter deck
# from `deckgen new`, served by `deckgen serve`, photographed by headless Chromium (light, night,
# phone width, the error page, the start page), and page 1 of its printed flashcards (pdftoppm).
#   bash scripts/preview-screenshots.sh
# Needs: chromium and poppler-utils. Look at the PNGs before committing them.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
OUT=docs/screenshots
mkdir -p "$OUT"
cargo build --quiet --release
BIN="$PWD/target/release/deckgen"
TMP="$(mktemp -d)"
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill -INT "$SERVER" 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT
(cd "$TMP" && "$BIN" new my-deck >/dev/null)
DECK="$TMP/my-deck"
# Served from inside the temp folder, so that the error page shows `my-deck/content/...`.
(cd "$TMP" && exec "$BIN" serve --content my-deck/content --port 0 >"$TMP/serve.out" 2>/dev/null) &
SERVER=$!
for _ in $(seq 1 100); do grep -q '^serving' "$TMP/serve.out" 2>/dev/null && break; sleep 0.1; done
URL="$(sed -n 's/^serving \(http[^ ]*\).*/\1/p' "$TMP/serve.out")"
[ -n "$URL" ] || { echo "deckgen serve did not start" >&2; exit 1; }
shot() { # shot FILE WIDTHxHEIGHT PATH
    screenshot "$TMP/profile-$1" "$2" "$OUT/$1" "${URL%/}$3" --timeout=4000
}
shot preview-card-light.png 1240,760 /section/basics
shot preview-card-night.png 1240,560 '/section/more-kinds?night=1'
shot preview-phone.png 420,1000 '/section/basics?phone=1'
shot preview-index.png 1100,700 /
sed -i 's/{#card-id .reverse}/{#card-id .revers}/' "$DECK/content/01-basics.md"
sleep 1
shot preview-error.png 1100,480 /
sed -i 's/{#card-id .revers}/{#card-id .reverse}/' "$DECK/content/01-basics.md"
(cd "$DECK" && "$BIN" build --content content --quiet)
pdftoppm -png -r 60 -f 1 -l 1 "$DECK/output/pdf/flashcards.pdf" "$OUT/printed-flashcards"
echo "wrote $OUT/preview-*.png and $OUT/printed-flashcards-1.png"
