"""A throwaway PostgreSQL cluster for the tests: initdb in a temp dir, a Unix socket only.

PostgreSQL refuses to run as root, so as root (CI) the cluster runs as the `postgres`
OS user (`runuser -u postgres --`), its directories chowned to it. Nothing listens on
TCP. The cluster trusts local socket connections (it lives for one test session).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
PG_USER = "postgres"
PASSWORD_ROLE = "coopviewer_test_pw"  # the one role that must log in with a password


def pg_bin(name: str) -> str | None:
    for d in PG_BIN_DIRS:
        if (d / name).exists():
            return str(d / name)
    return shutil.which(name)


class TestCluster:
    """initdb + pg_ctl on a socket in a temp dir; `dsn(db, user)` names a database in it."""

    def __init__(self) -> None:
        initdb, self.pg_ctl = pg_bin("initdb"), pg_bin("pg_ctl")
        if not initdb or not self.pg_ctl:
            raise RuntimeError("PostgreSQL server binaries not found (Debian: apt-get install postgresql)")
        self.as_root = os.geteuid() == 0
        self.root = Path(tempfile.mkdtemp(prefix="coopviewer-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "socket"
        self.socket_dir.mkdir()
        self.superuser = PG_USER if self.as_root else os.environ.get("USER", "postgres")
        if self.as_root:
            os.chmod(self.root, 0o755)
            shutil.chown(self.root, PG_USER)
            shutil.chown(self.socket_dir, PG_USER)
        self._run(initdb, "-D", str(self.data), "-U", self.superuser, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        # fsync off: a test machine's crash is not our concern, but commits stay synchronous, so
        # a server killed mid-ingest (tests/server/test_faults.py) keeps what it acknowledged
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write(f"\nlisten_addresses = ''\nunix_socket_directories = '{self.socket_dir}'\n"
                       "fsync = off\nfull_page_writes = off\nmax_connections = 40\n")
        # one role must give a password (tests of PGPASSFILE and of messages without it)
        hba = (self.data / "pg_hba.conf").read_text()
        (self.data / "pg_hba.conf").write_text(f"local all {PASSWORD_ROLE} scram-sha-256\n" + hba)
        self.start()

    def _run(self, *cmd: str) -> None:
        if self.as_root:
            cmd = ("runuser", "-u", PG_USER, "--", *cmd)
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> None:
        self._run(self.pg_ctl, "-D", str(self.data), "-l", str(self.root / "log"), "-w", "-t", "30", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run(self.pg_ctl, "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        self._run(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "-l", str(self.root / "log"), "restart")

    def dsn(self, dbname: str = "postgres", user: str | None = None) -> str:
        return f"postgresql://{user or self.superuser}@/{dbname}?host={self.socket_dir}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.dsn(name)

    def destroy(self) -> None:
        try:
            self.stop("immediate")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


class ExistingServer:
    """A server given by $COOPVIEWER_TEST_PG, a postgresql:// URL of a role that may create
    databases and roles (its password, if any, from PGPASSFILE)."""

    def __init__(self, dsn: str) -> None:
        self.base = dsn

    def dsn(self, dbname: str = "postgres", user: str | None = None) -> str:
        """The base URL with another database (and user); a team library target is a URL."""
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(self.base)
        netloc = parts.netloc
        if user:
            netloc = user + "@" + netloc.split("@", 1)[-1]
        return urlunsplit((parts.scheme, netloc, "/" + dbname, parts.query, ""))

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.base, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.dsn(name)

    def restart(self) -> None:
        raise RuntimeError("cannot restart a server given by COOPVIEWER_TEST_PG")

    def destroy(self) -> None:
        pass
