"""Dutch text analysis for the index and for finding match spans.

Two analyzers: a stemmed one (Snowball Dutch, Dutch stop words, accent folding)
so "samenwerkingen" finds "samenwerking", and an exact one (lowercase and accent
folding only) for phrases and words the stemmer would blur ("F-35", "13e").
"""

from __future__ import annotations

import warnings
from functools import lru_cache

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh.analysis import (
        Analyzer,
        CharsetFilter,
        LanguageAnalyzer,
        LowercaseFilter,
        RegexTokenizer,
    )
    from whoosh.support.charset import accent_map

TOKEN_PATTERN = r"\w+(\.?\w+)*"


@lru_cache(maxsize=1)
def dutch_analyzer() -> Analyzer:
    return LanguageAnalyzer("nl", expression=TOKEN_PATTERN) | CharsetFilter(accent_map)


@lru_cache(maxsize=1)
def exact_analyzer() -> Analyzer:
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)


def tokens_with_chars(analyzer: Analyzer, text: str) -> list[tuple[str, int, int]]:
    """(term, start, end) for every token the analyzer keeps, with its char span."""
    return [(t.text, t.startchar, t.endchar) for t in analyzer(text, chars=True, mode="index")]


def spans_for_terms(text: str, stemmed: set[str], exact: set[str]) -> list[list[int]]:
    """Char spans in `text` of tokens that match any query term (stemmed or exact)."""
    spans: set[tuple[int, int]] = set()
    if stemmed:
        for term, start, end in tokens_with_chars(dutch_analyzer(), text):
            if term in stemmed:
                spans.add((start, end))
    if exact:
        for term, start, end in tokens_with_chars(exact_analyzer(), text):
            if term in exact:
                spans.add((start, end))
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
