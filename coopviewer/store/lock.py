"""One writer per library: an OS file lock that dies with its process.

A lock file held with flock/msvcrt is released by the OS when the holder is
killed, so a crash never leaves a library locked for good.
"""

from __future__ import annotations

import os
import sys
import time


class LibraryLocked(RuntimeError):
    """Another process is writing to this library."""


class WriteLock:
    def __init__(self, path: str) -> None:
        self.path = path
        self._fh = None

    def acquire(self, timeout: float = 0.0) -> None:
        deadline = time.monotonic() + timeout
        fh = open(self.path, "a+b")  # noqa: SIM115 - held for the lock's lifetime
        while True:
            try:
                if sys.platform == "win32":
                    import msvcrt

                    fh.seek(0)
                    msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
                else:
                    import fcntl

                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    fh.close()
                    raise LibraryLocked(f"the library is in use by another coopviewer ({self.path})") from None
                time.sleep(0.1)
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()).encode())
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            try:
                if sys.platform == "win32":
                    import msvcrt

                    self._fh.seek(0)
                    msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
                else:
                    import fcntl

                    fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            finally:
                self._fh.close()
                self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None
