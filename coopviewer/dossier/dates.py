"""Dutch dates in running text, kept as precise as the text says.

"4 februari 2016" is a day, "februari 2016" a month, "in 2013" a year,
"2022–2024" a span of years, "medio 2019" and "eind 2020" a year with a hint.
A date that belongs to a cited paper ("d.d. 22 december 2022" after a
Kamerstuk number) is marked as a citation date, not an event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY_RE = re.compile(rf"\b(?P<day>[0-3]?\d)\s+{_MONTH}\s+{_YEAR}\b", re.I)
_MONTH_RE = re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I)
_RANGE_RE = re.compile(r"\b(?P<year>(?:19|20)\d{2})\s*[–-]\s*(?P<year2>(?:19|20)\d{2})\b")
_YEAR_RE = re.compile(
    r"\b(?P<hint>in|sinds|vanaf|medio|eind|begin|per|tot|uit|na|voor|rond|halverwege)?\s*(?P<year>(?:19|20)\d{2})\b(?![.,]\d)", re.I
)
_CITED_BEFORE = re.compile(r"(?:d\.?\s?d\.?|dd\.|gedateerd|van)\s*$", re.I)
_REFERENCE_NEAR = re.compile(r"(Kamerstuk|Trb\.|Handelingen|nr\.\s*\d+)[^()]{0,40}$", re.I)


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    date: str  # ISO: yyyy-mm-dd, yyyy-mm or yyyy
    precision: str  # day | month | year
    end_date: str | None = None  # for a span of years ("2022–2024")
    hint: str | None = None  # medio, eind, begin, sinds …
    cited: bool = False  # the date of a cited paper, not of an event


def _is_cited(text: str, start: int) -> bool:
    before = text[max(0, start - 60):start]
    return bool(_CITED_BEFORE.search(before)) or bool(_REFERENCE_NEAR.search(before))


def find_dates(text: str) -> list[FoundDate]:
    """Every date in `text`, most precise reading first, without overlaps."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in _DAY_RE.finditer(text):
        day, month, year = int(m.group("day")), MONTHS[m.group("month").lower()], int(m.group("year"))
        if 1 <= day <= 31:
            found.append(FoundDate(m.start(), m.end(), f"{year:04d}-{month:02d}-{day:02d}", "day", cited=_is_cited(text, m.start())))
            taken.append((m.start(), m.end()))
    for m in _MONTH_RE.finditer(text):
        if free(m.start(), m.end()):
            month, year = MONTHS[m.group("month").lower()], int(m.group("year"))
            found.append(FoundDate(m.start(), m.end(), f"{year:04d}-{month:02d}", "month", cited=_is_cited(text, m.start())))
            taken.append((m.start(), m.end()))
    for m in _RANGE_RE.finditer(text):
        if free(m.start(), m.end()):
            found.append(FoundDate(m.start(), m.end(), m.group("year"), "year", end_date=m.group("year2"),
                                   cited=_is_cited(text, m.start())))
            taken.append((m.start(), m.end()))
    for m in _YEAR_RE.finditer(text):
        s = m.start("year") if not m.group("hint") else m.start("hint")
        if free(m.start("year"), m.end("year")):
            hint = (m.group("hint") or "").lower() or None
            found.append(FoundDate(s, m.end(), m.group("year"), "year", hint=hint, cited=_is_cited(text, s)))
            taken.append((m.start("year"), m.end("year")))
    return sorted(found, key=lambda d: d.start)
