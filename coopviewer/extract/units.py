"""Unit names: one key for every numbering and language a formation is written in.

"13", "13e", "13." and "13th" are the same number; "Eerste"/"1e"/"1." too; the
German and Dutch formation words map to one ("Panzerdivision" = "Pantserdivisie").
The rule finds numbered units the gazetteer does not know.
"""

from __future__ import annotations

import re
import unicodedata

ORDINAL_WORDS = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
    "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12, "dertiende": 13, "first": 1, "second": 2, "third": 3,
}
FORMATION_WORDS = {
    "panzerdivision": "pantserdivisie",
    "armoured division": "pantserdivisie",
    "armored division": "pantserdivisie",
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
}
_FORMATION = (
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+)?"
    r"(?:[A-Z][a-z]*(?:[Bb]rigade|[Bb]ataljon|[Dd]ivisie|[Pp]antserdivisie|[Pp]anzerdivision|[Kk]orps|[Ll]egerkorps|[Bb]ataillon)"
    r"|Brigade|Bataljon|Divisie|Pantserdivisie|Panzerdivision|Korps|Legerkorps|Squadron|Eskadron|Bataillon|Division|Regiment)"
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
NUMBERED_UNIT_RE = re.compile(
    rf"(?<![\w.,])(?P<num>\d{{1,3}})(?:e|ste|de|th|st|nd|rd|\.)?\s+(?P<rest>{_FORMATION})(?![\w])"
    rf"|(?<![\w])(?P<word>Eerste|Tweede|Derde|Vierde|Vijfde)\s+(?P<rest2>{_FORMATION})(?![\w])"
)


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


def normalize_unit_name(name: str) -> str:
    """A key that is equal for every numbering and language of one unit name."""
    text = _fold(name or "")
    text = re.sub(r"[’'`]", "", text)
    for word, number in ORDINAL_WORDS.items():
        text = re.sub(rf"\b{word}\b", str(number), text)
    text = re.sub(r"\b(\d{1,3})(?:e|ste|de|th|st|nd|rd|\.)(?=\s|$)", r"\1", text)
    for src, dst in FORMATION_WORDS.items():
        text = re.sub(rf"\b{src}\b", dst, text)
    text = re.sub(r"[^\w/]+", "-", text).strip("-")
    return text
