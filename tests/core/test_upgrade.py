"""A library written by the previous release (schema 2, Whoosh files straight in index/)
opens, migrates and works: same documents, passages, analyst work and answers."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from coopviewer.library import Library, LibraryError, SearchIndexUnavailable
from coopviewer.store.schema import SCHEMA_VERSION
from tests.conftest import sample_pdfs

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema_v2.sql"


def _old_library(current: Path, old: Path) -> None:
    """The current library's rows in a database made from the old release's schema."""
    old.mkdir()
    dst = sqlite3.connect(old / "library.sqlite")
    dst.executescript(FIXTURE.read_text(encoding="utf-8"))
    dst.execute("ATTACH DATABASE ? AS cur", (str(current / "library.sqlite"),))
    tables = [r[0] for r in dst.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")]
    for table in tables:
        cols = [r[1] for r in dst.execute(f"PRAGMA main.table_info({table})")]
        if table == "meta":
            continue
        dst.execute(f"INSERT INTO main.{table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM cur.{table}")
    generation = dst.execute("SELECT value FROM cur.meta WHERE key = 'generation'").fetchone()[0]
    dst.executemany("INSERT INTO main.meta (key, value) VALUES (?, ?)",
                    [("schema_version", "2"), ("generation", generation)])
    dst.commit()
    dst.execute("DETACH DATABASE cur")
    dst.close()
    shutil.copytree(current / "files", old / "files")
    # the old index layout: Whoosh's files straight in index/
    from coopviewer.search.whoosh_engine import WhooshEngine

    WhooshEngine(str(old / "index")).create()


def test_a_library_of_the_previous_release_opens_migrates_and_works(tmp_path):
    current, old = tmp_path / "current", tmp_path / "old"
    with Library(current) as lib:
        lib.ingest(sample_pdfs()[:2])
        item = lib.basket_add_passage("werk", lib.search("samenwerking").hits[0].passage_id, note="oud werk")
        lib.rename("Duitsland", "Duitsland (DE)")
        answers = {q: [(h.passage_id, h.spans) for h in lib.search(q, limit=None).hits]
                   for q in ("samenwerking", '"Lichte Brigade"', "partner:Duitsland")}
        stats = lib.stats()
    _old_library(current, old)
    assert sqlite3.connect(old / "library.sqlite").execute(
        "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "2"

    with Library(old, readonly=True) as reader:  # read-only: no migration, and a clear line
        assert len(reader.documents()) == 2
        # this version's entity queries read the old tables through temp views (READ_SHIMS)
        assert reader.entities() and reader.mentions("Duitsland")
        with pytest.raises(SearchIndexUnavailable, match="reindex"):
            reader.search("samenwerking")

    with Library(old) as lib:
        assert lib.store.upgraded_from == 2
        assert lib.store.meta("schema_version") == str(SCHEMA_VERSION)
        # schema 4 extracts the entities again (names over page breaks): they reflect the corrections
        assert lib.store.corrections_applied() == lib.store.corrections_fingerprint()
        assert lib.stats() == stats
        assert {q: [(h.passage_id, h.spans) for h in lib.search(q, limit=None).hits] for q in answers} == answers
        assert [i.id for i in lib.basket("werk").items] == [item]
        assert lib.basket("werk").items[0].note == "oud werk"
        assert lib.find_entity("Duitsland (DE)").type == "country"
        assert any(c["op"] == "rename" for c in lib.corrections_list())
        # the old index files are gone; the new build sits beside the pointer
        assert sorted(os.listdir(old / "index")) == sorted(["CURRENT", lib.index_build.build])
        lib.ingest(sample_pdfs()[2:3])
        assert len(lib.documents()) == 3


def test_a_library_from_a_newer_release_is_refused_with_a_reason(tmp_path):
    with Library(tmp_path / "lib"):
        pass
    conn = sqlite3.connect(tmp_path / "lib" / "library.sqlite")
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="newer coopviewer"):
        Library(tmp_path / "lib")
