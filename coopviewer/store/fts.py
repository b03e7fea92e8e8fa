"""SQLite FTS5 over passages.text: the benchmark's third engine, on a copy of a library's database.

Not used by the app; kept beside the rest of the SQL so the benchmark holds none.
"""

from __future__ import annotations

import os
import sqlite3
import time

from coopviewer.store.facets import facet_counts


class FtsTwin:
    def __init__(self, library_db: str, directory: str) -> None:
        src = sqlite3.connect(library_db)
        self.conn = sqlite3.connect(os.path.join(directory, "copy.sqlite"))
        src.backup(self.conn)
        src.close()

    def build(self) -> tuple[float, int]:
        """Build the FTS5 table; (seconds, bytes of index data)."""
        t0 = time.perf_counter()
        self.conn.execute("CREATE VIRTUAL TABLE fts USING fts5(text, content='passages', content_rowid='id', "
                          "tokenize='unicode61 remove_diacritics 2')")
        self.conn.execute("INSERT INTO fts(fts) VALUES ('rebuild')")
        self.conn.commit()
        seconds = time.perf_counter() - t0
        size = sum(r[0] for r in self.conn.execute(
            "SELECT SUM(length(block)) FROM fts_data UNION ALL SELECT SUM(length(sz)) FROM fts_docsize"
        ).fetchall() if r[0])
        return seconds, size

    def search(self, fts: str | None, entity_id: int | None, year: str | None, facets: bool, facet_cap: int) -> list:
        """The top 50 passages (text, boxes, title) as the app shows them; with `facets`, all
        matches are ranked and the best `facet_cap` counted by the library's own facet SQL."""
        conn = self.conn
        where, args = [], []
        if fts:
            where.append("p.id IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
            args.append(fts)
        if entity_id is not None:
            where.append("p.id IN (SELECT passage_id FROM mentions WHERE entity_id = ?)")
            args.append(entity_id)
        if year:
            where.append("p.doc_id IN (SELECT id FROM documents WHERE substr(date, 1, 4) = ?)")
            args.append(year)
        if fts:
            sql = (f"SELECT p.id FROM fts JOIN passages p ON p.id = fts.rowid WHERE fts MATCH ? AND "
                   f"{' AND '.join(where[1:]) or '1'} ORDER BY fts.rank")
            args = [fts, *args[1:]]
        else:
            sql = f"SELECT p.id FROM passages p WHERE {' AND '.join(where)} ORDER BY p.doc_id, p.page, p.seq"
        ids = [r[0] for r in conn.execute(sql + ("" if facets else " LIMIT 50"), args)]
        top = ids[:50]
        marks = ",".join("?" * len(top))
        rows = conn.execute(f"SELECT p.id, p.text, p.boxes, d.title FROM passages p JOIN documents d ON d.id = p.doc_id "
                            f"WHERE p.id IN ({marks})", top).fetchall() if top else []
        if facets and ids:
            facet_counts(conn, ids[:facet_cap])
        return rows

    def close(self) -> None:
        self.conn.close()
