"""The app's log file: unexpected errors, and what libraries say that is not for stdout.

One file per user (platformdirs' log dir), rotated, so a traceback or MuPDF's warnings
are kept for a bug report without ever reaching the analyst's terminal or a script
reading `--json`.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import tempfile
from pathlib import Path

import platformdirs

from coopviewer.config import APP_NAME

logger = logging.getLogger(APP_NAME)


def log_path() -> Path:
    """Where the log is written: the per-user log dir, or the temp dir when that is not writable."""
    for folder in (Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(folder, os.W_OK):
            return folder / f"{APP_NAME}.log"
    return Path(tempfile.gettempdir()) / f"{APP_NAME}.log"


def setup_logging() -> Path:
    """Send the app's log records to the log file (once per process); returns its path."""
    path = log_path()
    if not any(getattr(h, "_coopviewer", False) for h in logger.handlers):
        try:
            handler: logging.Handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=2, encoding="utf-8", delay=True)
        except OSError:
            handler = logging.NullHandler()
        handler._coopviewer = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return path
