"""A small toolbar bound to one PdfView: the pane's header (title and number), page field,
zoom, fit, previous/next hit.

Two rows, so a pane stays narrow enough for two of them side by side on a 1366 px
laptop screen: the header on its own row, elided with the full text as its tooltip,
and the controls as compact tool buttons below it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopviewer.gui.viewer.view import PdfView


class ElidedLabel(QLabel):
    """A one-line label that elides its text in the middle to fit and shows it all as tooltip.

    Titles of parliamentary papers share long beginnings ("Kamerbrief over …") and
    differ at the end (the number), so eliding in the middle keeps both ends readable.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        width = max(self.width() - 4, 20)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()


class ViewerToolbar(QWidget):
    prevHit = Signal()
    nextHit = Signal()

    def __init__(self, view: PdfView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 2, 4, 2)
        outer.setSpacing(1)
        self.title = ElidedLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        outer.addWidget(self.title)
        layout = QHBoxLayout()
        layout.setSpacing(2)
        outer.addLayout(layout)
        self.page_field = QLineEdit()
        self.page_field.setFixedWidth(40)
        self.page_field.setValidator(QIntValidator(1, 99999, self))
        self.page_field.setToolTip(self.tr("Go to page"))
        self.page_total = QLabel("/ 0")

        def button(text: str, tip: str, slot) -> QToolButton:
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.setAutoRaise(True)
            b.clicked.connect(slot)
            layout.addWidget(b)
            return b

        self.pages_button = button(self.tr("Pages"), self.tr("Show the page list"), lambda: None)
        self.pages_button.setCheckable(True)
        # side by side: how many entities both documents name (tinted teal on the pages;
        # the button shows or hides the tint)
        self.shared_label = QToolButton()
        self.shared_label.setCheckable(True)
        self.shared_label.setChecked(True)
        self.shared_label.setAutoRaise(True)
        self.shared_label.setStyleSheet("color: #008080;")
        self.shared_label.toggled.connect(self._toggle_shared)
        self.shared_label.hide()
        layout.addWidget(self.shared_label)
        layout.addStretch(1)
        self.prev_button = button("◀", self.tr("Previous hit (Shift+F3)"), self.prevHit.emit)
        self.next_button = button("▶", self.tr("Next hit (F3)"), self.nextHit.emit)
        layout.addSpacing(4)
        layout.addWidget(self.page_field)
        layout.addWidget(self.page_total)
        layout.addSpacing(4)
        button("−", self.tr("Zoom out (Ctrl+−)"), view.zoom_out)
        button("+", self.tr("Zoom in (Ctrl++)"), view.zoom_in)
        button(self.tr("Width"), self.tr("Fit width (Ctrl+0)"), view.fit_width)
        button(self.tr("Page"), self.tr("Fit page"), view.fit_page)
        self.page_field.returnPressed.connect(lambda: view.go_to_page(int(self.page_field.text() or 1)))
        view.pageChanged.connect(self._page_changed)
        view.documentChanged.connect(lambda: self.set_header(self.view.title() if self.view.document_path() else ""))

    def set_shared(self, names: list[str]) -> None:
        """Say which entities the other pane's document names too (none: say nothing)."""
        self.shared_label.setText(self.tr("%n in both", "", len(names)))
        self.shared_label.setToolTip(self.tr("Named in both documents (tinted on the pages; click to show or hide): %1")
                                     .replace("%1", ", ".join(names)))
        self.shared_label.setVisible(bool(names))

    def _toggle_shared(self, on: bool) -> None:
        self.view.show_shared = on
        self.view.viewport().update()

    def set_header(self, text: str) -> None:
        """The pane's header: which source this is (the window adds the paper's number)."""
        self.title.set_full_text(text)

    def _page_changed(self, page: int) -> None:
        self.page_field.setText(str(page))
        self.page_total.setText(f"/ {self.view.page_count()}")
