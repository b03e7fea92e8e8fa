"""Build briefings from what the library holds: an entity, a query or a basket.

Each quote is a whole passage (or the analyst's selected part of one) with the
regions its crops show: every line of the quoted text, page by page, and the marked
words. Passages are stored per page, so a paragraph that runs over a page break is
two passages; a briefing quotes it once, joined, and cites it "pp. 3–4".
"""

from __future__ import annotations

from typing import Any, Protocol

from coopviewer.export.briefing import Briefing, BriefingItem, CropRegion
from coopviewer.export.citation import SourceRef, source_of
from coopviewer.models import DocumentInfo, EntityInfo, Hit, PassageInfo, SearchResults
from coopviewer.page_breaks import body, runs_on


class Library(Protocol):
    """What a briefing reads of a library (the facade is one; declared here so export
    depends on this narrow view, not on the facade above it)."""

    def documents(self) -> list[DocumentInfo]: ...
    def passage(self, passage_id: int) -> PassageInfo | None: ...
    def page_passages(self, doc_id: int, page: int) -> list[PassageInfo]: ...
    def stored_path(self, doc: DocumentInfo) -> str: ...
    def find_entity(self, name_or_id: str, type_: str | None = None) -> EntityInfo: ...
    def search(self, query: str, *, limit: int | None = 50, entity: str | None = None,
               facets: bool = False) -> SearchResults: ...
    def basket(self, name: str) -> Any: ...  # coopviewer.store.baskets.Basket

MAX_ITEMS = 500

def _body(passages: list[PassageInfo], neighbour: list[PassageInfo]) -> list[PassageInfo]:
    """A page's body passages: without its page number, footnotes and running header or footer."""
    return [passages[i] for i in body([p.text for p in passages], [p.text for p in neighbour])]


def whole_passage(lib: Library, passage: PassageInfo) -> list[PassageInfo]:
    """The passage with the parts of it on the neighbouring pages: one to three passages."""
    parts = [passage]
    page = lib.page_passages(passage.doc_id, passage.page)
    if passage.page > 1:
        prev = lib.page_passages(passage.doc_id, passage.page - 1)
        here, before = _body(page, prev), _body(prev, page)
        if here and here[0].id == passage.id and before and runs_on(before[-1].text, passage.text):
            parts.insert(0, before[-1])
    nxt = lib.page_passages(passage.doc_id, passage.page + 1)
    here, after = _body(page, nxt), _body(nxt, page)
    if here and here[-1].id == passage.id and after and runs_on(passage.text, after[0].text):
        parts.append(after[0])
    return parts


def join_parts(parts: list[PassageInfo]) -> tuple[str, dict[int, int]]:
    """The parts' text as one quote, and where each part starts in it."""
    text, starts = "", {}
    for p in parts:
        if text and not text.endswith(("-", "–")):
            text += " "
        starts[p.id] = len(text)
        text += p.text
    return text, starts


def quote_item(lib: Library, doc: DocumentInfo, passage: PassageInfo, marks: list[list[int]],
               span: tuple[int, int] | None = None, **kw) -> tuple[BriefingItem, frozenset[int]]:
    """A briefing item quoting `passage` (or its chars `span`), `marks` relative to the passage,
    and the ids of the passages it quotes.

    A whole passage takes in its parts across page breaks; a part of one (a selection)
    stays as selected.
    """
    parts = [passage] if span else whole_passage(lib, passage)
    text, starts = join_parts(parts)
    offset = starts[passage.id]
    lo, hi = span or (0, len(passage.text))
    regions = []
    for p in parts:
        if p.id == passage.id:
            marked = [r for s, e in marks if e > lo and s < hi for r in p.rects(max(s, lo), min(e, hi))]
            regions.append(CropRegion(p.page, p.rects(lo, hi), marked))
        else:
            regions.append(CropRegion(p.page, p.rects(0, len(p.text))))
    if span:
        text = passage.text[lo:hi]
        shifted = [[max(s, lo) - lo, min(e, hi) - lo] for s, e in marks if e > lo and s < hi]
    else:
        shifted = [[s + offset, e + offset] for s, e in marks]
    item = BriefingItem(
        text=text,
        page=parts[0].page,
        end_page=parts[-1].page if parts[-1].page != parts[0].page else None,
        source=source_of(doc),
        source_key=doc.sha256,
        marks=shifted,
        rects=regions[0].marks if regions else [],
        regions=regions,
        pdf_path=lib.stored_path(doc),
        **kw,
    )
    return item, frozenset(p.id for p in parts)


def _merge_runs(items: list[tuple[BriefingItem, frozenset[int]]]) -> list[BriefingItem]:
    """One quote for a passage across a page break, when both its halves were collected."""
    out: list[tuple[BriefingItem, frozenset[int]]] = []
    for item, ids in items:
        prev = out[-1] if out else None
        if prev is not None and prev[1] == ids and prev[0].source_key == item.source_key and len(ids) > 1:
            kept = prev[0]
            kept.marks = sorted(kept.marks + [m for m in item.marks if m not in kept.marks])
            for region, extra in zip(kept.regions, item.regions, strict=False):
                region.marks += [r for r in extra.marks if r not in region.marks]
            if item.note and item.note not in kept.note:
                kept.note = f"{kept.note}\n{item.note}".strip()
            continue
        out.append((item, ids))
    return [item for item, _ in out]


def from_hits(lib: Library, hits: list[Hit], title: str, **kw) -> Briefing:
    docs = {d.id: d for d in lib.documents()}
    items = []
    for h in hits:
        passage = lib.passage(h.passage_id)
        if h.doc_id not in docs or passage is None:
            continue
        items.append(quote_item(lib, docs[h.doc_id], passage, h.spans, group=docs[h.doc_id].title))
    return Briefing(title=title, items=_merge_runs(items), **kw)


def from_entity(lib: Library, name_or_id: str, title: str | None = None, **kw) -> Briefing:
    entity = lib.find_entity(name_or_id)
    hits = lib.search("", entity=str(entity.id), limit=MAX_ITEMS).hits
    return from_hits(lib, hits, title or entity.name, **kw)


def from_query(lib: Library, query: str, title: str | None = None, **kw) -> Briefing:
    hits = lib.search(query, limit=MAX_ITEMS).hits
    return from_hits(lib, hits, title or query, **kw)


def _find_passage(lib: Library, doc: DocumentInfo, page: int, text: str) -> tuple[PassageInfo, int] | None:
    """The stored passage a basket item's text comes from, and where the text starts in it."""
    for p in lib.page_passages(doc.id, page):
        at = p.text.find(text)
        if at >= 0:
            return p, at
    return None


def from_basket(lib: Library, name: str, title: str | None = None, **kw) -> Briefing:
    basket = lib.basket(name)
    by_sha = {d.sha256: d for d in lib.documents()}
    items = []
    for it in basket.items:
        doc = by_sha.get(it.doc_sha256)
        found = _find_passage(lib, doc, it.page, it.text) if doc else None
        if found is None:  # the document left the library: the item's own snapshot
            src = source_of(doc) if doc else SourceRef(it.source.get("title", "?"), it.source.get("date"), it.source.get("number"))
            item = BriefingItem(text=it.text, page=it.page, source=src, source_key=it.doc_sha256, marks=it.marks,
                                rects=list(it.rects), note=it.note, group=it.group,
                                pdf_path=lib.stored_path(doc) if doc else None)
            items.append((item, frozenset()))
            continue
        passage, at = found
        whole = at == 0 and len(it.text) == len(passage.text)
        marks = [[s + at, e + at] for s, e in it.marks]
        items.append(quote_item(lib, doc, passage, marks, None if whole else (at, at + len(it.text)),
                                note=it.note, group=it.group))
    return Briefing(title=title or basket.name, items=_merge_runs(items), **kw)
