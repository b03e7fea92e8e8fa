"""Facet counts for a set of matching passages: partners, units, documents, years.

One place for the SQL, used by the library's searches and by the benchmark's SQLite
FTS5 twin, so both count facets the same way.
"""

from __future__ import annotations

import sqlite3

from coopviewer.models import Facet

FACET_VALUES = 30  # partners and units listed per facet


def facets_from_counts(conn: sqlite3.Connection, entities: dict[int, int],
                       documents: dict[int, int]) -> dict[str, list[Facet]]:
    """The same facets from counts a search engine made (passages per entity id and document id)."""
    out: dict[str, list[Facet]] = {"country": [], "unit": [], "document": [], "year": []}
    if entities:
        rows = []
        ids = list(entities)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows += conn.execute(
                f"SELECT type, id, name FROM entities WHERE id IN ({','.join('?' * len(chunk))}) "
                "AND type IN ('country', 'unit') AND hidden = 0", chunk).fetchall()
        rows.sort(key=lambda r: (-entities[r[1]], r[2]))
        for type_, i, name in rows:
            if len(out[type_]) < FACET_VALUES:
                out[type_].append(Facet(str(i), name, entities[i]))
    if documents:
        ids = list(documents)
        docs = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            docs += conn.execute(f"SELECT id, title, substr(date, 1, 4) FROM documents WHERE id IN "
                                 f"({','.join('?' * len(chunk))})", chunk).fetchall()
        docs.sort(key=lambda r: (-documents[r[0]], r[0]))
        out["document"] = [Facet(str(i), t, documents[i]) for i, t, _y in docs]
        years: dict[str, int] = {}
        for i, _t, y in docs:
            if y:
                years[y] = years.get(y, 0) + documents[i]
        out["year"] = [Facet(y, y, years[y]) for y in sorted(years, reverse=True)]
    return out


def facet_counts(conn: sqlite3.Connection, passage_ids: list[int]) -> dict[str, list[Facet]]:
    """Counts of matching passages by partner, unit, document and year (from SQLite).

    The joins are driven from the hit ids (CROSS JOIN fixes the order): SQLite would
    otherwise walk every mention of every partner, 8× slower on a 20k-page library.
    """
    out: dict[str, list[Facet]] = {"country": [], "unit": [], "document": [], "year": []}
    if not passage_ids:
        return out
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS hit_ids (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM hit_ids")
    conn.executemany("INSERT OR IGNORE INTO hit_ids VALUES (?)", [(i,) for i in passage_ids])
    rows = conn.execute(
        "SELECT e.type, e.id, e.name, COUNT(DISTINCT m.passage_id) AS n FROM hit_ids h "
        "CROSS JOIN mentions m ON m.passage_id = h.id CROSS JOIN entities e ON e.id = m.entity_id "
        "WHERE e.type IN ('country', 'unit') AND e.hidden = 0 GROUP BY e.id ORDER BY n DESC, e.name, e.key"
    ).fetchall()
    for type_, i, name, n in rows:
        if len(out[type_]) < FACET_VALUES:
            out[type_].append(Facet(str(i), name, n))
    rows = conn.execute(
        "SELECT d.id, d.title, substr(d.date, 1, 4), COUNT(*) AS n FROM hit_ids h CROSS JOIN passages p ON p.id = h.id "
        "CROSS JOIN documents d ON d.id = p.doc_id GROUP BY d.id ORDER BY n DESC, d.id"
    ).fetchall()
    out["document"] = [Facet(str(i), t, n) for i, t, _y, n in rows]
    years: dict[str, int] = {}
    for _i, _t, y, n in rows:
        if y:
            years[y] = years.get(y, 0) + n
    out["year"] = [Facet(y, y, years[y]) for y in sorted(years, reverse=True)]
    return out
