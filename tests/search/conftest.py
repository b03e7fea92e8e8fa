"""The sample corpus ingested once per search engine, and once into a team library on PostgreSQL."""

from __future__ import annotations

import pytest

from coopviewer.search.engine import ENGINES

SERVER = "postgresql"  # the team library's engine: PostgreSQL full text (search/pg_engine.py)
ALL_ENGINES = [*sorted(ENGINES), SERVER]


@pytest.fixture(scope="session")
def engine_library_dirs(tmp_path_factory) -> dict:
    from coopviewer.library import Library
    from tests.conftest import sample_pdfs

    dirs = {}
    for name in ENGINES:
        path = tmp_path_factory.mktemp(f"sample-{name}")
        with Library(path, engine=name) as lib:
            report = lib.ingest(sample_pdfs())
        assert not report.failed, report.failed
        dirs[name] = path
    return dirs


def _target(request, dirs: dict, name: str):
    return request.getfixturevalue("pg_sample_dsn") if name == SERVER else dirs[name]


@pytest.fixture(params=ALL_ENGINES)
def engine_library(request, engine_library_dirs):
    """The sample library of one engine, opened read-only."""
    from coopviewer.library import Library

    lib = Library(_target(request, engine_library_dirs, request.param), readonly=True)
    assert lib.search_engine().name == request.param
    yield lib
    lib.close()


@pytest.fixture()
def both_libraries(request, engine_library_dirs):
    """Every engine's sample library, read-only, by engine name (the server's when it runs here;
    in CI it must: see tests/conftest.py: pg_cluster)."""
    from coopviewer.library import Library

    libs = {name: Library(path, readonly=True) for name, path in engine_library_dirs.items()}
    try:
        libs[SERVER] = Library(_target(request, engine_library_dirs, SERVER), readonly=True)
    except pytest.skip.Exception:
        pass
    yield libs
    for lib in libs.values():
        lib.close()
