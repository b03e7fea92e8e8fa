"""Citations in one place and one style.

"Kamerbrief over landmachtsamenwerking met Duitsland, 23 februari 2023
(Kamerstuk 33 279, nr. 37), p. 2" — title, date in the briefing's language,
parliamentary number, page. Every export and every copy uses this module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.dates import format_date

from coopviewer.models import DocumentInfo

LABELS = {
    "nl": {"page": "p.", "pages": "pp.", "kamerstuk": "Kamerstuk", "sources": "Bronnen", "date": "Datum", "author": "Auteur",
           "note": "Notitie", "briefing": "Briefing", "items": "passages", "other": "Overig"},
    "en": {"page": "p.", "pages": "pp.", "kamerstuk": "Kamerstuk", "sources": "Sources", "date": "Date", "author": "Author",
           "note": "Note", "briefing": "Briefing", "items": "passages", "other": "Other"},
}


# British English writes "23 February 2023", as the analysts' allied readers expect.
BABEL_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["nl"])


@dataclass(frozen=True)
class SourceRef:
    """What a citation needs of a document."""

    title: str
    date: str | None  # ISO, possibly yyyy-mm or yyyy
    number: str | None  # "33 279, nr. 37"


def format_doc_date(iso: str | None, lang: str = "nl") -> str:
    """ISO date → "23 februari 2023" / "23 February 2023"; partial dates stay partial."""
    if not iso:
        return ""
    parts = iso.split("-")
    locale = BABEL_LOCALES.get(lang, lang)
    try:
        if len(parts) == 3:
            return format_date(dt.date(int(parts[0]), int(parts[1]), int(parts[2])), format="long", locale=locale)
        if len(parts) == 2:
            return format_date(dt.date(int(parts[0]), int(parts[1]), 1), format="MMMM y", locale=locale)
    except ValueError:
        return iso
    return parts[0]


def source_citation(src: SourceRef, lang: str = "nl") -> str:
    """The citation of a document without a page (for source lists)."""
    text = src.title.strip() or "?"
    date = format_doc_date(src.date, lang)
    if date:
        text += f", {date}"
    if src.number:
        text += f" ({labels(lang)['kamerstuk']} {src.number})"
    return text


def citation(src: SourceRef, page: int, lang: str = "nl", end_page: int | None = None) -> str:
    """The citation of a passage: its document and its 1-based page, or pages
    ("pp. 3–4") for a passage that runs over a page break."""
    if end_page is not None and end_page != page:
        return f"{source_citation(src, lang)}, {labels(lang)['pages']} {page}–{end_page}"
    return f"{source_citation(src, lang)}, {labels(lang)['page']} {page}"


def source_of(doc: DocumentInfo) -> SourceRef:
    """A library document as a citation source."""
    return SourceRef(doc.title, doc.date, doc.number)
