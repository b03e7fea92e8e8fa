"""Which words of a hit to mark: the query's words through the project's own analyzer.

The same for every engine, so a hit is marked alike whichever engine found it: a
word marks every token with its stem or its exact form, a phrase its run of tokens,
a prefix every token starting with it; negated words mark nothing.
"""

from __future__ import annotations

from coopviewer.search.analysis import MarkTerm, dutch_analyzer, exact_analyzer
from coopviewer.search.query import Node, Word, positive_leaves


def mark_terms(tree: Node | None) -> list[MarkTerm]:
    marks: list[MarkTerm] = []
    for leaf in positive_leaves(tree):
        words = leaf.text if isinstance(leaf, Word) else " ".join(leaf.words)
        exact = tuple(t for t, _s, _e in exact_analyzer().terms(words))
        if not exact:
            continue
        if isinstance(leaf, Word) and leaf.prefix:
            prefixed = (*exact[:-1], exact[-1] + "*")
            marks += [("text", prefixed), ("exact", prefixed)]
            continue
        stems = tuple(t for t, _s, _e in dutch_analyzer().terms(words))
        if stems:
            marks.append(("text", stems))
        marks.append(("exact", exact))
    return marks

