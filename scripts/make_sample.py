"""Make the five sample PDFs in data/sample/ from the plain-text corpus.

    python scripts/make_sample.py [--corpus ../shared/corpus] [--out data/sample]

Each text line becomes one PDF line, exactly as extracted (line-end hyphenation
kept: the app undoes it itself). Page breaks follow the signs in the text, so that
page numbers in the app match the original papers:

* a line that starts with a single space begins a new page (it is the first line
  of the next page after a footnote block; the document's first line is exempt);
* a line holding only a running page number ends its page (document 002), and so
  does the running footer "Tweede Kamer, vergaderjaar …" (document 001);
* where the text shows no break, a page ends when it is full.

Footnote blocks (the lines after a blank line that start with a footnote number,
up to the page break) are set small at the page foot, as in the originals.
The output is committed, so a fresh install needs no build step.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parent.parent
A4 = pymupdf.paper_rect("a4")
LEFT, TOP, BOTTOM = 56.0, 56.0, 40.0
BODY_SIZE, BODY_LEAD = 9.5, 12.0
NOTE_SIZE, NOTE_LEAD = 7.5, 9.5
MAX_BODY_LINES = 58
FONT = "helv"  # Helvetica (MuPDF's built-in Nimbus Sans), embedded via TextWriter: full Unicode


@dataclass(frozen=True)
class Meta:
    title: str
    kind: str
    author: str
    number: str | None  # Kamerstuk number, when the paper states or is known by it
    date: str  # PDF date: D:YYYYMMDD, D:YYYYMM or D:YYYY — as precise as known


# Facts per document. 000 and 001 state their date and number in their text
# ("Nr. 37" of dossier 33 279; "Kamerstuk 33 279, nr. 29" is how 000 cites 001).
# 002–004 state only their year; their titles are their own headings.
META = {
    "000_ebc9545216792ac5": Meta(
        "Kamerbrief over de landmachtsamenwerking met Duitsland", "Kamerbrief",
        "Minister en Staatssecretaris van Defensie", "33 279, nr. 37", "D:20230223"),
    "001_b4320000572071d0": Meta(
        "Kamerbrief over de stand van zaken van de bilaterale defensiesamenwerking met de strategische partners",
        "Kamerbrief", "Minister van Defensie", "33 279, nr. 29", "D:20190619"),
    "002_0fe0d345382ade0b": Meta(
        "Nota internationale militaire samenwerking – prioriteiten, beleidsuitgangspunten en stand van zaken",
        "Nota", "Ministerie van Defensie", None, "D:2012"),
    "003_346ec951453df3af": Meta(
        "Bijlage 2: Overzicht van samenwerkingsthema’s", "Bijlage", "Ministerie van Defensie", None, "D:2016"),
    "004_2eee0fd030ab2a2d": Meta(
        "Kamerbrief over Europese defensiesamenwerking en specialisatie", "Kamerbrief",
        "Minister en Staatssecretaris van Defensie", None, "D:2022"),
}

_FOOTNOTE_START = re.compile(r"^\d{1,2} \S")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
# "Tweede Kamer, vergaderjaar 2018–2019, 33 279, nr. 29 3": the running footer ends its page.
_RUNNING_FOOTER = re.compile(r"^Tweede Kamer, vergaderjaar ")


def split_pages(lines: list[str]) -> list[list[str]]:
    """Cut the text's lines into pages by the signs described in the module docstring."""
    pages: list[list[str]] = [[]]
    for i, line in enumerate(lines):
        if i > 0 and re.match(r"^ \S", line) and pages[-1]:
            pages.append([])
        pages[-1].append(line)
        if _PAGE_NUMBER.match(line.strip()) and line.strip() and _is_running_number(lines, i):
            pages.append([])
        elif _RUNNING_FOOTER.match(line):
            pages.append([])
    pages = [p for p in pages if any(x.strip() for x in p)]
    out: list[list[str]] = []
    for page in pages:  # a page with no sign of its end is cut when full
        body, notes = split_footnotes(page)
        while len(body) > MAX_BODY_LINES:
            out.append(body[:MAX_BODY_LINES])
            body = body[MAX_BODY_LINES:]
        out.append(body + ([""] + notes if notes else []))
    return out


def _is_running_number(lines: list[str], i: int) -> bool:
    """A number alone on a line, followed by a blank line: a running page number."""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    return not nxt.strip()


def split_footnotes(page: list[str]) -> tuple[list[str], list[str]]:
    """Body lines and the footnote block at the page's end.

    The block is the first run, after a blank line, that starts with a footnote
    number, runs to the page's end, is short, cites papers, and mostly consists of
    numbered lines (a block may hold a blank line and a wrapped continuation).
    """
    for i in range(1, len(page)):
        if page[i - 1].strip() or not _FOOTNOTE_START.match(page[i]):
            continue
        block = [x for x in page[i:] if x.strip()]
        numbered = sum(1 for x in block if _FOOTNOTE_START.match(x))
        cites = any(re.search(r"Kamerstuk|Handelingen|Trb\.|motie|nr\.|Zie |Raadpleegbaar|www\.", x, re.I) for x in block)
        if len(block) <= 16 and cites and numbered * 2 >= len(block):
            return page[: i - 1], page[i:]
    return page, []


def render(stem: str, text: str, meta: Meta) -> pymupdf.Document:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    doc = pymupdf.open()
    font = pymupdf.Font(FONT)
    width = A4.width - 2 * LEFT
    for page_lines in split_pages(lines):
        body, notes = split_footnotes(page_lines)
        page = doc.new_page(width=A4.width, height=A4.height)
        writer = pymupdf.TextWriter(page.rect)
        y = TOP + BODY_SIZE
        for line in body:
            number_only = _PAGE_NUMBER.match(line.strip() or "x")
            if line.strip():
                size = fit_size(font, line, BODY_SIZE, width)
                x = (A4.width - font.text_length(line.strip(), size)) / 2 if number_only else LEFT
                writer.append((x, y), line.strip() if number_only else line, font=font, fontsize=size)
            y += BODY_LEAD
        if notes:
            y = A4.height - BOTTOM - NOTE_LEAD * (len(notes) - 1)
            page.draw_line((LEFT, y - NOTE_LEAD - 2), (LEFT + 120, y - NOTE_LEAD - 2), width=0.5)
            for line in notes:
                if line.strip():
                    writer.append((LEFT, y), line, font=font, fontsize=fit_size(font, line, NOTE_SIZE, width))
                y += NOTE_LEAD
        writer.write_text(page)
    doc.set_metadata({
        "title": meta.title,
        "author": meta.author,
        "subject": meta.kind,
        "keywords": f"Kamerstuk {meta.number}" if meta.number else "",
        "creator": "coopviewer scripts/make_sample.py",
        "producer": "PyMuPDF",
        "creationDate": meta.date,
        "modDate": meta.date,
    })
    return doc


def fit_size(font: pymupdf.Font, line: str, size: float, width: float) -> float:
    """Shrink a line that would run past the right margin."""
    needed = font.text_length(line, size)
    return size if needed <= width else size * width / needed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "sample")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for txt in sorted(args.corpus.glob("*.txt")):
        meta = META.get(txt.stem, Meta(txt.stem, "Document", "", None, "D:2000"))
        doc = render(txt.stem, txt.read_text(encoding="utf-8"), meta)
        target = args.out / f"{txt.stem}.pdf"
        doc.save(target, garbage=4, deflate=True, no_new_id=True)
        print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: {doc.page_count} pages")
        doc.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
