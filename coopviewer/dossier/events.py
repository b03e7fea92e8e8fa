"""Dated events in a passage: agreements signed, units integrated, bodies founded.

An event is a sentence that holds a date (not a cited paper's date) and a
keyword of its kind; the entities it involves are those mentioned in the same
sentence. Kept deliberately simple and explainable: the analyst sees the
sentence that made the event, highlighted on its page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coopviewer.dossier.dates import FoundDate, find_dates

# Sentence ends: a full stop (with an optional footnote number glued to it) before a capital.
_SENTENCE_END = re.compile(r"(?<=[.!?])\d{0,2}\s+(?=[A-Z\u00C0-\u00DE‘“(])")
_ABBREV = re.compile(r"\b(?:nr|dr|mr|ir|drs|prof|c\.s|d\.d|jl|o\.a|m\.b\.t|t\.b\.v|bijv|incl|resp|Zr\.Ms|Hr\.Ms)\.$", re.I)

KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("agreement", re.compile(
        r"\b(overeenkomst|verdrag|raamverdrag|intentieverklaring|verklaring|declaration of intent|technical arrangement|"
        r"memorandum of understanding|mou|letter of intent|loi|statement of intent|visiedocument|akkoord|arrangement)\b.*?"
        r"\b(getekend|ondertekend|gesloten|tekende|tekenden|ondertekende|overeengekomen|ondertekening)\b|"
        r"\b(getekend|ondertekend|tekende|tekenden|ondertekening van)\b.*?\b(overeenkomst|verdrag|verklaring|declaration|"
        r"arrangement|memorandum|letter of intent|statement of intent|visiedocument|mou|loi)\b", re.I)),
    ("integration", re.compile(r"\b(integratie|geïntegreerd|integreren|ingebed|onder commando gesteld)\b", re.I)),
    ("founding", re.compile(r"\b(opgericht|opgezet|in gebruik genomen|gestart|van start)\b", re.I)),
    ("decision", re.compile(r"\b(besloten|besluit|aangekondigd|goedgekeurd)\b", re.I)),
    ("deployment", re.compile(r"\b(ingezet|inzet|ontplooid|ontplooien|uitgezonden|rotatie)\b", re.I)),
]


@dataclass(frozen=True)
class FoundEvent:
    start: int  # sentence span in the passage
    end: int
    date: FoundDate
    kind: str
    label: str


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, not splitting after common Dutch abbreviations."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        head = text[start:m.start()]
        if _ABBREV.search(head) or re.search(r"\b[A-Z]\.$", head):
            continue
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def label_for(sentence: str, limit: int = 160) -> str:
    text = re.sub(r"\s+", " ", sentence).strip()
    text = re.sub(r"(?<=[a-z.])\d{1,2}$", "", text)  # a footnote number glued to the end
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def find_events(text: str) -> list[FoundEvent]:
    """The dated events of one passage, one per sentence (its most precise date)."""
    if re.match(r"^\s*\d{1,2}\s+(Kamerstuk|Trb|Aanhangsel|Zie)\b", text):
        return []  # a footnote block: its dates are cited papers'
    # A bare year after a noun names a thing ("Defensienota 2022"); a dated event says
    # "in 2013", "sinds 2016", "2022–2024" or gives a month or day.
    dates = [d for d in find_dates(text) if not d.cited and (d.precision != "year" or d.hint or d.end_date)]
    events = []
    for s, e in sentences(text):
        in_sentence = [d for d in dates if s <= d.start < e]
        if not in_sentence:
            continue
        sentence = text[s:e]
        kind = next((k for k, pat in KINDS if pat.search(sentence)), None)
        if kind is None:
            continue
        rank = {"day": 0, "month": 1, "year": 2}
        best = min(in_sentence, key=lambda d: (rank[d.precision], d.start))
        events.append(FoundEvent(s, e, best, kind, label_for(sentence)))
    return events
