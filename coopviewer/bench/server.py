"""The team library's benchmark: the same corpus on a PostgreSQL server and in a local library.

    python -m coopviewer.bench.server postgresql://curator@host/benchdb [--size tiny|small|large|huge]

The database must be a set-up (`coopviewer server init`), EMPTY team library that the
benchmark may fill and empty again; the role a curator. One run measures, for the
server and for a local library built from the same corpus:

* ingest pages/s with one ingester, and on the server with two at once (the corpus
  split in halves; wall time of both);
* search p50/p95 over the fixed workload (bench/queries.py) and entity click p95 (the
  window's request: an entity's passages, 500 at most), once everything is in;
* database size; and on the server, `--readers` reader processes searching in a loop
  while one ingester puts a quarter of the corpus in again: their slowest query and
  their errors.

Benchmarks, not tests: nothing fails on a timing. Figures in docs/TEAM.md.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import shutil
import subprocess
import sys
import time
from pathlib import Path

from coopviewer.bench import corpus as corpus_mod
from coopviewer.bench.run import bench_search, du
from coopviewer.timing import summary

ANALYZE_WAIT = 180  # seconds: autovacuum's naptime is one minute
READER_QUERIES = ["samenwerking", "Duitse brigades", '"Lichte Brigade"', "F-35", "marine NOT België", "brigade*"]


def ingest(target: str, files: list[str]) -> dict:
    """`coopviewer ingest` in a process of its own, as an analyst's machine runs it."""
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "coopviewer", "--library", target, "ingest", *files, "--json"],
                       capture_output=True, text=True)
    secs = time.perf_counter() - t0
    if r.returncode not in (0, 1) or not r.stdout.strip():
        raise RuntimeError(f"ingest failed: {r.stderr.strip()[-300:]}")
    report = json.loads(r.stdout)
    return {"pages": report["pages"], "failed": len(report["failed"]), "seconds": round(secs, 2)}


def ingest_two(target: str, files: list[str]) -> dict:
    halves = [files[0::2], files[1::2]]
    t0 = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-m", "coopviewer", "--library", target, "ingest", *half, "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for half in halves]
    outs = [p.communicate() for p in procs]
    secs = time.perf_counter() - t0
    pages = sum(json.loads(out)["pages"] for out, _err in outs if out.strip())
    return {"pages": pages, "seconds": round(secs, 2), "pages_per_s": round(pages / secs, 1),
            "exit_codes": [p.returncode for p in procs]}


def entity_clicks(lib, n: int = 20) -> dict:
    ents = [e for t in ("country", "unit", "organisation") for e in lib.entities(t)[:8]][:n]
    times = []
    for e in ents:
        t0 = time.perf_counter()
        lib.search("", entity=str(e.id), limit=500)
        times.append((time.perf_counter() - t0) * 1000)
    return summary(times)


def searches(target: str, wait: float = 0.0) -> dict:
    """The search workload; on the server once autovacuum has analysed the new rows (up to
    `wait` s): before that the planner scans instead of using the GIN index."""
    from coopviewer.library import Library

    with Library(target, readonly=True) as lib:
        out: dict = {}
        if lib.server:
            t0 = time.time()
            while not lib.store.statistics_fresh() and time.time() - t0 < wait:
                time.sleep(2)
            out["waited_for_analyze_s"] = round(time.time() - t0, 1)
        return {**out, "search": bench_search(lib), "entity_click": entity_clicks(lib)}


def _reader(target: str, stop, out) -> None:
    """One analyst searching in a loop until told to stop: (slowest ms, queries, errors)."""
    from coopviewer.library import Library

    slowest, count, errors = 0.0, 0, []
    with Library(target, readonly=True) as lib:
        while not stop.is_set():
            for q in READER_QUERIES:
                t0 = time.perf_counter()
                try:
                    lib.search(q, limit=20, facets=True)
                except Exception as exc:  # noqa: BLE001 - counted, the figure is their number
                    errors.append(f"{type(exc).__name__}: {exc}"[:200])
                slowest = max(slowest, (time.perf_counter() - t0) * 1000)
                count += 1
    out.put((slowest, count, errors))


def readers_during_ingest(target: str, files: list[str], readers: int) -> dict:
    ctx = multiprocessing.get_context("spawn")
    stop, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_reader, args=(target, stop, out)) for _ in range(readers)]
    for p in procs:
        p.start()
    ingested = ingest(target, files)
    stop.set()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join()
    return {"readers": readers, "ingest": ingested, "queries": sum(r[1] for r in results),
            "slowest_ms": round(max(r[0] for r in results), 1), "errors": [e for r in results for e in r[2]][:10],
            "error_count": sum(len(r[2]) for r in results)}


def empty_server(target: str) -> None:
    from coopviewer.library import Library

    with Library(target) as lib:
        lib.store.clear_documents()


def remove_documents(target: str, paths: list[str]) -> None:
    from coopviewer.library import Library

    with Library(target) as lib:
        for doc in lib.documents():
            if doc.path in paths:
                lib.remove_document(doc.id)


def server_size(target: str) -> int:
    from coopviewer.library import Library

    with Library(target, readonly=True) as lib:
        return lib.store.size_bytes()


def run(target: str, size: str, out_dir: Path, readers: int, log=print, analyze_wait: float = ANALYZE_WAIT) -> dict:
    from coopviewer.library import Library

    with Library(target) as lib:
        if not lib.server or lib.readonly:
            raise SystemExit(f"{target}: a team library the role may write is needed")
        if lib.documents():
            raise SystemExit(f"{lib.path} holds documents: the benchmark needs an empty team library")
    corpus = corpus_mod.generate(size, out_dir / f"corpus-{size}", workers=2, log=log)
    files = sorted(str(p) for p in Path(corpus).glob("*.pdf"))
    res: dict = {"size": size, "corpus_files": len(files)}
    local = out_dir / f"library-{size}-local"
    shutil.rmtree(local, ignore_errors=True)
    log("local: ingest …")
    res["local"] = {"ingest": ingest(str(local), files)}
    log("server: one ingester …")
    res["server"] = {"ingest": ingest(target, files)}
    log("searches (on the server once autovacuum has analysed) …")
    res["server"].update(searches(target, wait=analyze_wait))
    res["local"].update(searches(str(local)))
    res["server"]["size_mb"] = round(server_size(target) / 1e6, 1)
    res["local"]["size_mb"] = round(du(str(local)) / 1e6, 1)
    log(f"server: {readers} readers searching while a quarter of the corpus is ingested again …")
    quarter = files[::4]
    remove_documents(target, quarter)
    res["server"]["readers_during_ingest"] = readers_during_ingest(target, quarter, readers)
    empty_server(target)
    log("server: two ingesters …")
    res["server"]["ingest_two"] = ingest_two(target, files)
    for side in ("server", "local"):
        ing = res[side]["ingest"]
        ing["pages_per_s"] = round(ing["pages"] / ing["seconds"], 1) if ing["seconds"] else None
    empty_server(target)
    shutil.rmtree(local, ignore_errors=True)
    return res


def table(res: dict) -> str:
    s, loc = res["server"], res["local"]
    rows = [
        ("ingest, 1 ingester (pages/s)", s["ingest"]["pages_per_s"], loc["ingest"]["pages_per_s"]),
        ("ingest, 2 ingesters at once (pages/s)", s["ingest_two"]["pages_per_s"], "—"),
        ("search p50 / p95 (ms)", f"{s['search']['warm']['p50_ms']} / {s['search']['warm']['p95_ms']}",
         f"{loc['search']['warm']['p50_ms']} / {loc['search']['warm']['p95_ms']}"),
        ("entity click p95 (ms)", s["entity_click"]["p95_ms"], loc["entity_click"]["p95_ms"]),
        ("size (MB)", s["size_mb"], loc["size_mb"]),
        (f"{s['readers_during_ingest']['readers']} readers while one ingester runs: slowest query (ms), errors",
         f"{s['readers_during_ingest']['slowest_ms']}, {s['readers_during_ingest']['error_count']}", "—"),
    ]
    lines = [f"| {res['size']} ({s['ingest']['pages']} pages) | team library | local library |", "| --- | ---: | ---: |"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m coopviewer.bench.server", description=__doc__.splitlines()[0])
    ap.add_argument("target", help="an empty, set-up team library: postgresql://… or service=…")
    ap.add_argument("--size", default="small", choices=sorted(corpus_mod.SIZES))
    ap.add_argument("--readers", type=int, default=10)
    ap.add_argument("--out", default=str(corpus_mod.DEFAULT_OUT), help="folder for corpora and the local library")
    ap.add_argument("--json", help="write all figures to this JSON file")
    a = ap.parse_args(argv)
    res = run(a.target, a.size, Path(a.out), a.readers, log=lambda s: print(s, file=sys.stderr, flush=True))
    if a.json:
        Path(a.json).write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(table(res))
    return 0


if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
