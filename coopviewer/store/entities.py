"""Entities, aliases, mentions and relations, with the analyst's corrections on top.

Entity rows are keyed by the extractor's stable key ("country:DE", "unit:13-lichte-brigade"),
so a re-ingest finds the same entity again. Corrections (alias, unalias, merge, rename,
hide) live in their own table and are applied whenever entities are written: the
shipped gazetteer is never edited, and nothing the analyst said is lost on re-ingest.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from coopviewer.geometry import Box, span_rects
from coopviewer.models import EntityDocument, EntityInfo, Mention, Reference
from coopviewer.page_breaks import joined, page_runs
from coopviewer.store.analyst_schema import OPS_WITHOUT_VALUE
from coopviewer.store.ids import as_row_id
from coopviewer.store.schema import SEARCHABLE_SQL as SEARCHABLE


def fold(text: str) -> str:
    """Case- and accent-insensitive form used to look names up."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())

BREAK_WINDOW = 300  # chars either side of a page break the extractor reads for names over it

# One half of a page break: (passage id, page, text, word boxes).
PassageHalf = tuple[int, int, str, list[Box]]


@dataclass
class Corrections:
    """The analyst's corrections, folded into lookups the writers need."""

    merged_into: dict[str, str] = field(default_factory=dict)
    renamed: dict[str, str] = field(default_factory=dict)
    hidden: set[str] = field(default_factory=set)
    confirmed: set[str] = field(default_factory=set)  # candidates the analyst has confirmed
    extra_aliases: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    removed_aliases: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> Corrections:
        c = cls()
        for op, key, value in conn.execute("SELECT op, entity_key, value FROM corrections ORDER BY id"):
            if not isinstance(key, str) or (op not in OPS_WITHOUT_VALUE and not (isinstance(value, str) and value.strip())):
                continue  # a damaged row (imported before import checked records): ignored, `correct delete` removes it
            if op == "merge":
                c.merged_into[key] = value
            elif op == "unmerge":
                c.merged_into.pop(key, None)
            elif op == "rename":
                c.renamed[key] = value
            elif op == "hide":
                c.hidden.add(key)
            elif op == "unhide":
                c.hidden.discard(key)
            elif op == "confirm":
                c.confirmed.add(key)
            elif op == "unconfirm":
                c.confirmed.discard(key)
            elif op == "alias":
                c.extra_aliases[key].append(value)
                if value in c.removed_aliases.get(key, []):
                    c.removed_aliases[key].remove(value)
            elif op == "unalias":
                c.removed_aliases[key].append(value)
                if value in c.extra_aliases.get(key, []):
                    c.extra_aliases[key].remove(value)
        return c

    def resolve(self, key: str) -> str:
        """Follow merges to the entity that now stands for `key`."""
        seen = set()
        while key in self.merged_into and key not in seen:
            seen.add(key)
            key = self.merged_into[key]
        return key


class EntityWriter:
    """Writes extracted mentions, creating entity rows on first sight (caller owns the transaction)."""

    def __init__(self, conn: sqlite3.Connection, extractor, corrections: Corrections) -> None:
        self.conn = conn
        self.extractor = extractor
        self.corrections = corrections
        self._ids: dict[str, int] = {}
        self._learned: dict[str, int] = {}  # key → how many learned names its stored attrs hold
        for key, entity_id, type_, name, attrs in conn.execute("SELECT key, id, type, name, attrs FROM entities"):
            self._ids[key] = entity_id
            stored = json.loads(attrs or "{}")
            if stored.get("learned") and extractor is not None:
                # names learned from earlier documents (an abbreviation, a ship, a surname) keep naming
                # their entity in the documents added now
                extractor.remember(key, type_, name, [name, *stored["learned"]], stored)
                self._learned[key] = len(stored["learned"])

    def forget(self, reload: bool = True) -> None:
        """Drop the remembered entity ids (after a rollback they may name rows that are gone),
        reading them again; without `reload` each is met again by the insert, which on a team
        server returns the existing row (store/pg/connection.py)."""
        self._ids = {k: i for k, i in self.conn.execute("SELECT key, id FROM entities")} if reload else {}

    def entity_id(self, key: str, type_: str, name: str, english: str | None, attrs: dict) -> int:
        key = self.corrections.resolve(key)
        if key in self._ids:
            return self._ids[key]
        info = self.extractor.info(key) if self.extractor is not None else None
        if info is not None:
            type_, name, english, attrs = info.type, info.name, info.english, dict(info.attrs)
            aliases = list(info.aliases)
        else:
            aliases = []
        if key in self.corrections.confirmed:
            attrs = {**attrs, "candidate": False}
        display = self.corrections.renamed.get(key, name)
        cur = self.conn.execute(
            "INSERT INTO entities (key, type, name, english, attrs, hidden) VALUES (?, ?, ?, ?, ?, ?)",
            (key, type_, display, english, json.dumps(attrs, ensure_ascii=False), int(key in self.corrections.hidden)),
        )
        entity_id = int(cur.lastrowid)
        self._ids[key] = entity_id
        self._add_aliases(entity_id, [name, *( [english] if english else []), *aliases], "gazetteer")
        self._add_aliases(entity_id, self.corrections.extra_aliases.get(key, []), "user")
        if display != name:
            self._add_aliases(entity_id, [display], "user")
        # Entities merged into this one bring their names along.
        for src, dst in self.corrections.merged_into.items():
            if self.corrections.resolve(dst) == key and self.extractor is not None:
                src_info = self.extractor.info(src)
                if src_info is not None:
                    names = [src_info.name, *([src_info.english] if src_info.english else []), *src_info.aliases]
                    self._add_aliases(entity_id, names, "merged")
        return entity_id

    def _update_learned(self, key: str, entity_id: int) -> None:
        """A candidate that learned a name after its row was written (its abbreviation defined later)."""
        if self.extractor.learned_count(key) <= self._learned.get(key, 0):
            return  # the usual case, checked without copying the entity's info for every mention
        info = self.extractor.info(key)
        learned = info.attrs.get("learned", []) if info is not None else []
        if len(learned) > self._learned.get(key, 0):
            self._learned[key] = len(learned)
            row = self.conn.execute("SELECT attrs FROM entities WHERE id = ?", (entity_id,)).fetchone()
            attrs = {**json.loads(row[0] or "{}"), "learned": learned, "learned_kind": info.attrs.get("learned_kind")}
            self.conn.execute("UPDATE entities SET attrs = ? WHERE id = ?", (json.dumps(attrs, ensure_ascii=False), entity_id))
            self._add_aliases(entity_id, learned, "seen")

    def _add_aliases(self, entity_id: int, names: list[str], source: str) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO aliases (entity_id, alias, folded, source) VALUES (?, ?, ?, ?)",
            [(entity_id, n, fold(n), source) for n in names if n and n.strip()],
        )

    _seen_aliases: set[tuple[int, str]] | None = None  # set by add_document for its transaction

    def add_passage(self, doc_id: int, page: int, passage_id: int, text: str, boxes: list,
                    own_number: str | None = None) -> list[int]:
        """Extract and store the mentions and relations of one passage; return its entity ids.

        A document's own parliamentary number (in its running header or footer) is
        not a citation, so it is left out.
        """
        if self.extractor is None:
            return []
        found = [f for f in self.extractor.extract(text) if not (own_number and f.key == f"ref:{own_number}")]
        ids: list[int] = []
        by_key: dict[str, int] = {}
        rows = []
        seen = self._seen_aliases if self._seen_aliases is not None else set()
        for f in found:
            eid = self.entity_id(f.key, f.type, f.name, f.english, dict(f.attrs))
            self._update_learned(f.key, eid)
            by_key[f.key] = eid
            ids.append(eid)
            rects = span_rects(boxes, f.start, f.end)
            if not rects:
                continue
            rows.append((eid, doc_id, page, passage_id, f.start, f.end, f.surface, _rects_json(rects)))
            if (eid, f.surface) in seen:
                continue  # written earlier in this document's transaction: the insert would be ignored
            seen.add((eid, f.surface))
            self.conn.execute(
                "INSERT OR IGNORE INTO aliases (entity_id, alias, folded, source) VALUES (?, ?, ?, 'seen')",
                (eid, f.surface, fold(f.surface)),
            )
        self.conn.executemany(
            "INSERT INTO mentions (entity_id, doc_id, page, passage_id, start, end, surface, rects) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        for rel in self.extractor.relations(text, found):
            src, dst = by_key.get(rel.source), by_key.get(rel.target)
            if src and dst and src != dst:
                self.conn.execute(
                    "INSERT INTO relations (source_id, target_id, kind, doc_id, passage_id, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (src, dst, rel.kind, doc_id, passage_id, rel.start, rel.end),
                )
        return sorted(set(ids))

    def add_document(self, doc_id: int, passages: list[PassageHalf], own_number: str | None = None) -> dict[int, list[int]]:
        """Extract a document's passages (in reading order) and the names over its page breaks;
        return each passage's entity ids."""
        # (entity id, surface) pairs whose 'seen' alias this document has written; one document is one
        # transaction, so the set never outlives the rows it stands for
        self._seen_aliases: set[tuple[int, str]] = set()
        ids = {pid: self.add_passage(doc_id, page, pid, text, boxes, own_number) for pid, page, text, boxes in passages}
        for i, j in page_runs([(page, text) for _pid, page, text, _boxes in passages]):
            if self.add_page_break(doc_id, passages[i], passages[j], own_number):
                for pid in (passages[i][0], passages[j][0]):
                    ids[pid] = self.passage_entity_ids(pid)
        return ids

    def add_page_break(self, doc_id: int, before: PassageHalf, after: PassageHalf,
                       own_number: str | None = None) -> bool:
        """Store the mentions that cross a page break as one mention in two rows; True if any.

        `before` is a page's last body passage and `after` the next page's first, which it
        runs on in (page_breaks.page_runs). The extractor reads them joined; a name over the
        join ("13e Lichte" / "Brigade") is stored on both passages, the second row naming
        the first in `part_of`, and replaces what either half alone took for a mention there.
        """
        if self.extractor is None:
            return False
        a_id, a_page, a_text, a_boxes = before
        b_id, b_page, b_text, b_boxes = after
        # the extractor reads a window around the break, not both passages again
        start = a_text.find(" ", len(a_text) - BREAK_WINDOW) + 1 if len(a_text) > BREAK_WINDOW else 0
        end = b_text.rfind(" ", 0, BREAK_WINDOW) if len(b_text) > BREAK_WINDOW else len(b_text)
        end = end if end > 0 else BREAK_WINDOW  # no space to cut at: cut in the word
        cut = len(a_text) + 1  # where `after` starts in the joined text
        found = False
        for f in self.extractor.extract(joined(a_text[start:], b_text[:end])):
            f_start, f_end = f.start + start, f.end + start  # in the whole of `before` + " " + `after`
            if not (f_start < len(a_text) and f_end > cut) or (own_number and f.key == f"ref:{own_number}"):
                continue
            a_rects, b_rects = span_rects(a_boxes, f_start, len(a_text)), span_rects(b_boxes, 0, f_end - cut)
            if not (a_rects and b_rects):
                continue
            eid = self.entity_id(f.key, f.type, f.name, f.english, dict(f.attrs))
            self._update_learned(f.key, eid)
            self.conn.execute("DELETE FROM mentions WHERE passage_id = ? AND end > ?", (a_id, f_start))
            self.conn.execute("DELETE FROM mentions WHERE passage_id = ? AND start < ?", (b_id, f_end - cut))
            insert = ("INSERT INTO mentions (entity_id, doc_id, page, passage_id, start, end, surface, rects, part_of) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            first = self.conn.execute(insert, (eid, doc_id, a_page, a_id, f_start, len(a_text), f.surface,
                                               _rects_json(a_rects), None)).lastrowid
            self.conn.execute(insert, (eid, doc_id, b_page, b_id, 0, f_end - cut, f.surface, _rects_json(b_rects), first))
            self._add_aliases(eid, [f.surface], "seen")
            found = True
        return found

    def passage_entity_ids(self, passage_id: int) -> list[int]:
        """The entities a passage's stored mentions name (after a page break changed them)."""
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT entity_id FROM mentions WHERE passage_id = ? ORDER BY entity_id", (passage_id,))]


def _rects_json(rects: list) -> str:
    return json.dumps([[round(float(v), 2) for v in r] for r in rects])  # 0.01 pt is enough


def confirm_entity(conn: sqlite3.Connection, entity_id: int, confirmed: bool = True) -> None:
    """Mark a candidate entity as confirmed by the analyst (or a candidate again)."""
    row = conn.execute("SELECT attrs FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return
    attrs = json.loads(row[0] or "{}")
    if confirmed:
        attrs["candidate"] = False
    elif "confidence" in attrs:  # only a rule's entity can be a candidate again
        attrs["candidate"] = True
    conn.execute("UPDATE entities SET attrs = ? WHERE id = ?", (json.dumps(attrs, ensure_ascii=False), entity_id))


# --- reading ---------------------------------------------------------------------------

def find_entities(conn: sqlite3.Connection, name_or_id: str, type_: str | None = None) -> list[int]:
    """Entity ids whose id, key, name or alias matches (case- and accent-insensitive)."""
    text = str(name_or_id).strip()
    row_id = as_row_id(text)
    if row_id is not None:
        row = conn.execute("SELECT id FROM entities WHERE id = ?", (row_id,)).fetchone()
        if row:
            return [row[0]]
    type_clause = " AND e.type = ?" if type_ else ""
    args: list = [text] + ([type_] if type_ else [])
    rows = conn.execute(f"SELECT e.id FROM entities e WHERE e.key = ?{type_clause}", args).fetchall()
    if rows:
        return [r[0] for r in rows]
    folded = fold(text)
    args = [folded] + ([type_] if type_ else [])
    rows = conn.execute(
        f"SELECT e.id, (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id AND m.part_of IS NULL) AS n FROM entities e "
        f"WHERE e.id IN (SELECT entity_id FROM aliases WHERE folded = ?){type_clause} ORDER BY n DESC, e.key",
        args,
    ).fetchall()
    if not rows:
        rows = conn.execute(
            f"SELECT e.id, 0 FROM entities e WHERE lower(e.name) = lower(?){type_clause}", [text] + ([type_] if type_ else [])
        ).fetchall()
    return [r[0] for r in rows]


def entity_rows(
    conn: sqlite3.Connection, type_: str | None = None, doc_id: int | None = None, ids: list[int] | None = None,
    include_hidden: bool = False,
) -> list[EntityInfo]:
    """Entities with mention counts and their documents, most mentioned first."""
    where = ["1 = 1"]
    args: list = []
    if type_:
        where.append("e.type = ?")
        args.append(type_)
    if not include_hidden:
        where.append("e.hidden = 0")
    if ids is not None:
        where.append(f"e.id IN ({','.join('?' * len(ids))})" if ids else "1 = 0")
        args.extend(ids)
    mention_filter = " AND m.doc_id = ?" if doc_id is not None else ""
    margs = [doc_id] if doc_id is not None else []
    rows = conn.execute(
        f"SELECT e.id, e.key, e.type, e.name, e.english, e.attrs, e.hidden, SUM(CASE WHEN m.part_of IS NULL THEN 1 ELSE 0 END) AS n, "
        f"COUNT(DISTINCT m.passage_id) "
        f"FROM entities e JOIN mentions m ON m.entity_id = e.id{mention_filter} "
        f"WHERE {' AND '.join(where)} GROUP BY e.id ORDER BY n DESC, e.name, e.key",
        margs + args,
    ).fetchall()
    if not rows:
        return []
    ent_ids = [r[0] for r in rows]
    aliases: dict[int, list[str]] = defaultdict(list)
    docs: dict[int, dict[int, EntityDocument]] = defaultdict(dict)
    for start in range(0, len(ent_ids), 500):
        chunk = ent_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for eid, alias in conn.execute(
            f"SELECT entity_id, alias FROM aliases WHERE entity_id IN ({marks}) ORDER BY source = 'seen', alias", chunk
        ):
            aliases[eid].append(alias)
        for eid, did, path, title, page, n in conn.execute(
            f"SELECT m.entity_id, m.doc_id, d.path, d.title, m.page, SUM(CASE WHEN m.part_of IS NULL THEN 1 ELSE 0 END) FROM mentions m "
            f"JOIN documents d ON d.id = m.doc_id WHERE m.entity_id IN ({marks}){mention_filter} "
            f"GROUP BY m.entity_id, m.doc_id, m.page, d.id ORDER BY m.doc_id, m.page",
            chunk + margs,
        ):
            entry = docs[eid].setdefault(did, EntityDocument(did, path, title, 0, []))
            entry.mentions += n
            entry.pages.append(page)
    out = []
    for eid, key, type_, name, english, attrs, hidden, n, n_passages in rows:
        names = [a for a in dict.fromkeys(aliases[eid]) if a != name]
        out.append(
            EntityInfo(eid, key, type_, name, english, names, n, list(docs[eid].values()), json.loads(attrs or "{}"),
                       bool(hidden), n_passages)
        )
    return out


def mention_rows(conn: sqlite3.Connection, entity_ids: list[int], doc_id: int | None = None) -> list[Mention]:
    if not entity_ids:
        return []
    marks = ",".join("?" * len(entity_ids))
    clause = " AND m.doc_id = ?" if doc_id is not None else ""
    rows = conn.execute(
        f"SELECT m.id, m.entity_id, m.doc_id, d.path, m.page, m.passage_id, m.start, m.end, m.surface, m.rects, m.part_of "
        f"FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id IN ({marks}){clause} "
        f"ORDER BY d.date IS NULL, d.date DESC, m.doc_id, m.page, m.passage_id, m.start",
        [*entity_ids, *([doc_id] if doc_id is not None else [])],
    ).fetchall()
    return [Mention(*r[:9], [tuple(x) for x in json.loads(r[9])], r[10]) for r in rows]


def page_mentions(conn: sqlite3.Connection, doc_id: int, page: int) -> list[Mention]:
    rows = conn.execute(
        "SELECT m.id, m.entity_id, m.doc_id, d.path, m.page, m.passage_id, m.start, m.end, m.surface, m.rects, m.part_of "
        "FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.doc_id = ? AND m.page = ? ORDER BY m.passage_id, m.start",
        (doc_id, page),
    ).fetchall()
    return [Mention(*r[:9], [tuple(x) for x in json.loads(r[9])], r[10]) for r in rows]


def reference_rows(conn: sqlite3.Connection) -> list[Reference]:
    """Every cited paper, where it is cited, and the library document it resolves to."""
    numbers = {num: did for did, num in conn.execute(
        f"SELECT id, number FROM documents WHERE number IS NOT NULL AND status IN {SEARCHABLE}"
    )}
    out: dict[int, Reference] = {}
    for eid, name, attrs, did, page in conn.execute(
        "SELECT e.id, e.name, e.attrs, m.doc_id, m.page FROM entities e JOIN mentions m ON m.entity_id = e.id "
        "WHERE e.type = 'reference' GROUP BY e.id, m.doc_id, m.page ORDER BY e.name, m.doc_id, m.page"
    ):
        kind = json.loads(attrs or "{}").get("kind", "kamerstuk")
        ref = out.setdefault(eid, Reference(name, eid, [], numbers.get(name), kind))
        ref.cited_in.append({"doc_id": did, "page": page})
    # Kamerstukken first, then case numbers and the other kinds, each in key order.
    return sorted(out.values(), key=lambda r: (r.kind != "kamerstuk", r.kind, r.key))
