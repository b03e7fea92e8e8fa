"""The CLI's JSON shapes and exit codes, run as a real subprocess (`python -m coopviewer`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import sample_pdfs

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(*args: str, lib=None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "coopviewer", *(["--library", str(lib)] if lib else []), *args]
    result = subprocess.run(cmd, capture_output=True, text=True, env=ENV, timeout=300)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_version_and_help():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("coopviewer ")
    for sub in ("ingest", "documents", "search", "entities", "mentions", "refs", "reindex"):
        r = run(sub, "--help")
        assert r.returncode == 0 and "usage:" in r.stdout


def test_ingest_json_shape_and_exit_code_on_failure(tmp_path):
    bad = tmp_path / "kapot.pdf"
    bad.write_bytes(b"")
    r = run("ingest", *sample_pdfs()[:2], str(bad), "--json", lib=tmp_path / "lib")
    assert r.returncode == 1
    out = json.loads(r.stdout)
    assert set(out) >= {"added", "skipped", "failed", "pages", "seconds"}
    assert {"id", "path", "title", "pages"} <= set(out["added"][0])
    assert out["failed"] == [{"path": str(bad), "error": "empty file (0 bytes)"}]
    assert str(bad) in r.stderr and "empty file" in r.stderr
    r = run("ingest", *sample_pdfs()[:2], "--json", lib=tmp_path / "lib")
    assert r.returncode == 0
    assert len(json.loads(r.stdout)["skipped"]) == 2


def test_documents_and_search_shapes(sample_library_dir):
    docs = json.loads(run("documents", "--json", lib=sample_library_dir).stdout)
    assert len(docs) == 5
    assert set(docs[0]) == {"id", "path", "title", "kind", "date", "number", "pages", "status", "error"}
    hits = json.loads(run("search", "Duitsland", "--limit", "5", "--json", lib=sample_library_dir).stdout)
    germany = next(e for e in json.loads(run("entities", "--type", "country", "--json", lib=sample_library_dir).stdout)
                   if e["name"] == "Duitsland")
    names = {n.casefold() for n in [germany["name"], *germany["aliases"]]}
    assert 0 < len(hits) <= 5
    for h in hits:
        assert set(h) == {"doc_id", "title", "path", "page", "passage_id", "score", "snippet", "spans", "text"}
        assert h["page"] >= 1
        # a whole entity name lists the passages naming the entity (as a click does):
        # the marks are its mentions, under any of its names
        assert h["spans"] and all(h["text"][s:e].casefold() in names for s, e in h["spans"])
    # and every passage that mentions it is reached (the window's count; the text alone reached 36)
    every = json.loads(run("search", "Duitsland", "--limit", "100000", "--json", lib=sample_library_dir).stdout)
    mentions = json.loads(run("mentions", "Duitsland", "--json", lib=sample_library_dir).stdout)
    assert {h["passage_id"] for h in every} == {m["passage_id"] for m in mentions}


@pytest.mark.parametrize("query", ['"unbalanced AND (', "AND", "x" * 10000, "foo:bar", "year:23"])
def test_malformed_query_is_one_line_and_exit_2(sample_library_dir, query):
    r = run("search", query, lib=sample_library_dir)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1


def test_bad_usage_exits_2(tmp_path):
    assert run("search", lib=tmp_path / "lib").returncode == 2
    assert run("nonsense").returncode == 2
