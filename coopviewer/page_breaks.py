"""Which passage goes on across a page break: the one rule ingest, store and export share.

Passages are stored per page, so a sentence (and a name: "de 13e Lichte / Brigade")
that runs over a page break is split in two. Ingest finds mentions over the join,
the search index reads the join, and a briefing quotes the joined paragraph; all
three ask this module where a page's body ends and whether it runs on. Plain text
in, indices out: the standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A page that ends on one of these words has not ended its sentence.
RUN_ON_WORDS = frozenset(
    "aan als bij de dat die door een en het in met naar of om onder op over te tot tussen uit van voor zoals "
    "and the of to in with for by on at from or a an".split()
)
PAGE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
FOOTNOTE = re.compile(r"^\s*\d{1,3}\s+\S")
FOOTNOTE_MAX = 200  # chars: a footnote is short; a numbered paragraph may look alike but is longer
RUNNING_MAX = 200  # chars: a running header or footer is one short line
SENTENCE_END = ".!?:;)”\"’'"
HEAD_WORDS = 3  # words either side of a page break the search index reads for phrases over it
JUNCTION_MARK = "0break0"  # one token, the same through every analyzer: the break itself
_DIGITS = re.compile(r"\d+")
_HEAD = re.compile(rf"\s*\S+(?:\s+\S+){{0,{HEAD_WORDS - 1}}}")


def runs_on(before: str, after: str) -> bool:
    """Does `before` (the last body passage of a page) go on in `after` (the first of the next)?

    No sentence end before the break, and the text after it starts in lower case,
    or the page ended on a comma, a dash or a word that cannot end a sentence, or
    a name runs on: a capitalised word or a number ("13e Lichte") before a
    capitalised word ("Brigade").
    """
    b, a = before.rstrip(), after.lstrip()
    if not a or not may_run_on(b):
        return False
    if b[-1] in ",-–":
        return True
    last = b.split()[-1]
    return a[0].islower() or last.lower() in RUN_ON_WORDS or ((last[0].isupper() or last[0].isdigit()) and a[0].isupper())


def may_run_on(text: str) -> bool:
    """Can `text` go on after a page break at all: it does not end a sentence."""
    text = text.rstrip()
    return bool(text) and text[-1] not in SENTENCE_END


def _folded(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split()))


def body(texts: Sequence[str], neighbour: Sequence[str] = ()) -> list[int]:
    """Indices of a page's body passages: without its page number, footnotes and the running
    header or footer (a short passage the neighbouring page repeats, page numbers aside)."""
    running = {_folded(t) for t in neighbour if len(t) < RUNNING_MAX}
    return [i for i, t in enumerate(texts)
            if not PAGE_NUMBER.match(t) and not (FOOTNOTE.match(t) and len(t) < FOOTNOTE_MAX)
            and not (len(t) < RUNNING_MAX and _folded(t) in running)]


def junctions(pages: Sequence[Sequence[str]]) -> list[tuple[int, int, int]]:
    """(page index k, passage index on page k, passage index on page k + 1) for every page
    break that a page's last body passage runs on over into the next page's first."""
    out = []
    for k in range(len(pages) - 1):
        here = body(pages[k], pages[k + 1])
        after = body(pages[k + 1], pages[k])
        if here and after and runs_on(pages[k][here[-1]], pages[k + 1][after[0]]):
            out.append((k, here[-1], after[0]))
    return out


def joined(before: str, after: str) -> str:
    """The two halves as one text: `before`, a space, `after` (offsets in `before` unchanged)."""
    return f"{before} {after}"


def junction_text(before: str, after: str) -> str:
    """What the search index's junction field reads for a passage that runs on: its last words,
    JUNCTION_MARK, and the next page's first words. A phrase is looked up there only with the
    mark between two of its words, so it matches only across the break ("Lichte Brigade"),
    and a single word never does: the passage is not found for the next page's words alone."""
    return f"{tail(before)} {JUNCTION_MARK} {head(after)}"


def tail(text: str) -> str:
    """The last HEAD_WORDS words of `text`."""
    return " ".join(text.split()[-HEAD_WORDS:])


def head(text: str) -> str:
    """The first HEAD_WORDS words of `text`, as a prefix of it (so its offsets hold)."""
    m = _HEAD.match(text)
    return m.group() if m else ""


def page_runs(passages: Sequence[tuple[int, str]]) -> list[tuple[int, int]]:
    """Index pairs (i, j) into a document's passages, given as (page, text) in reading order,
    where passage i, the last of its page's body, runs on in passage j on the next page."""
    pages: dict[int, list[int]] = {}
    for i, (page, _text) in enumerate(passages):
        pages.setdefault(page, []).append(i)
    numbers = sorted(pages)
    pairs = []
    for k, a, b in junctions([[passages[i][1] for i in pages[n]] for n in numbers]):
        if numbers[k + 1] == numbers[k] + 1:  # the next page, not the next page with text
            pairs.append((pages[numbers[k]][a], pages[numbers[k + 1]][b]))
    return pairs


def junction_texts(passages: Sequence[tuple[int, str]]) -> list[str | None]:
    """The junction field of each of a document's passages, given as (page, text): None but
    for a page's last body passage that runs on in the next page's first."""
    out: list[str | None] = [None] * len(passages)
    for i, j in page_runs(passages):
        out[i] = junction_text(passages[i][1], passages[j][1])
    return out
