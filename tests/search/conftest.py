"""The sample corpus ingested once per search engine."""

from __future__ import annotations

import pytest

from coopviewer.search.engine import ENGINES


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


@pytest.fixture(params=sorted(ENGINES))
def engine_library(request, engine_library_dirs):
    """The sample library of one engine, opened read-only."""
    from coopviewer.library import Library

    lib = Library(engine_library_dirs[request.param], readonly=True)
    assert lib.search_engine().name == request.param
    yield lib
    lib.close()


@pytest.fixture()
def both_libraries(engine_library_dirs):
    """Every engine's sample library, read-only, by engine name."""
    from coopviewer.library import Library

    libs = {name: Library(path, readonly=True) for name, path in engine_library_dirs.items()}
    yield libs
    for lib in libs.values():
        lib.close()
