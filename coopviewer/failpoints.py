"""Named kill points, so robustness tests kill a process exactly where they mean to.

`COOPVIEWER_KILL_AT="ingest.committed:3"` makes the process SIGKILL itself the third
time it reaches `reach("ingest.committed")`. Without the variable, `reach` is one dict
lookup. Tests choose the point instead of sleeping and hoping (kills after a sleep
landed in different places on a loaded machine and made the tests flaky).
"""

from __future__ import annotations

import os
import signal

ENV = "COOPVIEWER_KILL_AT"
_counts: dict[str, int] = {}


def reach(name: str) -> None:
    """Die here (SIGKILL, as an analyst's kill -9 or a power cut) if the environment asks for it."""
    spec = os.environ.get(ENV)
    if not spec:
        return
    point, _, nth = spec.partition(":")
    if point != name:
        return
    _counts[name] = _counts.get(name, 0) + 1
    if _counts[name] >= int(nth or 1):
        kill = getattr(signal, "SIGKILL", signal.SIGTERM)
        os.kill(os.getpid(), kill)
