"""A small toolbar bound to one PdfView: page field, zoom, fit, previous/next hit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from coopviewer.gui.viewer.view import PdfView


class ViewerToolbar(QWidget):
    prevHit = Signal()
    nextHit = Signal()

    def __init__(self, view: PdfView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.title = QLabel()
        self.title.setMinimumWidth(40)
        self.page_field = QLineEdit()
        self.page_field.setFixedWidth(44)
        self.page_field.setValidator(QIntValidator(1, 99999, self))
        self.page_field.setToolTip(self.tr("Go to page"))
        self.page_total = QLabel("/ 0")

        def button(text: str, tip: str, slot) -> QToolButton:
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            layout.addWidget(b)
            return b

        self.pages_button = button(self.tr("Pages"), self.tr("Show the page list"), lambda: None)
        self.pages_button.setCheckable(True)
        layout.addWidget(self.title, 1)
        self.prev_button = button("◀", self.tr("Previous hit (Shift+F3)"), self.prevHit.emit)
        self.next_button = button("▶", self.tr("Next hit (F3)"), self.nextHit.emit)
        layout.addSpacing(8)
        layout.addWidget(self.page_field)
        layout.addWidget(self.page_total)
        layout.addSpacing(8)
        button("−", self.tr("Zoom out (Ctrl+−)"), view.zoom_out)
        button("+", self.tr("Zoom in (Ctrl++)"), view.zoom_in)
        button(self.tr("Width"), self.tr("Fit width (Ctrl+0)"), view.fit_width)
        button(self.tr("Page"), self.tr("Fit page"), view.fit_page)
        self.page_field.returnPressed.connect(lambda: view.go_to_page(int(self.page_field.text() or 1)))
        view.pageChanged.connect(self._page_changed)

    def _page_changed(self, page: int) -> None:
        self.page_field.setText(str(page))
        self.page_total.setText(f"/ {self.view.page_count()}")
        self.title.setText(self.view.title())
