"""A reader that dies like a MuPDF crash on files named *crash*, for the ingest pool test.

It lives in a module of its own because the spawned reader processes import it by name.
"""

from __future__ import annotations

import os

from coopviewer.ingest.pipeline import _read


def read(path: str, password: str | None):
    if "crash" in os.path.basename(path):
        os._exit(139)  # the process vanishes, as with a segfault in C code
    return _read(path, password)
