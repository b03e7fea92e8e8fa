"""Parliamentary references in every form the papers write them, normalised to one key.

"Kamerstuk 33 279, nr. 29", "33 279, nr. 29", "Kamerstuk 35 570 X, nr.54",
"kamerstuk 35570x, nr. 39", "Kamerstuk 36200-X, nr. 37", "Kamerstuk 36124-1",
"Kamerstuk 21 501-07, nr. 1395", "Kamerstuk 23 432, nrs. 372 en 375", "34000-X-34",
"Trb. 2007, nr. 166", "Aanhangsel Handelingen II 2022/23, nr. 1478", and case numbers
("zaak") such as "2022Z20851", which are a kind of their own.

The key is the official form: "33 279, nr. 29", "21 501-07, nr. 1395" (a sub-dossier
keeps two digits), "35 570 X, nr. 54". A paper's own number (ingest/metadata.py) is
normalised by the same function, so a citation of it finds it.
"""

from __future__ import annotations

import re

# dossier: 5 digits, maybe with a space after two; a Roman/letter chapter (X, VIII) or a
# sub-dossier (-07, -28).
DOSSIER_PATTERN = r"\b\d{2}\s?\d{3}(?:\s?[-–]\s?\d{1,3}\b|[\s-]?(?:[A-Z]{1,5}|x|viii|vii|vi|iv|ix)\b)?"
_DOSSIER = (r"\b(?P<d1>\d{2})\s?(?P<d2>\d{3})(?:\s?[-–]\s?(?P<sub>\d{1,3})\b|"
            r"[\s-]?(?P<suffix>[A-Z]{1,5}|x|viii|vii|vi|iv|ix)\b)?")
_MONTHS = r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
# "nr. 29", "nrs. 372 en 375", "nrs. 12, 13 en 15"; the list must not run into a date ("nr. 5 en 6 mei")
_NUMBERS = rf"(?:nrs?|no)\.?\s*(?P<nr>\d{{1,5}})(?P<more>(?:\s*,\s*\d{{1,5}})*\s+(?:en|and|&)\s+\d{{1,5}}\b(?!\s*(?:{_MONTHS})))?"
# Each pattern whose optional prefix would be tried at every position starts with a
# look-ahead for its possible first characters: the same matches, a quarter of the time.
KAMERSTUK_RE = re.compile(rf"(?=[Kk\d])(?:(?P<ks>[Kk]amerstuk(?:ken)?(?:\s+II)?)\s+)?{_DOSSIER},?\s*{_NUMBERS}")
SHORT_RE = re.compile(r"[Kk]amerstuk\s+(?P<d1>\d{2})\s?(?P<d2>\d{3})-(?P<nr>\d{1,4})\b(?!\s*,?\s*nr)(?![-–]\d)")
# The Tweede Kamer's own id of a paper: "34000-X-34", "21501-28-130"
TK_ID_RE = re.compile(r"\b(?P<d1>\d{2})(?P<d2>\d{3})-(?:(?P<sub>\d{2})|(?P<suffix>[IVXLA-K]{1,5}))-(?P<nr>\d{1,5})\b")
ZAAK_RE = re.compile(r"(?=[Kk12])(?:[Kk]amerstuk\s+)?\b(?P<z>(?:19|20)\d{2}Z\d{5})\b")
TRB_RE = re.compile(r"\bTrb\.\s*(?P<y>(?:19|20)\d{2}),?\s*(?:nr\.?|no\.?)?\s*(?P<nr>\d{1,4})")
HANDELINGEN_RE = re.compile(
    r"\b(?P<kind>Aanhangsel Handelingen|Handelingen)\s+(?P<ch>I{1,2})\s+(?P<y>\d{4}/\d{2,4}),?\s*(?:nr\.?\s*(?P<nr>\d{1,5}))?"
)


def dossier_key(d1: str, d2: str, sub: str | None = None, suffix: str | None = None) -> str:
    """"33 279", "21 501-07", "35 570 X": the official form of a dossier number."""
    base = f"{d1} {d2}"
    if sub:
        return f"{base}-{int(sub):02d}"
    if suffix:
        return f"{base} {suffix.upper()}"
    return base


def kamerstuk_key(d1: str, d2: str, sub: str | None, suffix: str | None, nr: str | int) -> str:
    return f"{dossier_key(d1, d2, sub, suffix)}, nr. {int(nr)}"


def find_references(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, key, kind) of every reference in `text`, without overlaps.

    A list of numbers ("nrs. 372 en 375") gives one reference per number: the first
    spans the dossier and its number, each further one its own digits.
    """
    found: list[tuple[int, int, str, str]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b, _, _ in found)

    for m in HANDELINGEN_RE.finditer(text):
        key = f"{m.group('kind')} {m.group('ch')} {m.group('y')}" + (f", nr. {int(m.group('nr'))}" if m.group("nr") else "")
        found.append((m.start(), m.end(), key, "handelingen"))
    for m in TRB_RE.finditer(text):
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), f"Trb. {m.group('y')}, nr. {int(m.group('nr'))}", "trb"))
    for m in TK_ID_RE.finditer(text):
        if free(m.start(), m.end()):
            key = kamerstuk_key(m.group("d1"), m.group("d2"), m.group("sub"), m.group("suffix"), m.group("nr"))
            found.append((m.start(), m.end(), key, "kamerstuk"))
    for m in SHORT_RE.finditer(text):
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), kamerstuk_key(m.group("d1"), m.group("d2"), None, None, m.group("nr")), "kamerstuk"))
    for m in KAMERSTUK_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        # a bare "12 345, nr. 6" must not be a count or an amount: it needs "nr."
        parts = (m.group("d1"), m.group("d2"), m.group("sub"), m.group("suffix"))
        end = m.end("nr")
        found.append((m.start(), end, kamerstuk_key(*parts, m.group("nr")), "kamerstuk"))
        if m.group("more"):
            base = m.start("more")
            for n in re.finditer(r"\d{1,5}", m.group("more")):
                found.append((base + n.start(), base + n.end(), kamerstuk_key(*parts, n.group()), "kamerstuk"))
    for m in ZAAK_RE.finditer(text):
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), m.group("z"), "zaak"))
    return sorted(found)


def normalize_reference(text: str) -> str | None:
    """The key of the first reference in `text`, or None."""
    refs = find_references(text)
    return refs[0][2] if refs else None
