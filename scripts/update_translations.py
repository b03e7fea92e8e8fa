"""Refresh the translation catalogues and build the .qm files.

    python scripts/update_translations.py          # lupdate (new strings) + lrelease
    python scripts/update_translations.py --check  # fail if a .qm is stale or a string lacks a translation

The .ts files under resources/translations/ are the source (edit them with Qt
Linguist: `pyside6-linguist resources/translations/coopviewer_nl.ts`). English is
the language of the code, so coopviewer_en.ts translates each text to itself.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
SOURCES = ["coopviewer/gui", "coopviewer/cli.py"]
LANGS = ("nl", "en")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    out = []
    for s in SOURCES:
        p = ROOT / s
        out += [str(f) for f in sorted(p.rglob("*.py"))] if p.is_dir() else [str(p)]
    return out


def fill_english(ts: Path) -> None:
    """Translate each new English text to itself (a plural's singular form then needs a hand edit)."""
    tree = ET.parse(ts)
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        if tr.get("type") == "unfinished" or not (tr.text or len(tr)):
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                for _ in range(2):
                    ET.SubElement(tr, "numerusform").text = msg.findtext("source")
            else:
                tr.text = msg.findtext("source")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def missing_translations(tmp: Path) -> dict[str, list[str]]:
    """Texts in the code that a catalogue lacks or leaves unfinished, per language."""
    missing: dict[str, list[str]] = {}
    for lang in LANGS:
        ts = tmp / f"check_{lang}.ts"
        shutil.copy2(TS_DIR / f"coopviewer_{lang}.ts", ts)
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", *sources(), "-ts", str(ts)],
                       check=True, capture_output=True)
        texts = [msg.findtext("source") for msg in ET.parse(ts).getroot().iter("message")
                 if msg.find("translation").get("type") == "unfinished"]
        if texts:
            missing[lang] = texts
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        stale = []
        with tempfile.TemporaryDirectory() as tmp:
            for lang in LANGS:
                fresh = Path(tmp) / f"coopviewer_{lang}.qm"
                release(TS_DIR / f"coopviewer_{lang}.ts", fresh)
                if fresh.read_bytes() != (TS_DIR / f"coopviewer_{lang}.qm").read_bytes():
                    stale.append(lang)
            untranslated = missing_translations(Path(tmp))
        if stale:
            print(f"stale .qm for {', '.join(stale)}: run python scripts/update_translations.py")
        for lang, texts in untranslated.items():
            print(f"{len(texts)} text(s) without a {lang} translation, e.g. {texts[0]!r}: "
                  "run python scripts/update_translations.py and translate them in the .ts")
        if stale or untranslated:
            return 1
        print("translations: .qm files are current")
        return 0
    for lang in LANGS:
        ts = TS_DIR / f"coopviewer_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *sources(), "-ts", str(ts)], check=True)
        if lang == "en":
            fill_english(ts)
        release(ts, TS_DIR / f"coopviewer_{lang}.qm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
