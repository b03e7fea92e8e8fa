"""The app's log file: unexpected errors, and what libraries say that is not for stdout.

One file per user (platformdirs' log dir), rotated, so a traceback or MuPDF's warnings
are kept for a bug report without ever reaching the analyst's terminal or a script
reading `--json`. Nothing touches the disk until there is something to write, and a
log that cannot be written (a full disk, a read-only home) never fails the app.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

from coopviewer.config import APP_NAME

logger = logging.getLogger(APP_NAME)


def log_path() -> Path:
    """Where the log is written: the per-user log dir (~/.local/state/coopviewer/log on Linux)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / f"{APP_NAME}.log"


class _LazyFileHandler(logging.Handler):
    """A rotating file opened on the first record; write failures are dropped silently."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._file is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._file = logging.handlers.RotatingFileHandler(
                    self.path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
                self._file.setFormatter(self.formatter)
                self._file.handleError = lambda record: None  # type: ignore[method-assign]
            self._file.emit(record)
        except Exception:  # the log is a courtesy; never an error of its own
            pass

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging() -> Path:
    """Send the app's log records to the log file (once per process); returns its path."""
    path = log_path()
    if not any(isinstance(h, _LazyFileHandler) for h in logger.handlers):
        handler = _LazyFileHandler(path)
        handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return path
