"""The analyst's corrections table, and which state of it the entity tables were built from.

A correction is committed first and applied (re-extraction, or a direct update for
rename and hide) after it. If the process dies in between, the entity tables still
reflect the older corrections. The library therefore stores a fingerprint of the
corrections it last applied, in the same transaction as the entity tables, and
replays the corrections on the next writable open when the fingerprints differ.
"""

from __future__ import annotations

import hashlib
import sqlite3

from coopviewer.store.documents import now

_APPLIED_KEY = "corrections_applied"
_COLUMNS = ("id", "op", "entity", "value", "created")


def add(conn: sqlite3.Connection, op: str, entity_key: str, value: str | None) -> int:
    """Record a correction (the caller owns the transaction); returns its id."""
    cur = conn.execute(
        "INSERT INTO corrections (op, entity_key, value, created) VALUES (?, ?, ?, ?)", (op, entity_key, value, now())
    )
    return int(cur.lastrowid)


def rows(conn: sqlite3.Connection) -> list[dict]:
    """Every correction, oldest first, as the CLI's `correct list --json` shows it."""
    found = conn.execute("SELECT id, op, entity_key, value, created FROM corrections ORDER BY id").fetchall()
    return [dict(zip(_COLUMNS, r, strict=True)) for r in found]


def get(conn: sqlite3.Connection, correction_id: int) -> dict | None:
    row = conn.execute(
        "SELECT id, op, entity_key, value, created FROM corrections WHERE id = ?", (correction_id,)
    ).fetchone()
    return dict(zip(_COLUMNS, row, strict=True)) if row else None


def last_id(conn: sqlite3.Connection) -> int | None:
    return conn.execute("SELECT MAX(id) FROM corrections").fetchone()[0]


def delete(conn: sqlite3.Connection, correction_id: int) -> None:
    conn.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))


def fingerprint(conn: sqlite3.Connection) -> str:
    """A digest of every correction; equal digests mean the same corrections in the same order."""
    digest = hashlib.sha256()
    for row in conn.execute("SELECT id, op, entity_key, IFNULL(value, '') FROM corrections ORDER BY id"):
        digest.update(repr(tuple(row)).encode("utf-8", "backslashreplace"))
    return digest.hexdigest()


def applied(conn: sqlite3.Connection) -> str:
    """The fingerprint the entity tables were last built from (none yet: no corrections)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_APPLIED_KEY,)).fetchone()
    return row[0] if row else hashlib.sha256().hexdigest()


def mark_stale(conn: sqlite3.Connection) -> None:
    """Make the next writable open extract the entities again (a new release finds more)."""
    mark_applied(conn, "stale")


def mark_applied(conn: sqlite3.Connection, digest: str) -> None:
    """Record that the entity tables now reflect `digest` (inside their own transaction)."""
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (_APPLIED_KEY, digest),
    )
