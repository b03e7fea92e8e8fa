"""Reader processes: every file is read in a child process, bounded in memory and time.

Why a process per reader, for every batch size: PyMuPDF is not thread-safe and holds
the GIL, and a hostile or broken file can crash MuPDF, eat all memory (form objects
that draw each other) or never finish. Each reader reads one file at a time, so the
file that kills or stalls its reader is known exactly: only that file fails, with
"too large or too complex", and the batch goes on. Readers leave when their parent
dies (coopviewer.lifeline), and MuPDF's own messages are collected per file and
logged once with a count instead of being printed on stdout.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

from coopviewer.ingest.reader import DocumentData, ReadError, read_document
from coopviewer.lifeline import follow_parent
from coopviewer.log import logger

ReadResult = DocumentData | ReadError
ReadFunction = Callable[[str, "str | None"], ReadResult]


@dataclass(frozen=True)
class ReadLimits:
    """Bounds on reading one file; a file that passes one fails alone, the batch goes on.

    Defaults fit a laptop: 3 GB of address space per reader (a 300-page scanned paper
    under OCR stays far below), ten minutes per file, and text files up to 20 MB
    (about 10,000 pages). Environment variables override them.
    """

    memory_mb: int = 3072  # COOPVIEWER_READ_MEMORY_MB: address space of a reader process
    seconds: float = 600.0  # COOPVIEWER_READ_SECONDS: wall time for one file
    text_mb: int = 20  # COOPVIEWER_READ_TEXT_MB: largest .txt file

    @classmethod
    def from_env(cls) -> ReadLimits:
        def number(name: str, default: float) -> float:
            try:
                value = float(os.environ.get(name, ""))
            except ValueError:
                return default
            return value if value > 0 else default

        d = cls()
        return cls(int(number("COOPVIEWER_READ_MEMORY_MB", d.memory_mb)),
                   number("COOPVIEWER_READ_SECONDS", d.seconds),
                   int(number("COOPVIEWER_READ_TEXT_MB", d.text_mb)))


def read_bounded(path: str, password: str | None, limits: ReadLimits = ReadLimits(),
                 read: ReadFunction = read_document) -> ReadResult:
    """Read one file; never raises, so one bad file cannot stop the batch."""
    try:
        if path.lower().endswith(".txt") and os.path.getsize(path) > limits.text_mb * 1024 * 1024:
            size = os.path.getsize(path) / (1024 * 1024)
            return ReadError(f"too large: a text file of {size:.0f} MB (limit {limits.text_mb} MB)")
        result = read(path, password)
    except ReadError as exc:
        result = exc
    except MemoryError:
        result = ReadError("out of memory")
    except OSError as exc:
        result = ReadError(f"cannot read file: {exc.strerror or exc}")
    except Exception as exc:  # a PyMuPDF failure we did not foresee
        result = ReadError(f"unreadable file ({type(exc).__name__}: {str(exc)[:100]})")
    if isinstance(result, ReadError) and _reached_memory_limit(limits):
        # MuPDF reports a failed allocation as a damaged page or a SystemError: name the real cause
        return ReadError(f"too large or too complex to read (memory limit {limits.memory_mb} MB)")
    return result


def _reached_memory_limit(limits: ReadLimits) -> bool:
    """Whether this process's address space came near the limit (Linux: VmPeak)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024 >= 0.9 * limits.memory_mb * 1024 * 1024
    except (OSError, ValueError):
        pass
    return False


def _reader_main(tasks: Connection, answers: Connection, parent_pid: int, limits: ReadLimits,
                 password: str | None, read: ReadFunction | None) -> None:
    """Reader process: read the paths sent on `tasks`, answer on `answers`.

    The answer is (result, number of MuPDF messages, the first few, whether this reader
    retires). A reader that reached its memory limit retires after answering: its heap
    is not worth reusing.
    """
    follow_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    _limit_memory(limits.memory_mb)
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    while True:
        try:
            path = tasks.recv()
        except (EOFError, OSError):
            return
        if path is None:
            return
        pymupdf.TOOLS.reset_mupdf_warnings()
        result = read_bounded(path, password, limits, read or read_document)
        messages = [m for m in pymupdf.TOOLS.mupdf_warnings(reset=True).splitlines() if m.strip()]
        retire = _reached_memory_limit(limits)
        try:
            answers.send((result, len(messages), messages[:3], retire))
        except MemoryError:
            answers.send((ReadError(f"too large or too complex to read (memory limit {limits.memory_mb} MB)"), 0, [], True))
        except OSError:
            return
        if retire:
            return


def _limit_memory(megabytes: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the time limit still holds
        return
    limit = megabytes * 1024 * 1024
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass


class _Reader:
    """One reader process and the file it is reading."""

    def __init__(self, ctx, limits: ReadLimits, password: str | None, read: ReadFunction | None) -> None:
        # two one-way pipes, not a duplex Pipe: that one is a socket pair, and the app
        # opens no sockets at all (tests/core/test_robustness.py checks it)
        task_out, self.tasks = ctx.Pipe(duplex=False)
        self.answers, answer_in = ctx.Pipe(duplex=False)
        # "spawn", not fork: a forked reader would inherit the library's write lock and
        # SQLite handle, and hold them after a killed parent.
        self.process = ctx.Process(target=_reader_main, args=(task_out, answer_in, os.getpid(), limits, password, read),
                                   name="coopviewer-reader", daemon=True)
        self.process.start()
        task_out.close()
        answer_in.close()
        self.index = -1
        self.path = ""
        self.stopped = False
        self.deadline = 0.0

    def give(self, index: int, path: str, seconds: float) -> None:
        self.index, self.path, self.deadline = index, path, time.monotonic() + seconds
        self.tasks.send(path)

    def stop(self, wait: bool) -> None:
        self.stopped = True
        if wait and self.process.is_alive():
            try:
                self.tasks.send(None)
            except OSError:
                pass
            self.process.join(2.0)
        if self.process.is_alive():
            self.process.kill()
        self.process.join(2.0)
        self.tasks.close()
        self.answers.close()


class ReaderPool:
    """A few reader processes; results come back in the order the files were given."""

    def __init__(self, workers: int, password: str | None = None, limits: ReadLimits | None = None,
                 read: ReadFunction | None = None) -> None:
        """`read` replaces the default reader (tests); it must be a module-level function."""
        self.workers = max(1, workers)
        self.password = password
        self.limits = limits or ReadLimits.from_env()
        self.read = read
        self._ctx = multiprocessing.get_context("spawn")

    def results(self, files: list[str]) -> Iterator[tuple[str, ReadResult]]:
        """Yield (path, DocumentData or ReadError) for every file, in order, whatever happens to a reader."""
        window = self.workers * 4  # results held for in-order delivery are bounded too
        todo = deque(enumerate(files))
        done: dict[int, ReadResult] = {}
        idle: list[_Reader] = []
        busy: dict[Connection, _Reader] = {}
        nxt = 0
        try:
            while nxt < len(files):
                while todo and todo[0][0] < nxt + window and len(busy) < self.workers:
                    index, path = todo.popleft()
                    reader = idle.pop() if idle else self._start()
                    try:
                        reader.give(index, path, self.limits.seconds)
                    except OSError:  # an idle reader that died meanwhile: use a fresh one
                        reader.stop(wait=False)
                        reader = self._start()
                        reader.give(index, path, self.limits.seconds)
                    busy[reader.answers] = reader
                while nxt in done:
                    yield files[nxt], done.pop(nxt)
                    nxt += 1
                if nxt >= len(files) or not busy:
                    continue
                timeout = max(0.0, min(r.deadline for r in busy.values()) - time.monotonic())
                for conn in wait(list(busy), timeout=timeout):
                    reader = busy.pop(conn)  # type: ignore[arg-type]
                    done[reader.index] = self._answer(reader)
                    if not reader.stopped:
                        idle.append(reader)
                now = time.monotonic()
                for conn, reader in list(busy.items()):
                    if reader.deadline <= now:
                        del busy[conn]
                        reader.stop(wait=False)
                        done[reader.index] = ReadError(
                            f"too large or too complex: still not read after {self.limits.seconds:.0f} s (time limit)")
        finally:
            for reader in idle:
                reader.stop(wait=True)
            for reader in busy.values():  # cancelled: the files being read are abandoned
                reader.stop(wait=False)

    def _start(self) -> _Reader:
        return _Reader(self._ctx, self.limits, self.password, self.read)

    def _answer(self, reader: _Reader) -> ReadResult:
        try:
            result, count, first, retiring = reader.answers.recv()
        except (EOFError, OSError):
            reader.stop(wait=False)
            code = reader.process.exitcode
            return ReadError("the reader process died on this file (a file that crashes the PDF library, or "
                             f"too large or too complex for the memory limit of {self.limits.memory_mb} MB; "
                             f"exit code {code})")
        if retiring:
            reader.stop(wait=True)
        if count:
            logger.warning("MuPDF: %d messages reading %s (first: %s)", count, reader.path, " | ".join(first))
        return result
