"""People named with a title or office: "minister Kajsa Ollongren", "luitenant-generaal De Kruif",
"DSK-generaal Andreas Hannemann", "his Dutch counterpart Kajsa Ollongren", "de ministers Kamp van
Defensie en Knapen van Buitenlandse Zaken", "Han ten Broeke (VVD)".

One person keeps one key across spellings: the key is the surname ("Hennis-Plasschaert",
"minister Hennis" and "Jeanine Hennis-Plasschaert" are one person), and a surname seen once
with a title names that person wherever it stands alone later in the library.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from coopviewer.extract.gazetteer import trie_alternation

TITLES = (
    # Dutch
    "minister-president", "ministers", "minister", "staatssecretarissen", "staatssecretaris", "premier", "president",
    "kanselier", "koning", "koningin", "prins", "prinses", "viceadmiraal", "schout-bij-nacht", "luitenant-ter-zee",
    "sergeant", "korporaal", "soldaat", "marinier", "Kamerlid", "Tweede Kamerlid", "Europarlementariër", "senator",
    "mevrouw", "de heer", "heer", "burgemeester", "gouverneur", "secretaris-generaal", "commissaris", "ambassadeur", "defensie-attaché",
    "luitenant-generaal", "generaal-majoor", "brigadegeneraal", "generaal", "luitenant-kolonel", "kolonel", "majoor",
    "kapitein-luitenant-ter-zee", "kapitein-ter-zee", "fregatkapitein", "kapitein", "luitenant-admiraal",
    "vice-admiraal", "schout-bij-nacht", "flottieljeadmiraal", "admiraal", "commandeur", "commodore", "commandant",
    "collega", "ambtgenoot", "evenknie", "voorzitter", "griffier", "adjunct-griffier", "woordvoerder", "directeur", "fungerend voorzitter",
    # English
    "Prime Minister", "Defence Minister", "Defense Minister", "Defence Secretary", "Defense Secretary",
    "Secretary of Defense", "Secretary of State", "Secretary General", "Secretary-General", "Chancellor",
    "Lieutenant General", "Lieutenant-General", "Major General", "Major-General", "Brigadier General", "Brig Gen",
    "Brigadier", "General", "Lieutenant Colonel", "Lieutenant-Colonel", "lieutenant-colonel", "Colonel", "Major",
    "Captain", "Commander", "Vice Admiral", "Vice-Admiral", "Rear Admiral", "Rear-Admiral", "Admiral", "Commodore",
    "Ambassador", "counterpart", "Minister", "Chief of Defence", "King", "Queen", "Prince", "Princess",
    "Sergeant", "Corporal", "Lance Corporal", "Private", "Mr", "Mrs", "Ms", "MP", "Senator",
    # German
    "Verteidigungsminister", "Verteidigungsministerin", "Bundeskanzler", "Bundeskanzlerin", "Generalleutnant",
    "Generalmajor", "Brigadegeneral", "Oberst", "Oberstleutnant", "Konteradmiral", "Vizeadmiral", "Flottillenadmiral",
    # written without hyphens too
    "kapitein ter zee", "kapitein luitenant ter zee", "luitenant ter zee", "luitenant ter zee der 1e klasse",
    "luitenant kolonel", "luitenant generaal", "generaal majoor", "vice admiraal", "schout bij nacht",
    "Lt Cdr", "Lt. Cdr.", "Lieutenant Commander", "Cdr", "Capt", "Capt.", "Cmdr", "Lt Col", "Lt. Col.", "Maj Gen", "Brig",
    # rank abbreviations
    "LTGEN", "LGEN", "GENMAJ", "GENM", "BGEN", "BRIGGEN", "LTKOL", "LTCOL", "KOL", "COL", "MAJ", "KAP", "VADM", "SBN",
    "LTADM", "FADM", "KTZ", "KLTZ", "CDR", "ADM", "GEN", "Gen.", "Lt. Gen.", "Col.",
)
# An office after the title: "minister van Defensie", "Minister of Defence", "staatssecretaris voor …".
_PORTFOLIO = (
    r"(?:Buitenlandse Handel en Ontwikkelingssamenwerking|Buitenlandse Zaken|Binnenlandse Zaken|Economische Zaken|"
    r"Algemene Zaken|Foreign Affairs|[Dd]efensie|[Dd]efence|[Dd]efense|Financiën|Justitie(?: en Veiligheid)?|"
    r"Klimaat en Energie|Ontwikkelingssamenwerking|Europese Zaken|State|Staff|de Republiek|the Republic)"
)
# An office after the title: "minister van Defensie", "Minister of Defence", "voorzitter van de vaste
# commissie voor Defensie", "de President van de Republiek".
_OFFICE = (
    rf"(?:\s+(?:van|voor|of|for)\s+(?:de\s+|het\s+|the\s+)?{_PORTFOLIO}"
    r"|\s+van\s+de\s+(?:vaste\s+)?(?:commissie|Kamercommissie)(?:\s+voor\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)?)"
)
_AFTER_TITLE = r"(?:\s+\(?b\.d\.\)?)?"  # "luitenant-kolonel b.d. Bert Schoemaker"
_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]en|[Tt]er|[Vv]on|[Dd]u|[Ll]e|[Dd]i|[Dd]a)"
# "Yeşilgöz-Zegerius" (Latin Extended-A too); a word ends where the letters end ("GroenLinks" is none)
_WORD = r"[A-ZÀ-ÞĀ-Ž][a-zà-ÿĀ-ž]+(?:-[A-ZÀ-ÞĀ-Ž][a-zà-ÿĀ-ž]+)?(?![\w])"
# A name: initials ("J.", "A.Th.B.") or a first name, lower-case particles inside ("Jan de Beurme",
# "J. van der Berg"); a particle leads only with a capital ("De Kruif", "Van Leiden"): right after a
# title a lower-case "van de" is a preposition ("voorzitter van de Tweede Kamer").
_INITIALS = r"(?:[A-Z][a-z]?\.[ ]?){1,4}"
_LOWER_PARTICLE = r"(?:van|de|der|den|ten|ter|von|du|le|di|da)"
_SP = r"[ \t]+"  # a name stays on its line: "Griffier: Mittendorff" / "Aanwezig zijn …" are two things
NAME = (
    rf"(?:(?:dr|mr|drs|ir|prof)\.{_SP})?(?:{_INITIALS}(?:{_LOWER_PARTICLE}{_SP}){{0,2}}|(?:Van|De|Der|Den|Ten|Ter|Von|Du|Le|Di|Da){_SP}"
    rf"(?:{_LOWER_PARTICLE}{_SP})?)?{_WORD}(?:{_SP}(?:{_LOWER_PARTICLE}{_SP}){{0,2}}{_WORD}){{0,2}}"
)
PARTIES = ("VVD", "CDA", "PvdA", "D66", "GL", "GroenLinks", "GL-PvdA", "SP", "PVV", "CU", "ChristenUnie", "SGP",
           "PvdD", "FvD", "JA21", "Volt", "BBB", "NSC", "DENK", "50PLUS", "SPD", "CDU", "CSU", "FDP", "Grünen", "MR",
           "N-VA", "CD&V", "Open Vld", "Vooruit", "PS")


@dataclass(frozen=True)
class PersonMatch:
    start: int
    end: int
    name: str


class PeopleFinder:
    def __init__(self, stop: set[str], institutions: frozenset[str] = frozenset()) -> None:
        # a title also written with a capital at a sentence's start ("Minister", "Luitenant-kolonel")
        titles = trie_alternation([form for t in TITLES for form in (t, t[:1].upper() + t[1:], t.lower())])
        # titles may follow each other: "zijn Duitse collega, Minister dr. Ursula von der Leyen"
        title = rf"(?:[A-Z]{{2,5}}-)?(?:{titles}){_OFFICE}?{_AFTER_TITLE}"
        # "Voorzitter: Ten Broeke" too
        self.title_re = re.compile(rf"(?<![\w-]){title}(?:,?\s+{title})*(?:,?\s+|:{_SP})(?P<name>{NAME})")
        self.titles = {form for t in TITLES for form in (t, t[:1].upper() + t[1:], t.lower())}
        # a title, the name of its office, then the holder: "de Commandant Landstrijdkrachten Martin Wijnen",
        # "Commandant der Strijdkrachten Boudewijn Boots", "directeur Internationale Aangelegenheden Lars Walrave"
        self.office_re = re.compile(
            rf"(?<![\w-])(?:{titles}){_SP}(?P<of>(?:der|van de|van het){_SP})?"
            rf"(?P<run>{_WORD}(?:{_SP}{_WORD})*?){_SP}(?P<name>{_WORD}{_SP}(?:{_LOWER_PARTICLE}{_SP}){{0,2}}{_WORD})(?![ \t]+[A-Z])")
        self.run_on_re = re.compile(rf"{_SP}{_WORD}")
        self.office_cue = re.compile(rf"(?:{titles}){_SP}(?:(?:der|van de|van het){_SP})?{_WORD}{_SP}{_WORD}{_SP}{_WORD}")
        # "… Kamp (Defensie) en Ben Bot (Buitenlandse Zaken)", "… Kamp van Defensie en Knapen van …"
        self.more_re = re.compile(rf"(?:{_OFFICE}|\s*\({_PORTFOLIO}\))?\s*(?:,|\ben\b|\band\b)\s+(?P<name>{NAME})")
        parties = "|".join(re.escape(p) for p in PARTIES)
        # "Han ten Broeke (VVD)", "Sigrid Kaag (Financiën)": a name with the party or portfolio after it
        self.party_re = re.compile(rf"(?<![\w])(?P<name>{NAME})\s+\((?:{parties}|{_PORTFOLIO})\)")
        # "R.P. Brekelmans, minister van Defensie", "P. Teeuw – luitenant-kolonel": the title after the name
        self.apposition_re = re.compile(rf"(?<![\w])(?P<name>{NAME})(?:,|{_SP}[–—-]){_SP}(?:{titles})(?![\w])")
        # cheap tests first: most passages have no bracketed party and no title after a comma
        self.apposition_cue = re.compile(rf"(?:,|{_SP}[–—-]){_SP}(?:{titles})(?![\w])")
        self.party_cue = re.compile(rf"\((?:{parties}|{_PORTFOLIO})\)")
        # the signature under a letter: "DE MINISTER VAN DEFENSIE" / "E. van Middelkoop"
        self.signature_re = re.compile(
            rf"\b(?:DE )?(?:MINISTER|STAATSSECRETARIS)(?: EN (?:DE )?STAATSSECRETARIS)? VAN [A-ZË ]+?\s*\n\s*(?P<name>{NAME})")
        # a signature alone in its passage: "E. van Middelkoop", "J.S.J. Hillen"
        self.signature_line_re = re.compile(rf"\s*(?P<name>{_INITIALS}(?:{_LOWER_PARTICLE}{_SP}){{0,2}}{_WORD})\s*")
        # "Aanwezig zijn zeven leden der Kamer, te weten: A, B, C en D": a list of members
        self.members_re = re.compile(r"(?:leden der Kamer|leden van de Kamer),\s+te weten:\s+(?P<list>[^.;\n]+(?:\n[^.;\n]+)?)")
        self.stop = stop  # words that end a name: entity names, offices, months …
        # head nouns of units and organisations: the end of an office's name, never a person's ("Organisatie")
        self.institutions = institutions

    def find(self, text: str) -> Iterator[PersonMatch]:
        for m in self.title_re.finditer(text):
            if len(m.group("name").split()) >= 3 and self.run_on_re.match(text, m.end("name")):
                continue  # more capitals than a name holds: an office and then its holder, read by office_re
            found = self._clean(text, m.start("name"), m.group("name"))
            if found is None:
                continue
            yield found
            if re.search(r"(?i)(ministers|staatssecretarissen|generaals)\s", m.group(0)):
                pos = found.end
                while (more := self.more_re.match(text, pos)) is not None:
                    other = self._clean(text, more.start("name"), more.group("name"))
                    if other is None:
                        break
                    yield other
                    pos = other.end
        for m in self.office_re.finditer(text) if self.office_cue.search(text) else ():
            office = m.group("run").split()
            # the office must be more than a first name: a known office word, or two words before the name
            if any(w in self.institutions for w in m.group("name").split()):
                continue  # "directeur Projecten Defensie Materieel Organisatie": all office, no holder
            if len(office) >= 2 or m.group("of") or any(w in self.stop for w in office):
                found = self._clean(text, m.start("name"), m.group("name"))
                if found is not None:
                    yield found
        for m in self.party_re.finditer(text) if self.party_cue.search(text) else ():
            found = self._clean(text, m.start("name"), m.group("name"))
            if found is not None:
                yield found
        line = self.signature_line_re.fullmatch(text)
        appositions = self.apposition_re.finditer(text) if self.apposition_cue.search(text) else ()
        signatures = self.signature_re.finditer(text) if "MINISTER" in text or "STAATSSECRETARIS" in text else ()
        for m in [*appositions, *signatures, *([line] if line else [])]:
            found = self._clean(text, m.start("name"), m.group("name"))
            if found is not None:
                yield found
        for m in self.members_re.finditer(text):
            for n in re.finditer(NAME, m.group("list")):
                found = self._clean(text, m.start("list") + n.start(), n.group(0))
                if found is not None:
                    yield found

    def _clean(self, text: str, start: int, name: str) -> PersonMatch | None:
        """Drop trailing words that are no part of a name; None when nothing of a name is left."""
        words = name.split()
        while words and (words[-1] in self.stop or words[-1].lower() in self.stop):  # "Kajsa Ollongren Defensie"
            words.pop()
        while words and re.fullmatch(_PARTICLE, words[-1]):
            words.pop()
        if not words or any(w in self.stop or w in self.titles for w in words if not re.fullmatch(_PARTICLE, w)):
            return None  # "Tweede Kamer", "Minister": an office or a known name, not a person
        surname = words[-1]
        if len(surname) < 3 or surname.isupper():
            return None
        out = " ".join(words)
        end = start + len(out)
        if text[start:end] != out:  # a line break inside the name: keep the text's own span
            end = start + len(" ".join(name.split()[:len(words)]))
            end = text.find(words[-1], start) + len(words[-1])
        return PersonMatch(start, end, out)


def surname_of(name: str) -> str:
    """The part of a name that stays the same across its spellings: "Jan de Beurme" → "de Beurme"."""
    words = [w for w in name.split() if not re.fullmatch(r"(?:[A-Z]\.)+|(?:dr|mr|drs|ir|prof)\.", w)]
    if len(words) >= 2 and not re.fullmatch(_PARTICLE, words[0]):
        words = words[1:]
    return " ".join(words)
