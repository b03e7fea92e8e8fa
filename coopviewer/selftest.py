"""`coopviewer selftest`: check an install end to end on a throwaway library.

Ingests the bundled sample, searches, looks an entity up, renders a page with its
highlight offscreen, and prints one line per check. Support staff run it to check
an install (installed or frozen); it exits 0 only when every check passes.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from coopviewer.config import sample_dir

SAMPLE_000 = "000_ebc9545216792ac5"


def _check(name: str, fn: Callable[[], str], results: list[bool]) -> None:
    started = time.perf_counter()
    try:
        detail = fn()
        ok = True
    except Exception as exc:  # a failed check is a line, not a traceback
        detail, ok = f"{type(exc).__name__}: {exc}", False
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail} ({time.perf_counter() - started:.2f} s)", flush=True)


def run_selftest(keep: bool = False) -> bool:
    from coopviewer.library import Library

    results: list[bool] = []
    folder = tempfile.mkdtemp(prefix="coopviewer-selftest-")
    state: dict = {}
    try:
        lib = Library(os.path.join(folder, "library"))
        state["lib"] = lib

        def ingest() -> str:
            samples = sorted(str(p) for p in Path(sample_dir()).glob("*.pdf"))
            if len(samples) < 5:
                raise RuntimeError(f"bundled sample not found in {sample_dir()}")
            report = lib.ingest(samples, workers=1)
            if report.failed:
                raise RuntimeError(f"{len(report.failed)} sample files failed: {report.failed[0]['error']}")
            return f"{len(report.added)} documents, {report.pages} pages"

        def search() -> str:
            hits = lib.search("13 Lichte Brigade", limit=5).hits
            if not hits or Path(hits[0].path).stem != SAMPLE_000 or hits[0].page != 1:
                raise RuntimeError("'13 Lichte Brigade' does not land on document 000, page 1")
            if not hits[0].rects:
                raise RuntimeError("the hit has no rectangles")
            state["hit"] = hits[0]
            return f"{len(hits)} hits, first on {Path(hits[0].path).stem} p. {hits[0].page}"

        def entities() -> str:
            mentions = lib.mentions("13 Lichte Brigade")
            if not mentions or not mentions[0].rects:
                raise RuntimeError("no mentions with rectangles for '13 Lichte Brigade'")
            duitsland = lib.find_entity("Germany")
            return f"{len(mentions)} mentions of 13 Lichte Brigade; Germany → {duitsland.name}"

        def render() -> str:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtWidgets import QApplication

            from coopviewer.gui.viewer import Highlight, PdfView

            app = QApplication.instance() or QApplication([])
            hit = state["hit"]
            view = PdfView()
            view.resize(700, 900)
            view.show()
            view.open_document(lib.stored_path(lib.document(hit.doc_id)), hit.doc_id)
            h = Highlight(hit.page, tuple(tuple(r) for r in hit.rects), True)
            view.set_highlights([h])
            view.show_highlight(h)
            app.processEvents()
            image = view.viewport().grab().toImage()
            area = view.page_rect_in_view(hit.page, hit.rects[0])
            dpr = image.devicePixelRatio()
            colour = image.pixelColor(int(area.center().x() * dpr), int(area.top() * dpr + 2))
            view.close()
            if colour.red() - colour.blue() < 30:
                raise RuntimeError(f"no highlight colour on the hit (found {colour.name()})")
            return f"page {hit.page} rendered at {view.zoom():.2f}× with the highlight on the words"

        _check("ingest sample", ingest, results)
        if results[-1]:
            _check("search", search, results)
            _check("entities", entities, results)
            if "hit" in state:
                _check("render with highlight", render, results)
    finally:
        if "lib" in state:
            state["lib"].close()
        if keep:
            print(f"library kept at {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    passed = all(results) and len(results) == 4
    print(f"selftest: {sum(results)} of 4 checks passed" + ("" if passed else " — FAILED"))
    return passed
