"""Precision and recall of extracted entities against judged gold, per document and overall.

A gold entity matches a product entity when any of its names equals the product
entity's name or one of its aliases, case- and accent-insensitively. Optional gold
entities are neither rewarded nor penalised.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

TYPES = ("country", "unit", "reference")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def names_of(entry: list[str] | dict) -> list[str]:
    """A judged entity is a list of names, or {"names": [...], "class": ...} when tagged with its class of miss."""
    return entry["names"] if isinstance(entry, dict) else entry


def _score(gold: dict | list, product: list[tuple[str, list[str]]]) -> dict:
    if isinstance(gold, list):  # references: a list of keys
        required, optional = [[k] for k in gold], []
    else:
        required, optional = gold.get("required", []), gold.get("optional", [])
    req = [{fold(n) for n in names_of(names)} for names in required]
    opt = [{fold(n) for n in names_of(names)} for names in optional]
    prod = [{fold(name), *(fold(a) for a in aliases)} for name, aliases in product]
    matched_req = sum(1 for g in req if any(g & p for p in prod))
    counted = [p for p in prod if not any(p & o for o in opt) or any(p & g for g in req)]
    true_pos = sum(1 for p in counted if any(p & g for g in req))
    precision = true_pos / len(counted) if counted else 1.0
    recall = matched_req / len(req) if req else 1.0
    missed = [sorted(g)[0] for g in req if not any(g & p for p in prod)]
    classes: dict[str, list[int]] = {}
    for entry, g in zip(required, req, strict=True):
        if isinstance(entry, dict) and entry.get("class"):
            tally = classes.setdefault(entry["class"], [0, 0])
            tally[0] += any(g & p for p in prod)
            tally[1] += 1
    extra = [sorted(p)[0] for p in counted if not any(p & g for g in req)]
    return {"precision": round(precision, 3), "recall": round(recall, 3), "tp": true_pos, "counted": len(counted),
            "matched": matched_req, "required": len(req), "missed": missed, "extra": extra, "classes": classes}


def evaluate(gold: dict, product: Mapping[str, Mapping[str, list[tuple[str, list[str]]]]]) -> dict:
    """Per-document and overall (micro) precision and recall for countries, units and references."""
    per_doc: dict[str, dict] = {}
    totals = {t: {"tp": 0, "counted": 0, "matched": 0, "required": 0} for t in TYPES}
    for doc, judged in gold.get("docs", {}).items():
        per_doc[doc] = {}
        for t in TYPES:
            if t not in judged:
                continue
            s = _score(judged[t], list(product.get(doc, {}).get(t, [])))
            per_doc[doc][t] = s
            for k in totals[t]:
                totals[t][k] += s[k]
    overall = {
        t: {
            "precision": round(v["tp"] / v["counted"], 3) if v["counted"] else 1.0,
            "recall": round(v["matched"] / v["required"], 3) if v["required"] else 1.0,
        }
        for t, v in totals.items()
    }
    return {"documents": per_doc, "overall": overall}


def format_table(report: dict) -> str:
    """The report as a Markdown table."""
    rows = ["| document | countries P | countries R | units P | units R | references R |", "|---|---|---|---|---|---|"]

    def cell(d: dict, t: str, k: str) -> str:
        return f"{d[t][k]:.2f}" if t in d else "–"

    for doc, d in report["documents"].items():
        rows.append(f"| {doc} | {cell(d, 'country', 'precision')} | {cell(d, 'country', 'recall')} | "
                    f"{cell(d, 'unit', 'precision')} | {cell(d, 'unit', 'recall')} | {cell(d, 'reference', 'recall')} |")
    o = report["overall"]
    rows.append(f"| **overall** | {o['country']['precision']:.2f} | {o['country']['recall']:.2f} | "
                f"{o['unit']['precision']:.2f} | {o['unit']['recall']:.2f} | {o['reference']['recall']:.2f} |")
    return "\n".join(rows)
