"""Where a library's index lives: one folder per build, a pointer to the current one.

    index/CURRENT                       {"build": "tantivy-3f9c…", "engine": "tantivy", "format": 2}
    index/tantivy-3f9c…/                the engine's files
    index/tantivy-3f9c…/coopviewer-index.json   {"generation": 17}

A rebuild writes a new folder beside the current one and then swaps the pointer
with one atomic rename, so a reader in another process keeps answering from the
last complete index until the new one is whole. The stamp says which generation
of the library's SQLite data the index reflects; the build name is recorded in
SQLite too, so an index from another library (or another life of this one) is
never taken for this library's.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from dataclasses import dataclass

from coopviewer.search.engine import IndexUnavailable

POINTER = "CURRENT"
STAMP = "coopviewer-index.json"
# What the folders hold: 2 = one folder per build, stop words kept in the stemmed field.
# An index of another format is rebuilt.
FORMAT = 2


@dataclass(frozen=True)
class IndexBuild:
    build: str
    engine: str
    directory: str


class IndexHome:
    def __init__(self, root: str) -> None:
        self.root = root
        self._seen: tuple[int, int] | None = None

    def _pointer(self) -> str:
        return os.path.join(self.root, POINTER)

    def current(self) -> IndexBuild | None:
        """The build the pointer names (None: no index, an old layout or another format)."""
        self._seen = self._stat()
        try:
            with open(self._pointer(), encoding="utf-8") as f:
                data = json.load(f)
            build, engine = str(data["build"]), str(data["engine"])
            if data.get("format") != FORMAT or os.sep in build or build.startswith("."):
                return None
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return IndexBuild(build, engine, os.path.join(self.root, build))

    def _stat(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self._pointer())
        except OSError:
            return None
        return (st.st_ino, st.st_mtime_ns)

    def changed(self) -> bool:
        """True when the pointer moved since `current()` was last read (another process swapped)."""
        return self._stat() != self._seen

    def new_build(self, engine: str) -> IndexBuild:
        """A fresh, empty folder for a rebuild, beside the current one."""
        if os.path.exists(self.root) and not os.path.isdir(self.root):
            raise IndexUnavailable(f"{self.root} should be the index folder but is a file; move it away")
        build = f"{engine}-{uuid.uuid4().hex[:12]}"
        directory = os.path.join(self.root, build)
        os.makedirs(directory)
        return IndexBuild(build, engine, directory)

    def swap_in(self, new: IndexBuild) -> None:
        """Make `new` the current build in one rename; then drop the other builds."""
        tmp = self._pointer() + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"build": new.build, "engine": new.engine, "format": FORMAT}, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self._pointer())
        self._seen = self._stat()
        self.sweep(keep=new.build)

    def sweep(self, keep: str | None) -> None:
        """Remove every build but `keep`, and the files of an older layout (a reader still
        holding one open keeps reading it on POSIX; on Windows it is removed next time)."""
        try:
            names = os.listdir(self.root)
        except OSError:
            return
        for name in names:
            if name in (POINTER, keep):
                continue
            path = os.path.join(self.root, name)
            try:
                if os.path.isdir(path) and not os.path.islink(path):
                    shutil.rmtree(path)
                else:
                    os.unlink(path)
            except OSError:
                pass

    @staticmethod
    def generation(build: IndexBuild) -> int | None:
        try:
            with open(os.path.join(build.directory, STAMP), encoding="utf-8") as f:
                return int(json.load(f)["generation"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    @staticmethod
    def set_generation(build: IndexBuild, generation: int) -> None:
        """Record the SQLite generation the index now reflects (after its commit)."""
        path = os.path.join(build.directory, STAMP)
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"generation": generation}, f)
        os.replace(tmp, path)
