"""Whoosh reads its compound segment files from mmap without copying them.

Whoosh (2.7) opens each sub-file of a compound segment as a `BufferFile`, whose
constructor wraps the mmapped memoryview in `io.BytesIO` — a full copy. On a
20,000-page library the first query copied ~170 MB of postings into the heap and, by
reading every page to copy it, made the whole ~190 MB file resident as well: ~400 MB
of RSS for one word. `ZeroCopyBufferFile` keeps the memoryview and serves
read/seek/tell from it, so only the pages a query touches are loaded, and the OS
may drop them again. Random access (`get`, `get_array`) was zero-copy already.

Installed once by `install()` (called by search.index on import).
"""

from __future__ import annotations

import io
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh.filedb import compound, structfile


class MemoryViewReader(io.RawIOBase):
    """A read-only, seekable file over a memoryview, without copying it."""

    def __init__(self, buf) -> None:
        super().__init__()
        self._buf = memoryview(buf)
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        end = len(self._buf) if size is None or size < 0 else min(self._pos + size, len(self._buf))
        data = self._buf[self._pos:end].tobytes()
        self._pos = end
        return data

    def readinto(self, b) -> int:
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: len(self._buf)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._buf = memoryview(b"")
        super().close()


class ZeroCopyBufferFile(structfile.BufferFile):
    def __init__(self, buf, name=None, onclose=None) -> None:
        self._buf = buf
        self._name = name
        self.file = MemoryViewReader(buf)
        self.onclose = onclose
        self.is_real = False
        self.is_closed = False

    def subset(self, position, length, name=None):
        return ZeroCopyBufferFile(self._buf[position:position + length], name=name or self._name)


def install() -> None:
    """Make Whoosh's compound storage open its sub-files without copying."""
    compound.BufferFile = ZeroCopyBufferFile
