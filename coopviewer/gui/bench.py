"""The benchmark's Qt half: entity clicks and page renders through the real viewer.

`python -m coopviewer.bench` (coopviewer/bench/run.py) measures the core without Qt
and calls these in its browse phase, offscreen: an entity click is the window's own
request plus the first page painted with its highlights by `PdfView`; a page render
is the viewer's `render_page` and its `RenderCache`.
"""

from __future__ import annotations

import os
import random
import time

import pymupdf
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from coopviewer.gui.viewer import Highlight, PdfView, RenderCache
from coopviewer.gui.viewer.view import render_page
from coopviewer.timing import ZOOM_100, summary


def _app() -> QApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication.instance() or QApplication([])


def bench_entity_click(lib, n: int = 20) -> dict:
    """Select an entity → its passage list → its first page painted with highlights."""
    _app()
    ents = [e for t in ("country", "unit", "organisation") for e in lib.entities(t)[:8]][:n]
    view = PdfView()
    view.resize(1000, 1200)
    view.show()
    times: list[float] = []
    counts = []
    current_path = None
    for e in ents:
        t0 = time.perf_counter()
        res = lib.search("", entity=str(e.id), limit=500)  # the window's request (MainWindow._entity_clicked)
        if not res.hits:
            continue
        first = res.hits[0]
        path = lib.stored_path(lib.document(first.doc_id))
        same_page = [h for h in res.hits if h.doc_id == first.doc_id and h.page == first.page]
        highlights = [Highlight(h.page, tuple(tuple(r) for r in h.rects), h is first) for h in same_page]
        if path != current_path:
            view.open_document(path, first.doc_id)
            current_path = path
        view.set_highlights(highlights)
        view.show_highlight(highlights[0])
        view.viewport().repaint()  # paint now: renders the page and draws the overlays
        times.append((time.perf_counter() - t0) * 1000)
        counts.append(res.total)
    view.close_document()
    view.close()
    # the list part alone, for the entity named in the most passages
    biggest = max(ents, key=lambda e: e.mentions, default=None)
    list_ms = []
    if biggest is not None:
        for _ in range(3):
            t0 = time.perf_counter()
            lib.search("", entity=str(biggest.id), limit=500)
            list_ms.append((time.perf_counter() - t0) * 1000)
    return {"mode": "widgets", **summary(times), "entities": len(times), "max_passages": max(counts, default=0),
            "mention_list_biggest_ms": round(min(list_ms), 2) if list_ms else None,
            "biggest_entity": getattr(biggest, "name", None)}


def bench_render(lib, n: int = 40) -> dict:
    """ms per page at 100 % and 200 %, cold (render_page) and from the viewer's cache."""
    _app()
    rng = random.Random(7)
    docs = [d for d in lib.documents() if d.searchable]
    picks = [(d, rng.randint(1, d.pages)) for d in rng.sample(docs, min(n, len(docs)))]
    while len(picks) < n and docs:
        d = rng.choice(docs)
        picks.append((d, rng.randint(1, d.pages)))
    cache = RenderCache()
    out: dict = {}
    open_docs: dict = {}
    open_ms: list[float] = []
    for zoom_name, zoom in (("100", ZOOM_100), ("200", 2 * ZOOM_100)):
        cold, cached = [], []
        for d, page in picks:
            if d.id not in open_docs:
                t0 = time.perf_counter()
                open_docs[d.id] = pymupdf.open(lib.stored_path(d))
                open_ms.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            pixmap = QPixmap.fromImage(render_page(open_docs[d.id], page - 1, zoom))
            cold.append((time.perf_counter() - t0) * 1000)
            key = (d.id * 100000 + page, zoom)
            cache.put(key, pixmap)
            t0 = time.perf_counter()
            hit = cache.get(key)
            cached.append((time.perf_counter() - t0) * 1000)
            assert hit is not None
        out[zoom_name] = {"cold": summary(cold), "cached": summary(cached)}
    for doc in open_docs.values():
        doc.close()
    out["open_document"] = summary(open_ms)
    out["cache"] = f"viewer RenderCache ({cache.max_bytes // 2**20} MB)"
    out["zoom_100_scale"] = ZOOM_100
    return out
