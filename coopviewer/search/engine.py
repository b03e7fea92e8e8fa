"""The SearchEngine interface: plain data in, plain data out.

In go a `ParsedQuery` (its words as a tree, its filters as ids), `IndexRecord`s and
document ids to delete; out come `EngineHit`s (passage id and score) and the total.
No engine type crosses this line: the library, the ingest writer and the benchmark
never see a Whoosh or Tantivy object. Spans are not the engine's business: they are
found by the project's own analyzer (search/marking.py), the same for every engine,
and facets are counted by the Store from the hits' passage ids.

A new engine subclasses `SearchEngine`, registers its name in `ENGINES` and passes
tests/search/test_engine_contract.py.
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass

from coopviewer.search.query import ParsedQuery

# name → "module:Class"; imported only when a library uses that engine
ENGINES = {
    "tantivy": "coopviewer.search.tantivy_engine:TantivyEngine",
    "whoosh": "coopviewer.search.whoosh_engine:WhooshEngine",
}
DEFAULT_ENGINE = "tantivy"
# Boost of the exact-form field over the stemmed one: "brigades" ranks a passage
# saying "brigades" above one saying "brigade".
EXACT_BOOST = 1.5
# Passages per index commit, for ingest and rebuilds alike (tuned on Whoosh, see
# whoosh_engine.WRITER_MB; Tantivy is indifferent between 5,000 and 50,000).
WRITE_BATCH = 20_000


@dataclass
class IndexRecord:
    """What an index needs of one passage."""

    passage_id: int
    doc_id: int
    year: str | None
    entity_ids: list[int]
    text: str
    # the words either side of a page break the passage runs on over, for phrases only
    # (page_breaks.junction_text); None for most passages
    junction: str | None = None


@dataclass(frozen=True)
class EngineHit:
    passage_id: int
    score: float


@dataclass
class EngineFacets:
    """Matching passages per entity id and per document id, over every match."""

    entities: dict[int, int]
    documents: dict[int, int]


class IndexUnavailable(RuntimeError):
    """The index cannot be read (missing, damaged, foreign); the message says what to do."""


class SearchEngine(ABC):
    """One index folder of one engine. One writer at a time (the library's write lock)."""

    name: str = ""
    # True when writing costs as much CPU as the rest of ingest (pure Python): the
    # ingest writer then commits in a process of its own, beside the SQLite writes.
    background_writes: bool = False

    def __init__(self, directory: str, *, readonly: bool = False) -> None:
        self.directory = directory
        self.readonly = readonly

    @abstractmethod
    def create(self) -> None:
        """Make an empty index in `directory` (which exists and is empty)."""

    @abstractmethod
    def open(self) -> None:
        """Open the existing index; raises IndexUnavailable when it cannot be read."""

    @abstractmethod
    def write(self, records: Iterable[IndexRecord], delete_docs: Iterable[int] = ()) -> int:
        """Drop the passages of `delete_docs`, add `records`, in one commit; returns the count added."""

    @abstractmethod
    def search(self, parsed: ParsedQuery, limit: int | None) -> tuple[list[EngineHit], int]:
        """Best `limit` hits (None: all) for the query's words and id filters, and the total.

        `parsed.tree` holds the words; `entity_groups`, `years` and `doc_ids` narrow.
        """

    def facets(self, parsed: ParsedQuery) -> EngineFacets | None:
        """Facet counts over every match, if the engine can count them itself.

        None (the default) leaves them to the Store, over the best FACET_HIT_CAP hits.
        """
        return None

    @abstractmethod
    def doc_count(self) -> int:
        """Passages in the index (after the latest commit)."""

    @abstractmethod
    def close(self) -> None:
        ...


def engine_class(name: str) -> type[SearchEngine]:
    """The engine class registered under `name`; ValueError naming the known ones."""
    try:
        target = ENGINES[name]
    except KeyError:
        raise ValueError(f"unknown search engine '{name}' (one of {', '.join(ENGINES)})") from None
    module, cls = target.split(":")
    return getattr(importlib.import_module(module), cls)
