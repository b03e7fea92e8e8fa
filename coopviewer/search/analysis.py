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


# A query term to mark: (field, words). One word for a term, several for a phrase;
# a word ending in "*" is a prefix.
MarkTerm = tuple[str, tuple[str, ...]]


def _word_matches(pattern: str, token: str) -> bool:
    return token.startswith(pattern[:-1]) if pattern.endswith("*") else token == pattern


def spans_for_terms(text: str, terms: list[MarkTerm]) -> list[list[int]]:
    """Char spans in `text` of the query's words and phrases (a phrase is one span)."""
    spans: set[tuple[int, int]] = set()
    for field, analyzer in (("text", dutch_analyzer()), ("exact", exact_analyzer())):
        wanted = [words for f, words in terms if f == field]
        if not wanted:
            continue
        tokens = tokens_with_chars(analyzer, text)
        for words in wanted:
            n = len(words)
            for i in range(len(tokens) - n + 1):
                if all(_word_matches(words[k], tokens[i + k][0]) for k in range(n)):
                    spans.add((tokens[i][1], tokens[i + n - 1][2]))
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
