"""The library's SQLite schema and its migrations.

SQLite is the truth: the search index is rebuilt from these tables. Tables fall in
two families with different lifetimes:

* derived from the documents (documents, pages, passages, entities, aliases,
  mentions, relations): dropped and recreated by re-ingest;
* the analyst's own work (corrections, baskets, basket_items, notes): never touched
  by re-ingest or reindex.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable

from coopviewer.models import SEARCHABLE_STATUSES

# 2: mentions_entity_doc covers passage_id
# 3: the search index lives in one folder per build, named in meta (index_build, engine)
#    and stamped with meta's generation; documents.indexed is no longer read
# 4: mentions.part_of: a name split over a page break is one mention in two rows, the
#    second naming the first; the entities are extracted again on the next writable open
SCHEMA_VERSION = 4
SEARCHABLE_SQL = "(" + ", ".join(f"'{s}'" for s in SEARCHABLE_STATUSES) + ")"


class SchemaTooNew(sqlite3.DatabaseError):
    """A library written by a newer coopviewer than this one."""

DDL = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    path TEXT NOT NULL,
    stored TEXT,
    title TEXT,
    kind TEXT,
    date TEXT,
    number TEXT,
    pages INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    error TEXT,
    size INTEGER,
    added_at TEXT,
    indexed INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS documents_sha ON documents(sha256) WHERE status IN {SEARCHABLE_SQL};
CREATE INDEX IF NOT EXISTS documents_sha_any ON documents(sha256);
CREATE INDEX IF NOT EXISTS documents_path ON documents(path);
CREATE INDEX IF NOT EXISTS documents_number ON documents(number);

CREATE TABLE IF NOT EXISTS pages (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    rotation INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    PRIMARY KEY (doc_id, page)
);

CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    boxes BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc_id, page, seq);

CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    english TEXT,
    attrs TEXT NOT NULL DEFAULT '{}',
    hidden INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS entities_type ON entities(type, name);

CREATE TABLE IF NOT EXISTS aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    folded TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX IF NOT EXISTS aliases_folded ON aliases(folded);

CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    surface TEXT NOT NULL,
    rects TEXT NOT NULL,
    part_of INTEGER  -- the mention's first part, for its part on the next page; NULL for the mention itself
);
-- covering: an entity's passages per document come from the index alone (entity click)
DROP INDEX IF EXISTS mentions_entity;
CREATE INDEX IF NOT EXISTS mentions_entity_doc ON mentions(entity_id, doc_id, page, passage_id);
CREATE INDEX IF NOT EXISTS mentions_passage ON mentions(passage_id);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);

CREATE TABLE IF NOT EXISTS relations (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS relations_source ON relations(source_id);
CREATE INDEX IF NOT EXISTS relations_target ON relations(target_id);

""".replace("{SEARCHABLE_SQL}", SEARCHABLE_SQL)

# The analyst's work: never dropped by re-ingest or reindex. In a shared library
# these tables live in the analyst's own file instead (see Library(analyst_path=…)).
ANALYST_DDL = """
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY,
    op TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    value TEXT,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS baskets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS basket_items (
    id INTEGER PRIMARY KEY,
    basket_id INTEGER NOT NULL REFERENCES baskets(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    doc_sha256 TEXT NOT NULL,
    page INTEGER NOT NULL,
    text TEXT NOT NULL,
    rects TEXT NOT NULL DEFAULT '[]',
    marks TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    group_label TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '{}',
    removed INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS basket_items_basket ON basket_items(basket_id, removed, position);
"""


def connect(path: str, *, readonly: bool = False, immutable: bool = False) -> sqlite3.Connection:
    """Open the library database in WAL mode, so readers never block on the writer."""
    if readonly:
        # On a read-only share SQLite cannot create the WAL's shared-memory file:
        # open such a library as immutable (nobody writes it there anyway) — unless a
        # crash left committed work in the WAL, which immutable would silently skip:
        # then a private copy of the database and its WAL is read instead.
        folder_writable = os.access(os.path.dirname(os.path.abspath(path)), os.W_OK)
        if not folder_writable and not immutable and _wal_holds_data(path):
            return _snapshot(path)
        flags = "mode=ro" if folder_writable and not immutable else "mode=ro&immutable=1"
        conn = sqlite3.connect(f"file:{path}?{flags}", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _wal_holds_data(path: str) -> bool:
    try:
        return os.path.getsize(path + "-wal") > 0
    except OSError:
        return False


def _snapshot(path: str) -> sqlite3.Connection:
    """A read-only connection on a private copy of the database and its WAL (temp folder).

    SQLite folds the WAL into the copy as it opens it, so the newest committed work (a
    library left by a crash on a read-only mount) is seen; the copy goes at exit.
    """
    import atexit
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="coopviewer-snapshot-")
    atexit.register(shutil.rmtree, folder, True)
    copy = os.path.join(folder, os.path.basename(path))
    shutil.copyfile(path, copy)
    shutil.copyfile(path + "-wal", copy + "-wal")
    conn = sqlite3.connect(copy, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _v3_index_per_build(conn: sqlite3.Connection) -> None:
    """The index moved to one folder per build: the old one is rebuilt on this open."""
    conn.execute("DELETE FROM meta WHERE key IN ('index_build', 'index_build_previous')")


def _v4_mention_parts(conn: sqlite3.Connection) -> None:
    """Mentions may have a second part on the next page: found by extracting again."""
    from coopviewer.store.corrections import mark_stale  # here: corrections imports this module

    conn.execute("ALTER TABLE mentions ADD COLUMN part_of INTEGER")
    mark_stale(conn)


# version → the step that brings a library of the version before it up to it
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: lambda conn: None,  # the covering index: created by the DDL (its old one dropped there)
    3: _v3_index_per_build,
    4: _v4_mention_parts,
}


# version → what lets a library of the version before it be READ as if upgraded, when it
# may not be written (a read-only open: a share, a second window on an old library). Temp
# views shadow the main tables for this connection only; the file is never touched.
READ_SHIMS: dict[int, list[str]] = {
    4: ["CREATE TEMP VIEW IF NOT EXISTS mentions AS SELECT *, NULL AS part_of FROM main.mentions"],
}


def shim_for_reading(conn: sqlite3.Connection) -> None:
    """Make an older library readable by this version's queries without writing to it."""
    try:
        found = schema_version(conn)
    except sqlite3.DatabaseError:
        return
    if not found or found >= SCHEMA_VERSION:
        return
    for version in range(found + 1, SCHEMA_VERSION + 1):
        for statement in READ_SHIMS.get(version, []):
            conn.execute(statement)


def schema_version(conn: sqlite3.Connection) -> int:
    """The version a library was written with (0: a new, empty database)."""
    has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    if not has_meta:
        return 0
    return int(get_meta(conn, "schema_version") or 0)


def migrate(conn: sqlite3.Connection) -> int:
    """Create missing tables and bring an older library up to SCHEMA_VERSION; returns the version found.

    Each step runs in the transaction that records its version, so a library killed
    midway is upgraded from the last finished step on the next open.
    """
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise SchemaTooNew(f"the library was written by a newer coopviewer (schema {found}, this one reads "
                           f"up to {SCHEMA_VERSION}); update coopviewer to open it")
    conn.executescript(DDL)
    conn.executescript(ANALYST_DDL)
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('generation', '0')")
    conn.commit()
    start = found + 1 if found else SCHEMA_VERSION + 1  # a new database is born current
    for version in range(start, SCHEMA_VERSION + 1):
        with conn:
            MIGRATIONS[version](conn)
            set_meta(conn, "schema_version", str(version))
    if not found:
        with conn:
            set_meta(conn, "schema_version", str(SCHEMA_VERSION))
    return found


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    """Set (or with None, delete) one meta value; the caller commits."""
    if value is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     (key, value))


def bump_generation(conn: sqlite3.Connection) -> None:
    """Count one change the index must follow (in the caller's transaction)."""
    conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
