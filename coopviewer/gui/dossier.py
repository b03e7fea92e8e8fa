"""The dossier of one entity: timeline, related entities and the co-mention network.

Drawn with Qt itself (QGraphicsScene), no plotting library: every mark carries its
evidence (document, page, passage, rectangles) and a click opens it highlighted in
the viewer. The pictures export as SVG (the same writer as the CLI) and PNG.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopviewer.dossier.build import Dossier, Network
from coopviewer.dossier.build import layout as network_layout
from coopviewer.dossier.svg import (
    KIND_COLOURS,
    TYPE_COLOURS,
    _year_fraction,
    network_svg,
    timeline_svg,
)
from coopviewer.export.citation import format_doc_date
from coopviewer.gui.viewer import Highlight

if TYPE_CHECKING:
    from coopviewer.gui.mainwindow import MainWindow

EVENT_ROLE = Qt.ItemDataRole.UserRole + 20
LABEL_CHARS = 34  # a timeline mark's label: the start of its sentence
LABEL_ROWS = 3  # rows of labels under a lane's marks; a label with no room waits for a zoom
LANE = 72.0  # a lane's height: its name, the marks, and LABEL_ROWS rows of labels


class ZoomView(QGraphicsView):
    """A graphics view with Ctrl+wheel zoom, drag to pan, and fit-to-window.

    The timeline zooms along time only (`horizontal_only`): labels keep their size
    (they ignore the view's transform) and only the spacing between years grows.
    """

    zoomed = Signal()

    def __init__(self, scene: QGraphicsScene, horizontal_only: bool = False) -> None:
        super().__init__(scene)
        self.horizontal_only = horizontal_only
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)

    def zoom(self, factor: float) -> None:
        self.scale(factor, 1.0 if self.horizontal_only else factor)
        self.zoomed.emit()

    def fit(self) -> None:
        """The whole picture in the window."""
        rect = self.scene().itemsBoundingRect().adjusted(-10, -10, 10, 10)
        if rect.isEmpty():
            return
        if self.horizontal_only:
            self.resetTransform()
            self.scale(max(self.viewport().width() - 4, 50) / rect.width(), 1.0)
            self.centerOn(rect.center())
        else:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoomed.emit()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.2 if event.angleDelta().y() > 0 else 1 / 1.2)
            return
        super().wheelEvent(event)


def fixed_size_text(scene: QGraphicsScene, text: str, x: float, y: float, colour: str | None = None) -> QGraphicsSimpleTextItem:
    """A label that keeps its size when the view zooms (its position follows the zoom)."""
    item = scene.addSimpleText(text)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
    item.setPos(x, y)
    if colour:
        item.setBrush(QBrush(QColor(colour)))
    return item


def zoom_buttons(view: ZoomView) -> QHBoxLayout:
    row = QHBoxLayout()
    for text, tip, slot in (("−", QCoreApplication.translate("DossierDialog", "Zoom out (Ctrl+wheel)"), lambda: view.zoom(1 / 1.25)),
                            ("+", QCoreApplication.translate("DossierDialog", "Zoom in (Ctrl+wheel)"), lambda: view.zoom(1.25)),
                            (QCoreApplication.translate("DossierDialog", "Fit"), QCoreApplication.translate("DossierDialog", "Show it all"), view.fit)):
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.clicked.connect(slot)
        row.addWidget(b)
    return row


def place_labels(boxes: list[QRectF], step: float = 14.0, tries: int = 10) -> list[QPointF | None]:
    """Shifts for labels so that none overlaps another: each moves down (then up) in
    `step`s until it is clear of the ones placed before it; None for a label that finds
    no free place (it is left out; its dot keeps the name as tooltip). Pure geometry."""
    placed: list[QRectF] = []
    shifts: list[QPointF | None] = []
    for box in boxes:
        for n in range(tries * 2 + 1):
            dy = ((n + 1) // 2) * step * (1 if n % 2 else -1)
            moved = box.translated(0, dy)
            if not any(moved.intersects(p) for p in placed):
                placed.append(moved)
                shifts.append(QPointF(0, dy))
                break
        else:
            shifts.append(None)
    return shifts


NODE_LABEL_CHARS = 26  # longer names are cut, whole in the tooltip


class DossierDialog(QDialog):
    def __init__(self, window: MainWindow, dossier: Dossier, network: Network) -> None:
        # A window of its own, not a child dialog: a child stays above the main window,
        # and the evidence a mark opens there would be hidden behind the dossier.
        super().__init__(None)
        self.window_ = window
        self.dossier = dossier
        self.network = network
        e = dossier.entity
        self.setWindowTitle(self.tr("Dossier: %1").replace("%1", e["name"]))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(1100, 720)
        head = QLabel(
            f"<h2>{e['name']}</h2><p>{e['type']}" + (f" · {e['english']}" if e["english"] else "")
            + f" · {e['mentions']} " + self.tr("mentions in") + f" {e['documents']} " + self.tr("documents")
            + (f" · {e['first']} – {e['last']}" if e["first"] else "") + "</p>"
            + (f"<p style='color:#555'>{', '.join(e['aliases'][:12])}</p>" if e["aliases"] else "")
        )
        head.setWordWrap(True)
        self.timeline_scene = QGraphicsScene(self)
        self.timeline = ZoomView(self.timeline_scene, horizontal_only=True)
        self.marks: list[tuple[object, object]] = []  # (graphics item, event)
        self.mark_labels: list[QGraphicsSimpleTextItem] = []
        self._draw_timeline()
        timeline_box = QWidget()
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_row = zoom_buttons(self.timeline)
        timeline_row.addStretch(1)
        timeline_row.addWidget(QLabel(self.tr("A dot is a day; a bar a month or a year. Click a mark for its page.")))
        timeline_layout.addLayout(timeline_row)
        timeline_layout.addWidget(self.timeline, 1)
        self.events_table = self._event_table()
        self.related = QListWidget()
        for r in dossier.related:
            item = QListWidgetItem(f"{r['name']}  ({r['type']}, {r['passages']})")
            item.setData(EVENT_ROLE, r)
            self.related.addItem(item)
        self.related.itemActivated.connect(self._related_clicked)
        self.related.itemClicked.connect(self._related_clicked)
        self.network_scene = QGraphicsScene(self)
        self.network_view = ZoomView(self.network_scene)
        # one layout of the whole network: the slider hides edges, it never moves a node
        self.network_pos = network_layout(network, 900, 620)
        self.min_weight = QSlider(Qt.Orientation.Horizontal)
        self.min_weight.setRange(1, max(2, max((len(x["passages"]) for x in network.edges), default=2)))
        self.min_weight.setValue(2 if len(network.edges) > 40 else 1)
        self.min_weight.valueChanged.connect(self._draw_network)
        net_box = QWidget()
        net_layout = QVBoxLayout(net_box)
        row = zoom_buttons(self.network_view)
        row.addWidget(QLabel(self.tr("Minimum passages per edge")))
        row.addWidget(self.min_weight, 1)
        net_layout.addLayout(row)
        net_layout.addWidget(self.network_view, 1)
        legend = " &nbsp; ".join(
            f"<span style='color:{TYPE_COLOURS[t]}; font-size:14pt'>●</span> {label}"
            for t, label in (("country", self.tr("partner")), ("unit", self.tr("unit")))
        ) + " &nbsp; " + self.tr("dot size: mentions · line width: passages naming both · click a line for them")
        self.legend = QLabel(legend)
        self.legend.setWordWrap(True)
        net_layout.addWidget(self.legend)
        self._draw_network()
        self.tabs = tabs = QTabWidget()
        tabs.addTab(timeline_box, self.tr("Timeline"))
        tabs.addTab(self.events_table, self.tr("Events"))
        tabs.addTab(net_box, self.tr("Network"))
        tabs.currentChanged.connect(lambda _: QTimer.singleShot(0, self._fit_views))
        split = QSplitter()
        split.addWidget(tabs)
        split.addWidget(self.related)
        split.setSizes([800, 280])
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Export timeline…"), lambda: self.export("timeline")),
                           (self.tr("Export network…"), lambda: self.export("network")),
                           (self.tr("Close"), self.close)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self._fitted = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._fitted:  # fit once the views have their size
            self._fitted = True
            QTimer.singleShot(0, self._fit_views)

    def _fit_views(self) -> None:
        self.timeline.fit()
        self.network_view.fit()

    def _event_table(self) -> QTableWidget:
        """Every dated event as a row: date, kind, sentence, document, page; sortable."""
        docs = {d["doc_id"]: d for d in self.dossier.documents}
        lang = self.window_.lang
        table = QTableWidget(len(self.dossier.events), 5)
        table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Type"), self.tr("Sentence"), self.tr("Document"), self.tr("Page")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        for row, e in enumerate(self.dossier.events):
            doc = docs.get(e.doc_id, {})
            cells = (
                _SortItem(format_doc_date(e.date, lang), e.date),
                _SortItem(e.kind, e.kind),
                _SortItem(e.label, e.label.casefold()),
                _SortItem(doc.get("title", str(e.doc_id)), doc.get("title", "")),
                _SortItem(str(e.page), e.page),
            )
            cells[2].setToolTip(e.label)
            cells[0].setData(EVENT_ROLE, e)
            for col, item in enumerate(cells):
                table.setItem(row, col, item)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.resizeColumnsToContents()
        table.setColumnWidth(2, min(table.columnWidth(2), 480))
        table.setColumnWidth(3, min(table.columnWidth(3), 260))
        table.cellActivated.connect(lambda row, _col: self.open_event(table.item(row, 0).data(EVENT_ROLE)))
        table.cellDoubleClicked.connect(lambda row, _col: self.open_event(table.item(row, 0).data(EVENT_ROLE)))
        return table

    # --- timeline ---------------------------------------------------------------------
    def _draw_timeline(self) -> None:
        scene, events = self.timeline_scene, self.dossier.events
        kinds = [k for k in KIND_COLOURS if any(e.kind == k for e in events)]
        if not events:
            scene.addSimpleText(self.tr("No dated events for this entity"))
            return
        start = math.floor(min(_year_fraction(e.date) for e in events))
        end = max(math.ceil(max(_year_fraction(e.end_date or e.date, end=True) for e in events)), start + 1)
        # Scene x is years (times `scale`); the view scales it to fit. Lanes are tall
        # enough for a mark and two rows of labels below it.
        left, lane, scale = 0.0, LANE, 40.0

        def x(v: float) -> float:
            return left + (v - start) * scale

        step = 1 if end - start <= 12 else 2 if end - start <= 30 else 5
        for year in range(start, end + 1):
            scene.addLine(x(year), 0, x(year), lane * len(kinds), QPen(QColor("#e3e3e3"), 0))
            if (year - start) % step == 0:
                fixed_size_text(scene, str(year), x(year), lane * len(kinds) + 4)
        for i, kind in enumerate(kinds):
            fixed_size_text(scene, kind, x(start), i * lane + 2, KIND_COLOURS.get(kind))
        for e in sorted(events, key=lambda e: _year_fraction(e.date)):
            y = kinds.index(e.kind) * lane + 22
            colour = QColor(KIND_COLOURS.get(e.kind, "#444"))
            if e.precision == "day":
                item = QGraphicsEllipseItem(QRectF(x(_year_fraction(e.date)) - 6, y - 6, 12, 12))
            else:  # a month or a year is a span, never a day
                x0, x1 = x(_year_fraction(e.date)), x(_year_fraction(e.end_date or e.date, end=True))
                item = QGraphicsRectItem(QRectF(x0, y - 6, max(x1 - x0, 3), 12))
                colour.setAlpha(150)
            item.setBrush(QBrush(colour))
            item.setPen(QPen(colour.darker(130), 0))
            item.setToolTip(f"{e.date} · {e.label}")
            item.setCursor(Qt.CursorShape.PointingHandCursor)
            item.setData(0, e)
            scene.addItem(item)
            self.marks.append((item, e))
            # the label: the date and the sentence's start (rows: see _arrange_labels)
            short = e.label if len(e.label) <= LABEL_CHARS else e.label[:LABEL_CHARS].rsplit(" ", 1)[0] + "…"
            text = fixed_size_text(scene, f"{e.date[:4]} {short}", x(_year_fraction(e.date)), y + 8)
            font = text.font()
            font.setPointSizeF(font.pointSizeF() * 0.85)
            text.setFont(font)
            text.setToolTip(e.label)
            text.setData(0, e)
            text.setData(1, (text.pos().x(), text.pos().y()))  # its anchor: the mark's start
            self.mark_labels.append(text)
        self.timeline.mousePressEvent = self._timeline_press  # type: ignore[method-assign]
        self.timeline.zoomed.connect(self._arrange_labels)

    def _arrange_labels(self) -> None:
        """Give each mark's label a row under its lane where it overlaps no other label at
        the current zoom; a label with no free row hides until a zoom makes room (its
        mark keeps the tooltip, and the Events tab lists every event)."""
        rows_end: dict[tuple[float, int], float] = {}
        for label in sorted(self.mark_labels, key=lambda label: label.data(1)[0]):
            x_scene, y_scene = label.data(1)
            left = self.timeline.mapFromScene(QPointF(x_scene, y_scene)).x()
            width = label.boundingRect().width() + 6
            for row in range(LABEL_ROWS):
                if rows_end.get((y_scene, row), -1e9) <= left:
                    rows_end[(y_scene, row)] = left + width
                    label.setPos(x_scene, y_scene + row * 13)
                    label.setVisible(True)
                    break
            else:
                label.setVisible(False)

    def _timeline_press(self, event) -> None:
        item = self.timeline.itemAt(event.position().toPoint())
        ev = item.data(0) if item is not None else None
        if ev is not None:
            self.open_event(ev)
        else:
            ZoomView.mousePressEvent(self.timeline, event)

    def open_event(self, ev) -> None:
        """Open a mark's evidence page with the words highlighted."""
        w = self.window_
        doc = w.lib.document(ev.doc_id)
        h = Highlight(ev.page, tuple(tuple(r) for r in ev.rects), True, ev.label)
        w.open_in(w.active_pane, w.lib.stored_path(doc), doc.id, doc.title, ev.page, [h])
        w.active_pane.view.show_highlight(h)
        self.bring_main_window_forward()

    # --- related and network -------------------------------------------------------------
    def _related_clicked(self, item: QListWidgetItem) -> None:
        other = item.data(EVENT_ROLE)
        self.show_both(self.dossier.entity["id"], other["id"])

    def show_both(self, a: int, b: int) -> None:
        """The passages that name both entities, listed in the main window."""
        w = self.window_
        w.current_entity = None
        w.clear_search()  # a new question: the old query and facets would lie
        token = w._new_request()

        def shown(hits, err) -> None:
            if token == w._request:
                w.show_results(hits or [], self.tr("%n passages name both", "", len(hits or [])))
                self.bring_main_window_forward()

        w.worker.read(lambda lib: lib.search(f"entity:{a} entity:{b}", limit=200).hits, shown)

    def bring_main_window_forward(self) -> None:
        """The evidence is in the main window: show it in front of the dossier."""
        self.window_.raise_()
        self.window_.activateWindow()

    def _draw_network(self) -> None:
        scene = self.network_scene
        scene.clear()
        minimum = self.min_weight.value()
        edges = [e for e in self.network.edges if len(e["passages"]) >= minimum]
        ids = {e["a"] for e in edges} | {e["b"] for e in edges}
        nodes = [n for n in self.network.nodes if n["id"] in ids]
        pos = self.network_pos
        heaviest = max((len(e["passages"]) for e in edges), default=1)
        biggest = max((n["mentions"] for n in nodes), default=1)
        self.edge_items = []
        for e in edges:
            (x1, y1), (x2, y2) = pos[e["a"]], pos[e["b"]]
            line = QGraphicsLineItem(x1, y1, x2, y2)
            pen = QPen(QColor(136, 153, 170, 150), 0.8 + 5 * len(e["passages"]) / heaviest)
            line.setPen(pen)
            line.setToolTip(f"{len(e['passages'])} " + self.tr("passages"))
            line.setData(0, e)
            line.setCursor(Qt.CursorShape.PointingHandCursor)
            scene.addItem(line)
            self.edge_items.append(line)
        labels = []
        for n in sorted(nodes, key=lambda n: -n["mentions"]):  # the biggest keep their place
            x, y = pos[n["id"]]
            r = 5 + 14 * math.sqrt(n["mentions"] / biggest)
            dot = QGraphicsEllipseItem(QRectF(x - r, y - r, 2 * r, 2 * r))
            dot.setBrush(QBrush(QColor(TYPE_COLOURS.get(n["type"], "#444"))))
            dot.setPen(QPen(Qt.GlobalColor.white))
            dot.setToolTip(f"{n['name']} ({n['mentions']})")
            scene.addItem(dot)
            name = n["name"] if len(n["name"]) <= NODE_LABEL_CHARS else n["name"][:NODE_LABEL_CHARS - 1] + "…"
            label = QGraphicsSimpleTextItem(name)
            label.setToolTip(n["name"])
            label.setPos(QPointF(x - label.boundingRect().width() / 2, y - r - 16))
            label.setZValue(2)
            scene.addItem(label)
            labels.append(label)
        boxes = [label.sceneBoundingRect() for label in labels]
        for label, shift in zip(labels, place_labels(boxes), strict=True):
            if shift is None:
                label.setVisible(False)
            else:
                label.moveBy(shift.x(), shift.y())
        self.node_labels = [label for label in labels if label.isVisible()]
        self.network_view.mousePressEvent = self._network_press  # type: ignore[method-assign]

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if getattr(self.window_, "dossier_dialog", None) is self:
            self.window_.dossier_dialog = None
        super().closeEvent(event)

    def _network_press(self, event) -> None:
        item = self.network_view.itemAt(event.position().toPoint())
        edge = item.data(0) if isinstance(item, QGraphicsLineItem) else None
        if edge:
            self.show_both(edge["a"], edge["b"])
        else:
            ZoomView.mousePressEvent(self.network_view, event)

    # --- export -------------------------------------------------------------------------
    def export(self, which: str, path: str | None = None) -> str | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"{which}.svg", "SVG (*.svg);;PNG (*.png)")
        if not path:
            return None
        if path.lower().endswith(".png"):
            view = self.timeline if which == "timeline" else self.network_view
            view.grab().save(path)
        else:
            minimum = self.min_weight.value()
            net = Network(self.network.nodes, [e for e in self.network.edges if len(e["passages"]) >= minimum])
            text = timeline_svg(self.dossier) if which == "timeline" else network_svg(net)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
        return path


class _SortItem(QTableWidgetItem):
    """A table cell that sorts by its own key (ISO dates, page numbers)."""

    def __init__(self, text: str, key) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other) -> bool:
        return self.key < getattr(other, "key", other.text())
