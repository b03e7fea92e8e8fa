"""Moving a library between a laptop and the team server: push and pull.

push: every document of a local library that the server lacks (by SHA-256) is copied
with its pages, passages, word boxes, entities, mentions, relations and PDF, each
document in one transaction (an interrupted push leaves whole documents only, and
running it again continues); entities are matched by key; then the analyst's baskets
(now the pushing role's) and corrections (shared) are merged in.

pull: one consistent snapshot of the server (a REPEATABLE READ transaction, so
ingesters may keep writing) copied table by table into a new local library, ids
kept, PDFs written under files/, plus the role's baskets and the shared corrections.
The caller then builds the local search index.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field

from coopviewer.store import analyst as analyst_store
from coopviewer.store.pg import fts
from coopviewer.store.pg.connection import SqliteStyleConnection
from coopviewer.store.schema import SEARCHABLE_SQL

DOC_COLS = "sha256, path, stored, title, kind, date, number, pages, status, error, size, added_at"
TABLES = {  # table → its columns, in the order the pull copies them (parents first)
    "documents": "id, " + DOC_COLS + ", indexed",
    "pages": "doc_id, page, width, height, rotation, text",
    "passages": 'id, doc_id, page, seq, start, "end", text, boxes',
    "entities": "id, key, type, name, english, attrs, hidden",
    "aliases": "entity_id, alias, folded, source",
    "mentions": 'id, entity_id, doc_id, page, passage_id, start, "end", surface, rects',
    "relations": 'id, source_id, target_id, kind, doc_id, passage_id, start, "end"',
}


@dataclass
class TransferReport:
    documents: int = 0
    skipped: int = 0
    pages: int = 0
    analyst: dict = field(default_factory=dict)

    def cli_dict(self) -> dict:
        return {"documents": self.documents, "skipped": self.skipped, "pages": self.pages, "analyst": self.analyst}


def push(src: sqlite3.Connection, root: str, dst: SqliteStyleConnection) -> TransferReport:
    """Copy the local library (`src`, its folder `root`) into the server (`dst`)."""
    report = TransferReport()
    entity_ids: dict[int, int] = {}  # local entity id → server entity id (committed ones)
    docs = src.execute(f"SELECT id, {DOC_COLS} FROM documents WHERE status IN {SEARCHABLE_SQL} ORDER BY id").fetchall()
    for local_id, sha, *rest in docs:
        if dst.execute(f"SELECT 1 FROM documents WHERE sha256 = ? AND status IN {SEARCHABLE_SQL}", (sha,)).fetchone():
            report.skipped += 1
            continue
        stored = rest[1]
        pdf = _read_file(root, stored)
        new_entities: dict[int, int] = {}
        with dst:
            doc_id = dst.execute(f"INSERT INTO documents ({DOC_COLS}) VALUES ({', '.join('?' * 12)})",
                                 (sha, *rest)).lastrowid
            pages = src.execute("SELECT page, width, height, rotation, text FROM pages WHERE doc_id = ?", (local_id,)).fetchall()
            dst.executemany("INSERT INTO pages (doc_id, page, width, height, rotation, text) VALUES (?, ?, ?, ?, ?, ?)",
                            [(doc_id, *p) for p in pages])
            passage_ids: dict[int, int] = {}
            for pid, page, seq, start, end, text, boxes in src.execute(
                    "SELECT id, page, seq, start, end, text, boxes FROM passages WHERE doc_id = ? ORDER BY id", (local_id,)):
                passage_ids[pid] = dst.execute(
                    "INSERT INTO passages (doc_id, page, seq, start, end, text, boxes, tsv) VALUES (?, ?, ?, ?, ?, ?, ?, ?::tsvector)",
                    (doc_id, page, seq, start, end, text, boxes, fts.passage_vector(text))).lastrowid

            def entity(local: int, new: dict[int, int] = new_entities) -> int:
                return _server_entity(src, dst, local, entity_ids, new)

            mentions = src.execute("SELECT entity_id, page, passage_id, start, end, surface, rects FROM mentions "
                                   "WHERE doc_id = ? ORDER BY id", (local_id,)).fetchall()
            dst.executemany("INSERT INTO mentions (entity_id, doc_id, page, passage_id, start, end, surface, rects) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            [(entity(e), doc_id, pg, passage_ids[p], s, en, sf, r) for e, pg, p, s, en, sf, r in mentions])
            relations = src.execute("SELECT source_id, target_id, kind, passage_id, start, end FROM relations "
                                    "WHERE doc_id = ? ORDER BY id", (local_id,)).fetchall()
            dst.executemany("INSERT INTO relations (source_id, target_id, kind, doc_id, passage_id, start, end) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [(entity(a), entity(b), k, doc_id, passage_ids[p], s, e) for a, b, k, p, s, e in relations])
            if pdf is not None:
                dst.execute("INSERT INTO files (sha256, pdf) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING", (sha, pdf))
            dst.execute("SELECT nextval('generation')")
        entity_ids.update(new_entities)  # only once committed
        report.documents += 1
        report.pages += len(pages)
    with dst:
        report.analyst = analyst_store.import_data(dst, analyst_store.export_data(src))
    return report


def _server_entity(src, dst, local: int, known: dict[int, int], new: dict[int, int]) -> int:
    """The server's id of a local entity: matched by key, created (with its aliases) when new."""
    if local in known:
        return known[local]
    if local in new:
        return new[local]
    key, type_, name, english, attrs, hidden = src.execute(
        "SELECT key, type, name, english, attrs, hidden FROM entities WHERE id = ?", (local,)).fetchone()
    eid = dst.execute("INSERT INTO entities (key, type, name, english, attrs, hidden) VALUES (?, ?, ?, ?, ?, ?)",
                      (key, type_, name, english, attrs, hidden)).lastrowid
    dst.executemany("INSERT OR IGNORE INTO aliases (entity_id, alias, folded, source) VALUES (?, ?, ?, ?)",
                    [(eid, *a) for a in src.execute("SELECT alias, folded, source FROM aliases WHERE entity_id = ?",
                                                    (local,))])
    new[local] = eid
    return eid


def _read_file(root: str, stored: str | None) -> bytes | None:
    if not stored:
        return None
    try:
        with open(os.path.join(root, stored), "rb") as f:
            return f.read()
    except OSError:
        return None


def pull(pg, dst: sqlite3.Connection, root: str) -> TransferReport:
    """Copy the server (a fresh psycopg connection `pg`) into the empty local library `dst` at `root`."""
    import psycopg

    report = TransferReport()
    pg.autocommit = False
    pg.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    pg.read_only = True
    try:
        with dst:
            for table, cols in TABLES.items():
                marks = ", ".join("?" * len(cols.split(",")))
                local_cols = cols.replace('"end"', "end")
                batch: list = []
                for row in pg.cursor().stream(f"SELECT {cols} FROM {table}"):
                    batch.append(row)
                    if len(batch) >= 5000:
                        dst.executemany(f"INSERT INTO {table} ({local_cols}) VALUES ({marks})", batch)
                        batch = []
                dst.executemany(f"INSERT INTO {table} ({local_cols}) VALUES ({marks})", batch)
            for sha, stored in dst.execute("SELECT sha256, stored FROM documents WHERE stored IS NOT NULL").fetchall():
                row = pg.execute("SELECT pdf FROM files WHERE sha256 = %s", (sha,)).fetchone()
                if row is None:
                    continue
                path = os.path.join(root, stored)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as f:
                    f.write(row[0])
            data = analyst_store.export_data(_Snapshot(pg))
            report.analyst = analyst_store.import_data(dst, data)
            report.documents = dst.execute(f"SELECT COUNT(*) FROM documents WHERE status IN {SEARCHABLE_SQL}").fetchone()[0]
            report.pages = dst.execute("SELECT COUNT(*) FROM pages").fetchone()[0]
            dst.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
        pg.rollback()
    finally:
        pg.close()
    return report


class _Snapshot(SqliteStyleConnection):
    """The pull's snapshot transaction, for the analyst-data reader (statements only, no commit)."""
