"""The analyst's query syntax: checked, and split into text and filters.

Whoosh's parser never refuses anything, so a malformed query would silently
search for something else. We check the shape first and give one clear message,
and we take field filters (partner:, unit:, year: …) out ourselves, because they
name entities by any of their aliases, which only the library can resolve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_QUERY_CHARS = 1000

# Filter names the analyst may use, and the entity type each one narrows to.
ENTITY_FILTERS = {
    "partner": "country",
    "land": "country",
    "country": "country",
    "unit": "unit",
    "eenheid": "unit",
    "org": "organisation",
    "organisatie": "organisation",
    "organisation": "organisation",
    "programme": "programme",
    "programma": "programme",
    "systeem": "programme",
    "agreement": "agreement",
    "akkoord": "agreement",
    "person": "person",
    "persoon": "person",
    "ref": "reference",
    "entity": None,
}
OTHER_FILTERS = {"year", "jaar", "doc"}
_FILTER_RE = re.compile(r'(?<![\w"])(?P<name>[A-Za-z]+):(?:"(?P<quoted>[^"]*)"|(?P<bare>[^\s()"]+))')
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}


class QueryError(ValueError):
    """A query that cannot be searched, with the reason."""


@dataclass
class EntityFilter:
    type: str | None
    value: str


@dataclass
class ParsedQuery:
    text: str
    entity_filters: list[EntityFilter] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    # Filled in by the library when it resolves names to ids:
    entity_groups: list[list[int]] = field(default_factory=list)
    doc_ids: list[int] = field(default_factory=list)


def check_shape(text: str) -> None:
    """Raise QueryError for quotes, brackets or operators that do not close."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query is too long ({len(text)} characters; at most {MAX_QUERY_CHARS})")
    if text.count('"') % 2:
        raise QueryError("unbalanced quote: a phrase is opened with \" but not closed")
    depth = 0
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            raise QueryError("unbalanced parenthesis: ')' without '('")
    if depth:
        raise QueryError("unbalanced parenthesis: '(' without ')'")
    words = re.sub(r'"[^"]*"', " PHRASE ", text).replace("(", " ( ").replace(")", " ) ").split()
    for i, word in enumerate(words):
        if word in _OPERATORS:
            before = words[i - 1] if i else None
            after = words[i + 1] if i + 1 < len(words) else None
            if after is None or after in _OPERATORS - {"NOT"} or after == ")":
                raise QueryError(f"'{word}' needs a word after it")
            if word == "NOT" and after == "NOT":
                raise QueryError("'NOT NOT': a NOT cannot follow another NOT")
            if word != "NOT" and (before is None or before in _OPERATORS or before == "("):
                raise QueryError(f"'{word}' needs a word before it")


def filter_clauses(text: str) -> list[tuple[str, str, int, int]]:
    """The known field filters in a query as (name, value, start, end): what the window
    shows as removable chips; removing text[start:end] drops that filter."""
    out = []
    for m in _FILTER_RE.finditer(text):
        name = m.group("name").lower()
        if name in ENTITY_FILTERS or name in OTHER_FILTERS:
            out.append((name, m.group("quoted") if m.group("quoted") is not None else m.group("bare"), m.start(), m.end()))
    return out


def parse_query(text: str) -> ParsedQuery:
    """Check a query and take out its field filters."""
    text = text.replace("\u201c", '"').replace("\u201d", '"').strip()
    check_shape(text)
    parsed = ParsedQuery(text="")

    def take(m: re.Match[str]) -> str:
        name = m.group("name").lower()
        value = (m.group("quoted") if m.group("quoted") is not None else m.group("bare")).strip()
        if name in ENTITY_FILTERS:
            if not value:
                raise QueryError(f"'{name}:' needs a name after it")
            parsed.entity_filters.append(EntityFilter(ENTITY_FILTERS[name], value))
            return " "
        if name in ("year", "jaar"):
            if not re.fullmatch(r"[0-9]{4}", value):  # not \d: "٢٠٢٣" is no year the index holds
                raise QueryError(f"'{name}:{value}': a year is four digits, e.g. year:2023")
            parsed.years.append(value)
            return " "
        if name == "doc":
            parsed.docs.append(value)
            return " "
        known = ", ".join(sorted([*ENTITY_FILTERS, *OTHER_FILTERS]))
        raise QueryError(f"unknown filter '{name}:' (known: {known})")

    rest = _FILTER_RE.sub(take, text)
    parsed.text = re.sub(r"\s+", " ", rest).strip()
    if parsed.text:
        check_shape(parsed.text)
        if not re.search(r"\w", parsed.text):
            raise QueryError("the query has no words to search for")
    elif not (parsed.entity_filters or parsed.years or parsed.docs):
        raise QueryError("empty query")
    return parsed
