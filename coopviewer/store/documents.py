"""Documents, pages and passages: written in one transaction per document.

The store knows the ingest's output only by its shape (the Protocols below), so it
imports nothing from the layers above it.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any, Protocol

from coopviewer.geometry import Box, pack_boxes, unpack_boxes
from coopviewer.models import DocumentInfo, PageInfo, PassageInfo
from coopviewer.store.schema import SEARCHABLE_SQL as SEARCHABLE


class Passage(Protocol):
    """What the store keeps of an extracted passage (ingest's Passage has it)."""

    text: str
    boxes: list[Box]


class DocumentData(Protocol):
    """What the store keeps of an extracted document (ingest's DocumentData has it):
    its pages (number, size, rotation, text, passages) and metadata."""

    sha256: str
    path: str
    size: int
    status: str
    note: str | None
    meta: Any
    pages: list[Any]

DOC_COLUMNS = "id, path, title, kind, date, number, pages, status, error, stored, sha256"



def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def doc_from_row(row: tuple) -> DocumentInfo:
    return DocumentInfo(*row)


def find_by_sha(conn: sqlite3.Connection, sha256: str) -> DocumentInfo | None:
    row = conn.execute(
        f"SELECT {DOC_COLUMNS} FROM documents WHERE sha256 = ? AND status IN {SEARCHABLE}", (sha256,)
    ).fetchone()
    return doc_from_row(row) if row else None


def find_by_path(conn: sqlite3.Connection, path: str) -> list[DocumentInfo]:
    rows = conn.execute(f"SELECT {DOC_COLUMNS} FROM documents WHERE path = ?", (path,)).fetchall()
    return [doc_from_row(r) for r in rows]


def list_documents(conn: sqlite3.Connection) -> list[DocumentInfo]:
    rows = conn.execute(f"SELECT {DOC_COLUMNS} FROM documents ORDER BY path").fetchall()
    return [doc_from_row(r) for r in rows]


def get_document(conn: sqlite3.Connection, doc_id: int) -> DocumentInfo | None:
    row = conn.execute(f"SELECT {DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return doc_from_row(row) if row else None


def insert_document(conn: sqlite3.Connection, data: DocumentData, stored: str) -> tuple[int, list[tuple[int, int, Passage]]]:
    """Insert a document with its pages and passages (caller owns the transaction).

    Returns the new document id and (passage_id, page, passage) of its passages.
    """
    cur = conn.execute(
        "INSERT INTO documents (sha256, path, stored, title, kind, date, number, pages, status, error, size, added_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            data.sha256, data.path, stored, data.meta.title, data.meta.kind, data.meta.date,
            data.meta.number, len(data.pages), data.status, data.note, data.size, now(),
        ),
    )
    doc_id = int(cur.lastrowid)
    conn.executemany(
        "INSERT INTO pages (doc_id, page, width, height, rotation, text) VALUES (?, ?, ?, ?, ?, ?)",
        [(doc_id, p.number, p.width, p.height, p.rotation, p.text) for p in data.pages],
    )
    passages: list[tuple[int, int, Passage]] = []
    for page in data.pages:
        offset = 0
        for seq, passage in enumerate(page.passages):
            cur = conn.execute(
                "INSERT INTO passages (doc_id, page, seq, start, end, text, boxes) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (doc_id, page.number, seq, offset, offset + len(passage.text), passage.text, pack_boxes(passage.boxes)),
            )
            passages.append((int(cur.lastrowid), page.number, passage))
            offset += len(passage.text) + 2
    return doc_id, passages


def insert_failed(conn: sqlite3.Connection, path: str, sha256: str, size: int, status: str, error: str) -> None:
    """Record a file that could not be ingested, replacing an earlier record of it."""
    conn.execute(f"DELETE FROM documents WHERE path = ? AND status NOT IN {SEARCHABLE}", (path,))
    conn.execute(
        "INSERT INTO documents (sha256, path, stored, title, kind, date, number, pages, status, error, size, added_at)"
        " VALUES (?, ?, NULL, ?, 'document', NULL, NULL, 0, ?, ?, ?, ?)",
        (sha256, path, path.rsplit("/", 1)[-1], status, error, size, now()),
    )


def delete_document(conn: sqlite3.Connection, doc_id: int) -> None:
    conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))


def get_page(conn: sqlite3.Connection, doc_id: int, page: int) -> PageInfo | None:
    row = conn.execute(
        "SELECT doc_id, page, width, height, rotation FROM pages WHERE doc_id = ? AND page = ?", (doc_id, page)
    ).fetchone()
    return PageInfo(*row) if row else None


def get_passage(conn: sqlite3.Connection, passage_id: int) -> PassageInfo | None:
    row = conn.execute("SELECT id, doc_id, page, text, boxes FROM passages WHERE id = ?", (passage_id,)).fetchone()
    if not row:
        return None
    return PassageInfo(row[0], row[1], row[2], row[3], unpack_boxes(row[4]))


def get_passages(conn: sqlite3.Connection, ids: list[int]) -> dict[int, PassageInfo]:
    out: dict[int, PassageInfo] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT id, doc_id, page, text, boxes FROM passages WHERE id IN ({marks})", chunk):
            out[row[0]] = PassageInfo(row[0], row[1], row[2], row[3], unpack_boxes(row[4]))
    return out


def page_passages(conn: sqlite3.Connection, doc_id: int, page: int) -> list[PassageInfo]:
    rows = conn.execute(
        "SELECT id, doc_id, page, text, boxes FROM passages WHERE doc_id = ? AND page = ? ORDER BY seq", (doc_id, page)
    ).fetchall()
    return [PassageInfo(r[0], r[1], r[2], r[3], unpack_boxes(r[4])) for r in rows]
