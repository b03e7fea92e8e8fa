"""Plain dataclasses the library facade returns to the GUI and the CLI.

No SQL row or search-engine hit leaks above the facade: callers get
these, and `asdict` of them is the CLI's JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Rect = tuple[float, float, float, float]

# The facts every layer shares, written once.
# Kinds of entity the extractor finds; the CLI's --type, the GUI's tabs and the
# query filters (search/query.py ENTITY_FILTERS) name these.
ENTITY_TYPES = ("country", "unit", "organisation", "programme", "agreement", "person", "reference")
# Document statuses whose passages are stored and searchable ('little_text': a scan
# with a thin text layer, kept with a warning); anything else is a failed file.
SEARCHABLE_STATUSES = ("ok", "little_text")


@dataclass
class DocumentInfo:
    id: int
    path: str
    title: str
    kind: str
    date: str | None
    number: str | None
    pages: int
    status: str
    error: str | None
    stored: str | None = None
    sha256: str = ""

    @property
    def searchable(self) -> bool:
        return self.status in SEARCHABLE_STATUSES

    def cli_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("id", "path", "title", "kind", "date", "number", "pages", "status", "error")}


@dataclass
class PageInfo:
    doc_id: int
    page: int  # 1-based
    width: float
    height: float
    rotation: int


@dataclass
class PassageInfo:
    id: int
    doc_id: int
    page: int
    text: str
    boxes: list[tuple[int, int, float, float, float, float]]

    def rects(self, start: int, end: int) -> list[Rect]:
        from coopviewer.geometry import span_rects

        return span_rects(self.boxes, start, end)


@dataclass
class Hit:
    doc_id: int
    title: str
    path: str
    page: int
    passage_id: int
    score: float
    snippet: str
    spans: list[list[int]]
    text: str
    date: str | None = None
    number: str | None = None
    rects: list[Rect] = field(default_factory=list)
    # marks on the next page, where the passage runs on over the page break ("Lichte / Brigade")
    next_page_rects: list[Rect] = field(default_factory=list)

    def cli_dict(self) -> dict:
        keys = ("doc_id", "title", "path", "page", "passage_id", "score", "snippet", "spans", "text")
        return {k: getattr(self, k) for k in keys}


@dataclass
class Facet:
    key: str  # entity id, doc id or year, as text
    label: str
    count: int


@dataclass
class SearchResults:
    query: str
    hits: list[Hit]
    total: int
    facets: dict[str, list[Facet]] = field(default_factory=dict)


@dataclass
class EntityDocument:
    doc_id: int
    path: str
    title: str
    mentions: int
    pages: list[int]


@dataclass
class EntityInfo:
    id: int
    key: str
    type: str
    name: str
    english: str | None
    aliases: list[str]
    mentions: int
    documents: list[EntityDocument] = field(default_factory=list)
    attrs: dict = field(default_factory=dict)
    hidden: bool = False
    passages: int = 0  # distinct passages naming it: what a click lists (mentions counts each naming)

    @property
    def candidate(self) -> bool:
        """Found by a rule, not known to the gazetteer: the analyst may confirm, merge or hide it."""
        return bool(self.attrs.get("candidate"))

    @property
    def confidence(self) -> float:
        """How sure the recogniser was (1.0 for the gazetteer's own entities)."""
        return float(self.attrs.get("confidence", 1.0))

    def cli_dict(self) -> dict:
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "english": self.english,
            "aliases": self.aliases,
            "mentions": self.mentions,
            "documents": [d.__dict__ for d in self.documents],
            "candidate": self.candidate,
            "confidence": self.confidence,
        }


@dataclass
class Mention:
    id: int
    entity_id: int
    doc_id: int
    path: str
    page: int
    passage_id: int
    start: int
    end: int
    surface: str
    rects: list[Rect]
    part_of: int | None = None  # a name split over a page break: its part on the next page names its first part

    def cli_dict(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "path": self.path,
            "page": self.page,
            "passage_id": self.passage_id,
            "surface": self.surface,
            "rects": [list(r) for r in self.rects],
        }


@dataclass
class Reference:
    key: str
    entity_id: int
    cited_in: list[dict]
    resolves_to: int | None
    kind: str = "kamerstuk"  # kamerstuk | zaak (a case number) | trb | handelingen

    def cli_dict(self) -> dict:
        return {"key": self.key, "kind": self.kind, "cited_in": self.cited_in, "resolves_to": self.resolves_to}


@dataclass
class IngestProblem:
    path: str
    reason: str


@dataclass
class IngestReport:
    added: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)
    pages: int = 0
    seconds: float = 0.0
    cancelled: bool = False

    def cli_dict(self) -> dict:
        return {
            "added": self.added,
            "skipped": self.skipped,
            "failed": self.failed,
            "pages": self.pages,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class Progress:
    """Reported during ingest: files and pages done, the current file, problems so far."""

    files_done: int
    files_total: int
    pages_done: int
    current: str
    message: str = ""
