"""Make each kind of bad file an analyst meets, for ingest tests."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pymupdf


def good_pdf(path: Path, text: str = "Samenwerking met Duitsland en België.") -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), text, fontsize=11)
    doc.save(path)
    return path


def zero_bytes(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def word_renamed(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return path


def html_renamed(path: Path) -> Path:
    path.write_text("<!DOCTYPE html><html><body>Geen PDF</body></html>", encoding="utf-8")
    return path


def truncated(path: Path) -> Path:
    data = good_pdf(path).read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def garbage_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n" + b"\x00\xff garbage " * 200)
    return path


def password_protected(path: Path) -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), "Geheim", fontsize=11)
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="geheim", owner_pw="eigenaar")
    return path


def image_only(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 40), False)
    pix.clear_with(200)
    page.insert_image(pymupdf.Rect(72, 72, 300, 300), pixmap=pix)
    doc.save(path)
    return path


def broken_xref(path: Path) -> Path:
    """A PDF whose cross-reference offsets are wrong: MuPDF repairs it."""
    data = bytearray(good_pdf(path, "Herstelbaar document over Noorwegen.").read_bytes())
    pos = data.rfind(b"startxref")
    data[pos + 10:pos + 16] = b"999999"[: len(data[pos + 10:pos + 16])]
    path.write_bytes(bytes(data))
    return path
