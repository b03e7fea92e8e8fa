"""Score title, date, number and kind detection against the names-only judgements.

    python scripts/score_metadata.py [--devset /work/devsets/meta] [--shared ../shared] [-v]

The judged files are read through the app's own reader (a .txt becomes a PDF first,
exactly as on ingest). Files that are not on this machine are counted as absent, not
as wrong: the dev-set texts are public papers kept outside the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JUDGEMENTS = ROOT / "tests" / "core" / "metadata_judgements.json"
DEVSET = Path(os.environ.get("COOPVIEWER_DEVSET_META", "/work/devsets/meta"))
SHARED = Path(os.environ.get("COOPVIEWER_SHARED", ROOT.parent / "shared"))
FIELDS = ("title", "date", "number", "kind")


@dataclass
class Score:
    """Per group ("devset", "heldout", "heldout2", "shared"): items scored, right answers per field, and the misses."""

    scored: dict[str, int] = field(default_factory=dict)
    right: dict[str, dict[str, int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)

    def accuracy(self, group: str, name: str) -> float:
        n = self.scored.get(group, 0)
        return self.right.get(group, {}).get(name, 0) / n if n else 0.0


def _fold(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").casefold()).strip()


def title_ok(title: str, expected_phrase: str) -> bool:
    from coopviewer.ingest.metadata import is_title_like

    return _fold(expected_phrase) in _fold(title) and is_title_like(title)


def score(judgements: Path = JUDGEMENTS, devset: Path = DEVSET, shared: Path = SHARED) -> Score:
    from coopviewer.ingest.reader import ReadError, read_document

    roots = {"devset": devset, "heldout": devset, "heldout2": devset, "shared": shared}
    result = Score()
    for item in json.loads(judgements.read_text(encoding="utf-8"))["items"]:
        group, rel = item["file"].split(":", 1)
        path = roots[group] / rel
        if not path.is_file():
            result.absent.append(item["file"])
            continue
        try:
            meta = read_document(str(path)).meta
        except ReadError as exc:
            result.misses.append(f"{item['file']}: cannot be read ({exc.reason})")
            continue
        checks = {
            "title": title_ok(meta.title, item["title_has"]),
            "date": meta.date == item["date"],
            "number": _fold(meta.number) == _fold(item["number"]),
            "kind": meta.kind == item["kind"],
        }
        got = {"title": meta.title, "date": meta.date, "number": meta.number, "kind": meta.kind}
        want = {"title": f"…{item['title_has']}…", "date": item["date"], "number": item["number"], "kind": item["kind"]}
        result.scored[group] = result.scored.get(group, 0) + 1
        right = result.right.setdefault(group, dict.fromkeys(FIELDS, 0))
        for name, ok in checks.items():
            right[name] += ok
            if not ok:
                result.misses.append(f"{rel} {name}: got {got[name]!r}, want {want[name]!r}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    result = score(JUDGEMENTS, args.devset, args.shared)
    for group, n in sorted(result.scored.items()):
        figures = "  ".join(f"{name} {result.accuracy(group, name):.0%}" for name in FIELDS)
        print(f"{group:<7} {n:>3} documents  {figures}")
    if result.absent:
        print(f"absent: {len(result.absent)} judged files are not on this machine")
    if args.verbose:
        for miss in result.misses:
            print("  miss:", miss)
    return 0 if result.scored else 1


if __name__ == "__main__":
    sys.exit(main())
