"""Briefing baskets: the analyst's collected passages, notes and order.

Items keep a snapshot of what they cite (text, page, rectangles, the source's
title/date/number) and point at their document by SHA-256, not by row id: a
re-ingest renumbers documents and passages, and a basket must survive that.
Removal is soft (a flag) so it can be undone.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from coopviewer.store.documents import now


@dataclass
class BasketItem:
    id: int
    basket_id: int
    position: int
    doc_sha256: str
    page: int
    text: str
    rects: list[tuple[float, float, float, float]]
    marks: list[list[int]]  # char spans in `text` to mark (entity or search terms)
    note: str
    group: str
    source: dict = field(default_factory=dict)  # title, date, number, kind, path at the time of adding


@dataclass
class Basket:
    id: int
    name: str
    items: list[BasketItem]


class BasketError(ValueError):
    """A basket operation that cannot be done, with the reason."""


def ensure_basket(conn: sqlite3.Connection, name: str) -> int:
    name = name.strip()
    if not name:
        raise BasketError("a basket needs a name")
    row = conn.execute("SELECT id FROM baskets WHERE name = ?", (name,)).fetchone()
    if row:
        return int(row[0])
    cur = conn.execute("INSERT INTO baskets (name, created) VALUES (?, ?)", (name, now()))
    return int(cur.lastrowid)


def basket_names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM baskets ORDER BY name")]


def add_item(
    conn: sqlite3.Connection,
    basket: str,
    *,
    doc_sha256: str,
    page: int,
    text: str,
    rects: list,
    marks: list[list[int]] | None = None,
    note: str = "",
    group: str = "",
    source: dict | None = None,
) -> int:
    basket_id = ensure_basket(conn, basket)
    pos = conn.execute(
        "SELECT COALESCE(MAX(position), -1) + 1 FROM basket_items WHERE basket_id = ?", (basket_id,)
    ).fetchone()[0]
    cur = conn.execute(
        "INSERT INTO basket_items (basket_id, position, doc_sha256, page, text, rects, marks, note, group_label, source, created)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            basket_id, pos, doc_sha256, page, text, json.dumps([list(r) for r in rects]),
            json.dumps(marks or []), note, group, json.dumps(source or {}, ensure_ascii=False), now(),
        ),
    )
    return int(cur.lastrowid)


def get_basket(conn: sqlite3.Connection, name: str) -> Basket:
    row = conn.execute("SELECT id, name FROM baskets WHERE name = ?", (name,)).fetchone()
    if not row:
        raise BasketError(f"no basket named '{name}'")
    rows = conn.execute(
        "SELECT id, basket_id, position, doc_sha256, page, text, rects, marks, note, group_label, source "
        "FROM basket_items WHERE basket_id = ? AND removed = 0 ORDER BY position, id",
        (row[0],),
    ).fetchall()
    items = [
        BasketItem(r[0], r[1], r[2], r[3], r[4], r[5], [tuple(x) for x in json.loads(r[6])], json.loads(r[7]), r[8], r[9],
                   json.loads(r[10] or "{}"))
        for r in rows
    ]
    return Basket(row[0], row[1], items)


def remove_item(conn: sqlite3.Connection, item_id: int) -> None:
    conn.execute("UPDATE basket_items SET removed = 1 WHERE id = ?", (item_id,))


def restore_item(conn: sqlite3.Connection, item_id: int) -> None:
    conn.execute("UPDATE basket_items SET removed = 0 WHERE id = ?", (item_id,))


def set_note(conn: sqlite3.Connection, item_id: int, note: str) -> None:
    conn.execute("UPDATE basket_items SET note = ? WHERE id = ?", (note, item_id))


def set_group(conn: sqlite3.Connection, item_id: int, group: str) -> None:
    conn.execute("UPDATE basket_items SET group_label = ? WHERE id = ?", (group, item_id))


def reorder(conn: sqlite3.Connection, basket: str, item_ids: list[int]) -> None:
    """Give the items of a basket the order of `item_ids` (others keep theirs, after)."""
    b = get_basket(conn, basket)
    known = {i.id for i in b.items}
    if set(item_ids) - known:
        raise BasketError("reorder names items that are not in the basket")
    order = item_ids + [i.id for i in b.items if i.id not in set(item_ids)]
    conn.executemany("UPDATE basket_items SET position = ? WHERE id = ?", [(n, i) for n, i in enumerate(order)])


def rename_basket(conn: sqlite3.Connection, old: str, new: str) -> None:
    if not new.strip():
        raise BasketError("a basket needs a name")
    conn.execute("UPDATE baskets SET name = ? WHERE name = ?", (new.strip(), old))


def delete_basket(conn: sqlite3.Connection, name: str) -> None:
    conn.execute("DELETE FROM baskets WHERE name = ?", (name,))
