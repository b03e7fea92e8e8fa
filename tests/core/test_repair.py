"""A damaged library database is named after an unclean shutdown, and `repair` salvages it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from coopviewer.library import Library
from tests.conftest import ROOT

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def cli(library, *args):
    return subprocess.run([sys.executable, "-m", "coopviewer", "--library", str(library), *args],
                          capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=300)


def damage_file(db, pages: int = 3) -> None:
    """Overwrite a few database pages in the middle of the file, as a failing disk does."""
    size = os.path.getsize(db)
    page = 4096
    start = (size // page // 2) * page
    with open(db, "r+b") as fh:
        fh.seek(start)
        fh.write(b"\xa5" * page * pages)


def test_a_damaged_library_is_named_and_repair_salvages_documents_and_baskets(sample_library_dir, tmp_path):
    library = tmp_path / "lib"
    shutil.copytree(sample_library_dir, library, ignore=shutil.ignore_patterns("write.lock"))
    with Library(library) as lib:
        passage = lib.search("Noorwegen").hits[0].passage_id
        lib.basket_add_passage("werk", passage, note="uren werk")
        lib.add_alias("13 Lichte Brigade", "13 LtBrig")
    # a writer that never closed (kill -9, a power cut), then a disk fault
    subprocess.run([sys.executable, "-c", f"import os; from coopviewer.library import Library; "
                    f"Library({str(library)!r}); os._exit(0)"], cwd=ROOT, check=True, timeout=120)
    damage_file(library / "library.sqlite")

    opened = cli(library, "documents")
    assert opened.returncode == 1 and "unexpected error" not in opened.stderr
    assert "damaged" in opened.stderr and f"--library {library} repair" in opened.stderr
    assert len(opened.stderr.strip().splitlines()) == 1

    into = tmp_path / "repaired"
    r = cli(library, "repair", "--into", str(into), "--json")
    assert "Traceback" not in r.stderr and r.returncode in (0, 1), r.stderr
    report = json.loads(r.stdout)
    assert report["library"] == str(into)
    assert report["tables"]["documents"]["copied"] == 5  # small tables live in sound pages
    assert report["tables"]["passages"]["copied"] > 0
    with Library(into) as repaired:
        assert len(repaired.documents()) == 5
        item = repaired.basket("werk").items[0]
        assert item.note == "uren werk"  # the analyst's work survives
        assert "13 LtBrig" in repaired.find_entity("13 Lichte Brigade").aliases  # corrections applied again
        assert repaired.search("samenwerking").hits  # a new index over what was salvaged


def test_repair_refuses_a_folder_that_is_not_empty(sample_library_dir, tmp_path):
    into = tmp_path / "busy"
    into.mkdir()
    (into / "mine.txt").write_text("x")
    r = cli(sample_library_dir, "repair", "--into", str(into))
    assert r.returncode == 1 and "not an empty folder" in r.stderr and "Traceback" not in r.stderr


def test_a_clean_close_needs_no_check(sample_library_dir, tmp_path):
    library = tmp_path / "lib"
    shutil.copytree(sample_library_dir, library, ignore=shutil.ignore_patterns("write.lock"))
    with Library(library) as lib:
        assert lib.store.meta("in_use") == "1"
    with Library(library, readonly=True) as lib:
        assert lib.store.meta("in_use") == "0"
