"""The library facade: the one narrow door the GUI and the CLI use.

A library is a folder: `library.sqlite` (the truth), `index/` (the search engine's,
derived; see search/home.py),
`files/` (stored copies of ingested files) and `write.lock`. Everything above this
module gets plain dataclasses from `coopviewer.models`.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from coopviewer.config import default_library_dir
from coopviewer.geometry import merge_spans, overlaps, unpack_boxes
from coopviewer.models import (
    DocumentInfo,
    EntityInfo,
    Facet,
    Hit,
    IngestReport,
    Mention,
    PageInfo,
    PassageInfo,
    Progress,
    Reference,
    SearchResults,
)
from coopviewer.search.analysis import MarkTerm, spans_for_terms
from coopviewer.search.engine import (
    DEFAULT_ENGINE,
    ENGINES,
    WRITE_BATCH,
    EngineHit,
    IndexRecord,
    IndexUnavailable,
    SearchEngine,
    engine_class,
)
from coopviewer.search.home import IndexBuild, IndexHome
from coopviewer.search.marking import mark_terms
from coopviewer.search.query import ParsedQuery, QueryError, parse_query
from coopviewer.store import analyst as analyst_store
from coopviewer.store import baskets as baskets_store
from coopviewer.store import documents as docs_store
from coopviewer.store import entities as ent_store
from coopviewer.store.entities import Corrections, EntityWriter
from coopviewer.store.facets import facet_counts
from coopviewer.store.lock import LibraryLocked, WriteLock
from coopviewer.store.schema import bump_generation, connect, get_meta, migrate, set_meta

DB_NAME = "library.sqlite"
SNIPPET_CHARS = 220
FACET_HIT_CAP = 5000
ENTITY_TYPES = ("country", "unit", "organisation", "programme", "agreement", "person", "reference")


class LibraryError(RuntimeError):
    """A library that cannot be opened or used, with the reason."""


class ReadOnlyLibrary(LibraryError):
    """A write was asked of a library opened read-only."""


class SearchIndexUnavailable(LibraryError):
    """The search index cannot answer (missing, damaged, foreign) and cannot be rebuilt here."""




class Library:
    """One open library. Not thread-safe: use it from one thread (the GUI uses workers)."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        readonly: bool = False,
        wait: float = 0.0,
        analyst_path: str | os.PathLike[str] | None = None,
        engine: str | None = None,
    ) -> None:
        """Open (or create) a library.

        `readonly` opens a library without taking the write lock (a second instance,
        or a shared library on a share). With `analyst_path`, the analyst's own work
        (baskets, corrections) lives in that separate SQLite file instead of the
        library's, so a read-only shared library still has personal baskets. `engine` picks the
        search engine of a new library (an existing one keeps its own: see reindex).
        """
        self.path = str(Path(path).expanduser() if path else default_library_dir())
        self.readonly = readonly
        self.readonly_reason: str | None = "opened read-only" if readonly else None
        self._lock = WriteLock(os.path.join(self.path, "write.lock"))
        self._extractor = None
        self._corrections: Corrections | None = None
        db_path = os.path.join(self.path, DB_NAME)
        if not readonly:
            try:
                os.makedirs(self.path, exist_ok=True)
            except OSError as exc:
                raise LibraryError(f"cannot create the library folder {self.path}: {exc.strerror}") from None
            if not os.access(self.path, os.W_OK):
                self.readonly, self.readonly_reason = True, "the library folder is not writable"
            else:
                try:
                    self._lock.acquire(timeout=wait)
                except LibraryLocked:
                    self.readonly = True
                    self.readonly_reason = "another coopviewer is writing to this library; opened read-only"
        if self.readonly and not os.path.exists(db_path):
            raise LibraryError(f"no library at {self.path} ({self.readonly_reason})")
        try:
            self.conn: sqlite3.Connection = connect(db_path, readonly=self.readonly)
            if not self.readonly:
                migrate(self.conn)
                self._choose_engine(engine)
        except sqlite3.DatabaseError as exc:
            self._lock.release()
            raise LibraryError(f"the library database {db_path} cannot be opened: {exc}") from None
        self.analyst_conn: sqlite3.Connection = self.conn
        if analyst_path is not None:
            self.analyst_conn = open_analyst_db(str(analyst_path))
        self.index_home = IndexHome(os.path.join(self.path, "index"))
        self.engine: SearchEngine | None = None
        self.index_build: IndexBuild | None = None
        if not self.readonly:
            try:
                self._catch_up_index()
            except IndexUnavailable as exc:
                self.close()
                raise LibraryError(str(exc)) from None

    # --- lifecycle -------------------------------------------------------------------
    def close(self) -> None:
        if self.engine is not None:
            self.engine.close()
            self.engine = None
        if not self.readonly:
            try:  # fold the WAL back in, so the folder can be copied or shared as it is
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.DatabaseError:
                pass
        if self.analyst_conn is not self.conn:
            self.analyst_conn.close()
        self.conn.close()
        self._lock.release()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _require_writer(self) -> None:
        if self.readonly:
            raise ReadOnlyLibrary(f"the library {self.path} is read-only: {self.readonly_reason}")

    def _require_analyst_writer(self) -> None:
        """Baskets and corrections need a writable home: the library's, or the analyst's own file."""
        if self.analyst_conn is self.conn:
            self._require_writer()

    @property
    def shared(self) -> bool:
        """True when the analyst's work lives apart from a (read-only) library."""
        return self.analyst_conn is not self.conn

    # --- the search index ----------------------------------------------------------------
    @property
    def engine_name(self) -> str:
        """The engine this library's index is built with (recorded in its meta)."""
        return get_meta(self.conn, "engine") or DEFAULT_ENGINE

    def _choose_engine(self, engine: str | None) -> None:
        if engine is None:
            return
        if engine not in ENGINES:
            raise LibraryError(f"unknown search engine '{engine}' (one of {', '.join(ENGINES)})")
        recorded = get_meta(self.conn, "engine")
        if recorded is None:
            with self.conn:
                set_meta(self.conn, "engine", engine)
        elif recorded != engine:
            raise LibraryError(f"the library {self.path} searches with {recorded}; switch it with "
                               f"`coopviewer reindex --engine {engine}`")

    def _catch_up_index(self) -> None:
        """Open the current index when it is this library's, whole and up to date; else rebuild.

        Up to date means its stamp holds the SQLite generation (every ingest, removal
        and re-extraction counts one), not merely the same number of passages: an index
        from another library, or one killed between two commits, is rebuilt.
        """
        current = self.index_home.current()
        if (current is not None and current.engine == self.engine_name
                and current.build == get_meta(self.conn, "index_build")
                and IndexHome.generation(current) == self.store_generation()):
            engine = engine_class(current.engine)(current.directory)
            try:
                engine.open()
            except IndexUnavailable:
                pass  # damaged: rebuilt below
            else:
                self.engine, self.index_build = engine, current
                return
        self.reindex()

    def store_generation(self) -> int:
        """The count of changes to the library's documents the index must follow."""
        return int(get_meta(self.conn, "generation") or 0)

    def stamp_index(self, generation: int | None = None) -> None:
        """Record that the index now reflects SQLite `generation` (default: the current one)."""
        if self.index_build is not None:
            IndexHome.set_generation(self.index_build, self.store_generation() if generation is None else generation)

    def search_engine(self) -> SearchEngine:
        """The engine on the current index; a reader follows a rebuild another process swapped in.

        Raises SearchIndexUnavailable with what to do when there is no usable index.
        """
        if self.engine is not None and (not self.readonly or not self.index_home.changed()):
            return self.engine
        current = self.index_home.current()
        how = f"run `coopviewer --library {self.path} reindex` with write access"
        if current is None:
            raise SearchIndexUnavailable(f"the library {self.path} has no usable search index; {how}")
        if current.build not in (get_meta(self.conn, "index_build"), get_meta(self.conn, "index_build_previous")):
            raise SearchIndexUnavailable(f"the search index in {self.index_home.root} belongs to another library "
                                         f"database; {how}")
        if current.engine not in ENGINES:
            raise SearchIndexUnavailable(f"the search index uses an unknown engine '{current.engine}'; {how}")
        engine = engine_class(current.engine)(current.directory, readonly=True)
        try:
            engine.open()
        except IndexUnavailable as exc:
            raise SearchIndexUnavailable(f"{exc}; {how}") from None
        if self.engine is not None:
            self.engine.close()
        self.engine, self.index_build = engine, current
        return engine

    def _engine_search(self, parsed: ParsedQuery, limit: int | None) -> tuple[list[EngineHit], int]:
        """Search; a damaged index is rebuilt and asked again when the library is writable."""
        engine = self.search_engine()
        try:
            return engine.search(parsed, limit)
        except Exception as exc:
            if self.readonly:
                raise SearchIndexUnavailable(
                    f"the search index of {self.path} cannot be read ({type(exc).__name__}); run "
                    f"`coopviewer --library {self.path} reindex` with write access") from None
            self.reindex()
            return self.search_engine().search(parsed, limit)

    # --- extraction --------------------------------------------------------------------
    @property
    def corrections(self) -> Corrections:
        if self._corrections is None:
            self._corrections = Corrections.load(self.analyst_conn)
        return self._corrections

    @property
    def extractor(self):
        if self._extractor is None:
            try:
                from coopviewer.extract import Extractor
            except ImportError:  # pragma: no cover - extraction layer missing
                return None
            c = self.corrections
            self._extractor = Extractor(extra_aliases=c.extra_aliases, removed_aliases=c.removed_aliases)
        return self._extractor

    # --- ingest ----------------------------------------------------------------------
    def ingest(
        self,
        paths: Iterable[str],
        *,
        progress: Callable[[Progress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        password: str | None = None,
        workers: int | None = None,
    ) -> IngestReport:
        self._require_writer()
        from coopviewer.ingest.pipeline import ingest

        return ingest(self, paths, progress=progress, cancelled=cancelled, password=password, workers=workers)

    def remove_document(self, doc_id: int) -> None:
        self._require_writer()
        with self.conn:
            docs_store.delete_document(self.conn, doc_id)
            bump_generation(self.conn)
        self.search_engine().write([], delete_docs=[doc_id])
        self.stamp_index()

    def reindex(self, progress: Callable[[Progress], None] | None = None, engine: str | None = None) -> int:
        """Rebuild the search index from SQLite (with `engine`: switch to it); returns the passages indexed.

        The new index is written beside the current one and swapped in when whole, so
        readers in other processes answer from the old one until then.
        """
        self._require_writer()
        name = engine or self.engine_name
        if name not in ENGINES:
            raise LibraryError(f"unknown search engine '{name}' (one of {', '.join(ENGINES)})")
        generation = self.store_generation()
        try:
            build = self.index_home.new_build(name)
        except IndexUnavailable as exc:
            raise LibraryError(str(exc)) from None
        except OSError as exc:
            raise LibraryError(f"cannot write the search index in {self.index_home.root}: {exc.strerror}") from None
        new = engine_class(name)(build.directory)
        new.create()
        ids = [r[0] for r in self.conn.execute("SELECT id FROM documents WHERE status IN ('ok', 'little_text') ORDER BY id")]
        count = self._index_documents(new, ids, progress=progress)
        IndexHome.set_generation(build, generation)
        with self.conn:
            set_meta(self.conn, "index_build_previous", get_meta(self.conn, "index_build"))
            set_meta(self.conn, "index_build", build.build)
            set_meta(self.conn, "engine", name)
            self.conn.execute("UPDATE documents SET indexed = 1")
        if self.engine is not None:
            self.engine.close()
        self.index_home.swap_in(build)
        self.engine, self.index_build = new, build
        return count

    def _index_documents(self, engine: SearchEngine, doc_ids: list[int], *,
                         progress: Callable[[Progress], None] | None = None) -> int:
        total = 0
        batch: list[IndexRecord] = []
        for n, doc_id in enumerate(doc_ids):
            date = self.conn.execute("SELECT date FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
            year = (date or "")[:4] or None
            ents: dict[int, set[int]] = {}
            for pid, eid in self.conn.execute("SELECT passage_id, entity_id FROM mentions WHERE doc_id = ?", (doc_id,)):
                ents.setdefault(pid, set()).add(eid)
            for pid, text in self.conn.execute("SELECT id, text FROM passages WHERE doc_id = ? ORDER BY page, seq", (doc_id,)):
                batch.append(IndexRecord(pid, doc_id, year, sorted(ents.get(pid, ())), text))
            if len(batch) >= WRITE_BATCH or n == len(doc_ids) - 1:
                total += engine.write(batch)
                batch = []
                if progress:
                    progress(Progress(n + 1, len(doc_ids), 0, "", "indexing"))
        return total

    def reextract(self) -> None:
        """Run entity extraction again over every stored passage (after alias corrections)."""
        self._require_writer()
        self._extractor = None
        self._corrections = None
        with self.conn:
            self.conn.execute("DELETE FROM relations")
            self.conn.execute("DELETE FROM mentions")
            self.conn.execute("DELETE FROM entities")
            writer = EntityWriter(self.conn, self.extractor, self.corrections)
            for pid, doc_id, page, text, boxes, number in self.conn.execute(
                "SELECT p.id, p.doc_id, p.page, p.text, p.boxes, d.number FROM passages p "
                "JOIN documents d ON d.id = p.doc_id ORDER BY p.doc_id, p.page, p.seq"
            ).fetchall():
                writer.add_passage(doc_id, page, pid, text, unpack_boxes(boxes), number)
            bump_generation(self.conn)
        self.reindex()

    # --- documents -------------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        return docs_store.list_documents(self.conn)

    def document(self, id_or_path: int | str) -> DocumentInfo:
        """A document by id, path, file name or stem; raises LibraryError if none."""
        text = str(id_or_path)
        if text.isdigit():
            doc = docs_store.get_document(self.conn, int(text))
            if doc:
                return doc
        for doc in self.documents():
            if text in (doc.path, os.path.basename(doc.path), Path(doc.path).stem) or os.path.abspath(text) == doc.path:
                return doc
        raise LibraryError(f"no document '{text}' in the library")

    def stored_path(self, doc: DocumentInfo) -> str:
        """The library's own copy of a document (falls back to the original path)."""
        if doc.stored:
            p = os.path.join(self.path, doc.stored)
            if os.path.exists(p):
                return p
        return doc.path

    def page(self, doc_id: int, page: int) -> PageInfo | None:
        return docs_store.get_page(self.conn, doc_id, page)

    def passage(self, passage_id: int) -> PassageInfo | None:
        return docs_store.get_passage(self.conn, passage_id)

    def page_passages(self, doc_id: int, page: int) -> list[PassageInfo]:
        return docs_store.page_passages(self.conn, doc_id, page)

    # --- search ----------------------------------------------------------------------
    def search(self, query: str, *, limit: int | None = 50, entity: str | None = None, facets: bool = False) -> SearchResults:
        """Search passages. Raises QueryError with a clear message for a bad query.

        `limit` hits are returned (None: all, 0: none — the total and facets only);
        `facets` counts partners, units, documents and years over the best
        FACET_HIT_CAP matches.
        """
        parsed = parse_query(query) if query.strip() else ParsedQuery(text="")
        if entity:
            ids = ent_store.find_entities(self.conn, entity)
            if not ids:
                raise QueryError(f"no entity named '{entity}' in the library")
            parsed.entity_groups.append(ids[:1])
        for f in parsed.entity_filters:
            ids = ent_store.find_entities(self.conn, f.value, f.type)
            if not ids:
                raise QueryError(f"no {f.type or 'entity'} named '{f.value}' in the library")
            parsed.entity_groups.append(ids[:1])
        for d in parsed.docs:
            try:
                parsed.doc_ids.append(self.document(d).id)
            except LibraryError as exc:
                raise QueryError(str(exc)) from None
        if not (parsed.text or parsed.entity_groups or parsed.years or parsed.doc_ids):
            raise QueryError("empty query")
        if not parsed.text and parsed.entity_groups:
            return self._entity_only_search(query, parsed, limit, facets)
        # limit=None: every hit; with facets, the best FACET_HIT_CAP are counted
        wanted = None if limit is None else max(limit, FACET_HIT_CAP if facets else 1)
        raw, total = self._engine_search(parsed, wanted)
        marks = mark_terms(parsed.tree)
        shown = raw if limit is None else raw[:limit]
        passages = docs_store.get_passages(self.conn, [h.passage_id for h in shown])
        hits = group_by_document(self._hits(shown, passages, marks, parsed))
        results = SearchResults(query, hits, total)
        if facets:
            results.facets = self.facets([h.passage_id for h in raw[:FACET_HIT_CAP]])
        return results

    def _entity_only_search(self, query: str, parsed: ParsedQuery, limit: int | None, facets: bool) -> SearchResults:
        """Entity filters without words: answered by SQLite's mention index, in reading order.

        Clicking "Nederland" on a 20k-page library names ~150,000 passages; asking the
        search index for all of them and sorting took ~1 s. Here the covering index on
        mentions gives per-document counts, the documents are ordered (newest year
        first, then as ingested) and only the passages of the first documents are read.
        """
        cond, args = self._entity_conditions(parsed)
        per_doc = self.conn.execute(
            f"SELECT m.doc_id, substr(d.date, 1, 4), COUNT(DISTINCT m.passage_id) FROM mentions m "
            f"JOIN documents d ON d.id = m.doc_id WHERE {cond} GROUP BY m.doc_id", args
        ).fetchall()
        per_doc.sort(key=lambda r: (-int(r[1] or 0) if (r[1] or "").isdigit() else 0, r[0]))
        total = sum(n for _d, _y, n in per_doc)
        wanted = total if limit is None else max(limit, FACET_HIT_CAP if facets else 0)
        chosen, count = [], 0
        for doc_id, _y, n in per_doc:
            if count >= wanted:
                break
            chosen.append(doc_id)
            count += n
        ids: list[int] = []
        if chosen:
            order = {d: i for i, d in enumerate(chosen)}
            marks = ",".join("?" * len(chosen))
            rows = self.conn.execute(
                f"SELECT DISTINCT m.passage_id, m.doc_id, p.page, p.seq FROM mentions m JOIN passages p ON p.id = m.passage_id "
                f"JOIN documents d ON d.id = m.doc_id WHERE {cond} AND m.doc_id IN ({marks})", [*args, *chosen]
            ).fetchall()
            rows.sort(key=lambda r: (order[r[1]], r[2], r[3]))
            ids = [r[0] for r in rows[:wanted]]
        shown = ids if limit is None else ids[:limit]
        passages = docs_store.get_passages(self.conn, shown)
        hits = self._hits([EngineHit(pid, 0.0) for pid in shown], passages, [], parsed)
        results = SearchResults(query, hits, total)
        if facets:
            results.facets = self.facets(ids[:FACET_HIT_CAP])
        return results

    def _entity_conditions(self, parsed: ParsedQuery) -> tuple[str, list]:
        """SQL over `mentions m` and `documents d` for a query's entity, year and document filters."""
        first, *others = parsed.entity_groups
        cond = [f"m.entity_id IN ({','.join('?' * len(first))})"]
        args: list = list(first)
        for group in others:  # every further filter must also be named in the same passage
            cond.append(f"m.passage_id IN (SELECT passage_id FROM mentions WHERE entity_id IN ({','.join('?' * len(group))}))")
            args += group
        if parsed.years:
            cond.append(f"substr(d.date, 1, 4) IN ({','.join('?' * len(parsed.years))})")
            args += parsed.years
        if parsed.doc_ids:
            cond.append(f"m.doc_id IN ({','.join('?' * len(parsed.doc_ids))})")
            args += parsed.doc_ids
        return " AND ".join(cond), args

    def _hits(self, raw, passages: dict[int, PassageInfo], marks: list[MarkTerm], parsed: ParsedQuery) -> list[Hit]:
        docs = {d.id: d for d in self.documents()}
        hits = []
        for h in raw:
            p = passages.get(h.passage_id)
            if p is None or p.doc_id not in docs:
                continue  # index ahead of a deletion; it catches up on the next open
            spans = spans_for_terms(p.text, marks) if marks else []
            if parsed.entity_groups:
                ids = [i for g in parsed.entity_groups for i in g]
                placeholders = ",".join("?" * len(ids))
                for s, e in self.conn.execute(
                    f"SELECT start, end FROM mentions WHERE passage_id = ? AND entity_id IN ({placeholders})", [p.id, *ids]
                ):
                    spans.append([s, e])
                spans = merge_spans(spans)
            d = docs[p.doc_id]
            rects = [r for s, e in spans for r in p.rects(s, e)]
            hits.append(Hit(p.doc_id, d.title, d.path, p.page, p.id, round(h.score, 4), make_snippet(p.text, spans),
                            spans, p.text, d.date, d.number, rects))
        return hits

    def facets(self, passage_ids: list[int]) -> dict[str, list[Facet]]:
        """Counts of matching passages by partner, unit, document and year (from SQLite)."""
        return facet_counts(self.conn, passage_ids)

    def english_query(self, query: str) -> tuple[str, str] | None:
        """An English entity name as the whole query ("Germany") → its Dutch name and the entity.

        The documents are Dutch: an English-speaking analyst's "Germany" must reach the
        passages that say "Duitsland", restricted to that entity.
        """
        text = query.strip().strip('"').strip()
        if not text:
            return None
        folded = ent_store.fold(text)
        for eid in ent_store.find_entities(self.conn, text):
            row = self.conn.execute("SELECT name, english FROM entities WHERE id = ?", (eid,)).fetchone()
            if row and row[1] and ent_store.fold(row[1]) == folded and ent_store.fold(row[0]) != folded:
                return f'"{row[0]}"', str(eid)
        return None

    # --- entities ----------------------------------------------------------------------
    def find_entity(self, name_or_id: str, type_: str | None = None) -> EntityInfo:
        ids = ent_store.find_entities(self.conn, name_or_id, type_)
        if not ids:
            raise LibraryError(f"no entity named '{name_or_id}' in the library")
        rows = self._with_corrections(ent_store.entity_rows(self.conn, ids=ids[:1], include_hidden=True), True)
        if not rows:
            raise LibraryError(f"'{name_or_id}' has no mentions in the library")
        return rows[0]

    def entities(self, type_: str | None = None, doc: str | int | None = None, include_hidden: bool = False) -> list[EntityInfo]:
        if type_ is not None and type_ not in ENTITY_TYPES:
            raise LibraryError(f"unknown entity type '{type_}' (one of {', '.join(ENTITY_TYPES)})")
        doc_id = self.document(doc).id if doc is not None else None
        return self._with_corrections(
            ent_store.entity_rows(self.conn, type_, doc_id, include_hidden=include_hidden), include_hidden
        )

    def mentions(self, name_or_id: str | int, doc: str | int | None = None) -> list[Mention]:
        entity = self.find_entity(str(name_or_id))
        doc_id = self.document(doc).id if doc is not None else None
        return ent_store.mention_rows(self.conn, [entity.id], doc_id)

    def page_mentions(self, doc_id: int, page: int) -> list[Mention]:
        return ent_store.page_mentions(self.conn, doc_id, page)

    def references(self) -> list[Reference]:
        return ent_store.reference_rows(self.conn)

    def cites(self, doc_id: int) -> list[Reference]:
        """References cited in a document."""
        return [r for r in self.references() if any(c["doc_id"] == doc_id for c in r.cited_in)]

    def cited_by(self, doc_id: int) -> list[Reference]:
        """References elsewhere that resolve to this document."""
        return [r for r in self.references() if r.resolves_to == doc_id]

    def relations(self, entity_id: int) -> list[dict]:
        rows = self.conn.execute(
            "SELECT r.kind, s.id, s.name, t.id, t.name, r.doc_id, p.page, r.passage_id FROM relations r "
            "JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id JOIN passages p ON p.id = r.passage_id "
            "WHERE r.source_id = ? OR r.target_id = ? ORDER BY r.doc_id, p.page",
            (entity_id, entity_id),
        ).fetchall()
        keys = ("kind", "source_id", "source", "target_id", "target", "doc_id", "page", "passage_id")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    # --- corrections (the analyst's own; survive re-ingest) ---------------------------
    def _correct(self, op: str, key: str, value: str | None) -> None:
        self._require_analyst_writer()
        from coopviewer.store.documents import now

        with self.analyst_conn:
            self.analyst_conn.execute(
                "INSERT INTO corrections (op, entity_key, value, created) VALUES (?, ?, ?, ?)", (op, key, value, now())
            )
        self._corrections = None

    def _reextract_if_writable(self) -> None:
        """Alias and merge corrections need extraction again; a read-only library gets them
        the next time it is opened writable (they are kept in the analyst's data)."""
        if not self.readonly:
            self.reextract()

    def _with_corrections(self, rows: list[EntityInfo], include_hidden: bool = False) -> list[EntityInfo]:
        """Apply rename/hide at read time when the library itself cannot be written."""
        if not self.readonly or not self.shared:
            return rows
        c = self.corrections
        out = []
        for e in rows:
            if e.key in c.renamed:
                e.name = c.renamed[e.key]
            e.hidden = e.hidden or e.key in c.hidden
            if include_hidden or not e.hidden:
                out.append(e)
        return out

    def add_alias(self, entity: str, alias: str) -> None:
        e = self.find_entity(entity)
        if not alias.strip():
            raise LibraryError("an alias cannot be empty")
        self._correct("alias", e.key, alias.strip())
        self._reextract_if_writable()

    def split_alias(self, entity: str, alias: str) -> None:
        e = self.find_entity(entity)
        self._correct("unalias", e.key, alias.strip())
        self._reextract_if_writable()

    def merge(self, source: str, target: str) -> None:
        s, t = self.find_entity(source), self.find_entity(target)
        if s.id == t.id:
            raise LibraryError("an entity cannot be merged into itself")
        self._correct("merge", s.key, t.key)
        self._reextract_if_writable()

    def rename(self, entity: str, name: str) -> None:
        e = self.find_entity(entity)
        if not name.strip():
            raise LibraryError("a name cannot be empty")
        self._correct("rename", e.key, name.strip())
        if self.readonly:
            return  # applied when entities are read (see _with_corrections)
        with self.conn:
            self.conn.execute("UPDATE entities SET name = ? WHERE id = ?", (name.strip(), e.id))
            self.conn.execute(
                "INSERT OR IGNORE INTO aliases (entity_id, alias, folded, source) VALUES (?, ?, ?, 'user')",
                (e.id, name.strip(), ent_store.fold(name)),
            )

    def hide(self, entity: str, hidden: bool = True) -> None:
        e = self.find_entity(entity)
        self._correct("hide" if hidden else "unhide", e.key, None)
        if self.readonly:
            return
        with self.conn:
            self.conn.execute("UPDATE entities SET hidden = ? WHERE id = ?", (int(hidden), e.id))

    def corrections_list(self) -> list[dict]:
        rows = self.analyst_conn.execute("SELECT id, op, entity_key, value, created FROM corrections ORDER BY id").fetchall()
        return [dict(zip(("id", "op", "entity", "value", "created"), r, strict=True)) for r in rows]

    # --- baskets (the analyst's own; survive re-ingest) -------------------------------
    def basket_names(self) -> list[str]:
        return baskets_store.basket_names(self.analyst_conn)

    def basket(self, name: str) -> baskets_store.Basket:
        try:
            return baskets_store.get_basket(self.analyst_conn, name)
        except baskets_store.BasketError as exc:
            raise LibraryError(str(exc)) from None

    def basket_add_passage(self, basket: str, passage_id: int, marks: list[list[int]] | None = None,
                           note: str = "", group: str = "", span: tuple[int, int] | None = None) -> int:
        """Add a passage (or the part `span` of it) to a basket, with its citation snapshot."""
        self._require_analyst_writer()
        p = self.passage(passage_id)
        if p is None:
            raise LibraryError(f"no passage {passage_id}")
        doc = self.document(p.doc_id)
        start, end = span if span else (0, len(p.text))
        text = p.text[start:end]
        shifted = [[max(s, start) - start, min(e, end) - start] for s, e in (marks or []) if e > start and s < end]
        # The item's region: its marked words, or the whole text when nothing is marked.
        marked = [(s + start, e + start) for s, e in shifted]
        rects = [r for s, e in marked for r in p.rects(s, e)] or p.rects(start, end)
        source = {"title": doc.title, "date": doc.date, "number": doc.number, "kind": doc.kind, "path": doc.path}
        with self.analyst_conn:
            return baskets_store.add_item(self.analyst_conn, basket, doc_sha256=doc.sha256, page=p.page, text=text,
                                          rects=rects, marks=shifted, note=note, group=group, source=source)

    def basket_add_entity(self, basket: str, name_or_id: str, group: str | None = None) -> int:
        """Add every passage that mentions an entity, its mentions marked; returns the count."""
        entity = self.find_entity(name_or_id)
        hits = self.search("", entity=str(entity.id), limit=500).hits
        for h in hits:
            self.basket_add_passage(basket, h.passage_id, h.spans, group=group if group is not None else entity.name)
        return len(hits)

    def basket_add_selection(self, basket: str, doc_id: int, page: int,
                             rect: tuple[float, float, float, float], note: str = "", group: str = "") -> list[int]:
        """Add the words a selection rectangle (PDF points) covers on a page, one item per passage.

        The viewer's text selection becomes citable: each passage the rectangle meets
        contributes the stretch of its text from the first to the last covered word.
        Returns the new item ids (none when the rectangle covers no stored word).
        """
        spans = []
        for p in self.page_passages(doc_id, page):
            covered = [(s, e) for s, e, *box in p.boxes if overlaps(box, rect)]
            if covered:
                spans.append((p.id, min(s for s, _ in covered), max(e for _, e in covered)))
        return [self.basket_add_passage(basket, pid, note=note, group=group, span=(start, end))
                for pid, start, end in spans]

    def basket_regroup(self, basket: str, by: str) -> int:
        """Set every item's group to its document, or to the partner or unit it names most.

        `by` is "document", "partner" or "unit"; an item naming none of that type goes
        under "—". Returns the number of items whose group changed.
        """
        types = {"partner": "country", "unit": "unit"}
        if by not in ("document", *types):
            raise LibraryError(f"cannot group by {by!r}: choose document, partner or unit")
        self._require_analyst_writer()
        items = self.basket(basket).items
        docs = {d.sha256: d for d in self.documents()}
        names = {e.id: e.name for e in self.entities(types[by])} if by in types else {}
        changed = 0
        with self.analyst_conn:
            for it in items:
                doc = docs.get(it.doc_sha256)
                if by == "document":
                    group = (it.source or {}).get("title") or (doc.title if doc else "—")
                else:
                    counts: dict[int, int] = {}
                    for m in self.page_mentions(doc.id, it.page) if doc else []:
                        if any(overlaps(r, q) for r in m.rects for q in it.rects):
                            counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
                    named = [eid for eid in sorted(counts, key=lambda eid: -counts[eid]) if eid in names]
                    group = names[named[0]] if named else "—"
                if group != it.group:
                    baskets_store.set_group(self.analyst_conn, it.id, group)
                    changed += 1
        return changed

    def basket_remove(self, item_id: int) -> None:
        self._require_analyst_writer()
        with self.analyst_conn:
            baskets_store.remove_item(self.analyst_conn, item_id)

    def basket_restore(self, item_id: int) -> None:
        """Undo a removal."""
        self._require_analyst_writer()
        with self.analyst_conn:
            baskets_store.restore_item(self.analyst_conn, item_id)

    def basket_note(self, item_id: int, note: str) -> None:
        self._require_analyst_writer()
        with self.analyst_conn:
            baskets_store.set_note(self.analyst_conn, item_id, note)

    def basket_group(self, item_id: int, group: str) -> None:
        self._require_analyst_writer()
        with self.analyst_conn:
            baskets_store.set_group(self.analyst_conn, item_id, group)

    def basket_reorder(self, basket: str, item_ids: list[int]) -> None:
        self._require_analyst_writer()
        try:
            with self.analyst_conn:
                baskets_store.reorder(self.analyst_conn, basket, item_ids)
        except baskets_store.BasketError as exc:
            raise LibraryError(str(exc)) from None

    def citation(self, passage_id: int, lang: str = "nl") -> str:
        """The page citation of a passage, in the one house style."""
        from coopviewer.export.build import source_of
        from coopviewer.export.citation import citation

        p = self.passage(passage_id)
        if p is None:
            raise LibraryError(f"no passage {passage_id}")
        return citation(source_of(self.document(p.doc_id)), p.page, lang)

    # --- the analyst's data as one file -------------------------------------------------
    def export_analyst_data(self, path: str) -> str:
        return str(analyst_store.write_export(self.analyst_conn, path))

    def import_analyst_data(self, path: str) -> dict:
        """Merge an analyst-data file; re-applies imported corrections to the entities."""
        self._require_analyst_writer()
        data = analyst_store.read_export(path)
        with self.analyst_conn:
            added = analyst_store.import_data(self.analyst_conn, data)
        if added["corrections"] and not self.readonly:
            self.reextract()
        return added

    def stats(self) -> dict:
        q = self.conn.execute
        return {
            "documents": q("SELECT COUNT(*) FROM documents WHERE status IN ('ok','little_text')").fetchone()[0],
            "pages": q("SELECT COUNT(*) FROM pages").fetchone()[0],
            "passages": q("SELECT COUNT(*) FROM passages").fetchone()[0],
            "entities": q("SELECT COUNT(*) FROM entities").fetchone()[0],
            "mentions": q("SELECT COUNT(*) FROM mentions").fetchone()[0],
        }


def open_analyst_db(path: str) -> sqlite3.Connection:
    """The analyst's own database beside a shared library: only the analyst's tables."""
    from coopviewer.store.schema import ANALYST_DDL

    try:
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        conn = connect(path)
        conn.executescript(ANALYST_DDL)
        conn.commit()
    except (OSError, sqlite3.DatabaseError) as exc:
        raise LibraryError(f"cannot open the analyst data file {path}: {exc}") from None
    return conn


def group_by_document(hits: list[Hit]) -> list[Hit]:
    """Best document first; within a document, its passages in reading order.

    Analysts read a source front to back, so the hits of one document are shown
    in page order under the document's best score rather than scattered.
    """
    best: dict[int, float] = {}
    for h in hits:
        best[h.doc_id] = max(best.get(h.doc_id, 0.0), h.score)
    return sorted(hits, key=lambda h: (-best[h.doc_id], h.doc_id, h.page, h.passage_id))


def make_snippet(text: str, spans: list[list[int]], width: int = SNIPPET_CHARS) -> str:
    """A window of the passage around its first match, cut at word boundaries."""
    if len(text) <= width:
        return text
    center = spans[0][0] if spans else 0
    start = max(0, center - width // 3)
    end = min(len(text), start + width)
    start = max(0, end - width)
    if start > 0:
        m = re.search(r"\s", text[start:])
        start = start + (m.end() if m and m.end() < 30 else 0)
    if end < len(text):
        m = re.search(r"\s\S*$", text[start:end])
        end = start + (m.start() if m else end - start)
    return ("…" if start > 0 else "") + text[start:end] + ("…" if end < len(text) else "")


__all__ = ["Library", "LibraryError", "ReadOnlyLibrary", "QueryError", "SearchIndexUnavailable"]
