"""Turn a page's words (with boxes) into citable passages.

PyMuPDF gives words with boxes; we do the rest ourselves because its own
de-hyphenation has varied across versions and we must keep the boxes of both
halves of a broken word. A passage is a paragraph-sized run of lines of one page.
Its text is built here, so every character maps back to a box: that mapping is
what turns a search hit or an entity mention into rectangles on the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from coopviewer.geometry import pack_boxes, span_rects, unpack_boxes  # noqa: F401 - the passage's boxes

# A word as PyMuPDF returns it from page.get_text("words").
RawWord = tuple[float, float, float, float, str, int, int, int]

SOFT_HYPHEN = "\u00ad"
HYPHENS = ("-", "\u2010", "\u2011", SOFT_HYPHEN)
# Words that follow a "suspended" hyphen: "Opleidings- en Trainingscommando".
SUSPENSION_WORDS = {"en", "of", "tot", "and", "or", "en/of"}
MAX_PASSAGE_CHARS = 1800

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_LIGATURE_RE = re.compile("[" + "".join(LIGATURES) + "]")


def expand_ligatures(text: str) -> str:
    """Replace typographic ligatures by their letters (PyMuPDF flags miss some fonts)."""
    return _LIGATURE_RE.sub(lambda m: LIGATURES[m.group()], text)


@dataclass
class Line:
    """One text line: its words in reading order and its bounding box."""

    words: list[RawWord]
    x0: float
    y0: float
    x1: float
    y1: float
    block: int

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 0.1)


@dataclass
class Passage:
    """A paragraph-sized block of one page with a box for every character run.

    `boxes` holds one entry per word piece: (char_start, char_end, x0, y0, x1, y1)
    in unrotated PDF points, char offsets into `text`.
    """

    text: str
    boxes: list[tuple[int, int, float, float, float, float]] = field(default_factory=list)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        xs0 = [b[2] for b in self.boxes]
        ys0 = [b[3] for b in self.boxes]
        xs1 = [b[4] for b in self.boxes]
        ys1 = [b[5] for b in self.boxes]
        return (min(xs0), min(ys0), max(xs1), max(ys1))


def group_lines(words: list[RawWord]) -> list[Line]:
    """Group words into lines by PyMuPDF's (block, line) numbers, keeping content order."""
    lines: list[Line] = []
    current: tuple[int, int] | None = None
    for w in words:
        text = expand_ligatures(w[4]).strip()
        if not text:
            continue
        w = (w[0], w[1], w[2], w[3], text, w[5], w[6], w[7])
        key = (w[5], w[6])
        if key != current or not lines:
            lines.append(Line([w], w[0], w[1], w[2], w[3], w[5]))
            current = key
        else:
            ln = lines[-1]
            ln.words.append(w)
            ln.x0, ln.y0 = min(ln.x0, w[0]), min(ln.y0, w[1])
            ln.x1, ln.y1 = max(ln.x1, w[2]), max(ln.y1, w[3])
    return lines


def _continues(prev: Line, line: Line, typical_height: float) -> bool:
    """Does `line` continue the paragraph that `prev` ends?"""
    gap = line.y0 - prev.y1
    height = min(prev.height, line.height, typical_height * 1.5)
    if gap > 0.75 * height or gap < -0.5 * height:
        return False  # a blank line's gap, or a jump back up (next column)
    if line.x0 > prev.x1 or line.x1 < prev.x0:
        return False  # no horizontal overlap: another column
    if abs(line.height - prev.height) > 0.35 * max(line.height, prev.height):
        return False  # font size changes: heading, footnote block
    return True


def is_line_end_hyphen(word: str) -> bool:
    return len(word) > 1 and word.endswith(HYPHENS) and word[-2].isalnum()


def join_hyphenated(first: str, second: str) -> tuple[str, bool]:
    """Decide how a word ending a line in a hyphen joins the next line's first word.

    Returns (joined_first_part, keep_space): the text that `first` contributes and
    whether a space follows it. "samen-"+"werking" → ("samen", False);
    "Zuid-"+"Afrika" → ("Zuid-", False); "Opleidings-"+"en" → ("Opleidings-", True).
    """
    stem, hyphen = first[:-1], first[-1]
    if hyphen == SOFT_HYPHEN:
        return stem, False
    if second.lower() in SUSPENSION_WORDS or second.startswith(("(", "[")):
        return first, True
    head = second[0]
    if head.isupper() or head.isdigit() or stem[-1].isupper() or stem[-1].isdigit():
        return first, False
    if not head.isalpha():
        return first, True
    return stem, False


# The legal ground printed in a redaction box of a Woo/Wob release: "5.1.2e", "5.2", "10.2e"
# (OCR sometimes reads the letter as "¢"). Not a word of the sentence around it.
_REDACTION_CODE = re.compile(r"^\(?(?:5\.1\.[1-5]|5\.[2-3]|10\.[12]|11\.1)[a-i¢]?\)?[.,;]?$")


def is_redaction_code(word: str) -> bool:
    return bool(_REDACTION_CODE.match(word))


def build_passages(words: list[RawWord]) -> list[Passage]:
    """Split a page's words into passages and build their text with char-to-box spans.

    Redaction grounds are taken out of the running text and become passages of
    their own, so they neither break a sentence nor vanish from search.
    """
    codes = [w for w in words if is_redaction_code(w[4].strip())]
    if codes:
        words = [w for w in words if not is_redaction_code(w[4].strip())]
    passages = _passages(words)
    for w in codes:
        text = w[4].strip()
        passages.append(Passage(text, [(0, len(text), w[0], w[1], w[2], w[3])]))
    return passages


def _passages(words: list[RawWord]) -> list[Passage]:
    lines = group_lines(words)
    if not lines:
        return []
    typical = median(ln.height for ln in lines)
    groups: list[list[Line]] = [[lines[0]]]
    length = sum(len(w[4]) + 1 for w in lines[0].words)
    for prev, line in zip(lines, lines[1:], strict=False):
        line_len = sum(len(w[4]) + 1 for w in line.words)
        if _continues(prev, line, typical) and length + line_len <= MAX_PASSAGE_CHARS:
            groups[-1].append(line)
            length += line_len
        else:
            groups.append([line])
            length = line_len
    return [_passage_from_lines(g) for g in groups]


def _passage_from_lines(lines: list[Line]) -> Passage:
    parts: list[str] = []
    boxes: list[tuple[int, int, float, float, float, float]] = []
    pos = 0
    pending_space = False
    words = [(w, i == len(ln.words) - 1, li) for li, ln in enumerate(lines) for i, w in enumerate(ln.words)]
    for idx, (w, last_in_line, li) in enumerate(words):
        text = w[4]
        if pending_space:
            parts.append(" ")
            pos += 1
        pending_space = True
        x0, y0, x1, y1 = w[0], w[1], w[2], w[3]
        nxt = words[idx + 1][0][4] if idx + 1 < len(words) else None
        if last_in_line and li < len(lines) - 1 and nxt and is_line_end_hyphen(text):
            joined, keep_space = join_hyphenated(text, nxt)
            if len(joined) < len(text):
                # Drop the hyphen's share of the box, so the highlight ends on the letters.
                x1 = x0 + (x1 - x0) * len(joined) / len(text)
            text = joined
            pending_space = keep_space
        parts.append(text)
        boxes.append((pos, pos + len(text), x0, y0, x1, y1))
        pos += len(text)
    return Passage("".join(parts), boxes)
