"""Detect a document's title, kind, date and parliamentary number.

The text wins over the PDF's metadata where it states a fact (a letter's
"Den Haag, 23 februari 2023"), because metadata of real PDFs is often the
scanner's or the word processor's, not the paper's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS_NL = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
_MONTH_RE = "|".join(MONTHS_NL)
# "Den Haag, 23 februari 2023", "Datum 29 september 2020", "'s-Gravenhage, 1 mei 2012"
_DATELINE_RE = re.compile(
    rf"(?:Den Haag|'s-Gravenhage|Datum)[,:]?\s+(\d{{1,2}})\s+({_MONTH_RE})\s+(\d{{4}})", re.I
)
_NUMBER_RE = re.compile(r"Kamerstuk(?:ken)?\s+(\d{2}\s?\d{3}(?:[- ]?[A-Z]{1,4}|-\d+)?),?\s+nr\.?\s*(\d+)", re.I)
_PDF_DATE_RE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?")
_JUNK_TITLES = re.compile(r"^(microsoft word|untitled|document\d*$|\s*$)|\.(docx?|xlsx?|pdf)$", re.I)

KIND_WORDS = [
    ("bijlage", "annex"),
    ("annex", "annex"),
    ("nota", "note"),
    ("notitie", "note"),
    ("oplegnotitie", "note"),
    ("motie", "motion"),
    ("brief", "letter"),
    ("kamerbrief", "letter"),
    ("verslag", "report"),
    ("rapport", "report"),
]


@dataclass
class DocMeta:
    title: str
    kind: str
    date: str | None  # ISO yyyy-mm-dd, or yyyy-mm / yyyy when that is all we know
    number: str | None  # "33 279, nr. 29"


def normalize_number(dossier: str, nr: str) -> str:
    """Normalise "33279" / "33 279" and a suffix into the form "33 279, nr. 29"."""
    compact = re.sub(r"\s+", "", dossier)
    m = re.match(r"(\d{2})(\d{3})(.*)", compact)
    if not m:
        return f"{dossier}, nr. {int(nr)}"
    suffix = m.group(3).lstrip("-").upper()
    if suffix and not suffix.isdigit():
        base = f"{m.group(1)} {m.group(2)} {suffix}"
    elif suffix:
        base = f"{m.group(1)} {m.group(2)}-{suffix}"
    else:
        base = f"{m.group(1)} {m.group(2)}"
    return f"{base}, nr. {int(nr)}"


def detect_date(texts: list[str], metadata: dict) -> str | None:
    for text in texts:
        m = _DATELINE_RE.search(text)
        if m:
            day, month, year = int(m.group(1)), MONTHS_NL[m.group(2).lower()], int(m.group(3))
            return f"{year:04d}-{month:02d}-{day:02d}"
    for key in ("creationDate", "modDate"):
        m = _PDF_DATE_RE.match(metadata.get(key) or "")
        if m:
            year, month, day = m.group(1), m.group(2), m.group(3)
            if month and day:
                return f"{year}-{month}-{day}"
            return f"{year}-{month}" if month else year
    return None


def detect_number(texts: list[str], metadata: dict) -> str | None:
    for source in (metadata.get("keywords") or "", metadata.get("subject") or ""):
        m = _NUMBER_RE.search(source)
        if m:
            return normalize_number(m.group(1), m.group(2))
    return None


def detect_kind(title: str, subject: str, first_text: str) -> str:
    for source in (subject, title, first_text[:300]):
        low = source.lower()
        for word, kind in KIND_WORDS:
            if re.search(rf"\b{word}", low):
                return kind
    return "document"


_SUBJECT_RE = re.compile(r"(?:^|\n)(?:Onderwerp|Betreft|Subject)\s*:?\s+(.{4,160}?)(?:\n|$)")


def title_from_text(text: str) -> str | None:
    """A letter's subject line, else the first passage that reads like a title."""
    m = _SUBJECT_RE.search(text)
    if m:
        return m.group(1).strip()
    for passage in text.split("\n\n"):
        words = re.findall(r"[^\W\d_]{2,}", passage)
        if len(words) >= 2:
            first = passage.strip()
            return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"
    return None


def detect_metadata(metadata: dict, first_pages: list[str], stem: str) -> DocMeta:
    """Title, kind, date and number of a document from its metadata and first pages."""
    title = (metadata.get("title") or "").strip()
    if _JUNK_TITLES.search(title):
        title = ""
    if not title:
        title = title_from_text(first_pages[0] if first_pages else "") or stem
    kind = detect_kind(title, metadata.get("subject") or "", first_pages[0] if first_pages else "")
    return DocMeta(
        title=title,
        kind=kind,
        date=detect_date(first_pages, metadata),
        number=detect_number(first_pages, metadata),
    )
