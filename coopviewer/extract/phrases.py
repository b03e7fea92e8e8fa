"""Names the gazetteer does not know, found by their head noun.

A run of capitalised words ("Maritime Warfare Centre", "Admiraliteit Benelux", "Control
and Reporting Centre", "Mechanised Infantry Brigade Iron Wolf") is a unit or an
organisation when one of its words is a head noun of heads.toml, in Dutch, English,
German or French; that noun also gives the type. The head may come last (English,
"Joint Support Command") or first (Dutch, German, French: "Korps Mariniers",
"Division Schnelle Kräfte", "Ministerie van Defensie"). A single capitalised compound
counts when it ends in a unit noun ("Marinecomponent").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_CAP = r"(?:[dl][’'])?[A-ZÀ-ÖØ-Þ][\w’'/&-]*"  # "d’Instruction" too
_CONNECT = r"(?:of|and|for|van|voor|en|der|des|du|de|la|le|für|von|zur|zum)"
# a day of a date is no part of a name: "Raad Buitenlandse Zaken Defensie van 20 mei"
_MONTH = (r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
          r"January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Januar|Februar|März|Juni|Juli|Oktober|Dezember|janvier|février|mars|avril|mai|juin|juillet|août|"
          r"septembre|octobre|novembre|décembre)")
PHRASE_RE = re.compile(
    rf"(?<![\w’'/&-]){_CAP}(?:[ \t]*\n?[ \t]*(?:{_CONNECT}[ \t]+)?(?:{_CAP}|\d{{1,2}}(?![\w.,])(?!\s+{_MONTH}\b)))*"
)
# Words that start a sentence or a clause, capitalised only by their position.
LEADING = frozenset("""
Foto Tekst Beeld Photo Picture Text Bron Source De Het Een The A An In Op Bij Met Voor Van Na Als Ook En Maar Dat Die Deze Dit Zo Om Uit Tot Door Onder Over Naar
Zijn Haar Hun Ons Onze Mijn Uw This That These Those Its His Her Their Our At On By With For From To Of And But As
After Since During Within Under Also Both All Each Every It We He She They Ik Wij We Hij Zij Er Wat Wie Hoe Waar When
While If Mr Mrs Ms Dear Sinds Tijdens Binnen Volgens Namens Via Vanaf Vanuit Behalve Alle Beide Elke Iedere Geen
Nieuwe New Former Toenmalige Voormalige Huidige Current Then Today Vandaag Gisteren Morgen Yesterday Tomorrow
Bovendien Daarnaast Daarmee Daarom Hierbij Dus Wel Niet Nog Al Reeds Zowel Within Within Why Waarom Because Omdat
Hoewel Although Though However Echter Toch Verder Further Furthermore Moreover Ook Indeed Inmiddels Meanwhile
""".split())
# A name that starts with a position is the position's holder, not a unit ("Commandant
# Landstrijdkrachten", "Force Commander"); one that ends in these nouns is a document,
# a course or an event ("Capability Development Plan", "Submarine Command Course").
POSITIONS = frozenset("""
Commandant Commander Commandeur Chef Chief Directeur Director Hoofd Head Minister Ministers Staatssecretaris Secretary
Generaal General Admiraal Admiral Kolonel Colonel Kapitein Captain Plaatsvervangend Plaatsvervangende Deputy Adjunct
Voorzitter Chairman Chair President Inspecteur Inspector Attaché Officer Officier Liaison
""".split())
NOT_ENTITIES = frozenset("""
Course Cursus Opleiding Plan Plannen Programme Program Programma Priorities Prioriteiten Exercise Oefening Conference
Conferentie Report Rapport Strategy Strategie Agreement Treaty Verdrag Declaration Verklaring Summit Top Meeting
Development Review Study Studie Concept Vision Visie Roadmap Agenda Notitie Nota Brief Letter Act Wet Initiative
""".split())
# Compounds too common alone to be a name ("Beneluxcentrum", "Landstrijdkrachten").
GENERIC_SUFFIXES = frozenset({"centrum", "dienst", "staf", "strijdkrachten", "streitkräfte", "marine", "luchtmacht",
                              "landmacht", "korps"})
_CUT = {"of", "van", "voor", "for", "für", "von", "zur", "zum", "in"}
_JOIN = {"and", "en", "der", "des", "du", "de", "la", "le"}
_JOIN_OR_CUT = _JOIN | _CUT  # once, not at every word a phrase is trimmed by
_TOKEN_RE = re.compile(r"\S+")
_ABBREVIATION_COMPOUND_RE = re.compile(r"[A-Z]{1,6}-[a-z]\w*")


@dataclass(frozen=True)
class PhraseMatch:
    start: int
    end: int
    text: str
    type: str  # unit | organisation
    single: bool  # one compound word


class PhraseFinder:
    def __init__(self, heads: dict, leading_extra: set[str]) -> None:
        self.kind: dict[tuple[str, ...], str] = {}
        for type_ in ("unit", "organisation"):
            for word in heads.get(type_, {}).get("words", []):
                self.kind.setdefault(tuple(word.split()), type_)
        self.longest = max((len(k) for k in self.kind), default=1)
        self.compounds = {c: t for t in ("unit", "organisation") for c in heads.get(t, {}).get("compound", [])}
        alternation = "|".join(sorted(self.compounds, key=len, reverse=True))
        # a compound ending in a head noun, with at least four letters before it ("Marinecomponent")
        self.compound_re = re.compile(rf"^\w{{4,}}?({alternation})$") if self.compounds else None
        # after a country's adjective a shorter or commoner compound is a name too ("het Duitse Seebataljon",
        # "de Nederlandse Mijnendienst"): the adjective says a particular force is meant
        self.national_compound_re = re.compile(rf"^\w{{2,}}?({alternation})$") if self.compounds else None
        self.adjectives = set(leading_extra)
        self.bare_heads = {k[0].lower() for k in self.kind if len(k) == 1}
        self.leading = LEADING | leading_extra  # + country adjectives and titles, stripped from the front

    def find(self, text: str) -> Iterator[PhraseMatch]:
        for m in PHRASE_RE.finditer(text):
            for start, end in _segments(text, m.start(), m.end()):
                if _is_heading(text, start, end):
                    continue
                yield from self._phrase(text, [(t.start() + start, t.end() + start, t.group(0))
                                               for t in _TOKEN_RE.finditer(text[start:end])])

    def _phrase(self, text: str, tokens: list[tuple[int, int, str]]) -> Iterator[PhraseMatch]:
        # two names joined: "… Staff of The Netherlands Maritime Forces", "Naval Group en ECA Group"
        for i in range(1, len(tokens) - 1):
            low, nxt = tokens[i][2].lower(), tokens[i + 1][2]
            joined_heads = low in ("and", "en") and self._heads([tokens[i - 1][2]]) and \
                self._heads([w for _, _, w in tokens[i + 1:]])
            if (low in _CUT and nxt in ("The", "De", "Het")) or joined_heads:
                yield from self._phrase(text, tokens[:i])
                yield from self._phrase(text, tokens[i + 1:])
                return
        if tokens:
            # leading words capitalised by position, adjectives and titles
            national = False  # the name follows a country's adjective
            while tokens and (tokens[0][2] in self.leading or tokens[0][2].lower() in _JOIN_OR_CUT
                              or tokens[0][2].endswith(("'s", "’s"))):  # "the UK's Amphibious Task Group"
                national = tokens[0][2] in self.adjectives
                tokens.pop(0)
            while tokens and tokens[-1][2].lower() in _JOIN_OR_CUT:
                tokens.pop()
            if not tokens:
                return
            while tokens and _is_adjective_compound(tokens[0][2], self.leading):  # "Belgisch-Nederlandse …"
                tokens.pop(0)
            last = tokens[-1][2] if tokens else ""
            last = last.rsplit("-", 1)[-1]  # "Cooperation Action-Plan"
            if not tokens or tokens[0][2] in POSITIONS or last.capitalize() in NOT_ENTITIES \
                    or last.lower().endswith(("course", "cursus")):
                return
            words = [w for _, _, w in tokens]
            if len(words) == 1:
                found = self._national(tokens[0]) if national else None
                found = found or self._single(text, tokens[0])
                if found:
                    yield found
                return
            heads = self._heads(words)
            if not heads:
                return
            first_start, last_end, type_ = heads[0][0], heads[-1][1], heads[-1][2]
            tail_is_number = all(w.isdigit() for w in words[last_end:])
            if any(w in POSITIONS for w in words[first_start:]):
                return  # "Force Commander", "Commander of the Navy"
            if tail_is_number:  # head last: "Members of Defence Committee" → "Defence Committee"
                begin = 0
                for i in range(first_start):
                    if words[i].lower() in _CUT:
                        begin = i + 1
                span = tokens[begin:]
            elif first_start == 0:  # head first: "Admiraliteit Benelux", "Ministerie van Defensie"
                span = tokens
            else:  # head inside: "Mechanised Infantry Brigade Iron Wolf", "Europees Instituut voor Vredesstudies",
                # up to an "of"/"van" that leads on to something else ("… Force van Nederlandse F-16's")
                cut = next((i for i in range(last_end, len(words) - 1) if words[i].lower() in _CUT
                            and (words[i + 1] in self.leading or any(ch.isdigit() for ch in words[i + 1]))), len(words))
                span = tokens[:cut]
            span_words = [w for _, _, w in span]
            if tail_is_number and len([w for w in span_words if w.lower() not in _JOIN]) < 3 and first_start > 0 \
                    and not span_words[0].endswith("e"):
                return  # two words, head last ("Naval Group", "Special Forces"): too common to be a name alone,
                # unless a Dutch or German inflected adjective leads ("Amfibische Staf")
            covered = sum(e - b for b, e, _ in self._heads(span_words))
            if len(span_words) < 2 or covered >= len([w for w in span_words if w.lower() not in _JOIN and not w.isdigit()]):
                return  # a head noun alone, or only head nouns ("Army and Air Force")
            if any(_ABBREVIATION_COMPOUND_RE.fullmatch(w) for w in span_words):
                return  # "NAVO-hoofdkwartier Allied …": a compound of an abbreviation and a common noun
            start, end = span[0][0], span[-1][1]
            yield PhraseMatch(start, end, text[start:end], type_, False)

    def _heads(self, words: list[str]) -> list[tuple[int, int, str]]:
        out = []
        i = 0
        while i < len(words):
            for n in range(min(self.longest, len(words) - i), 0, -1):
                kind = self.kind.get(tuple(words[i:i + n]))
                if kind:
                    out.append((i, i + n, kind))
                    i += n - 1
                    break
            else:
                suffix = self._compound_suffix(words[i])
                if suffix:
                    out.append((i, i + 1, self.compounds[suffix]))
            i += 1
        return out

    def _single(self, text: str, token: tuple[int, int, str]) -> PhraseMatch | None:
        """"Marinecomponent" mid-sentence: a compound whose last part is a unit noun."""
        start, end, word = token
        before = text[max(0, start - 3):start]
        if not re.search(r"[a-z,] $", before):  # capitalised by position, or a heading
            return None
        suffix = self._compound_suffix(word)
        if suffix and suffix not in GENERIC_SUFFIXES and word[1:].islower() and self.compounds[suffix] == "unit":
            return PhraseMatch(start, end, word, "unit", True)
        return None

    def _national(self, token: tuple[int, int, str]) -> PhraseMatch | None:
        """"het Duitse Seebataljon": a capitalised compound ending in a unit noun, right after a country's adjective."""
        start, end, word = token
        m = self.national_compound_re.match(word.lower()) if self.national_compound_re else None
        if m and word[1:].islower() and self.compounds[m.group(1)] == "unit":
            return PhraseMatch(start, end, word, "unit", True)
        return None

    def _compound_suffix(self, word: str) -> str | None:
        m = self.compound_re.match(word.lower()) if self.compound_re else None
        return m.group(1) if m else None


SHORT_LINE = 40  # a line this short ends in a line break of its own: a heading, a byline, a list item


def _segments(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The phrase, cut where it crosses the end of a short line ("Tekst Leo de Rooij" / "Foto …") or a
    line whose next starts a sentence ("… Training" / "The navy …")."""
    pos = start
    for nl in [i for i in range(start, end) if text[i] == "\n"]:
        line_start = text.rfind("\n", 0, nl) + 1
        next_word = text[nl + 1:end].split(maxsplit=1)[:1]
        if nl - line_start < SHORT_LINE or next_word and next_word[0] in LEADING:
            yield pos, nl
            pos = nl + 1
    yield pos, end


def _is_adjective_compound(word: str, adjectives: frozenset[str] | set[str]) -> bool:
    """"Belgisch-Nederlandse", "Duits-Nederlandse": nationality adjectives joined by hyphens."""
    parts = word.split("-")
    return len(parts) > 1 and parts[-1] in adjectives and all(p[:1].isupper() for p in parts)


def _is_heading(text: str, start: int, end: int) -> bool:
    """A line of five or more capitalised words and nothing else: a title in Title Case, not a name."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return (not text[line_start:start].strip() and not text[end:line_end].strip(" .:")
            and len(text[start:end].split()) >= 5 and "\n" not in text[start:end])
