"""The analyst's corrections at a glance: hidden entities brought back, and the log of
every hide, merge, rename, alias and confirmation with an undo for the last ones.

Reads and writes go through the main window's worker and the library facade; the log
itself is the analyst's data (it survives re-ingest), so undo adds the inverse
correction rather than rewriting history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

if TYPE_CHECKING:
    from coopviewer.gui.mainwindow import MainWindow

ENTITY_ROLE = Qt.ItemDataRole.UserRole + 30

OPS = {
    "hide": QT_TRANSLATE_NOOP("CorrectionsDialog", "hidden"),
    "unhide": QT_TRANSLATE_NOOP("CorrectionsDialog", "shown again"),
    "merge": QT_TRANSLATE_NOOP("CorrectionsDialog", "merged into"),
    "unmerge": QT_TRANSLATE_NOOP("CorrectionsDialog", "merge undone"),
    "rename": QT_TRANSLATE_NOOP("CorrectionsDialog", "renamed to"),
    "alias": QT_TRANSLATE_NOOP("CorrectionsDialog", "alias added"),
    "unalias": QT_TRANSLATE_NOOP("CorrectionsDialog", "alias split off"),
    "confirm": QT_TRANSLATE_NOOP("CorrectionsDialog", "confirmed"),
    "unconfirm": QT_TRANSLATE_NOOP("CorrectionsDialog", "a candidate again"),
}


class CorrectionsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Corrections"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(640, 480)
        self.hidden = QListWidget()
        self.hidden.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        show = QPushButton(self.tr("Show again"))
        show.setToolTip(self.tr("Bring the selected hidden entities back into the lists"))
        show.clicked.connect(self.unhide_selected)
        self.undo_button = QPushButton(self.tr("Undo last correction"))
        self.undo_button.clicked.connect(self.undo_last)
        self.log = QTableWidget(0, 3)
        self.log.setHorizontalHeaderLabels([self.tr("When"), self.tr("Entity"), self.tr("Correction")])
        self.log.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.log.horizontalHeader().setStretchLastSection(True)
        self.log.setSortingEnabled(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Hidden entities")))
        layout.addWidget(self.hidden, 1)
        row = QHBoxLayout()
        row.addWidget(show)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Every correction, newest first")))
        layout.addWidget(self.log, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        def load(lib):
            hidden = [e for e in lib.entities(include_hidden=True) if e.hidden]
            names = {e.key: e.name for e in lib.entities(include_hidden=True)}
            return hidden, lib.corrections_list(), names

        self.window_.worker.read(load, self._loaded)

    def _loaded(self, result, error) -> None:
        if error or result is None:
            return
        hidden, log, names = result
        self.hidden.clear()
        for e in sorted(hidden, key=lambda e: e.name.casefold()):
            item = QListWidgetItem(f"{e.name}  ({e.type})")
            item.setData(ENTITY_ROLE, e)
            self.hidden.addItem(item)
        self.log.setSortingEnabled(False)
        self.log.setRowCount(len(log))
        for row, c in enumerate(reversed(log)):
            op = QCoreApplication.translate("CorrectionsDialog", OPS.get(c["op"], c["op"]))
            value = c["value"] or ""
            if c["op"] == "merge":
                value = names.get(value, value)
            cells = (c["created"] or "", names.get(c["entity"], c["entity"]), f"{op} {value}".strip())
            for col, text in enumerate(cells):
                self.log.setItem(row, col, QTableWidgetItem(text))
        self.log.resizeColumnsToContents()
        self.log.setSortingEnabled(True)
        self.undo_button.setEnabled(bool(self.window_.correction_undo))
        self.loaded = True

    def unhide_selected(self) -> None:
        keys = [str(i.data(ENTITY_ROLE).id) for i in self.hidden.selectedItems()]
        if not keys:
            return

        def write(lib):
            for key in keys:
                lib.hide(key, hidden=False)

        def done(result, error) -> None:
            if error:
                self.window_.statusBar().showMessage(error, 8000)
            self.window_.refresh_library()
            self.reload()

        self.window_.worker.write(write, done)

    def undo_last(self) -> None:
        self.window_.undo_correction()
        self.reload()
