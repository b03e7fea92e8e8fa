"""The documents of the library: status, remove, re-ingest, open in the other pane."""

from __future__ import annotations

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
    QT_TRANSLATE_NOOP("DocumentsDialog", "Date"),
    QT_TRANSLATE_NOOP("DocumentsDialog", "Number"),
    QT_TRANSLATE_NOOP("DocumentsDialog", "Pages"),
    QT_TRANSLATE_NOOP("DocumentsDialog", "Status"),
)


class DocumentsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Documents"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(820, 420)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("DocumentsDialog", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
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
        self.docs = self.window_.lib.documents()
        self.table.setRowCount(len(self.docs))
        for row, d in enumerate(self.docs):
            status = d.status + (f": {d.error}" if d.error else "")
            for col, value in enumerate((d.title, d.date or "", d.number or "", str(d.pages), status)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def selected(self):
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.docs[r] for r in rows]

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
