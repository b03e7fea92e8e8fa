"""Work off the GUI thread: reads in a thread pool, ingest in a separate process.

Reads (search, entity look-ups) run in a one-thread pool with its own read-only
Library (SQLite connections and the Whoosh searcher belong to one thread).
Writes go through a short-lived writable Library: ingest in a spawned process
(PyMuPDF holds the GIL and is not thread-safe; a process can also be cancelled),
corrections and baskets in the pool. The GUI process itself never holds the
write lock, so an ingest process can always take it.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from coopviewer.gui.ingest_process import run_ingest
from coopviewer.library import Library


class _Signals(QObject):
    done = Signal(object, object)  # result, error message (None when fine)


class _Job(QRunnable):
    def __init__(self, fn: Callable, signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported in the GUI, never raised into Qt
            self.signals.done.emit(None, str(exc) or type(exc).__name__)
            traceback.print_exc()
        else:
            self.signals.done.emit(result, None)


class LibraryWorker(QObject):
    """Runs library reads and short writes in one background thread, in order."""

    def __init__(self, library_path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = library_path
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._local = threading.local()
        self._pending: list[_Signals] = []
        self._closed = False

    def reader(self) -> Library:
        lib = getattr(self._local, "lib", None)
        if lib is None:
            lib = Library(self.path, readonly=True)
            self._local.lib = lib
        return lib

    def read(self, fn: Callable[[Library], object], done: Callable[[object, str | None], None]) -> None:
        """Run fn(read-only library) in the background; done(result, error) on the GUI thread."""
        self._submit(lambda: fn(self.reader()), done)

    def write(self, fn: Callable[[Library], object], done: Callable[[object, str | None], None]) -> None:
        """Run fn(writable library) in the background, holding the write lock only meanwhile."""

        def job():
            with Library(self.path, wait=10.0) as lib:
                # a team library's reader still keeps baskets (the facade refuses what the role may not)
                if lib.readonly and not lib.shared:
                    raise RuntimeError(lib.readonly_reason or "the library is read-only")
                return fn(lib)

        self._submit(job, done)

    def _submit(self, fn: Callable[[], object], done: Callable[[object, str | None], None]) -> None:
        signals = _Signals()
        self._pending.append(signals)

        def finished(result, error, s=signals):
            if s in self._pending:
                self._pending.remove(s)
            if not self._closed:  # the window may be gone; its widgets with it
                done(result, error)

        signals.done.connect(finished)
        self.pool.start(_Job(fn, signals))

    def wait(self, msecs: int = 10000) -> bool:
        return self.pool.waitForDone(msecs)

    def shutdown(self) -> None:
        self._closed = True
        self.pool.waitForDone(5000)
        self._local = threading.local()


class IngestRunner(QObject):
    """One ingest in a spawned process; progress polled from a queue."""

    progress = Signal(object)  # coopviewer.models.Progress
    finished = Signal(object, object)  # report dict, error message

    def __init__(self, library_path: str, paths: list[str], password: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        ctx = multiprocessing.get_context("spawn")
        self._queue = ctx.Queue()
        self._cancel = ctx.Event()
        # not a daemon: a daemonic process may not start the ingest's reader processes;
        # it follows the window's pid instead (coopviewer.lifeline)
        self._process = ctx.Process(target=run_ingest, name="coopviewer-ingest",
                                    args=(library_path, paths, password, self._queue, self._cancel, os.getpid()))
        self._timer = QTimer(self, interval=100)
        self._timer.timeout.connect(self._poll)
        self._done = False

    def start(self) -> None:
        self._process.start()
        self._timer.start()

    def cancel(self) -> None:
        self._cancel.set()

    def stop(self, timeout: float = 3.0) -> None:
        """Cancel and wait for the process to end (the window is closing).

        The ingest stops after the document it is storing (each is one transaction);
        a process that does not stop in time is terminated, which loses at most that
        document, never the library's consistency. The app leaves no process behind.
        """
        self._cancel.set()
        self._timer.stop()
        if self._process.pid is None:
            return
        self._process.join(timeout)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(2.0)
        self._done = True

    def is_running(self) -> bool:
        return not self._done

    def _poll(self) -> None:
        while True:
            try:
                kind, payload = self._queue.get_nowait()
            except queue.Empty:
                break
            if kind == "progress":
                self.progress.emit(payload)
            elif kind in ("done", "error"):
                self._finish(payload if kind == "done" else None, payload if kind == "error" else None)
                return
        if not self._process.is_alive() and not self._done:
            self._finish(None, f"the ingest process stopped unexpectedly (exit code {self._process.exitcode})")

    def _finish(self, report, error) -> None:
        self._done = True
        self._timer.stop()
        self._process.join(timeout=5)
        self.finished.emit(report, error)
