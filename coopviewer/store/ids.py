"""Row ids typed by the analyst ("mentions 42", "--doc 3", "correct delete 7").

str.isdigit() is true for "²" and "٣", which int() then refuses, and a 20-digit
number overflows SQLite's INTEGER: both used to end in "unexpected error". Only
ASCII digits that fit a row id count as an id; anything else is a name.
"""

from __future__ import annotations

MAX_ROW_ID = 2**63 - 1  # SQLite's INTEGER


def as_row_id(text: str) -> int | None:
    """The id `text` spells, or None when it is not a plain number that fits a row id."""
    text = text.strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 19):
        return None
    value = int(text)
    return value if value <= MAX_ROW_ID else None
