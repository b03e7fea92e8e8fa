"""Why the team library's tsvector holds the project's own analysis, not PostgreSQL's `dutch`.

    python scripts/compare_pg_dutch.py postgresql://user@host/teamdb

On a team library holding the sample corpus, each word or phrase query is answered
twice: by the library (the project's analyzer in the tsvector, the same passages as
Tantivy and Whoosh) and by `to_tsvector('dutch', text) @@ websearch_to_tsquery('dutch', q)`
(the server's built-in configuration). Prints the passages each finds and where
they differ. Figures in docs/TEAM.md.
"""

from __future__ import annotations

import sys

from coopviewer.library import Library

QUERIES = ["samenwerking", "samenwerkingen", "Duitse", "brigades", "F-35", "de", "België", "Zr.Ms.",
           '"Lichte Brigade"', '"strategische partners"', '"samenwerking met Duitsland"', "brigade OR divisie"]


def main(target: str) -> int:
    with Library(target, readonly=True) as lib:
        pg = lib.store.conn
        differ = 0
        print(f"{'query':<32} {'library':>8} {'dutch':>8}  only library / only dutch")
        for q in QUERIES:
            ours = {h.passage_id for h in lib.search(q, limit=None).hits}
            theirs = {r[0] for r in pg.execute(
                "SELECT id FROM passages WHERE to_tsvector('dutch', text) @@ websearch_to_tsquery('dutch', ?)", (q,))}
            differ += ours != theirs
            print(f"{q:<32} {len(ours):>8} {len(theirs):>8}  {len(ours - theirs)} / {len(theirs - ours)}")
        print(f"{differ} of {len(QUERIES)} queries find other passages with the dutch configuration")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
