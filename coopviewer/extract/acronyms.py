"""Abbreviations defined in parentheses, aligned to their long form in the Schwartz–Hearst manner.

Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation definitions
in biomedical text": walk the abbreviation's letters from the last to the first, each
found in order further left in the text before the parenthesis, in any case; the first
letter must start a word. This finds letters from inside words ("Headquarters" → HQ in
"Permanent Joint Headquarters (PJHQ)"), syllable acronyms ("Allied Maritime Command
(MARCOM)") and lower-case long forms ("enhanced Forward Presence (eFP)"), and returns
the shortest long form that fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# "(PJHQ)", "(eFP)", "(SNMG1)", "(UK/NL AF)": at least two capitals, no spaces but one.
DEFINITION_RE = re.compile(r"\((?P<abbr>[A-Za-z][A-Za-z0-9/&.-]{1,9}(?: [A-Z]{1,3})?)\)")
SENTENCE_BREAK = re.compile(r"[.!?;:]\s|\n\n|\)")
WINDOW = 300


def is_abbreviation(abbr: str) -> bool:
    return sum(ch.isupper() for ch in abbr) >= 2 and not abbr.isdigit()


def long_form_start(abbr: str, before: str) -> int | None:
    """Where in `before` the shortest long form of `abbr` starts (it runs to the end), or None."""
    letters = [ch.lower() for ch in abbr if ch.isalnum()]
    if len(letters) < 2:
        return None
    words = [m.start() for m in re.finditer(r"\S+", before)]
    if not words:
        return None
    first = words[-min(len(letters) + 5, len(letters) * 2, len(words))]
    s, i = len(letters) - 1, len(before) - 1
    while s >= 0:
        ch = letters[s]
        while i >= first and (before[i].lower() != ch or (s == 0 and i > 0 and before[i - 1].isalnum())):
            i -= 1
        if i < first:
            return None
        i -= 1
        s -= 1
    start = max(before.rfind(" ", 0, i + 1), before.rfind("\n", 0, i + 1)) + 1
    found = before[start:].strip()
    if len(found) <= len(abbr) or found.upper() == abbr.upper():
        return None
    return start


def definitions(text: str) -> Iterator[tuple[int, int, int, int, str]]:
    """(long start, long end, abbr start, abbr end, abbr) of each "long form (ABBR)" in `text`."""
    for m in DEFINITION_RE.finditer(text):
        abbr = m.group("abbr")
        if not is_abbreviation(abbr):
            continue
        # only the last few hundred characters can hold a long form: looking further back made
        # a passage full of brackets quadratic
        window_start = max(0, m.start() - WINDOW)
        head = text[window_start:m.start()].rstrip()
        breaks = list(SENTENCE_BREAK.finditer(head))
        sentence_start = breaks[-1].end() if breaks else 0
        start = long_form_start(abbr, head[sentence_start:])
        if start is None:
            continue
        yield window_start + sentence_start + start, window_start + len(head), m.start("abbr"), m.end("abbr"), abbr
