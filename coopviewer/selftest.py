"""`coopviewer selftest`: check an install end to end on a throwaway library.

Support staff and installers run it to check an install (from source, a wheel or the
frozen one-folder app). It opens a library in a temporary folder, ingests the bundled
sample with the worker processes the app uses, searches, looks an entity up, renders
a page with its highlight offscreen and writes a briefing in every export format (a
packaged writer that lacks its data files fails here, not at the analyst's desk). It
prints one line per check,

    ok   search: 3 hits, first on 000_ebc9545216792ac5 p. 1 (0.05 s)
    FAIL entities: no entity named '13 Lichte Brigade' in the library (0.00 s)

and a summary, and returns True only when every check passes. A failed check is a
line with its reason, never a traceback. The per-user library is never touched.

The core stays Qt-free at import time: PySide6 is imported inside the render check.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from coopviewer import __version__
from coopviewer.config import data_dir, sample_dir

SAMPLE_000 = "000_ebc9545216792ac5"
PROBE = "13 Lichte Brigade"
CHECKS = ("ingest sample", "search", "entities", "render with highlight", "export briefing")
HIGHLIGHT = (255, 140, 0, 110)  # the viewer's current-hit fill (RGBA)
RENDER_ZOOM = 2.0


class CheckFailed(Exception):
    """A check's reason for failing, shown as it is."""


def run_selftest(keep: bool = False) -> bool:
    """Run every check; print one line per check and a summary. True when all pass."""
    started = time.perf_counter()
    frozen = "frozen" if getattr(sys, "frozen", False) else "installed"
    print(f"coopviewer {__version__} selftest ({frozen}, Python {sys.version.split()[0]}, data: {data_dir()})", flush=True)
    folder = tempfile.mkdtemp(prefix="coopviewer-selftest-")
    state: dict = {"folder": folder, "keep": keep}
    results: dict[str, bool] = {}
    try:
        steps: dict[str, Callable[[dict], str]] = {
            "ingest sample": _ingest,
            "search": _search,
            "entities": _entities,
            "render with highlight": _render,
            "export briefing": _export,
        }
        for name in CHECKS:
            results[name] = _check(name, steps[name], state)
    finally:
        lib = state.get("lib")
        if lib is not None:
            try:
                lib.close()
            except Exception:  # noqa: BLE001 - closing a half-opened library must not hide the results
                pass
        if keep:
            print(f"library and rendered page kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    passed = sum(results.values())
    ok = passed == len(CHECKS)
    print(f"selftest: {passed} of {len(CHECKS)} checks passed in {time.perf_counter() - started:.1f} s"
          + ("" if ok else " — FAILED"), flush=True)
    return ok


def _check(name: str, fn: Callable[[dict], str], state: dict) -> bool:
    t0 = time.perf_counter()
    try:
        detail, ok = fn(state), True
    except CheckFailed as exc:
        detail, ok = str(exc), False
    except Exception as exc:  # noqa: BLE001 - a failed check is a line, not a traceback
        detail, ok = f"{type(exc).__name__}: {exc}", False
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail} ({time.perf_counter() - t0:.2f} s)", flush=True)
    return ok


def _library(state: dict):
    if "lib" not in state:
        raise CheckFailed("skipped: the sample library could not be built")
    return state["lib"]


def _ingest(state: dict) -> str:
    from coopviewer.library import Library

    samples = sorted(str(p) for p in Path(sample_dir()).glob("*.pdf"))
    if not samples:
        raise CheckFailed(f"no bundled sample PDFs in {sample_dir()}")
    lib = Library(os.path.join(state["folder"], "library"))
    state["lib"] = lib
    # Two workers: the spawned reader processes the app uses (this is what breaks in a
    # frozen build without multiprocessing.freeze_support()).
    report = lib.ingest(samples, workers=2)
    if report.failed:
        first = report.failed[0]
        raise CheckFailed(f"{len(report.failed)} of {len(samples)} sample files failed; "
                          f"{Path(first['path']).name}: {first['error']}")
    docs = lib.documents()
    if len(docs) != len(samples):
        raise CheckFailed(f"{len(docs)} documents in the library after ingesting {len(samples)} files")
    return f"{len(docs)} documents, {report.pages} pages"


def _search(state: dict) -> str:
    lib = _library(state)
    hits = lib.search(PROBE, limit=10).hits
    if not hits:
        raise CheckFailed(f"'{PROBE}' finds nothing")
    first = hits[0]
    where = f"{Path(first.path).stem} p. {first.page}"
    if Path(first.path).stem != SAMPLE_000 or first.page != 1:
        raise CheckFailed(f"'{PROBE}' lands on {where}, not on {SAMPLE_000} p. 1")
    if not first.rects:
        raise CheckFailed(f"the hit on {where} has no rectangles to highlight")
    state["hit"] = (first.doc_id, first.page, [tuple(r) for r in first.rects])
    return f"{len(hits)} hits, first on {where}"


def _entities(state: dict) -> str:
    lib = _library(state)
    if lib.extractor is None:
        raise CheckFailed("the entity layer (coopviewer.extract) is not in this install")
    mentions = lib.mentions(PROBE)
    if not mentions:
        raise CheckFailed(f"no mentions of '{PROBE}'")
    with_rects = [m for m in mentions if m.rects]
    if not with_rects:
        raise CheckFailed(f"{len(mentions)} mentions of '{PROBE}' but none has rectangles")
    on_000 = [m for m in with_rects if Path(m.path).stem == SAMPLE_000 and m.page == 1]
    if not on_000:
        raise CheckFailed(f"no mention of '{PROBE}' on {SAMPLE_000} p. 1")
    state.setdefault("hit", (on_000[0].doc_id, on_000[0].page, [tuple(r) for r in on_000[0].rects]))
    docs = len({m.doc_id for m in mentions})
    return f"{len(mentions)} mentions of {PROBE} in {docs} documents, with rectangles"


def _render(state: dict) -> str:
    """PyMuPDF pixmap → QImage, highlight rects painted with QPainter, pixels checked."""
    lib = _library(state)
    if "hit" not in state:
        raise CheckFailed("skipped: no hit or mention to highlight")
    doc_id, page_no, rects = state["hit"]
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import pymupdf
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "coopviewer"])
    with pymupdf.open(lib.stored_path(lib.document(doc_id))) as pdf:
        page = pdf[page_no - 1]
        to_pixels = page.rotation_matrix * pymupdf.Matrix(RENDER_ZOOM, RENDER_ZOOM)
        pix = page.get_pixmap(matrix=pymupdf.Matrix(RENDER_ZOOM, RENDER_ZOOM), alpha=False)  # rotation applied
        image = QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888).copy()
        boxes = [pymupdf.Rect(r) * to_pixels for r in rects]
    if image.isNull() or image.width() < 100:
        raise CheckFailed("the page did not render")
    inside = [b & pymupdf.Rect(0, 0, image.width(), image.height()) for b in boxes]
    inside = [b for b in inside if not b.is_empty]
    if not inside:
        raise CheckFailed(f"the highlight rectangles lie outside page {page_no}")
    ink = sum(_count(image, b, lambda c: c.lightness() < 128) for b in inside)
    if ink == 0:
        raise CheckFailed(f"no text under the highlight rectangles on page {page_no}: words and boxes disagree")

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for b in inside:
        painter.fillRect(QRectF(b.x0, b.y0, b.width, b.height), QColor(*HIGHLIGHT))
    painter.end()

    def tinted(c) -> bool:
        return c.red() - c.blue() > 60 and c.red() > 180

    area = sum(max(1, int(b.width) * int(b.height)) for b in inside)
    lit = sum(_count(image, b, tinted) for b in inside)
    if lit < 0.3 * area:
        raise CheckFailed(f"the highlight colour is missing on the hit ({lit} of {area} pixels)")
    if state.get("keep"):  # for support staff: the rendered page beside the kept library
        image.save(os.path.join(state["folder"], "selftest-page.png"))
    return (f"page {page_no} at {image.width()}×{image.height()} px, {len(inside)} rectangles on the words, "
            f"{lit / area:.0%} of their pixels highlighted (Qt {app.platformName()})")


def _export(state: dict) -> str:
    """A briefing on the probe in every format, each read back: the packaged writers work."""
    import pymupdf

    from coopviewer.export.briefing import write_briefing
    from coopviewer.export.build import from_entity

    lib = _library(state)
    briefing = from_entity(lib, PROBE, crops=True)
    if not briefing.items:
        raise CheckFailed(f"no passages for a briefing on '{PROBE}'")
    cite = briefing.items[0].citation(briefing.lang)
    sizes = []
    for suffix in (".pdf", ".docx", ".html", ".md"):
        path = write_briefing(briefing, os.path.join(state["folder"], f"briefing{suffix}"))
        if suffix == ".pdf":
            with pymupdf.open(path) as pdf:
                text = " ".join(p.get_text() for p in pdf)
        elif suffix == ".docx":
            from docx import Document

            text = "\n".join(p.text for p in Document(str(path)).paragraphs)
        else:
            text = path.read_text(encoding="utf-8")
        if cite not in " ".join(text.split()).replace("&amp;", "&"):
            raise CheckFailed(f"{path.name} lacks the citation '{cite}'")
        sizes.append(f"{suffix[1:]} {path.stat().st_size // 1024} KB")
    return f"{len(briefing.items)} passages with citations: " + ", ".join(sizes)


def _count(image, box, pred) -> int:
    """Pixels of `image` inside `box` (a pymupdf.Rect in pixels) that satisfy `pred`."""
    n = 0
    for y in range(int(box.y0), min(int(box.y1) + 1, image.height())):
        for x in range(int(box.x0), min(int(box.x1) + 1, image.width())):
            if pred(image.pixelColor(x, y)):
                n += 1
    return n
