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


class LockUnavailable(LibraryLocked):
    """The lock file cannot be opened at all (another user's file, a read-only folder)."""


class WriteLock:
    def __init__(self, path: str) -> None:
        self.path = path
        self._fh = None

    def acquire(self, timeout: float = 0.0) -> None:
        deadline = time.monotonic() + timeout
        try:
            fh = open(self.path, "a+b", buffering=0)  # noqa: SIM115 - held for the lock's lifetime
        except OSError as exc:  # another user's lock file, a read-only folder, a full disk
            raise LockUnavailable(f"cannot take the write lock {self.path}: {exc.strerror or exc}") from None
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
        try:  # the holder's pid, for a person looking at the folder; the flock is the lock
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()).encode())
            fh.flush()
        except OSError:  # a full disk: the lock holds all the same
            pass
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
