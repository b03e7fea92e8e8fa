"""The documents of the library: status, remove, re-ingest, open in the other pane."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

if TYPE_CHECKING:
    from coopviewer.gui.mainwindow import MainWindow

COLUMNS = (
    QT_TRANSLATE_NOOP("DocumentsDialog", "Title"),
    QT_TRANSLATE_NOOP("DocumentsDialog", "File"),
    QT_TRANSLATE_NOOP("DocumentsDialog", "Date"),
    QT_TRANSLATE_NOOP("DocumentsDialog", "Number"),
    QT_TRANSLATE_NOOP("DocumentsDialog", "Pages"),
    QT_TRANSLATE_NOOP("DocumentsDialog", "Status"),
)

# A document's status in words (the library stores a code; the reason is in `error`).
STATUS_WORDS = {
    "ok": QT_TRANSLATE_NOOP("DocumentsDialog", "Readable"),
    "little_text": QT_TRANSLATE_NOOP("DocumentsDialog", "Readable, little text"),
    "needs_ocr": QT_TRANSLATE_NOOP("DocumentsDialog", "Scanned: needs OCR"),
    "password": QT_TRANSLATE_NOOP("DocumentsDialog", "Password-protected"),
    "failed": QT_TRANSLATE_NOOP("DocumentsDialog", "Could not be read"),
}
DOC_ROLE = Qt.ItemDataRole.UserRole + 40


def status_words(status: str) -> str:
    return QCoreApplication.translate("DocumentsDialog", STATUS_WORDS[status]) if status in STATUS_WORDS else status


class SortItem(QTableWidgetItem):
    """A cell that sorts by a key of its own (pages as numbers, dates as ISO)."""

    def __init__(self, text: str, key) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other) -> bool:
        return self.key < getattr(other, "key", other.text())


class DocumentsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Documents"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(960, 420)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("DocumentsDialog", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Open in other pane"), self.open_other), (self.tr("Re-ingest"), self.reingest),
                           (self.tr("Remove"), self.remove), (self.tr("Close"), self.close)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.docs = []
        self.reload()

    def reload(self) -> None:
        from coopviewer.export.citation import format_doc_date

        self.docs = self.window_.lib.documents()
        lang = self.window_.lang
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.docs))
        for row, d in enumerate(self.docs):
            status = status_words(d.status)
            if d.error and d.status != "ok":
                status += f" — {d.error}"
            cells = (
                SortItem(d.title, d.title.casefold()),
                SortItem(os.path.basename(d.path), os.path.basename(d.path).casefold()),
                SortItem(format_doc_date(d.date, lang), d.date or ""),
                SortItem(d.number or "", d.number or ""),
                SortItem(str(d.pages), d.pages),
                SortItem(status, status),
            )
            cells[0].setData(DOC_ROLE, d.id)
            cells[1].setToolTip(d.path)
            cells[0].setToolTip(d.title)
            for col, item in enumerate(cells):
                self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 360))

    def selected(self):
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        by_id = {d.id: d for d in self.docs}
        return [by_id[self.table.item(r, 0).data(DOC_ROLE)] for r in rows]

    def open_other(self) -> None:
        for d in self.selected()[:1]:
            if d.searchable:
                w = self.window_
                w.set_split(True)
                w.open_in(w._other_pane(), w.lib.stored_path(d), d.id, d.title, 1, [])

    def remove(self) -> None:
        ids = [d.id for d in self.selected()]
        if ids:
            self.window_._write(lambda lib: [lib.remove_document(i) for i in ids])
            self.window_.worker.wait()
            self.reload()

    def reingest(self) -> None:
        paths = [d.path for d in self.selected()]
        if paths:
            self.window_.ingest(paths)
