"""The Tantivy engine: the default for new libraries.

Tantivy (Rust) analyses, indexes and scores outside Python: a 20,000-page library
indexes in seconds and answers in a millisecond or two, and its search releases the
GIL, so the window keeps painting while it runs. The two text fields are analysed by
Tantivy itself with the project's token pattern and Tantivy's Dutch Snowball stemmer
(the same algorithm as search/analysis.py's); stop words are kept in the stemmed
field at their positions, and a stop word typed alone is searched in its exact form
only, as in the Whoosh engine. Queries are built from the query tree
(search/query.py), never by Tantivy's own parser.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
from collections.abc import Iterable

import tantivy

from coopviewer.page_breaks import JUNCTION_MARK
from coopviewer.search.analysis import TOKEN_PATTERN, is_stop
from coopviewer.search.engine import (
    EXACT_BOOST,
    EngineFacets,
    EngineHit,
    IndexRecord,
    IndexUnavailable,
    SearchEngine,
)
from coopviewer.search.query import And, AndMaybe, Node, Not, Or, ParsedQuery, Phrase, Word

WRITER_HEAP = 128_000_000  # bytes, shared by the writer's threads
WRITER_THREADS = 2
TIE_MARGIN = 20  # extra hits fetched beyond a limit, to order ties at the cut by passage id
FACET_BUCKETS = 65_000  # every entity and document a query can name (the bucket cap of Tantivy's terms agg)
MUST, SHOULD, MUST_NOT = tantivy.Occur.Must, tantivy.Occur.Should, tantivy.Occur.MustNot


def _analyzer(stemmed: bool) -> tantivy.TextAnalyzer:
    builder = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.regex(TOKEN_PATTERN)).filter(tantivy.Filter.lowercase())
    if stemmed:
        builder = builder.filter(tantivy.Filter.stemmer("dutch"))
    return builder.filter(tantivy.Filter.ascii_fold()).build()


def make_schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_unsigned_field("passage_id", stored=True, fast=True, indexed=True)
    sb.add_unsigned_field("doc_id", indexed=True, fast=True)  # fast: counted for facets
    sb.add_unsigned_field("year", indexed=True)
    sb.add_unsigned_field("entity", indexed=True, fast=True)
    sb.add_text_field("text", tokenizer_name="nl_stem", index_option="position")
    sb.add_text_field("exact", tokenizer_name="nl_exact", index_option="position")
    sb.add_text_field("junction", tokenizer_name="nl_stem", index_option="position")
    return sb.build()


def _has_field(schema: tantivy.Schema, name: str) -> bool:
    try:
        tantivy.Query.term_query(schema, name, "x")
    except ValueError:
        return False
    return True


class TantivyEngine(SearchEngine):
    name = "tantivy"

    def __init__(self, directory: str, *, readonly: bool = False) -> None:
        super().__init__(directory, readonly=readonly)
        self.schema = make_schema()
        self._index: tantivy.Index | None = None
        self._stem = _analyzer(stemmed=True)
        self._exact = _analyzer(stemmed=False)
        self._seen: float | None = None  # mtime of meta.json when last reloaded
        self._snapshot: str | None = None  # a private copy, when the index cannot be locked here
        self._junctions = True  # the index has the junction field (an index built before it has not)

    # --- lifecycle -------------------------------------------------------------
    def create(self) -> None:
        os.makedirs(self.directory, exist_ok=True)
        self._index = tantivy.Index(self.schema, path=self.directory, reuse=False)
        self._register()

    def open(self) -> None:
        if not tantivy.Index.exists(self.directory):
            raise IndexUnavailable(f"no Tantivy index in {self.directory}")
        try:
            self._index = tantivy.Index.open(self._readable_directory())
            self._register()
            self._junctions = _has_field(self._index.schema, "junction")
            self._index.searcher().num_docs  # noqa: B018 - opens every segment: a damaged one fails here
            self._index.searcher().search(tantivy.Query.all_query(), 1)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # a damaged file can make Tantivy panic (PanicException is a BaseException)
            self._index = None
            raise IndexUnavailable(f"the Tantivy index in {self.directory} cannot be read "
                                   f"({type(exc).__name__}: {str(exc)[:120]})") from None

    def _register(self) -> None:
        self._index.register_tokenizer("nl_stem", self._stem)
        self._index.register_tokenizer("nl_exact", self._exact)

    def _readable_directory(self) -> str:
        """The index folder, or a private copy of it when this user cannot take Tantivy's lock.

        Opening an index takes a lock file in its folder, which a read-only mount or a
        colleague's library (files owned by another user) refuses; the segments can still
        be read, so a reader then searches a snapshot in the temp folder (refreshed when
        the library's index changes), the way a read-only SQLite open sees its data.
        """
        lock = os.path.join(self.directory, ".tantivy-meta.lock")
        if not self.readonly or os.access(lock if os.path.exists(lock) else self.directory, os.W_OK):
            return self.directory
        self._drop_snapshot()
        self._snapshot = tempfile.mkdtemp(prefix="coopviewer-index-")
        atexit.register(shutil.rmtree, self._snapshot, True)
        for name in os.listdir(self.directory):
            if not name.startswith(".tantivy-") or not name.endswith(".lock"):
                shutil.copy2(os.path.join(self.directory, name), self._snapshot)
        return self._snapshot

    def _drop_snapshot(self) -> None:
        if self._snapshot is not None:
            shutil.rmtree(self._snapshot, ignore_errors=True)
            self._snapshot = None

    def close(self) -> None:
        self._index = None
        self._drop_snapshot()

    @property
    def index(self) -> tantivy.Index:
        if self._index is None:
            self.open()
        return self._index

    def _searcher(self) -> tantivy.Searcher:
        """A searcher on the newest commit: reloaded when meta.json changed (any process)."""
        index = self.index
        try:
            mtime = os.stat(os.path.join(self.directory, "meta.json")).st_mtime_ns
        except OSError:
            mtime = None
        if mtime != self._seen:
            if self._snapshot is not None and self._seen is not None:
                self.open()  # another process committed: take a fresh snapshot
                index = self._index
            else:
                index.reload()
            self._seen = mtime
        return index.searcher()

    # --- writing ---------------------------------------------------------------
    def write(self, records: Iterable[IndexRecord], delete_docs: Iterable[int] = ()) -> int:
        writer = self.index.writer(WRITER_HEAP, WRITER_THREADS)
        count = 0
        try:
            for doc_id in delete_docs:
                # by query: by_term builds a signed term and misses unsigned fields (0.27)
                writer.delete_documents_by_query(tantivy.Query.term_query(self.schema, "doc_id", int(doc_id)))
            for rec in records:
                doc = tantivy.Document()
                doc.add_unsigned("passage_id", rec.passage_id)
                doc.add_unsigned("doc_id", rec.doc_id)
                if rec.year and rec.year.isdigit():
                    doc.add_unsigned("year", int(rec.year))
                for e in rec.entity_ids:
                    doc.add_unsigned("entity", e)
                doc.add_text("text", rec.text)
                doc.add_text("exact", rec.text)
                if rec.junction:
                    doc.add_text("junction", rec.junction)
                writer.add_document(doc)
                count += 1
            writer.commit()
        except BaseException:
            writer.rollback()
            raise
        finally:
            writer.wait_merging_threads()  # releases the writer's lock on the folder
        self._seen = None
        self._share_files()
        return count

    def _share_files(self) -> None:
        """Give Tantivy's own files the permissions of every other file of the library.

        Tantivy writes meta.json and .managed.json through a private temporary file
        (mode 0600), so another user (a colleague reading a shared library, a second
        account) could read the segments but not open the index.
        """
        umask = os.umask(0)
        os.umask(umask)
        for name in ("meta.json", ".managed.json"):
            try:
                os.chmod(os.path.join(self.directory, name), 0o666 & ~umask)
            except OSError:
                pass

    # --- searching -------------------------------------------------------------
    def build_query(self, parsed: ParsedQuery) -> tantivy.Query | None:
        parts: list[tuple[tantivy.Occur, tantivy.Query]] = []
        if parsed.tree is not None:
            q = self._node(parsed.tree)
            if q is not None:
                parts.append(q)
        for group in parsed.entity_groups:
            parts.append((MUST, self._any("entity", group)))
        if parsed.years:
            parts.append((MUST, self._any("year", [int(y) for y in parsed.years])))
        if parsed.doc_ids:
            parts.append((MUST, self._any("doc_id", parsed.doc_ids)))
        if not parts:
            return None
        return self._bool(parts)

    def search(self, parsed: ParsedQuery, limit: int | None) -> tuple[list[EngineHit], int]:
        q = self.build_query(parsed)
        if q is None:
            return [], 0
        try:
            return self._search(q, limit)
        except (KeyboardInterrupt, SystemExit, IndexUnavailable):
            raise
        except BaseException as exc:  # damaged segment files: Tantivy errors or panics
            raise IndexUnavailable(f"the Tantivy index in {self.directory} cannot be read "
                                   f"({type(exc).__name__}: {str(exc)[:120]})") from None

    def _search(self, q: tantivy.Query, limit: int | None) -> tuple[list[EngineHit], int]:
        searcher = self._searcher()
        # Equal scores come back in segment order, which depends on the writer's threads:
        # take a margin beyond the limit and order ties by passage id, so the same
        # library gives the same list after every rebuild (and the same as Whoosh).
        wanted = searcher.num_docs if limit is None else min(searcher.num_docs, limit * 2 + TIE_MARGIN)
        result = searcher.search(q, max(wanted, 1), count=True)
        pids = searcher.fast_field_values("passage_id", [addr for _score, addr in result.hits])
        ranked = sorted(((float(score), int(pid)) for (score, _a), pid in zip(result.hits, pids, strict=True)),
                        key=lambda sp: (-round(sp[0], 4), sp[1]))
        if limit is not None:
            ranked = ranked[:limit]
        return [EngineHit(pid, score) for score, pid in ranked], result.count

    def facets(self, parsed: ParsedQuery) -> EngineFacets | None:
        """Passages per entity and per document over every match, counted in Tantivy's columns."""
        q = self.build_query(parsed)
        if q is None:
            return EngineFacets({}, {})
        aggs = {name: {"terms": {"field": name, "size": FACET_BUCKETS}} for name in ("entity", "doc_id")}
        try:
            result = self._searcher().aggregate(q, aggs)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:
            raise IndexUnavailable(f"the Tantivy index in {self.directory} cannot be read "
                                   f"({type(exc).__name__}: {str(exc)[:120]})") from None

        def counts(name: str) -> dict[int, int]:
            return {int(b["key"]): int(b["doc_count"]) for b in result.get(name, {}).get("buckets", [])}

        return EngineFacets(counts("entity"), counts("doc_id"))

    def doc_count(self) -> int:
        return self._searcher().num_docs

    # --- query building ----------------------------------------------------------
    def _any(self, field: str, values: Iterable[int]) -> tantivy.Query:
        terms = [tantivy.Query.term_query(self.schema, field, int(v)) for v in values]
        return terms[0] if len(terms) == 1 else tantivy.Query.boolean_query([(SHOULD, t) for t in terms])

    def _bool(self, parts: list[tuple[tantivy.Occur, tantivy.Query]]) -> tantivy.Query:
        """A boolean query; one of only negative parts matches everything else (as in Whoosh)."""
        if all(occur == MUST_NOT for occur, _q in parts):
            parts = [(MUST, tantivy.Query.all_query()), *parts]
        if len(parts) == 1 and parts[0][0] != MUST_NOT:
            return parts[0][1]
        return tantivy.Query.boolean_query(parts)

    def _field_query(self, field: str, analyzer: tantivy.TextAnalyzer, text: str) -> tantivy.Query | None:
        tokens = analyzer.analyze(text)
        if not tokens:
            return None
        if len(tokens) == 1:
            return tantivy.Query.term_query(self.schema, field, tokens[0])
        return tantivy.Query.phrase_query(self.schema, field, tokens)

    def _word(self, text: str, prefix: bool = False) -> tantivy.Query | None:
        """(text:stem OR exact:form^1.5) of one typed word or phrase; None when it has no tokens."""
        exact_tokens = self._exact.analyze(text)
        if not exact_tokens:
            return None
        if prefix:
            head = [(MUST, tantivy.Query.term_query(self.schema, "exact", t)) for t in exact_tokens[:-1]]
            pattern = re.escape(exact_tokens[-1]) + ".*"
            pair = tantivy.Query.boolean_query([
                (SHOULD, tantivy.Query.regex_query(self.schema, "text", pattern)),
                (SHOULD, tantivy.Query.boost_query(tantivy.Query.regex_query(self.schema, "exact", pattern), EXACT_BOOST)),
            ])
            return tantivy.Query.boolean_query([*head, (MUST, pair)]) if head else pair
        exact = tantivy.Query.boost_query(self._field_query("exact", self._exact, text), EXACT_BOOST)
        if len(exact_tokens) == 1 and is_stop(exact_tokens[0]):
            return exact  # a stop word: only its exact form is searched
        stem = self._field_query("text", self._stem, text)
        return tantivy.Query.boolean_query([(SHOULD, stem), (SHOULD, exact)])

    def _node(self, node: Node) -> tuple[tantivy.Occur, tantivy.Query] | None:
        """(occurrence, query) of a tree node; a negation is (MUST_NOT, what it negates)."""
        if isinstance(node, Word):
            q = self._word(node.text, node.prefix)
            return (MUST, q) if q is not None else None
        if isinstance(node, Phrase):
            q = self._word(" ".join(node.words))
            if q is None:
                return None
            tokens = self._stem.analyze(" ".join(node.words))
            over_break = [] if not self._junctions else [tantivy.Query.phrase_query(self.schema, "junction", [*tokens[:k], JUNCTION_MARK, *tokens[k:]])
                          for k in range(1, len(tokens))]
            return (MUST, tantivy.Query.boolean_query([(SHOULD, x) for x in (q, *over_break)]) if over_break else q)
        if isinstance(node, Not):
            inner = self._node(node.child)
            if inner is None:
                return None
            return (MUST_NOT, self._as_query(inner))
        if isinstance(node, AndMaybe):
            req, opt = self._node(node.required), self._node(node.optional)
            if req is None or opt is None:
                return req
            return (MUST, tantivy.Query.boolean_query([(MUST, self._as_query(req)), (SHOULD, self._as_query(opt))]))
        kids = [k for k in (self._node(c) for c in node.children) if k is not None]
        if not kids:
            return None
        if isinstance(node, Or):
            if len(kids) == 1:
                return kids[0]
            return (MUST, tantivy.Query.boolean_query([(SHOULD, self._as_query(k)) for k in kids]))
        assert isinstance(node, And)
        if len(kids) == 1:
            return kids[0]
        return (MUST, self._bool(kids))

    def _as_query(self, part: tuple[tantivy.Occur, tantivy.Query]) -> tantivy.Query:
        occur, q = part
        return self._bool([(MUST_NOT, q)]) if occur == MUST_NOT else q
