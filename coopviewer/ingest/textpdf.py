"""Lay out a plain-text file as a PDF, so the viewer treats it like any other source."""

from __future__ import annotations

import pymupdf

A4 = pymupdf.paper_rect("a4")
MARGIN = 60.0
FONT_SIZE = 10.0
LINE_HEIGHT = FONT_SIZE * 1.35


def _wrap(line: str, font: pymupdf.Font, width: float) -> list[str]:
    """Break one long line at spaces so it fits the text width."""
    if font.text_length(line, FONT_SIZE) <= width:
        return [line]
    out: list[str] = []
    current = ""
    for word in line.split(" "):
        trial = f"{current} {word}" if current else word
        if current and font.text_length(trial, FONT_SIZE) > width:
            out.append(current)
            current = word
        else:
            current = trial
    out.append(current)
    return out


def text_to_pdf_bytes(text: str) -> bytes:
    """A4 pages, one text line per PDF line; form feeds start a new page.

    The PDF gets no title: a text file's title is read from its text, never its file name.
    """
    font = pymupdf.Font("helv")
    doc = pymupdf.open()
    width = A4.width - 2 * MARGIN
    per_page = int((A4.height - 2 * MARGIN) // LINE_HEIGHT)
    for chunk in text.replace("\r\n", "\n").split("\f"):
        lines = [w for line in chunk.split("\n") for w in _wrap(line.rstrip(), font, width)]
        for start in range(0, max(len(lines), 1), per_page):
            page = doc.new_page(width=A4.width, height=A4.height)
            writer = pymupdf.TextWriter(page.rect)
            y = MARGIN + FONT_SIZE
            for line in lines[start:start + per_page]:
                if line.strip():
                    writer.append((MARGIN, y), line, font=font, fontsize=FONT_SIZE)
                y += LINE_HEIGHT
            writer.write_text(page)
    doc.set_metadata({"producer": "coopviewer"})
    data = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    return data
