"""One translation mechanism for the whole app: Qt Linguist catalogues.

The GUI loads `resources/translations/coopviewer_<lang>.qm` with a QTranslator.
The core and the CLI must not import Qt, so they read the same catalogue's
source, the `.ts` XML, with the standard library. Strings are written in
English in the code; `nl` is the Dutch catalogue, `en` needs no catalogue.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("nl", "en")
ENV_LANG = "COOPVIEWER_LANG"
_current: str | None = None


def translations_dir() -> Path:
    """resources/translations in a source tree, an installed wheel or a frozen app."""
    from coopviewer.config import resources_dir

    return resources_dir() / "translations"


def system_language() -> str:
    """'nl' for a Dutch system locale, else 'en'."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return "nl" if value.lower().startswith("nl") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "nl" if loc.lower().startswith("nl") else "en"


def resolve_language(explicit: str | None = None) -> str:
    """--lang wins, then COOPVIEWER_LANG, then the system locale."""
    for candidate in (explicit, os.environ.get(ENV_LANG)):
        if candidate:
            code = candidate.lower()[:2]
            if code in LANGUAGES:
                return code
    return system_language()


def set_language(lang: str | None) -> str:
    global _current
    _current = resolve_language(lang)
    return _current


def language() -> str:
    return _current or set_language(None)


@lru_cache(maxsize=4)
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) → translation from the .ts file of `lang` (empty when absent)."""
    path = translations_dir() / f"coopviewer_{lang}.ts"
    if not path.exists():
        return {}
    out: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                out[(name, source)] = tr.text
    return out


def translate(context: str, text: str, lang: str | None = None) -> str:
    """The translation of `text` in `context`, or `text` itself."""
    lang = lang or language()
    if lang == "en":
        return text
    return catalogue(lang).get((context, text), text)


def translator(context: str):
    """A `_()` bound to one context, as Qt's tr() is bound to a class."""

    def _(text: str) -> str:
        return translate(context, text)

    return _
