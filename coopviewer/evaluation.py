"""Evaluate the library's entities against a gold file (precision / recall per document).

The product side is what an analyst sees: for each document, the entities with at
least one mention there, each with its name and every alias the library knows.
"""

from __future__ import annotations

from pathlib import Path

from coopviewer.library import Library

EVAL_TYPES = ("country", "unit", "reference")


def product_entities(lib: Library) -> dict[str, dict[str, list[tuple[str, list[str]]]]]:
    """doc stem → type → [(name, aliases)] of entities mentioned in that document."""
    out: dict[str, dict[str, list[tuple[str, list[str]]]]] = {}
    for doc in lib.documents():
        if not doc.searchable:
            continue
        stem = Path(doc.path).stem
        per_type: dict[str, list[tuple[str, list[str]]]] = {}
        for type_ in EVAL_TYPES:
            per_type[type_] = [(e.name, list(e.aliases)) for e in lib.entities(type_, doc.id)]
        out[stem] = per_type
    return out


def evaluate_library(lib: Library, gold: dict) -> tuple[dict, str]:
    """The evaluation report (per document and overall) and its Markdown table."""
    from coopviewer.extract.evaluate import evaluate, format_table

    product = product_entities(lib)
    wanted = set(gold.get("docs", {}))
    product = {k: v for k, v in product.items() if k in wanted}
    report = evaluate(gold, product)
    return report, format_table(report)
