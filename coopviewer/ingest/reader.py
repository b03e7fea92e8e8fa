"""Read one file into pages and passages, or say clearly why it cannot be read.

This runs in worker processes (PyMuPDF is not thread-safe and holds the GIL), so it
takes a path and returns plain picklable data; it never touches the library.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from coopviewer.ingest.metadata import DocMeta, detect_metadata
from coopviewer.ingest.passages import Passage, build_passages
from coopviewer.ingest.textpdf import text_to_pdf_bytes
from coopviewer.undecodable import escaped, is_undecodable

# Expand ligatures (leave out TEXT_PRESERVE_LIGATURES); keep invisible OCR text.
WORD_FLAGS = pymupdf.TEXTFLAGS_WORDS & ~pymupdf.TEXT_PRESERVE_LIGATURES
LITTLE_TEXT_WORDS = 20  # fewer words in the whole document: "little or no text"
SUPPORTED_SUFFIXES = {".pdf", ".txt"}


class ReadError(Exception):
    """A file that cannot be ingested, with the reason in words an analyst understands."""

    def __init__(self, reason: str, status: str = "failed") -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


@dataclass
class PageData:
    number: int  # 1-based
    width: float
    height: float
    rotation: int
    passages: list[Passage]

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.passages)


@dataclass
class DocumentData:
    """Everything ingest needs of one file, extracted in a worker."""

    path: str
    sha256: str
    size: int
    pdf_bytes: bytes | None  # set when the stored copy differs from the source (.txt)
    meta: DocMeta
    pages: list[PageData] = field(default_factory=list)
    status: str = "ok"
    note: str | None = None


def sha256_of(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sniff(head: bytes) -> str | None:
    """Name what a non-PDF file really is, from its first bytes."""
    lowered = head[:512].lstrip().lower()
    if head.startswith(b"PK\x03\x04"):
        return "a ZIP archive (a Word or Office document renamed to .pdf?)"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "an old Microsoft Office document"
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in lowered:
        return "an HTML or XML page"
    if head.startswith(b"{\\rtf"):
        return "an RTF document"
    if head[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1", b"GIF8"):
        return "an image"
    return None


def open_pdf(path: str, data: bytes | None = None, password: str | None = None) -> pymupdf.Document:
    """Open a PDF for reading or raise ReadError with a clear reason."""
    try:
        size = os.path.getsize(path) if data is None else len(data)
    except FileNotFoundError:
        raise ReadError("file not found (moved or deleted before it could be read)") from None
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from None
    if size == 0:
        raise ReadError("empty file (0 bytes)")
    try:
        if data is None:
            with open(path, "rb") as fh:
                head = fh.read(1024)
        else:
            head = data[:1024]
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from None
    if b"%PDF" not in head:
        what = sniff(head)
        raise ReadError(f"not a PDF: the file is {what}" if what else "not a PDF (no PDF header)")
    try:
        if data is None and is_undecodable(path):  # MuPDF takes only UTF-8 names: hand it the bytes
            with open(path, "rb") as fh:
                data = fh.read()
        doc = pymupdf.open(stream=data, filetype="pdf") if data is not None else pymupdf.open(path, filetype="pdf")
    except Exception as exc:  # PyMuPDF raises several types for damaged files
        raise ReadError(f"damaged PDF that cannot be repaired ({_short(exc)})") from None
    if doc.needs_pass:
        if not password or not doc.authenticate(password):
            doc.close()
            raise ReadError(
                "password-protected PDF" + (" (wrong password)" if password else " (give --password)"),
                status="password",
            )
    if doc.page_count == 0:
        doc.close()
        raise ReadError("damaged PDF: no readable pages")
    return doc


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


def read_document(path: str, password: str | None = None) -> DocumentData:
    """Extract a PDF or text file into pages and passages (raises ReadError)."""
    suffix = Path(path).suffix.lower()
    pdf_bytes: bytes | None = None
    try:
        size = os.path.getsize(path)
        digest = sha256_of(path)
    except FileNotFoundError:
        raise ReadError("file not found (moved or deleted before it could be read)") from None
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from None
    if suffix == ".txt":
        if size == 0:
            raise ReadError("empty file (0 bytes)")
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
            text = raw.decode("utf-8") if _is_utf8(raw) else raw.decode("cp1252", errors="replace")
        except OSError as exc:
            raise ReadError(f"cannot read file: {exc.strerror or exc}") from None
        pdf_bytes = text_to_pdf_bytes(text)
    doc = open_pdf(path, pdf_bytes, password)
    try:
        note = "damaged cross-reference table, repaired" if doc.is_repaired else None
        pages: list[PageData] = []
        word_count = 0
        for page in doc:
            try:
                words = page.get_text("words", flags=WORD_FLAGS)
            except Exception as exc:
                raise ReadError(f"damaged PDF: page {page.number + 1} cannot be read ({_short(exc)})") from None
            word_count += len(words)
            pages.append(
                PageData(
                    number=page.number + 1,
                    width=page.mediabox.width,
                    height=page.mediabox.height,
                    rotation=page.rotation,
                    passages=build_passages(words),
                )
            )
        if word_count == 0:
            ocr_language = tesseract_languages()
            if ocr_language is None:
                raise ReadError(
                    "no text layer (scanned pages; needs OCR — install Tesseract with Dutch data to read it)",
                    status="needs_ocr",
                )
            pages, word_count = _ocr_pages(doc, ocr_language)
            note = f"text from OCR (Tesseract, {ocr_language})"
            if word_count == 0:
                raise ReadError("no text layer, and OCR found no text", status="needs_ocr")
        meta = detect_metadata(doc.metadata or {}, [p.text for p in pages], escaped(Path(path).stem))
        status = "little_text" if word_count < LITTLE_TEXT_WORDS else "ok"
        if status == "little_text":
            note = f"{note}; little or no text" if note else "little or no text"
        return DocumentData(path, digest, size, pdf_bytes, meta, pages, status, note)
    finally:
        doc.close()


def tesseract_languages() -> str | None:
    """The Tesseract languages to OCR with ("nld+eng"), or None when Tesseract is not installed."""
    try:
        tessdata = pymupdf.get_tessdata()
    except Exception:
        return None
    if not tessdata or not os.path.isdir(tessdata):
        return None
    have = [lang for lang in ("nld", "eng") if os.path.exists(os.path.join(tessdata, f"{lang}.traineddata"))]
    return "+".join(have) or None


def _ocr_pages(doc: pymupdf.Document, language: str) -> tuple[list[PageData], int]:
    """OCR every page through PyMuPDF; word boxes land in page coordinates like a text layer's."""
    pages: list[PageData] = []
    count = 0
    for page in doc:
        try:
            textpage = page.get_textpage_ocr(language=language, dpi=300, full=True)
            words = page.get_text("words", flags=WORD_FLAGS, textpage=textpage)
        except Exception as exc:
            raise ReadError(f"OCR failed on page {page.number + 1} ({_short(exc)})", status="needs_ocr") from None
        count += len(words)
        pages.append(PageData(page.number + 1, page.mediabox.width, page.mediabox.height, page.rotation, build_passages(words)))
    return pages, count


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
