"""Team-library fixtures: people with roles, and a fresh team database per test that writes."""

from __future__ import annotations

import itertools

import pytest

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
