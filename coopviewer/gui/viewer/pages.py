"""The page list beside a viewer: every page, the ones with hits marked, click to go.

A list, not thumbnails: it costs nothing to build for a 2,000-page document (no
rendering on the GUI thread), and what the analyst looks for in it is where the
hits are — "● 3  (2)" is page 3 with two highlights.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from coopviewer.gui.viewer.view import PdfView


class PageList(QListWidget):
    def __init__(self, view: PdfView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setFixedWidth(76)
        self.setToolTip(self.tr("Pages; ● marks a page with highlights"))
        self.itemClicked.connect(lambda item: self.view.go_to_page(item.data(Qt.ItemDataRole.UserRole)))
        view.documentChanged.connect(self.rebuild)
        view.highlightsChanged.connect(self.mark_hits)
        view.pageChanged.connect(self.follow)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        # hidden, it skips the work (a 2,000-page list on every F3); shown, it catches up
        self.rebuild()
        self.follow(self.view.current_page())
        super().showEvent(event)

    def rebuild(self) -> None:
        self.clear()
        if not self.isVisible():
            return
        for n in range(1, self.view.page_count() + 1):
            item = QListWidgetItem(str(n))
            item.setData(Qt.ItemDataRole.UserRole, n)
            self.addItem(item)
        self.mark_hits()

    def mark_hits(self) -> None:
        if not self.isVisible():
            return
        hits = Counter(h.page for h in self.view.highlights())
        bold, plain = QFont(self.font()), QFont(self.font())
        bold.setBold(True)
        for row in range(self.count()):
            item = self.item(row)
            n = item.data(Qt.ItemDataRole.UserRole)
            item.setText(f"● {n}  ({hits[n]})" if hits[n] else f"   {n}")
            item.setFont(bold if hits[n] else plain)

    def follow(self, page: int) -> None:
        """Keep the current page selected and in view while the analyst scrolls."""
        if self.isVisible() and 1 <= page <= self.count():
            self.blockSignals(True)
            self.setCurrentRow(page - 1)
            self.scrollToItem(self.item(page - 1))
            self.blockSignals(False)

    def hit_pages(self) -> list[int]:
        return [self.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.count()) if self.item(r).text().startswith("●")]
