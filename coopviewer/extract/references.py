"""Parliamentary references in every form the papers write them, normalised to one key.

"Kamerstuk 33 279, nr. 29", "33 279, nr. 29", "Kamerstuk 35 570 X, nr.54",
"kamerstuk 35570x, nr. 39", "Kamerstuk 36200-X, nr. 37", "Kamerstuk 36124-1",
"Kamerstuk 2022Z20851", "Trb. 2007, nr. 166", "Aanhangsel Handelingen II 2022/23, nr. 1478".
"""

from __future__ import annotations

import re

# dossier: 5 digits, maybe with a space after two; a Roman/letter suffix (X, VIII) or a
# sub-dossier (-28); then "nr." and a number — or the short form "36124-1".
_DOSSIER = r"(?P<d1>\d{2})\s?(?P<d2>\d{3})(?:-(?P<sub>\d{1,3})|[\s-]?(?P<suffix>[A-Z]{1,5}|x|viii|vii|vi|iv|ix)\b)?"
KAMERSTUK_RE = re.compile(
    rf"(?:(?P<ks>[Kk]amerstuk(?:ken)?(?:\s+II)?)\s+)?{_DOSSIER},?\s*(?:nr|no)\.?\s*(?P<nr>\d{{1,5}})",
)
SHORT_RE = re.compile(r"[Kk]amerstuk\s+(?P<d1>\d{2})\s?(?P<d2>\d{3})-(?P<nr>\d{1,4})\b(?!\s*,?\s*nr)")
ZAAK_RE = re.compile(r"(?:[Kk]amerstuk\s+)?\b(?P<z>(?:19|20)\d{2}Z\d{5})\b")
TRB_RE = re.compile(r"\bTrb\.\s*(?P<y>(?:19|20)\d{2}),?\s*(?:nr\.?|no\.?)?\s*(?P<nr>\d{1,4})")
HANDELINGEN_RE = re.compile(
    r"\b(?P<kind>Aanhangsel Handelingen|Handelingen)\s+(?P<ch>I{1,2})\s+(?P<y>\d{4}/\d{2,4}),?\s*(?:nr\.?\s*(?P<nr>\d{1,5}))?"
)


def _dossier_key(d1: str, d2: str, sub: str | None, suffix: str | None) -> str:
    base = f"{d1} {d2}"
    if sub:
        return f"{base}-{int(sub)}"
    if suffix:
        return f"{base} {suffix.upper()}"
    return base


def find_references(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, key, kind) of every reference in `text`, without overlaps."""
    found: list[tuple[int, int, str, str]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b, _, _ in found)

    for m in HANDELINGEN_RE.finditer(text):
        key = f"{m.group('kind')} {m.group('ch')} {m.group('y')}" + (f", nr. {int(m.group('nr'))}" if m.group("nr") else "")
        found.append((m.start(), m.end(), key, "handelingen"))
    for m in TRB_RE.finditer(text):
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), f"Trb. {m.group('y')}, nr. {int(m.group('nr'))}", "trb"))
    for m in SHORT_RE.finditer(text):
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), f"{m.group('d1')} {m.group('d2')}, nr. {int(m.group('nr'))}", "kamerstuk"))
    for m in KAMERSTUK_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        # a bare "12 345, nr. 6" must not be a count or an amount: it needs "nr."
        key = f"{_dossier_key(m.group('d1'), m.group('d2'), m.group('sub'), m.group('suffix'))}, nr. {int(m.group('nr'))}"
        found.append((m.start(), m.end(), key, "kamerstuk"))
    for m in ZAAK_RE.finditer(text):
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), m.group("z"), "zaak"))
    return sorted(found)


def normalize_reference(text: str) -> str | None:
    """The key of the first reference in `text`, or None."""
    refs = find_references(text)
    return refs[0][2] if refs else None
