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

INDEX_NAME = "passages"
whoosh_files.install()  # mmapped segments are read in place, not copied into the heap
# One Whoosh commit per WRITE_BATCH passages, its pool held in memory up to WRITER_MB:
# measured on 100,000 passages of the large benchmark library, 4,000 per commit with
# 128 MB indexed 927 passages/s, 20,000 with 128 MB 1,329/s, 20,000 with 256 MB
# 1,897/s, 50,000 with 256 MB 1,145/s (the pool spills to disk). Fewer, larger
# segments also mean fewer merges.
WRITE_BATCH = 20_000
WRITER_MB = 256


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
            self._set_searcher(self._searcher.refresh())

    def _set_searcher(self, searcher) -> None:
        if searcher is not self._searcher:
            self._pids = {}  # document numbers change with the segments
        self._searcher = searcher

    # --- searching -------------------------------------------------------------
    @property
    def searcher(self):
        if self._searcher is None:
            # Passages vary from one line to a long paragraph: damp BM25's length penalty.
            self._set_searcher(self.ix.searcher(weighting=scoring.BM25F(B=0.35)))
        else:
            self._set_searcher(self._searcher.refresh())
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
        if limit is None:
            results = searcher.search(q, limit=None)
            total = len(results)
        else:
            # One pass that scores every match and counts them: Whoosh's default top-N
            # collector skips blocks and then runs the whole query again to count.
            collector = collectors.TopCollector(limit=limit, usequality=False, replace=0)
            searcher.search_with_collector(q, collector)
            results = collector.results()
            total = collector.total
        pids = self._pids
        hits = []
        for docnum, score in results.items():
            pid = pids.get(docnum)
            if pid is None:
                pid = pids[docnum] = int(searcher.stored_fields(docnum)["passage_id"])
            hits.append(RawHit(pid, float(score)))
        marks: list[MarkTerm] = []
        if text_q is not None:
            collect_mark_terms(text_q, marks)
        return hits, total, marks

    def doc_count(self) -> int:
        return self.searcher.doc_count()


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
