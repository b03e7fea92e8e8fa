"""The team library on a real PostgreSQL server: roles, per-role baskets, shared corrections,
passwords kept out of messages, push and pull, several writers at once, and the CLI's shapes."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from coopviewer.library import Library, LibraryError, ReadOnlyLibrary
from tests.conftest import DOC_000, DOC_001, ROOT, SHARED, sample_pdfs

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def cli(*args: str, check: bool = False) -> subprocess.CompletedProcess:
    r = subprocess.run([sys.executable, "-m", "coopviewer", *args], capture_output=True, text=True, env=ENV,
                       cwd=ROOT, timeout=600)
    if check:
        assert r.returncode == 0, r.stderr
    return r


def whole_documents(lib: Library) -> None:
    """Every document is all in: its page rows, passages and stored PDF."""
    for doc in lib.documents():
        assert doc.pages > 0
        assert all(lib.page(doc.id, n) is not None for n in range(1, doc.pages + 1)), doc.path
        assert any(lib.page_passages(doc.id, n) for n in range(1, doc.pages + 1)), doc.path
        assert lib.store.pdf_bytes(doc.sha256)[:5] == b"%PDF-"


# --- the CLI's JSON shapes, the same checks as for a local library ------------------------------

def test_every_command_keeps_its_json_shape_on_the_server(team_db, monkeypatch):
    checker = SHARED / "checks" / "contract.py"
    if not checker.exists():
        pytest.skip(f"{checker} is not beside this clone")
    spec = importlib.util.spec_from_file_location("contract_check", checker)
    contract = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(contract)
    target = team_db("alice")
    real = tempfile.mkdtemp
    # the checker makes its library in a temp folder: here it is the team library instead
    monkeypatch.setattr(contract.tempfile, "mkdtemp",
                        lambda prefix=None, **kw: target if prefix == "contract-" else real(prefix=prefix, **kw))
    monkeypatch.chdir(ROOT)
    assert contract.main(set()) == 0, contract.problems


# --- roles -----------------------------------------------------------------------------------------

def test_server_init_again_changes_nothing(team_db):
    from coopviewer.library import init_server

    with Library(team_db("alice")) as lib:
        lib.ingest(sample_pdfs()[:1])
    assert init_server(team_db()) == []  # roles and schema exist: nothing created, nothing dropped
    with Library(team_db("alice")) as lib:
        assert len(lib.documents()) == 1 and not lib.readonly


def test_a_reader_searches_but_neither_ingests_nor_corrects(pg_sample_dsn, pg_cluster, team_people):
    target = pg_cluster.dsn("sample", "bob")  # the database pg_sample_dsn made
    with Library(target) as lib:
        assert lib.readonly and "bob may only read" in lib.readonly_reason
        assert lib.search("Duitsland", limit=3).total > 0
        with pytest.raises(ReadOnlyLibrary):
            lib.rename("Duitsland", "BRD")
    r = cli("--library", target, "ingest", sample_pdfs()[0])
    assert r.returncode == 1 and "may only read" in r.stderr and "Traceback" not in r.stderr


def test_baskets_are_each_roles_own_and_corrections_are_shared_with_their_author(team_db):
    with Library(team_db("alice")) as alice:
        alice.ingest(sample_pdfs()[:2])
        pid = alice.search("Duitsland", limit=1).hits[0].passage_id
        alice.basket_add_passage("reis", pid, note="van alice")
        alice.add_alias("Duitsland", "BRD")
    with Library(team_db("bob")) as bob:
        assert bob.basket_names() == []  # alice's basket is hers
        bob.basket_add_passage("reis", pid, note="van bob")  # the same name: his own basket
        assert [i.note for i in bob.basket("reis").items] == ["van bob"]
        assert [(c["op"], c["value"], c["by"]) for c in bob.corrections_list()] == [("alias", "BRD", "alice")]
        assert bob.find_entity("BRD").name == "Duitsland"  # alice's alias re-extracted for everybody
    with Library(team_db("alice")) as alice:
        assert [i.note for i in alice.basket("reis").items] == ["van alice"]


# --- passwords -------------------------------------------------------------------------------------

def test_a_password_never_reaches_a_message(pg_cluster, team_db, tmp_path, monkeypatch):
    from tests.pg_cluster import PASSWORD_ROLE, TestCluster

    secret = "s3cret-Pw_42"
    with_password = team_db("alice").replace("alice@", f"alice:{secret}@")
    with pytest.raises(LibraryError) as refused:
        Library(with_password)
    assert secret not in str(refused.value) and ".pgpass" in str(refused.value)
    r = cli("--library", with_password, "documents")
    assert r.returncode == 1 and secret not in r.stderr + r.stdout and "Traceback" not in r.stderr

    unreachable = "postgresql://alice@/team?host=/nonexistent/socket/dir"
    r = cli("--library", unreachable, "search", "Duitsland")
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "/nonexistent/socket/dir" in r.stderr and "Traceback" not in r.stderr

    if not isinstance(pg_cluster, TestCluster):
        return  # the password role lives in the throwaway cluster's pg_hba.conf
    import psycopg

    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (PASSWORD_ROLE,)).fetchone():
            conn.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN IN ROLE coopviewer_reader")
        conn.execute(f"ALTER ROLE {PASSWORD_ROLE} PASSWORD '{secret}'")
    target = team_db(PASSWORD_ROLE)
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:{PASSWORD_ROLE}:wrong-{secret}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    with pytest.raises(LibraryError) as wrong:
        Library(target)
    assert "password authentication failed" in str(wrong.value) and secret not in str(wrong.value)
    passfile.write_text(f"*:*:*:{PASSWORD_ROLE}:{secret}\n")
    with Library(target) as lib:  # the password came from PGPASSFILE only
        assert lib.readonly and lib.documents() == []


# --- between laptop and server ----------------------------------------------------------------------

def test_push_and_pull_round_trip_a_library_with_its_analyst_data(team_db, tmp_path):
    local = tmp_path / "laptop"
    with Library(local) as lib:
        lib.ingest(sample_pdfs()[:2])
        pid = lib.search('"Lichte Brigade"', limit=1).hits[0].passage_id
        lib.basket_add_passage("reis", pid, note="meenemen")
        lib.rename("Duitsland", "Bondsrepubliek")
        before = {(h.path, h.page, tuple(map(tuple, h.spans))) for h in lib.search("brigade", limit=None).hits}
    r = cli("library", "push", str(local), team_db("alice"), "--json", check=True)
    assert '"documents": 2' in r.stdout
    again = cli("library", "push", str(local), team_db("alice"), "--json", check=True)
    assert '"skipped": 2' in again.stdout  # a second push adds nothing
    with Library(team_db("alice")) as server:
        whole_documents(server)
        assert {(h.path, h.page, tuple(map(tuple, h.spans))) for h in server.search("brigade", limit=None).hits} == before
        assert server.find_entity("Bondsrepubliek").key == "country:DE"
        assert [i.note for i in server.basket("reis").items] == ["meenemen"]
        server.ingest(sample_pdfs()[2:])  # the team adds more
    pulled = tmp_path / "travel"
    cli("library", "pull", team_db("alice"), str(pulled), check=True)
    with Library(pulled, readonly=True) as copy:  # a normal local library, its index built
        assert {Path(d.path).stem for d in copy.documents()} >= {DOC_000, DOC_001} and len(copy.documents()) == 5
        assert copy.search_engine().name == "tantivy"
        assert copy.search("Lichte Brigade", limit=1).total > 0
        assert [i.note for i in copy.basket("reis").items] == ["meenemen"]
        assert os.path.exists(copy.stored_path(copy.documents()[0]))
    r = cli("library", "pull", team_db("alice"), str(pulled))
    assert r.returncode == 1 and "already holds a library" in r.stderr


# --- many writers at once ---------------------------------------------------------------------------

def test_two_ingesters_and_a_reader_at_once(team_db):
    pdfs = sample_pdfs()
    target = team_db("alice")
    # both ingesters are given document 2: one of them puts it in, the other skips it
    first = subprocess.Popen([sys.executable, "-m", "coopviewer", "--library", target, "ingest", *pdfs[:3]],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    second = subprocess.Popen([sys.executable, "-m", "coopviewer", "--library", target, "ingest", *pdfs[2:]],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    errors: list[BaseException] = []
    seen: list[int] = []

    def read() -> None:
        with Library(team_db("bob")) as reader:
            while first.poll() is None or second.poll() is None:
                try:
                    seen.append(len(reader.documents()))
                    reader.search("samenwerking", limit=5, facets=True)
                except BaseException as exc:  # noqa: BLE001 - recorded for the assert
                    errors.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    outs = [p.communicate(timeout=300) for p in (first, second)]
    reader.join()
    assert first.returncode == second.returncode == 0, outs
    assert not errors, errors
    with Library(target) as lib:
        docs = lib.documents()
        assert sorted(Path(d.path).name for d in docs) == sorted(Path(p).name for p in pdfs)  # each once
        whole_documents(lib)
        assert lib.search("Lichte Brigade", limit=None).total > 0
    assert seen and seen == sorted(seen)  # the reader only ever saw whole documents arrive


def test_coopviewer_library_may_name_the_server(pg_sample_dsn, monkeypatch):
    import json

    from coopviewer.config import default_library

    r = subprocess.run([sys.executable, "-m", "coopviewer", "documents", "--json"], capture_output=True, text=True,
                       env={**ENV, "COOPVIEWER_LIBRARY": pg_sample_dsn}, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)) == 5
    monkeypatch.setenv("COOPVIEWER_LIBRARY", pg_sample_dsn)
    assert default_library() == pg_sample_dsn  # for the window: not folded into a path


def test_a_libpq_keyword_string_names_the_server_not_a_folder(pg_sample_dsn, tmp_path, monkeypatch):
    """`--library "host=… dbname=…"` is libpq's other form: it used to become a local folder of that name."""
    from urllib.parse import parse_qsl, urlsplit

    from coopviewer.library import Library

    url = urlsplit(pg_sample_dsn)
    query = dict(parse_qsl(url.query))
    keywords = f"host={query.get('host', url.hostname or 'localhost')} dbname={url.path.lstrip('/')} user={url.username}"
    monkeypatch.chdir(tmp_path)
    with Library(keywords, readonly=True) as lib:
        assert len(lib.documents()) == 5
    assert list(tmp_path.iterdir()) == []  # no folder named after the string
