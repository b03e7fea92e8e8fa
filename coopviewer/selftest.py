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

Qt-free itself: the render check's Qt half lives in coopviewer/gui/render_check.py.
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
    """The hit's page rendered by the viewer's code with its highlight (Qt: gui/render_check.py)."""
    lib = _library(state)
    if "hit" not in state:
        raise CheckFailed("skipped: no hit or mention to highlight")
    doc_id, page_no, rects = state["hit"]
    from coopviewer.gui.render_check import RenderCheckFailed, check_highlight

    keep = os.path.join(state["folder"], "selftest-page.png") if state.get("keep") else None
    try:
        return check_highlight(lib.stored_path(lib.document(doc_id)), page_no, rects, RENDER_ZOOM, keep)
    except RenderCheckFailed as exc:
        raise CheckFailed(str(exc)) from None


def _export(state: dict) -> str:
    """A briefing on the probe in every format, each read back: the packaged writers work."""
    import pymupdf

    from coopviewer.export.build import from_entity
    from coopviewer.export.formats import EXPORT_FORMATS, write_briefing

    lib = _library(state)
    briefing = from_entity(lib, PROBE, crops=True)
    if not briefing.items:
        raise CheckFailed(f"no passages for a briefing on '{PROBE}'")
    cite = briefing.items[0].citation(briefing.lang)
    sizes = []
    for suffix in (f.suffixes[0] for f in EXPORT_FORMATS):
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
