"""Opening a library that can be read but not written: a full disk, a failing write.

Opening for writing writes at once (the WAL, its index file, the schema version),
so on a full disk every command failed, `documents` and `search` included. When
the writable open fails for such a reason, the library is opened read-only
instead and the caller is told why; reading needs no free space.
"""

from __future__ import annotations

import os
import sqlite3

from coopviewer.store.schema import connect, migrate, shim_for_reading


def open_database(db_path: str, *, writable: bool) -> tuple[sqlite3.Connection, str | None, int | None]:
    """The connection; the reason it is read-only when a writable open was asked but failed;
    and the schema version it was upgraded from (None: no upgrade).

    Raises sqlite3.DatabaseError when the database cannot even be read.
    """
    if not writable:
        conn = connect(db_path, readonly=True)
        shim_for_reading(conn)
        return conn, None, None
    conn = None
    try:
        conn = connect(db_path)
        upgraded_from = migrate(conn)
        return conn, None, upgraded_from
    except sqlite3.OperationalError as exc:  # "database or disk is full", "disk I/O error", a read-only file
        if conn is not None:
            conn.close()
        if not os.path.exists(db_path):
            raise
        conn = _read_only(db_path, exc)
        shim_for_reading(conn)
        return conn, f"the library cannot be written ({exc}; is the disk full?); opened read-only", None


def _read_only(db_path: str, write_error: sqlite3.OperationalError) -> sqlite3.Connection:
    try:
        conn = connect(db_path, readonly=True)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        pass  # no room even for the WAL's shared-memory file
    wal = db_path + "-wal"
    if os.path.exists(wal) and os.path.getsize(wal) > 0:
        raise sqlite3.OperationalError(
            f"{write_error}; its newest changes wait in {os.path.basename(wal)}: free some disk space and open it again"
        ) from None
    # The WAL is empty, so the database file alone holds everything: read it as it is.
    return connect(db_path, readonly=True, immutable=True)
