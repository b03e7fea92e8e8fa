"""Dutch text analysis for the index and for finding match spans.

Two analyzers: a stemmed one (Snowball 3 Dutch, Dutch stop words, accent folding)
so "samenwerkingen" finds "samenwerking", and an exact one (lowercase and accent
folding only) for phrases and words the stemmer would blur ("F-35", "13e").

The stemmer is Snowball 3's Dutch (the `snowballstemmer` package), the algorithm
Tantivy's `Filter.stemmer("dutch")` runs: a word stems alike whichever engine
indexed it, and the spans marked here are the words the engine matched. (Whoosh's
own Dutch stemmer is the older Porter-style one: "brigades" stayed "brigades".)
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

import snowballstemmer

from coopviewer.geometry import merge_spans

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh.analysis import (
        Analyzer,
        CharsetFilter,
        LanguageAnalyzer,
        LowercaseFilter,
        RegexTokenizer,
        StemFilter,
        StopFilter,
    )
    from whoosh.analysis.acore import Token
    from whoosh.support.charset import accent_map

TOKEN_PATTERN = r"\w+(\.?\w+)*"
_TOKEN_RE = re.compile(TOKEN_PATTERN)
_MEMO_MAX = 200_000  # distinct words remembered per analyzer (a few tens of MB at most)


def whoosh_dutch_analyzer() -> Analyzer:
    """The reference chain the fast analyzer reproduces token for token (and older indexes hold)."""
    chain = LanguageAnalyzer("nl", expression=TOKEN_PATTERN)
    chain.items[-1] = StemFilter(stemfn=_stemmer, cachesize=-1)
    return chain | CharsetFilter(accent_map)


def whoosh_exact_analyzer() -> Analyzer:
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)


_stemmer = snowballstemmer.stemmer("dutch").stemWord
# Whoosh's StopFilter(lang="nl") drops its English default list as well as the Dutch one.
_STOPS: frozenset[str] = next(f.stops for f in whoosh_dutch_analyzer().items if isinstance(f, StopFilter))

# Term of a lowercased token (None: a stop word or too short), remembered per word: the
# Snowball stemmer and the filter generators cost far more than a dict look-up, and
# parliamentary prose repeats its words. Module-level, so they never get pickled into
# an index's schema.
_stem_memo: dict[str, str | None] = {}
_exact_memo: dict[str, str] = {}


def _stem_term(low: str) -> str | None:
    term = _stem_memo.get(low, _MISSING)
    if term is _MISSING:
        term = None if len(low) < 2 or low in _STOPS else _stemmer(low).translate(accent_map)
        if len(_stem_memo) >= _MEMO_MAX:
            _stem_memo.clear()
        _stem_memo[low] = term
    return term


def _exact_term(low: str) -> str:
    term = _exact_memo.get(low)
    if term is None:
        term = low.translate(accent_map)
        if len(_exact_memo) >= _MEMO_MAX:
            _exact_memo.clear()
        _exact_memo[low] = term
    return term


_MISSING = object()


def stem_any(low: str) -> str:
    """The stem of a lowercased token, stop words and single characters included."""
    term = _stem_term(low)
    return term if term is not None else _stemmer(low).translate(accent_map)


def is_stop(word: str) -> bool:
    """A word the stemmed search leaves to the exact form: a stop word or a single character."""
    return _stem_term(word.lower()) is None


def query_terms(text: str) -> tuple[list[str], list[str], list[bool]]:
    """Stems (stop words included), exact forms and stop flags of a query's word or phrase."""
    stems, exact, stops = [], [], []
    for m in _TOKEN_RE.finditer(text):
        low = m.group().lower()
        stems.append(stem_any(low))
        exact.append(_exact_term(low))
        stops.append(_stem_term(low) is None)
    return stems, exact, stops


class FastAnalyzer(Analyzer):
    """One-pass equivalent of `whoosh_dutch_analyzer()` / `whoosh_exact_analyzer()`.

    Same tokens, positions, char spans and stop handling as the filter chain (a test
    checks this over the sample corpus), without five nested generators per token
    and with the stems memoised. Used for the index fields and for match spans.
    """

    def __init__(self, stemmed: bool, keep_stops: bool = False) -> None:
        self.stemmed = stemmed
        # keep_stops: the index's stemmed field holds every token, stop words stemmed
        # too, at its own position, so a phrase with a stop word in it means the same
        # in every engine (Tantivy keeps positions where a stop word was).
        self.keep_stops = keep_stops

    def __eq__(self, other) -> bool:
        return (other is not None and self.__class__ is other.__class__ and self.stemmed == other.stemmed
                and getattr(self, "keep_stops", False) == getattr(other, "keep_stops", False))

    def __hash__(self) -> int:
        return hash((self.__class__, self.stemmed, getattr(self, "keep_stops", False)))

    def __repr__(self) -> str:
        return f"FastAnalyzer(stemmed={self.stemmed}, keep_stops={getattr(self, 'keep_stops', False)})"

    def terms(self, text: str) -> list[tuple[str, int, int]]:
        """(term, start, end) of every kept token: the fast path for match spans."""
        out = []
        if self.stemmed:
            for m in _TOKEN_RE.finditer(text):
                term = _stem_term(m.group().lower())
                if term is not None:
                    out.append((term, m.start(), m.end()))
        else:
            for m in _TOKEN_RE.finditer(text):
                out.append((_exact_term(m.group().lower()), m.start(), m.end()))
        return out

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if tokenize:
            matches = ((m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(value))
        else:
            matches = iter(((value, 0, len(value)),))
        stemmed = self.stemmed
        keep_stops = getattr(self, "keep_stops", False)
        pos = None
        for i, (text, s, e) in enumerate(matches):
            low = text.lower()
            t.boost = 1.0
            if keeporiginal:
                t.original = text
            if chars:
                t.startchar = start_char + s
                t.endchar = start_char + e
            if stemmed and keep_stops:
                term = stem_any(low)
                if positions:
                    t.pos = start_pos + i
            elif stemmed:
                term = _stem_term(low)
                if term is None:  # a stop word (or a single character)
                    if removestops:
                        continue
                    t.text = low.translate(accent_map)
                    t.stopped = True
                    if positions:
                        t.pos = start_pos + i
                    yield t
                    continue
                if positions:  # StopFilter renumbers the kept tokens
                    pos = start_pos + i if pos is None else pos + 1
                    t.pos = pos
            else:
                term = _exact_term(low)
                if positions:
                    t.pos = start_pos + i
            t.text = term
            t.stopped = False
            yield t


@lru_cache(maxsize=1)
def dutch_analyzer() -> Analyzer:
    return FastAnalyzer(stemmed=True)


@lru_cache(maxsize=1)
def index_stem_analyzer() -> Analyzer:
    """The stemmed field as indexed: every token kept (see FastAnalyzer.keep_stops)."""
    return FastAnalyzer(stemmed=True, keep_stops=True)


@lru_cache(maxsize=1)
def exact_analyzer() -> Analyzer:
    return FastAnalyzer(stemmed=False)


def tokens_with_chars(analyzer: Analyzer, text: str) -> list[tuple[str, int, int]]:
    """(term, start, end) for every token the analyzer keeps, with its char span."""
    if isinstance(analyzer, FastAnalyzer):
        return analyzer.terms(text)
    return [(t.text, t.startchar, t.endchar) for t in analyzer(text, chars=True, mode="index")]


# A query term to mark: (field, words). One word for a term, several for a phrase;
# a word ending in "*" is a prefix.
MarkTerm = tuple[str, tuple[str, ...]]


def _word_matches(pattern: str, token: str) -> bool:
    return token.startswith(pattern[:-1]) if pattern.endswith("*") else token == pattern


@lru_cache(maxsize=512)
def _both_terms(text: str) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """Stemmed and exact (term, start, end) of a passage in one tokenizer pass (recent ones kept)."""
    stemmed: list[tuple[str, int, int]] = []
    exact: list[tuple[str, int, int]] = []
    for m in _TOKEN_RE.finditer(text):
        low = m.group().lower()
        s, e = m.span()
        exact.append((_exact_term(low), s, e))
        term = _stem_term(low)
        if term is not None:
            stemmed.append((term, s, e))
    return stemmed, exact


def _find(tokens: list[tuple[str, int, int]], words: tuple[str, ...], spans: set[tuple[int, int]]) -> None:
    first = words[0]
    if first.endswith("*"):
        head = first[:-1]
        starts = [i for i, t in enumerate(tokens) if t[0].startswith(head)]
    else:
        starts = [i for i, t in enumerate(tokens) if t[0] == first]
    n = len(words)
    for i in starts:
        if i + n > len(tokens):
            continue
        if n == 1 or all(_word_matches(words[k], tokens[i + k][0]) for k in range(1, n)):
            spans.add((tokens[i][1], tokens[i + n - 1][2]))


def spans_for_terms(text: str, terms: list[MarkTerm]) -> list[list[int]]:
    """Char spans in `text` of the query's words and phrases (a phrase is one span)."""
    spans: set[tuple[int, int]] = set()
    fast = isinstance(dutch_analyzer(), FastAnalyzer) and isinstance(exact_analyzer(), FastAnalyzer)
    for field, analyzer in (("text", dutch_analyzer()), ("exact", exact_analyzer())):
        wanted = [words for f, words in terms if f == field and words]
        if not wanted:
            continue
        if fast:
            tokens = _both_terms(text)[0 if field == "text" else 1]
        else:
            tokens = tokens_with_chars(analyzer, text)
        for words in wanted:
            _find(tokens, words, spans)
    return merge_spans(spans)
