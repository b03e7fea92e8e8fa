"""The library facade: the one narrow door the GUI and the CLI use.

A library is a folder: `library.sqlite` (the truth), `index/` (the search engine's,
derived; see search/home.py),
`files/` (stored copies of ingested files) and `write.lock`. Everything above this
module gets plain dataclasses from `coopviewer.models`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from coopviewer.config import ENV_LIBRARY, default_library_dir, is_server_target, server_cache_dir
from coopviewer.geometry import merge_spans, overlaps
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
    Rect,
    Reference,
    SearchResults,
)
from coopviewer.page_breaks import head, joined
from coopviewer.search.analysis import MarkTerm, spans_for_terms
from coopviewer.search.engine import (
    DEFAULT_ENGINE,
    ENGINES,
    WRITE_BATCH,
    EngineFacets,
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
from coopviewer.store.analyst_schema import SchemaError, check_correction
from coopviewer.store.entities import Corrections, fold
from coopviewer.store.ids import as_row_id
from coopviewer.store.lock import LibraryLocked, LockUnavailable, WriteLock
from coopviewer.store.store import Store, StoreError

DB_NAME = "library.sqlite"
SNIPPET_CHARS = 220
FACET_HIT_CAP = 5000


class LibraryError(RuntimeError):
    """A library that cannot be opened or used, with the reason."""


class ReadOnlyLibrary(LibraryError):
    """A write was asked of a library opened read-only."""


class SearchIndexUnavailable(LibraryError):
    """The search index cannot answer (missing, damaged, foreign) and cannot be rebuilt here."""




REPAIR_HINT = "; `coopviewer --library {path} repair` salvages what it can into a new library"


def _looks_damaged(message: str) -> bool:
    return any(w in message for w in ("malformed", "not a database", "corrupt"))


def repair_library(damaged: str | os.PathLike[str], into: str | os.PathLike[str] | None = None) -> dict:
    """Salvage a damaged library into a new folder: its documents (text, word boxes and the
    stored files), the analyst's corrections and baskets, every row that can still be read;
    entities and the search index are built again. Returns what was copied and lost."""
    import shutil

    source = Path(damaged).expanduser()
    db = source / DB_NAME
    if not db.is_file():
        raise LibraryError(f"no library database at {db}")
    target = Path(into).expanduser() if into else source.with_name(source.name + "-repaired")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise LibraryError(f"{target} is not an empty folder: give a new one with --into")
    with Library(target) as lib:
        tables = lib.store.salvage_from(str(db))
        if (source / "files").is_dir():
            shutil.copytree(source / "files", target / "files", dirs_exist_ok=True)
        lib.reextract()  # entities, mentions and relations from the salvaged passages; reindexes
        documents = len(lib.documents())
    return {"library": str(target), "documents": documents, "tables": tables}


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

        `path` may also name a team library on PostgreSQL (`postgresql://…` or `service=…`,
        as may $COOPVIEWER_LIBRARY): then the Store and the engine are the server's and
        the role's rights decide what may be written (docs/TEAM.md).
        """
        target = str(path) if path else os.environ.get(ENV_LIBRARY, "")
        if is_server_target(target):
            self._open_server(target, readonly)
            return
        self.server = False
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
        try:
            self.store = Store(db_path, readonly=self.readonly,
                               analyst_path=str(analyst_path) if analyst_path is not None else None)
        except StoreError as exc:
            self._lock.release()
            raise LibraryError(f"{exc}{REPAIR_HINT.format(path=self.path) if _looks_damaged(str(exc)) else ''}") from None
        if self.store.cannot_write:  # e.g. a full disk: reading needs no room
            self._lock.release()
            self.readonly, self.readonly_reason = True, self.store.cannot_write
        if not self.readonly:
            self._check_after_unclean_close()
            try:
                self._choose_engine(engine)
            except LibraryError:
                self.store.close()
                self._lock.release()
                raise
        self.index_home = IndexHome(os.path.join(self.path, "index"))
        self.engine: SearchEngine | None = None
        self.index_build: IndexBuild | None = None
        if not self.readonly:
            try:
                self._catch_up_index()
            except IndexUnavailable as exc:
                self.close()
                raise LibraryError(str(exc)) from None
            if self.store.corrections_fingerprint() != self.store.corrections_applied():
                self.reextract()  # a correction committed but not applied: killed midway

    def _open_server(self, target: str, readonly: bool) -> None:
        """A team library on PostgreSQL: no folder, no lock file, no index to keep (docs/TEAM.md)."""
        from coopviewer.search.pg_engine import PostgresEngine
        from coopviewer.store.pg.store import PostgresStore

        self.server = True
        self._lock = None
        self._extractor = None
        self._corrections = None
        try:
            self.store = PostgresStore(target, readonly=readonly)
        except StoreError as exc:
            raise LibraryError(str(exc)) from None
        self.path = self.store.path  # host/database, for messages: never the password
        self.readonly = self.store.readonly
        self.readonly_reason = ("opened read-only" if readonly else
                                f"the role {self.store.user} may only read this team library") if self.readonly else None
        self.index_home = None
        self.index_build = None
        self.engine = PostgresEngine(self.store, readonly=self.readonly)

    # --- lifecycle -------------------------------------------------------------------
    def _check_after_unclean_close(self) -> None:
        """A writer that did not close (a crash, kill -9, a power cut) leaves `in_use` set:
        then SQLite's quick check runs once, and a damaged file is named with the way out."""
        if self.store.meta("in_use") == "1":
            found = self.store.damage()
            if found:
                self.store.close()
                self._lock.release()
                raise LibraryError(f"the library database {os.path.join(self.path, DB_NAME)} is damaged "
                                   f"({found[:200]}){REPAIR_HINT.format(path=self.path)}")
        self.store.set_meta(in_use="1")

    def close(self) -> None:
        if self.engine is not None:
            self.engine.close()
            self.engine = None
        if not self.readonly:
            try:
                self.store.set_meta(in_use="0")
            except Exception:  # closing never fails on a bookkeeping write (a full disk)
                pass
        self.store.close()
        if self._lock is not None:
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
        if not self.store.shared:
            self._require_writer()

    @property
    def shared(self) -> bool:
        """True when the analyst's work lives apart from a (read-only) library."""
        return self.store.shared

    # --- the search index ----------------------------------------------------------------
    @property
    def engine_name(self) -> str:
        """The engine this library's index is built with (recorded in its meta)."""
        return self.store.meta("engine") or DEFAULT_ENGINE

    def _choose_engine(self, engine: str | None) -> None:
        if engine is None:
            return
        if engine not in ENGINES:
            raise LibraryError(f"unknown search engine '{engine}' (one of {', '.join(ENGINES)})")
        recorded = self.store.meta("engine")
        if recorded is None:
            self.store.set_meta(engine=engine)
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
                and current.build == self.store.meta("index_build")
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
        return self.store.generation()

    def stamp_index(self, generation: int | None = None) -> None:
        """Record that the index now reflects SQLite `generation` (default: the current one)."""
        if self.index_build is not None and not self.server:
            IndexHome.set_generation(self.index_build, self.store_generation() if generation is None else generation)

    def search_engine(self) -> SearchEngine:
        """The engine on the current index; a reader follows a rebuild another process swapped in.

        Raises SearchIndexUnavailable with what to do when there is no usable index.
        """
        if self.engine is not None and (self.server or not self.readonly or not self.index_home.changed()):
            return self.engine
        current = self.index_home.current()
        how = f"run `coopviewer --library {self.path} reindex` with write access"
        if current is None:
            raise SearchIndexUnavailable(f"the library {self.path} has no usable search index; {how}")
        if current.build not in (self.store.meta("index_build"), self.store.meta("index_build_previous")):
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
        return self._ask_engine(lambda engine: engine.search(parsed, limit))

    def _engine_facets(self, parsed: ParsedQuery) -> EngineFacets | None:
        return self._ask_engine(lambda engine: engine.facets(parsed))

    def _ask_engine(self, ask):
        """Ask the engine; a damaged index is rebuilt and asked again when the library is writable."""
        engine = self.search_engine()
        if self.server:
            return ask(engine)  # the server's own index: nothing to rebuild here
        try:
            return ask(engine)
        except Exception as exc:
            if self.readonly:
                raise SearchIndexUnavailable(
                    f"the search index of {self.path} cannot be read ({type(exc).__name__}); run "
                    f"`coopviewer --library {self.path} reindex` with write access") from None
            self.reindex()
            return ask(self.search_engine())

    # --- extraction --------------------------------------------------------------------
    @property
    def corrections(self) -> Corrections:
        if self._corrections is None:
            self._corrections = self.store.corrections()
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
        from coopviewer.ingest.pipeline import IngestTarget, ingest

        target = IngestTarget(self.store, self.search_engine(), None if self.server else self.path, self.extractor,
                              self.corrections, self.stamp_index)
        return ingest(target, paths, progress=progress, cancelled=cancelled, password=password, workers=workers)

    def remove_document(self, doc_id: int) -> None:
        self._require_writer()
        with self.store.transaction():
            self.store.delete_document(doc_id)
            self.store.bump_generation()
        self.search_engine().write([], delete_docs=[doc_id])
        self.stamp_index()

    def reindex(self, progress: Callable[[Progress], None] | None = None, engine: str | None = None) -> int:
        """Rebuild the search index from SQLite (with `engine`: switch to it); returns the passages indexed.

        The new index is written beside the current one and swapped in when whole, so
        readers in other processes answer from the old one until then.
        """
        self._require_writer()
        if self.server:  # the vectors are written with the passages; there is no index to rebuild
            if engine not in (None, "postgresql"):
                raise LibraryError("a team library searches with PostgreSQL's own full text")
            return self.engine.doc_count()
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
        count = self._index_documents(new, self.store.searchable_doc_ids(), progress=progress)
        IndexHome.set_generation(build, generation)
        # the new build is named in SQLite before the pointer moves; readers accept the
        # previous one as well until then
        self.store.set_meta(index_build_previous=self.store.meta("index_build"), index_build=build.build, engine=name)
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
            batch.extend(IndexRecord(*row) for row in self.store.index_rows(doc_id))
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
        self.store.reextract(self.extractor, self.corrections)
        self.reindex()

    # --- documents -------------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        return self.store.documents()

    def document(self, id_or_path: int | str) -> DocumentInfo:
        """A document by id, path, file name or stem; raises LibraryError if none."""
        text = str(id_or_path)
        if (row_id := as_row_id(text)) is not None:
            doc = self.store.document(row_id)
            if doc:
                return doc
        for doc in self.documents():
            if text in (doc.path, os.path.basename(doc.path), Path(doc.path).stem) or os.path.abspath(text) == doc.path:
                return doc
        raise LibraryError(f"no document '{text}' in the library")

    def stored_path(self, doc: DocumentInfo) -> str:
        """The library's own copy of a document (falls back to the original path).

        A team library keeps its PDFs in the server: fetched once into the user cache.
        """
        if self.server and doc.stored:
            return self._cached_pdf(doc)
        if doc.stored:
            p = os.path.join(self.path, doc.stored)
            if os.path.exists(p):
                return p
        return doc.path

    def _cached_pdf(self, doc: DocumentInfo) -> str:
        cached = server_cache_dir() / f"{doc.sha256}.pdf"
        if not cached.exists():
            pdf = self.store.pdf_bytes(doc.sha256)
            if pdf is None:
                return doc.path
            cached.parent.mkdir(parents=True, exist_ok=True)
            part = cached.with_suffix(f".{os.getpid()}.part")
            part.write_bytes(pdf)
            os.replace(part, cached)
        return str(cached)

    def page(self, doc_id: int, page: int) -> PageInfo | None:
        return self.store.page(doc_id, page)

    def passage(self, passage_id: int) -> PassageInfo | None:
        return self.store.passage(passage_id)

    def page_passages(self, doc_id: int, page: int) -> list[PassageInfo]:
        return self.store.page_passages(doc_id, page)

    # --- search ----------------------------------------------------------------------
    def search(self, query: str, *, limit: int | None = 50, entity: str | None = None, facets: bool = False) -> SearchResults:
        """Search passages. Raises QueryError with a clear message for a bad query.

        `limit` hits are returned (None: all, 0: none — the total and facets only);
        `facets` counts partners, units, documents and years: over every match when
        the engine counts them itself (Tantivy), else over the best FACET_HIT_CAP.
        """
        parsed = parse_query(query) if query.strip() else ParsedQuery(text="")
        if entity:
            ids = self.store.find_entities(entity)
            if not ids:
                raise QueryError(f"no entity named '{entity}' in the library")
            parsed.entity_groups.append(ids[:1])
        for f in parsed.entity_filters:
            ids = self.store.find_entities(f.value, f.type)
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
        engine_facets = self._engine_facets(parsed) if facets else None
        # limit=None: every hit; with facets the engine cannot count, the best FACET_HIT_CAP are counted here
        own_facets = facets and engine_facets is None
        wanted = None if limit is None else max(limit, FACET_HIT_CAP if own_facets else 1)
        raw, total = self._engine_search(parsed, wanted)
        marks = mark_terms(parsed.tree)
        shown = raw if limit is None else raw[:limit]
        passages = self.store.passages([h.passage_id for h in shown])
        hits = group_by_document(self._hits(shown, passages, marks, parsed))
        results = SearchResults(query, hits, total)
        if engine_facets is not None:
            results.facets = self.store.facets_from_counts(engine_facets.entities, engine_facets.documents)
        elif facets:
            results.facets = self.facets([h.passage_id for h in raw[:FACET_HIT_CAP]])
        return results

    def _entity_only_search(self, query: str, parsed: ParsedQuery, limit: int | None, facets: bool) -> SearchResults:
        """Entity filters without words: answered by SQLite's mention index, in reading order.

        Clicking "Nederland" on a 20k-page library names ~150,000 passages; asking the
        search index for all of them and sorting took ~1 s (see Store.entity_passages).
        """
        engine_facets = self._engine_facets(parsed) if facets else None
        own_facets = facets and engine_facets is None
        wanted = None if limit is None else max(limit, FACET_HIT_CAP if own_facets else 0)
        ids, total = self.store.entity_passages(parsed.entity_groups, parsed.years, parsed.doc_ids, wanted)
        shown = ids if limit is None else ids[:limit]
        passages = self.store.passages(shown)
        hits = self._hits([EngineHit(pid, 0.0) for pid in shown], passages, [], parsed)
        results = SearchResults(query, hits, total)
        if engine_facets is not None:
            results.facets = self.store.facets_from_counts(engine_facets.entities, engine_facets.documents)
        elif facets:
            results.facets = self.facets(ids[:FACET_HIT_CAP])
        return results

    def _hits(self, raw, passages: dict[int, PassageInfo], marks: list[MarkTerm], parsed: ParsedQuery) -> list[Hit]:
        docs = {}
        for doc_id in {p.doc_id for p in passages.values()}:
            doc = self.store.document(doc_id)
            if doc is not None:
                docs[doc_id] = doc
        hits = []
        for h in raw:
            p = passages.get(h.passage_id)
            if p is None or p.doc_id not in docs:
                continue  # index ahead of a deletion; it catches up on the next open
            spans, next_page_rects = self._marked(p, marks)
            if parsed.entity_groups:
                ids = [i for g in parsed.entity_groups for i in g]
                spans = merge_spans(spans + self.store.mention_spans(p.id, ids))
            d = docs[p.doc_id]
            rects = [r for s, e in spans for r in p.rects(s, e)]
            hits.append(Hit(p.doc_id, d.title, d.path, p.page, p.id, round(h.score, 4), make_snippet(p.text, spans),
                            spans, p.text, d.date, d.number, rects, next_page_rects))
        return hits

    def _marked(self, p: PassageInfo, marks: list[MarkTerm]) -> tuple[list[list[int]], list[Rect]]:
        """The query's words in a passage, and their rectangles on the next page where the
        passage runs on over the page break and a phrase crosses it (page_breaks.junction_text)."""
        if not marks:
            return [], []
        after = self.store.continuation(p)
        if after is None:
            return spans_for_terms(p.text, marks), []
        cut = len(p.text) + 1
        spans = spans_for_terms(joined(p.text, head(after.text)), marks)
        here = [[s, min(e, len(p.text))] for s, e in spans if s < len(p.text)]
        return here, [r for s, e in spans if e > cut for r in after.rects(max(s, cut) - cut, e - cut)]

    def facets(self, passage_ids: list[int]) -> dict[str, list[Facet]]:
        """Counts of matching passages by partner, unit, document and year (from SQLite)."""
        return self.store.facets(passage_ids)

    def english_query(self, query: str) -> tuple[str, str] | None:
        """An English entity name as the whole query ("Germany") → its Dutch name and the entity.

        The documents are Dutch: an English-speaking analyst's "Germany" must reach the
        passages that say "Duitsland", restricted to that entity.
        """
        text = query.strip().strip('"').strip()
        if not text:
            return None
        folded = fold(text)
        for eid in self.store.find_entities(text):
            row = self.store.entity_name_english(eid)
            if row and row[1] and fold(row[1]) == folded and fold(row[0]) != folded:
                return f'"{row[0]}"', str(eid)
        return None

    # --- entities ----------------------------------------------------------------------
    def analyst_search(self, query: str, *, lang: str = "nl", entity: str | None = None,
                       **kw) -> SearchResults:
        """A query as the analyst means it, the same in the window and on the command line.

        A query that is a whole entity name, Dutch or English ("Duitsland", "Germany"),
        lists every passage that names the entity, as a click on it does — also those
        that say "Duitse" or "Bondsrepubliek" — so the counts agree. In English, an
        English name inside a query searches the Dutch passages. Anything else is a
        plain search (with `entity` as a filter when given).
        """
        if not entity:
            named = self.named_entity(query)
            if named:
                return self.search("", entity=named, **kw)
            mapped = self.english_query(query) if lang == "en" else None
            if mapped:
                return self.search(mapped[0], entity=mapped[1], **kw)
        return self.search(query, entity=entity, **kw)

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
        folded = fold(text)
        for eid in self.store.find_entities(text):
            names = self.store.entity_name_english(eid, visible_only=True)
            if names and folded in (fold(names[0]), fold(names[1] or "")):
                return str(eid)
        return None

    def find_entity(self, name_or_id: str, type_: str | None = None) -> EntityInfo:
        ids = self.store.find_entities(name_or_id, type_)
        if not ids:
            raise LibraryError(f"no entity named '{name_or_id}' in the library")
        rows = self._with_corrections(self.store.entity_rows(ids=ids[:1], include_hidden=True), True)
        if not rows:
            raise LibraryError(f"'{name_or_id}' has no mentions in the library")
        return rows[0]

    def entities(self, type_: str | None = None, doc: str | int | None = None, include_hidden: bool = False) -> list[EntityInfo]:
        if type_ is not None and type_ not in ENTITY_TYPES:
            raise LibraryError(f"unknown entity type '{type_}' (one of {', '.join(ENTITY_TYPES)})")
        doc_id = self.document(doc).id if doc is not None else None
        return self._with_corrections(
            self.store.entity_rows(type_, doc_id, include_hidden=include_hidden), include_hidden
        )

    def mentions(self, name_or_id: str | int, doc: str | int | None = None) -> list[Mention]:
        entity = self.find_entity(str(name_or_id))
        doc_id = self.document(doc).id if doc is not None else None
        return self.store.mentions([entity.id], doc_id)

    def page_mentions(self, doc_id: int, page: int) -> list[Mention]:
        return self.store.page_mentions(doc_id, page)

    def references(self) -> list[Reference]:
        return self.store.references()

    def cites(self, doc_id: int) -> list[Reference]:
        """References cited in a document."""
        return [r for r in self.references() if any(c["doc_id"] == doc_id for c in r.cited_in)]

    def cited_by(self, doc_id: int) -> list[Reference]:
        """References elsewhere that resolve to this document."""
        return [r for r in self.references() if r.resolves_to == doc_id]

    def relations(self, entity_id: int) -> list[dict]:
        return self.store.relations(entity_id)

    # --- corrections (the analyst's own; survive re-ingest) ---------------------------
    def _correct(self, op: str, key: str, value: str | None) -> None:
        if self.server:  # corrections are shared in a team library: a curator's work
            self._require_writer()
        self._require_analyst_writer()
        try:
            check_correction(op, key, value)
        except SchemaError as exc:
            raise LibraryError(str(exc)) from None
        self.store.add_correction(op, key, value)
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
        self.store.rename_entity(e.id, name.strip())

    def hide(self, entity: str, hidden: bool = True) -> None:
        e = self.find_entity(entity)
        self._correct("hide" if hidden else "unhide", e.key, None)
        if self.readonly:
            return
        self.store.hide_entity(e.id, hidden)

    def confirm(self, entity: str, confirmed: bool = True) -> None:
        """The analyst settles a candidate (an entity a rule found, not the gazetteer): it stays, confirmed."""
        e = self.find_entity(entity)
        self._correct("confirm" if confirmed else "unconfirm", e.key, None)
        if self.readonly:
            return  # applied when entities are read (see _with_corrections)
        self.store.confirm_entity(e.id, confirmed)

    def corrections_list(self) -> list[dict]:
        return self.store.corrections_list()

    def delete_correction(self, correction_id: int) -> dict:
        """Remove one correction and rebuild the entities without it; returns the removed row."""
        self._require_analyst_writer()
        row = self.store.delete_correction(correction_id)
        if row is None:
            raise LibraryError(f"no correction {correction_id} (see `coopviewer correct list`)")
        self._corrections = None
        self._reextract_if_writable()
        return row

    def undo_correction(self) -> dict:
        """Remove the newest correction; returns it."""
        last = self.store.last_correction_id()
        if last is None:
            raise LibraryError("there are no corrections to undo")
        return self.delete_correction(last)

    # --- baskets (the analyst's own; survive re-ingest) -------------------------------
    def basket_names(self) -> list[str]:
        return self.store.basket_names()

    def basket(self, name: str) -> baskets_store.Basket:
        try:
            return self.store.basket(name)
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
        return self.store.basket_add(basket, doc_sha256=doc.sha256, page=p.page, text=text,
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
        changed: dict[int, str] = {}
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
                changed[it.id] = group
        self.store.basket_set_groups(changed)
        return len(changed)

    def basket_remove(self, item_id: int) -> None:
        self._require_analyst_writer()
        self.store.basket_remove(item_id)

    def basket_restore(self, item_id: int) -> None:
        """Undo a removal."""
        self._require_analyst_writer()
        self.store.basket_restore(item_id)

    def basket_note(self, item_id: int, note: str) -> None:
        self._require_analyst_writer()
        self.store.basket_note(item_id, note)

    def basket_group(self, item_id: int, group: str) -> None:
        self._require_analyst_writer()
        self.store.basket_set_groups({item_id: group})

    def basket_reorder(self, basket: str, item_ids: list[int]) -> None:
        self._require_analyst_writer()
        try:
            self.store.basket_reorder(basket, item_ids)
        except baskets_store.BasketError as exc:
            raise LibraryError(str(exc)) from None

    def citation(self, passage_id: int, lang: str = "nl") -> str:
        """The page citation of a passage, in the one house style."""
        from coopviewer.export.citation import citation, source_of

        p = self.passage(passage_id)
        if p is None:
            raise LibraryError(f"no passage {passage_id}")
        return citation(source_of(self.document(p.doc_id)), p.page, lang)

    # --- the analyst's data as one file -------------------------------------------------
    def export_analyst_data(self, path: str) -> str:
        return self.store.export_analyst_data(path)

    def import_analyst_data(self, path: str) -> dict:
        """Merge an analyst-data file; re-applies imported corrections to the entities."""
        self._require_analyst_writer()
        data = analyst_store.read_export(path)
        added = self.store.import_analyst_data(data)
        if added["corrections"] and not self.readonly:
            self.reextract()
        return added

    def stats(self) -> dict:
        return self.store.stats()


# --- the team server (docs/TEAM.md) ----------------------------------------------------------

def init_server(target: str) -> list[str]:
    """Create the team library's schema and roles on a PostgreSQL database; returns what was created."""
    from coopviewer.store.pg.connection import ServerError, connect, describe, first_line, scrub
    from coopviewer.store.pg.schema import init_server as init

    if not is_server_target(target):
        raise LibraryError(f"{scrub(target)} is not a PostgreSQL address (postgresql://… or service=…)")
    try:
        conn = connect(target)
    except ServerError as exc:
        raise LibraryError(str(exc)) from None
    try:
        return init(conn)
    except Exception as exc:  # psycopg's errors: one line, never the password
        raise LibraryError(f"cannot set up the team library at {describe(target)}: {first_line(exc, target)}") from None
    finally:
        conn.close()


def push_library(local_dir: str | os.PathLike[str], target: str):
    """Upload a local library (documents, PDFs, entities, baskets, corrections) to a team library."""
    if is_server_target(local_dir) or not is_server_target(target):
        raise LibraryError("push goes from a library folder to a PostgreSQL address")
    if not os.path.exists(os.path.join(local_dir, DB_NAME)):
        raise LibraryError(f"no library at {local_dir}")
    with Library(local_dir, readonly=True) as local, Library(target) as server:
        server._require_writer()
        return server.store.push_from(local.store, local.path)


def pull_library(target: str, local_dir: str | os.PathLike[str]):
    """An offline copy of a team library: a normal local library in `local_dir` (new or empty)."""
    if not is_server_target(target) or is_server_target(local_dir):
        raise LibraryError("pull goes from a PostgreSQL address to a library folder")
    if os.path.exists(os.path.join(local_dir, DB_NAME)):
        raise LibraryError(f"{local_dir} already holds a library; pull into a new folder")
    with Library(target, readonly=True) as server:
        with Library(local_dir) as local:
            try:
                report = server.store.pull_into(local.store, local.path)
            except StoreError as exc:
                raise LibraryError(str(exc)) from None
            local.reindex()
    return report


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
    """Windows of the passage that show every matched word (coopviewer/snippets.py)."""
    from coopviewer.snippets import make_snippet as windows_snippet

    return windows_snippet(text, spans, width)


__all__ = ["Library", "LibraryError", "ReadOnlyLibrary", "QueryError", "SearchIndexUnavailable"]
