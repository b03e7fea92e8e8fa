"""Full text on PostgreSQL: the passage's tsvector and the SQL that searches it.

The vector holds the project's own analysis (search/analysis.py), not the server's
`dutch` configuration: every token's Snowball 3 stem at its position (stop words
too, as Tantivy keeps them) and its exact form, prefixed '=', weighted A. A query is
then the same in every engine — "de" finds the exact word, "F-35" is the phrase
f 35, "België" finds "belgie" — which PostgreSQL 15's `dutch` configuration (an
older Snowball Dutch, stop words dropped, no accent folding) does not give; the
contract suite (tests/search/test_engine_contract.py) holds the engines to it.
Matching is the GIN index's `@@`, ranking `ts_rank` with the exact form boosted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from coopviewer.search.analysis import TOKEN_PATTERN, query_terms, stem_any
from coopviewer.search.engine import EXACT_BOOST
from coopviewer.store.schema import SEARCHABLE_SQL

MAX_POSITION = 16383  # PostgreSQL's limit; later words share the last position
_TOKEN_RE = re.compile(TOKEN_PATTERN)
EXACT = "="  # prefix of exact-form lexemes
# ts_rank weights in the order {D, C, B, A} (each at most 1): stems are D, exact forms A,
# EXACT_BOOST times a stem
RANK_WEIGHTS = [1.0 / EXACT_BOOST, 0.0, 0.0, 1.0]


def lexeme(term: str) -> str:
    """A quoted tsvector/tsquery lexeme."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


@lru_cache(maxsize=200_000)
def _token_lexemes(low: str) -> tuple[str, str | None]:
    """(stem, exact form) of a lowercased token, remembered: prose repeats its words (and the
    analyzer's own memo skips stop words, which the vector stems too)."""
    _stems, exact, _stops = query_terms(low)
    return stem_any(low), (exact[0] if exact else None)


def passage_vector(text: str) -> str:
    """The tsvector literal of a passage: stems (weight D) and exact forms (weight A) by position."""
    positions: dict[str, list[int]] = {}
    for n, m in enumerate(_TOKEN_RE.finditer(text), start=1):
        pos = min(n, MAX_POSITION)
        stem, exact = _token_lexemes(m.group().lower())
        positions.setdefault(stem, []).append(pos)
        if exact is not None:
            positions.setdefault(EXACT + exact, []).append(-pos)  # negative: weight A
    parts = []
    for term, where in positions.items():
        marks = ",".join(f"{-p}A" if p < 0 else str(p) for p in dict.fromkeys(where))
        parts.append(f"{lexeme(term)}:{marks}")
    return " ".join(parts)


JUNCTION = "~"  # prefix of the lexemes of a passage's junction (the words around its page break)
JUNCTION_START = 16000  # their positions, far from the passage's own words (at most HEAD_WORDS a side)


def junction_vector(junction: str) -> str:
    """The tsvector literal of a passage's junction (page_breaks.junction_text): stems only,
    prefixed, at positions of their own, so only a phrase written across the mark matches."""
    parts: dict[str, list[int]] = {}
    for n, m in enumerate(_TOKEN_RE.finditer(junction), start=JUNCTION_START):
        parts.setdefault(JUNCTION + _token_lexemes(m.group().lower())[0], []).append(min(n, MAX_POSITION))
    return " ".join(f"{lexeme(t)}:{','.join(map(str, where))}" for t, where in parts.items())


def junction_phrase(words: str, mark: str) -> str | None:
    """The tsquery of a phrase over a page break: its stems with the break's mark between
    any two of them, in the junction's lexemes; None for a single word."""
    stems = [_token_lexemes(m.group().lower())[0] for m in _TOKEN_RE.finditer(words)]
    if len(stems) < 2:
        return None
    mark_stem = _token_lexemes(mark.lower())[0]
    splits = [[*stems[:k], mark_stem, *stems[k:]] for k in range(1, len(stems))]
    return " | ".join("(" + " <-> ".join(lexeme(JUNCTION + t) for t in split) + ")" for split in splits)


def word_query(text: str, prefix: bool = False, stop_alone_exact: bool = True) -> str | None:
    """The tsquery of one typed word or phrase: (stem phrase | exact phrase); None if no tokens."""
    stems, exact, stops = query_terms(text)
    if not exact:
        return None
    if prefix:
        head = [lexeme(EXACT + t) for t in exact[:-1]]
        last = exact[-1]
        pair = f"({lexeme(last)}:* | {lexeme(EXACT + last)}:*)"
        return " & ".join([*head, pair])
    exact_q = " <-> ".join(lexeme(EXACT + t) for t in exact)
    if len(exact) == 1 and stops[0] and stop_alone_exact:
        return exact_q  # a stop word alone: only its exact form
    stem_q = " <-> ".join(lexeme(s) for s in stems)
    return f"(({stem_q}) | ({exact_q}))"


def _where(has_words: bool, entity_groups: list[list[int]], years: list[str], doc_ids: list[int]) -> tuple[str, list]:
    cond = [f"d.status IN {SEARCHABLE_SQL}"]
    args: list = []
    if has_words:
        cond.append("p.tsv @@ %s::tsquery")
    for group in entity_groups:
        cond.append("EXISTS (SELECT 1 FROM mentions m WHERE m.passage_id = p.id AND m.entity_id = ANY(%s))")
        args.append(list(group))
    if years:
        cond.append("substr(d.date, 1, 4) = ANY(%s)")
        args.append(list(years))
    if doc_ids:
        cond.append("p.doc_id = ANY(%s)")
        args.append(list(doc_ids))
    return " AND ".join(cond), args


def search(pg, match: str | None, rank: str | None, entity_groups, years, doc_ids,
           limit: int | None) -> tuple[list[tuple[int, float]], int]:
    """(passage id, score) best first (ties by id) and the total number of matches."""
    where, args = _where(match is not None, entity_groups, years, doc_ids)
    head = [match] if match is not None else []
    total = pg.execute(f"SELECT count(*) FROM passages p JOIN documents d ON d.id = p.doc_id WHERE {where}",
                       [*head, *args]).fetchone()[0]
    if total == 0 or limit == 0:
        return [], int(total)
    score = "ts_rank(%s::float4[], p.tsv, %s::tsquery)" if rank is not None else "0.0"
    score_args = [RANK_WEIGHTS, rank] if rank is not None else []
    rows = pg.execute(
        f"SELECT p.id, round(({score})::numeric, 4)::float8 AS score FROM passages p "
        f"JOIN documents d ON d.id = p.doc_id WHERE {where} ORDER BY score DESC, p.id"
        + (" LIMIT %s" if limit is not None else ""),
        [*score_args, *head, *args, *([limit] if limit is not None else [])],
    ).fetchall()
    return [(int(pid), float(s)) for pid, s in rows], int(total)


def facet_counts(pg, match: str | None, entity_groups, years, doc_ids) -> tuple[dict[int, int], dict[int, int]]:
    """Matching passages per entity and per document, over every match."""
    where, args = _where(match is not None, entity_groups, years, doc_ids)
    head = [match] if match is not None else []
    hits = f"SELECT p.id, p.doc_id FROM passages p JOIN documents d ON d.id = p.doc_id WHERE {where}"
    # one evaluation of the match for both counts
    rows = pg.execute(f"WITH hits AS MATERIALIZED ({hits}) "
                      "SELECT 'e', m.entity_id, count(DISTINCT m.passage_id) FROM hits h "
                      "JOIN mentions m ON m.passage_id = h.id GROUP BY m.entity_id "
                      "UNION ALL SELECT 'd', doc_id, count(*) FROM hits GROUP BY doc_id", [*head, *args]).fetchall()
    entities = {int(i): int(n) for kind, i, n in rows if kind == "e"}
    documents = {int(i): int(n) for kind, i, n in rows if kind == "d"}
    return entities, documents


def passage_count(pg) -> int:
    return int(pg.execute(f"SELECT count(*) FROM passages p JOIN documents d ON d.id = p.doc_id "
                          f"WHERE d.status IN {SEARCHABLE_SQL}").fetchone()[0])


def add_junctions(pg, vectors: list[tuple[int, str]]) -> None:
    """Merge each junction vector into its passage's (a repeat adds nothing new)."""
    with pg.cursor() as cur:
        cur.executemany("UPDATE passages SET tsv = tsv || %s::tsvector WHERE id = %s",
                        [(vector, pid) for pid, vector in vectors])
