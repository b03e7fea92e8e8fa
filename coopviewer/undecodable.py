"""Text that is not valid Unicode: file names and arguments in a foreign or broken encoding.

On Linux a file name or an argument is bytes; Python turns bytes that are not UTF-8
into lone surrogates ("a\\udcff"), which SQLite, PyMuPDF and a UTF-8 terminal all
refuse. Such text is shown escaped ("a\\xff") and never stored as it is.
"""

from __future__ import annotations


def is_undecodable(text: str) -> bool:
    """True when `text` holds lone surrogates (bytes that were not valid UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def escaped(text: str) -> str:
    """`text` with its undecodable bytes written as \\xNN escapes, fit to print or store."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # surrogates that did not come from bytes (e.g. "\ud800" typed as JSON)
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
