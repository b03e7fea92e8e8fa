"""The Whoosh passage index: schema, batched writes, one cached searcher.

The index is derived data. It holds no text of its own (SQLite has it), only what
searching needs: the passage id, filter fields and the two analysed text fields.
That keeps it small and writes fast; spans are found afterwards by re-analysing
the few passages shown (see analysis.spans_for_terms).
"""

from __future__ import annotations

import os
import shutil
import warnings
from collections.abc import Iterable
from dataclasses import dataclass

from coopviewer.search import whoosh_files
from coopviewer.search.analysis import MarkTerm, dutch_analyzer, exact_analyzer
from coopviewer.search.query import ParsedQuery

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh import collectors, scoring
    from whoosh import index as whoosh_index
    from whoosh import query as wq
    from whoosh.fields import ID, KEYWORD, TEXT, Schema
    from whoosh.qparser import MultifieldParser
    from whoosh.qparser.plugins import FieldsPlugin
    from whoosh.reading import EmptyReader

INDEX_NAME = "passages"
whoosh_files.install()  # mmapped segments are read in place, not copied into the heap
# One Whoosh commit per WRITE_BATCH passages, its pool held in memory up to WRITER_MB:
# measured on 100,000 passages of the large benchmark library, 4,000 per commit with
# 128 MB indexed 927 passages/s, 20,000 with 128 MB 1,329/s, 20,000 with 256 MB
# 1,897/s, 50,000 with 256 MB 1,145/s (the pool spills to disk). Fewer, larger
# segments also mean fewer merges.
WRITE_BATCH = 20_000
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
        text=TEXT(analyzer=dutch_analyzer(), phrase=True),
        exact=TEXT(analyzer=exact_analyzer(), phrase=True),
    )


@dataclass
class IndexRecord:
    """What the index needs of one passage."""

    passage_id: int
    doc_id: int
    year: str | None
    entity_ids: list[int]
    text: str


@dataclass
class RawHit:
    passage_id: int
    score: float


class PassageIndex:
    """Owns the Whoosh index directory; one writer at a time, one cached searcher."""

    def __init__(self, directory: str, *, readonly: bool = False) -> None:
        self.directory = directory
        self.readonly = readonly
        self._ix = None
        self._searcher = None
        self._parser = None
        self._pids: dict[int, int] = {}  # Whoosh docnum → passage id, for the current searcher

    # --- lifecycle -------------------------------------------------------------
    def exists(self) -> bool:
        return os.path.isdir(self.directory) and whoosh_index.exists_in(self.directory, INDEX_NAME)

    def open(self) -> bool:
        """Open the index; create an empty one if missing. Returns True if created."""
        created = False
        if not self.exists():
            if self.readonly:
                return False
            os.makedirs(self.directory, exist_ok=True)
            whoosh_index.create_in(self.directory, make_schema(), indexname=INDEX_NAME)
            created = True
        self._ix = whoosh_index.open_dir(self.directory, indexname=INDEX_NAME, readonly=self.readonly)
        return created

    def recreate(self) -> None:
        """Drop and recreate the index (before a full rebuild)."""
        self.close()
        if os.path.isdir(self.directory):
            shutil.rmtree(self.directory)
        self.open()

    def close(self) -> None:
        self._parser = None
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
                )
                count += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        self._refresh()
        return count

    def delete_documents(self, doc_ids: Iterable[int]) -> None:
        self.write([], delete_docs=doc_ids)

    def _refresh(self) -> None:
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

    def parser(self) -> MultifieldParser:
        """The query parser (built once per open index: its plugins cost a few ms to set up)."""
        if self._parser is None:
            parser = MultifieldParser(
                ["text", "exact"], self.ix.schema, fieldboosts={"text": 1.0, "exact": 1.5}
            )
            parser.remove_plugin_class(FieldsPlugin)  # field filters are resolved by us, not by users
            self._parser = parser
        return self._parser

    def build_query(self, parsed: ParsedQuery):
        """Turn a ParsedQuery into a Whoosh query (None when there are only filters)."""
        text_q = None
        if parsed.text.strip():
            text_q = self.parser().parse(parsed.text)
            if text_q is wq.NullQuery or isinstance(text_q, type(wq.NullQuery)):
                text_q = None
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

    def search(self, parsed: ParsedQuery, limit: int | None) -> tuple[list[RawHit], int, list[MarkTerm]]:
        """Run a query: hits (best first), total count, and the words and phrases to mark."""
        q, text_q = self.build_query(parsed)
        if q is None:
            return [], 0, []
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
            hits.append(RawHit(pid, float(score)))
        marks: list[MarkTerm] = []
        if text_q is not None:
            collect_mark_terms(text_q, marks)
        return hits, total, marks

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

    The parser turns every word or phrase into (text:stem OR exact:form^1.5). Both
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


def collect_mark_terms(q, out: list[MarkTerm]) -> None:
    """The words and phrases of a query that a hit should show marked (not the negated ones)."""
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.AndNot):
        collect_mark_terms(q.a, out)
        return
    if isinstance(q, wq.Phrase):
        out.append((q.fieldname, tuple(str(w) for w in q.words)))
        return
    if isinstance(q, wq.Prefix):
        out.append((q.fieldname, (str(q.text) + "*",)))
        return
    if isinstance(q, wq.Term):
        text = q.text.decode("utf-8") if isinstance(q.text, bytes) else str(q.text)
        out.append((q.fieldname, (text,)))
        return
    for child in q.children():
        collect_mark_terms(child, out)
