"""The performance run: ingest, search, entity click, page render, start-up, memory, size.

    python -m coopviewer.bench [--size tiny|small|large|huge] [--json FILE] [--md FILE]

The library is built with the default engine (Tantivy); a copy is reindexed with Whoosh
and the same search workload runs on both, and on SQLite FTS5, in one run. `huge`
(200,000 pages) takes hours on two cores and is never run in CI.

Each measured phase runs in its own child process (`--phase …`), so its peak RSS is
that child's own (`os.wait4`) and the sum over its process tree is sampled from /proc
while it runs. Figures are printed, written as JSON and, with --md, as a table
between markers in docs/PERFORMANCE.md (the rest of that file is left alone).
Benchmarks, not tests: nothing here fails on a timing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from coopviewer.bench import corpus as corpus_mod
from coopviewer.library import FACET_HIT_CAP
from coopviewer.store.fts import FtsTwin
from coopviewer.timing import pct, summary

TARGETS = {  # issue 16's targets at 20,000 pages on two cores
    "ingest_pages_per_s": (">=", 200.0),
    "search_p95_ms": ("<=", 20.0),
    "reindex_s": ("<=", 60.0),
    "search_stall_max_ms": ("<=", 50.0),
    "entity_click_p95_ms": ("<=", 100.0),
    "render_100_cold_p95_ms": ("<=", 60.0),
    "render_cached_p95_ms": ("<=", 5.0),
    "startup_s": ("<=", 2.0),
    "browse_peak_rss_mb": ("<=", 400.0),
}
STARTUP_ENV = "COOPVIEWER_EXIT_AFTER_SHOWN"  # the hook asked of the GUI (see docs/PERFORMANCE.md)


# --- child-process phases --------------------------------------------------------------
def phase_raw(corpus: str) -> dict:
    """Raw PyMuPDF word extraction over the same files, one process."""
    import pymupdf

    files = sorted(str(p) for p in Path(corpus).glob("*.pdf"))
    pages = 0
    t0 = time.perf_counter()
    for f in files:
        with pymupdf.open(f) as doc:
            for page in doc:
                page.get_text("words")
                pages += 1
    secs = time.perf_counter() - t0
    return {"pages": pages, "seconds": round(secs, 3), "pages_per_s": round(pages / secs, 1), "processes": 1}


def phase_ingest(library: str, corpus: str, profile: str | None = None) -> dict:
    from coopviewer.library import Library

    t0 = time.perf_counter()
    with Library(library) as lib:
        t_open = time.perf_counter() - t0
        if profile:
            import cProfile

            prof = cProfile.Profile()
            prof.enable()
        report = lib.ingest([corpus])
        if profile:
            prof.disable()
            prof.dump_stats(profile)
        stats = lib.stats()
    secs = time.perf_counter() - t0
    return {"pages": report.pages, "documents": len(report.added), "failed": len(report.failed),
            "seconds": round(secs, 3), "ingest_seconds": round(report.seconds, 3), "open_seconds": round(t_open, 3),
            "pages_per_s": round(report.pages / secs, 1), **stats}


def _entity_ids(lib, names: list[str]) -> dict[str, int]:
    out = {}
    for n in names:
        try:
            out[n] = lib.find_entity(n).id
        except Exception:
            pass
    return out


def bench_search(lib, repeat: int = 3) -> dict:
    from coopviewer.bench.queries import QUERIES

    cold: list[float] = []
    warm: list[float] = []
    by_kind: dict[str, list[float]] = {}
    errors: list[str] = []
    totals: dict[str, int] = {}
    for rnd in range(repeat + 1):
        for q in QUERIES:
            t0 = time.perf_counter()
            try:
                res = lib.search(q.query, entity=q.entity, facets=q.facets, limit=50)
            except Exception as exc:  # an entity missing from a tiny library, …
                if rnd == 0:
                    errors.append(f"{q.query}: {exc}")
                continue
            ms = (time.perf_counter() - t0) * 1000
            if rnd == 0:
                cold.append(ms)
                totals[q.query + (" --entity " + q.entity if q.entity else "") + (" [facets]" if q.facets else "")] = res.total
            else:
                warm.append(ms)
                by_kind.setdefault(q.kind, []).append(ms)
    return {"queries": len(QUERIES), "repeats": repeat, "cold": summary(cold), "warm": summary(warm),
            "by_kind": {k: summary(v) for k, v in by_kind.items()}, "errors": errors, "hits": totals}


def search_stall(lib, tick_ms: float = 1.0) -> dict:
    """The longest the main thread waits to run Python while the search workload runs in a worker.

    As in the window: the search runs on a worker thread (gui/workers.py) and the GUI
    thread needs the GIL for every slot it runs. The main thread here wakes every
    `tick_ms` and records how late it got to run; an engine that keeps the GIL through
    a long search shows up as a late tick.
    """
    from coopviewer.bench.queries import QUERIES

    done = threading.Event()

    def worker() -> None:
        try:
            for q in QUERIES:
                try:
                    lib.search(q.query, entity=q.entity, facets=q.facets, limit=50)
                except Exception:
                    pass
        finally:
            done.set()

    lates: list[float] = []
    thread = threading.Thread(target=worker, daemon=True)
    t0 = time.perf_counter()
    thread.start()
    last = time.perf_counter()
    while not done.is_set():
        time.sleep(tick_ms / 1000)
        now = time.perf_counter()
        lates.append(max(0.0, (now - last) * 1000 - tick_ms))
        last = now
    thread.join()
    return {"seconds": round(time.perf_counter() - t0, 3), "ticks": len(lates),
            "max_ms": round(max(lates), 2) if lates else None, "p99_ms": round(pct(lates, 99), 2) if lates else None}


def phase_engine(library: str, engine: str) -> dict:
    """Reindex `library` with `engine`, then the search workload and the stall on it."""
    from coopviewer.library import Library

    t0 = time.perf_counter()
    with Library(library) as lib:
        passages = lib.reindex(engine=engine)
    reindex_s = time.perf_counter() - t0
    with Library(library, readonly=True) as lib:
        search = bench_search(lib)
        stall = search_stall(lib)
    return {"engine": engine, "passages": passages, "reindex_seconds": round(reindex_s, 2), "search": search,
            "stall": stall}


def phase_fts(library: str, repeat: int = 3) -> dict:
    """The same workload on SQLite FTS5 over passages.text, in a copy of the library DB."""
    from coopviewer.bench.queries import QUERIES
    from coopviewer.library import Library

    tmp = tempfile.mkdtemp(prefix="coopviewer-fts-")
    try:
        twin = FtsTwin(os.path.join(library, "library.sqlite"), tmp)
        with Library(library, readonly=True) as lib:
            ents = _entity_ids(lib, sorted({q.filter_entity for q in QUERIES if q.filter_entity}))
        build, fts_bytes = twin.build()
        cold: list[float] = []
        warm: list[float] = []
        errors = []
        for rnd in range(repeat + 1):
            for q in QUERIES:
                if q.filter_entity and q.filter_entity not in ents:
                    if rnd == 0:
                        errors.append(f"{q.query}: no entity {q.filter_entity}")
                    continue
                t0 = time.perf_counter()
                twin.search(q.fts, ents.get(q.filter_entity or ""), q.year, q.facets, FACET_HIT_CAP)
                ms = (time.perf_counter() - t0) * 1000
                (cold if rnd == 0 else warm).append(ms)
        twin.close()
        return {"build_seconds": round(build, 2), "fts_bytes": fts_bytes, "cold": summary(cold), "warm": summary(warm),
                "errors": errors}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def phase_browse(library: str) -> dict:
    """One browse session: searches, entity clicks, page renders (its peak RSS is the figure).

    Entity clicks and page renders go through the real viewer widget, offscreen; that
    Qt half of the benchmark lives in coopviewer/gui/bench.py.
    """
    from coopviewer.gui.bench import bench_entity_click, bench_render
    from coopviewer.library import Library

    t0 = time.perf_counter()
    lib = Library(library, readonly=True)
    open_s = time.perf_counter() - t0
    try:
        out = {"open_seconds": round(open_s, 3)}
        out["search"] = bench_search(lib)
        out["stall"] = search_stall(lib)
        out["entity_click"] = bench_entity_click(lib)
        out["render"] = bench_render(lib)
    finally:
        lib.close()
    return out


def phase_profile_search(library: str, path: str) -> dict:
    import cProfile

    from coopviewer.library import Library

    with Library(library, readonly=True) as lib:
        bench_search(lib, repeat=0)
        prof = cProfile.Profile()
        prof.enable()
        r = bench_search(lib, repeat=1)
        prof.disable()
        prof.dump_stats(path)
    return r


PHASES = {"raw", "ingest", "fts", "browse", "engine", "profile-search"}


# --- running a child and measuring it --------------------------------------------------
def _tree_rss_kb(pid: int) -> int:
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            with open(f"/proc/{p}/task/{p}/children") as fh:
                stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def run_child(args: list[str], env: dict | None = None, timeout: float = 7200) -> dict:
    """Run `python -m coopviewer.bench.run --phase …`; its JSON result plus its memory figures."""
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as tf:
        result_path = tf.name
    cmd = [sys.executable, "-m", "coopviewer.bench.run", *args, "--result", result_path]
    load_before = os.getloadavg()[0]
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})})
    peak_tree = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not stop.is_set():
            peak_tree = max(peak_tree, _tree_rss_kb(proc.pid))
            stop.wait(0.05)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    t0 = time.perf_counter()
    _, status, rusage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    stop.set()
    th.join()
    try:
        with open(result_path) as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        data = {"error": f"phase {args[:2]} exited with {proc.returncode}"}
    finally:
        os.unlink(result_path)
    data["peak_rss_mb"] = round(rusage.ru_maxrss / 1024, 1)  # the largest single process of the tree
    data["peak_tree_rss_mb"] = round(peak_tree / 1024, 1)  # sampled sum over the process tree
    data["wall_seconds"] = round(wall, 2)
    # CPU of the phase and all its processes: comparable even when the machine is busy
    data["cpu_seconds"] = round(rusage.ru_utime + rusage.ru_stime, 2)
    data["load_before"] = round(load_before, 2)
    return data


def startup(library: str, runs: int = 3) -> dict:
    """Process start to main window shown (the app prints "shown after" when STARTUP_ENV is set)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", STARTUP_ENV: "1"}
    cmd = [sys.executable, "-m", "coopviewer", "--library", library]
    mode = "real window"
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True)
        shown = None
        for line in proc.stdout:
            if line.startswith("shown"):
                shown = time.perf_counter() - t0
                break
        proc.stdout.close()
        proc.wait(timeout=60)
        if shown is not None:
            times.append(shown)
    return {"mode": mode, "runs": len(times), "median_s": round(statistics.median(times), 3) if times else None,
            "max_s": round(max(times), 3) if times else None}


def du(path: str) -> int:
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(root, f))
            except OSError:
                pass
    return total


def disk(library: str, pages: int) -> dict:
    parts = {
        "index": du(os.path.join(library, "index")),
        "sqlite": sum(du(os.path.join(library, f)) for f in os.listdir(library) if f.startswith("library.sqlite")),
        "files": du(os.path.join(library, "files")),
    }
    per = {k: round(v / max(pages, 1) * 1000 / 2**20, 2) for k, v in parts.items()}
    return {"bytes": parts, "mb_per_1000_pages": per}


def machine() -> dict:
    import pymupdf

    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = 0
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                ram = int(line.split()[1]) // 1024
    except OSError:
        pass
    from importlib.metadata import version

    def v(name: str) -> str:
        try:
            return version(name)
        except Exception:
            return "?"

    return {"cpu": cpu, "cores": os.cpu_count(), "ram_mb": ram, "python": platform.python_version(),
            "pymupdf": pymupdf.VersionBind, "tantivy": v("tantivy"),
            "whoosh": v("Whoosh-Reloaded") if v("Whoosh-Reloaded") != "?" else v("Whoosh"),
            "pyside6": v("PySide6_Essentials"), "sqlite": sqlite3.sqlite_version, "os": platform.platform()}


# --- the whole run ---------------------------------------------------------------------
def run(size: str, out_dir: Path, log=print, keep: bool = False, startup_runs: int = 3) -> dict:
    t_all = time.perf_counter()
    corpus = corpus_mod.generate(size, out_dir / f"corpus-{size}", workers=2, log=log)
    library = out_dir / f"library-{size}"
    if library.exists():
        shutil.rmtree(library)
    res: dict = {"size": size, "machine": machine(), "corpus": json.loads((corpus / "manifest.json").read_text())}
    log("raw PyMuPDF extraction …")
    res["raw"] = run_child(["--phase", "raw", "--corpus", str(corpus)])
    log(f"  {res['raw'].get('pages_per_s')} pages/s")
    log("ingest …")
    res["ingest"] = run_child(["--phase", "ingest", "--corpus", str(corpus), "--library", str(library)])
    log(f"  {res['ingest'].get('pages_per_s')} pages/s, peak RSS {res['ingest']['peak_rss_mb']} MB")
    log("browse session (search, entity click, render) …")
    res["browse"] = run_child(["--phase", "browse", "--library", str(library)], env={"QT_QPA_PLATFORM": "offscreen"})
    log("FTS5 comparison …")
    res["fts5"] = run_child(["--phase", "fts", "--library", str(library)])
    res["engines"] = {}
    for engine in ("tantivy", "whoosh"):  # reindex each, then the same workload on it
        log(f"{engine}: reindex and search …")
        copy = out_dir / f"library-{size}-{engine}"
        if copy.exists():
            shutil.rmtree(copy)
        shutil.copytree(library, copy, ignore=shutil.ignore_patterns("write.lock"))
        res["engines"][engine] = run_child(["--phase", "engine", "--library", str(copy), "--engine", engine])
        shutil.rmtree(copy, ignore_errors=True)
        log(f"  reindex {res['engines'][engine].get('reindex_seconds')} s, "
            f"search p95 {res['engines'][engine].get('search', {}).get('warm', {}).get('p95_ms')} ms")
    log("start-up …")
    sample = out_dir / "library-sample"
    if not sample.exists():
        run_child(["--phase", "ingest", "--corpus", str(corpus_mod.SAMPLE_DIR), "--library", str(sample)])
    res["startup"] = {"sample": startup(str(sample), startup_runs), size: startup(str(library), startup_runs)}
    res["disk"] = disk(str(library), res["ingest"].get("pages", 0))
    res["headline"] = headline(res)
    res["total_seconds"] = round(time.perf_counter() - t_all, 1)
    if not keep:
        pass  # the library is kept for profiling; bench/out/ is git-ignored
    return res


def headline(res: dict) -> dict:
    b = res.get("browse", {})
    s = b.get("search", {})
    ing = res.get("ingest", {})
    raw = res.get("raw", {})
    fts = res.get("fts5", {})
    r = b.get("render", {})
    h = {
        "ingest_pages_per_s": ing.get("pages_per_s"),
        "raw_pages_per_s": raw.get("pages_per_s"),
        "ingest_vs_raw": round(ing["pages_per_s"] / raw["pages_per_s"], 3) if ing.get("pages_per_s") and raw.get("pages_per_s") else None,
        "search_p50_ms": s.get("warm", {}).get("p50_ms"),
        "search_p95_ms": s.get("warm", {}).get("p95_ms"),
        "search_cold_p95_ms": s.get("cold", {}).get("p95_ms"),
        "search_stall_max_ms": b.get("stall", {}).get("max_ms"),
        "reindex_s": res.get("engines", {}).get("tantivy", {}).get("reindex_seconds"),
        "whoosh_p50_ms": res.get("engines", {}).get("whoosh", {}).get("search", {}).get("warm", {}).get("p50_ms"),
        "whoosh_p95_ms": res.get("engines", {}).get("whoosh", {}).get("search", {}).get("warm", {}).get("p95_ms"),
        "whoosh_stall_max_ms": res.get("engines", {}).get("whoosh", {}).get("stall", {}).get("max_ms"),
        "whoosh_reindex_s": res.get("engines", {}).get("whoosh", {}).get("reindex_seconds"),
        "fts5_p50_ms": fts.get("warm", {}).get("p50_ms"),
        "fts5_p95_ms": fts.get("warm", {}).get("p95_ms"),
        "search_vs_fts5_p95": round(s["warm"]["p95_ms"] / fts["warm"]["p95_ms"], 2) if s.get("warm") and fts.get("warm") else None,
        "entity_click_p50_ms": b.get("entity_click", {}).get("p50_ms"),
        "entity_click_p95_ms": b.get("entity_click", {}).get("p95_ms"),
        "render_100_cold_p95_ms": r.get("100", {}).get("cold", {}).get("p95_ms"),
        "render_200_cold_p95_ms": r.get("200", {}).get("cold", {}).get("p95_ms"),
        "render_cached_p95_ms": max(r.get("100", {}).get("cached", {}).get("p95_ms", 0),
                                    r.get("200", {}).get("cached", {}).get("p95_ms", 0)) if r else None,
        "startup_s": res.get("startup", {}).get(res["size"], {}).get("median_s"),
        "startup_sample_s": res.get("startup", {}).get("sample", {}).get("median_s"),
        "ingest_peak_rss_mb": ing.get("peak_rss_mb"),
        "ingest_peak_tree_rss_mb": ing.get("peak_tree_rss_mb"),
        "browse_peak_rss_mb": b.get("peak_rss_mb"),
    }
    return h


def verdict(key: str, value) -> str:
    if key not in TARGETS or value is None:
        return ""
    op, target = TARGETS[key]
    ok = value >= target if op == ">=" else value <= target
    return f"{op} {target:g}: " + ("met" if ok else "**missed**")


def markdown(res: dict) -> str:
    h = res["headline"]
    m = res["machine"]
    b = res["browse"]
    ec = b.get("entity_click", {})
    st = res["startup"]
    d = res["disk"]["mb_per_1000_pages"]
    size = res["size"]
    c = res["corpus"]
    lines = [
        f"### Size `{size}`: {res['ingest'].get('pages', '?')} pages in {res['ingest'].get('documents', '?')} PDFs",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram_mb'] // 1024} GB RAM; {m['os']}; Python {m['python']}, "
        f"PyMuPDF {m['pymupdf']}, Tantivy {m.get('tantivy')}, Whoosh(-Reloaded) {m['whoosh']}, PySide6 {m['pyside6']}, "
        f"SQLite {m['sqlite']}. "
        f"Corpus: seed {c['seed']}, generated from {c['source']}.",
        "",
        "| what | figure | target (large, 2 cores) |",
        "| --- | --- | --- |",
        f"| ingest end to end (`Library.ingest`, 2 extraction processes) | {h['ingest_pages_per_s']} pages/s "
        f"({res['ingest'].get('seconds')} s) | {verdict('ingest_pages_per_s', h['ingest_pages_per_s'])} |",
        f"| ingest CPU (all processes) per page | {round(res['ingest'].get('cpu_seconds', 0) * 1000 / max(res['ingest'].get('pages', 1), 1), 1)} ms "
        f"(load average before: {res['ingest'].get('load_before')}) | — |",
        f"| raw PyMuPDF `get_text(\"words\")`, 1 process | {h['raw_pages_per_s']} pages/s | — |",
        f"| ingest ÷ raw | {h['ingest_vs_raw']} | — |",
        f"| search p50 / p95, warm, Tantivy ({b['search']['queries']} queries × {b['search']['repeats']}) | "
        f"{h['search_p50_ms']} / {h['search_p95_ms']} ms | {verdict('search_p95_ms', h['search_p95_ms'])} |",
        f"| search p95, first run of each query | {h['search_cold_p95_ms']} ms | — |",
        f"| Whoosh, same workload, p50 / p95 | {h['whoosh_p50_ms']} / {h['whoosh_p95_ms']} ms | — |",
        f"| SQLite FTS5, same workload, p50 / p95 | {h['fts5_p50_ms']} / {h['fts5_p95_ms']} ms | — |",
        f"| longest GUI-thread stall while the workload runs in the worker, Tantivy / Whoosh | "
        f"{h['search_stall_max_ms']} / {h['whoosh_stall_max_ms']} ms | {verdict('search_stall_max_ms', h['search_stall_max_ms'])} |",
        f"| reindex, Tantivy / Whoosh | {h['reindex_s']} / {h['whoosh_reindex_s']} s | {verdict('reindex_s', h['reindex_s'])} |",
        f"| search ÷ FTS5 (p95) | {h['search_vs_fts5_p95']} | — |",
        f"| entity click → mention list + first page with highlights, p50 / p95 ({ec.get('mode')}) | "
        f"{h['entity_click_p50_ms']} / {h['entity_click_p95_ms']} ms | {verdict('entity_click_p95_ms', h['entity_click_p95_ms'])} |",
        f"| page render 100 % cold, p50 / p95 | {b['render']['100']['cold']['p50_ms']} / {h['render_100_cold_p95_ms']} ms | "
        f"{verdict('render_100_cold_p95_ms', h['render_100_cold_p95_ms'])} |",
        f"| page render 200 % cold, p50 / p95 | {b['render']['200']['cold']['p50_ms']} / {h['render_200_cold_p95_ms']} ms | — |",
        f"| page render cached ({b['render']['cache']}), p95 | {h['render_cached_p95_ms']} ms | "
        f"{verdict('render_cached_p95_ms', h['render_cached_p95_ms'])} |",
        f"| start-up, sample library ({st['sample']['mode']}) | {h['startup_sample_s']} s | — |",
        f"| start-up, this library | {h['startup_s']} s | {verdict('startup_s', h['startup_s'])} |",
        f"| peak RSS, ingest (writer process / whole tree) | {h['ingest_peak_rss_mb']} / {h['ingest_peak_tree_rss_mb']} MB | — |",
        f"| peak RSS, browse session | {h['browse_peak_rss_mb']} MB | {verdict('browse_peak_rss_mb', h['browse_peak_rss_mb'])} |",
        f"| on disk per 1,000 pages: index / SQLite / stored files | {d['index']} / {d['sqlite']} / {d['files']} MB | — |",
        f"| FTS5 index per 1,000 pages (for comparison) | "
        f"{round(res['fts5'].get('fts_bytes', 0) / max(res['ingest'].get('pages', 1), 1) * 1000 / 2**20, 2)} MB | — |",
        "",
    ]
    errs = b["search"].get("errors", []) + res["fts5"].get("errors", [])
    if errs:
        lines += [f"Queries that could not run at this size: {len(errs)} ({'; '.join(errs[:4])}).", ""]
    return "\n".join(lines)


def write_md(path: Path, res: dict) -> None:
    begin, end = f"<!-- bench:{res['size']}:begin -->", f"<!-- bench:{res['size']}:end -->"
    block = f"{begin}\n{markdown(res)}{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Performance\n\n"
    if begin in text and end in text:
        text = text[: text.index(begin)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m coopviewer.bench", description="coopviewer performance benchmark")
    ap.add_argument("--size", default="small", choices=sorted(corpus_mod.SIZES))
    ap.add_argument("--json", help="write all figures to this JSON file")
    ap.add_argument("--md", help="write the table into this Markdown file (between markers)")
    ap.add_argument("--out", default=str(corpus_mod.DEFAULT_OUT), help="folder for corpora and libraries")
    ap.add_argument("--startup-runs", type=int, default=3)
    # internal: one phase in this (child) process
    ap.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--library", help=argparse.SUPPRESS)
    ap.add_argument("--result", help=argparse.SUPPRESS)
    ap.add_argument("--profile", help=argparse.SUPPRESS)
    ap.add_argument("--engine", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.phase:
        if a.phase == "raw":
            r = phase_raw(a.corpus)
        elif a.phase == "ingest":
            r = phase_ingest(a.library, a.corpus, a.profile)
        elif a.phase == "fts":
            r = phase_fts(a.library)
        elif a.phase == "engine":
            r = phase_engine(a.library, a.engine)
        elif a.phase == "profile-search":
            r = phase_profile_search(a.library, a.profile)
        else:
            r = phase_browse(a.library)
        with open(a.result, "w") as fh:
            json.dump(r, fh)
        return 0
    res = run(a.size, Path(a.out), log=lambda s: print(s, file=sys.stderr, flush=True), startup_runs=a.startup_runs)
    text = json.dumps(res, indent=1, ensure_ascii=False)
    if a.json:
        Path(a.json).write_text(text + "\n", encoding="utf-8")
    if a.md:
        write_md(Path(a.md), res)
    print(markdown(res))
    return 0


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()
    raise SystemExit(main())
