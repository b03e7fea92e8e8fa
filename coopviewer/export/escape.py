"""Text from notes, titles and names made inert for an export, and safe file names.

Notes, basket names and group labels are typed or imported, and titles come from
the PDFs' own metadata: none of it may become live markup in an export (a
`<script>`, an `<img>` that loads a remote address, a Markdown link), nor a path
when a basket's name is offered as the export's file name.
"""

from __future__ import annotations

import re

# CommonMark lets a backslash escape any ASCII punctuation. Escaped here: what starts
# raw HTML or an autolink (< >), a link or image ([ ], so "(" and "!" stay plain text),
# emphasis or code that would run into the export's own (* _ `), and the backslash.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]+")

_UNSAFE_IN_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_WINDOWS_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?", re.IGNORECASE)
MAX_NAME_CHARS = 100


def markdown_inline(text: str) -> str:
    """`text` as literal Markdown on one line: every character that could start markup escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _LINE_BREAKS.sub(" ", text))


def safe_file_name(name: str, suffix: str, fallback: str = "briefing") -> str:
    """A file name (never a path) for an export called `name`, ending in `suffix`.

    Path separators, drive colons, wildcard and control characters become "_";
    leading dots go (no "..", no hidden file); Windows' reserved device names get a
    "_" in front; the name is cut to MAX_NAME_CHARS.
    """
    stem = _UNSAFE_IN_NAME.sub("_", name).strip(" ._")[:MAX_NAME_CHARS].rstrip(" .")
    if not stem:
        stem = fallback
    if _WINDOWS_RESERVED.fullmatch(stem):
        stem = "_" + stem
    return stem + suffix
