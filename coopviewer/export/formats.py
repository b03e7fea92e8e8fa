"""The export formats, written once: their names, file suffixes and writers.

The CLI's --out check, the window's save dialog, the selftest and `write_briefing`
all read this table; a new format is one entry here and its writer.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coopviewer.export.briefing import (
    Briefing,
    ExportError,
    atomic_write,
    to_html,
    to_markdown,
    to_pdf_bytes,
)


def _docx(b: Briefing, path: Path) -> bytes:
    from coopviewer.export.docx import to_docx_bytes  # python-docx loads only when asked

    return to_docx_bytes(b)


@dataclass(frozen=True)
class ExportFormat:
    label: str  # as the save dialog names it
    suffixes: tuple[str, ...]  # the first is the one offered
    render: Callable[[Briefing, Path], bytes]


EXPORT_FORMATS = (
    ExportFormat("PDF", (".pdf",), lambda b, path: to_pdf_bytes(b)),
    ExportFormat("Word", (".docx",), _docx),
    ExportFormat("HTML", (".html", ".htm"), lambda b, path: to_html(b).encode("utf-8")),
    ExportFormat("Markdown", (".md", ".markdown"),
                 lambda b, path: to_markdown(b, path.with_suffix("").parent / (path.stem + "_files")).encode("utf-8")),
)
SUFFIXES = tuple(s for f in EXPORT_FORMATS for s in f.suffixes)


def format_for(path: str | os.PathLike[str]) -> ExportFormat | None:
    suffix = Path(path).suffix.lower()
    return next((f for f in EXPORT_FORMATS if suffix in f.suffixes), None)


def suffix_hint() -> str:
    """'.pdf, .docx, .html or .md', for messages."""
    main = [f.suffixes[0] for f in EXPORT_FORMATS]
    return ", ".join(main[:-1]) + " or " + main[-1]


def dialog_filter() -> str:
    """'PDF (*.pdf);;Word (*.docx);;…' for a save dialog."""
    return ";;".join(f"{f.label} ({' '.join('*' + s for s in f.suffixes[:1])})" for f in EXPORT_FORMATS)


def write_briefing(b: Briefing, out: str | os.PathLike[str]) -> Path:
    """Write the briefing in the format named by the file's suffix."""
    path = Path(out)
    fmt = format_for(path)
    if fmt is None:
        raise ExportError(f"{path.name}: unknown format '{path.suffix.lower()}' (use {suffix_hint()})")
    try:
        atomic_write(path, fmt.render(b, path))
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
