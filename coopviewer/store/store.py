"""`Store`: the one object that owns the library's SQLite (and the analyst's own file).

Every SQL statement of the project is in this package; everything above it (the
library facade, the ingest writer, the dossier, the benchmark) calls methods here and
gets plain values or the dataclasses of coopviewer.models. A team store on another
database would implement these same methods.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import groupby

from coopviewer.geometry import unpack_boxes
from coopviewer.models import (
    DocumentInfo,
    EntityInfo,
    Facet,
    Mention,
    PageInfo,
    PassageInfo,
    Reference,
)
from coopviewer.page_breaks import junctions, may_run_on
from coopviewer.store import analyst as analyst_store
from coopviewer.store import baskets as baskets_store
from coopviewer.store import corrections as corrections_store
from coopviewer.store import documents as docs_store
from coopviewer.store import entities as ent_store
from coopviewer.store import queries
from coopviewer.store.degraded import open_database
from coopviewer.store.entities import Corrections, EntityWriter
from coopviewer.store.facets import facet_counts, facets_from_counts
from coopviewer.store.schema import (
    ANALYST_DDL,
    bump_generation,
    connect,
    get_meta,
    set_meta,
)


class StoreError(RuntimeError):
    """A database that cannot be opened or upgraded, with the reason."""


class Store:
    """The library's database, opened once; not thread-safe (one per thread, as the library)."""

    # errors after which the ingest writer runs a document's transaction again (none for a local file)
    RETRYABLE: tuple[type[BaseException], ...] = ()

    def __init__(self, db_path: str, *, readonly: bool = False, analyst_path: str | None = None) -> None:
        self.path = db_path
        self.readonly = readonly
        # why a writable open fell back to reading (a full disk), or None
        self.cannot_write: str | None = None
        try:
            self.conn: sqlite3.Connection
            self.conn, self.cannot_write, self.upgraded_from = open_database(db_path, writable=not readonly)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"the library database {db_path} cannot be opened: {exc}") from None
        if self.cannot_write:
            self.readonly = True
        self.analyst_conn: sqlite3.Connection = self.conn
        if analyst_path is not None:
            self.analyst_conn = open_analyst_db(analyst_path)

    @property
    def shared(self) -> bool:
        """True when the analyst's work lives in a file of its own."""
        return self.analyst_conn is not self.conn

    def close(self) -> None:
        if not self.readonly:
            try:  # fold the WAL back in, so the folder can be copied or shared as it is
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.DatabaseError:
                pass
        if self.shared:
            self.analyst_conn.close()
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All the writes inside commit together or not at all."""
        with self.conn:
            yield

    @contextmanager
    def analyst_transaction(self) -> Iterator[None]:
        with self.analyst_conn:
            yield

    # --- meta ------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        return get_meta(self.conn, key)

    def set_meta(self, **values: str | None) -> None:
        with self.conn:
            for key, value in values.items():
                set_meta(self.conn, key, value)

    def generation(self) -> int:
        """The count of changes to the documents the search index must follow."""
        return int(get_meta(self.conn, "generation") or 0)

    def bump_generation(self) -> None:
        """Count one change (inside the caller's transaction)."""
        bump_generation(self.conn)

    # --- documents -------------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        return docs_store.list_documents(self.conn)

    def document(self, doc_id: int) -> DocumentInfo | None:
        return docs_store.get_document(self.conn, doc_id)

    def find_by_sha(self, sha256: str) -> DocumentInfo | None:
        return docs_store.find_by_sha(self.conn, sha256)

    def find_by_path(self, path: str) -> list[DocumentInfo]:
        return docs_store.find_by_path(self.conn, path)

    def insert_document(self, data: docs_store.DocumentData, stored: str):
        """A document with its pages and passages (inside a transaction); (doc id, [(passage id, page, passage)])."""
        return docs_store.insert_document(self.conn, data, stored)

    def delete_document(self, doc_id: int) -> None:
        docs_store.delete_document(self.conn, doc_id)

    def record_failure(self, path: str, sha256: str, size: int, status: str, error: str) -> None:
        with self.conn:
            docs_store.insert_failed(self.conn, path, sha256, size, status, error)

    def page(self, doc_id: int, page: int) -> PageInfo | None:
        return docs_store.get_page(self.conn, doc_id, page)

    def passage(self, passage_id: int) -> PassageInfo | None:
        return docs_store.get_passage(self.conn, passage_id)

    def passages(self, ids: list[int]) -> dict[int, PassageInfo]:
        return docs_store.get_passages(self.conn, ids)

    def continuation(self, passage: PassageInfo) -> PassageInfo | None:
        """The next page's passage that `passage`, its page's last body passage, runs on in (page_breaks)."""
        if not may_run_on(passage.text):
            return None
        here = self.page_passages(passage.doc_id, passage.page)
        after = self.page_passages(passage.doc_id, passage.page + 1)
        for _k, a, b in junctions([[p.text for p in here], [p.text for p in after]]):
            if here[a].id == passage.id:
                return after[b]
        return None

    def page_passages(self, doc_id: int, page: int) -> list[PassageInfo]:
        return docs_store.page_passages(self.conn, doc_id, page)

    def searchable_doc_ids(self) -> list[int]:
        return queries.searchable_doc_ids(self.conn)

    def index_rows(self, doc_id: int):
        """(passage_id, doc_id, year, entity ids, text) of a document's passages, for the index."""
        return queries.index_rows(self.conn, doc_id)

    def stats(self) -> dict:
        return queries.stats(self.conn)

    # --- entities --------------------------------------------------------------------
    def entity_writer(self, extractor, corrections: Corrections) -> EntityWriter:
        return EntityWriter(self.conn, extractor, corrections)

    def corrections(self) -> Corrections:
        return Corrections.load(self.analyst_conn)

    def reextract(self, extractor, corrections: Corrections) -> None:
        """Drop the derived entities and extract again from every stored passage, in one transaction.

        The transaction also records which corrections the entities now reflect, so a
        correction whose re-extraction was killed is replayed on the next open.
        """
        applying = corrections_store.fingerprint(self.analyst_conn)
        with self.conn:
            corrections_store.mark_applied(self.conn, applying)
            queries.clear_entities(self.conn)
            writer = EntityWriter(self.conn, extractor, corrections)  # after the clear: it caches entity ids
            for doc_id, doc_rows in groupby(queries.passages_for_extraction(self.conn), key=lambda r: r[1]):
                doc_rows = list(doc_rows)
                passages = [(pid, page, text, unpack_boxes(bytes(boxes)))  # bytes: a server gives a memoryview
                            for pid, _doc, page, text, boxes, _n in doc_rows]
                writer.add_document(doc_id, passages, doc_rows[0][5])
            self.bump_generation()

    def find_entities(self, name_or_id: str, type_: str | None = None) -> list[int]:
        return ent_store.find_entities(self.conn, name_or_id, type_)

    def entity_rows(self, type_: str | None = None, doc_id: int | None = None, *, ids: list[int] | None = None,
                    include_hidden: bool = False) -> list[EntityInfo]:
        return ent_store.entity_rows(self.conn, type_, doc_id, ids=ids, include_hidden=include_hidden)

    def entity_name_english(self, entity_id: int, visible_only: bool = False) -> tuple[str, str | None] | None:
        return queries.entity_name_english(self.conn, entity_id, visible_only)

    def entity_names(self) -> dict[int, str]:
        return queries.entity_names(self.conn)

    def mentions(self, entity_ids: list[int], doc_id: int | None = None) -> list[Mention]:
        return ent_store.mention_rows(self.conn, entity_ids, doc_id)

    def page_mentions(self, doc_id: int, page: int) -> list[Mention]:
        return ent_store.page_mentions(self.conn, doc_id, page)

    def passage_mentions(self, passage_id: int) -> list[tuple[int, int, int]]:
        return queries.passage_mentions(self.conn, passage_id)

    def mention_spans(self, passage_id: int, entity_ids: list[int]) -> list[list[int]]:
        return queries.mention_spans(self.conn, passage_id, entity_ids)

    def references(self) -> list[Reference]:
        return ent_store.reference_rows(self.conn)

    def relations(self, entity_id: int) -> list[dict]:
        return queries.relations(self.conn, entity_id)

    def related_entities(self, entity_id: int, limit: int) -> list[dict]:
        return queries.related_entities(self.conn, entity_id, limit)

    def passages_naming_both(self, a: int, b: int) -> list[int]:
        return queries.passages_naming_both(self.conn, a, b)

    def network_nodes(self, types: tuple[str, ...], exclude: tuple[str, ...]) -> list[dict]:
        return queries.network_nodes(self.conn, types, exclude)

    def passage_entities(self, types: tuple[str, ...]) -> list[tuple[int, int]]:
        return queries.passage_entities(self.conn, types)

    def rename_entity(self, entity_id: int, name: str) -> None:
        with self.conn:  # the rename and "corrections applied" commit together
            queries.rename_entity(self.conn, entity_id, name, ent_store.fold(name))
            self._mark_corrections_applied()

    def hide_entity(self, entity_id: int, hidden: bool) -> None:
        with self.conn:
            queries.hide_entity(self.conn, entity_id, hidden)
            self._mark_corrections_applied()

    def confirm_entity(self, entity_id: int, confirmed: bool) -> None:
        with self.conn:
            ent_store.confirm_entity(self.conn, entity_id, confirmed)
            self._mark_corrections_applied()

    def _mark_corrections_applied(self) -> None:
        corrections_store.mark_applied(self.conn, corrections_store.fingerprint(self.analyst_conn))

    # --- search answered by SQLite -----------------------------------------------------
    def entity_passages(self, entity_groups: list[list[int]], years: list[str], doc_ids: list[int],
                        wanted: int | None) -> tuple[list[int], int]:
        return queries.entity_passages(self.conn, entity_groups, years, doc_ids, wanted)

    def facets(self, passage_ids: list[int]) -> dict[str, list[Facet]]:
        return facet_counts(self.conn, passage_ids)

    def facets_from_counts(self, entities: dict[int, int], documents: dict[int, int]) -> dict[str, list[Facet]]:
        """Facets from a search engine's own counts (ids → matching passages)."""
        return facets_from_counts(self.conn, entities, documents)

    # --- the analyst's own work ----------------------------------------------------------
    def add_correction(self, op: str, key: str, value: str | None) -> None:
        with self.analyst_conn:
            corrections_store.add(self.analyst_conn, op, key, value)

    def corrections_list(self) -> list[dict]:
        return corrections_store.rows(self.analyst_conn)

    def delete_correction(self, correction_id: int) -> dict | None:
        """Remove one correction; returns it (None: there is no such correction)."""
        with self.analyst_conn:
            row = corrections_store.get(self.analyst_conn, correction_id)
            if row is not None:
                corrections_store.delete(self.analyst_conn, correction_id)
        return row

    def last_correction_id(self) -> int | None:
        return corrections_store.last_id(self.analyst_conn)

    def damage(self) -> str | None:
        """SQLite's quick check: what is wrong with the database file, or None."""
        from coopviewer.store.repair import damage

        return damage(self.conn)

    def salvage_from(self, damaged_path: str) -> dict[str, dict[str, int]]:
        """Copy every readable document, page, passage and analyst row of a damaged database here."""
        from coopviewer.store.repair import salvage

        return salvage(damaged_path, self.conn)

    def corrections_fingerprint(self) -> str:
        """What the analyst's corrections are now, as a digest."""
        return corrections_store.fingerprint(self.analyst_conn)

    def corrections_applied(self) -> str:
        """The digest of the corrections the entities were last written with."""
        return corrections_store.applied(self.conn)

    def basket_names(self) -> list[str]:
        return baskets_store.basket_names(self.analyst_conn)

    def basket(self, name: str) -> baskets_store.Basket:
        return baskets_store.get_basket(self.analyst_conn, name)

    def basket_add(self, basket: str, **item) -> int:
        with self.analyst_conn:
            return baskets_store.add_item(self.analyst_conn, basket, **item)

    def basket_remove(self, item_id: int) -> None:
        with self.analyst_conn:
            baskets_store.remove_item(self.analyst_conn, item_id)

    def basket_restore(self, item_id: int) -> None:
        with self.analyst_conn:
            baskets_store.restore_item(self.analyst_conn, item_id)

    def basket_note(self, item_id: int, note: str) -> None:
        with self.analyst_conn:
            baskets_store.set_note(self.analyst_conn, item_id, note)

    def basket_set_groups(self, groups: dict[int, str]) -> None:
        with self.analyst_conn:
            for item_id, group in groups.items():
                baskets_store.set_group(self.analyst_conn, item_id, group)

    def basket_reorder(self, basket: str, item_ids: list[int]) -> None:
        with self.analyst_conn:
            baskets_store.reorder(self.analyst_conn, basket, item_ids)

    def export_analyst_data(self, path: str) -> str:
        return str(analyst_store.write_export(self.analyst_conn, path))

    def import_analyst_data(self, data: dict) -> dict:
        with self.analyst_conn:
            return analyst_store.import_data(self.analyst_conn, data)


def open_analyst_db(path: str) -> sqlite3.Connection:
    """The analyst's own database beside a shared library: only the analyst's tables."""
    try:
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        conn = connect(path)
        conn.executescript(ANALYST_DDL)
        conn.commit()
    except (OSError, sqlite3.DatabaseError) as exc:
        raise StoreError(f"cannot open the analyst data file {path}: {exc}") from None
    return conn
