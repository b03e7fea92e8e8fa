"""A dossier of one entity, and the co-mention network, from the library's tables.

Everything here reads SQLite (mentions, passages, documents) and re-reads the few
passages that mention the entity for dated events, so a dossier costs a handful of
queries even on a large library.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from coopviewer.dossier.events import find_events
from coopviewer.models import DocumentInfo, EntityInfo, Mention, PassageInfo


class Library(Protocol):
    """What a dossier reads of a library (the facade is one; declared here so the
    dossier depends on this narrow view, not on the facade above it)."""

    store: Any  # coopviewer.store.Store: relations, co-mentions, the network's counts

    def find_entity(self, name_or_id: str, type_: str | None = None) -> EntityInfo: ...
    def documents(self) -> list[DocumentInfo]: ...
    def mentions(self, name_or_id: str | int, doc: str | int | None = None) -> list[Mention]: ...
    def passage(self, passage_id: int) -> PassageInfo | None: ...


@dataclass
class Event:
    date: str
    precision: str  # day | month | year
    kind: str  # agreement | integration | founding | decision | deployment | document
    label: str
    entities: list[str]
    doc_id: int
    page: int
    passage_id: int
    end_date: str | None = None
    rects: list[list[float]] = field(default_factory=list)

    def cli_dict(self) -> dict:
        d = asdict(self)
        return d


@dataclass
class Dossier:
    entity: dict
    documents: list[dict]
    events: list[Event]
    related: list[dict]

    def cli_dict(self) -> dict:
        return {
            "entity": self.entity,
            "documents": self.documents,
            "events": [e.cli_dict() for e in self.events],
            "related": self.related,
        }


def _precision_of(date: str) -> str:
    return {10: "day", 7: "month"}.get(len(date), "year")


def build_dossier(lib: Library, name_or_id: str) -> Dossier:
    entity = lib.find_entity(name_or_id)
    store = lib.store
    docs = {d.id: d for d in lib.documents()}
    mentions = lib.mentions(str(entity.id))
    by_passage: dict[int, list] = defaultdict(list)
    for m in mentions:
        by_passage[m.passage_id].append(m)

    names = store.entity_names()
    events: list[Event] = []
    for pid, own in by_passage.items():
        passage = lib.passage(pid)
        if passage is None:
            continue
        found = find_events(passage.text)
        if not found:
            continue
        others = store.passage_mentions(pid)
        for ev in found:
            if not any(ev.start <= m.start < ev.end for m in own):
                continue
            involved = sorted({names[eid] for eid, s, _ in others if ev.start <= s < ev.end and eid in names})
            rects = [list(r) for r in passage.rects(ev.date.start, ev.date.end)] + [
                list(r) for m in own if ev.start <= m.start < ev.end for r in m.rects
            ]
            events.append(Event(ev.date.date, ev.date.precision, ev.kind, ev.label, involved, passage.doc_id,
                                passage.page, pid, ev.date.end_date, rects))
    documents = []
    for d in entity.documents:
        doc = docs.get(d.doc_id)
        if doc is None:
            continue
        documents.append({"doc_id": d.doc_id, "title": doc.title, "date": doc.date, "mentions": d.mentions})
        if doc.date:
            first = next(m for m in mentions if m.doc_id == d.doc_id)
            events.append(Event(doc.date, _precision_of(doc.date), "document", doc.title, [entity.name], d.doc_id,
                                first.page, first.passage_id, None, [list(r) for r in first.rects]))
    events.sort(key=lambda e: (e.date, e.kind != "document", e.doc_id, e.page))
    related = related_entities(lib, entity.id)
    dated = [e.date for e in events]
    info = {
        "id": entity.id,
        "key": entity.key,
        "type": entity.type,
        "name": entity.name,
        "english": entity.english,
        "aliases": entity.aliases,
        "mentions": entity.mentions,
        "documents": len(documents),
        "first": min(dated) if dated else None,
        "last": max(dated) if dated else None,
    }
    return Dossier(info, sorted(documents, key=lambda d: d["date"] or ""), events, related)


def related_entities(lib: Library, entity_id: int, limit: int = 50) -> list[dict]:
    """Entities named in the same passages, most shared passages first."""
    return lib.store.related_entities(entity_id, limit)


def passages_naming_both(lib: Library, a: int, b: int) -> list[int]:
    return lib.store.passages_naming_both(a, b)


# --- network ----------------------------------------------------------------------------

@dataclass
class Network:
    nodes: list[dict]
    edges: list[dict]

    def cli_dict(self) -> dict:
        return {"nodes": self.nodes, "edges": self.edges}


def build_network(lib: Library, types: tuple[str, ...] = ("country", "unit"), min_passages: int = 1,
                  exclude: tuple[str, ...] = ("country:NL",)) -> Network:
    """Co-mention network: nodes sized by mentions, edges by passages naming both.

    The home country (Nederland) is left out by default: it is in nearly every
    passage and would tie everything to everything.
    """
    nodes = lib.store.network_nodes(types, exclude)
    ids = {n["id"] for n in nodes}
    pairs: dict[tuple[int, int], set[int]] = defaultdict(set)
    rows = lib.store.passage_entities(types)
    per_passage: dict[int, list[int]] = defaultdict(list)
    for pid, eid in rows:
        if eid in ids:
            per_passage[pid].append(eid)
    for pid, eids in per_passage.items():
        eids = sorted(set(eids))
        for i, a in enumerate(eids):
            for b in eids[i + 1:]:
                pairs[(a, b)].add(pid)
    edges = [
        {"a": a, "b": b, "passages": sorted(p)}
        for (a, b), p in sorted(pairs.items())
        if len(p) >= min_passages
    ]
    linked = {e["a"] for e in edges} | {e["b"] for e in edges}
    if min_passages > 1:
        nodes = [n for n in nodes if n["id"] in linked]
    return Network(nodes, edges)


def layout(network: Network, width: float = 800, height: float = 600, iterations: int = 300) -> dict[int, tuple[float, float]]:
    """Deterministic force-directed layout (Fruchterman–Reingold, fixed seed and order)."""
    nodes = sorted(network.nodes, key=lambda n: (n["type"], n["name"]))
    if not nodes:
        return {}
    rng = random.Random(4242)
    pos = {n["id"]: [rng.uniform(0.2, 0.8) * width, rng.uniform(0.2, 0.8) * height] for n in nodes}
    k = math.sqrt(width * height / len(nodes)) * 0.75
    weights = {(e["a"], e["b"]): len(e["passages"]) for e in network.edges}
    temperature = width / 8
    for _ in range(iterations):
        disp = {i: [0.0, 0.0] for i in pos}
        ids = list(pos)
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
                d = math.hypot(dx, dy) or 0.01
                f = k * k / d
                disp[a][0] += dx / d * f
                disp[a][1] += dy / d * f
                disp[b][0] -= dx / d * f
                disp[b][1] -= dy / d * f
        for (a, b), w in weights.items():
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            d = math.hypot(dx, dy) or 0.01
            f = d * d / k * (1 + math.log(w))
            disp[a][0] -= dx / d * f
            disp[a][1] -= dy / d * f
            disp[b][0] += dx / d * f
            disp[b][1] += dy / d * f
        for i in ids:
            dx, dy = disp[i]
            d = math.hypot(dx, dy) or 0.01
            pos[i][0] = min(width - 40, max(40, pos[i][0] + dx / d * min(d, temperature)))
            pos[i][1] = min(height - 30, max(30, pos[i][1] + dy / d * min(d, temperature)))
        temperature = max(1.0, temperature * 0.985)
    return {i: (round(x, 1), round(y, 1)) for i, (x, y) in pos.items()}
