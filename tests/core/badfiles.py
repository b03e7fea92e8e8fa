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


def form_bomb(path: Path, depth: int = 9, fan: int = 10) -> Path:
    """A 3 KB PDF whose form objects draw each other `fan` times per level: fan**depth text draws.

    Written byte by byte (PyMuPDF refuses to build it): the kind of file that grew a
    reader past 8 GB before readers had a memory limit.
    """
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    first = 10
    for level in range(depth):
        if level == 0:
            stream, res = b"BT /F1 8 Tf 10 10 Td (bom bom) Tj ET", b"<< /Font << /F1 5 0 R >> >>"
        else:
            stream, res = b" ".join([b"q /X Do Q"] * fan), b"<< /XObject << /X %d 0 R >> >>" % (first + level - 1)
        objs[first + level] = (b"<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources %s /Length %d >>\n"
                               b"stream\n%s\nendstream" % (res, len(stream), stream))
    content = b"BT /F1 11 Tf 72 720 Td (Een gewone regel tekst.) Tj ET q /B Do Q"
    objs[4] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)
    objs[3] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> /XObject << /B %d 0 R >> >> >>" % (first + depth - 1))
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for key in sorted(objs):
        offsets[key] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (key, objs[key])
    size = max(objs) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for key in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[key]) if key in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    path.write_bytes(bytes(out))
    return path


def noisy_pdf(path: Path, text: str = "Samenwerking met Duitsland.") -> Path:
    """A readable PDF whose content stream makes MuPDF print "MuPDF error: syntax error …"."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), text, fontsize=11)
    xref = page.get_contents()[0]
    doc.update_stream(xref, doc.xref_stream(xref) + b"\n( unbalanced Tj ] } /Foo 12 BDC qq 0 0 m 5 5 l S")
    doc.save(path)
    return path
