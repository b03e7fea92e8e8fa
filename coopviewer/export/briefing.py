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
from coopviewer.export.escape import markdown_inline as md

Rect = tuple[float, float, float, float]
CROP_MARGIN = 6.0  # points of page around the passage's lines
CROP_SIDE = 0.08  # share of the page width left out on each side of a crop
CROP_DPI = 144
CROP_WIDTH_PX = 400  # crops are shown at one width, about 80 % of the text column
MARK_FILL = (1.0, 0.82, 0.25)  # the marked words in a crop: the viewer's highlight yellow
MARK_OPACITY = 0.45


class ExportError(RuntimeError):
    """An export that cannot be written, with the reason."""


@dataclass
class CropRegion:
    """What one page contributes to an item's crop: the passage's lines and the marked words."""

    page: int
    lines: list[Rect]  # every line of the quoted text on this page (PDF points)
    marks: list[Rect] = field(default_factory=list)  # drawn in as the highlight


@dataclass
class BriefingItem:
    text: str
    page: int
    source: SourceRef
    source_key: str  # groups items by document in the source list
    marks: list[list[int]] = field(default_factory=list)
    rects: list[Rect] = field(default_factory=list)  # the marked words (without regions: the crop's area)
    note: str = ""
    group: str = ""
    pdf_path: str | None = None  # the stored PDF, for crops
    end_page: int | None = None  # the last page of a passage that runs over a page break
    regions: list[CropRegion] = field(default_factory=list)  # one per page the quote covers

    def citation(self, lang: str) -> str:
        return citation(self.source, self.page, lang, self.end_page)

    def crop_regions(self) -> list[CropRegion]:
        return self.regions or ([CropRegion(self.page, self.rects, self.rects)] if self.rects else [])

    def crops(self) -> list[bytes]:
        """The crops of the quoted text, one per page it covers, highlight drawn in."""
        pngs = [crop_png(self.pdf_path or "", r.page, r.lines, r.marks) for r in self.crop_regions()]
        return [p for p in pngs if p]


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

def crop_png(pdf_path: str, page: int, rects: list[Rect], marks: list[Rect] | None = None,
             dpi: int = CROP_DPI) -> bytes | None:
    """A PNG of the page region holding `rects` (the quoted lines, unrotated PDF points),
    whole lines only, with `marks` drawn in as the highlight.

    The highlight is drawn on the page in memory (the file is never written), so the
    crop shows what the viewer shows.
    """
    if not rects or not pdf_path or not os.path.exists(pdf_path):
        return None
    with pymupdf.open(pdf_path) as doc:
        if not 1 <= page <= doc.page_count:
            return None
        pg = doc[page - 1]
        clip = crop_rect(pg, rects)
        for r in marks or []:  # the same space as the stored word boxes (get_text's)
            pg.draw_rect(pymupdf.Rect(r), color=None, fill=MARK_FILL, fill_opacity=MARK_OPACITY, overlay=True)
        pix = pg.get_pixmap(clip=clip, dpi=dpi)
        return pix.tobytes("png")


def crop_rect(page: pymupdf.Page, rects: list[Rect]) -> pymupdf.Rect:
    """The clip for a crop: the band of whole lines holding the rects, across the page's text width.

    A band of whole lines reads better than the marked words alone, and every crop
    then has the same width, so crops line up in the export. The band grows to the
    full box of every word it cuts into (its ascenders and descenders included), so
    no line is sliced at the top or bottom.
    """
    union = pymupdf.Rect(rects[0])
    for r in rects[1:]:
        union |= pymupdf.Rect(r)
    width = page.mediabox.width
    x0 = min(union.x0 - CROP_MARGIN, CROP_SIDE * width)
    x1 = max(union.x1 + CROP_MARGIN, (1 - CROP_SIDE) * width)
    top, bottom = union.y0, union.y1
    words = [w[:4] for w in page.get_text("words", flags=0) if w[2] > x0 and w[0] < x1]
    for _x0, wy0, _x1, wy1 in words:
        if top < (wy0 + wy1) / 2 < bottom:  # a word on one of the band's lines
            top, bottom = min(top, wy0), max(bottom, wy1)
    # The margin stops halfway to the lines above and below (at our own line where the
    # boxes overlap), so no neighbouring line shows half cut.
    above = max((wy1 for _x0, wy0, _x1, wy1 in words if (wy0 + wy1) / 2 <= top), default=None)
    below = min((wy0 for _x0, wy0, _x1, wy1 in words if (wy0 + wy1) / 2 >= bottom), default=None)
    y0 = top - CROP_MARGIN if above is None else max(top - CROP_MARGIN, min(top, (above + top) / 2))
    y1 = bottom + CROP_MARGIN if below is None else min(bottom + CROP_MARGIN, max(bottom, (bottom + below) / 2))
    clip = pymupdf.Rect(x0, y0, x1, y1)
    return clip & page.mediabox


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height of a PNG, from its header."""
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


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
    return "".join(f"**{md(piece.strip())}**" + (" " if piece.endswith(" ") else "") if marked else md(piece)
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


def _items_html(b: Briefing, image_src, breaks: frozenset[int] = frozenset()) -> str:
    """The items as HTML; the crops numbered in `breaks` (in document order) start a new page."""
    lab = labels(b.lang)
    crop_no = 0
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
            for k, png in enumerate(item.crops() if b.crops else []):
                src = image_src(n, k, png)
                # the height spelled out: without it the PDF writer shrinks a crop to fit
                # whatever is left of a page, down to an unreadable strip
                w, h = png_size(png)
                height = round(CROP_WIDTH_PX * h / max(w, 1))
                brk = " style='page-break-before: always'" if crop_no in breaks else ""
                crop_no += 1
                parts.append(f"<p class='passage'{brk}><img src='{src}' width='{CROP_WIDTH_PX}' height='{height}' "
                             f"style='width: {CROP_WIDTH_PX}px; height: {height}px'/></p>")
            parts.append(f"<p class='citation'>— {html.escape(item.citation(b.lang))}</p>")
            parts.append("</div>")
    return "".join(parts)


def to_html(b: Briefing) -> str:
    import base64

    def inline(n: int, k: int, png: bytes) -> str:
        return f"data:image/png;base64,{base64.b64encode(png).decode()}"

    return (
        f"<!DOCTYPE html><html lang='{html.escape(b.lang)}'><head><meta charset='utf-8'><title>{html.escape(b.title)}</title>"
        f"<style>{CSS}</style></head><body>{_header_html(b)}{_items_html(b, inline)}</body></html>\n"
    )


def to_markdown(b: Briefing, image_dir: Path | None = None) -> str:
    lab = labels(b.lang)
    lines = [f"# {md(b.title)}", ""]
    meta = f"*{lab['date']}: {format_doc_date(b.date.isoformat(), b.lang)}"
    if b.author:
        meta += f" · {lab['author']}: {md(b.author)}"
    lines += [meta + "*", "", f"## {lab['sources']}", ""]
    lines += [f"{i}. {md(source_citation(s, b.lang))}" for i, s in enumerate(b.sources(), 1)]
    n = 0
    for group, items in b.groups():
        lines += ["", f"## {md(group)}" if group else "---", ""]
        for item in items:
            n += 1
            if item.note:
                lines += [f"*{lab['note']}: {md(item.note)}*", ""]
            lines += [f"> {marked_markdown(item.text, item.marks)}", ""]
            if b.crops and image_dir is not None:
                for k, png in enumerate(item.crops()):
                    image_dir.mkdir(parents=True, exist_ok=True)
                    name = f"crop-{n:03d}{'' if k == 0 else f'-{k + 1}'}.png"
                    (image_dir / name).write_bytes(png)
                    lines += [f"![{md(item.citation(b.lang))}]({image_dir.name}/{name})", ""]
            lines += [f"— {md(item.citation(b.lang))}", ""]
    return "\n".join(lines).rstrip() + "\n"


def to_pdf_bytes(b: Briefing) -> bytes:
    """The briefing laid out on A4 by PyMuPDF's Story.

    The Story shrinks an image to whatever height is left on a page, so a crop near a
    page's foot could end as an unreadable strip: after a layout, every crop drawn
    narrower than its width starts a new page instead, and the layout runs again.
    """
    crops: dict[tuple[int, int], bytes] = {}

    def keep(n: int, k: int, png: bytes) -> str:
        crops[(n, k)] = png
        return f"crop{n}-{k}.png"

    _items_html(b, keep)  # the crops, made once
    breaks: set[int] = set()
    for _ in range(MAX_LAYOUTS):
        data = _layout_pdf(b, crops, frozenset(breaks))
        with pymupdf.open("pdf", data) as doc:
            widths = [pymupdf.Rect(i["bbox"]).width for page in doc for i in page.get_image_info()]
        shrunk = {n for n, w in enumerate(widths) if w < CROP_WIDTH_PX - 1} - breaks
        if not shrunk:
            break
        breaks |= shrunk
    return _finish_pdf(b, data)


MAX_LAYOUTS = 6


def _layout_pdf(b: Briefing, crops: dict[tuple[int, int], bytes], breaks: frozenset[int]) -> bytes:
    archive = pymupdf.Archive()
    for (n, k), png in crops.items():
        archive.add((png, f"crop{n}-{k}.png"))
    body = _header_html(b) + _items_html(b, lambda n, k, _png: f"crop{n}-{k}.png", breaks)
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
    return buf.getvalue()


def _finish_pdf(b: Briefing, data: bytes) -> bytes:
    """Page numbers and metadata on a laid-out briefing."""
    mediabox = pymupdf.paper_rect("a4")
    doc = pymupdf.open("pdf", data)
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
