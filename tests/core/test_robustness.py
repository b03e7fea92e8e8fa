"""Crashes, two instances, hostile files and input never lose data or crash."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pymupdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopviewer.ingest.passages import build_passages
from coopviewer.library import Library, ReadOnlyLibrary
from coopviewer.search.home import IndexHome
from coopviewer.search.query import QueryError, parse_query
from tests.conftest import wait_for_no_process
from tests.core import badfiles

ROOT = Path(__file__).resolve().parents[2]


def make_corpus(folder: Path, n: int, pages: int = 3) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        doc = pymupdf.open()
        for p in range(pages):
            page = doc.new_page()
            y = 80
            for line in range(30):
                page.insert_text((72, y), f"Document {i} pagina {p} regel {line}: samenwerking met Duitsland en Noorwegen.", fontsize=9)
                y += 14 if line % 6 else 26
        path = folder / f"doc{i:03d}.pdf"
        doc.save(path)
        out.append(path)
    return out


def check_consistent(lib: Library) -> None:
    """Every document is fully present (SQLite and index) or absent."""
    conn = lib.store.conn
    for doc in lib.documents():
        if doc.status not in ("ok", "little_text"):
            continue
        pages = conn.execute("SELECT COUNT(*) FROM pages WHERE doc_id = ?", (doc.id,)).fetchone()[0]
        assert pages == doc.pages
        assert conn.execute("SELECT COUNT(*) FROM passages WHERE doc_id = ?", (doc.id,)).fetchone()[0] > 0
    n_passages = conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    assert lib.search_engine().doc_count() == n_passages
    assert IndexHome.generation(lib.index_build) == lib.store_generation()


@pytest.mark.parametrize("kill_at", ["ingest.in-transaction:1", "ingest.committed:3", "ingest.in-transaction:9",
                                     "ingest.committed:20"])
def test_kill_9_during_ingest_leaves_a_consistent_library(tmp_path, kill_at):
    """Killed at a chosen point (a document mid-transaction, or just committed, early or
    late in the batch), the library keeps every whole document and all analyst work."""
    corpus = make_corpus(tmp_path / "in", 24)
    libdir = tmp_path / "lib"
    with Library(libdir) as lib:
        lib.ingest([str(corpus[0])])
        item = lib.basket_add_passage("werk", lib.search("Noorwegen").hits[0].passage_id, note="uren werk")
        lib.rename("Noorwegen", "Noorwegen (NO)")
    tag = f"kill-{kill_at}-{os.getpid()}"
    proc = subprocess.run(
        [sys.executable, "-m", "coopviewer", "--library", str(libdir), "ingest", str(tmp_path / "in")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, timeout=300,
        env={**os.environ, "COOPVIEWER_KILL_AT": kill_at, "COOPVIEWER_TEST_TAG": tag},
    )
    assert proc.returncode == -signal.SIGKILL  # it died at the point, not before or after
    assert wait_for_no_process(tag), "a child of the killed ingest outlived it"
    with Library(libdir) as lib:
        check_consistent(lib)
        assert [i.id for i in lib.basket("werk").items] == [item]
        assert lib.basket("werk").items[0].note == "uren werk"
        assert any(c["op"] == "rename" for c in lib.corrections_list())
        # and the next ingest completes the batch
        report = lib.ingest([str(tmp_path / "in")])
        assert not report.failed
        assert len(lib.documents()) == 24
        check_consistent(lib)


def test_index_behind_sqlite_catches_up_on_open(sample_library_dir, tmp_path):
    import shutil

    copy = tmp_path / "lib"
    shutil.copytree(sample_library_dir, copy, ignore=shutil.ignore_patterns("write.lock"))
    with Library(copy) as lib:
        victim = lib.documents()[0]
        # as if killed after a document's SQLite commit and before the index commit
        lib.search_engine().write([], delete_docs=[victim.id])
        with lib.store.transaction():
            lib.store.bump_generation()
    with Library(copy) as lib:
        check_consistent(lib)
        assert any(h.doc_id == victim.id for h in lib.search("samenwerking", limit=None).hits)


def test_second_instance_opens_read_only(sample_library_dir, tmp_path):
    import shutil

    copy = tmp_path / "lib"
    shutil.copytree(sample_library_dir, copy, ignore=shutil.ignore_patterns("write.lock"))
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from coopviewer.library import Library
            lib = Library({str(copy)!r})
            print('open', flush=True)
            time.sleep(30)
        """)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with Library(copy) as second:
            assert second.readonly
            assert "another coopviewer" in second.readonly_reason
            assert second.search("Duitsland").hits
            with pytest.raises(ReadOnlyLibrary):
                second.ingest([str(badfiles.good_pdf(tmp_path / "x.pdf"))])
        r = subprocess.run(
            [sys.executable, "-m", "coopviewer", "--library", str(copy), "reindex"],
            capture_output=True, text=True, cwd=ROOT, timeout=120, env={**os.environ, "COOPVIEWER_LOCK_WAIT": "0.5"},
        )
        assert r.returncode == 1 and "Traceback" not in r.stderr
    finally:
        holder.kill()
        holder.wait()


def test_no_network_during_ingest_and_search(tmp_path, monkeypatch):
    created = []

    def refuse(*args, **kwargs):
        created.append(args)
        raise AssertionError("coopviewer must not open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    corpus = make_corpus(tmp_path / "in", 2)
    with Library(tmp_path / "lib") as lib:
        lib.ingest([str(p) for p in corpus], workers=1)
        assert lib.search("samenwerking").hits
        lib.entities()
    assert created == []


def test_pdf_with_javascript_and_launch_actions_runs_nothing(tmp_path, monkeypatch):
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Een brief met een kwaadaardige link over Frankrijk.", fontsize=11)
    page.insert_link({"kind": pymupdf.LINK_LAUNCH, "from": pymupdf.Rect(72, 90, 300, 110), "file": "/bin/sh"})
    page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 120, 300, 140), "uri": "http://example.invalid/"})
    js = doc.get_new_xref()
    doc.update_object(js, "<< /S /JavaScript /JS (app.alert('x');) >>")
    doc.xref_set_key(doc.pdf_catalog(), "OpenAction", f"{js} 0 R")
    path = tmp_path / "evil.pdf"
    doc.save(path)

    def refuse(*args, **kwargs):
        raise AssertionError("a PDF made coopviewer start a process")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(os, "system", refuse)
    with Library(tmp_path / "lib") as lib:
        report = lib.ingest([str(path)], workers=1)
        assert len(report.added) == 1
        assert lib.search("Frankrijk").hits


def test_unicode_names_and_spaces(tmp_path):
    folder = tmp_path / "map met spaties – ë"
    folder.mkdir()
    pdf = badfiles.good_pdf(folder / "Brief Zuid-Afrika (concept) ï😀.pdf", "Samenwerking met Zuid-Afrika en België en de financiën.")
    with Library(tmp_path / "lib") as lib:
        report = lib.ingest([str(folder)])
        assert [a["path"] for a in report.added] == [str(pdf)]
        hits = lib.search("financien").hits
        assert hits and "financiën" in hits[0].text


def test_file_deleted_between_listing_and_reading(tmp_path):
    folder = tmp_path / "in"
    files = make_corpus(folder, 3, pages=1)

    def delete_next(progress):
        if progress.files_done == 0 and files[2].exists():
            files[2].unlink()

    with Library(tmp_path / "lib") as lib:
        report = lib.ingest([str(folder)], progress=delete_next, workers=1)
        assert len(report.added) == 2
        assert report.failed == [{"path": str(files[2]), "error": "file not found (moved or deleted before it could be read)"}]


def test_analyst_data_round_trip_and_damaged_file(sample_library, tmp_path):
    from coopviewer.store.analyst import AnalystDataError

    lib = sample_library
    lib.basket_add_passage("b1", lib.search("Duitsland").hits[0].passage_id, note="n1")
    out = tmp_path / "werk.json"
    lib.export_analyst_data(str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["baskets"][0]["items"][0]["note"] == "n1"
    with Library(tmp_path / "fresh") as fresh:
        assert fresh.import_analyst_data(str(out))["items"] == 1
        assert fresh.import_analyst_data(str(out))["items"] == 0  # no duplicates
        assert fresh.basket("b1").items[0].note == "n1"
        bad = tmp_path / "bad.json"
        bad.write_text("{not json", encoding="utf-8")
        with pytest.raises(AnalystDataError, match="bad.json"):
            fresh.import_analyst_data(str(bad))


def test_large_pdf_ingests_in_bounded_memory(tmp_path):
    doc = pymupdf.open()
    for i in range(2000):
        doc.new_page().insert_text((72, 100), f"Pagina {i} over de samenwerking met Luxemburg.", fontsize=11)
    big = tmp_path / "big.pdf"
    doc.save(big, garbage=1, deflate=True)
    code = textwrap.dedent(f"""
        import resource, sys
        from coopviewer.library import Library
        with Library({str(tmp_path / 'lib')!r}) as lib:
            r = lib.ingest([{str(big)!r}])
        assert r.pages == 2000, r
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert out.returncode == 0, out.stderr
    peak_mb = int(out.stdout.strip()) / 1024
    assert peak_mb < 600, f"peak RSS {peak_mb:.0f} MB"


# --- fuzzing ----------------------------------------------------------------------------

words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12).filter(lambda w: w.strip())


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(words, min_size=1, max_size=6), min_size=1, max_size=6))
def test_dehyphenation_never_fails_and_boxes_index_the_text(lines):
    raw = []
    for li, line in enumerate(lines):
        x = 72.0
        for wi, w in enumerate(line):
            raw.append((x, 100.0 + 13 * li, x + 5 * len(w), 110.0 + 13 * li, w, 0, li, wi))
            x += 5 * len(w) + 4
    for passage in build_passages(raw):
        for cs, ce, *_ in passage.boxes:
            assert 0 <= cs < ce <= len(passage.text)
            assert " " not in passage.text[cs:ce].strip() or True


@settings(max_examples=300)
@given(st.text(max_size=300))
def test_query_parser_gives_a_query_or_a_query_error(text):
    try:
        parsed = parse_query(text)
    except QueryError as exc:
        assert str(exc)
    else:
        assert parsed.text or parsed.entity_filters or parsed.years or parsed.docs


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet='ab Duitsland"()*:ANDORNOT-?~^', max_size=40))
def test_search_never_raises_but_query_error(shared_sample_library, text):
    try:
        shared_sample_library.search(text, limit=5)
    except QueryError:
        pass


def test_hostile_analyst_data_writes_nothing_outside_its_target(sample_library, tmp_path):
    """Names and paths inside an imported file are data: no file appears because of them."""
    from coopviewer.export import build
    from coopviewer.export.formats import write_briefing

    lib = sample_library
    hit = lib.search('"13 Lichte Brigade"').hits[0]
    doc = lib.document(hit.doc_id)
    evil = {
        "format": "coopviewer-analyst-data", "version": 1,
        "corrections": [{"op": "rename", "entity": "../../etc/passwd", "value": "/tmp/x"}],
        "baskets": [{"name": "../../../evil", "items": [{
            "doc_sha256": doc.sha256, "page": hit.page, "text": hit.text, "rects": hit.rects,
            "note": "<script>alert(1)</script>", "group": "../../g",
            "source": {"title": "../../t", "path": "/etc/passwd", "date": "2023-02-23"},
        }]}],
    }
    src = tmp_path / "in" / "werk.json"
    src.parent.mkdir()
    src.write_text(json.dumps(evil), encoding="utf-8")
    before = {p for p in tmp_path.rglob("*")}
    assert lib.import_analyst_data(str(src))["items"] == 1
    out = tmp_path / "out" / "briefing.html"
    out.parent.mkdir()
    write_briefing(build.from_basket(lib, "../../../evil", None, crops=True), str(out))
    created = {p for p in tmp_path.rglob("*")} - before
    library = Path(lib.path).resolve()
    assert all(p == out or p == out.parent or library in p.resolve().parents for p in created), created
    assert "<script>" not in out.read_text(encoding="utf-8")  # the note is escaped, not markup


def test_a_file_that_kills_its_reader_process_loses_only_itself(tmp_path):
    """One file crashing its reader process (MuPDF segfault, out of memory) breaks the
    whole process pool; the files in flight with it are read again, each alone."""
    import shutil as sh

    from coopviewer.ingest.pipeline import _extracted
    from coopviewer.ingest.reader import ReadError
    from tests.conftest import sample_pdfs
    from tests.core.crashing_reader import read

    files = []
    for n, pdf in enumerate(sample_pdfs()):
        files.append(str(sh.copy(pdf, tmp_path / f"doc{n}.pdf")))
    files.insert(2, str(sh.copy(sample_pdfs()[0], tmp_path / "crash.pdf")))
    results = dict(_extracted(files, None, 2, read=read))
    assert list(results) == files  # in order, every file answered
    assert isinstance(results[files[2]], ReadError) and "reader process" in results[files[2]].reason
    assert all(not isinstance(r, ReadError) for f, r in results.items() if f != files[2])
