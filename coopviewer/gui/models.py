"""Qt item models, apart from their views: entities per type, and search results by document."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from coopviewer.export.citation import format_doc_date
from coopviewer.models import EntityInfo, Hit

ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
HTML_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4  # what a sortable column sorts by (numbers as numbers)

# One of a type, as the review list says it beside a candidate's name: "Systeem (person)".
TYPE_SINGULAR = {
    "country": QT_TRANSLATE_NOOP("EntityModel", "partner"),
    "unit": QT_TRANSLATE_NOOP("EntityModel", "unit"),
    "organisation": QT_TRANSLATE_NOOP("EntityModel", "organisation"),
    "programme": QT_TRANSLATE_NOOP("EntityModel", "programme"),
    "agreement": QT_TRANSLATE_NOOP("EntityModel", "agreement"),
    "person": QT_TRANSLATE_NOOP("EntityModel", "person"),
    "reference": QT_TRANSLATE_NOOP("EntityModel", "reference"),
}
CANDIDATE_COLOUR = "#b26a00"  # amber: "look at me", readable on white and on grey selection

_candidate_icon: QIcon | None = None


def candidate_icon() -> QIcon:
    """A small amber "?" badge: this entity was found by a rule and awaits the analyst."""
    global _candidate_icon
    if _candidate_icon is None:
        icon = QIcon()
        for size in (16, 32):  # crisp on ordinary and high-density screens
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(CANDIDATE_COLOUR))
            painter.drawEllipse(1, 1, size - 2, size - 2)
            font = QFont()
            font.setBold(True)
            font.setPixelSize(int(size * 0.72))
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "?")
            painter.end()
            icon.addPixmap(pixmap)
        _candidate_icon = icon
    return _candidate_icon


def percent(confidence: float) -> str:
    return f"{round(confidence * 100)} %"


def candidate_text(e: EntityInfo) -> str:
    """ "candidate · 85 %": the words beside a candidate, in the interface's language."""
    return QCoreApplication.translate("EntityModel", "candidate · %1").replace("%1", percent(e.confidence))


def entity_tooltip(e: EntityInfo, label: str, counts: str) -> str:
    """Name, (for a candidate) what that means and what to do, counts, aliases."""
    lines = [f"<b>{html.escape(label)}</b>"]
    if e.candidate:
        lines.append(f"<span style='color:{CANDIDATE_COLOUR}'>{html.escape(candidate_text(e))}</span> — "
                     + html.escape(QCoreApplication.translate(
                         "EntityModel", "found by a rule, not in the gazetteer. Right-click to confirm, merge or hide it.")))
    lines.append(html.escape(counts))
    aliases = ", ".join(e.aliases[:12])
    if aliases:
        lines.append(f"<i>{html.escape(aliases)}</i>")
    return "<br>".join(lines)


def mark_candidate(item: QStandardItem, e: EntityInfo) -> None:
    """Italic, amber, with the "?" badge: what sets a candidate apart in every list."""
    if not e.candidate:
        return
    font = item.font()
    font.setItalic(True)
    item.setFont(font)
    item.setForeground(QColor(CANDIDATE_COLOUR))
    item.setIcon(candidate_icon())


class EntityModel(QStandardItemModel):
    """Entities of one type; units nested under their parent formation when known."""

    def __init__(self, type_: str, parent=None) -> None:
        super().__init__(parent)
        self.type = type_

    def set_entities(self, entities: list[EntityInfo], english: bool = False) -> None:
        """Two columns: the name, and how many passages name it (what a click lists)."""
        self.clear()
        items: dict[str, list[QStandardItem]] = {}
        for e in entities:
            label = f"{e.name} — {e.english}" if english and e.english and e.english != e.name else e.name
            item = QStandardItem(label)
            item.setEditable(False)
            item.setData(e, ENTITY_ROLE)
            counts = self.counts_text(e)
            item.setToolTip(entity_tooltip(e, label, counts))
            mark_candidate(item, e)
            count = QStandardItem(str(e.passages or e.mentions))
            count.setEditable(False)
            count.setData(e, ENTITY_ROLE)
            count.setToolTip(f"{candidate_text(e)} · {counts}" if e.candidate else counts)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[e.key] = [item, count]
        for e in entities:
            parent_key = e.attrs.get("parent") if self.type == "unit" else None
            parent = items.get(parent_key) if parent_key else None
            (parent[0] if parent else self.invisibleRootItem()).appendRow(items[e.key])

    def counts_text(self, e: EntityInfo) -> str:
        """What an entity's numbers count, said in words: "110 mentions in 49 passages"."""
        mentions = self.tr("%n mentions", "", e.mentions)
        passages = self.tr("in %n passages", "", e.passages or e.mentions)
        return f"{mentions} {passages}"

    def find(self, name: str) -> QModelIndex:
        for item in self._walk(self.invisibleRootItem()):
            e = item.data(ENTITY_ROLE)
            if e is not None and (e.name == name or name in e.aliases):
                return item.index()
        return QModelIndex()

    def find_key(self, key: str) -> QModelIndex:
        """The row of the entity with this key (names change with a rename, keys do not)."""
        for item in self._walk(self.invisibleRootItem()):
            e = item.data(ENTITY_ROLE)
            if e is not None and e.key == key:
                return item.index()
        return QModelIndex()

    def _walk(self, root: QStandardItem):
        for row in range(root.rowCount()):
            child = root.child(row)
            yield child
            yield from self._walk(child)


class CandidateModel(EntityModel):
    """The candidates of every type in one flat list, to review: name (type), how sure
    the rule was, how many passages name it. Sorted through the proxy by SORT_ROLE;
    ties in one column are ordered by the other, so the order is always the same."""

    def __init__(self, parent=None) -> None:
        super().__init__("candidate", parent)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The entity lists' words ("%n mentions", …) and their translations: Qt would
        look them up under this class's name, where no translation is kept."""
        return QCoreApplication.translate("EntityModel", text, disambiguation, n)

    def set_entities(self, entities: list[EntityInfo], english: bool = False) -> None:
        self.clear()
        self.setHorizontalHeaderLabels([
            QCoreApplication.translate("EntityModel", "Candidate"), "%", "#"])
        for header, tip in ((0, QCoreApplication.translate("EntityModel", "Click a column to sort by it")),
                            (1, QCoreApplication.translate("EntityModel", "How sure the rule that found it was")),
                            (2, QCoreApplication.translate("EntityModel", "How many passages name it"))):
            self.horizontalHeaderItem(header).setToolTip(tip)
        for e in entities:
            if not e.candidate:
                continue
            label = f"{e.name} — {e.english}" if english and e.english and e.english != e.name else e.name
            type_label = QCoreApplication.translate("EntityModel", TYPE_SINGULAR.get(e.type, e.type))
            counts = self.counts_text(e)
            passages = e.passages or e.mentions
            cells = [(f"{label} ({type_label})", label.casefold()),
                     (percent(e.confidence), e.confidence + passages / 1e6),
                     (str(passages), passages + e.confidence / 2)]
            row = []
            for n, (text, sort_value) in enumerate(cells):
                item = QStandardItem(text)
                item.setEditable(False)
                item.setData(e, ENTITY_ROLE)
                item.setData(sort_value, SORT_ROLE)
                item.setToolTip(entity_tooltip(e, f"{label} ({type_label})", counts))
                if n >= 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                row.append(item)
            mark_candidate(row[0], e)
            self.invisibleRootItem().appendRow(row)


class EntityFilter(QSortFilterProxyModel):
    """Filters by name or alias, keeping the parents of matching units."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.needle = ""

    def set_needle(self, text: str) -> None:
        """Filter by `text` as typed (Qt's fixed-string pattern escapes spaces, so
        "Lichte Brigade" would match nothing if read back from the pattern)."""
        self.needle = text.strip().lower()
        self.setFilterFixedString(text)  # re-runs the filter (which reads self.needle)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt API
        needle = self.needle
        if not needle:
            return True
        e = self.sourceModel().index(row, 0, parent).data(ENTITY_ROLE)
        if e is None:
            return False
        return any(needle in n.lower() for n in [e.name, *(e.aliases or []), e.english or ""])


def marked_html(text: str, spans: list[list[int]]) -> str:
    out, pos = [], 0
    for s, e in sorted(spans):
        if s < pos:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(f"<b>{html.escape(text[s:e])}</b>")
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out)


def snippet_html(hit: Hit, width: int = 240) -> str:
    """The hit's text in the windows that show every matched word, matched words in bold."""
    from coopviewer.snippets import ELLIPSIS, snippet_windows

    windows = snippet_windows(hit.text, hit.spans, width)
    parts = []
    for n, (start, end) in enumerate(windows):
        spans = [[max(s, start) - start, min(e, end) - start] for s, e in hit.spans if e > start and s < end]
        piece = marked_html(hit.text[start:end], spans)
        parts.append((ELLIPSIS if start else "") + piece + (ELLIPSIS if n == len(windows) - 1 and end < len(hit.text) else ""))
    return " ".join(parts)


# How the results can be ordered: (key, label). Hits stay grouped under their document
# either way; the key orders the documents (and so what F3 walks).
SORT_KEYS = (
    ("relevance", QT_TRANSLATE_NOOP("ResultsModel", "Relevance")),
    ("date", QT_TRANSLATE_NOOP("ResultsModel", "Newest first")),
    ("document", QT_TRANSLATE_NOOP("ResultsModel", "Document")),
)


def sort_hits(hits: list[Hit], key: str | None) -> list[Hit]:
    """The hits in the order `key` names; within a document always in reading order.

    "relevance" keeps the library's order (best document first), "date" puts the
    newest documents first (undated last), "document" orders by title.
    """
    if key in (None, "relevance"):
        return list(hits)
    first_seen: dict[int, int] = {}
    for n, h in enumerate(hits):
        first_seen.setdefault(h.doc_id, n)
    ordered = sorted(hits, key=lambda h: (first_seen[h.doc_id], h.page, h.passage_id))
    if key == "date":  # a stable sort: equal dates keep the relevance order; undated ("") last
        ordered.sort(key=lambda h: h.date or "", reverse=True)
    elif key == "document":
        ordered.sort(key=lambda h: h.title.casefold())
    else:
        raise ValueError(f"unknown sort key {key!r}")
    return ordered


class ResultsModel(QStandardItemModel):
    """Hits grouped under their document (title, date, number), in the library's order."""

    def __init__(self, parent=None, lang: str = "nl") -> None:
        super().__init__(parent)
        self.lang = lang
        self.hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.clear()
        self.hits = list(hits)
        groups: dict[int, QStandardItem] = {}
        for hit in hits:
            group = groups.get(hit.doc_id)
            if group is None:
                meta = " · ".join(x for x in (format_doc_date(hit.date, self.lang), hit.number and f"Kamerstuk {hit.number}") if x)
                group = QStandardItem(f"{hit.title}" + (f"  —  {meta}" if meta else ""))
                group.setEditable(False)
                group.setData(f"<b>{html.escape(hit.title)}</b>" + (f" <span style='color:#666'>{html.escape(meta)}</span>" if meta else ""),
                              HTML_ROLE)
                groups[hit.doc_id] = group
                self.invisibleRootItem().appendRow(group)
            item = QStandardItem(f"p. {hit.page}  {hit.snippet}")
            item.setEditable(False)
            item.setData(hit, HIT_ROLE)
            item.setData(f"<span style='color:#666'>p. {hit.page}</span>&nbsp; {snippet_html(hit)}", HTML_ROLE)
            group.appendRow(item)

    def hit_index(self, n: int) -> QModelIndex:
        """The index of the n-th hit in reading order."""
        count = 0
        for r in range(self.rowCount()):
            group = self.item(r)
            for c in range(group.rowCount()):
                if count == n:
                    return group.child(c).index()
                count += 1
        return QModelIndex()

    def position_of(self, index: QModelIndex) -> int:
        hit = index.data(HIT_ROLE)
        return self.hits.index(hit) if hit in self.hits else -1


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML_ROLE text (bold matches) with the view's selection colours."""

    def paint(self, painter, option, index) -> None:
        html_text = index.data(HTML_ROLE)
        if not html_text:
            return super().paint(painter, option, index)
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        colour = option.palette.highlightedText().color() if option.state & QStyle.StateFlag.State_Selected else option.palette.text().color()
        doc.setDefaultStyleSheet(f"body {{ color: {colour.name()}; }}")
        doc.setHtml(f"<body>{html_text}</body>")
        doc.setTextWidth(option.rect.width() - 4)
        painter.save()
        painter.translate(option.rect.left() + 2, option.rect.top() + 1)
        doc.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()))
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        html_text = index.data(HTML_ROLE)
        if not html_text:
            return super().sizeHint(option, index)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(html_text)
        width = option.rect.width()
        view = option.widget
        if width <= 0 and view is not None and hasattr(view, "indentation"):
            # the width the row will get: the view's, less the indentation of its depth
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width = view.viewport().width() - view.indentation() * (depth + 1)
        doc.setTextWidth(max((width if width > 0 else 380) - 4, 120))
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)
