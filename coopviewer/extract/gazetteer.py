"""The gazetteer: entities and all their names, from Babel (countries) and data/gazetteer/*.toml.

Babel (CLDR) holds every country's Dutch and English name; the TOML files add what
no library knows (adjectives, compound forms, units, frameworks, programmes,
people). Everything is compiled once into one regex alternation, longest name
first, so matching a passage is one scan.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale

PSEUDO_TERRITORIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ", "IM", "BV", "HM", "UM", "TF", "IO"}
MIN_BABEL_NAME = 4  # shorter country names ("Man") are common words; short forms come from the TOML


@dataclass
class GazetteerEntity:
    key: str
    type: str
    name: str
    english: str | None
    aliases: list[str] = field(default_factory=list)
    attrs: dict = field(default_factory=dict)
    # alias → regex the passage must match for the alias to count (disambiguation)
    context: dict[str, str] = field(default_factory=dict)
    # forms that are also a language: only a compound ("Engels-Nederlandse") counts
    compound_only: list[str] = field(default_factory=list)


def default_gazetteer_dir() -> Path:
    """data/gazetteer in a source tree, an installed wheel or a frozen app."""
    from coopviewer.config import data_dir

    here = Path(__file__).resolve().parent.parent
    for candidate in (
        data_dir() / "gazetteer",
        here.parent / "data" / "gazetteer",
        Path(sys.prefix) / "share" / "coopviewer" / "gazetteer",
    ):
        if candidate.is_dir():
            return candidate
    return here.parent / "data" / "gazetteer"


def _read(path: Path) -> dict:
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def load_gazetteer(directory: Path | None = None) -> list[GazetteerEntity]:
    directory = directory or default_gazetteer_dir()
    out: list[GazetteerEntity] = []
    nl, en = Locale("nl").territories, Locale("en").territories
    extra = _read(directory / "countries.toml")
    for code, name in nl.items():
        if not (len(code) == 2 and code.isalpha()) or code in PSEUDO_TERRITORIES:
            continue
        add = extra.get(code, {})
        dutch = add.get("name_nl", name)
        english = add.get("english", en.get(code))
        aliases = [dutch]
        if english and len(english) >= MIN_BABEL_NAME and " (" not in english:
            aliases.append(english)
        if len(dutch) < MIN_BABEL_NAME and "name_nl" not in add:
            aliases.remove(dutch)
        aliases += add.get("aliases", [])
        compounds = [f"{c}-" for c in add.get("compound", [])]
        ent = GazetteerEntity(f"country:{code}", "country", dutch, english, aliases, {"iso": code})
        ent.compound_only = list(add.get("language", []))
        ent.aliases += [a for a in add.get("adjective", []) if a not in ent.compound_only]
        ent.attrs["compound"] = compounds
        ent.context = dict(add.get("context", {}))
        out.append(ent)
    prefixes = {"unit": "unit", "organisation": "org", "programme": "prog", "person": "person"}
    # Every other TOML file may hold entity tables ([[unit]], [[organisation]] …): units.toml,
    # forces.toml (the partners' own forces) and whatever an analyst adds.
    for path in sorted(directory.glob("*.toml")):
        if path.name == "countries.toml":
            continue
        data = _read(path)
        for type_, prefix in prefixes.items():
            rows = data.get(type_, [])
            for row in rows if isinstance(rows, list) else []:  # heads.toml has [unit] word lists, not rows
                out.append(_entity(type_, prefix, row))
    return out


def _entity(type_: str, prefix: str, row: dict) -> GazetteerEntity:
    attrs = {}
    if row.get("country"):
        attrs["country"] = f"country:{row['country']}"
    if row.get("parent"):
        attrs["parent"] = f"unit:{row['parent']}"
    if row.get("service"):
        attrs["service"] = row["service"]
    ent = GazetteerEntity(
        f"{prefix}:{row['key']}", type_, row["name"], row.get("english"),
        [row["name"], *row.get("aliases", []), *([row["english"]] if row.get("english") else [])], attrs,
    )
    ent.context = dict(row.get("context", {}))
    return ent


def load_heads(directory: Path | None = None) -> dict:
    """The head nouns and ship cues of heads.toml (see that file)."""
    return _read((directory or default_gazetteer_dir()) / "heads.toml")


def alias_pattern(aliases: list[str]) -> re.Pattern[str]:
    """One pattern for all aliases, longest match first, on word boundaries (hyphen counts as one).

    The alternation is built as a trie ("Duits|Duitse|Duitsland" → "Duits(?:e|land)?"), so
    the regex engine follows one branch per character instead of trying every alias at every
    position: a passage is scanned several times faster than with a flat alternation.
    """
    # a space in a name matches any run of whitespace: "Koninklijke\nLuchtmacht", "UK/NL  Amphibious Force"
    body = trie_alternation(aliases).replace(re.escape(" "), r"\s+")
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])")


def trie_alternation(words: list[str]) -> str:
    """A regex matching any of `words`, longest first, as a trie."""
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # the alias may end here; the longer ones are tried first (greedy)
        return f"(?:{body})?"
    return body
