"""`PostgresStore`: the Store of a team library on a PostgreSQL server.

It is `Store` with another connection: the store's SQL modules run on the server
through `SqliteStyleConnection` (store/pg/connection.py), and only what differs is
written here — a document's insert (with its full-text vector and its PDF, in the
one transaction), the generation (a sequence, so concurrent ingesters never queue on
a counter row), meta, the stored PDFs and the full-text search.

Connections run in autocommit: a reader never holds a transaction open, and MVCC
lets it read while writers write. A write is one transaction; a lost connection is
reopened on the next statement outside a transaction, and a transaction that lost
it raises ServerUnavailable (`RETRYABLE`), so the ingest writer tries the document
again and nothing is half in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from coopviewer.geometry import pack_boxes
from coopviewer.store import documents as docs_store
from coopviewer.store.entities import Corrections, EntityWriter
from coopviewer.store.pg import fts
from coopviewer.store.pg.connection import (
    ServerError,
    ServerUnavailable,
    SqliteStyleConnection,
    connect,
    describe,
    first_line,
)
from coopviewer.store.pg.schema import has_schema
from coopviewer.store.schema import SCHEMA_VERSION, SchemaTooNew
from coopviewer.store.store import Store, StoreError


def stored_name(sha256: str) -> str:
    """Where a local library keeps this PDF (the same name, so a pulled copy finds it)."""
    return f"files/{sha256[:2]}/{sha256}.pdf"


class ReconnectingConnection(SqliteStyleConnection):
    """Reopens a lost connection for the next statement outside a transaction."""

    def __init__(self, target: str) -> None:
        self.target = target
        super().__init__(connect(target))

    def _ensure(self) -> None:
        if self.pg.closed or self.pg.broken:
            if self.in_transaction:
                raise ServerUnavailable(f"the connection to {describe(self.target)} was lost")
            self.pg = connect(self.target)

    def run(self, work):
        """work(psycopg connection); a reader whose connection died tries once more on a new one."""
        import psycopg

        self._ensure()
        try:
            return work(self.pg)
        except psycopg.OperationalError as exc:
            if self.in_transaction or not (self.pg.closed or self.pg.broken):
                raise ServerUnavailable(f"the team library at {describe(self.target)}: {first_line(exc, self.target)}") from None
            self.pg = connect(self.target)  # a reader: once more on a new connection
            return work(self.pg)

    def execute(self, sql, params=None):
        return self.run(lambda _pg: SqliteStyleConnection.execute(self, sql, params))

    def executemany(self, sql, rows) -> None:
        import psycopg

        self._ensure()
        try:
            super().executemany(sql, rows)
        except psycopg.OperationalError as exc:
            raise ServerUnavailable(f"the team library at {describe(self.target)}: {first_line(exc, self.target)}") from None

    def __enter__(self):
        self._ensure()
        return super().__enter__()

    def __exit__(self, *exc):
        import psycopg

        try:
            return super().__exit__(*exc)
        except psycopg.OperationalError as err:
            raise ServerUnavailable(f"the team library at {describe(self.target)}: {first_line(err, self.target)}") from None


def retryable_errors() -> tuple[type[BaseException], ...]:
    """Errors after which a document's transaction is worth running again."""
    import psycopg.errors as e

    return (ServerUnavailable, e.DeadlockDetected, e.SerializationFailure, e.UniqueViolation)


class PostgresStore(Store):
    """The library's tables on a server; the analyst's baskets are per database role."""

    keeps_files = True

    def __init__(self, target: str, *, readonly: bool = False) -> None:  # no super().__init__: no file
        self.target = target
        self.path = describe(target)
        try:
            self.conn = ReconnectingConnection(target)
        except ServerError as exc:
            raise StoreError(str(exc)) from None
        self.analyst_conn = self.conn
        self.upgraded_from = SCHEMA_VERSION
        if not has_schema(self.conn.pg):
            self.conn.close()
            raise StoreError(f"no coopviewer library at {self.path}; set it up with `coopviewer server init`")
        found = int(self.meta("schema_version") or 0)
        if found > SCHEMA_VERSION:
            self.conn.close()
            raise StoreError(str(SchemaTooNew(f"the team library was written by a newer coopviewer (schema {found}); "
                                              "update coopviewer to open it")))
        self.user = self.conn.execute("SELECT current_user").fetchone()[0]
        self.may_write = bool(self.conn.execute("SELECT has_table_privilege('documents', 'INSERT')").fetchone()[0])
        self.readonly = readonly or not self.may_write
        self.RETRYABLE = retryable_errors()
        self._writers: list[EntityWriter] = []

    @property
    def shared(self) -> bool:
        """Baskets are the role's own and corrections are shared: never in a local file."""
        return True

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            # pipeline mode: statements whose results nobody reads (a passage's aliases and
            # mentions) go without waiting for the server's answer each; a read syncs
            with self.conn, self.conn.pg.pipeline():
                yield
        except BaseException:
            for writer in self._writers:  # its cache may name entities the rollback removed
                try:
                    writer.forget()
                except ServerError:
                    writer.forget(reload=False)  # the server is away
            raise

    analyst_transaction = transaction

    # --- meta and generation ------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, **values: str | None) -> None:
        if self.readonly:
            return
        with self.conn:
            for key, value in values.items():
                if value is None:
                    self.conn.execute("DELETE FROM meta WHERE key = ?", (key,))
                else:
                    self.conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                                      "SET value = excluded.value", (key, value))

    def generation(self) -> int:
        last, called = self.conn.execute("SELECT last_value, is_called FROM generation").fetchone()
        return int(last) if called else 0

    def bump_generation(self) -> None:
        self.conn.execute("SELECT nextval('generation')")

    # --- documents and their files --------------------------------------------------------
    def insert_document(self, data, stored: str):
        """The document, its pages, its passages with their vectors and its PDF, in the caller's transaction."""
        c = self.conn
        doc_id = c.execute(
            "INSERT INTO documents (sha256, path, stored, title, kind, date, number, pages, status, error, size, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (data.sha256, data.path, stored, data.meta.title, data.meta.kind, data.meta.date, data.meta.number,
             len(data.pages), data.status, data.note, data.size, docs_store.now()),
        ).lastrowid
        c.executemany("INSERT INTO pages (doc_id, page, width, height, rotation, text) VALUES (?, ?, ?, ?, ?, ?)",
                      [(doc_id, p.number, p.width, p.height, p.rotation, p.text) for p in data.pages])
        rows, where = [], []
        for page in data.pages:
            offset = 0
            for seq, passage in enumerate(page.passages):
                rows.append((doc_id, page.number, seq, offset, offset + len(passage.text), passage.text,
                             pack_boxes(passage.boxes), fts.passage_vector(passage.text)))
                where.append((page.number, passage))
                offset += len(passage.text) + 2
        ids: list[int] = []
        if rows:
            with c.pg.cursor() as cur:
                cur.executemany('INSERT INTO passages (doc_id, page, seq, start, "end", text, boxes, tsv) '
                                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s::tsvector) RETURNING id", rows, returning=True)
                while True:
                    ids.append(int(cur.fetchone()[0]))
                    if not cur.nextset():
                        break
        self._keep_pdf(data)
        return doc_id, [(pid, page, passage) for pid, (page, passage) in zip(ids, where, strict=True)]

    def _keep_pdf(self, data) -> None:
        pdf = data.pdf_bytes
        if pdf is None:
            with open(data.path, "rb") as f:
                pdf = f.read()
        self.conn.execute("INSERT INTO files (sha256, pdf) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING",
                          (data.sha256, pdf))

    def pdf_bytes(self, sha256: str) -> bytes | None:
        row = self.conn.execute("SELECT pdf FROM files WHERE sha256 = ?", (sha256,)).fetchone()
        return bytes(row[0]) if row else None

    def put_pdf(self, sha256: str, pdf: bytes) -> None:
        self.conn.execute("INSERT INTO files (sha256, pdf) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING", (sha256, pdf))

    def delete_document(self, doc_id: int) -> None:
        super().delete_document(doc_id)
        self.conn.execute("DELETE FROM files f WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.sha256 = f.sha256 "
                          "AND d.stored IS NOT NULL)")

    # --- entities ---------------------------------------------------------------------------
    def entity_writer(self, extractor, corrections: Corrections) -> EntityWriter:
        writer = super().entity_writer(extractor, corrections)
        self._writers.append(writer)
        return writer

    # --- full text (the PostgresEngine's SQL) -----------------------------------------------
    def fts_search(self, match, rank, entity_groups, years, doc_ids, limit):
        return self.conn.run(lambda pg: fts.search(pg, match, rank, entity_groups, years, doc_ids, limit))

    def fts_facets(self, match, entity_groups, years, doc_ids):
        return self.conn.run(lambda pg: fts.facet_counts(pg, match, entity_groups, years, doc_ids))

    def fts_passage_count(self) -> int:
        return self.conn.run(fts.passage_count)

    def fts_add_junctions(self, vectors: list[tuple[int, str]]) -> None:
        """Add the words around a page break to those passages' vectors (pg_engine.write)."""
        with self.conn:
            self.conn.run(lambda pg: fts.add_junctions(pg, vectors))

    # --- between laptop and server ------------------------------------------------------------
    def push_from(self, local: Store, root: str):
        """Copy a local library's documents and analyst data in (store/pg/transfer.py)."""
        from coopviewer.store.pg import transfer

        return transfer.push(local.conn, root, self.conn)

    def pull_into(self, local: Store, root: str):
        """Copy one snapshot of the server into the empty local library `local` at `root`."""
        from coopviewer.store.pg import transfer

        try:
            pg = connect(self.target, autocommit=False)
        except ServerError as exc:
            raise StoreError(str(exc)) from None
        return transfer.pull(pg, local.conn, root)

    # --- the benchmark's ------------------------------------------------------------------------
    def clear_documents(self) -> None:
        """Empty the shared tables (documents and all derived from them, PDFs, entities);
        baskets and corrections stay. For the benchmark's repeated ingests."""
        with self.conn:
            for table in ("documents", "files", "entities"):
                self.conn.execute(f"DELETE FROM {table}")

    def statistics_fresh(self, share: float = 0.2) -> bool:
        """True when at most `share` of the passages changed since they were last analysed
        (autovacuum analyses past 10 %): the planner picks the GIN index only on fresh statistics."""
        row = self.conn.execute("SELECT n_mod_since_analyze, n_live_tup FROM pg_stat_user_tables "
                                "WHERE relname = 'passages'").fetchone()
        return row is not None and row[0] <= share * max(row[1], 1)

    def size_bytes(self) -> int:
        return int(self.conn.execute("SELECT pg_database_size(current_database())").fetchone()[0])

    # --- who corrected ------------------------------------------------------------------------
    def corrections_list(self) -> list[dict]:
        rows = self.conn.execute("SELECT id, op, entity_key, value, created, made_by FROM corrections ORDER BY id").fetchall()
        return [dict(zip(("id", "op", "entity", "value", "created", "by"), r, strict=True)) for r in rows]
