"""Unit names: one key for every numbering and language a formation is written in.

"13", "13e", "13." and "13th" are the same number; "Eerste"/"1e"/"1." too; the
German and Dutch formation words map to one ("Panzerdivision" = "Pantserdivisie").
The rule finds numbered units the gazetteer does not know.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from coopviewer.extract.gazetteer import trie_alternation

ORDINAL_WORDS = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
    "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12, "dertiende": 13, "first": 1, "second": 2, "third": 3,
    "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13,
}
FORMATION_WORDS = {
    "panzerdivision": "pantserdivisie",
    "armoured division": "pantserdivisie",  # not the American "Armored Division": the US 1st is not the German 1st
    "division": "divisie",
    "brigade": "brigade",
    "bataillon": "bataljon",
    "battalion": "bataljon",
    "corps": "korps",
    "light": "lichte",
    "mechanised": "gemechaniseerde",
    "mechanized": "gemechaniseerde",
    "airmobile": "luchtmobiele",
    "tank": "tank",
    "battle group": "battlegroup",
    "leger corps": "legerkorps",
}
# The formation's kind, from the last noun of its name: "13 Light Armoured Brigade" and
# "13 Lichte Brigade" are both a brigade numbered 13 (see `number_and_kind`).
KINDS = ("pantserdivisie", "divisie", "brigade", "bataljon", "legerkorps", "korps", "regiment", "eskadron", "squadron",
         "compagnie", "groep", "group", "afdeling", "flottielje", "wing", "battlegroup")
KIND_OF = {"pantserdivisie": "divisie", "group": "groep", "legerkorps": "korps"}
MISSPELT = (("batallion", "bataljon"), ("battallion", "bataljon"), ("bataillon", "bataljon"))
# Formation nouns, open-ended: Dutch, English, German and French, as a word of their own
# ("45 Commando Group", "1 Amphibious Combat Group") or at the end of a compound
# ("Pantserinfanteriebataljon", "Flugabwehrraketengruppe"), or split from it
# ("44 Pantserinfanterie bataljon").
FORMATION_NOUNS = (
    "Brigade", "Bataljon", "Battalion", "Bataillon", "Divisie", "Division", "Pantserdivisie", "Panzerdivision",
    "Korps", "Corps", "Legerkorps", "Leger Corps", "Squadron", "Eskadron", "Regiment", "Régiment", "Group", "Groep",
    "Gruppe", "Groupe", "Compagnie", "Company", "Kompanie", "Wing", "Geschwader", "Escadre", "Flotilla",
    "Flottielje", "Flottille", "Task Force", "Taskforce", "Task Group", "Battlegroup", "Battle Group", "Unit",
    "Brigade Combat Team", "Combat Team",
    "Afdeling", "Troop", "Commando", "Fleet",
)
COMPOUND_NOUNS = ("brigade", "bataljon", "bataillon", "divisie", "division", "korps", "regiment", "squadron",
                  "eskadron", "groep", "gruppe", "compagnie", "kompanie", "afdeling", "flottielje", "geschwader")
_NOUN = "|".join(re.escape(n) for n in sorted(FORMATION_NOUNS, key=len, reverse=True))
_COMPOUND = "|".join(COMPOUND_NOUNS)
_NAME_WORD = r"(?:[A-Z][\w’'/-]*|\([A-Z][\w/ -]{1,30}\))"
_FORMATION = (
    rf"(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}\s+)?"
    rf"(?:[A-Z][a-zäöü]*(?:{_COMPOUND})|(?:{_NOUN})(?![\w-])|(?<=[a-z] )(?:{_COMPOUND}))"
)
# Dutch battalions and squadrons carry the name of the regiment whose traditions they
# keep: "42 Bataljon Limburgse Jagers", "11 Infanteriebataljon Garde Grenadiers en
# Jagers", "41 Afdeling Veldartillerie". The name is part of the unit's name.
REGIMENT_NAMES = (
    "Limburgse Jagers", "Garde Grenadiers en Jagers", "Garde Fuseliers Prinses Irene",
    "Regiment Stoottroepen Prins Bernhard", "Regiment Infanterie Oranje Gelderland",
    "Regiment Infanterie Johan Willem Friso", "Regiment Van Heutsz", "Regiment van Heutsz",
    "Regiment Huzaren van Boreel", "Regiment Huzaren Prins Alexander", "Regiment Huzaren van Sytzama",
    "Regiment Huzaren Prins van Oranje", "Regiment Huzaren Prinses Catharina-Amalia",
    "Regiment Genietroepen", "Regiment Verbindingstroepen", "Regiment Luchtdoelartillerie",
    "Regiment Veldartillerie", "Korps Rijdende Artillerie", "Regiment Bevoorradings- en Transporttroepen",
    "Regiment Geneeskundige Troepen", "Korps Mariniers", "Veldartillerie",
)
_REGIMENT = "|".join(re.escape(r) for r in sorted(REGIMENT_NAMES, key=len, reverse=True))
# Tried before NUMBERED_UNIT_RE, whose optional name prefix would otherwise read
# "45 Pantserinfanteriebataljon Regiment" as a unit and leave the rest behind.
REGIMENTAL_UNIT_RE = re.compile(
    r"(?<![\w.,])\d{1,3}(?:e|ste|de|\.)?\s+"
    r"(?:[A-Z][a-z]*(?:bataljon|squadron|eskadron|afdeling|compagnie)|Bataljon|Squadron|Eskadron|Afdeling|Compagnie)"
    rf"\s+(?:{_REGIMENT})(?![\w])"
)
_ORDINALS = ("Eerste|Tweede|Derde|Vierde|Vijfde|Zesde|Zevende|Achtste|Negende|Tiende|Elfde|Twaalfde|Dertiende|"
             "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth")
# as a trie, so the engine does not try 52 words at every word of a passage; "de dertiende Lichte Brigade" too
_ORDINAL_WORD = trie_alternation([*_ORDINALS.split("|"), *_ORDINALS.lower().split("|")])
_SUFFIX = r"(?:e|ste|de|th|st|nd|rd|\.)?"
_ARTICLE_BEFORE = "|".join(rf"(?<=\b{a} )" for a in ("The", "the", "De", "de", "Het", "het", "Das", "das", "Der", "der",
                                                       "Die", "die", "Des", "des", "Dem", "dem", "Den", "den", "Le", "le"))
NUMBERED_UNIT_RE = re.compile(
    rf"(?<![\w.,])(?P<num>\d{{1,3}}){_SUFFIX}\s+(?P<rest>{_FORMATION})(?![\w])"
    # written in lower case after an ordinal: "het 1e mariniersbataljon", "de 2de bootgroep"
    rf"|(?<![\w.,])(?P<num3>\d{{1,3}})(?:e|ste|de)\s+(?P<rest3>[a-z]{{3,}}(?:{_COMPOUND}|groep))(?![\w])"
    rf"|(?<![\w])(?P<word>{_ORDINAL_WORD})\s+(?P<rest2>{_FORMATION})(?![\w])"
    # a Roman numeral with a full stop, the German way: "I. German-Dutch Corps", "II. Bataillon"
    # after an article only, so "Chapter I. Brigade plans" is no unit; the look-ahead lets the
    # twenty look-behinds run only where a Roman numeral starts (they cost 80% of the pattern)
    rf"|(?=[IVX])(?:{_ARTICLE_BEFORE})(?P<roman>(?:I|II|III|IV|V|VI|VII|VIII|IX|X))\.\s+(?P<rest4>{_FORMATION})(?![\w])"
)
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
# The first numbers of a coordination that share the last one's formation name:
# "de 43ste en 13de Brigade", "Either the First or the Second Marine Battalion".
COORDINATED_RE = re.compile(
    rf"(?<![\w.,])(?P<num>\d{{1,3}}{_SUFFIX}|{_ORDINAL_WORD})"
    r"(?:\s*,\s*|\s+(?:en|and|or|of|tot|to|&)\s+)(?:(?:de|het|the)\s+)?$"
)
# The number after the noun, the German way and in English: "Panzerbataillon 414", "Battalion 414",
# "Task Force 66" (also misspelt: "Pantzerbatallion 414"). Found from the number back (numbers are
# rarer than capitals): NUMBER_RE finds the number, NOUN_BEFORE_RE the noun that ends just before it.
NUMBER_RE = re.compile(r"(?<=\s)\d{1,3}(?![\w]|[.,]\d)")
NOUN_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?P<rest>(?:[A-Z][\w’'-]*\s+){{0,2}}(?:[A-Z][a-zäöü]*(?:{_COMPOUND}|bat+al+i?on)|"
    r"Battalion|Bataillon|Bataljon|Brigade|Regiment|Squadron|Group|Task Force|Wing|Flotilla|Division))\s+$"
)
# Numbered units in military short form: "411 PaGnCie", "13 Gnk", "13 LtBrig", also written
# as one word ("45Cdo", "3Bn").
ABBREVIATED_UNIT_RE = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3})\s*"
    r"(?P<abbr>(?:[A-Z][a-z]*)*(?:Cie|Bat|Bn|Brig|Bde|Esk|Sqn|Gnk|Afd|Div|Regt|Rgt|Cdo|Coy|Bty))(?![\w])"
)


def numbered_initials(number: str, rest: str) -> list[str]:
    """The short forms of a numbered unit by its initials: "2", "Marine Combat Group" → "2MCG", "2 MCG".

    Three initials at least: two ("43 GB") read as anything else too often.
    """
    initials = "".join(w[0] for w in rest.split() if w[:1].isupper())
    return [f"{number}{initials}", f"{number} {initials}"] if len(initials) >= 3 else []


# Navy ships: "Zr.Ms. De Ruyter" (since 2013), "Hr.Ms. Tromp" (before), "Zr. Ms. Holland".
# The name runs over capitalised words, with the particles of Dutch names in between.
SHIP_RE = re.compile(
    r"(?<![\w])(?:Zr|Hr)\.\s?Ms\.\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:van|de|der|den)\s+)?[A-Z][\w'’-]+){0,2})"
)


def ship_name(name: str) -> str:
    """One name per ship whichever prefix the text uses: "Zr.Ms. <name>"."""
    return "Zr.Ms. " + re.sub(r"\s+", " ", name.strip())


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def compact(norm: str) -> str:
    """A normalised name without separators: split compounds and slashes meet ("leger-corps" = "legerkorps")."""
    return re.sub(r"[-/]", "", norm)


def number_and_kind(norm: str) -> tuple[int, str] | None:
    """(number, kind) of a normalised numbered unit name ("13-light-armoured-brigade" → (13, "brigade"))."""
    m = re.match(r"(\d{1,3})-", norm)
    if not m:
        return None
    last = norm.rsplit("-", 1)[-1]
    for kind in KINDS:
        if last.endswith(kind):
            return int(m.group(1)), KIND_OF.get(kind, kind)
    return None


@functools.lru_cache(maxsize=65536)  # the same names recur in every passage of a library
def normalize_unit_name(name: str) -> str:
    """A key that is equal for every numbering and language of one unit name."""
    text = _fold(name or "")
    text = re.sub(r"[’'`]", "", text)
    text = re.sub(r"^(i|ii|iii|iv|v|vi|vii|viii|ix|x)\.(?=\s)", lambda m: str(ROMAN[m.group(1)]), text)  # "I. Korps"
    for word, number in ORDINAL_WORDS.items():
        text = re.sub(rf"\b{word}\b", str(number), text)
    for src, dst in FORMATION_WORDS.items():
        text = re.sub(rf"\b{src}\b", dst, text)
    for src, dst in MISSPELT:  # also at the end of a compound: "pantzerbatallion"
        text = re.sub(rf"{src}\b", dst, text)
    text = re.sub(r"[^\w/]+", "-", text).strip("-")
    # ordinal suffixes last, once the separators are settled, so a second pass finds nothing new
    return re.sub(r"(?<![^-/])(\d{1,3})(?:e|ste|de|th|st|nd|rd)(?=[-/]|$)", r"\1", text)
