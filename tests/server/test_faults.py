"""The server goes away mid-ingest: the document in flight is tried again, or the ingest stops
with one clear message; either way no document is half in. (The test cluster is really
restarted or stopped, inside a document's transaction.)"""

from __future__ import annotations

import pytest

from coopviewer.library import Library
from coopviewer.store.pg.connection import ServerUnavailable
from coopviewer.store.pg.store import PostgresStore
from tests.conftest import sample_pdfs
from tests.server.test_team_library import whole_documents


@pytest.fixture()
def restartable(pg_cluster):
    from tests.pg_cluster import TestCluster

    if not isinstance(pg_cluster, TestCluster):
        from tests.conftest import _pg_required

        why = "the server named by COOPVIEWER_TEST_PG is not ours to restart"
        if _pg_required():  # CI runs these: there the throwaway cluster must be used
            pytest.fail(why + "; unset it in CI")
        pytest.skip(why)
    yield pg_cluster
    try:  # a test that stopped it leaves it running again for the others
        pg_cluster.start()
    except Exception:  # noqa: BLE001 - already running
        pass


def _after_insert(monkeypatch, on_call: int, action) -> list[int]:
    """Run `action` inside the transaction of the `on_call`-th document, once its rows are written."""
    calls = []
    real = PostgresStore.insert_document

    def insert(self, data, stored):
        out = real(self, data, stored)
        calls.append(1)
        if len(calls) == on_call:
            action()
        return out

    monkeypatch.setattr(PostgresStore, "insert_document", insert)
    return calls


def test_a_server_restarted_mid_document_gets_that_document_again(restartable, team_db, monkeypatch):
    import coopviewer.ingest.pipeline as pipeline

    monkeypatch.setattr(pipeline, "RETRY_PAUSE", 0.2)
    calls = _after_insert(monkeypatch, 2, restartable.restart)
    with Library(team_db("alice")) as lib:
        report = lib.ingest(sample_pdfs(), workers=1)
        assert not report.failed and len(report.added) == 5
        assert len(calls) == 6  # the second document was written twice: the first try died with the server
        assert len(lib.documents()) == 5
        whole_documents(lib)
        assert lib.search('"Lichte Brigade"', limit=None).total > 0


def test_a_server_that_stays_down_stops_the_ingest_cleanly(restartable, team_db, monkeypatch):
    import coopviewer.ingest.pipeline as pipeline

    monkeypatch.setattr(pipeline, "RETRY_PAUSE", 0.05)
    _after_insert(monkeypatch, 3, lambda: restartable.stop("immediate"))
    target = team_db("alice")
    lib = Library(target)
    with pytest.raises(ServerUnavailable) as down:
        lib.ingest(sample_pdfs(), workers=1)
    assert "team library at" in str(down.value) and "Traceback" not in str(down.value)
    restartable.start()
    monkeypatch.undo()
    with Library(target) as again:
        assert len(again.documents()) == 2  # the two committed before the stop; the third is not half in
        whole_documents(again)
        report = again.ingest(sample_pdfs(), workers=1)  # run again: the rest goes in
        assert len(report.added) == 3 and len(report.skipped) == 2
        whole_documents(again)
    lib.close()


def test_a_reader_carries_on_after_the_server_restarts(restartable, pg_sample_dsn, pg_cluster):
    """The window's reader: its connection dies with the server; the next search reconnects."""
    with Library(pg_cluster.dsn("sample", "bob")) as reader:
        before = reader.search("samenwerking", limit=5, facets=True)
        restartable.restart()
        after = reader.search("samenwerking", limit=5, facets=True)  # no error: a new connection
        assert after.total == before.total > 0
        restartable.stop("immediate")
        with pytest.raises(ServerUnavailable) as down:  # away for good: one clear message
            reader.search("samenwerking", limit=5)
        assert "cannot reach the team library at" in str(down.value)
        restartable.start()
        assert reader.search("samenwerking", limit=5).total == before.total  # and back again
