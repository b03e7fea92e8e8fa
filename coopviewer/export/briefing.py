"""Briefings: collected passages with their citations, exported to PDF, HTML, Markdown or Word.

A Briefing is built from a basket, an entity or a query; every item carries the
passage text, the spans to mark, its page citation and optionally a crop of the
highlighted region of the original page. The three formats share one HTML body
(Markdown is written from the same model), and the PDF is laid out by PyMuPDF's
Story so it needs nothing beyond what the app already ships. Word (.docx) is written
by export/docx.py with python-docx.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import os
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from coopviewer.export.citation import SourceRef, citation, format_doc_date, labels, source_citation

Rect = tuple[float, float, float, float]
CROP_MARGIN = 6.0
CROP_SIDE = 0.08  # share of the page width left out on each side of a crop
CROP_DPI = 144
CROP_WIDTH_PX = 400  # crops are shown at one width, about 80 % of the text column


class ExportError(RuntimeError):
    """An export that cannot be written, with the reason."""


@dataclass
class BriefingItem:
    text: str
    page: int
    source: SourceRef
    source_key: str  # groups items by document in the source list
    marks: list[list[int]] = field(default_factory=list)
    rects: list[Rect] = field(default_factory=list)
    note: str = ""
    group: str = ""
    pdf_path: str | None = None  # the stored PDF, for crops

    def citation(self, lang: str) -> str:
        return citation(self.source, self.page, lang)


@dataclass
class Briefing:
    title: str
    items: list[BriefingItem]
    author: str = ""
    date: dt.date = field(default_factory=dt.date.today)
    lang: str = "nl"
    crops: bool = False

    def sources(self) -> list[SourceRef]:
        seen: OrderedDict[str, SourceRef] = OrderedDict()
        for item in self.items:
            seen.setdefault(item.source_key, item.source)
        return list(seen.values())

    def groups(self) -> list[tuple[str, list[BriefingItem]]]:
        out: OrderedDict[str, list[BriefingItem]] = OrderedDict()
        for item in self.items:
            out.setdefault(item.group, []).append(item)
        return list(out.items())


# --- crops --------------------------------------------------------------------------------

def crop_png(pdf_path: str, page: int, rects: list[Rect], dpi: int = CROP_DPI) -> bytes | None:
    """A PNG of the page region around `rects` (unrotated PDF points), highlight included."""
    if not rects or not pdf_path or not os.path.exists(pdf_path):
        return None
    with pymupdf.open(pdf_path) as doc:
        if not 1 <= page <= doc.page_count:
            return None
        pg = doc[page - 1]
        clip = crop_rect(pg, rects)
        pix = pg.get_pixmap(clip=clip, dpi=dpi)
        return pix.tobytes("png")


def crop_rect(page: pymupdf.Page, rects: list[Rect]) -> pymupdf.Rect:
    """The clip for a crop: the band of lines holding the rects, across the page's text width.

    A band of whole lines reads better than the marked words alone, and every crop
    then has the same width, so crops line up in the export.
    """
    union = pymupdf.Rect(rects[0])
    for r in rects[1:]:
        union |= pymupdf.Rect(r)
    width = page.mediabox.width
    x0 = min(union.x0 - CROP_MARGIN, CROP_SIDE * width)
    x1 = max(union.x1 + CROP_MARGIN, (1 - CROP_SIDE) * width)
    clip = pymupdf.Rect(x0, union.y0 - CROP_MARGIN, x1, union.y1 + CROP_MARGIN)
    return clip & page.mediabox


# --- rendering ----------------------------------------------------------------------------

def marked_pieces(text: str, marks: list[list[int]]) -> list[tuple[str, bool]]:
    """The text cut into (piece, marked) runs, marks sorted, merged and clipped to the text.

    One cutter for every format: HTML and PDF wrap the marked pieces in a span,
    Markdown in **, Word in bold runs.
    """
    out: list[tuple[str, bool]] = []
    pos = 0
    for s, e in sorted((max(0, s), min(len(text), e)) for s, e in marks):
        if e <= pos:
            continue
        s = max(s, pos)
        if s > pos:
            out.append((text[pos:s], False))
        out.append((text[s:e], True))
        pos = e
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def marked_html(text: str, marks: list[list[int]]) -> str:
    return "".join(f'<span class="mark">{html.escape(piece)}</span>' if marked else html.escape(piece)
                   for piece, marked in marked_pieces(text, marks))


def marked_markdown(text: str, marks: list[list[int]]) -> str:
    return "".join(f"**{piece.strip()}**" + (" " if piece.endswith(" ") else "") if marked else piece
                   for piece, marked in marked_pieces(text, marks))


# The formats write_briefing knows, by file suffix.
CSS = """
body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.35; }
h1 { font-size: 18pt; margin-bottom: 4pt; }
h2 { font-size: 13pt; margin-top: 14pt; }
.meta { color: #555555; }
.item { margin-bottom: 10pt; }
.passage { margin-left: 12pt; }
.mark { background-color: #ffe08a; font-weight: bold; }
.citation { color: #333333; font-style: italic; margin-left: 12pt; }
.note { margin-left: 12pt; color: #1a4d8f; }
.sources li { margin-bottom: 3pt; }
"""


def _header_html(b: Briefing) -> str:
    lab = labels(b.lang)
    meta = f"{lab['date']}: {html.escape(format_doc_date(b.date.isoformat(), b.lang))}"
    if b.author:
        meta += f" · {lab['author']}: {html.escape(b.author)}"
    sources = "".join(f"<li>{html.escape(source_citation(s, b.lang))}</li>" for s in b.sources())
    return (
        f"<h1>{html.escape(b.title)}</h1><p class='meta'>{meta} · {len(b.items)} {lab['items']}</p>"
        f"<h2>{lab['sources']}</h2><ol class='sources'>{sources}</ol>"
    )


def _items_html(b: Briefing, image_src) -> str:
    lab = labels(b.lang)
    parts = []
    n = 0
    for group, items in b.groups():
        if group:
            parts.append(f"<h2>{html.escape(group)}</h2>")
        for item in items:
            n += 1
            parts.append("<div class='item'>")
            if item.note:
                parts.append(f"<p class='note'>{lab['note']}: {html.escape(item.note)}</p>")
            parts.append(f"<p class='passage'>{marked_html(item.text, item.marks)}</p>")
            src = image_src(n, item) if b.crops else None
            if src:
                parts.append(f"<p class='passage'><img src='{src}' width='{CROP_WIDTH_PX}'/></p>")
            parts.append(f"<p class='citation'>— {html.escape(item.citation(b.lang))}</p>")
            parts.append("</div>")
    return "".join(parts)


def to_html(b: Briefing) -> str:
    import base64

    def inline(n: int, item: BriefingItem) -> str | None:
        png = crop_png(item.pdf_path or "", item.page, item.rects)
        return f"data:image/png;base64,{base64.b64encode(png).decode()}" if png else None

    return (
        f"<!DOCTYPE html><html lang='{b.lang}'><head><meta charset='utf-8'><title>{html.escape(b.title)}</title>"
        f"<style>{CSS}</style></head><body>{_header_html(b)}{_items_html(b, inline)}</body></html>\n"
    )


def to_markdown(b: Briefing, image_dir: Path | None = None) -> str:
    lab = labels(b.lang)
    lines = [f"# {b.title}", ""]
    meta = f"*{lab['date']}: {format_doc_date(b.date.isoformat(), b.lang)}"
    if b.author:
        meta += f" · {lab['author']}: {b.author}"
    lines += [meta + "*", "", f"## {lab['sources']}", ""]
    lines += [f"{i}. {source_citation(s, b.lang)}" for i, s in enumerate(b.sources(), 1)]
    n = 0
    for group, items in b.groups():
        lines += ["", f"## {group}" if group else "---", ""]
        for item in items:
            n += 1
            if item.note:
                lines += [f"*{lab['note']}: {item.note}*", ""]
            lines += [f"> {marked_markdown(item.text, item.marks)}", ""]
            if b.crops and image_dir is not None:
                png = crop_png(item.pdf_path or "", item.page, item.rects)
                if png:
                    image_dir.mkdir(parents=True, exist_ok=True)
                    name = f"crop-{n:03d}.png"
                    (image_dir / name).write_bytes(png)
                    lines += [f"![{item.citation(b.lang)}]({image_dir.name}/{name})", ""]
            lines += [f"— {item.citation(b.lang)}", ""]
    return "\n".join(lines).rstrip() + "\n"


def to_pdf_bytes(b: Briefing) -> bytes:
    archive = pymupdf.Archive()

    def archived(n: int, item: BriefingItem) -> str | None:
        png = crop_png(item.pdf_path or "", item.page, item.rects)
        if not png:
            return None
        name = f"crop{n}.png"
        archive.add((png, name))
        return name

    body = _header_html(b) + _items_html(b, archived)
    story = pymupdf.Story(body, user_css=CSS, archive=archive)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    mediabox = pymupdf.paper_rect("a4")
    where = mediabox + (56, 56, -56, -64)
    more = 1
    while more:
        device = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    total = doc.page_count
    for page in doc:
        label = f"{page.number + 1} / {total}"
        page.insert_text((mediabox.width / 2 - 12, mediabox.height - 30), label, fontsize=8, color=(0.4, 0.4, 0.4))
    doc.set_metadata({"title": b.title, "author": b.author, "creator": "coopviewer"})
    data = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    return data


def atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)
