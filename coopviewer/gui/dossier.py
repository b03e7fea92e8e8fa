"""The dossier of one entity: timeline, related entities and the co-mention network.

Drawn with Qt itself (QGraphicsScene), no plotting library: every mark carries its
evidence (document, page, passage, rectangles) and a click opens it highlighted in
the viewer. The pictures export as SVG (the same writer as the CLI) and PNG.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGraphicsEllipseItem,
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopviewer.dossier.build import Dossier, Network, layout
from coopviewer.dossier.svg import (
    KIND_COLOURS,
    TYPE_COLOURS,
    _year_fraction,
    network_svg,
    timeline_svg,
)
from coopviewer.gui.viewer import Highlight

if TYPE_CHECKING:
    from coopviewer.gui.mainwindow import MainWindow

EVENT_ROLE = Qt.ItemDataRole.UserRole + 20


class ZoomView(QGraphicsView):
    """A graphics view with Ctrl+wheel zoom and drag to pan."""

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.2 if event.angleDelta().y() > 0 else 1 / 1.2
            self.scale(factor, 1.0)
            return
        super().wheelEvent(event)


class DossierDialog(QDialog):
    def __init__(self, window: MainWindow, dossier: Dossier, network: Network) -> None:
        super().__init__(window)
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
        self.timeline = ZoomView(self.timeline_scene)
        self.marks: list[tuple[object, object]] = []  # (graphics item, event)
        self._draw_timeline()
        self.related = QListWidget()
        for r in dossier.related:
            item = QListWidgetItem(f"{r['name']}  ({r['type']}, {r['passages']})")
            item.setData(EVENT_ROLE, r)
            self.related.addItem(item)
        self.related.itemActivated.connect(self._related_clicked)
        self.related.itemClicked.connect(self._related_clicked)
        self.network_scene = QGraphicsScene(self)
        self.network_view = ZoomView(self.network_scene)
        self.min_weight = QSlider(Qt.Orientation.Horizontal)
        self.min_weight.setRange(1, max(2, max((len(x["passages"]) for x in network.edges), default=2)))
        self.min_weight.setValue(2 if len(network.edges) > 40 else 1)
        self.min_weight.valueChanged.connect(self._draw_network)
        net_box = QWidget()
        net_layout = QVBoxLayout(net_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Minimum passages per edge")))
        row.addWidget(self.min_weight, 1)
        net_layout.addLayout(row)
        net_layout.addWidget(self.network_view, 1)
        self._draw_network()
        tabs = QTabWidget()
        tabs.addTab(self.timeline, self.tr("Timeline"))
        tabs.addTab(net_box, self.tr("Network"))
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

    # --- timeline ---------------------------------------------------------------------
    def _draw_timeline(self) -> None:
        scene, events = self.timeline_scene, self.dossier.events
        kinds = [k for k in KIND_COLOURS if any(e.kind == k for e in events)]
        if not events:
            scene.addSimpleText(self.tr("No dated events for this entity"))
            return
        start = math.floor(min(_year_fraction(e.date) for e in events))
        end = max(math.ceil(max(_year_fraction(e.end_date or e.date, end=True) for e in events)), start + 1)
        left, lane, scale = 110.0, 40.0, 90.0

        def x(v: float) -> float:
            return left + (v - start) * scale

        for year in range(start, end + 1):
            scene.addLine(x(year), 0, x(year), lane * len(kinds), QPen(QColor("#e3e3e3")))
            label = scene.addSimpleText(str(year))
            label.setPos(x(year) - 14, lane * len(kinds) + 4)
        for i, kind in enumerate(kinds):
            t = scene.addSimpleText(kind)
            t.setPos(4, i * lane + lane / 2 - 8)
        for e in events:
            y = kinds.index(e.kind) * lane + lane / 2
            colour = QColor(KIND_COLOURS.get(e.kind, "#444"))
            if e.precision == "day":
                item = QGraphicsEllipseItem(QRectF(x(_year_fraction(e.date)) - 6, y - 6, 12, 12))
            else:  # a month or a year is a span, never a day
                x0, x1 = x(_year_fraction(e.date)), x(_year_fraction(e.end_date or e.date, end=True))
                item = QGraphicsRectItem(QRectF(x0, y - 6, max(x1 - x0, 3), 12))
                colour.setAlpha(150)
            item.setBrush(QBrush(colour))
            item.setPen(QPen(colour.darker(130)))
            item.setToolTip(f"{e.date} · {e.label}")
            item.setCursor(Qt.CursorShape.PointingHandCursor)
            item.setData(0, e)
            scene.addItem(item)
            self.marks.append((item, e))
        self.timeline.mousePressEvent = self._timeline_press  # type: ignore[method-assign]

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

    # --- related and network -------------------------------------------------------------
    def _related_clicked(self, item: QListWidgetItem) -> None:
        other = item.data(EVENT_ROLE)
        self.show_both(self.dossier.entity["id"], other["id"])

    def show_both(self, a: int, b: int) -> None:
        """The passages that name both entities, listed in the main window."""
        w = self.window_
        w.current_entity = None
        w.worker.read(lambda lib: lib.search(f"entity:{a} entity:{b}", limit=200).hits,
                      lambda hits, err: w.show_results(hits or [], self.tr("%n passages name both", "", len(hits or []))))

    def _draw_network(self) -> None:
        scene = self.network_scene
        scene.clear()
        minimum = self.min_weight.value()
        edges = [e for e in self.network.edges if len(e["passages"]) >= minimum]
        ids = {e["a"] for e in edges} | {e["b"] for e in edges}
        nodes = [n for n in self.network.nodes if n["id"] in ids]
        net = Network(nodes, edges)
        pos = layout(net, 900, 620)
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
        for n in nodes:
            x, y = pos[n["id"]]
            r = 5 + 14 * math.sqrt(n["mentions"] / biggest)
            dot = QGraphicsEllipseItem(QRectF(x - r, y - r, 2 * r, 2 * r))
            dot.setBrush(QBrush(QColor(TYPE_COLOURS.get(n["type"], "#444"))))
            dot.setPen(QPen(Qt.GlobalColor.white))
            dot.setToolTip(f"{n['name']} ({n['mentions']})")
            scene.addItem(dot)
            label = QGraphicsSimpleTextItem(n["name"])
            label.setPos(QPointF(x - label.boundingRect().width() / 2, y - r - 16))
            scene.addItem(label)
        self.network_view.mousePressEvent = self._network_press  # type: ignore[method-assign]

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
