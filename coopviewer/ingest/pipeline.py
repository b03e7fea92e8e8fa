"""Ingest files into a library: extract in worker processes, write in one place.

Extraction (PyMuPDF, de-hyphenation, passages) runs in reader processes, each file
bounded in memory and time (ingest/readers.py); the calling process is the single
writer. Each document is one SQLite transaction
(all in or not in); the index follows in batches and every document records
whether it is indexed, so a crash leaves at worst an index that catches up on
the next open.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from coopviewer import failpoints
from coopviewer.ingest.reader import SUPPORTED_SUFFIXES, DocumentData, ReadError, sha256_of
from coopviewer.ingest.readers import ReaderPool, ReadFunction
from coopviewer.lifeline import follow_parent
from coopviewer.models import IngestReport, Progress
from coopviewer.search.index import WRITE_BATCH, IndexRecord
from coopviewer.store import documents as docs_store
from coopviewer.store.entities import EntityWriter
from coopviewer.undecodable import escaped

if TYPE_CHECKING:
    from coopviewer.library import Library

BACKGROUND_INDEX_MIN_FILES = 8  # from this many files, Whoosh writes in a process of its own
INDEX_IN_FLIGHT = 2  # batches handed to the index process and not yet committed


def collect_files(paths: Iterable[str]) -> tuple[list[str], list[dict]]:
    """Expand folders (recursively) into supported files; report paths that do not exist."""
    files: list[str] = []
    missing: list[dict] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            found = sorted(
                str(p.resolve()) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
            files.extend(found)
        elif path.is_file():
            files.append(str(path.resolve()))
        elif path.exists():  # a FIFO, a device, a socket: reading it could block forever
            missing.append({"path": str(path), "error": "not a regular file (a pipe, device or socket)"})
        else:
            missing.append({"path": str(path), "error": "file not found"})
    return list(dict.fromkeys(files)), missing


def _extracted(files: list[str], password: str | None, workers: int,
               read: ReadFunction | None = None) -> Iterable[tuple[str, DocumentData | ReadError]]:
    """Every file read in a reader process (bounded in memory and time), results in order."""
    return ReaderPool(min(workers, max(1, len(files))), password, read=read).results(files)


_worker_index = None


def _index_batch(directory: str, records: list[IndexRecord], delete_docs: list[int]) -> int:
    """Index-process entry point: one Whoosh commit of a batch of passages."""
    global _worker_index
    from coopviewer.search.index import PassageIndex

    if _worker_index is None or _worker_index.directory != directory:
        _worker_index = PassageIndex(directory)
    return _worker_index.write(records, delete_docs=delete_docs)


class _IndexFeeder:
    """Commits index batches, in a process of its own for big ingests.

    Whoosh is pure Python and as costly as everything else the writer does, so on two
    cores it runs beside the SQLite writer instead of after it. A document is marked
    `indexed` only once the commit that holds it is done, so a crash still leaves an
    index that catches up on the next open. If the index process fails, the batch is
    written here instead.
    """

    def __init__(self, library: Library, background: bool) -> None:
        self.library = library
        self.pool: ProcessPoolExecutor | None = None
        if background:
            self.pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=follow_parent, initargs=(os.getpid(),))
        self.in_flight: deque[tuple[Future, list[IndexRecord], list[int], list[int]]] = deque()

    def submit(self, records: list[IndexRecord], delete_docs: list[int], doc_ids: list[int]) -> None:
        if not (records or delete_docs or doc_ids):
            return
        if self.pool is None:
            if records or delete_docs:
                self.library.index.write(records, delete_docs=delete_docs)
            self._mark(doc_ids)
            return
        fut = self.pool.submit(_index_batch, self.library.index.directory, records, delete_docs)
        self.in_flight.append((fut, records, delete_docs, doc_ids))
        while len(self.in_flight) > INDEX_IN_FLIGHT or (self.in_flight and self.in_flight[0][0].done()):
            self._reap()

    def _reap(self) -> None:
        fut, records, delete_docs, doc_ids = self.in_flight.popleft()
        try:
            fut.result()
        except Exception:  # the index process died: write this batch here
            self.library.index.write(records, delete_docs=delete_docs)
        self._mark(doc_ids)

    def _mark(self, doc_ids: list[int]) -> None:
        if doc_ids:
            conn = self.library.conn
            marks = ",".join("?" * len(doc_ids))
            conn.execute(f"UPDATE documents SET indexed = 1 WHERE id IN ({marks})", doc_ids)
            conn.commit()

    def close(self) -> None:
        try:
            while self.in_flight:
                self._reap()
        finally:
            if self.pool is not None:
                self.pool.shutdown(wait=True)
                self.pool = None
                self.library.index._refresh()


def store_copy(library: Library, data: DocumentData) -> str:
    """Keep a copy of the file in the library, so the viewer works after the original moves."""
    rel = os.path.join("files", data.sha256[:2], f"{data.sha256}.pdf")
    target = os.path.join(library.path, rel)
    if not os.path.exists(target):
        os.makedirs(os.path.dirname(target), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(target), suffix=".part")
        try:
            with os.fdopen(fd, "wb") as out:
                if data.pdf_bytes is not None:
                    out.write(data.pdf_bytes)
                else:
                    with open(data.path, "rb") as src:
                        shutil.copyfileobj(src, out)
            os.replace(tmp, target)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    return rel


def ingest(
    library: Library,
    paths: Iterable[str],
    *,
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    password: str | None = None,
    workers: int | None = None,
) -> IngestReport:
    """Ingest files and folders; never stops on a bad file."""
    started = time.perf_counter()
    report = IngestReport()
    files, missing = collect_files(paths)
    report.failed.extend(missing)
    workers = workers if workers is not None else max(1, min(2, os.cpu_count() or 1))
    writer = EntityWriter(library.conn, library.extractor, library.corrections)
    pending_index: list[IndexRecord] = []
    pending_docs: list[int] = []
    deleted_docs: list[int] = []

    feeder = _IndexFeeder(library, background=workers > 1 and len(files) >= BACKGROUND_INDEX_MIN_FILES)

    def flush_index() -> None:
        feeder.submit(list(pending_index), list(deleted_docs), list(pending_docs))
        pending_index.clear()
        pending_docs.clear()
        deleted_docs.clear()

    try:
        _store_all(library, files, password, workers, writer, report, progress, cancelled,
                   pending_index, pending_docs, deleted_docs, flush_index)
        flush_index()
    finally:
        feeder.close()
    if progress is not None:
        progress(Progress(len(files), len(files), report.pages, "", "done"))
    report.seconds = time.perf_counter() - started
    return report


def _store_all(library, files, password, workers, writer, report, progress, cancelled,
               pending_index, pending_docs, deleted_docs, flush_index) -> None:
    conn = library.conn
    for done, (raw_path, result) in enumerate(_extracted(files, password, workers)):
        path = escaped(raw_path)  # a name that is not UTF-8 is stored and reported escaped
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(Progress(done, len(files), report.pages, path))
        if isinstance(result, ReadError):
            report.failed.append({"path": path, "error": result.reason})
            _record_failure(library, raw_path, result)
            continue
        existing = docs_store.find_by_sha(conn, result.sha256)
        if existing is not None:
            same = "this file" if existing.path == path else existing.path
            report.skipped.append({"path": path, "reason": f"identical to {same}, already in the library"})
            continue
        stored = store_copy(library, result)
        result.path = path
        with conn:  # one transaction: the document is all in or not in
            for old in docs_store.find_by_path(conn, path):
                docs_store.delete_document(conn, old.id)
                deleted_docs.append(old.id)
            doc_id, passages = docs_store.insert_document(conn, result, stored)
            year = (result.meta.date or "")[:4] or None
            for passage_id, page, passage in passages:
                entity_ids = writer.add_passage(doc_id, page, passage_id, passage.text, passage.boxes, result.meta.number)
                pending_index.append(IndexRecord(passage_id, doc_id, year, entity_ids, passage.text))
            conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
            failpoints.reach("ingest.in-transaction")
        failpoints.reach("ingest.committed")
        pending_docs.append(doc_id)
        report.pages += len(result.pages)
        report.added.append({"id": doc_id, "path": path, "title": result.meta.title, "pages": len(result.pages)})
        if result.note:
            report.added[-1]["note"] = result.note
        if len(pending_index) >= WRITE_BATCH:  # passages per Whoosh commit
            flush_index()


def _record_failure(library: Library, path: str, err: ReadError) -> None:
    try:
        size = os.path.getsize(path)
        digest = sha256_of(path)
    except OSError:
        size, digest = 0, ""
    with library.conn:
        docs_store.insert_failed(library.conn, escaped(path), digest, size, err.status, err.reason)
