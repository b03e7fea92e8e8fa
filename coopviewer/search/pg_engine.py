"""The PostgreSQL engine of a team library: the query tree as a tsquery, answered by the server.

The index is the `tsv` column of the passages table (store/pg/fts.py), written in the
same transaction as the passage, so there is nothing to build, swap or stamp: `write`
only counts, and every reader sees each committed document at once. The engine holds
the Store's connection; it is made by the library, never from a folder.
"""

from __future__ import annotations

from collections.abc import Iterable

from coopviewer.page_breaks import JUNCTION_MARK
from coopviewer.search.engine import EngineFacets, EngineHit, IndexRecord, SearchEngine
from coopviewer.search.query import (
    And,
    AndMaybe,
    Node,
    Not,
    Or,
    ParsedQuery,
    Phrase,
    Word,
    positive_leaves,
)
from coopviewer.store.pg import fts


class PostgresEngine(SearchEngine):
    name = "postgresql"

    def __init__(self, store, *, readonly: bool = False) -> None:
        super().__init__(store.target, readonly=readonly)
        self.store = store

    def create(self) -> None:
        """The vector and its GIN index are part of the schema (store/pg/schema.py)."""

    def open(self) -> None:
        pass

    def write(self, records: Iterable[IndexRecord], delete_docs: Iterable[int] = ()) -> int:
        """Each passage's vector was written with it; only the words around a page break
        (a record's junction, known once the whole document is stored) are added here."""
        records = list(records)
        junctions = [(r.passage_id, fts.junction_vector(r.junction)) for r in records if r.junction]
        if junctions and not self.readonly:
            self.store.fts_add_junctions(junctions)
        return len(records)

    def search(self, parsed: ParsedQuery, limit: int | None) -> tuple[list[EngineHit], int]:
        match, rank = self.tsqueries(parsed)
        if match is None and not (parsed.entity_groups or parsed.years or parsed.doc_ids):
            return [], 0
        rows, total = self.store.fts_search(match, rank, parsed.entity_groups, parsed.years, parsed.doc_ids, limit)
        return [EngineHit(pid, score) for pid, score in rows], total

    def facets(self, parsed: ParsedQuery) -> EngineFacets | None:
        match, _rank = self.tsqueries(parsed)
        if match is None and not (parsed.entity_groups or parsed.years or parsed.doc_ids):
            return EngineFacets({}, {})
        entities, documents = self.store.fts_facets(match, parsed.entity_groups, parsed.years, parsed.doc_ids)
        return EngineFacets(entities, documents)

    def doc_count(self) -> int:
        return self.store.fts_passage_count()

    def close(self) -> None:
        """The connection is the Store's."""

    # --- the tree as tsquery text ----------------------------------------------------------
    def tsqueries(self, parsed: ParsedQuery) -> tuple[str | None, str | None]:
        """(the tsquery that matches, the one that ranks: every positive word, ANDMAYBE's too)."""
        if parsed.tree is None:
            return None, None
        match = self._node(parsed.tree)
        leaves = [q for q in (fts.word_query(" ".join(leaf.words) if isinstance(leaf, Phrase) else leaf.text,
                                             getattr(leaf, "prefix", False))
                              for leaf in positive_leaves(parsed.tree)) if q]
        return match, (" | ".join(leaves) if leaves else None)

    def _node(self, node: Node) -> str | None:
        if isinstance(node, Word):
            return fts.word_query(node.text, node.prefix)
        if isinstance(node, Phrase):
            words = " ".join(node.words)
            inside = fts.word_query(words)
            over_break = fts.junction_phrase(words, JUNCTION_MARK)
            if inside is None or over_break is None:
                return inside
            return f"(({inside}) | {over_break})"
        if isinstance(node, Not):
            inner = self._node(node.child)
            return f"!({inner})" if inner is not None else None
        if isinstance(node, AndMaybe):
            return self._node(node.required)  # the optional side only ranks
        kids = [k for k in (self._node(c) for c in node.children) if k is not None]
        if not kids:
            return None
        joiner = " | " if isinstance(node, Or) else " & "
        assert isinstance(node, Or | And)
        return kids[0] if len(kids) == 1 else "(" + joiner.join(f"({k})" for k in kids) + ")"
