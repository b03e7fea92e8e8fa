"""Child processes that leave when their parent dies, kill -9 included.

A child spawned by coopviewer (a reader, the index writer, the window's ingest) is
given its parent's pid explicitly and watches it. Reading `os.getppid()` inside the
child instead would be wrong: a parent killed while the child is still starting up
(importing PyMuPDF takes a second) leaves the child adopted by init before it looks,
and it would then watch init forever — the orphans seen after a killed ingest.
"""

from __future__ import annotations

import os
import sys
import threading
import time

POLL_SECONDS = 0.25


def parent_alive(parent_pid: int) -> bool:
    """Whether the process that started us is still our parent (POSIX) or alive (Windows)."""
    if sys.platform == "win32":
        return _windows_alive(parent_pid)
    return os.getppid() == parent_pid


def follow_parent(parent_pid: int) -> None:
    """Exit at once if the parent is gone, and from then on as soon as it goes.

    Call it first thing in a child process. The exit is `os._exit`: a child's own work
    is never half-committed by leaving (each document is one transaction).
    """
    if not parent_alive(parent_pid):
        os._exit(0)

    def watch() -> None:
        while parent_alive(parent_pid):
            time.sleep(POLL_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="lifeline", daemon=True).start()


def _windows_alive(pid: int) -> bool:
    import ctypes

    synchronize, wait_timeout = 0x00100000, 0x102
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(synchronize, False, pid)
    if not handle:
        return False
    try:
        return kernel32.WaitForSingleObject(handle, 0) == wait_timeout
    finally:
        kernel32.CloseHandle(handle)
