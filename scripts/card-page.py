"""Writes an HTML page showing one card as Anki renders it, light and night, for a screenshot.

    python scripts/card-page.py INSPECT.json CARD_ID OUT.html [all|back]

INSPECT.json is tests/anki/inspect_apkg.py --render --json output; `all` shows the front and the back
(four panels), `back` only the back (two panels). Used by render-card-preview.sh and
render-picture-previews.sh.
"""

import json
import sys

inspect, card_id, out = sys.argv[1:4]
sides = sys.argv[4] if len(sys.argv) > 4 else "all"
data = json.load(open(inspect))
note = next(n for n in data["notes"] if n["fields"].get("CardId") == card_id)
card = note["cards"][0]


def panel(title, html, night):
    mode = " nightMode night_mode" if night else ""
    return f"""
<figure><figcaption>{title}</figcaption>
<div class="frame{mode}"><div class="card">{html}</div></div></figure>"""


if sides == "all":
    panels = [("Front", card["question"]), ("Back", card["answer"])]
    columns, width, height = 4, 360, 420
else:
    panels = [("Back", card["answer"])]
    columns, width, height = 2, 380, 480
body = "".join(
    panel(f"{side} · {'night' if night else 'light'}", html, night)
    for night in (False, True)
    for side, html in panels
)
page = f"""<!doctype html><html><head><meta charset="utf-8"><style>
body {{ margin: 0; padding: 16px; background: #e9ebee; font-family: sans-serif; }}
.grid {{ display: grid; grid-template-columns: repeat({columns}, {width}px); gap: 14px; }}
figure {{ margin: 0; }} figcaption {{ font: 600 12px sans-serif; color: #555; margin: 0 0 6px 2px; }}
.frame {{ height: {height}px; overflow: hidden; border-radius: 10px; box-shadow: 0 1px 3px rgba(0,0,0,.25); }}
.frame > .card {{ min-height: 100%; }}
</style></head><body><div class="grid">{body}
</div></body></html>"""
open(out, "w").write(page)
