"""The SQL the library, the dossier and the search need beyond documents and entities.

Mention-based search (an entity click answered from SQLite's covering index), the
dossier's co-mentions and the network, the index's rows to rebuild from, corrections
and stats. Each function takes a connection; `Store` (store/store.py) is the door.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from coopviewer.page_breaks import junction_texts
from coopviewer.store.schema import SEARCHABLE_SQL as _SEARCHABLE

# --- the index's source rows ------------------------------------------------------------

def searchable_doc_ids(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute(f"SELECT id FROM documents WHERE status IN {_SEARCHABLE} ORDER BY id")]


def index_rows(conn: sqlite3.Connection, doc_id: int) -> Iterator[tuple[int, int, str | None, list[int], str, str | None]]:
    """(passage_id, doc_id, year, entity ids, text, junction) of a document's passages, in reading order.

    The junction of a passage that runs on over a page break holds the words either side
    of the break (page_breaks.junction_text), as ingest indexed it.
    """
    date = conn.execute("SELECT date FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
    year = (date or "")[:4] or None
    ents: dict[int, set[int]] = {}
    for pid, eid in conn.execute("SELECT passage_id, entity_id FROM mentions WHERE doc_id = ?", (doc_id,)):
        ents.setdefault(pid, set()).add(eid)
    rows = conn.execute("SELECT id, page, text FROM passages WHERE doc_id = ? ORDER BY page, seq", (doc_id,)).fetchall()
    junctions = junction_texts([(page, text) for _pid, page, text in rows])
    for (pid, _page, text), junction in zip(rows, junctions, strict=True):
        yield pid, doc_id, year, sorted(ents.get(pid, ())), text, junction


def passages_for_extraction(conn: sqlite3.Connection) -> list[tuple]:
    """(passage id, doc id, page, text, packed boxes, document number) of every passage."""
    return conn.execute(
        "SELECT p.id, p.doc_id, p.page, p.text, p.boxes, d.number FROM passages p "
        "JOIN documents d ON d.id = p.doc_id ORDER BY p.doc_id, p.page, p.seq"
    ).fetchall()


def clear_entities(conn: sqlite3.Connection) -> None:
    """Drop everything extraction derived (before it runs again)."""
    conn.execute("DELETE FROM relations")
    conn.execute("DELETE FROM mentions")
    conn.execute("DELETE FROM entities")


# --- search answered by SQLite --------------------------------------------------------------

def _entity_conditions(entity_groups: list[list[int]], years: list[str], doc_ids: list[int]) -> tuple[str, list]:
    """SQL over `mentions m` and `documents d` for entity, year and document filters."""
    first, *others = entity_groups
    cond = [f"m.entity_id IN ({','.join('?' * len(first))})"]
    args: list = list(first)
    for group in others:  # every further filter must also be named in the same passage
        cond.append(f"m.passage_id IN (SELECT passage_id FROM mentions WHERE entity_id IN ({','.join('?' * len(group))}))")
        args += group
    if years:
        cond.append(f"substr(d.date, 1, 4) IN ({','.join('?' * len(years))})")
        args += years
    if doc_ids:
        cond.append(f"m.doc_id IN ({','.join('?' * len(doc_ids))})")
        args += doc_ids
    return " AND ".join(cond), args


def entity_passages(conn: sqlite3.Connection, entity_groups: list[list[int]], years: list[str],
                    doc_ids: list[int], wanted: int | None) -> tuple[list[int], int]:
    """Passages naming every entity group (and matching the filters), in reading order, and their total.

    Clicking "Nederland" on a 20k-page library names ~150,000 passages: the covering
    index on mentions gives per-document counts, the documents are ordered (newest
    year first, then as ingested) and only the passages of the first documents are
    read, until `wanted` (None: all) are had.
    """
    cond, args = _entity_conditions(entity_groups, years, doc_ids)
    per_doc = conn.execute(
        f"SELECT m.doc_id, substr(d.date, 1, 4), COUNT(DISTINCT m.passage_id) FROM mentions m "
        f"JOIN documents d ON d.id = m.doc_id WHERE {cond} GROUP BY m.doc_id, d.date", args
    ).fetchall()
    per_doc.sort(key=lambda r: (-int(r[1] or 0) if (r[1] or "").isdigit() else 0, r[0]))
    total = sum(n for _d, _y, n in per_doc)
    wanted = total if wanted is None else wanted
    chosen, count = [], 0
    for doc_id, _y, n in per_doc:
        if count >= wanted:
            break
        chosen.append(doc_id)
        count += n
    if not chosen:
        return [], total
    order = {d: i for i, d in enumerate(chosen)}
    marks = ",".join("?" * len(chosen))
    rows = conn.execute(
        f"SELECT DISTINCT m.passage_id, m.doc_id, p.page, p.seq FROM mentions m JOIN passages p ON p.id = m.passage_id "
        f"JOIN documents d ON d.id = m.doc_id WHERE {cond} AND m.doc_id IN ({marks})", [*args, *chosen]
    ).fetchall()
    rows.sort(key=lambda r: (order[r[1]], r[2], r[3]))
    return [r[0] for r in rows[:wanted]], total


def mention_spans(conn: sqlite3.Connection, passage_id: int, entity_ids: list[int]) -> list[list[int]]:
    """[start, end] of the mentions of these entities in one passage."""
    marks = ",".join("?" * len(entity_ids))
    return [[s, e] for s, e in conn.execute(
        f"SELECT start, end FROM mentions WHERE passage_id = ? AND entity_id IN ({marks})", [passage_id, *entity_ids]
    )]


def entity_name_english(conn: sqlite3.Connection, entity_id: int, visible_only: bool = False,
                        ) -> tuple[str, str | None] | None:
    hidden = " AND hidden = 0" if visible_only else ""
    row = conn.execute(f"SELECT name, english FROM entities WHERE id = ?{hidden}", (entity_id,)).fetchone()
    return (row[0], row[1]) if row else None


# --- entities: relations, dossier, network --------------------------------------------------

def relations(conn: sqlite3.Connection, entity_id: int) -> list[dict]:
    rows = conn.execute(
        "SELECT r.kind, s.id, s.name, t.id, t.name, r.doc_id, p.page, r.passage_id FROM relations r "
        "JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id JOIN passages p ON p.id = r.passage_id "
        "WHERE r.source_id = ? OR r.target_id = ? ORDER BY r.doc_id, p.page, r.id",
        (entity_id, entity_id),
    ).fetchall()
    keys = ("kind", "source_id", "source", "target_id", "target", "doc_id", "page", "passage_id")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def entity_names(conn: sqlite3.Connection) -> dict[int, str]:
    return {eid: name for eid, name in conn.execute("SELECT id, name FROM entities")}


def passage_mentions(conn: sqlite3.Connection, passage_id: int) -> list[tuple[int, int, int]]:
    """(entity id, start, end) of every mention in a passage."""
    return conn.execute("SELECT entity_id, start, end FROM mentions WHERE passage_id = ?", (passage_id,)).fetchall()


def related_entities(conn: sqlite3.Connection, entity_id: int, limit: int) -> list[dict]:
    """Entities named in the same passages, most shared passages first."""
    rows = conn.execute(
        "SELECT e.id, e.name, e.type, COUNT(DISTINCT m2.passage_id) AS n FROM mentions m1 "
        "JOIN mentions m2 ON m2.passage_id = m1.passage_id AND m2.entity_id != m1.entity_id "
        "JOIN entities e ON e.id = m2.entity_id "
        "WHERE m1.entity_id = ? AND e.hidden = 0 GROUP BY e.id ORDER BY n DESC, e.name, e.key LIMIT ?",
        (entity_id, limit),
    ).fetchall()
    return [{"id": i, "name": n, "type": t, "passages": c} for i, n, t, c in rows]


def passages_naming_both(conn: sqlite3.Connection, a: int, b: int) -> list[int]:
    rows = conn.execute(
        "SELECT DISTINCT m1.passage_id FROM mentions m1 JOIN mentions m2 ON m2.passage_id = m1.passage_id "
        "WHERE m1.entity_id = ? AND m2.entity_id = ? ORDER BY m1.passage_id",
        (a, b),
    ).fetchall()
    return [r[0] for r in rows]


def network_nodes(conn: sqlite3.Connection, types: tuple[str, ...], exclude: tuple[str, ...]) -> list[dict]:
    """Visible entities of `types` (but the keys in `exclude`) with their mention counts."""
    marks = ",".join("?" * len(types))
    ex = ",".join("?" * len(exclude)) if exclude else "''"
    return [
        {"id": i, "name": n, "type": t, "mentions": c, "key": k}
        for i, n, t, c, k in conn.execute(
            f"SELECT e.id, e.name, e.type, SUM(CASE WHEN m.part_of IS NULL THEN 1 ELSE 0 END), e.key FROM entities e JOIN mentions m ON m.entity_id = e.id "
            f"WHERE e.type IN ({marks}) AND e.hidden = 0 AND e.key NOT IN ({ex}) GROUP BY e.id ORDER BY e.type, e.name, e.key",
            [*types, *exclude],
        )
    ]


def passage_entities(conn: sqlite3.Connection, types: tuple[str, ...]) -> list[tuple[int, int]]:
    """(passage id, entity id) of every mention of an entity of `types`, by passage."""
    marks = ",".join("?" * len(types))
    return conn.execute(
        f"SELECT DISTINCT m.passage_id, m.entity_id FROM mentions m JOIN entities e ON e.id = m.entity_id "
        f"WHERE e.type IN ({marks}) ORDER BY m.passage_id",
        list(types),
    ).fetchall()


# --- corrections and stats ------------------------------------------------------------------

def rename_entity(conn: sqlite3.Connection, entity_id: int, name: str, folded: str) -> None:
    conn.execute("UPDATE entities SET name = ? WHERE id = ?", (name, entity_id))
    conn.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, folded, source) VALUES (?, ?, ?, 'user')",
                 (entity_id, name, folded))


def hide_entity(conn: sqlite3.Connection, entity_id: int, hidden: bool) -> None:
    conn.execute("UPDATE entities SET hidden = ? WHERE id = ?", (int(hidden), entity_id))


def stats(conn: sqlite3.Connection) -> dict:
    q = conn.execute
    return {
        "documents": q(f"SELECT COUNT(*) FROM documents WHERE status IN {_SEARCHABLE}").fetchone()[0],
        "pages": q("SELECT COUNT(*) FROM pages").fetchone()[0],
        "passages": q("SELECT COUNT(*) FROM passages").fetchone()[0],
        "entities": q("SELECT COUNT(*) FROM entities").fetchone()[0],
        "mentions": q("SELECT COUNT(*) FROM mentions WHERE part_of IS NULL").fetchone()[0],
    }
