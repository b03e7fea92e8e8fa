"""Find entities in a passage: candidates from every recogniser, then one arbitration.

The recognisers: parliamentary references; gazetteer names (countries from CLDR, the
TOML files, the analyst's aliases); numbered units in any numbering, language and
coordination; ships by prefix or type word; a country's service ("de Belgische
marine"); capitalised names with a unit, command or institution head noun;
abbreviations aligned to their long form; names learned earlier in the library
(abbreviations, ships, surnames); agreements; people by title. `arbitration.arbitrate`
keeps the longest, most specific span (see there).

Every entity the gazetteer does not know is a candidate: its attrs carry
`candidate: true` and a `confidence` (0–1) saying how sure the recogniser was, so the
analyst can confirm, merge or hide it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from dataclasses import replace as dc_replace
from pathlib import Path

from coopviewer.dossier.dates import find_dates
from coopviewer.extract.acronyms import definitions
from coopviewer.extract.arbitration import (
    RANK_GAZETTEER,
    RANK_LEARNED,
    RANK_PHRASE,
    RANK_REFERENCE,
    RANK_RULE,
    Candidate,
    arbitrate,
)
from coopviewer.extract.gazetteer import GazetteerEntity, alias_pattern, load_gazetteer, load_heads
from coopviewer.extract.people import PeopleFinder, surname_of
from coopviewer.extract.phrases import PhraseFinder
from coopviewer.extract.references import find_references
from coopviewer.extract.ships import ShipFinder
from coopviewer.extract.units import (
    ABBREVIATED_UNIT_RE,
    COORDINATED_RE,
    NOUN_BEFORE_RE,
    NUMBER_RE,
    NUMBERED_UNIT_RE,
    REGIMENTAL_UNIT_RE,
    compact,
    normalize_unit_name,
    number_and_kind,
    numbered_initials,
)

# How sure each recogniser is of an entity the gazetteer does not know.
CONFIDENCE = {
    "numbered": 0.85, "short-form": 0.8, "coordination": 0.75, "ship-prefix": 0.9, "ship-cue": 0.8,
    "acronym": 0.85, "phrase": 0.65, "compound": 0.55, "person": 0.8, "learned": 0.9, "service": 0.8,
}
# Service words after a country's adjective, capitalised: the service by name ("de Belgische
# Marine", "the Norwegian Air Force"), not an army in general ("de Duitse landmacht").
SERVICE_WORDS = {
    "army": r"Landmacht|Army|Heer|Armée",
    "navy": r"Marine|Navy|Zeemacht",
    "airforce": r"Luchtmacht|Air Force|Luftwaffe",
    "marines": r"Marines|Marine Corps",
    "armedforces": r"Armed Forces|Streitkräfte|Krijgsmacht",
}
STOP_NAMES = set("""
Defensie Zaken Buitenlandse Binnenlandse Financiën Justitie Staat Kamer Tweede Eerste Regering Kabinet Operaties Operations
Staff Defence Defense State Affairs Foreign Januari Februari Maart April Mei Juni Juli Augustus September Oktober November
December January February March May June July August October Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Landstrijdkrachten Zeestrijdkrachten Luchtstrijdkrachten Marechaussee
Commandotroepen Mariniers Navo Nato Benelux Europa Europe Vandaag Today Tekst Foto Hij Zij Ook Die Dat
""".split())


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


# An owner in the genitive and the capitalised words after it: "NATO's Response Force", "de NAVO's Response Force".
POSSESSIVE_NAME_RE = re.compile(r"(?<![\w])(?P<owner>[A-Z][\w-]*)['’]s\s+(?P<rest>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})")
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
LANGUAGE_CONTEXT = re.compile(r"(?:\bin het|\bhet|\bin|\bals)\s+$", re.I)


class Extractor:
    """Finds entities, mentions and relations in passage text; learns names as it reads a library."""

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
        self.country_aliases: dict[str, str] = {}
        self.context_aliases: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        compound_forms: dict[str, str] = {}
        for ent in self.entities_by_key.values():
            for alias in ent.aliases:
                if alias in removed.get(ent.key, set()):
                    continue
                self.alias_to_key.setdefault(alias, ent.key)
                if ent.type == "country":
                    self.country_aliases.setdefault(alias, ent.key)
            for alias, ctx in ent.context.items():
                self.context_aliases.setdefault(alias, []).append((re.compile(ctx), ent.key))
            for form in ent.compound_only:
                compound_forms[form] = ent.key
        self._extra_keys = {a: k for k, names in (extra_aliases or {}).items() for a in names}
        for alias, key in self._extra_keys.items():
            self.alias_to_key[alias] = key
        self.pattern = alias_pattern([*self.alias_to_key, *self.context_aliases])
        # Countries once more on their own, so a country named inside a unit's name is still found.
        self.country_pattern = alias_pattern(list(self.country_aliases))
        self.compound_pattern = (
            re.compile(rf"(?<![\w])({'|'.join(map(re.escape, compound_forms))})(?=-[A-Z])") if compound_forms else None
        )
        self.compound_forms = compound_forms
        self._index_names()
        heads = load_heads(gazetteer_dir)
        adjectives = {a: k.split(":")[1] for a, k in self.country_aliases.items()}
        self.ships = ShipFinder(dict(heads.get("ship", {}).get("prefix", {})), heads.get("ship", {}).get("cues", []),
                                adjectives)
        self.ships.stop = {a for a, k in self.alias_to_key.items() if not k.startswith("unit:")}
        # adjectives lead a name without being part of it ("Belgische …", "Dutch …"); a country's own
        # name or code is part of it ("Netherlands Maritime Forces", "UK Special Boat Service")
        names = {n for e in self.entities_by_key.values() if e.type == "country" for n in (e.name, e.english) if n}
        adjectives_only = {a for a in self.country_aliases if a not in names and not a.isupper()}
        self.phrases = PhraseFinder(heads, adjectives_only)
        from coopviewer.extract.people import PARTIES

        self.people = PeopleFinder(STOP_NAMES | set(self.country_aliases) | set(PARTIES) | {"GroenLinks", "Groen"}
                                   | {a for a in self.alias_to_key if " " not in a and not a.startswith(("person", "Van"))
                                      and self.alias_to_key[a].split(":")[0] in ("unit", "org", "country", "prog")},
                                   frozenset(w for t in ("unit", "organisation") for w in heads.get(t, {}).get("words", [])
                                             if " " not in w))
        self._service_re = self._service_pattern()
        self._synth: dict[str, EntityInfo] = {}
        self._synth_by_compact: dict[str, str] = {}
        self._created_now: set[str] = set()
        self._learned: dict[str, str] = {}  # abbreviation, ship name or surname → entity key
        self._learned_kind: dict[str, str] = {}
        self._learned_re: re.Pattern[str] | None = None

    def _index_names(self) -> None:
        """Normalised names of every unit and organisation, for the rules to find the gazetteer's entity."""
        self.units_by_norm: dict[str, str] = {}
        self.units_by_compact: dict[str, str] = {}
        self.units_by_number: dict[tuple[int, str], set[str]] = {}
        adjectives = {normalize_unit_name(a) for a in self.country_aliases} | {
            normalize_unit_name(a).rstrip("e") for a in self.country_aliases}
        self._adjective_norms = {a for a in adjectives if a and "-" not in a}
        for ent in self.entities_by_key.values():
            if ent.type not in ("unit", "organisation"):
                continue
            for alias in ent.aliases:
                norm = normalize_unit_name(alias)
                self.units_by_norm.setdefault(norm, ent.key)
                self.units_by_compact.setdefault(compact(self._bare(norm)), ent.key)
                nk = number_and_kind(norm)
                if nk and ent.type == "unit":
                    self.units_by_number.setdefault(nk, set()).add(ent.key)

    def _bare(self, norm: str) -> str:
        """A normalised name without the nationality adjectives inside it ("1-duitse-pantserdivisie" → "1-pantserdivisie")."""
        parts = [p for p in re.split(r"[-/]", norm) if p not in self._adjective_norms and p.rstrip("e") not in self._adjective_norms]
        return "-".join(parts) or norm

    def _service_pattern(self) -> re.Pattern[str] | None:
        self.services: dict[tuple[str, str], str] = {}
        for ent in self.entities_by_key.values():
            service, country = ent.attrs.get("service"), ent.attrs.get("country")
            if service and country:
                self.services.setdefault((country, service), ent.key)
        if not self.services:
            return None
        kinds = "|".join(f"(?P<{k}>{w})" for k, w in SERVICE_WORDS.items())
        return re.compile(rf"(?<=\s)(?:{kinds})(?![\w])")

    # --- public API -------------------------------------------------------------------
    def info(self, key: str) -> EntityInfo | None:
        ent = self.entities_by_key.get(key)
        if ent is not None:
            return EntityInfo(ent.key, ent.type, ent.name, ent.english, tuple(dict.fromkeys(ent.aliases)), dict(ent.attrs))
        return self._synth.get(key)

    def learned_count(self, key: str) -> int:
        """How many names the entity has learned: info(key).attrs["learned"], without copying the info."""
        ent = self.entities_by_key.get(key)
        info = ent if ent is not None else self._synth.get(key)
        return len(info.attrs.get("learned", ())) if info is not None else 0

    def entities(self) -> Iterable[EntityInfo]:
        for key in self.entities_by_key:
            info = self.info(key)
            if info is not None:
                yield info

    def remember(self, key: str, type_: str, name: str, aliases: Iterable[str], attrs: Mapping) -> None:
        """Take back an entity learned from an earlier document of the library (its abbreviation, ship or surname)."""
        if key in self.entities_by_key or key in self._synth:
            return
        info = EntityInfo(key, type_, name, None, tuple(aliases), dict(attrs))
        self._synth[key] = info
        for alias in attrs.get("learned", []):
            if alias not in self.alias_to_key:
                self._learned[alias] = key
                self._learned_kind[alias] = attrs.get("learned_kind") or "name"
                self._learned_re = None
        if type_ == "unit":
            self._synth_by_compact.setdefault(compact(self._bare(key.split(":", 1)[1])), key)

    def extract(self, text: str) -> list[Found]:
        self._created_now: set[str] = set()  # candidate entities first seen in this passage
        cands: list[Candidate] = []
        for s, e, key, kind in find_references(text):
            cands.append(Candidate(s, e, f"ref:{key}", "reference", key, None, text[s:e], RANK_REFERENCE,
                                   attrs={"kind": kind}))
        self._gazetteer(text, cands)
        self._numbered(text, cands)
        self._ships(text, cands)
        self._services(text, cands)
        self._phrases(text, cands)
        self._possessive_names(text, cands)
        self._learned_names(text, cands)
        self._agreements(text, cands)
        self._people(text, cands)
        self._nested_countries(text, cands)
        chosen = arbitrate(cands)
        chosen = self._acronyms(text, chosen)
        out = []
        for c in chosen:
            attrs = dict(c.attrs)
            if c.confidence < 1.0:
                attrs["confidence"] = round(c.confidence, 2)
            out.append(Found(c.key, c.type, c.name, c.english, c.start, c.end, c.surface, attrs))
        return out

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

    # --- recognisers ------------------------------------------------------------------
    def _known(self, key: str, s: int, e: int, surface: str, rank: int, confidence: float = 1.0,
               attrs: Mapping | None = None) -> Candidate | None:
        ent = self.entities_by_key.get(key)
        if ent is not None:
            extra = dict(attrs or {})
            return Candidate(s, e, key, ent.type, ent.name, ent.english, surface, rank, confidence, {**ent.attrs, **extra})
        info = self._synth.get(key)
        if info is not None:
            return Candidate(s, e, key, info.type, info.name, info.english, surface, rank,
                             min(confidence, info.attrs.get("confidence", 1.0)), dict(info.attrs))
        return None

    def _new(self, key: str, type_: str, name: str, s: int, e: int, surface: str, rank: int, source: str,
             aliases: Iterable[str] = (), attrs: Mapping | None = None, confidence: float | None = None) -> Candidate:
        """A candidate entity the gazetteer does not know (or the one created for it earlier)."""
        known = self._known(key, s, e, surface, rank, confidence or CONFIDENCE[source])
        if known is not None:
            return known
        conf = confidence or CONFIDENCE[source]
        info_attrs = {**dict(attrs or {}), "candidate": True, "confidence": conf, "source": source}
        self._synth[key] = EntityInfo(key, type_, name, None, tuple(dict.fromkeys([name, *aliases])), info_attrs)
        self._created_now.add(key)
        return Candidate(s, e, key, type_, name, None, surface, rank, conf, dict(info_attrs))

    def _gazetteer(self, text: str, cands: list[Candidate]) -> None:
        for m in self.pattern.finditer(text):
            key = self._resolve_alias(" ".join(m.group(0).split()), text)  # a name broken over two lines
            c = self._known(key, m.start(), m.end(), m.group(0), RANK_GAZETTEER) if key else None
            if c is not None:
                cands.append(c)
        if self.compound_pattern is not None:
            for m in self.compound_pattern.finditer(text):
                if not LANGUAGE_CONTEXT.search(text[max(0, m.start() - 12):m.start()]):
                    key = self.compound_forms[m.group(1)]
                    cands.append(self._known(key, m.start(), m.end(), m.group(0), RANK_GAZETTEER))

    def _nested_countries(self, text: str, cands: list[Candidate]) -> None:
        """Countries inside a unit's or organisation's name ("1e Duitse Pantserdivisie"), which the one
        gazetteer scan passes over when a longer name starts at the same place."""
        spans = {(c.start, c.end) for c in cands if c.type in ("unit", "organisation") and c.length > 3}
        seen = {(c.start, c.end) for c in cands if c.type == "country"}
        for start, end in spans:
            for m in self.country_pattern.finditer(text, start, end):
                if (m.start(), m.end()) not in seen:
                    seen.add((m.start(), m.end()))
                    key = self.country_aliases[" ".join(m.group(0).split())]
                    cands.append(self._known(key, m.start(), m.end(), m.group(0), RANK_GAZETTEER))

    def _unit_key(self, name: str) -> tuple[str | None, str]:
        """The gazetteer's (or an earlier candidate's) key for a unit name, and how it was found."""
        name = " ".join(name.split())
        norm = normalize_unit_name(name)
        key = self.units_by_norm.get(norm) or self.units_by_compact.get(compact(self._bare(norm)))
        if key:
            return key, "known"
        if f"unit:{norm}" in self._synth:
            return f"unit:{norm}", "known"
        if compact(self._bare(norm)) in self._synth_by_compact:  # a split compound of a unit found earlier
            return self._synth_by_compact[compact(self._bare(norm))], "known"
        nk = number_and_kind(self._bare(norm))
        if nk:
            keys = self.units_by_number.get(nk, set())
            named = {self.country_aliases[m.group(0)].split(":")[1] for m in self.country_pattern.finditer(name)}
            if len(keys) == 1:
                only = next(iter(keys))
                country = self.entities_by_key[only].attrs.get("country", "")
                if not named or country.split(":")[-1] in named:
                    return only, "short-form"
        return None, "new"

    def _numbered(self, text: str, cands: list[Candidate]) -> None:
        for m in [*REGIMENTAL_UNIT_RE.finditer(text), *NUMBERED_UNIT_RE.finditer(text)]:
            name = re.sub(r"\s+", " ", m.group(0))
            unit = self._unit(name, m.start(), m.end(), m.group(0), "numbered")
            cands.append(unit)
            groups = m.groupdict()
            if unit is not None and groups.get("num") and groups.get("rest"):  # "2nd Marine Combat Group" is "2MCG" from here on
                for short in numbered_initials(groups["num"], groups["rest"]):
                    self._learn(short, unit.key, "abbreviation")
            rest = groups.get("rest") or groups.get("rest2") or groups.get("rest3")
            if not rest:
                continue
            pos = m.start()
            while (co := COORDINATED_RE.search(text[max(0, pos - 40):pos])) is not None:  # "de 43ste en 13de Brigade"
                s = max(0, pos - 40) + co.start("num")
                first = co.group("num")
                shared = " ".join(rest.split())
                cands.append(self._unit(f"{first} {shared}", s, s + len(first), first, "coordination"))
                pos = s
        for m in ABBREVIATED_UNIT_RE.finditer(text):
            cands.append(self._unit(m.group(0), m.start(), m.end(), m.group(0), "numbered"))
        for n in NUMBER_RE.finditer(text):  # "Panzerbataillon 414" is "414 Panzerbataillon"
            left = max(0, n.start() - 80)
            m = NOUN_BEFORE_RE.search(text, left, n.start())
            if m is None:
                continue
            name = f"{n.group(0)} {' '.join(m.group('rest').split())}"
            key, _ = self._unit_key(name)
            if key is not None:  # only when it names a known unit: "Group 1" alone says too little
                cands.append(self._unit(name, m.start(), n.end(), text[m.start():n.end()], "numbered"))

    def _unit(self, name: str, s: int, e: int, surface: str, source: str) -> Candidate:
        key, how = self._unit_key(name)
        if key is not None:
            conf = 1.0 if how == "known" and source == "numbered" else CONFIDENCE["short-form" if how == "short-form" else source]
            return self._known(key, s, e, surface, RANK_RULE, conf)
        norm = normalize_unit_name(name)
        self._synth_by_compact.setdefault(compact(self._bare(norm)), f"unit:{norm}")
        return self._new(f"unit:{norm}", "unit", name, s, e, surface, RANK_RULE, source)

    def _ships(self, text: str, cands: list[Candidate]) -> None:
        for ship in self.ships.find(text):
            norm = normalize_unit_name(ship.name)
            dutch = f"unit:zr-ms-{norm}"
            if ship.country == "NL" or (ship.country is None and (dutch in self._synth or dutch in self.entities_by_key)):
                key, name, aliases = dutch, f"Zr.Ms. {ship.name}", [ship.name, f"HNLMS {ship.name}"]
                if self.units_by_norm.get(normalize_unit_name(name)):
                    key = self.units_by_norm[normalize_unit_name(name)]
                elif self.units_by_norm.get(norm):
                    key = self.units_by_norm[norm]
            else:
                key = f"unit:ship-{norm}"
                name = f"{ship.prefix} {ship.name}" if ship.prefix else ship.name
                aliases = [ship.name]
            attrs = {"country": f"country:{ship.country}"} if ship.country else {}
            attrs["kind"] = "ship"
            source = "ship-prefix" if ship.prefix else "ship-cue"
            c = self._new(key, "unit", name, ship.start, ship.end, text[ship.start:ship.end], RANK_RULE, source,
                          aliases, attrs)
            cands.append(c)
            self._learn(ship.name, c.key, "ship")

    def _services(self, text: str, cands: list[Candidate]) -> None:
        """"de Belgische marine", "the Norwegian Air Force": a country's service by adjective and service word."""
        if self._service_re is None:
            return
        for m in self._service_re.finditer(text):
            before = text[max(0, m.start() - 40):m.start()].split()
            for n in (1, 2, 3):  # "Belgische", "Verenigde Staten", "Bosnië en Herzegovina"
                adj = " ".join(before[-n:])
                if len(before) >= n and adj in self.country_aliases:
                    break
            else:
                continue
            country = self.country_aliases[adj]
            kind = next(k for k in SERVICE_WORDS if m.group(k))
            key = self.services.get((country, kind))
            start = text.rfind(adj, 0, m.start())
            if start < 0:
                continue
            if key:
                cands.append(self._known(key, start, m.end(), text[start:m.end()], RANK_GAZETTEER))
            else:  # a country the reference data has no services for: "the Polish Air Force"
                surface = text[start:m.end()]
                code = country.split(":")[-1].lower()
                cands.append(self._new(f"unit:service-{code}-{kind}", "unit", " ".join(surface.split()), start, m.end(),
                                       surface, RANK_RULE, "service", attrs={"country": country, "service": kind}))

    def _phrases(self, text: str, cands: list[Candidate]) -> None:
        for p in self.phrases.find(text):
            norm = normalize_unit_name(p.text)
            key = self.units_by_norm.get(norm) or self.units_by_compact.get(compact(self._bare(norm)))
            if key is not None:
                c = self._known(key, p.start, p.end, p.text, RANK_PHRASE)
            else:
                prefix = "unit" if p.type == "unit" else "org"
                c = self._new(f"{prefix}:{norm}", p.type, p.text, p.start, p.end, p.text, RANK_PHRASE,
                              "compound" if p.single else "phrase")
            if c is not None:
                cands.append(c)

    def _possessive_names(self, text: str, cands: list[Candidate]) -> None:
        """"NATO's Response Force": a known name written with its owner in the genitive."""
        for m in POSSESSIVE_NAME_RE.finditer(text):
            words = m.group("rest").split()
            for n in range(len(words), 0, -1):  # the longest known name first
                key = self.units_by_norm.get(normalize_unit_name(f"{m.group('owner')} {' '.join(words[:n])}"))
                if key is not None:
                    end = text.find(words[n - 1], m.start("rest")) + len(words[n - 1])
                    c = self._known(key, m.start(), end, text[m.start():end], RANK_RULE)
                    if c is not None:
                        cands.append(c)
                    break

    def _acronyms(self, text: str, chosen: list[Candidate]) -> list[Candidate]:
        """"Permanent Joint Headquarters (PJHQ)": the abbreviation names the entity its long form names.

        The long form is the entity the arbitration chose right before the parenthesis, or
        else a new one when the aligned words carry a head noun. Either way the abbreviation
        names that entity from here on, in this document and the rest of the library.
        """
        out = list(chosen)
        for ls, le, as_, ae, abbr in definitions(text):
            if abbr in self.alias_to_key:
                continue
            host = next((c for c in chosen if c.type in ("unit", "organisation") and c.end == le
                         and c.start <= ls + 1 + (le - ls) // 2), None)
            if host is None:
                long_text = text[ls:le]
                heads = self.phrases._heads(long_text.split())
                inside = [c for c in out if c.start < le and ls < c.end and c.type != "country"]
                # a capitals-only name inside the long form gives way to it ("Nordic Centre for Gender" in
                # "Nordic Centre for Gender in Military Operations (NCGM)"); anything else stands
                if not heads or any(c.rank > RANK_PHRASE or c.start < ls or c.end > le for c in inside):
                    continue
                out = [c for c in out if c not in inside]
                type_ = heads[-1][2]
                prefix = "unit" if type_ == "unit" else "org"
                host = self._new(f"{prefix}:{normalize_unit_name(abbr)}", type_, re.sub(r"\s+", " ", long_text), ls, le,
                                 long_text, RANK_RULE, "acronym", [abbr])
                out.append(host)
            elif (host.attrs.get("source") in ("phrase", "compound") and host.key in self._created_now
                  and self._free_or_same(f"{host.key.split(':')[0]}:{normalize_unit_name(abbr)}", host.name)):
                # a name the phrase rule found, now confirmed by its abbreviation: keyed by the abbreviation
                # ("unit:dcc"), and the long form finds it from here on
                prefix = host.key.split(":")[0]
                renamed = self._new(f"{prefix}:{normalize_unit_name(abbr)}", host.type, host.name, host.start, host.end, host.surface,
                                    RANK_RULE, "acronym", [abbr])
                norm = normalize_unit_name(host.name)
                self.units_by_norm[norm] = renamed.key
                self.units_by_compact.setdefault(compact(self._bare(norm)), renamed.key)
                # every mention of the long form in this passage moves to the new key, not only
                # the one before the parenthesis (a heading may have named it first): no twin
                out = [renamed if c is host else (dc_replace(c, key=renamed.key, attrs=dict(renamed.attrs))
                                                  if c.key == host.key else c) for c in out]
                self._synth.pop(host.key, None)
                host = renamed
            if any(c.start < ae and as_ < c.end for c in out):
                continue
            self._learn(abbr, host.key, "abbreviation")
            for m in re.finditer(rf"(?<![\w]){re.escape(abbr)}(?![\w])", text[as_:]):  # here and later in the passage
                s, e = as_ + m.start(), as_ + m.end()
                if s == as_ or not any(c.start < e and s < c.end for c in out):
                    out.append(Candidate(s, e, host.key, host.type, host.name, host.english, abbr, RANK_LEARNED,
                                         host.confidence, dict(host.attrs)))
        return sorted(out, key=lambda c: (c.start, -c.length))

    def _free_or_same(self, key: str, name: str) -> bool:
        """No other entity holds `key` yet ("(CSSM)" may stand for two things in two papers)."""
        other = self._synth.get(key)
        return key not in self.entities_by_key and (other is None or other.name == name)

    def _learn(self, alias: str, key: str, kind: str) -> None:
        if alias in self.alias_to_key or self._learned.get(alias) == key or len(alias) < 2:
            return
        self._learned[alias] = key
        self._learned_kind[alias] = kind
        self._learned_re = None
        info = self._synth.get(key)
        if info is not None:
            learned = [*info.attrs.get("learned", []), alias]
            self._synth[key] = EntityInfo(info.key, info.type, info.name, info.english,
                                          tuple(dict.fromkeys([*info.aliases, alias])),
                                          {**info.attrs, "learned": learned, "learned_kind": kind})

    def _learned_names(self, text: str, cands: list[Candidate]) -> None:
        """Names learned earlier: an abbreviation, a ship's bare name, a person's surname."""
        if not self._learned:
            return
        if self._learned_re is None:
            self._learned_re = alias_pattern(list(self._learned))
        for m in self._learned_re.finditer(text):
            alias = m.group(0)
            kind = self._learned_kind.get(" ".join(alias.split()))
            if kind == "ship" and not re.search(r"(?:\b[Tt]he|\b[Dd]e|\b[Hh]et)\s+$", text[max(0, m.start() - 5):m.start()]):
                continue  # a ship's bare name only after an article: "the Van Amstel"
            c = self._known(self._learned[" ".join(alias.split())], m.start(), m.end(), alias, RANK_LEARNED,
                            CONFIDENCE["learned"])
            if c is not None:
                cands.append(c)

    def _people(self, text: str, cands: list[Candidate]) -> None:
        for p in self.people.find(text):
            surname = surname_of(p.name)
            key = (self.alias_to_key.get(p.name) or self.alias_to_key.get(surname)
                   or self._learned.get(surname) or self._learned.get(p.name))
            if key is None or not key.startswith("person:"):
                key = f"person:{normalize_unit_name(surname)}"
            c = self._new(key, "person", p.name, p.start, p.end, text[p.start:p.end], RANK_RULE, "person", [surname])
            cands.append(c)
            for form in {surname, *(surname.split("-")[:1] if "-" in surname else [])}:
                if len(form) >= 4 and form not in STOP_NAMES:
                    self._learn(form, c.key, "surname")

    def _agreements(self, text: str, cands: list[Candidate]) -> None:
        for m in AGREEMENT_RE.finditer(text):
            kind = AGREEMENT_TYPES[m.group(1).lower()]
            s, e = _sentence_around(text, m.start())
            dates = [d for d in find_dates(text[s:e]) if not d.cited]
            date = next((d.date for d in dates if d.precision == "day"), None) or (dates[0].date if dates else None)
            key = f"agreement:{normalize_unit_name(kind)}" + (f"-{date}" if date else "")
            name = f"{kind} ({date})" if date else kind
            attrs = {"date": date} if date else {}
            self._synth.setdefault(key, EntityInfo(key, "agreement", name, None, (kind,), attrs))
            cands.append(Candidate(m.start(), m.end(), key, "agreement", name, None, m.group(0), RANK_RULE, 1.0, attrs))

    # --- helpers ----------------------------------------------------------------------
    def _resolve_alias(self, surface: str, text: str) -> str | None:
        if surface in self.context_aliases and surface not in self.alias_to_key:
            for pattern, key in self.context_aliases[surface]:
                if pattern.search(text):
                    return key
            return None
        return self.alias_to_key.get(surface)


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, pos), text.rfind("! ", 0, pos), text.rfind("? ", 0, pos))
    start = 0 if start < 0 else start + 2
    end = text.find(". ", pos)
    return start, (len(text) if end < 0 else end + 1)
