"""Connecting to the team server: libpq targets, scrubbed messages, and the SQL dialect bridge.

A library target is a server when it is a libpq URL (`postgresql://…`) or a service
name (`service=team`). Passwords come only through libpq (PGPASSFILE, the service
file): a URL that carries one is refused, and every message that names a target
names it scrubbed (`scrub`), so no password reaches a log or an error.

The store's SQL modules (documents, entities, queries, facets, baskets) are written
for sqlite3; `SqliteStyleConnection` lets the same statements run on psycopg by
translating the few dialect differences once (placeholders, INSERT OR IGNORE,
RETURNING for lastrowid, the reserved word `end`), so each query exists once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from coopviewer.config import SERVER_PREFIXES

SCHEMA = "coopviewer"
URL_PREFIXES = tuple(p for p in SERVER_PREFIXES if p.endswith("://"))
CONNECT_TIMEOUT = 10  # seconds: an unreachable server is named quickly, not after minutes


class ServerError(RuntimeError):
    """The server cannot be reached or used; the message names the target (scrubbed)."""


class ServerUnavailable(ServerError):
    """The connection was lost or refused: worth retrying once the server is back."""


def scrub(target: str) -> str:
    """The target with any password removed (URL user:password@, password= keywords)."""
    text = re.sub(r"(://[^/@:]*):[^@/]*@", r"\1@", str(target))
    text = re.sub(r"(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]*)", r"\1***", text)
    return text


def has_password(target: str) -> bool:
    return scrub(target) != str(target)


def describe(target: str) -> str:
    """`host/database` of a target for messages, falling back to the scrubbed target."""
    text = str(target)
    if text.startswith(URL_PREFIXES):
        parts = urlsplit(text)
        query = dict(parse_qsl(parts.query))
        host = parts.hostname or query.get("host") or "localhost"
        db = parts.path.lstrip("/") or query.get("dbname") or "(default database)"
        return f"{host}/{db}"
    return scrub(text)


def connect(target: str, *, autocommit: bool = True):
    """A psycopg connection with the coopviewer schema first on the search path.

    Raises ServerUnavailable with one line naming the host (never the password).
    """
    try:
        import psycopg
    except ImportError:
        raise ServerError("a team library needs the PostgreSQL driver: pip install 'coopviewer[team]'") from None
    if has_password(target):
        raise ServerError(f"the library target {scrub(target)} carries a password; put it in your "
                          "~/.pgpass (PGPASSFILE) or a service file instead")
    try:
        conn = psycopg.connect(target, autocommit=autocommit, connect_timeout=CONNECT_TIMEOUT,
                               application_name="coopviewer", options=f"-c search_path={SCHEMA},public")
    except psycopg.OperationalError as exc:
        raise ServerUnavailable(f"cannot reach the team library at {describe(target)}: {first_line(exc, target)}") from None
    except psycopg.ProgrammingError as exc:  # a malformed URL or service
        raise ServerError(f"the library target {scrub(target)} is not a valid PostgreSQL address: "
                          f"{first_line(exc, target)}") from None
    return conn


def first_line(exc: BaseException, target: str = "") -> str:
    """The first line of a driver message, scrubbed of anything password-like."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    text = lines[0] if lines else type(exc).__name__
    text = scrub(text)
    if target and target in text:
        text = text.replace(target, scrub(target))
    return text


# --- the sqlite3-style bridge ------------------------------------------------------------------

# tables whose rows the store code reads back by cursor.lastrowid
_ID_TABLES = ("documents", "passages", "entities", "baskets", "basket_items", "corrections", "mentions")


@lru_cache(maxsize=512)
def translate(sql: str) -> tuple[str, bool]:
    """(PostgreSQL statement, whether it returns the new row's id) of a sqlite3 statement."""
    out = sql.replace("%", "%%").replace("?", "%s")
    out = re.sub(r"\bIFNULL\(", "COALESCE(", out)
    out = out.replace("CROSS JOIN", "JOIN")  # a planner hint in SQLite, needs no ON in PostgreSQL
    out = re.sub(r"(?<![\w\"])end\b", '"end"', out)  # a reserved word in PostgreSQL
    ignore = re.match(r"\s*INSERT OR IGNORE INTO", out)
    if ignore:
        out = "INSERT INTO" + out[ignore.end():] + " ON CONFLICT DO NOTHING"
    returning = False
    m = re.match(r"\s*INSERT INTO (\w+)", out)
    if m and not ignore and "RETURNING" not in out:
        table = m.group(1)
        if table == "entities":
            # several ingesters may meet the same new entity: the first one's row is used
            out += " ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key RETURNING id"
            returning = True
        elif table in _ID_TABLES:
            out += " RETURNING id"
            returning = True
    return out, returning


class _Cursor:
    def __init__(self, cur, lastrowid: int | None = None) -> None:
        self._cur = cur
        self.lastrowid = lastrowid

    def fetchone(self):
        return self._cur.fetchone()

    def fetchall(self):
        return self._cur.fetchall()

    def __iter__(self) -> Iterator:
        return iter(self._cur)

    @property
    def rowcount(self) -> int:
        return self._cur.rowcount


class SqliteStyleConnection:
    """A psycopg connection (autocommit) with sqlite3's calls: execute, executemany, and
    `with conn:` as one transaction (nested: a savepoint)."""

    def __init__(self, pg) -> None:
        self.pg = pg
        self._transactions: list = []

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> _Cursor:
        statement, returning = translate(sql)
        cur = self.pg.execute(statement, list(params) if params is not None else None)
        if returning:
            return _Cursor(cur, int(cur.fetchone()[0]))
        return _Cursor(cur)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        statement, _returning = translate(sql)
        if _returning:
            statement = statement[: statement.rindex(" RETURNING id")]
        rows = [list(r) for r in rows]
        if rows:
            with self.pg.cursor() as cur:
                cur.executemany(statement, rows)

    def commit(self) -> None:
        """Autocommit: statements outside `with` are committed as they run."""

    @property
    def in_transaction(self) -> bool:
        return bool(self._transactions)

    def __enter__(self) -> SqliteStyleConnection:
        tx = self.pg.transaction()
        tx.__enter__()
        self._transactions.append(tx)
        return self

    def __exit__(self, *exc) -> bool | None:
        return self._transactions.pop().__exit__(*exc)

    def close(self) -> None:
        self.pg.close()
