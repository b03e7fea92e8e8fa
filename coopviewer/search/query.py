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

    @property
    def tree(self) -> Node | None:
        """The words part as a tree (None: filters only)."""
        return parse_text(self.text) if self.text.strip() else None


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


# --- the words part as a tree: what every engine builds its own query from -----------

@dataclass(frozen=True)
class Word:
    """One word as typed; `prefix` when it ended in '*' (brigade* finds brigades)."""

    text: str
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class AndMaybe:
    """`required ANDMAYBE optional`: matches what `required` matches; `optional` only ranks."""

    required: Node
    optional: Node


Node = Word | Phrase | And | Or | Not | AndMaybe

_LEX_RE = re.compile(r'"([^"]*)"|(\()|(\))|([^\s()"]+)')


def parse_text(text: str) -> Node | None:
    """The words part of a checked query as a tree (None when nothing is left to search).

    Precedence, tightest first: NOT, then ANDNOT/ANDMAYBE, AND, OR; words side by side
    must all match (as in Whoosh, `a b OR c` is `a AND (b OR c)`).
    """
    tokens: list[tuple[str, str]] = []
    for m in _LEX_RE.finditer(text):
        if m.group(1) is not None:
            words = tuple(w for w in re.findall(r"\S+", m.group(1)) if re.search(r"\w", w))
            if words:
                tokens.append(("phrase", " ".join(words)))
        elif m.group(2):
            tokens.append(("(", "("))
        elif m.group(3):
            tokens.append((")", ")"))
        else:
            word = m.group(4)
            if word in _OPERATORS:
                tokens.append(("op", word))
            elif re.search(r"\w", word):
                tokens.append(("word", word))
    pos = 0

    def peek() -> tuple[str, str] | None:
        return tokens[pos] if pos < len(tokens) else None

    def sequence(stop: str | None) -> Node | None:
        nonlocal pos
        items: list[Node] = []
        while (tok := peek()) is not None and tok[0] != stop:
            before = pos
            node = disjunction()
            if node is not None:
                items.append(node)
            if pos == before:  # a stray operator or bracket: skip it
                pos += 1
        return _and(items)

    def disjunction() -> Node | None:
        nonlocal pos
        parts = [conjunction()]
        while (tok := peek()) is not None and tok == ("op", "OR"):
            pos += 1
            parts.append(conjunction())
        kept = [p for p in parts if p is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else Or(tuple(kept))

    def conjunction() -> Node | None:
        nonlocal pos
        left = binary()
        while (tok := peek()) is not None and tok == ("op", "AND"):
            pos += 1
            left = _and([n for n in (left, binary()) if n is not None])
        return left

    def binary() -> Node | None:
        nonlocal pos
        left = unary()
        while (tok := peek()) is not None and tok in (("op", "ANDNOT"), ("op", "ANDMAYBE")):
            pos += 1
            right = unary()
            if left is None or right is None:
                left = left or None
                continue
            left = _and([left, Not(right)]) if tok[1] == "ANDNOT" else AndMaybe(left, right)
        return left

    def unary() -> Node | None:
        nonlocal pos
        tok = peek()
        if tok is None:
            return None
        if tok == ("op", "NOT"):
            pos += 1
            inner = unary()
            if inner is None:
                return None
            return inner.child if isinstance(inner, Not) else Not(inner)
        if tok[0] == "(":
            pos += 1
            inner = sequence(")")
            if peek() is not None:
                pos += 1  # the closing bracket
            return inner
        if tok[0] in ("word", "phrase"):
            pos += 1
            if tok[0] == "phrase":
                return Phrase(tuple(tok[1].split()))
            word = tok[1]
            return Word(word.rstrip("*"), prefix=True) if word.endswith("*") and len(word) > 1 else Word(word)
        return None  # an operator where a word should be, or ')'

    return sequence(None)


def _and(items: list[Node]) -> Node | None:
    if not items:
        return None
    return items[0] if len(items) == 1 else And(tuple(items))


def positive_leaves(node: Node | None) -> list[Word | Phrase]:
    """The words and phrases a hit should show marked (the negated ones are not in it)."""
    if node is None or isinstance(node, Not):
        return []
    if isinstance(node, Word | Phrase):
        return [node]
    if isinstance(node, AndMaybe):
        return positive_leaves(node.required) + positive_leaves(node.optional)
    return [leaf for child in node.children for leaf in positive_leaves(child)]
