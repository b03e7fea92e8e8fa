"""Find entities in a passage: gazetteer names first, then rules for what it lacks.

Order matters and is the disambiguation: references (numbers that look like
anything), gazetteer names longest first (so "1e Duits-Nederlands Legerkorps" wins
over "Duits"), then numbered units, abbreviations in parentheses, agreements
and people. A span once taken is not taken again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from coopviewer.dossier.dates import find_dates
from coopviewer.extract.gazetteer import GazetteerEntity, alias_pattern, load_gazetteer
from coopviewer.extract.references import find_references
from coopviewer.extract.units import (
    NUMBERED_UNIT_RE,
    REGIMENTAL_UNIT_RE,
    SHIP_RE,
    normalize_unit_name,
    ship_name,
)


@dataclass(frozen=True)
class Found:
    key: str
    type: str
    name: str
    english: str | None
    start: int
    end: int
    surface: str
    attrs: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class FoundRelation:
    source: str
    target: str
    kind: str  # integrated_into | part_of | signed_with
    start: int
    end: int


@dataclass(frozen=True)
class EntityInfo:
    key: str
    type: str
    name: str
    english: str | None
    aliases: tuple[str, ...]
    attrs: dict = field(default_factory=dict, hash=False, compare=False)


AGREEMENT_TYPES = {
    "declaration of intent": "Declaration of Intent",
    "doi": "Declaration of Intent",
    "intentieverklaring": "Declaration of Intent",
    "memorandum of understanding": "Memorandum of Understanding",
    "mou": "Memorandum of Understanding",
    "letter of intent": "Letter of Intent",
    "loi": "Letter of Intent",
    "technical arrangement": "Technical Arrangement",
    "statement of intent": "Statement of Intent",
    "raamverdrag": "Raamverdrag",
    "common army vision": "Common Army Vision",
}
AGREEMENT_RE = re.compile(
    r"(?<![\w])(Declaration of Intent|DOI|[Ii]ntentieverklaring|Memorandum of Understanding|MoU|Letter of Intent|LoI|"
    r"Technical Arrangement|Statement of Intent|[Rr]aamverdrag|Common Army Vision)(?![\w])"
)
PERSON_RE = re.compile(
    r"(?:Minister|minister|Staatssecretaris|staatssecretaris|collega),?\s+(?:(?:dr|mr|drs|ir)\.\s+)*"
    r"(?P<name>[A-Z][a-zé]+(?:\s+(?:van der|von der|van den|van|de|von)\s+)?(?:\s?[A-Z][a-zé]+(?:-[A-Z][a-zé]+)?)+)"
)
ABBREV_RE = re.compile(r"(?P<long>(?:[A-Z][\w’'-]+\s+){1,5}?)\((?P<abbr>[A-Z][A-Za-z]{1,7})\)")
UNIT_HEADS = ("Commando ", "Korps ", "Command ", "Brigade ", "Divisie ")
UNIT_TAILS = (" Commando", " Command", " Korps", " Brigade", " Bataljon", " Divisie", " Staf", " Dienst",
              " Hoofdkwartier", " Headquarters", " Squadron", " Eskadron", " Groep", " Centrum")
SENTENCE_RE = re.compile(r"[^.!?]*(?:[.!?]+\d{0,2}|$)")
LANGUAGE_CONTEXT = re.compile(r"(?:\bin het|\bhet|\bin|\bals)\s+$", re.I)


def _initials_tail(long_form: str, abbr: str) -> str:
    """The last words of `long_form` whose initials spell `abbr` ("" when none do)."""
    words = long_form.split()
    for k in range(1, len(words) + 1):
        tail = words[-k:]
        if "".join(w[0] for w in tail).upper() == abbr.upper():
            return " ".join(tail)
    return ""


class Extractor:
    """Finds entities, mentions and relations in passage text."""

    def __init__(
        self,
        gazetteer_dir: Path | None = None,
        *,
        extra_aliases: Mapping[str, Iterable[str]] | None = None,
        removed_aliases: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self.entities_by_key: dict[str, GazetteerEntity] = {e.key: e for e in load_gazetteer(gazetteer_dir)}
        removed = {k: set(v) for k, v in (removed_aliases or {}).items()}
        for key, names in (extra_aliases or {}).items():
            if key in self.entities_by_key:
                self.entities_by_key[key].aliases.extend(names)
        self.alias_to_key: dict[str, str] = {}
        self.context_aliases: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        compound_forms: dict[str, str] = {}
        for ent in self.entities_by_key.values():
            for alias in ent.aliases:
                if alias in removed.get(ent.key, set()):
                    continue
                self.alias_to_key.setdefault(alias, ent.key)
            for alias, ctx in ent.context.items():
                self.context_aliases.setdefault(alias, []).append((re.compile(ctx), ent.key))
            for form in ent.compound_only:
                compound_forms[form] = ent.key
        self._extra_keys = {a: k for k, names in (extra_aliases or {}).items() for a in names}
        for alias, key in self._extra_keys.items():
            self.alias_to_key[alias] = key
        self.pattern = alias_pattern([*self.alias_to_key, *self.context_aliases])
        self.compound_pattern = (
            re.compile(rf"(?<![\w])({'|'.join(map(re.escape, compound_forms))})(?=-[A-Z])") if compound_forms else None
        )
        self.compound_forms = compound_forms
        self.units_by_norm: dict[str, str] = {}
        for ent in self.entities_by_key.values():
            if ent.type == "unit":
                for alias in ent.aliases:
                    self.units_by_norm.setdefault(normalize_unit_name(alias), ent.key)
        self._synth: dict[str, EntityInfo] = {}
        self._learned: dict[str, str] = {}  # abbreviation → unit key, from "(DCC)" after its name
        self._learned_re: re.Pattern[str] | None = None

    # --- public API -------------------------------------------------------------------
    def info(self, key: str) -> EntityInfo | None:
        ent = self.entities_by_key.get(key)
        if ent is not None:
            return EntityInfo(ent.key, ent.type, ent.name, ent.english, tuple(dict.fromkeys(ent.aliases)), dict(ent.attrs))
        return self._synth.get(key)

    def entities(self) -> Iterable[EntityInfo]:
        for key in self.entities_by_key:
            info = self.info(key)
            if info is not None:
                yield info

    def _add_unit(self, add, key: str, name: str, m: re.Match, attrs: dict) -> None:
        """A rule's unit match: the gazetteer's entity when the key is known, else a new one."""
        ent = self.entities_by_key.get(key)
        if ent is not None:
            add(Found(key, "unit", ent.name, ent.english, m.start(), m.end(), m.group(0), dict(ent.attrs)))
        else:
            info = self._synth.setdefault(key, EntityInfo(key, "unit", name, None, (name,), attrs))
            add(Found(key, "unit", info.name, None, m.start(), m.end(), m.group(0), dict(info.attrs)))

    def extract(self, text: str) -> list[Found]:
        found: list[Found] = []
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        def add(f: Found) -> None:
            found.append(f)
            taken.append((f.start, f.end))

        for s, e, key, kind in find_references(text):
            add(Found(f"ref:{key}", "reference", key, None, s, e, text[s:e], {"kind": kind}))
        for m in self.pattern.finditer(text):
            s, e, surface = m.start(), m.end(), m.group(0)
            if not free(s, e):
                continue
            key = self._resolve_alias(surface, text)
            if key is None:
                continue
            ent = self.entities_by_key.get(key)
            if ent is None:
                continue
            add(Found(key, ent.type, ent.name, ent.english, s, e, surface, dict(ent.attrs)))
        if self.compound_pattern is not None:
            for m in self.compound_pattern.finditer(text):
                if free(m.start(), m.end()) and not LANGUAGE_CONTEXT.search(text[max(0, m.start() - 12):m.start()]):
                    ent = self.entities_by_key[self.compound_forms[m.group(1)]]
                    add(Found(ent.key, ent.type, ent.name, ent.english, m.start(), m.end(), m.group(0), dict(ent.attrs)))
        for m in [*REGIMENTAL_UNIT_RE.finditer(text), *NUMBERED_UNIT_RE.finditer(text)]:
            if free(m.start(), m.end()):
                norm = normalize_unit_name(m.group(0))
                key = self.units_by_norm.get(norm, f"unit:{norm}")
                self._add_unit(add, key, re.sub(r"\s+", " ", m.group(0)), m, {})
        for m in SHIP_RE.finditer(text):
            if free(m.start(), m.end()):
                name = ship_name(m.group("name"))
                norm = normalize_unit_name(name)
                key = (self.units_by_norm.get(norm) or self.units_by_norm.get(normalize_unit_name(m.group("name")))
                       or f"unit:{norm}")
                self._add_unit(add, key, name, m, {"country": "NL"})
        for m in ABBREV_RE.finditer(text):
            long_form = m.group("long").strip()
            if not long_form.startswith(UNIT_HEADS):
                # "het Defensie Cyber Commando (DCC)": a unit word last, and the
                # abbreviation spelling the initials of the words before it
                long_form = _initials_tail(long_form, m.group("abbr"))
                if not long_form.endswith(UNIT_TAILS):
                    continue
            s = m.start("long") + m.group("long").index(long_form)
            e = s + len(long_form)
            if not free(s, e):
                continue
            abbr = m.group("abbr")
            key = f"unit:{abbr.lower()}"
            if key not in self.entities_by_key:
                info = self._synth.setdefault(key, EntityInfo(key, "unit", long_form, None, (long_form, abbr), {}))
                add(Found(key, "unit", info.name, None, s, e, long_form, {}))
                if free(m.start("abbr"), m.end("abbr")):
                    add(Found(key, "unit", info.name, None, m.start("abbr"), m.end("abbr"), abbr, {}))
                if abbr not in self.alias_to_key and self._learned.setdefault(abbr, key) == key:
                    self._learned_re = None
        # An abbreviation defined once ("… Commando (DCC)") names the unit from then on.
        if self._learned:
            if self._learned_re is None:
                self._learned_re = alias_pattern(list(self._learned))
            for m in self._learned_re.finditer(text):
                if free(m.start(), m.end()):
                    info = self._synth[self._learned[m.group(0)]]
                    add(Found(info.key, "unit", info.name, None, m.start(), m.end(), m.group(0), {}))
        self._agreements(text, free, add)
        for m in PERSON_RE.finditer(text):
            s, e = m.start("name"), m.end("name")
            if free(s, e):
                name = m.group("name")
                key = f"person:{normalize_unit_name(name)}"
                if key not in self.entities_by_key:
                    self._synth.setdefault(key, EntityInfo(key, "person", name, None, (name,), {}))
                    add(Found(key, "person", name, None, s, e, name, {}))
        return sorted(found, key=lambda f: f.start)

    def relations(self, text: str, found: list[Found]) -> list[FoundRelation]:
        """Unit integrated into / part of a formation; agreement signed with countries."""
        out: list[FoundRelation] = []
        units = [f for f in found if f.type == "unit"]
        for a, b in zip(units, units[1:], strict=False):
            between = text[a.end:b.start]
            before = text[max(0, a.start - 40):a.start]
            if re.search(r"integratie van (de |het )?$", before, re.I) and re.fullmatch(
                r"\s+in\s+(de\s+|het\s+)?(\w+\s+)?", between
            ):
                out.append(FoundRelation(a.key, b.key, "integrated_into", a.start, b.end))
            elif re.fullmatch(r"\s+(is\s+)?(geïntegreerd|ingebed)\s+in\s+(de\s+|het\s+)?(\w+\s+)?", between):
                out.append(FoundRelation(a.key, b.key, "integrated_into", a.start, b.end))
            elif re.fullmatch(r"\s+(is\s+|wordt\s+)?(onderdeel|deel)\s+van\s+(de\s+|het\s+)?(\w+\s+)?", between):
                out.append(FoundRelation(a.key, b.key, "part_of", a.start, b.end))
        for ag in (f for f in found if f.type == "agreement"):
            sentence = _sentence_around(text, ag.start)
            for c in found:
                if c.type == "country" and sentence[0] <= c.start < sentence[1] and c.key != "country:NL":
                    out.append(FoundRelation(ag.key, c.key, "signed_with", sentence[0], sentence[1]))
        return out

    # --- helpers ----------------------------------------------------------------------
    def _resolve_alias(self, surface: str, text: str) -> str | None:
        if surface in self.context_aliases and surface not in self.alias_to_key:
            for pattern, key in self.context_aliases[surface]:
                if pattern.search(text):
                    return key
            return None
        return self.alias_to_key.get(surface)

    def _agreements(self, text: str, free, add) -> None:
        for m in AGREEMENT_RE.finditer(text):
            if not free(m.start(), m.end()):
                continue
            kind = AGREEMENT_TYPES[m.group(1).lower()]
            s, e = _sentence_around(text, m.start())
            dates = [d for d in find_dates(text[s:e]) if not d.cited]
            date = next((d.date for d in dates if d.precision == "day"), None) or (dates[0].date if dates else None)
            key = f"agreement:{normalize_unit_name(kind)}" + (f"-{date}" if date else "")
            name = f"{kind} ({date})" if date else kind
            self._synth.setdefault(key, EntityInfo(key, "agreement", name, None, (kind,), {"date": date} if date else {}))
            add(Found(key, "agreement", name, None, m.start(), m.end(), m.group(0), {"date": date} if date else {}))


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, pos), text.rfind("! ", 0, pos), text.rfind("? ", 0, pos))
    start = 0 if start < 0 else start + 2
    end = text.find(". ", pos)
    return start, (len(text) if end < 0 else end + 1)
