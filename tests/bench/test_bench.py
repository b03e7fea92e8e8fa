"""The benchmark's generator is deterministic and the run works end to end (no timings asserted)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coopviewer.bench import corpus

ROOT = Path(__file__).resolve().parents[2]


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.pdf"))}


def test_generator_is_deterministic_and_realistic(tmp_path):
    a = corpus.generate(30, tmp_path / "a")
    b = corpus.generate(30, tmp_path / "b")
    assert digests(a) == digests(b) and digests(a)
    import pymupdf

    pages, text = 0, ""
    for f in sorted(a.glob("*.pdf")):
        with pymupdf.open(f) as doc:
            pages += doc.page_count
            assert 1 <= doc.page_count <= 40
            assert doc.metadata["title"]
            text += "".join(p.get_text() for p in doc)
    assert pages == 30
    assert "Kamerstuk" in text or "nr." in text  # references survive
    assert any(line.rstrip().endswith("-") for line in text.splitlines())  # line-end hyphenation
    # a second call reuses the cached folder as it is
    mtime = os.path.getmtime(next(a.glob("*.pdf")))
    corpus.generate(30, a)
    assert os.path.getmtime(next(a.glob("*.pdf"))) == mtime


def test_generator_falls_back_to_text_corpus(tmp_path, monkeypatch):
    if not corpus.TEXT_CORPUS_DIR.is_dir():
        pytest.skip("no plain-text corpus beside the checkout")
    monkeypatch.setenv(corpus.SOURCE_ENV, str(corpus.TEXT_CORPUS_DIR))
    corpus._PARA_CACHE.clear()
    try:
        body, notes, desc = corpus.load_paragraphs()
        assert "text files" in desc and len(body) > 50
        folder = corpus.generate(8, tmp_path / "t")
        assert len(list(folder.glob("*.pdf"))) >= 1
    finally:
        corpus._PARA_CACHE.clear()


def test_plan_sizes():
    specs = corpus.plan(2000)
    assert sum(s.pages for s in specs) == 2000
    assert all(1 <= s.pages <= 40 for s in specs)
    assert all(5 <= s.pages for s in specs[:-1])


def test_benchmark_runs_end_to_end_at_tiny_size(tmp_path):
    out_json, out_md = tmp_path / "r.json", tmp_path / "PERF.md"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "coopviewer.bench", "--size", "tiny", "--out", str(tmp_path / "out"),
         "--json", str(out_json), "--md", str(out_md), "--startup-runs", "1"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    res = json.loads(out_json.read_text())
    assert res["ingest"]["pages"] == 50 and res["ingest"]["failed"] == 0
    assert res["browse"]["search"]["warm"]["n"] >= 50
    assert res["browse"]["entity_click"]["n"] > 0
    assert res["fts5"]["warm"]["n"] > 0
    for key in ("ingest_pages_per_s", "search_p95_ms", "render_100_cold_p95_ms", "browse_peak_rss_mb",
                "whoosh_p95_ms", "reindex_s", "whoosh_reindex_s", "search_stall_max_ms", "whoosh_stall_max_ms"):
        assert res["headline"][key] is not None
    text = out_md.read_text()
    assert "<!-- bench:tiny:begin -->" in text and "| search p50 / p95" in text
    # a second write replaces the block rather than appending another
    from coopviewer.bench.run import write_md

    write_md(out_md, res)
    assert out_md.read_text().count("<!-- bench:tiny:begin -->") == 1


def test_fast_analyzers_match_the_whoosh_chains():
    if not corpus.TEXT_CORPUS_DIR.is_dir():
        pytest.skip("no plain-text corpus beside the checkout")
    """The index's one-pass analyzers give the same tokens as the Whoosh filter chains."""
    from coopviewer.search import analysis as A

    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(corpus.TEXT_CORPUS_DIR.glob("*.txt")))
    text += " Ĳzer café F-35 13e 10. u.s.a a ÉÉN één HET Het het-hoofd we x"
    pairs = ((A.dutch_analyzer(), A.whoosh_dutch_analyzer()), (A.exact_analyzer(), A.whoosh_exact_analyzer()))
    options = (dict(chars=True, mode="index"), dict(positions=True, chars=True),
               dict(positions=True, removestops=False, mode="query"), dict(tokenize=False, positions=True, chars=True))

    def shape(tokens, kw):
        return [(t.text, t.pos if kw.get("positions") else None, t.startchar if kw.get("chars") else None,
                 t.endchar if kw.get("chars") else None, t.stopped) for t in tokens]

    for fast, ref in pairs:
        for kw in options:
            for value in (text, "Samenwerkingen", "de", "Het", "a"):
                assert shape(fast(value, **kw), kw) == shape(ref(value, **kw), kw)
        assert fast.terms(text) == [(t.text, t.startchar, t.endchar) for t in ref(text, chars=True, mode="index")]


def test_the_server_benchmark_runs_end_to_end(team_db, tmp_path):
    """python -m coopviewer.bench.server on a tiny corpus: every figure is there (none is judged)."""
    from coopviewer.bench import server

    res = server.run(team_db("alice"), "tiny", tmp_path, readers=2, log=lambda s: None, analyze_wait=0)
    assert res["server"]["ingest"]["pages"] == res["local"]["ingest"]["pages"] == 50
    assert res["server"]["ingest_two"]["pages"] == 50 and res["server"]["ingest_two"]["exit_codes"] == [0, 0]
    during = res["server"]["readers_during_ingest"]
    assert during["ingest"]["pages"] > 0 and during["queries"] > 0 and during["error_count"] == 0, during["errors"]
    assert res["server"]["search"]["warm"]["n"] > 0 and res["server"]["entity_click"]["n"] > 0
    assert "| ingest, 2 ingesters at once (pages/s) |" in server.table(res)
