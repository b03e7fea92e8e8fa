"""A reader that dies like a MuPDF crash on *crash* files and never ends on *stall* ones.

It lives in a module of its own because the spawned reader processes import it by name.
"""

from __future__ import annotations

import os
import time

from coopviewer.ingest.reader import read_document


def read(path: str, password: str | None):
    if "crash" in os.path.basename(path):
        os._exit(139)  # the process vanishes, as with a segfault in C code
    if "stall" in os.path.basename(path):
        time.sleep(3600)  # a file that never finishes
    return read_document(path, password)
