"""Ingest files into a library: extract in worker processes, write in one place.

Extraction (PyMuPDF, de-hyphenation, passages) runs in reader processes, each file
bounded in memory and time (ingest/readers.py); the calling process is the single
writer, talking only to the Store and the SearchEngine. Each document is one SQLite transaction (all in or not in) that
counts one generation; the index follows in batches, each stamped with the
generation it holds, so a crash leaves at worst an index the next open sees is
behind and rebuilds.
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
from dataclasses import dataclass
from pathlib import Path

from coopviewer import failpoints
from coopviewer.ingest.reader import SUPPORTED_SUFFIXES, DocumentData, ReadError, sha256_of
from coopviewer.ingest.readers import ReaderPool, ReadFunction
from coopviewer.lifeline import follow_parent
from coopviewer.models import IngestReport, Progress
from coopviewer.page_breaks import junction_texts
from coopviewer.search.engine import WRITE_BATCH, IndexRecord, SearchEngine, engine_class
from coopviewer.store.entities import Corrections
from coopviewer.store.store import Store
from coopviewer.undecodable import escaped


@dataclass
class IngestTarget:
    """What the writer needs of a library: the two doors and where stored copies go."""

    store: Store
    engine: SearchEngine
    root: str | None  # the library folder: stored copies go under files/ (None: the store keeps them)
    extractor: object  # coopviewer.extract.Extractor (or None: no entities)
    corrections: Corrections
    stamp_index: Callable[[int], None]  # record the SQLite generation the index now holds


BACKGROUND_INDEX_MIN_FILES = 8  # from this many files, a pure-Python engine writes in a process of its own
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


_worker_engine = None


def _index_batch(engine: str, directory: str, records: list[IndexRecord], delete_docs: list[int]) -> int:
    """Index-process entry point: one commit of a batch of passages."""
    global _worker_engine
    if _worker_engine is None or _worker_engine.directory != directory:
        _worker_engine = engine_class(engine)(directory)
        _worker_engine.open()
    return _worker_engine.write(records, delete_docs=delete_docs)


class _IndexFeeder:
    """Commits index batches, in a process of its own for big ingests on a pure-Python engine.

    Whoosh is as costly as everything else the writer does, so on two cores it runs
    beside the SQLite writer instead of after it (Tantivy writes on threads of its
    own and needs no process). After each commit the index is stamped with the SQLite
    generation it now holds, so a crash leaves an index the next open sees is behind.
    If the index process fails, the batch is written here instead.
    """

    def __init__(self, target: IngestTarget, background: bool) -> None:
        self.target = target
        self.engine = target.engine
        self.pool: ProcessPoolExecutor | None = None
        if background and self.engine.background_writes:
            self.pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=follow_parent, initargs=(os.getpid(),))
        self.in_flight: deque[tuple[Future, list[IndexRecord], list[int], int]] = deque()

    def submit(self, records: list[IndexRecord], delete_docs: list[int], generation: int) -> None:
        if not (records or delete_docs):
            self.target.stamp_index(generation)
            return
        if self.pool is None:
            self.engine.write(records, delete_docs=delete_docs)
            self.target.stamp_index(generation)
            return
        fut = self.pool.submit(_index_batch, self.engine.name, self.engine.directory, records, delete_docs)
        self.in_flight.append((fut, records, delete_docs, generation))
        while len(self.in_flight) > INDEX_IN_FLIGHT or (self.in_flight and self.in_flight[0][0].done()):
            self._reap()

    def _reap(self) -> None:
        fut, records, delete_docs, generation = self.in_flight.popleft()
        try:
            fut.result()
        except Exception:  # the index process died: write this batch here
            self.engine.write(records, delete_docs=delete_docs)
        self.target.stamp_index(generation)

    def close(self) -> None:
        try:
            while self.in_flight:
                self._reap()
        finally:
            if self.pool is not None:
                self.pool.shutdown(wait=True)
                self.pool = None


def store_copy(root: str, data: DocumentData) -> str:
    """Keep a copy of the file in the library folder `root`, so the viewer works after the original moves."""
    rel = stored_name(data)
    target = os.path.join(root, rel)
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
    target: IngestTarget,
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
    writer = target.store.entity_writer(target.extractor, target.corrections)
    pending_index: list[IndexRecord] = []
    deleted_docs: list[int] = []

    feeder = _IndexFeeder(target, background=workers > 1 and len(files) >= BACKGROUND_INDEX_MIN_FILES)

    def flush_index() -> None:
        feeder.submit(list(pending_index), list(deleted_docs), target.store.generation())
        pending_index.clear()
        deleted_docs.clear()

    try:
        _store_all(target, files, password, workers, writer, report, progress, cancelled,
                   pending_index, deleted_docs, flush_index)
        flush_index()
    finally:
        feeder.close()
    if progress is not None:
        progress(Progress(len(files), len(files), report.pages, "", "done"))
    report.seconds = time.perf_counter() - started
    return report


def _store_all(target: IngestTarget, files, password, workers, writer, report, progress, cancelled,
               pending_index, deleted_docs, flush_index) -> None:
    store = target.store
    for done, (raw_path, result) in enumerate(_extracted(files, password, workers)):
        path = escaped(raw_path)  # a name that is not UTF-8 is stored and reported escaped
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(Progress(done, len(files), report.pages, path))
        if isinstance(result, ReadError):
            report.failed.append({"path": path, "error": result.reason})
            _record_failure(store, raw_path, result)
            continue
        existing = store.find_by_sha(result.sha256)
        doc_id = None if existing else _write_document(target, writer, path, result, pending_index, deleted_docs)
        if doc_id is None:  # already in, or put in meanwhile by another ingester
            existing = existing or store.find_by_sha(result.sha256)
            same = "this file" if existing is None or existing.path == path else existing.path
            report.skipped.append({"path": path, "reason": f"identical to {same}, already in the library"})
            continue
        report.pages += len(result.pages)
        report.added.append({"id": doc_id, "path": path, "title": result.meta.title, "pages": len(result.pages)})
        if result.note:
            report.added[-1]["note"] = result.note
        if len(pending_index) >= WRITE_BATCH:  # passages per index commit
            flush_index()


WRITE_ATTEMPTS = 4  # a document's transaction, when the store says the failure may pass (a team server)
RETRY_PAUSE = 1.0  # seconds before the second attempt, doubling


def _write_document(target: IngestTarget, writer, path: str, result: DocumentData,
                    pending_index: list[IndexRecord], deleted_docs: list[int]) -> int | None:
    """One document in one transaction: all in or not in. Returns its id (None: another
    writer put the same file in first).

    A store on a server names the failures worth another attempt (a lost connection,
    a deadlock between ingesters, the same file committed by another): the document
    is written again from the start, up to WRITE_ATTEMPTS times.
    """
    store = target.store
    retryable = store.RETRYABLE
    stored = store_copy(target.root, result) if target.root is not None else stored_name(result)
    result.path = path  # the name as stored and reported (escaped when not UTF-8)
    for attempt in range(WRITE_ATTEMPTS):
        records: list[IndexRecord] = []
        deleted: list[int] = []
        try:
            if attempt and store.find_by_sha(result.sha256) is not None:
                return None
            with store.transaction():  # one transaction: the document is all in or not in
                for old in store.find_by_path(path):
                    store.delete_document(old.id)
                    deleted.append(old.id)
                doc_id, passages = store.insert_document(result, stored)
                year = (result.meta.date or "")[:4] or None
                halves = [(pid, page, passage.text, passage.boxes) for pid, page, passage in passages]
                entity_ids = writer.add_document(doc_id, halves, result.meta.number)
                junctions = junction_texts([(page, text) for _pid, page, text, _boxes in halves])  # phrases over page breaks
                for (pid, _page, text, _boxes), junction in zip(halves, junctions, strict=True):
                    records.append(IndexRecord(pid, doc_id, year, entity_ids[pid], text, junction))
                store.bump_generation()
                failpoints.reach("ingest.in-transaction")
        except retryable:
            if attempt == WRITE_ATTEMPTS - 1:
                raise
            time.sleep(RETRY_PAUSE * 2 ** attempt)
            continue
        failpoints.reach("ingest.committed")
        pending_index.extend(records)
        deleted_docs.extend(deleted)
        return doc_id
    return None  # pragma: no cover - the loop returns or raises


def stored_name(data: DocumentData) -> str:
    """The stored copy's name in a library that keeps its files itself (a team server)."""
    return os.path.join("files", data.sha256[:2], f"{data.sha256}.pdf")


def _record_failure(store: Store, path: str, err: ReadError) -> None:
    try:
        size = os.path.getsize(path)
        digest = sha256_of(path)
    except OSError:
        size, digest = 0, ""
    store.record_failure(escaped(path), digest, size, err.status, err.reason)
