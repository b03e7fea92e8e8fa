"""Salvage a damaged library database into a new one: every row that can still be read.

A damaged SQLite file (a disk fault, a copy cut short) usually stays readable in
parts. The ingested text (documents, pages, passages with their word boxes) and the
analyst's own work (corrections, baskets) are copied row by row, skipping what cannot
be read and counting it; entities, mentions and relations are derived, so the new
library extracts them again, and its search index is rebuilt.
"""

from __future__ import annotations

import sqlite3

# Parents first, so a child row finds its parent (documents before pages and passages).
SALVAGED = ("documents", "pages", "passages", "corrections", "baskets", "basket_items")
CHUNK = 512  # rows per read; a chunk that fails is read again row by row


def damage(conn: sqlite3.Connection) -> str | None:
    """What SQLite's quick check finds wrong with the database, or None when it is sound."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows)


def salvage(damaged_path: str, target: sqlite3.Connection) -> dict[str, dict[str, int]]:
    """Copy every readable row of SALVAGED from `damaged_path` into `target` (same schema).

    Returns {table: {"copied": n, "lost": m}}; a table that cannot be read at all
    counts what its row ids promised, or -1 when even those are unreadable.
    """
    source = sqlite3.connect(f"file:{damaged_path}?mode=ro", uri=True)
    report: dict[str, dict[str, int]] = {}
    try:
        for table in SALVAGED:
            report[table] = _copy_table(source, target, table)
    finally:
        source.close()
    return report


def _copy_table(source: sqlite3.Connection, target: sqlite3.Connection, table: str) -> dict[str, int]:
    wanted = [r[1] for r in target.execute(f"PRAGMA table_info({table})")]
    try:
        have = {r[1] for r in source.execute(f"PRAGMA table_info({table})")}
        top = source.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        return {"copied": 0, "lost": -1}
    columns = [c for c in wanted if c in have]
    names = ", ".join(columns)
    insert = f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    copied = lost = 0
    for low in range(0, top + 1, CHUNK):
        try:
            rows = source.execute(f"SELECT {names} FROM {table} WHERE rowid BETWEEN ? AND ?",
                                  (low, low + CHUNK - 1)).fetchall()
        except sqlite3.DatabaseError:
            rows = []
            for rowid in range(low, low + CHUNK):
                try:
                    row = source.execute(f"SELECT {names} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
                except sqlite3.DatabaseError:
                    lost += 1
                    continue
                if row is not None:
                    rows.append(row)
        try:
            with target:
                target.executemany(insert, rows)
            copied += len(rows)
        except sqlite3.IntegrityError:  # a child whose parent was lost: the rest still go in
            for row in rows:
                try:
                    with target:
                        target.execute(insert, row)
                    copied += 1
                except sqlite3.IntegrityError:
                    lost += 1
    return {"copied": copied, "lost": lost}
