"""The analyst's own work as one portable file: corrections, baskets and their items.

Hours of work live in these tables, so they can leave the library as one JSON
file (for backup, or to move to a new laptop or a shared library) and come back.
Import merges: nothing already present is duplicated or overwritten.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

from coopviewer.store.analyst_schema import FORMAT, VERSION, SchemaError, validate

MAX_FILE_BYTES = 512 * 1024 * 1024


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
    """Read and validate an analyst-data file; raises AnalystDataError naming the bad record."""
    try:
        # Non-blocking, so a FIFO given as the file is refused instead of waited on.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise AnalystDataError(f"{path}: not a regular file")
            if info.st_size > MAX_FILE_BYTES:
                raise AnalystDataError(f"{path}: too large for an analyst-data file ({info.st_size:,} bytes)")
            raw = fh.read(MAX_FILE_BYTES + 1)
        data = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except OSError as exc:
        raise AnalystDataError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise AnalystDataError(f"{path}: not a coopviewer analyst-data file (not UTF-8 text)") from None
    except RecursionError:
        raise AnalystDataError(f"{path}: not a coopviewer analyst-data file (nested too deeply)") from None
    except ValueError as exc:
        raise AnalystDataError(f"{path}: not a coopviewer analyst-data file (not JSON: {exc})") from None
    try:
        validate(data)
    except SchemaError as exc:
        raise AnalystDataError(f"{path}: {exc}; nothing was imported") from None
    return data


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


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
