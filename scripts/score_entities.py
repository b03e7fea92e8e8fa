#!/usr/bin/env python3
"""Score the extractor on the entity dev set: precision / recall per type, per split and per class of miss.

The texts are public pages kept outside the repository (third-party text is never
committed); the judgements, names only, are tests/extract/devset_judgements.json.

    python scripts/score_entities.py /work/devsets/entities            # dev half, misses listed
    python scripts/score_entities.py /work/devsets/entities --split held-out --quiet
    python scripts/score_entities.py /work/devsets/entities --split fresh --quiet   # judged after the code froze

One extractor reads the documents in order, paragraph by paragraph (a paragraph stands
for a passage), so what it learns in one document (an abbreviation's long form) carries
over to the next, as in a library. A document's entities are the entities with at least
one mention in it, each with its name, aliases and every surface form seen there.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from coopviewer.extract import Extractor
from coopviewer.extract.evaluate import _score

ROOT = Path(__file__).resolve().parent.parent
JUDGEMENTS = ROOT / "tests" / "extract" / "devset_judgements.json"
# The judgements' types; units and organisations are judged as one class, as the issue measures them.
PRODUCT_TYPES = {"country": ("country",), "unit": ("unit", "organisation"), "person": ("person",)}


def product_of(extractor: Extractor, text: str) -> dict[str, list[tuple[str, list[str]]]]:
    """type → [(name, names)] of the entities mentioned in one document."""
    seen: dict[str, tuple[str, str, set[str]]] = {}
    for paragraph in text.split("\n\n"):
        for f in extractor.extract(paragraph):
            entry = seen.setdefault(f.key, (f.type, f.name, set()))
            entry[2].add(f.surface)
    out: dict[str, list[tuple[str, list[str]]]] = {t: [] for t in PRODUCT_TYPES}
    for key, (type_, name, surfaces) in seen.items():
        for judged, types in PRODUCT_TYPES.items():
            if type_ in types:
                info = extractor.info(key)
                aliases = [*(info.aliases if info else ()), *([info.english] if info and info.english else [])]
                out[judged].append((name, sorted({*aliases, *surfaces})))
    return out


def score(texts: Path, split: str, gold: dict) -> tuple[dict, dict]:
    """(per-document scores, totals per type) over the documents of `split` ("all" for both)."""
    extractor = Extractor()
    per_doc: dict[str, dict] = {}
    totals = {t: {"tp": 0, "counted": 0, "matched": 0, "required": 0, "classes": {}} for t in PRODUCT_TYPES}
    for doc, judged in sorted(gold["docs"].items()):
        path = texts / f"{doc}.txt"
        if not path.exists():
            raise SystemExit(f"{path}: not found (the dev texts live outside the repository)")
        product = product_of(extractor, path.read_text(encoding="utf-8"))
        if split != "all" and judged["split"] != split:
            continue
        per_doc[doc] = {}
        for t in PRODUCT_TYPES:
            s = _score(judged[t], product[t])
            per_doc[doc][t] = s
            for k in ("tp", "counted", "matched", "required"):
                totals[t][k] += s[k]
            for cls, (hit, n) in s["classes"].items():
                tally = totals[t]["classes"].setdefault(cls, [0, 0])
                tally[0] += hit
                tally[1] += n
    return per_doc, totals


def ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.2f}" if b else "–"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path, help="folder with d01.txt … (kept outside the repository)")
    parser.add_argument("--split", choices=["dev", "held-out", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "all"], default="dev")
    parser.add_argument("--quiet", action="store_true", help="totals only, no misses or extras")
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    args = parser.parse_args(argv)
    if not args.texts.is_dir():
        print(f"{args.texts}: not a folder of dev texts", file=sys.stderr)
        return 2
    gold = json.loads(args.judgements.read_text(encoding="utf-8"))
    per_doc, totals = score(args.texts, args.split, gold)
    if not args.quiet:
        for doc, scores in per_doc.items():
            for t, s in scores.items():
                if s["missed"] or s["extra"]:
                    print(f"{doc} {t:7} missed {s['missed']}  extra {s['extra']}")
        print()
    print(f"| {args.split} ({len(per_doc)} documents) | precision | recall |")
    print("| --- | --- | --- |")
    for t, v in totals.items():
        print(f"| {t} | {ratio(v['tp'], v['counted'])} | {ratio(v['matched'], v['required'])} |")
    classes = totals["unit"]["classes"]
    if classes:
        print("\n| units by class | recall |\n| --- | --- |")
        for cls, (hit, n) in sorted(classes.items()):
            print(f"| {cls} | {ratio(hit, n)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
