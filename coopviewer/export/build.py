"""Build briefings from what the library holds: an entity, a query or a basket."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coopviewer.export.briefing import Briefing, BriefingItem
from coopviewer.export.citation import SourceRef, source_of
from coopviewer.models import DocumentInfo, Hit

if TYPE_CHECKING:
    from coopviewer.library import Library

MAX_ITEMS = 500


def _item_from_hit(lib: Library, hit: Hit, docs: dict[int, DocumentInfo], group: str = "") -> BriefingItem:
    doc = docs[hit.doc_id]
    return BriefingItem(
        text=hit.text,
        page=hit.page,
        source=source_of(doc),
        source_key=doc.sha256,
        marks=hit.spans,
        rects=hit.rects,
        group=group,
        pdf_path=lib.stored_path(doc),
    )


def from_hits(lib: Library, hits: list[Hit], title: str, **kw) -> Briefing:
    docs = {d.id: d for d in lib.documents()}
    items = [_item_from_hit(lib, h, docs, docs[h.doc_id].title) for h in hits if h.doc_id in docs]
    return Briefing(title=title, items=items, **kw)


def from_entity(lib: Library, name_or_id: str, title: str | None = None, **kw) -> Briefing:
    entity = lib.find_entity(name_or_id)
    hits = lib.search("", entity=str(entity.id), limit=MAX_ITEMS).hits
    return from_hits(lib, hits, title or entity.name, **kw)


def from_query(lib: Library, query: str, title: str | None = None, **kw) -> Briefing:
    hits = lib.search(query, limit=MAX_ITEMS).hits
    return from_hits(lib, hits, title or query, **kw)


def from_basket(lib: Library, name: str, title: str | None = None, **kw) -> Briefing:
    basket = lib.basket(name)
    by_sha = {d.sha256: d for d in lib.documents()}
    items = []
    for it in basket.items:
        doc = by_sha.get(it.doc_sha256)
        src = source_of(doc) if doc else SourceRef(it.source.get("title", "?"), it.source.get("date"), it.source.get("number"))
        items.append(
            BriefingItem(
                text=it.text,
                page=it.page,
                source=src,
                source_key=it.doc_sha256,
                marks=it.marks,
                rects=list(it.rects),
                note=it.note,
                group=it.group,
                pdf_path=lib.stored_path(doc) if doc else None,
            )
        )
    return Briefing(title=title or basket.name, items=items, **kw)
