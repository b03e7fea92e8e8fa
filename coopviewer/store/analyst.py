"""The analyst's own work as one portable file: corrections, baskets and their items.

Hours of work live in these tables, so they can leave the library as one JSON
file (for backup, or to move to a new laptop or a shared library) and come back.
Import merges: nothing already present is duplicated or overwritten.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

FORMAT = "coopviewer-analyst-data"
VERSION = 1


class AnalystDataError(ValueError):
    """An analyst-data file that cannot be read, with the reason."""


def export_data(conn: sqlite3.Connection) -> dict:
    corrections = [
        {"op": op, "entity": key, "value": value, "created": created}
        for op, key, value, created in conn.execute("SELECT op, entity_key, value, created FROM corrections ORDER BY id")
    ]
    baskets = []
    for bid, name, created in conn.execute("SELECT id, name, created FROM baskets ORDER BY name").fetchall():
        items = [
            {
                "position": pos, "doc_sha256": sha, "page": page, "text": text, "rects": json.loads(rects),
                "marks": json.loads(marks), "note": note, "group": group, "source": json.loads(source),
                "removed": bool(removed), "created": icreated,
            }
            for pos, sha, page, text, rects, marks, note, group, source, removed, icreated in conn.execute(
                "SELECT position, doc_sha256, page, text, rects, marks, note, group_label, source, removed, created "
                "FROM basket_items WHERE basket_id = ? ORDER BY position, id",
                (bid,),
            )
        ]
        baskets.append({"name": name, "created": created, "items": items})
    return {"format": FORMAT, "version": VERSION, "corrections": corrections, "baskets": baskets}


def write_export(conn: sqlite3.Connection, path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    tmp.write_text(json.dumps(export_data(conn), ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, target)
    return target


def read_export(path: str | os.PathLike[str]) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise AnalystDataError(f"{path}: cannot read ({exc})") from None
    except ValueError:
        raise AnalystDataError(f"{path}: not a coopviewer analyst-data file (not JSON)") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise AnalystDataError(f"{path}: not a coopviewer analyst-data file")
    if data.get("version", 0) > VERSION:
        raise AnalystDataError(f"{path}: made by a newer coopviewer (format {data.get('version')})")
    return data


def import_data(conn: sqlite3.Connection, data: dict) -> dict:
    """Merge exported analyst data into this library; returns what was added."""
    added = {"corrections": 0, "baskets": 0, "items": 0}
    try:
        existing = {tuple(r) for r in conn.execute("SELECT op, entity_key, IFNULL(value, '') FROM corrections")}
        for c in data.get("corrections", []):
            key = (str(c["op"]), str(c["entity"]), str(c.get("value") or ""))
            if key not in existing:
                conn.execute(
                    "INSERT INTO corrections (op, entity_key, value, created) VALUES (?, ?, ?, ?)",
                    (key[0], key[1], c.get("value"), str(c.get("created", ""))),
                )
                existing.add(key)
                added["corrections"] += 1
        for b in data.get("baskets", []):
            name = str(b["name"])
            row = conn.execute("SELECT id FROM baskets WHERE name = ?", (name,)).fetchone()
            if row:
                bid = row[0]
            else:
                bid = conn.execute("INSERT INTO baskets (name, created) VALUES (?, ?)", (name, str(b.get("created", "")))).lastrowid
                added["baskets"] += 1
            have = {tuple(r) for r in conn.execute("SELECT doc_sha256, page, text FROM basket_items WHERE basket_id = ?", (bid,))}
            pos = conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM basket_items WHERE basket_id = ?", (bid,)).fetchone()[0]
            for it in b.get("items", []):
                key = (str(it["doc_sha256"]), int(it["page"]), str(it["text"]))
                if key in have:
                    continue
                conn.execute(
                    "INSERT INTO basket_items (basket_id, position, doc_sha256, page, text, rects, marks, note, group_label,"
                    " source, removed, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (bid, pos, *key, json.dumps(it.get("rects", [])), json.dumps(it.get("marks", [])), str(it.get("note", "")),
                     str(it.get("group", "")), json.dumps(it.get("source", {}), ensure_ascii=False), int(bool(it.get("removed"))),
                     str(it.get("created", ""))),
                )
                pos += 1
                have.add(key)
                added["items"] += 1
    except (KeyError, TypeError, ValueError) as exc:
        raise AnalystDataError(f"analyst-data file is damaged ({type(exc).__name__}: {exc})") from None
    return added
