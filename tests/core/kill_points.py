"""Run one library action in this process and die at a chosen point, like a kill -9 there.

    python -m tests.core.kill_points LIBRARY POINT ACTION [ARG …]

The point is a step of a correction (commit, re-extraction, index rebuild); the
process leaves by os._exit, so nothing is committed, closed or cleaned up after it,
exactly as when it is killed. It exits KILLED at the point, 0 if the action never
reached it (so a test can tell a kill from a point that no longer exists).
"""

from __future__ import annotations

import os
import sys

from coopviewer.library import Library
from coopviewer.search.engine import ENGINES, engine_class
from coopviewer.store.entities import EntityWriter
from coopviewer.store.store import Store

KILLED = 137


def _die(*_args, **_kwargs):
    os._exit(KILLED)


def _on_call(n: int, real):
    """`real`, but the process dies on its n-th call."""
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls >= n:
            _die()
        return real(*args, **kwargs)

    return wrapper


POINTS = {
    # the correction is committed; re-extraction has not started
    "before-reextract": lambda: setattr(Library, "reextract", _die),
    # the re-extraction transaction is half written
    "midway-reextract": lambda: setattr(EntityWriter, "add_passage", _on_call(40, EntityWriter.add_passage)),
    # the new entities are committed; the search index still holds the old entity ids
    "before-reindex": lambda: setattr(Library, "reindex", _die),
    # the index has been emptied for its rebuild and not yet written
    "midway-reindex": lambda: [setattr(engine_class(name), "write", _die) for name in ENGINES],
    # a rename's direct update is half done inside its transaction
    "inside-update": lambda: setattr(Store, "_mark_corrections_applied", _die),
}


def main() -> int:
    library, point, action, *args = sys.argv[1:]
    with Library(library) as lib:
        POINTS[point]()  # armed after the open, which may itself reindex or re-extract
        getattr(lib, action)(*args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
