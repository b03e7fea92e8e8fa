"""The index never answers silently wrong or empty (issue 19, items 1, 3 and 7).

Faults are injected at fixed points (a rebuild paused between two commits, files
overwritten, a folder swapped), never by timing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from coopviewer.library import Library, LibraryError, SearchIndexUnavailable
from coopviewer.search.engine import ENGINES
from coopviewer.search.home import STAMP
from tests.conftest import ROOT, sample_pdfs


def _copy(src, dst):
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("write.lock"))
    return dst


def _cli_search(libdir, query: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "coopviewer", "--library", str(libdir), "search", query,
                           "--json", "--limit", "500"], capture_output=True, text=True, cwd=ROOT, timeout=120)


def _ids(results) -> set[int]:
    return {h.passage_id for h in results.hits}


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_readers_keep_answering_while_another_process_rebuilds(engine_library_dirs, tmp_path, monkeypatch, engine):
    import coopviewer.library as library_module

    libdir = _copy(engine_library_dirs[engine], tmp_path / "lib")
    reader = Library(libdir, readonly=True)
    expected = _ids(reader.search("samenwerking", limit=None))
    assert expected
    monkeypatch.setattr(library_module, "WRITE_BATCH", 40)  # several commits, a pause after each
    seen: list[tuple[int, int]] = []

    def between_commits(progress) -> None:
        # the new index is half written: this process's reader and a CLI in another
        # process both still answer from the last complete one
        assert _ids(reader.search("samenwerking", limit=None)) == expected
        out = _cli_search(libdir, "samenwerking")
        assert out.returncode == 0, out.stderr
        seen.append((progress.files_done, len(json.loads(out.stdout))))

    other = "whoosh" if engine == "tantivy" else "tantivy"
    with Library(libdir) as writer:
        writer.reindex(progress=between_commits, engine=other)  # a switch of engine, the longest rebuild
    assert len(seen) >= 2 and all(total == len(expected) for _done, total in seen)
    # after the swap the reader follows to the new index, and answers the same
    assert _ids(reader.search("samenwerking", limit=None)) == expected
    assert reader.search_engine().name == other
    reader.close()


def test_a_foreign_index_with_the_same_passage_count_is_not_believed(tmp_path):
    pdfs = sample_pdfs()[:2]
    with Library(tmp_path / "a") as a:
        a.ingest(pdfs)
        truth = {h.passage_id: h.doc_id for h in a.search("samenwerking", limit=None).hits}
        count = a.stats()["passages"]
    with Library(tmp_path / "b") as b:
        b.ingest(list(reversed(pdfs)))  # the same passages under other ids
        assert b.stats()["passages"] == count
        assert {h.passage_id: h.doc_id for h in b.search("samenwerking", limit=None).hits} != truth
    shutil.rmtree(tmp_path / "a" / "index")
    shutil.copytree(tmp_path / "b" / "index", tmp_path / "a" / "index")
    with pytest.raises(SearchIndexUnavailable, match="another library"):
        Library(tmp_path / "a", readonly=True).search("samenwerking")
    with Library(tmp_path / "a") as a:  # writable: rebuilt on open
        assert {h.passage_id: h.doc_id for h in a.search("samenwerking", limit=None).hits} == truth


def test_staleness_is_judged_by_generation_not_by_count(engine_library_dirs, tmp_path):
    libdir = _copy(engine_library_dirs["tantivy"], tmp_path / "lib")
    with Library(libdir) as lib:
        generation = lib.store_generation()
        stamp = os.path.join(lib.index_build.directory, STAMP)
    with open(stamp, "w") as f:
        json.dump({"generation": generation - 1}, f)  # an index one change behind, same count
    with Library(libdir) as lib:
        assert lib.index_build.build != os.path.basename(os.path.dirname(stamp))  # rebuilt
        assert lib.search("samenwerking").total > 0


def _damage(directory: str) -> None:
    """Overwrite every segment file with zeros, at its own length (the engine's table of contents kept)."""
    for name in os.listdir(directory):
        if name in (STAMP, "meta.json") or name.startswith(".") or name.endswith(".toc"):
            continue
        path = os.path.join(directory, name)
        size = os.path.getsize(path)
        with open(path, "r+b") as f:
            f.write(b"\x00" * size)


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_a_damaged_index_is_rebuilt_when_writable_and_explained_when_not(engine_library_dirs, tmp_path, engine):
    libdir = _copy(engine_library_dirs[engine], tmp_path / "lib")
    with Library(libdir, readonly=True) as lib:
        expected = _ids(lib.search("samenwerking", limit=None))
        _damage(lib.search_engine().directory)
    with Library(libdir, readonly=True) as lib:
        with pytest.raises(SearchIndexUnavailable, match="reindex. with write access"):
            lib.search("samenwerking")
        assert lib.documents()  # the rest of the library still reads
    with Library(libdir) as lib:
        assert _ids(lib.search("samenwerking", limit=None)) == expected
    with Library(libdir, readonly=True) as lib:
        assert _ids(lib.search("samenwerking", limit=None)) == expected


def test_read_only_open_with_the_index_missing_says_what_to_do(engine_library_dirs, tmp_path):
    libdir = _copy(engine_library_dirs["tantivy"], tmp_path / "lib")
    with Library(libdir) as holder:  # holds the write lock: the CLI opens read-only
        os.rename(holder.index_home.root, tmp_path / "gone")  # one step: Tantivy's watcher may still touch it
        with pytest.raises(SearchIndexUnavailable, match="no usable search index.*reindex"):
            Library(libdir, readonly=True).search("samenwerking")
        out = _cli_search(libdir, "samenwerking")
    assert out.returncode != 0
    assert "reindex" in out.stderr and "unexpected" not in out.stderr and "Traceback" not in out.stderr


def test_an_index_path_that_is_a_file_gets_one_clear_line(tmp_path):
    libdir = tmp_path / "lib"
    with Library(libdir):
        pass
    shutil.rmtree(libdir / "index")
    (libdir / "index").write_text("not a folder")
    with pytest.raises(LibraryError, match="is a file"):
        Library(libdir)
    with pytest.raises(SearchIndexUnavailable):
        Library(libdir, readonly=True).search("samenwerking")


def test_an_old_single_folder_whoosh_index_is_replaced_on_open(tmp_path):
    """A library from before the per-build folders (Whoosh files straight in index/)."""
    libdir = tmp_path / "lib"
    with Library(libdir, engine="whoosh") as lib:
        lib.ingest(sample_pdfs()[:1])
        build = lib.index_build
    for name in os.listdir(build.directory):  # the old layout: the files at the top
        shutil.move(os.path.join(build.directory, name), os.path.join(libdir, "index", name))
    os.rmdir(build.directory)
    os.unlink(libdir / "index" / "CURRENT")
    with Library(libdir) as lib:
        assert lib.search("samenwerking").total > 0
        assert sorted(os.listdir(libdir / "index")) == sorted(["CURRENT", lib.index_build.build])
