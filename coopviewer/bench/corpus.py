"""Build larger, realistic libraries from the sample corpus, deterministically.

The generator reads the paragraphs of the bundled sample PDFs (`data/sample/*.pdf`,
with PyMuPDF, so it works from a fresh install) — or, when those are absent or
`COOPVIEWER_BENCH_SOURCE` / `source=` names a folder of `.txt` files, the plain-text
corpus — and recombines them into new A4 PDFs of 5–40 pages:

* about half the paragraphs keep their original lines, so the original line-end
  hyphenation ("samen-" / "werking", "Zuid-" / "Afrika") goes in unchanged;
* the others are re-wrapped at another width, breaking long words at the line end
  with a hyphen, and may swap partner countries, years and Kamerstuk numbers, so the
  vocabulary, entity names and references vary across the library;
* pages get small footnote blocks that cite parliamentary papers, like the originals.

Everything comes from one seed: the same size gives byte-identical PDFs. Corpora are
cached in a folder (default `bench/out/corpus-<size>/`) with a manifest; a second run
with the same parameters reuses them.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DIR = ROOT / "data" / "sample"
TEXT_CORPUS_DIR = ROOT.parent / "shared" / "corpus"
DEFAULT_OUT = ROOT / "bench" / "out"
SOURCE_ENV = "COOPVIEWER_BENCH_SOURCE"
GENERATOR_VERSION = 1  # bump when the output changes, so cached corpora are rebuilt

SIZES = {"tiny": 50, "small": 2_000, "large": 20_000, "huge": 200_000}  # target pages ("huge": never in CI)
SEED = 20240601

A4 = pymupdf.paper_rect("a4")
LEFT, TOP, BOTTOM = 56.0, 56.0, 40.0
BODY_SIZE, BODY_LEAD = 9.5, 12.0
NOTE_SIZE, NOTE_LEAD = 7.5, 9.5
MAX_BODY_LINES = 58
TEXT_WIDTH = A4.width - 2 * LEFT

PARTNERS = [
    "Duitsland", "België", "Frankrijk", "Noorwegen", "Luxemburg", "het Verenigd Koninkrijk",
    "de Verenigde Staten", "Denemarken", "Polen", "Litouwen", "Zweden", "Finland", "Spanje", "Italië",
]
PARTNER_RE = re.compile(r"\b(Duitsland|België|Frankrijk|Noorwegen|Luxemburg|Denemarken|Polen|Litouwen)\b")
YEAR_RE = re.compile(r"\b(20[0-2]\d)\b")
KAMERSTUK_RE = re.compile(r"\b(3[0-6]) (\d{3}), nr\. (\d{1,3})\b")
KINDS = ["Kamerbrief", "Bijlage", "Nota", "Verslag", "Beantwoording Kamervragen"]
TITLE_TOPICS = [
    "de landmachtsamenwerking met {p}", "de bilaterale defensiesamenwerking met {p}",
    "de Europese defensiesamenwerking", "de integratie van eenheden met {p}",
    "de samenwerking in NAVO-verband", "de marinesamenwerking met {p}",
    "de luchtmachtsamenwerking met {p}", "specialisatie en taakverdeling",
]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]


@dataclass
class Paragraph:
    lines: list[str]  # as laid out in the source (line-end hyphens kept)
    note: bool = False  # a footnote line (small print at the page foot)

    @property
    def text(self) -> str:
        return dehyphenate(self.lines)


def dehyphenate(lines: list[str]) -> str:
    """Join source lines into running text, undoing lowercase line-end hyphenation."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and out[-2].islower() and line[:1].islower():
            out = out[:-1] + line
        else:
            out = f"{out} {line}" if out else line
    return out


# --- the source paragraphs -------------------------------------------------------------
def source_dir(source: str | os.PathLike[str] | None = None) -> Path:
    """The folder the paragraphs come from: `source`, the env var, the sample PDFs or the .txt corpus."""
    chosen = source or os.environ.get(SOURCE_ENV)
    if chosen:
        return Path(chosen)
    if sorted(SAMPLE_DIR.glob("*.pdf")):
        return SAMPLE_DIR
    return TEXT_CORPUS_DIR


def paragraphs_from_pdf(path: Path) -> list[Paragraph]:
    """A PDF's paragraphs: runs of lines of one font size without a blank line's gap."""
    out: list[Paragraph] = []
    with pymupdf.open(path) as doc:
        for page in doc:
            lines = []
            for block in page.get_text("dict")["blocks"]:
                for ln in block.get("lines", []):
                    text = "".join(s["text"] for s in ln["spans"]).rstrip()
                    if text.strip():
                        lines.append((ln["bbox"][1], ln["bbox"][3], ln["spans"][0]["size"], text))
            lines.sort(key=lambda t: t[0])
            current: list[str] = []
            prev = None
            for y0, y1, size, text in lines:
                if prev is not None and (y0 - prev[1] > 0.75 * (prev[1] - prev[0]) or abs(size - prev[2]) > 0.5):
                    out.append(Paragraph(current, note=prev[2] < BODY_SIZE - 0.5))
                    current = []
                current.append(text)
                prev = (y0, y1, size)
            if current:
                out.append(Paragraph(current, note=prev[2] < BODY_SIZE - 0.5))
    return out


def paragraphs_from_text(path: Path) -> list[Paragraph]:
    """A plain-text file's paragraphs: runs of lines between blank lines."""
    text = path.read_text(encoding="utf-8")
    out: list[Paragraph] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [ln.rstrip() for ln in chunk.split("\n") if ln.strip()]
        if lines:
            note = bool(re.match(r"^\d{1,2} \S", lines[0])) and bool(re.search(r"Kamerstuk|nr\.", chunk))
            out.append(Paragraph(lines, note=note))
    return out


def load_paragraphs(source: str | os.PathLike[str] | None = None) -> tuple[list[Paragraph], list[Paragraph], str]:
    """(body paragraphs, footnote paragraphs, description of the source)."""
    folder = source_dir(source)
    pdfs = sorted(folder.glob("*.pdf"))
    if pdfs:
        paras = [p for f in pdfs for p in paragraphs_from_pdf(f)]
        desc = f"{len(pdfs)} PDFs in {folder.name}/"
    else:
        txts = sorted(folder.glob("*.txt"))
        if not txts:
            raise FileNotFoundError(f"no sample PDFs or .txt corpus in {folder}")
        paras = [p for f in txts for p in paragraphs_from_text(f)]
        desc = f"{len(txts)} text files in {folder.name}/"
    body = [p for p in paras if not p.note and len(" ".join(p.lines)) >= 40]
    notes = [p for p in paras if p.note]
    if not notes:
        notes = [Paragraph(["1 Kamerstuk 33 279, nr. 29"], note=True)]
    return body, notes, desc


# --- laying out ------------------------------------------------------------------------
class Measure:
    """Text widths from cached glyph advances (Font.text_length is slow per call)."""

    def __init__(self, font: pymupdf.Font) -> None:
        self.font = font
        self.advance: dict[str, float] = {}

    def text_length(self, text: str, size: float) -> float:
        adv = self.advance
        total = 0.0
        for ch in text:
            a = adv.get(ch)
            if a is None:
                a = adv[ch] = self.font.glyph_advance(ord(ch))
            total += a
        return total * size


def wrap(text: str, font: Measure, size: float, width: float, rng: random.Random) -> list[str]:
    """Break text into lines that fit `width`; long words at a line end are hyphenated."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if font.text_length(trial, size) <= width:
            current = trial
            continue
        if current and len(word) >= 8 and word.isalpha() and word.islower() and rng.random() < 0.7:
            # break the word: the longest head that fits with its hyphen
            for cut in range(len(word) - 3, 3, -1):
                head = f"{current} {word[:cut]}-"
                if font.text_length(head, size) <= width:
                    lines.append(head)
                    current = word[cut:]
                    break
            else:
                lines.append(current)
                current = word
            continue
        if current:
            lines.append(current)
        current = word
    if current:
        lines.append(current)
    return lines


def vary(text: str, rng: random.Random) -> str:
    """Swap partner countries, years and Kamerstuk numbers, so entities and references vary."""
    if rng.random() < 0.5:
        partner = rng.choice(PARTNERS)
        text = PARTNER_RE.sub(lambda m: partner if rng.random() < 0.6 else m.group(), text)
    if rng.random() < 0.5:
        text = YEAR_RE.sub(lambda m: str(rng.randint(2005, 2024)), text)
    text = KAMERSTUK_RE.sub(
        lambda m: f"{rng.randint(30, 36)} {rng.randint(100, 999)}, nr. {rng.randint(1, 120)}"
        if rng.random() < 0.7 else m.group(), text)
    return text


@dataclass
class DocSpec:
    name: str
    pages: int
    seed: int


def make_document(spec: DocSpec, body: list[Paragraph], notes: list[Paragraph]) -> bytes:
    """One generated PDF of exactly `spec.pages` pages."""
    rng = random.Random(spec.seed)
    font = pymupdf.Font("helv")
    measure = Measure(font)
    partner = rng.choice(PARTNERS)
    kind = rng.choice(KINDS)
    year = rng.randint(2008, 2024)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    number = f"{rng.randint(30, 36)} {rng.randint(100, 999)}, nr. {rng.randint(1, 150)}"
    title = f"{kind} over " + rng.choice(TITLE_TOPICS).format(p=partner)
    doc = pymupdf.open()
    head = [f"Nr. {number.rsplit(' ', 1)[-1]}  {kind.upper()} VAN DE MINISTER VAN DEFENSIE", "",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "",
            f"Den Haag, {day} {MONTHS[month - 1]} {year}", ""]
    for page_no in range(spec.pages):
        page = doc.new_page(width=A4.width, height=A4.height)
        writer = pymupdf.TextWriter(page.rect)
        page_notes: list[str] = []
        if rng.random() < 0.35:
            n = rng.randint(1, 3)
            for i in range(n):
                note = rng.choice(notes)
                text = re.sub(r"^\d{1,2} ", "", note.text)
                page_notes.extend(wrap(f"{page_no % 9 + i + 1} {vary(text, rng)}", measure, NOTE_SIZE, TEXT_WIDTH, rng)[:3])
        room = MAX_BODY_LINES - (len(page_notes) + 2 if page_notes else 0)
        lines: list[str] = head if page_no == 0 else []
        while len(lines) < room:
            para = rng.choice(body)
            if rng.random() < 0.5:
                plines = list(para.lines)
            else:
                plines = wrap(vary(para.text, rng), measure, BODY_SIZE, TEXT_WIDTH * rng.uniform(0.8, 1.0), rng)
            lines.extend(plines + [""])
        y = TOP + BODY_SIZE
        for line in lines[:room]:
            if line.strip():
                size = BODY_SIZE
                if measure.text_length(line, size) > TEXT_WIDTH:
                    size = max(6.0, size * TEXT_WIDTH / measure.text_length(line, size))
                writer.append((LEFT, y), line, font=font, fontsize=size)
            y += BODY_LEAD
        if page_notes:
            y = A4.height - BOTTOM - NOTE_LEAD * (len(page_notes) - 1)
            page.draw_line((LEFT, y - NOTE_LEAD - 2), (LEFT + 120, y - NOTE_LEAD - 2), width=0.5)
            for line in page_notes:
                size = NOTE_SIZE
                if measure.text_length(line, size) > TEXT_WIDTH:
                    size = max(5.0, size * TEXT_WIDTH / measure.text_length(line, size))
                writer.append((LEFT, y), line, font=font, fontsize=size)
                y += NOTE_LEAD
        writer.write_text(page)
    date = f"D:{year}{month:02d}{day:02d}"
    doc.set_metadata({
        "title": title, "author": "Minister van Defensie", "subject": kind,
        "keywords": f"Kamerstuk {number}", "creator": "coopviewer bench corpus",
        "producer": "PyMuPDF", "creationDate": date, "modDate": date,
    })
    data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


def plan(pages: int, seed: int = SEED) -> list[DocSpec]:
    """Documents of 5–40 pages adding up to `pages` (the last one takes the rest, ≥ 1)."""
    rng = random.Random(seed)
    specs: list[DocSpec] = []
    total = 0
    while total < pages:
        n = min(rng.randint(5, 40), pages - total)
        specs.append(DocSpec(f"gen_{len(specs):05d}.pdf", n, rng.getrandbits(32)))
        total += n
    return specs


def _write_one(args: tuple[DocSpec, str, str | None]) -> None:
    spec, folder, source = args
    body, notes, _ = _paragraphs_cached(source)
    data = make_document(spec, body, notes)
    target = os.path.join(folder, spec.name)
    with open(target + ".part", "wb") as fh:
        fh.write(data)
    os.replace(target + ".part", target)


def _generate_parallel(jobs: list, workers: int, stall: float = 120.0) -> None:
    """Write the PDFs in `workers` processes; anything a stalled worker holds is done here."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    futures = {pool.submit(_write_one, job): job for job in jobs}
    pending = set(futures)
    try:
        while pending:
            done, pending = wait(pending, timeout=stall, return_when=FIRST_COMPLETED)
            if not done:  # no progress for `stall` seconds: finish in this process
                break
            for fut in done:
                if fut.exception() is not None:
                    _write_one(futures[fut])
    finally:
        procs = list(getattr(pool, "_processes", {}).values()) if pending else []
        for proc in procs:
            proc.kill()
        pool.shutdown(wait=not pending, cancel_futures=True)
    for fut in pending:
        _write_one(futures[fut])


_PARA_CACHE: dict = {}


def _paragraphs_cached(source: str | None):
    if source not in _PARA_CACHE:
        _PARA_CACHE[source] = load_paragraphs(source)
    return _PARA_CACHE[source]


def generate(size: str | int, out: str | os.PathLike[str] | None = None, *, seed: int = SEED,
             source: str | None = None, workers: int = 1, log=None) -> Path:
    """Build (or reuse) the corpus of `size` ("tiny", "small", "large" or a page count).

    Returns the folder holding the PDFs. A manifest records the parameters; a folder
    whose manifest matches is reused as it is.
    """
    pages = SIZES[size] if isinstance(size, str) else int(size)
    name = size if isinstance(size, str) else f"{pages}p"
    folder = Path(out) if out else DEFAULT_OUT / f"corpus-{name}"
    body, notes, desc = _paragraphs_cached(source)
    specs = plan(pages, seed)
    manifest = {
        "version": GENERATOR_VERSION, "seed": seed, "pages": pages, "documents": len(specs),
        "source": desc, "source_paragraphs": len(body), "source_notes": len(notes),
    }
    mpath = folder / "manifest.json"
    if mpath.exists():
        try:
            old = json.loads(mpath.read_text())
        except ValueError:
            old = None
        if old == manifest and all((folder / s.name).exists() for s in specs):
            return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    if log:
        log(f"generating {pages} pages in {len(specs)} PDFs from {desc} → {folder}")
    jobs = [(s, str(folder), source) for s in specs]
    if workers > 1 and len(specs) > 20:
        _generate_parallel(jobs, workers)
    else:
        for job in jobs:
            _write_one(job)
    mpath.write_text(json.dumps(manifest, indent=1))
    return folder


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m coopviewer.bench.corpus", description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="small", help="tiny, small, large or a page count")
    ap.add_argument("--out", help="folder for the PDFs (default bench/out/corpus-<size>)")
    ap.add_argument("--source", help=f"folder of sample PDFs or .txt files (or ${SOURCE_ENV})")
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args(argv)
    size = int(a.size) if a.size.isdigit() else a.size
    folder = generate(size, a.out, source=a.source, workers=a.workers, log=print)
    print(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
