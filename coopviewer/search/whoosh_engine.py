"""The Whoosh engine: kept beside Tantivy because the design card names it.

The index is derived data. It holds no text of its own (SQLite has it), only what
searching needs: the passage id, filter fields and the two analysed text fields
(analysed by the project's own analyzers, search/analysis.py). Queries are built
from the query tree (search/query.py), never by Whoosh's own parser.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable

from coopviewer.page_breaks import JUNCTION_MARK
from coopviewer.search import whoosh_files
from coopviewer.search.analysis import exact_analyzer, index_stem_analyzer, query_terms
from coopviewer.search.engine import (
    EXACT_BOOST,
    EngineHit,
    IndexRecord,
    IndexUnavailable,
    SearchEngine,
)
from coopviewer.search.query import And, AndMaybe, Node, Not, Or, ParsedQuery, Phrase, Word

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh import collectors, scoring
    from whoosh import index as whoosh_index
    from whoosh import query as wq
    from whoosh.fields import ID, KEYWORD, TEXT, Schema
    from whoosh.reading import EmptyReader

INDEX_NAME = "passages"
whoosh_files.install()  # mmapped segments are read in place, not copied into the heap
# One Whoosh commit per WRITE_BATCH passages (search.engine), its pool held in memory up to WRITER_MB:
# measured on 100,000 passages of the large benchmark library, 4,000 per commit with
# 128 MB indexed 927 passages/s, 20,000 with 128 MB 1,329/s, 20,000 with 256 MB
# 1,897/s, 50,000 with 256 MB 1,145/s (the pool spills to disk). Fewer, larger
# segments also mean fewer merges.
WRITER_MB = 256
# Two-stage ranking: the stemmed field picks this many candidates (at least the limit),
# the full query (stem + exact form) orders them. A passage outside the stemmed top
# RERANK_DEPTH cannot reach the shown top 50 through the exact-form boost alone
# unless hundreds of passages tie on the stem.
RERANK_DEPTH = 500


def make_schema() -> Schema:
    return Schema(
        passage_id=ID(stored=True, unique=True),
        doc_id=ID(),
        year=ID(),
        entity=KEYWORD(),
        text=TEXT(analyzer=index_stem_analyzer(), phrase=True),
        exact=TEXT(analyzer=exact_analyzer(), phrase=True),
        junction=TEXT(analyzer=index_stem_analyzer(), phrase=True),
    )


class WhooshEngine(SearchEngine):
    """One Whoosh index folder; one writer at a time, one cached searcher."""

    name = "whoosh"
    background_writes = True  # pure Python: as costly as the rest of ingest

    def __init__(self, directory: str, *, readonly: bool = False) -> None:
        super().__init__(directory, readonly=readonly)
        self._ix = None
        self._searcher = None
        self._pids: dict[int, int] = {}  # Whoosh docnum → passage id, for the current searcher

    # --- lifecycle -------------------------------------------------------------
    def create(self) -> None:
        os.makedirs(self.directory, exist_ok=True)
        whoosh_index.create_in(self.directory, make_schema(), indexname=INDEX_NAME)
        self.open()

    def open(self) -> None:
        if not (os.path.isdir(self.directory) and whoosh_index.exists_in(self.directory, INDEX_NAME)):
            raise IndexUnavailable(f"no Whoosh index in {self.directory}")
        try:
            self._ix = whoosh_index.open_dir(self.directory, indexname=INDEX_NAME, readonly=self.readonly)
            self.searcher.doc_count()  # reads the segment files: a damaged one fails here
        except IndexUnavailable:
            raise
        except Exception as exc:
            self.close()
            raise IndexUnavailable(f"the Whoosh index in {self.directory} cannot be read "
                                   f"({type(exc).__name__}: {str(exc)[:120]})") from None

    def close(self) -> None:
        self._pids = {}
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    @property
    def ix(self):
        if self._ix is None:
            self.open()
        return self._ix

    # --- writing ---------------------------------------------------------------
    def write(self, records: Iterable[IndexRecord], delete_docs: Iterable[int] = ()) -> int:
        """Add passages (and drop those of `delete_docs` first) in one commit."""
        writer = self.ix.writer(limitmb=WRITER_MB)
        count = 0
        try:
            for doc_id in delete_docs:
                writer.delete_by_term("doc_id", str(doc_id))
            for rec in records:
                writer.add_document(
                    passage_id=str(rec.passage_id),
                    doc_id=str(rec.doc_id),
                    year=rec.year or "",
                    entity=" ".join(str(e) for e in rec.entity_ids),
                    text=rec.text,
                    exact=rec.text,
                    **({"junction": rec.junction} if rec.junction else {}),
                )
                count += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        self.refresh()
        return count

    def refresh(self) -> None:
        """Look at the newest commit (of this or another process)."""
        if self._searcher is not None:
            self._set_searcher(self._refreshed(self._searcher))

    def _new_searcher(self):
        # Passages vary from one line to a long paragraph: damp BM25's length penalty.
        return self.ix.searcher(weighting=scoring.BM25F(B=0.35))

    def _refreshed(self, searcher):
        """The searcher on the newest commit (the same one when nothing changed).

        Whoosh cannot refresh a searcher opened on an empty index (its EmptyReader has
        no segments to reuse: TypeError), as after a first ingest that another process
        committed; such a searcher is replaced by a new one.
        """
        if isinstance(searcher.ixreader, EmptyReader):
            if self.ix.latest_generation() == searcher.ixreader.generation():
                return searcher
            searcher.close()
            return self._new_searcher()
        return searcher.refresh()

    def _set_searcher(self, searcher) -> None:
        if searcher is not self._searcher:
            self._pids = {}  # document numbers change with the segments
        self._searcher = searcher

    # --- searching -------------------------------------------------------------
    @property
    def searcher(self):
        if self._searcher is None:
            self._set_searcher(self._new_searcher())
        else:
            self._set_searcher(self._refreshed(self._searcher))
        return self._searcher

    def build_query(self, parsed: ParsedQuery):
        """The Whoosh query of a ParsedQuery, and its words part alone (None when there are only filters)."""
        text_q = _node_query(parsed.tree) if parsed.tree is not None else None
        if isinstance(text_q, wq.Not):
            text_q = wq.And([wq.Every(), text_q])
        filters: list = []
        for group in parsed.entity_groups:
            filters.append(wq.Or([wq.Term("entity", str(e)) for e in group]))
        if parsed.years:
            filters.append(wq.Or([wq.Term("year", y) for y in parsed.years]))
        if parsed.doc_ids:
            filters.append(wq.Or([wq.Term("doc_id", str(d)) for d in parsed.doc_ids]))
        if text_q is None and not filters:
            return None, None
        if text_q is None:
            return wq.And(filters), text_q
        return (wq.And([text_q, *filters]) if filters else text_q), text_q

    def search(self, parsed: ParsedQuery, limit: int | None) -> tuple[list[EngineHit], int]:
        """Run a query: hits (best first) and the total count."""
        q, _text_q = self.build_query(parsed)
        if q is None:
            return [], 0
        searcher = self.searcher
        lean = lean_query(q) if limit is not None else q
        if limit is None:
            results = searcher.search(q, limit=None)
            total = len(results)
            ranked = list(results.items())
        elif lean is q:
            ranked, total = self._top(searcher, q, limit)
        else:
            # Two stages: the stemmed field alone finds (and counts) the same passages
            # at half the cost; its best RERANK_DEPTH are then scored by the full query,
            # exact-form boost included. Beyond that depth (the facet counts' top 5,000)
            # the stemmed order stands.
            candidates, total = self._top(searcher, lean, max(limit, RERANK_DEPTH))
            head, tail = candidates[:RERANK_DEPTH], candidates[RERANK_DEPTH:limit]
            rescored = self._rescore(searcher, q, sorted(d for d, _ in head))
            ranked = (sorted(rescored, key=lambda ds: (-ds[1], ds[0])) + tail)[:limit]
        pids = self._pids
        hits = []
        for docnum, score in ranked:
            pid = pids.get(docnum)
            if pid is None:
                pid = pids[docnum] = int(searcher.stored_fields(docnum)["passage_id"])
            hits.append(EngineHit(pid, float(score)))
        return hits, total

    @staticmethod
    def _top(searcher, q, limit: int) -> tuple[list[tuple[int, float]], int]:
        """The best `limit` (docnum, score) and the number of matches, in one pass.

        Whoosh's default top-N collector skips blocks and then runs the whole query
        again to count; scoring every match once is cheaper here.
        """
        collector = collectors.TopCollector(limit=limit, usequality=False, replace=0)
        searcher.search_with_collector(q, collector)
        return list(collector.results().items()), collector.total

    @staticmethod
    def _rescore(searcher, q, docnums: list[int]) -> list[tuple[int, float]]:
        """Full-query scores of the given (sorted) docnums, by skipping each segment's matcher."""
        context = searcher.context()
        out: list[tuple[int, float]] = []
        i = 0
        for sub, offset in searcher.leaf_searchers():
            end = offset + sub.doc_count_all()
            matcher = None
            while i < len(docnums) and docnums[i] < end:
                local = docnums[i] - offset
                i += 1
                if matcher is None:
                    matcher = q.matcher(sub, context)
                if not matcher.is_active():
                    continue
                if matcher.id() < local:
                    matcher.skip_to(local)
                if matcher.is_active() and matcher.id() == local:
                    out.append((local + offset, float(matcher.score())))
        return out

    def doc_count(self) -> int:
        return self.searcher.doc_count()


def lean_query(q):
    """`q` with each exact-field variant dropped where the stemmed variant finds a superset.

    Every word or phrase comes as (text:stem OR exact:form^1.5). Both
    fields share one tokenizer, so a passage holding the exact form holds its stem:
    the `text` term or phrase alone matches the same passages, and the same set
    under AND/OR/NOT. Prefixes are kept whole ("brigade*" matches "brigades", whose
    stem "brigad" does not start with "brigade"), as is a stop word only the exact
    field knows. Returns `q` itself when nothing can be dropped.
    """
    def lean(node):
        if isinstance(node, wq.Or):
            kids = list(node.children())
            plain = all(type(k) in (wq.Term, wq.Phrase) and k.fieldname in ("text", "exact") for k in kids)
            texts = [k for k in kids if k.fieldname == "text"] if plain else []
            if texts and 2 * len(texts) == len(kids):  # every word came as a (text, exact) pair
                return texts[0] if len(texts) == 1 else wq.Or(texts)
        return node.apply(lean) if list(node.children()) else node

    out = lean(q)
    return q if out == q else out


def _word_query(text: str, prefix: bool = False):
    """(text:stem OR exact:form^1.5) of one typed word or phrase; None when it has no tokens."""
    stems, exact, stops = query_terms(text)
    if not exact:
        return None
    if prefix:
        head = [wq.Term("exact", e) for e in exact[:-1]]
        pair = wq.Or([wq.Prefix("text", exact[-1]), wq.Prefix("exact", exact[-1], boost=EXACT_BOOST)])
        return wq.And([*head, pair]) if head else pair
    if len(exact) == 1:
        if stops[0]:  # a stop word: only its exact form is searched
            return wq.Term("exact", exact[0], boost=EXACT_BOOST)
        return wq.Or([wq.Term("text", stems[0]), wq.Term("exact", exact[0], boost=EXACT_BOOST)])
    phrase = wq.Or([wq.Phrase("text", stems), wq.Phrase("exact", exact, boost=EXACT_BOOST)])
    over_break = [wq.Phrase("junction", [*stems[:k], JUNCTION_MARK, *stems[k:]]) for k in range(1, len(stems))]
    return wq.Or([phrase, *over_break]) if over_break else phrase


def _node_query(node: Node):
    if isinstance(node, Word):
        return _word_query(node.text, node.prefix)
    if isinstance(node, Phrase):
        return _word_query(" ".join(node.words))
    if isinstance(node, Not):
        inner = _node_query(node.child)
        return wq.Not(inner) if inner is not None else None
    if isinstance(node, AndMaybe):
        req, opt = _node_query(node.required), _node_query(node.optional)
        return wq.AndMaybe(req, opt) if req is not None and opt is not None else req
    kids = [k for k in (_node_query(c) for c in node.children) if k is not None]
    if not kids:
        return None
    if isinstance(node, Or):
        kids = [wq.And([wq.Every(), k]) if isinstance(k, wq.Not) else k for k in kids]
        return kids[0] if len(kids) == 1 else wq.Or(kids)
    assert isinstance(node, And)
    if all(isinstance(k, wq.Not) for k in kids):
        kids.insert(0, wq.Every())
    return kids[0] if len(kids) == 1 else wq.And(kids)
