"""PdfView: continuous pages rendered by PyMuPDF, highlights drawn as an overlay.

A QAbstractScrollArea that lays pages out top to bottom. Only pages in view are
rendered (and their neighbours prefetched), into an LRU cache keyed by page and
scale, at the screen's device pixel ratio so text is crisp on high-DPI screens.
Highlights and the selection are painted over the cached pixmaps in paintEvent,
so changing them never re-renders a page. All geometry goes through transform.py.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

import pymupdf
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from coopviewer.gui.viewer.transform import page_rect_to_view, rotated_size, view_point_to_page

Rect = tuple[float, float, float, float]
PAGE_GAP = 12
MARGIN = 12
CACHE_BYTES = 150 * 1024 * 1024
MIN_ZOOM, MAX_ZOOM = 0.2, 6.0

OTHER_FILL = QColor(255, 214, 0, 90)
CURRENT_FILL = QColor(255, 140, 0, 110)
CURRENT_PEN = QColor(220, 90, 0, 230)
SELECTION_FILL = QColor(60, 120, 230, 70)
SHARED_FILL = QColor(0, 160, 160, 40)  # entities named in both side-by-side documents: a light teal


class ViewerError(Exception):
    """A document the viewer cannot open, with the reason."""


@dataclass(frozen=True)
class Highlight:
    page: int  # 1-based
    rects: tuple[Rect, ...]
    current: bool = False
    label: str = ""


class RenderCache:
    """Rendered pages, least recently used first out, under a byte budget."""

    def __init__(self, max_bytes: int = CACHE_BYTES) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[tuple[int, float], QPixmap] = OrderedDict()
        self._bytes = 0
        self.renders = 0  # how many pages were rendered (for tests and the benchmark)

    def get(self, key: tuple[int, float]) -> QPixmap | None:
        pix = self._items.get(key)
        if pix is not None:
            self._items.move_to_end(key)
        return pix

    def put(self, key: tuple[int, float], pix: QPixmap) -> None:
        self._items[key] = pix
        self._bytes += pix.width() * pix.height() * 4
        while self._bytes > self.max_bytes and len(self._items) > 1:
            _, old = self._items.popitem(last=False)
            self._bytes -= old.width() * old.height() * 4

    def clear(self) -> None:
        self._items.clear()
        self._bytes = 0


def render_page(doc: pymupdf.Document, index: int, scale: float) -> QImage:
    """One page at `scale` device pixels per point, as a QImage that owns its data."""
    pix = doc[index].get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
    image = QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888)
    return image.copy()


class PdfView(QAbstractScrollArea):
    pageChanged = Signal(int)
    zoomChanged = Signal(float)
    textSelected = Signal(str)
    contextMenuRequested = Signal(int, QPointF)
    documentChanged = Signal()  # a document was opened or closed
    highlightsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: pymupdf.Document | None = None
        self._path: str | None = None
        self._doc_id: int | None = None
        self._title = ""
        self._sizes: list[tuple[float, float, int]] = []  # unrotated width, height, rotation per page
        self._tops: list[float] = []
        self._zoom = 1.0
        self._fit = "width"
        self._highlights: list[Highlight] = []
        self._shared: list[Highlight] = []  # mentions of entities the other pane's document names too
        self.show_shared = True
        self._selection: tuple[int, Rect] | None = None
        self._selected_text = ""
        self._drag_start: QPointF | None = None
        self._placeholder = ""
        self._current_page = 0
        self.cache = RenderCache()
        self._errors: dict[int, str] = {}
        self.viewport().setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._prefetch_timer = QTimer(self, singleShot=True, interval=30)
        self._prefetch_timer.timeout.connect(self._prefetch)

    # --- document ---------------------------------------------------------------------
    def open_document(self, path: str, doc_id: int | None = None, title: str = "") -> None:
        try:
            doc = pymupdf.open(path)
        except Exception as exc:
            raise ViewerError(f"cannot open {path}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
        if doc.needs_pass or doc.page_count == 0:
            doc.close()
            raise ViewerError(f"cannot open {path}: " + ("password-protected" if doc.needs_pass else "no pages"))
        self.close_document()
        self._doc, self._path, self._doc_id, self._title = doc, path, doc_id, title
        self._sizes = [(p.mediabox.width, p.mediabox.height, p.rotation) for p in doc]
        self._relayout()
        self.verticalScrollBar().setValue(0)
        self._current_page = 1
        self.documentChanged.emit()
        self.pageChanged.emit(1)
        self.viewport().update()

    def close_document(self) -> None:
        if self._doc is not None:
            self._doc.close()
        self._doc = None
        self._path = None
        self._doc_id = None
        self._sizes, self._tops = [], []
        self._highlights = []
        self._shared = []
        self._selection = None
        self._errors.clear()
        self.cache.clear()
        self.documentChanged.emit()
        self.viewport().update()

    def document_path(self) -> str | None:
        return self._path

    def doc_id(self) -> int | None:
        return self._doc_id

    def title(self) -> str:
        return self._title

    def page_count(self) -> int:
        return len(self._sizes)

    def set_placeholder_text(self, text: str) -> None:
        self._placeholder = text
        self.viewport().update()

    # --- geometry -----------------------------------------------------------------------
    def _page_view_size(self, index: int) -> tuple[float, float]:
        w, h, rot = self._sizes[index]
        rw, rh = rotated_size(w, h, rot)
        return rw * self._zoom, rh * self._zoom

    def _relayout(self) -> None:
        if not self._sizes:
            return
        if self._fit == "width":
            widest = max(rotated_size(w, h, r)[0] for w, h, r in self._sizes)
            self._zoom = max(MIN_ZOOM, (self.viewport().width() - 2 * MARGIN) / widest)
        elif self._fit == "page":
            w, h, r = self._sizes[max(self._current_page - 1, 0)]
            rw, rh = rotated_size(w, h, r)
            self._zoom = max(MIN_ZOOM, min((self.viewport().width() - 2 * MARGIN) / rw,
                                           (self.viewport().height() - 2 * MARGIN) / rh))
        self._tops = []
        y = MARGIN
        width = 0.0
        for i in range(len(self._sizes)):
            pw, ph = self._page_view_size(i)
            self._tops.append(y)
            y += ph + PAGE_GAP
            width = max(width, pw)
        self.verticalScrollBar().setRange(0, max(0, int(y + MARGIN - self.viewport().height())))
        self.verticalScrollBar().setPageStep(self.viewport().height())
        self.verticalScrollBar().setSingleStep(40)
        self.horizontalScrollBar().setRange(0, max(0, int(width + 2 * MARGIN - self.viewport().width())))
        self.horizontalScrollBar().setPageStep(self.viewport().width())

    def _page_origin(self, index: int) -> tuple[float, float]:
        """A page's top-left corner in the viewport, on whole pixels: the rendered page is
        drawn there unscaled (a fractional position or size made Qt resample it, which
        squashed a row of pixels now and then into thin lines that are not in the PDF)."""
        pw, _ = self._page_view_size(index)
        x = max(MARGIN, (self.viewport().width() - pw) / 2) - self.horizontalScrollBar().value()
        return float(round(x)), float(round(self._tops[index] - self.verticalScrollBar().value()))

    def _visible_pages(self) -> list[int]:
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        return [i for i, t in enumerate(self._tops) if t < bottom and t + self._page_view_size(i)[1] > top]

    def page_rect_in_view(self, page: int, rect: Rect) -> QRectF:
        """Where a PDF rectangle of `page` (1-based) is drawn in viewport pixels."""
        i = page - 1
        w, h, rot = self._sizes[i]
        x0, y0, x1, y1 = page_rect_to_view(rect, w, h, rot, self._zoom, self._page_origin(i))
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    # --- navigation and zoom ------------------------------------------------------------
    def current_page(self) -> int:
        return self._current_page

    def go_to_page(self, page: int) -> None:
        if not self._tops:
            return
        page = min(max(page, 1), len(self._tops))
        self.verticalScrollBar().setValue(int(self._tops[page - 1] - MARGIN))
        self._update_current_page(force=page)

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        page = self._current_page
        self._fit = ""
        self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        self._after_zoom(page)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * 1.2)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / 1.2)

    def fit_width(self) -> None:
        page = self._current_page
        self._fit = "width"
        self._after_zoom(page)

    def fit_page(self) -> None:
        page = self._current_page
        self._fit = "page"
        self._after_zoom(page)

    def _after_zoom(self, page: int) -> None:
        self._relayout()
        if page:
            self.go_to_page(page)
        self.zoomChanged.emit(self._zoom)
        self.viewport().update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        page = self._current_page
        self._relayout()
        if self._fit and page:
            self.go_to_page(page)

    def _scrolled(self) -> None:
        self._update_current_page()
        self.viewport().update()

    def _update_current_page(self, force: int | None = None) -> None:
        if not self._tops:
            return
        if force is not None:
            page = force
        else:
            centre = self.verticalScrollBar().value() + self.viewport().height() / 3
            page = 1
            for i, t in enumerate(self._tops):
                if t <= centre:
                    page = i + 1
        if page != self._current_page:
            self._current_page = page
            self.pageChanged.emit(page)

    # --- highlights -----------------------------------------------------------------------
    def set_highlights(self, highlights: list[Highlight]) -> None:
        self._highlights = list(highlights)
        self.highlightsChanged.emit()
        self.viewport().update()

    def highlights(self) -> list[Highlight]:
        return list(self._highlights)

    def set_shared_marks(self, marks: list[Highlight]) -> None:
        """Tint the mentions of entities that the other pane's document names too."""
        self._shared = list(marks)
        self.viewport().update()

    def shared_rects(self, page: int) -> list[Rect]:
        return [r for h in self._shared if h.page == page for r in h.rects]

    def show_highlight(self, h: Highlight) -> None:
        """Mark `h` current and scroll so it is in view, a third from the top."""
        others = [Highlight(x.page, x.rects, False, x.label) for x in self._highlights if x != h and (x.page, x.rects) != (h.page, h.rects)]
        current = Highlight(h.page, h.rects, True, h.label)
        self._highlights = [*others, current]
        self.highlightsChanged.emit()
        if self._tops and h.rects and 1 <= h.page <= len(self._tops):
            rect = self.page_rect_in_view(h.page, h.rects[0])
            target = self.verticalScrollBar().value() + rect.top() - self.viewport().height() / 3
            self.verticalScrollBar().setValue(int(target))
            hx = self.horizontalScrollBar()
            if rect.left() < 0 or rect.right() > self.viewport().width():
                hx.setValue(int(hx.value() + rect.left() - MARGIN))
            self._update_current_page(force=h.page)
        self.viewport().update()

    def overlay_rects(self, page: int) -> list[tuple[Rect, bool]]:
        return [(r, h.current) for h in self._highlights if h.page == page for r in h.rects]

    # --- painting -----------------------------------------------------------------------
    def _pixmap(self, index: int) -> QPixmap | None:
        dpr = self.devicePixelRatioF()
        key = (index, round(self._zoom * dpr, 3))
        pix = self.cache.get(key)
        if pix is None and self._doc is not None and index not in self._errors:
            try:
                image = render_page(self._doc, index, self._zoom * dpr)
            except Exception as exc:  # a damaged page: say so on the page, never crash
                self._errors[index] = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                return None
            pix = QPixmap.fromImage(image)
            pix.setDevicePixelRatio(dpr)
            self.cache.put(key, pix)
            self.cache.renders += 1
        return pix

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self.viewport())
        painter.fillRect(self.viewport().rect(), QColor(128, 128, 128) if self._doc else self.palette().base().color())
        if self._doc is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._placeholder)
            return
        for i in self._visible_pages():
            ox, oy = self._page_origin(i)
            pw, ph = self._page_view_size(i)
            target = QRectF(ox, oy, pw, ph)
            pix = self._pixmap(i)
            painter.fillRect(target, Qt.GlobalColor.white)
            if pix is not None:
                painter.drawPixmap(QPointF(ox, oy), pix)  # its own size (device pixels / ratio)
            elif i in self._errors:
                painter.setPen(Qt.GlobalColor.darkRed)
                message = self.tr("Page %1 cannot be shown:\n%2").replace("%1", str(i + 1)).replace("%2", self._errors[i])
                painter.drawText(target, Qt.AlignmentFlag.AlignCenter, message)
            self._paint_overlays(painter, i + 1)
        painter.end()
        self._prefetch_timer.start()

    def _paint_overlays(self, painter: QPainter, page: int) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        if self.show_shared:
            painter.setBrush(SHARED_FILL)
            for r in self.shared_rects(page):
                painter.drawRect(self.page_rect_in_view(page, r).adjusted(-1, -1, 1, 1))
        for h in sorted(self._highlights, key=lambda x: x.current):
            if h.page != page:
                continue
            for r in h.rects:
                area = self.page_rect_in_view(page, r).adjusted(-1, -1, 1, 1)
                if h.current:
                    painter.setBrush(CURRENT_FILL)
                    painter.setPen(QPen(CURRENT_PEN, 1.5))
                else:
                    painter.setBrush(OTHER_FILL)
                    painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(area, 2, 2)
        if self._selection and self._selection[0] == page:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SELECTION_FILL)
            for r in self._selection_word_rects():
                painter.drawRect(self.page_rect_in_view(page, r))

    def _prefetch(self) -> None:
        """Render the neighbours of what is in view, so scrolling finds them ready."""
        visible = self._visible_pages()
        if not visible:
            return
        for i in (visible[0] - 1, visible[-1] + 1):
            if 0 <= i < len(self._sizes):
                self._pixmap(i)

    def grab_page_image(self, page: int, rect: Rect | None = None, scale: float = 2.0) -> QImage:
        if self._doc is None:
            return QImage()
        pg = self._doc[page - 1]
        clip = pymupdf.Rect(rect) * pg.rotation_matrix if rect else None
        pix = pg.get_pixmap(matrix=pymupdf.Matrix(scale, scale), clip=clip, alpha=False)
        return QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888).copy()

    # --- selection --------------------------------------------------------------------
    def _hit_page(self, pos: QPointF) -> int | None:
        for i in self._visible_pages():
            ox, oy = self._page_origin(i)
            pw, ph = self._page_view_size(i)
            if QRectF(ox, oy, pw, ph).contains(pos):
                return i + 1
        return None

    def _to_page_point(self, page: int, pos: QPointF) -> tuple[float, float]:
        w, h, rot = self._sizes[page - 1]
        return view_point_to_page(pos.x(), pos.y(), w, h, rot, self._zoom, self._page_origin(page - 1))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self._doc is not None:
            self._drag_start = event.position()
            self._selection = None
            self.viewport().update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._drag_start is not None:
            self._select_between(self._drag_start, event.position())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._drag_start is not None:
            self._select_between(self._drag_start, event.position())
            self._drag_start = None
            if self._selected_text:
                self.textSelected.emit(self._selected_text)
        super().mouseReleaseEvent(event)

    def select_rect(self, page: int, rect: Rect) -> str:
        """Select the words whose boxes meet `rect` (PDF points) on `page`; returns their text."""
        self._selection = (page, rect)
        words = self._selected_words()
        self._selected_text = " ".join(w[4] for w in words)
        self.viewport().update()
        return self._selected_text

    def _select_between(self, a: QPointF, b: QPointF) -> None:
        page = self._hit_page(a)
        if page is None:
            return
        (x0, y0), (x1, y1) = self._to_page_point(page, a), self._to_page_point(page, b)
        self.select_rect(page, (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))

    def _selected_words(self) -> list:
        if self._selection is None or self._doc is None:
            return []
        page, rect = self._selection
        sel = pymupdf.Rect(rect)
        words = self._doc[page - 1].get_text("words")
        hits = [w for w in words if pymupdf.Rect(w[:4]).intersects(sel)]
        return sorted(hits, key=lambda w: (w[5], w[6], w[7]))

    def _selection_word_rects(self) -> list[Rect]:
        return [tuple(w[:4]) for w in self._selected_words()]

    def selected_text(self) -> str:
        return self._selected_text

    def selection(self) -> tuple[int, Rect] | None:
        return self._selection

    # --- keys and wheel -----------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Copy) and self._selected_text:
            QGuiApplication.clipboard().setText(self._selected_text)
            return
        key = event.key()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.fit_width()
        elif key == Qt.Key.Key_Home:
            self.go_to_page(1)
        elif key == Qt.Key.Key_End:
            self.go_to_page(self.page_count())
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
            return
        super().wheelEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt API
        page = self._hit_page(QPointF(event.pos()))
        if page is not None:
            x, y = self._to_page_point(page, QPointF(event.pos()))
            self.contextMenuRequested.emit(page, QPointF(x, y))
