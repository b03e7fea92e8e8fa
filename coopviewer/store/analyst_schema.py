"""The shape an analyst-data file must have before any of it is imported.

An imported file is foreign input: one record with a null where a name belongs, a
page of 1e30 or a string where a number belongs used to be stored as it was and
broke later ingests and corrections for good. Every record is checked here first;
the first bad one is refused with its number and the reason, and nothing is
imported (the caller imports only a file that passed).
"""

from __future__ import annotations

import math
from typing import Any

FORMAT = "coopviewer-analyst-data"
VERSION = 1

# Corrections the library understands, and whether each one carries a value.
OPS_WITH_VALUE = {"alias", "unalias", "merge", "rename", "unmerge"}
OPS_WITHOUT_VALUE = {"hide", "unhide", "confirm", "unconfirm"}
OPS = OPS_WITH_VALUE | OPS_WITHOUT_VALUE

MAX_NAME_CHARS = 1_000  # entity keys, aliases, names, basket names, groups
MAX_TEXT_CHARS = 1_000_000  # a passage's text or a note
MAX_PAGE = 1_000_000
MAX_COORD = 1e6  # PDF points; a page is at most 14,400 points wide
MAX_LIST = 1_000_000  # records in one list


class SchemaError(ValueError):
    """A record that does not fit the schema: where it is and why."""


def validate(data: Any) -> None:
    """Raise SchemaError naming the first record that does not fit."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SchemaError("not a coopviewer analyst-data file")
    version = data.get("version")
    if not _is_int(version) or version < 1:
        raise SchemaError(f"'version' must be a whole number such as {VERSION} (got {_shown(version)})")
    if version > VERSION:
        raise SchemaError(f"made by a newer coopviewer (format {version}; this one reads {VERSION})")
    corrections = _list(data, "corrections", "the file")
    for n, record in enumerate(corrections, 1):
        _check(_correction, record, f"correction {n}")
    baskets = _list(data, "baskets", "the file")
    for n, basket in enumerate(baskets, 1):
        where = f"basket {n}"
        _check(_basket_fields, basket, where)
        for i, item in enumerate(_list(basket, "items", where), 1):
            _check(_item, item, f"{where} ({basket['name']!r}), item {i}")


def check_correction(op: str, entity: str, value: str | None) -> None:
    """Raise SchemaError for a correction the importer would refuse (so every export imports again)."""
    _correction({"op": op, "entity": entity, "value": value})


def _check(checker, record: Any, where: str) -> None:
    if not isinstance(record, dict):
        raise SchemaError(f"{where}: must be an object (got {_shown(record)})")
    try:
        checker(record)
    except SchemaError as exc:
        raise SchemaError(f"{where}: {exc}") from None


def _correction(c: dict) -> None:
    op = c.get("op")
    if not isinstance(op, str) or op not in OPS:
        raise SchemaError(f"'op' must be one of {', '.join(sorted(OPS))} (got {_shown(op)})")
    _name(c, "entity")
    if op in OPS_WITH_VALUE:
        _name(c, "value", what=f"a non-empty valid text for '{op}'")
    elif c.get("value") is not None:
        raise SchemaError(f"'{op}' takes no 'value' (got {_shown(c['value'])})")
    _optional_text(c, "created", MAX_NAME_CHARS)


def _basket_fields(b: dict) -> None:
    _name(b, "name")
    _optional_text(b, "created", MAX_NAME_CHARS)


def _item(it: dict) -> None:
    sha = it.get("doc_sha256")
    if not (isinstance(sha, str) and len(sha) == 64 and all(ch in "0123456789abcdef" for ch in sha)):
        raise SchemaError(f"'doc_sha256' must be 64 lowercase hex digits (got {_shown(sha)})")
    page = it.get("page")
    if not (_is_int(page) and 1 <= page <= MAX_PAGE):
        raise SchemaError(f"'page' must be a whole number from 1 to {MAX_PAGE:,} (got {_shown(page)})")
    text = it.get("text")
    if not _is_text(text, MAX_TEXT_CHARS):
        raise SchemaError(f"'text' must be valid text of at most {MAX_TEXT_CHARS:,} characters (got {_shown(text)})")
    for n, rect in enumerate(_list(it, "rects", "item"), 1):
        if not (isinstance(rect, list) and len(rect) == 4 and all(_is_coord(v) for v in rect)):
            raise SchemaError(f"rect {n} must be four numbers within ±{MAX_COORD:g} (got {_shown(rect)})")
    for n, mark in enumerate(_list(it, "marks", "item"), 1):
        if not (isinstance(mark, list) and len(mark) == 2 and all(_is_int(v) for v in mark)
                and 0 <= mark[0] <= mark[1] <= len(text)):
            raise SchemaError(f"mark {n} must be [start, end] within the text (got {_shown(mark)})")
    _optional_text(it, "note", MAX_TEXT_CHARS)
    _optional_text(it, "group", MAX_NAME_CHARS)
    _optional_text(it, "created", MAX_NAME_CHARS)
    if "removed" in it and not isinstance(it["removed"], bool):
        raise SchemaError(f"'removed' must be true or false (got {_shown(it['removed'])})")
    if "position" in it and not _is_int(it["position"]):
        raise SchemaError(f"'position' must be a whole number (got {_shown(it['position'])})")
    source = it.get("source", {})
    if not isinstance(source, dict):
        raise SchemaError(f"'source' must be an object (got {_shown(source)})")
    for key, value in source.items():
        if not _is_text(key, MAX_NAME_CHARS) or (value is not None and not _is_text(value, MAX_NAME_CHARS)):
            raise SchemaError(f"'source.{key}' must be a text or null (got {_shown(value)})")


def _list(record: dict, key: str, where: str) -> list:
    value = record.get(key, [])
    if not isinstance(value, list):
        raise SchemaError(f"{where}: '{key}' must be a list (got {_shown(value)})")
    if len(value) > MAX_LIST:
        raise SchemaError(f"{where}: '{key}' has more than {MAX_LIST:,} entries")
    return value


def _name(record: dict, key: str, what: str = "a non-empty valid text") -> None:
    value = record.get(key)
    if not (_is_text(value, MAX_NAME_CHARS) and value.strip() and value.isprintable()):
        raise SchemaError(f"'{key}' must be {what} of at most {MAX_NAME_CHARS:,} printable characters (got {_shown(value)})")


def _optional_text(record: dict, key: str, limit: int) -> None:
    value = record.get(key, "")
    if not _is_text(value, limit):
        raise SchemaError(f"'{key}' must be valid text of at most {limit:,} characters (got {_shown(value)})")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_coord(value: Any) -> bool:
    if _is_int(value):
        return abs(value) <= MAX_COORD
    return isinstance(value, float) and math.isfinite(value) and abs(value) <= MAX_COORD


def _is_text(value: Any, limit: int) -> bool:
    """A string SQLite can store: not too long, and no lone surrogates (JSON allows "\\udcff")."""
    if not isinstance(value, str) or len(value) > limit:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown(value: Any) -> str:
    """A short JSON-ish rendering of a bad value for the message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value[:40] + ("…" if len(value) > 40 else ""))
    if isinstance(value, int | float):
        text = repr(value)
        return text if len(text) <= 40 else text[:40] + "…"
    return "a list" if isinstance(value, list) else "an object" if isinstance(value, dict) else type(value).__name__
