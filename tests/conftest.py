"""Shared fixtures: the real sample corpus ingested once into a real library."""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
SHARED = ROOT.parent / "shared"
REALPDF_DIR = Path(os.environ.get("COOPVIEWER_REALPDF", SHARED / "realpdf"))

DOC_000 = "000_ebc9545216792ac5"
DOC_001 = "001_b4320000572071d0"


def sample_pdfs() -> list[str]:
    return sorted(str(p) for p in SAMPLE_DIR.glob("*.pdf"))


@pytest.fixture(scope="session")
def sample_library_dir(tmp_path_factory) -> Path:
    """A library folder with the five sample PDFs ingested (built once per session)."""
    from coopviewer.library import Library

    path = tmp_path_factory.mktemp("sample-lib")
    with Library(path) as lib:
        report = lib.ingest(sample_pdfs())
    assert not report.failed, report.failed
    return path


@pytest.fixture()
def sample_library(sample_library_dir, tmp_path):
    """A private copy of the sample library, so a test may change it."""
    from coopviewer.library import Library

    copy = tmp_path / "lib"
    shutil.copytree(sample_library_dir, copy, ignore=shutil.ignore_patterns("write.lock"))
    lib = Library(copy)
    yield lib
    lib.close()


@pytest.fixture()
def shared_sample_library(sample_library_dir):
    """The session library, opened read-only by tests that only read."""
    from coopviewer.library import Library

    lib = Library(sample_library_dir, readonly=True)
    yield lib
    lib.close()


def tagged_processes(tag: str) -> list[int]:
    """Live processes whose environment carries COOPVIEWER_TEST_TAG=tag (children inherit it)."""
    needle = f"COOPVIEWER_TEST_TAG={tag}".encode()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as fh:
                env = fh.read().split(b"\0")
            with open(f"/proc/{entry}/stat", "rb") as fh:
                state = fh.read().rsplit(b")", 1)[1].split()[0]
        except OSError:
            continue
        if needle in env and state != b"Z":
            found.append(int(entry))
    return found


def wait_for_no_process(tag: str, seconds: float = 10.0) -> bool:
    """True once no process carries the tag; kills and reports the survivors after `seconds`."""
    import signal
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not tagged_processes(tag):
            return True
        time.sleep(0.1)
    for pid in tagged_processes(tag):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return False


# --- the team library's PostgreSQL (tests/pg_cluster.py) ---------------------------------------

def _pg_required() -> bool:
    """In CI the server tests must run: a missing server fails them instead of skipping."""
    return os.environ.get("CI") == "1" or os.environ.get("COOPVIEWER_REQUIRE_PG") == "1"


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL cluster for the session (or the server $COOPVIEWER_TEST_PG names)."""
    from tests.pg_cluster import ExistingServer, TestCluster

    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        if _pg_required():
            pytest.fail(f"psycopg is not installed: {exc}")
        pytest.skip("psycopg is not installed (pip install -e '.[test]')")
    if os.environ.get("COOPVIEWER_TEST_PG"):
        yield ExistingServer(os.environ["COOPVIEWER_TEST_PG"])
        return
    try:
        cluster = TestCluster()
    except Exception as exc:  # no binaries, or a cluster that cannot start
        if _pg_required():
            pytest.fail(f"cannot start a PostgreSQL test cluster: {exc}")
        pytest.skip(f"no PostgreSQL test cluster: {exc}")
    yield cluster
    cluster.destroy()


@pytest.fixture(scope="session")
def pg_sample_dsn(pg_cluster) -> str:
    """A team library with the five sample PDFs ingested (built once per session)."""
    from coopviewer.library import Library
    from coopviewer.store.pg.connection import connect
    from coopviewer.store.pg.schema import init_server

    dsn = pg_cluster.create_database("sample")
    conn = connect(dsn)
    init_server(conn)
    conn.close()
    with Library(dsn) as lib:
        report = lib.ingest(sample_pdfs())
    assert not report.failed, report.failed
    return dsn


_count = itertools.count()


@pytest.fixture(scope="session")
def team_people(pg_cluster) -> dict:
    """Login roles: alice a curator, bob a reader (trusted on the test socket)."""
    import psycopg

    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
        # make sure the group roles exist before granting them
        from coopviewer.store.pg.schema import ADMIN, CURATOR, READER

        for role in (READER, CURATOR, ADMIN):
            if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
                conn.execute(f"CREATE ROLE {role} NOLOGIN")
        for name, group in (("alice", CURATOR), ("bob", READER)):
            if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
                conn.execute(f"CREATE ROLE {name} LOGIN")
            conn.execute(f"GRANT {group} TO {name}")
    return {"alice": "curator", "bob": "reader"}


@pytest.fixture()
def team_db(pg_cluster, team_people):
    """A new, set-up team library; returns dsn(user) for it."""
    from coopviewer.library import init_server

    name = f"team{next(_count)}"
    init_server(pg_cluster.create_database(name))
    return lambda user=None: pg_cluster.dsn(name, user)
