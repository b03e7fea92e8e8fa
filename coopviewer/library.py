"""The library facade: the one narrow door the GUI and the CLI use.

A library is a folder: `library.sqlite` (the truth), `index/` (Whoosh, derived),
`files/` (stored copies of ingested files) and `write.lock`. Everything above this
module gets plain dataclasses from `coopviewer.models`.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from coopviewer.config import default_library_dir
from coopviewer.ingest.passages import unpack_boxes
from coopviewer.models import (
    ENTITY_TYPES,
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
from coopviewer.search.index import WRITE_BATCH, IndexRecord, PassageIndex, RawHit
from coopviewer.search.query import ParsedQuery, QueryError, parse_query
from coopviewer.store import analyst as analyst_store
from coopviewer.store import baskets as baskets_store
from coopviewer.store import corrections as corrections_store
from coopviewer.store import documents as docs_store
from coopviewer.store import entities as ent_store
from coopviewer.store.analyst_schema import SchemaError, check_correction
from coopviewer.store.degraded import open_database
from coopviewer.store.entities import Corrections, EntityWriter
from coopviewer.store.facets import facet_counts
from coopviewer.store.ids import as_row_id
from coopviewer.store.lock import LibraryLocked, LockUnavailable, WriteLock
from coopviewer.store.schema import connect

DB_NAME = "library.sqlite"
SNIPPET_CHARS = 220
FACET_HIT_CAP = 5000


class LibraryError(RuntimeError):
    """A library that cannot be opened or used, with the reason."""


class ReadOnlyLibrary(LibraryError):
    """A write was asked of a library opened read-only."""


class Library:
    """One open library. Not thread-safe: use it from one thread (the GUI uses workers)."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        readonly: bool = False,
        wait: float = 0.0,
        analyst_path: str | os.PathLike[str] | None = None,
    ) -> None:
        """Open (or create) a library.

        `readonly` opens a library without taking the write lock (a second instance,
        or a shared library on a share). With `analyst_path`, the analyst's own work
        (baskets, corrections) lives in that separate SQLite file instead of the
        library's, so a read-only shared library still has personal baskets.
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
                except LockUnavailable as exc:  # e.g. another user's write.lock
                    self.readonly, self.readonly_reason = True, f"{exc}; opened read-only"
                except LibraryLocked:
                    self.readonly = True
                    self.readonly_reason = "another coopviewer is writing to this library; opened read-only"
        if self.readonly and not os.path.exists(db_path):
            raise LibraryError(f"no library at {self.path} ({self.readonly_reason})")
        index_dir = os.path.join(self.path, "index")
        if os.path.lexists(index_dir) and not os.path.isdir(index_dir):
            self._lock.release()
            raise LibraryError(f"{index_dir} is a file, not the search index folder: move it away and the index is rebuilt")
        try:
            self.conn, cannot_write = open_database(db_path, writable=not self.readonly)
        except sqlite3.DatabaseError as exc:
            self._lock.release()
            raise LibraryError(f"the library database {db_path} cannot be opened: {exc}") from None
        if cannot_write:  # e.g. a full disk: reading needs no room
            self._lock.release()
            self.readonly, self.readonly_reason = True, cannot_write
        self.analyst_conn: sqlite3.Connection = self.conn
        if analyst_path is not None:
            self.analyst_conn = open_analyst_db(str(analyst_path))
        self.index = PassageIndex(os.path.join(self.path, "index"), readonly=self.readonly)
        if not self.readonly:
            self._catch_up_index()
            if corrections_store.fingerprint(self.analyst_conn) != corrections_store.applied(self.conn):
                self.reextract()  # a correction committed but not applied: killed midway
        else:
            self.index.open()

    # --- lifecycle -------------------------------------------------------------------
    def close(self) -> None:
        self.index.close()
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

    def _catch_up_index(self) -> None:
        """Rebuild a missing index; index documents the index does not have yet."""
        if self.index.open() or self._index_is_empty_but_db_not():
            self.reindex()
            return
        behind = [r[0] for r in self.conn.execute(
            "SELECT id FROM documents WHERE indexed = 0 AND status IN ('ok', 'little_text')"
        )]
        if behind:
            self._index_documents(behind, delete_first=True)
        passages = self.conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
        if self.index.doc_count() != passages:  # e.g. killed between a delete and its index commit
            self.reindex()

    def _index_is_empty_but_db_not(self) -> bool:
        has_passages = self.conn.execute("SELECT EXISTS(SELECT 1 FROM passages)").fetchone()[0]
        return bool(has_passages) and self.index.doc_count() == 0

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
        self.index.delete_documents([doc_id])

    def reindex(self, progress: Callable[[Progress], None] | None = None) -> int:
        """Rebuild the Whoosh index from SQLite; returns the number of passages indexed."""
        self._require_writer()
        self.index.recreate()
        self.conn.execute("UPDATE documents SET indexed = 0")
        self.conn.commit()
        ids = [r[0] for r in self.conn.execute("SELECT id FROM documents WHERE status IN ('ok', 'little_text') ORDER BY id")]
        return self._index_documents(ids, progress=progress)

    def _index_documents(self, doc_ids: list[int], *, delete_first: bool = False,
                         progress: Callable[[Progress], None] | None = None) -> int:
        total = 0
        batch: list[IndexRecord] = []
        batch_docs: list[int] = []
        for n, doc_id in enumerate(doc_ids):
            date = self.conn.execute("SELECT date FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
            year = (date or "")[:4] or None
            ents: dict[int, set[int]] = {}
            for pid, eid in self.conn.execute("SELECT passage_id, entity_id FROM mentions WHERE doc_id = ?", (doc_id,)):
                ents.setdefault(pid, set()).add(eid)
            for pid, text in self.conn.execute("SELECT id, text FROM passages WHERE doc_id = ? ORDER BY page, seq", (doc_id,)):
                batch.append(IndexRecord(pid, doc_id, year, sorted(ents.get(pid, ())), text))
            batch_docs.append(doc_id)
            if len(batch) >= WRITE_BATCH or n == len(doc_ids) - 1:
                total += self.index.write(batch, delete_docs=batch_docs if delete_first else ())
                marks = ",".join("?" * len(batch_docs))
                self.conn.execute(f"UPDATE documents SET indexed = 1 WHERE id IN ({marks})", batch_docs)
                self.conn.commit()
                batch, batch_docs = [], []
                if progress:
                    progress(Progress(n + 1, len(doc_ids), 0, "", "indexing"))
        return total

    def reextract(self) -> None:
        """Run entity extraction again over every stored passage (after alias corrections)."""
        self._require_writer()
        self._extractor = None
        self._corrections = None
        applying = corrections_store.fingerprint(self.analyst_conn)
        with self.conn:  # the new entities, "index these again" and "corrections applied" commit together
            self.conn.execute("DELETE FROM relations")
            self.conn.execute("DELETE FROM mentions")
            self.conn.execute("DELETE FROM entities")
            writer = EntityWriter(self.conn, self.extractor, self.corrections)
            for pid, doc_id, page, text, boxes, number in self.conn.execute(
                "SELECT p.id, p.doc_id, p.page, p.text, p.boxes, d.number FROM passages p "
                "JOIN documents d ON d.id = p.doc_id ORDER BY p.doc_id, p.page, p.seq"
            ).fetchall():
                writer.add_passage(doc_id, page, pid, text, unpack_boxes(boxes), number)
            self.conn.execute("UPDATE documents SET indexed = 0")
            corrections_store.mark_applied(self.conn, applying)
        self.reindex()

    # --- documents -------------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        return docs_store.list_documents(self.conn)

    def document(self, id_or_path: int | str) -> DocumentInfo:
        """A document by id, path, file name or stem; raises LibraryError if none."""
        text = str(id_or_path)
        if (row_id := as_row_id(text)) is not None:
            doc = docs_store.get_document(self.conn, row_id)
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
        raw, total, marks = self.index.search(parsed, wanted)
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
        hits = self._hits([RawHit(pid, 0.0) for pid in shown], passages, [], parsed)
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
                spans = _merge_spans(spans)
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

    def named_entity(self, query: str) -> str | None:
        """The entity a whole query names by its Dutch or English name ("Duitsland",
        "Germany"), as an id for `search(entity=...)`; None for any other query.

        Searching the name as words misses the passages that name the entity otherwise
        ("Duitse", "Bondsrepubliek"); the window answers such a query with every passage
        that mentions the entity, as a click on it does, so the two counts agree.
        """
        text = query.strip().strip('"').strip()
        if not text or any(c in text for c in ':()"'):
            return None
        folded = ent_store.fold(text)
        for eid in ent_store.find_entities(self.conn, text):
            row = self.conn.execute("SELECT name, english FROM entities WHERE id = ? AND hidden = 0", (eid,)).fetchone()
            if row and folded in (ent_store.fold(row[0]), ent_store.fold(row[1] or "")):
                return str(eid)
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
        try:
            check_correction(op, key, value)
        except SchemaError as exc:
            raise LibraryError(str(exc)) from None
        with self.analyst_conn:
            corrections_store.add(self.analyst_conn, op, key, value)
        self._corrections = None

    def _mark_corrections_applied(self) -> None:
        """After a rename or hide is written directly (inside that write's transaction)."""
        corrections_store.mark_applied(self.conn, corrections_store.fingerprint(self.analyst_conn))

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
            if e.key in c.confirmed:
                e.attrs = {**e.attrs, "candidate": False}
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

    def unmerge(self, source_key: str) -> None:
        """Undo a merge: the entity with key `source_key` stands on its own again.

        Takes the key (EntityInfo.key), because a merged entity has no name of its own
        left to look it up by."""
        target = self.corrections.merged_into.get(source_key)
        if target is None:
            raise LibraryError(f"'{source_key}' is not merged into another entity")
        self._correct("unmerge", source_key, target)  # the value names the merge it takes back
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
            self._mark_corrections_applied()

    def hide(self, entity: str, hidden: bool = True) -> None:
        e = self.find_entity(entity)
        self._correct("hide" if hidden else "unhide", e.key, None)
        if self.readonly:
            return
        with self.conn:
            self.conn.execute("UPDATE entities SET hidden = ? WHERE id = ?", (int(hidden), e.id))
            self._mark_corrections_applied()

    def confirm(self, entity: str, confirmed: bool = True) -> None:
        """The analyst settles a candidate (an entity a rule found, not the gazetteer): it stays, confirmed."""
        e = self.find_entity(entity)
        self._correct("confirm" if confirmed else "unconfirm", e.key, None)
        if self.readonly:
            return  # applied when entities are read (see _with_corrections)
        with self.conn:
            ent_store.confirm_entity(self.conn, e.id, confirmed)

    def corrections_list(self) -> list[dict]:
        return corrections_store.rows(self.analyst_conn)

    def delete_correction(self, correction_id: int) -> dict:
        """Remove one correction and rebuild the entities without it; returns the removed row."""
        self._require_analyst_writer()
        row = corrections_store.get(self.analyst_conn, correction_id)
        if row is None:
            raise LibraryError(f"no correction {correction_id} (see `coopviewer correct list`)")
        with self.analyst_conn:
            corrections_store.delete(self.analyst_conn, correction_id)
        self._corrections = None
        self._reextract_if_writable()
        return row

    def undo_correction(self) -> dict:
        """Remove the newest correction; returns it."""
        last = corrections_store.last_id(self.analyst_conn)
        if last is None:
            raise LibraryError("there are no corrections to undo")
        return self.delete_correction(last)

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
            covered = [(s, e) for s, e, *box in p.boxes if _overlaps(box, rect)]
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
                        if any(_overlaps(r, q) for r in m.rects for q in it.rects):
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


def _overlaps(a, b) -> bool:
    """Two (x0, y0, x1, y1) rectangles share some area."""
    return a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]


def group_by_document(hits: list[Hit]) -> list[Hit]:
    """Best document first; within a document, its passages in reading order.

    Analysts read a source front to back, so the hits of one document are shown
    in page order under the document's best score rather than scattered.
    """
    best: dict[int, float] = {}
    for h in hits:
        best[h.doc_id] = max(best.get(h.doc_id, 0.0), h.score)
    return sorted(hits, key=lambda h: (-best[h.doc_id], h.doc_id, h.page, h.passage_id))


def _merge_spans(spans: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return merged


def make_snippet(text: str, spans: list[list[int]], width: int = SNIPPET_CHARS) -> str:
    """Windows of the passage that show every matched word (coopviewer/snippets.py)."""
    from coopviewer.snippets import make_snippet as windows_snippet

    return windows_snippet(text, spans, width)


__all__ = ["Library", "LibraryError", "ReadOnlyLibrary", "QueryError"]
