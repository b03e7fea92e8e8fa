"""Ships: after a national prefix ("Zr.Ms. Tromp", "HNLMS Tromp", "BNS Leopold I", "FGS Rhön") or a
type word ("het fregat Leopold I", "het patrouillevaartuig Pollux", "the Dutch navy ships Evertsen,
Johan de Witt and Van Speijk"). The prefixes and type words are data (heads.toml).

A Dutch ship has one name whichever prefix or language the text uses: "Zr.Ms. <name>".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A ship's name: capitalised words with the particles of Dutch, French and Spanish names in
# between, a Roman numeral ("Leopold I") or a pennant-less hyphenated name ("Louise-Marie").
NAME = (
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:van|de|der|den|du|la|di|da|del)\s+)?(?:[A-Z][\w'’-]*|[IVX]{1,4}(?![\w])))"
    r"{0,3})"
)
_LIST_TAIL = r"(?:\s*\([^()]{1,30}\))?"  # "Ville de Quebec (Canada)"


@dataclass(frozen=True)
class ShipMatch:
    start: int
    end: int
    name: str  # the bare name ("Tromp")
    country: str | None  # ISO code from the prefix or an adjective
    prefix: str | None


def _starts(words) -> str:
    """A look-ahead for the first characters of `words` (nothing when one is empty: it could start anywhere)."""
    if not words or not all(words):
        return ""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


class ShipFinder:
    def __init__(self, prefixes: dict[str, str], cues: list[str], adjectives: dict[str, str]) -> None:
        self.prefixes = prefixes
        self.adjectives = adjectives  # "Belgische" → "BE"
        pre = "|".join(re.escape(p).replace(r"\ ", r"\s?") for p in sorted(prefixes, key=len, reverse=True))
        # each pattern starts with a look-ahead for the first letters it can start with, so its
        # look-behind and alternation are tried only there: the same matches, in half the time
        self.prefix_re = re.compile(rf"{_starts(prefixes)}(?<![\w.])(?P<prefix>{pre})\.?\s+{NAME}")
        cue = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
        # "het fregat Leopold I", "De eerste nieuwe Belgische mijnenjager, Oostende, is …"
        self.cue_re = re.compile(
            rf"{_starts([*cues, 'navy', 'marine'])}(?<![\w])(?:navy\s+|marine\s+)?(?:{cue}),?\s+{NAME}{_LIST_TAIL}")
        self.more_re = re.compile(rf"\s*(?:,|\ben\b|\band\b)\s*(?:(?:het|de|the)\s+)?{NAME}{_LIST_TAIL}")
        self.stop: set[str] = set()

    def find(self, text: str) -> Iterator[ShipMatch]:
        for m in self.prefix_re.finditer(text):
            name = _trim(m.group("name"))
            prefix = re.sub(r"\s+", "", m.group("prefix"))
            country = self.prefixes.get(prefix) or self.prefixes.get(m.group("prefix"))
            yield ShipMatch(m.start(), m.start("name") + len(name), name, country, m.group("prefix"))
            yield from self._list(text, m.end(), country, m.group("prefix"))  # "Zr. Ms. Evertsen, Tromp, Van Speijk"
        for m in self.cue_re.finditer(text):
            before = text[max(0, m.start() - 30):m.start()].split()
            country = self.adjectives.get(before[-1]) if before else None  # "het Belgische fregat …"
            first = m.group("name")
            if self._skip(first):
                continue
            name = _trim(first)
            yield ShipMatch(m.start("name"), m.start("name") + len(name), name, country, None)
            yield from self._list(text, m.end(), country, None)

    def _list(self, text: str, pos: int, country: str | None, prefix: str | None) -> Iterator[ShipMatch]:
        """The ships listed after the first one: "…, Johan de Witt and Van Speijk"."""
        while True:
            more = self.more_re.match(text, pos)
            if more is None or more.group("name") in self.stop or more.group("name").split()[0] in self.stop:
                return
            pos = more.end()
            if self._skip(more.group("name")):
                continue  # "…, HS Elli (Greece) and Cristóbal Colon": the prefix rule has HS Elli
            name = _trim(more.group("name"))
            yield ShipMatch(more.start("name"), more.start("name") + len(name), name, country, prefix)

    def _skip(self, name: str) -> bool:
        """A prefixed name ("HNLMS Friesland") is the prefix rule's; a known name is no ship."""
        first = name.split()[0]
        return first in self.prefixes or first.rstrip(".") in self.prefixes or name in self.stop


def _trim(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip())
