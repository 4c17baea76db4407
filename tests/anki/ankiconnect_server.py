#!/usr/bin/env python3
"""A stand-in for the AnkiConnect add-on, for deckgen's push tests and benchmark.

It answers the AnkiConnect actions (API version 6) that `deckgen push` uses, over a real Anki
collection opened with the `anki` Python package, each action done with the collection's own
methods, so what the tests see afterwards is what Anki stores. It is our own code, written from
AnkiConnect's documented request and reply shapes (README and source of FooSoft/anki-connect):
`{"action", "version", "params", "key"}` in, `{"result", "error"}` out; `multi` runs each inner
action as its own request (the key is checked on each; an inner action without a version gets the
bare version-4 reply).

Switches reproduce add-on bugs and faults:
  --key KEY                 require this API key ("valid api key must be provided" otherwise)
  --api-version N           what `version` answers (default 6)
  --die-after N             answer N HTTP requests, then exit without answering (Anki closed)
  --reject-card-id ID       refuse to store a note whose CardId field is ID (add or update)
  --bug-import-default-deck imported new cards land in the `Default` deck (as `addNote` with
                            recent Anki: FooSoft/anki-connect#385 "addNote notes added to default
                            despite having a deckname")
  --bug-lost-updates N      the first N `updateNote` calls answer success and change nothing
                            (FooSoft/anki-connect#82 "updateNoteFields does nothing")

It binds 127.0.0.1 only, prints `listening on 127.0.0.1:PORT` when ready (`--port 0` picks a free
port) and stops by itself after --idle seconds without a request (default 120).
"""

import argparse
import base64
import glob
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

from anki.collection import (
    Collection,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)
from anki.consts import QUEUE_TYPE_SUSPENDED
from anki.errors import NotFoundError


class AnkiConnectStandIn:
    """The actions, over one open collection."""

    def __init__(self, col, args):
        self.col = col
        self.args = args
        self.lost_updates = args.bug_lost_updates

    # -- dispatch -------------------------------------------------------------------------

    def handle(self, request):
        name = request.get("action", "")
        version = request.get("version", 4)
        params = request.get("params", {}) or {}
        try:
            if name != "requestPermission" and request.get("key") != self.args.key:
                raise Exception("valid api key must be provided")
            method = getattr(self, "act_" + name, None)
            if method is None:
                raise Exception("unsupported action")
            result = method(**params)
            return result if version <= 4 else {"result": result, "error": None}
        except Exception as e:  # AnkiConnect turns every failure into its message
            return {"result": None, "error": str(e)}

    # -- actions --------------------------------------------------------------------------

    def act_version(self):
        return self.args.api_version

    def act_requestPermission(self, origin="", allowed=True):
        return {"permission": "granted", "requireApikey": self.args.key is not None,
                "version": self.args.api_version}

    def act_multi(self, actions):
        return [self.handle(a) for a in actions]

    def act_modelNamesAndIds(self):
        return {m.name: int(m.id) for m in self.col.models.all_names_and_ids()}

    def act_deckNames(self):
        return [d.name for d in self.col.decks.all_names_and_ids()]

    def model(self, name):
        m = self.col.models.by_name(name)
        if m is None:
            raise Exception(f"model was not found: {name}")
        return m

    def act_modelFieldNames(self, modelName):
        return [f["name"] for f in self.model(modelName)["flds"]]

    def act_modelTemplates(self, modelName):
        return {t["name"]: {"Front": t["qfmt"], "Back": t["afmt"]}
                for t in self.model(modelName)["tmpls"]}

    def act_modelStyling(self, modelName):
        return {"css": self.model(modelName)["css"]}

    def act_updateModelTemplates(self, model):
        m = self.model(model["name"])
        for t in m["tmpls"]:
            new = model["templates"].get(t["name"])
            if new:
                t["qfmt"] = new.get("Front") or t["qfmt"]
                t["afmt"] = new.get("Back") or t["afmt"]
        self.col.models.update_dict(m)

    def act_updateModelStyling(self, model):
        m = self.model(model["name"])
        m["css"] = model["css"]
        self.col.models.update_dict(m)

    def act_findNotes(self, query=None):
        return [] if query is None else [int(n) for n in self.col.find_notes(query)]

    def act_notesInfo(self, notes):
        out = []
        for nid in notes:
            try:
                note = self.col.get_note(nid)
            except NotFoundError:
                out.append({})
                continue
            model = note.note_type()
            out.append({
                "noteId": note.id,
                "tags": note.tags,
                "fields": {f["name"]: {"value": note.fields[f["ord"]], "order": f["ord"]}
                           for f in model["flds"]},
                "modelName": model["name"],
                "cards": [c.id for c in sorted(note.cards(), key=lambda c: c.ord)],
            })
        return out

    def act_getDecks(self, cards):
        decks = {}
        for cid in cards:
            name = self.col.decks.name(self.col.get_card(cid).did)
            decks.setdefault(name, []).append(cid)
        return decks

    def act_areSuspended(self, cards):
        out = []
        for cid in cards:
            try:
                out.append(self.col.get_card(cid).queue == QUEUE_TYPE_SUSPENDED)
            except NotFoundError:
                out.append(None)
        return out

    def act_createDeck(self, deck):
        return self.col.decks.id(deck)

    def act_changeDeck(self, cards, deck):
        self.col.set_deck(cards, self.col.decks.id(deck))

    def act_suspend(self, cards, suspend=True):
        cards = [c for c in cards
                 if (self.col.get_card(c).queue == QUEUE_TYPE_SUSPENDED) != suspend]
        if not cards:
            return False
        if suspend:
            self.col.sched.suspend_cards(cards)
        else:
            self.col.sched.unsuspend_cards(cards)
        return True

    def act_unsuspend(self, cards):
        return self.act_suspend(cards, False)

    def act_addTags(self, notes, tags, add=True):
        if add:
            self.col.tags.bulk_add(notes, tags)
        else:
            self.col.tags.bulk_remove(notes, tags)

    def act_removeTags(self, notes, tags):
        return self.act_addTags(notes, tags, False)

    def act_updateNote(self, note):
        if "fields" not in note and "tags" not in note:
            raise Exception('Must provide a "fields" or "tags" property.')
        if self.lost_updates > 0:
            self.lost_updates -= 1
            return None
        anki_note = self.col.get_note(note["id"])
        for name, value in note.get("fields", {}).items():
            if name in anki_note:
                anki_note[name] = value
        self.check_rejected(anki_note)
        if "tags" in note:
            anki_note.tags = list(note["tags"])
        self.col.update_note(anki_note)

    def act_deleteNotes(self, notes):
        self.col.remove_notes(notes)

    def act_storeMediaFile(self, filename, data=None, deleteExisting=True, **_):
        if data is None:
            raise Exception('You must provide a "data", "path", or "url" field.')
        if deleteExisting and os.path.exists(os.path.join(self.col.media.dir(), filename)):
            self.col.media.trash_files([filename])
        return self.col.media.write_data(filename, base64.b64decode(data))

    def act_getMediaDirPath(self):
        return os.path.abspath(self.col.media.dir())

    def act_getMediaFilesNames(self, pattern="*"):
        # AnkiConnect globs the pattern inside the media folder and answers the base names.
        return sorted(os.path.basename(p)
                      for p in glob.glob(os.path.join(self.col.media.dir(), pattern)))

    def act_deleteMediaFile(self, filename):
        self.col.media.trash_files([filename])

    def act_importPackage(self, path):
        before = set(self.col.find_notes(""))
        if self.args.reject_card_id:
            self.check_package(path)
        # What AnkiConnect's importPackage runs on Anki 26 (its legacy AnkiPackageImporter).
        self.col.import_anki_package(ImportAnkiPackageRequest(
            package_path=path,
            options=ImportAnkiPackageOptions(
                merge_notetypes=True, with_scheduling=True, with_deck_configs=True),
        ))
        if self.args.bug_import_default_deck:
            new = [n for n in self.col.find_notes("") if n not in before]
            cards = [c for n in new for c in self.col.card_ids_of_note(n)]
            self.col.set_deck(cards, 1)
        return True

    # -- faults ---------------------------------------------------------------------------

    def check_rejected(self, note):
        if self.args.reject_card_id and "CardId" in note and \
                note["CardId"] == self.args.reject_card_id:
            raise Exception("cannot create note because it is empty")

    def check_package(self, path):
        import sqlite3
        import tempfile
        import zipfile
        with zipfile.ZipFile(path) as z, tempfile.TemporaryDirectory() as tmp:
            name = "collection.anki21" if "collection.anki21" in z.namelist() \
                else "collection.anki2"
            z.extract(name, tmp)
            db = sqlite3.connect(os.path.join(tmp, name))
            for (flds,) in db.execute("select flds from notes"):
                if flds.split("\x1f")[-1] == self.args.reject_card_id:
                    db.close()
                    raise Exception("cannot create note because it is empty")
            db.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--collection", required=True)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--key", default=None)
    ap.add_argument("--api-version", type=int, default=6)
    ap.add_argument("--die-after", type=int, default=None)
    ap.add_argument("--reject-card-id", default=None)
    ap.add_argument("--bug-import-default-deck", action="store_true")
    ap.add_argument("--bug-lost-updates", type=int, default=0)
    ap.add_argument("--idle", type=float, default=120.0)
    args = ap.parse_args()

    col = Collection(args.collection)
    standin = AnkiConnectStandIn(col, args)
    served = [0]

    class Handler(BaseHTTPRequestHandler):
        # One request per connection (HTTP/1.0): the server is single-threaded, so a client's
        # idle keep-alive connection must never hold it.
        protocol_version = "HTTP/1.0"
        timeout = args.idle

        def do_POST(self):
            if args.die_after is not None and served[0] >= args.die_after:
                # Anki closes: the collection keeps what was done, the request gets no answer.
                col.close()
                os._exit(3)
            served[0] += 1
            length = int(self.headers.get("Content-Length", "0"))
            try:
                request = json.loads(self.rfile.read(length) or b"{}")
                reply = standin.handle(request)
            except ValueError as e:
                reply = {"result": None, "error": str(e)}
            body = json.dumps(reply).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_):
            pass

    server = HTTPServer(("127.0.0.1", args.port), Handler)
    server.timeout = args.idle
    print(f"listening on 127.0.0.1:{server.server_address[1]}", flush=True)
    try:
        while True:
            before = served[0]
            server.handle_request()
            if served[0] == before:  # timed out: nobody is pushing any more
                break
    finally:
        col.close()


if __name__ == "__main__":
    sys.exit(main())
