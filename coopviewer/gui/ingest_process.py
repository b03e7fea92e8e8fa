"""The ingest worker process: opens the library writable, ingests, reports through a queue.

A module of its own with no Qt import, so the spawned process starts light. It is not
a daemon (daemonic processes may not start the reader processes an ingest needs); it
follows the window's life instead, so killing the window ends it and its readers.
"""

from __future__ import annotations


def run_ingest(library_path: str, paths: list[str], password: str | None, out, cancel, window_pid: int) -> None:
    """Process entry point: ("progress", Progress) …, then ("done", report dict) or ("error", message)."""
    from coopviewer.lifeline import follow_parent

    follow_parent(window_pid)
    try:
        from coopviewer.library import Library

        with Library(library_path, wait=30.0) as lib:
            if lib.readonly:
                out.put(("error", lib.readonly_reason or "the library is read-only"))
                return
            report = lib.ingest(paths, progress=lambda p: out.put(("progress", p)), cancelled=cancel.is_set,
                                password=password)
        data = report.cli_dict()
        data["cancelled"] = report.cancelled
        out.put(("done", data))
    except Exception as exc:  # reported to the GUI as one message
        from coopviewer.log import logger, setup_logging

        setup_logging()
        logger.exception("ingest failed")
        out.put(("error", f"{type(exc).__name__}: {exc}"))
