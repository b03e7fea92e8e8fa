"""A shared library opened read-only, with the analyst's work kept in their own file."""

from __future__ import annotations

import hashlib
import shutil
import stat

from coopviewer.library import Library


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_shared_library_stays_untouched_and_keeps_personal_baskets(sample_library_dir, tmp_path):
    shared = tmp_path / "share"
    shutil.copytree(sample_library_dir, shared, ignore=shutil.ignore_patterns("write.lock"))
    for p in [shared, *shared.rglob("*")]:  # a read-only share
        p.chmod(p.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    before = digest(shared / "library.sqlite")
    mine = tmp_path / "me" / "analyst.sqlite"
    try:
        with Library(shared, readonly=True, analyst_path=mine) as lib:
            assert lib.shared and lib.readonly
            hit = lib.search("Duitsland").hits[0]
            lib.basket_add_passage("mijn briefing", hit.passage_id, hit.spans, note="eigen werk")
            entity = lib.entities("country")[0]
            lib.rename(entity.name, "Hernoemd land")
            assert any(e.name == "Hernoemd land" and e.id == entity.id for e in lib.entities("country"))
        with Library(shared, readonly=True, analyst_path=mine) as again:
            assert again.basket("mijn briefing").items[0].note == "eigen werk"
            assert any(e.name == "Hernoemd land" for e in again.entities("country"))
        assert digest(shared / "library.sqlite") == before
    finally:
        for p in [shared, *shared.rglob("*")]:
            p.chmod(p.stat().st_mode | stat.S_IWUSR)
