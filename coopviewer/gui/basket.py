"""The briefing basket beside the results: collect passages, note, order, group, export.

Items live in the library (the analyst's tables), so the panel is a view of
`Library.basket(name)`; every change is a short write in the background worker.
Removal can be undone (Ctrl+Z) because the library only flags removed items.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from coopviewer.gui.mainwindow import MainWindow

DEFAULT_BASKET = "Briefing"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 10


def basket_label(item) -> str:
    """An item's two lines: where it comes from (group only when it adds something), then its text.

    Grouped by document, the group *is* the title: it is said once, not twice.
    """
    title = item.source.get("title", "?")
    group = item.group if item.group and item.group != title else ""
    note = f"\n✎ {item.note}" if item.note else ""
    return f"{group + ' · ' if group else ''}{title}, p. {item.page}\n{item.text[:160]}{note}"


class BasketPanel(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.removed: list[int] = []
        self.baskets = QComboBox()
        self.baskets.setEditable(True)
        self.baskets.setToolTip(self.tr("Basket name (type a new name to start another basket)"))
        self.baskets.addItem(DEFAULT_BASKET)
        self.baskets.currentTextChanged.connect(lambda _: self.reload())
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)  # items of several lines stay apart
        self.list.setSpacing(2)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.model().rowsMoved.connect(self._moved)
        self.list.itemDoubleClicked.connect(self.edit_note)
        # two rows of buttons, so the panel (and with it the middle column) stays narrow
        add_row, edit_row = QHBoxLayout(), QHBoxLayout()
        for row, text, tip, slot in (
            (add_row, self.tr("+ Hit"), self.tr("Add the current result"), self.add_current),
            (add_row, self.tr("+ All"), self.tr("Add every listed result"), self.add_all),
            (add_row, self.tr("+ Selection"), self.tr("Add the words selected in the viewer (Ctrl+B)"), self.add_selection),
            (edit_row, self.tr("Note…"), self.tr("Edit the note of the selected item"), self.edit_note),
            (edit_row, self.tr("Remove"), self.tr("Remove the selected item (Ctrl+Z undoes)"), self.remove),
            (edit_row, self.tr("Export…"), self.tr("Export the basket as PDF, Word, HTML or Markdown"), self.export),
        ):
            b = QPushButton(text)
            b.setToolTip(tip)
            b.clicked.connect(lambda _checked=False, f=slot: f())
            row.addWidget(b)
        group_by = QToolButton()
        group_by.setText(self.tr("Group"))
        group_by.setToolTip(self.tr("Group the items by partner, unit or document"))
        group_by.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        group_menu = QMenu(group_by)
        for label, by in ((self.tr("By partner"), "partner"), (self.tr("By unit"), "unit"),
                          (self.tr("By document"), "document")):
            group_menu.addAction(label, lambda by=by: self.regroup(by))
        group_by.setMenu(group_menu)
        top = QHBoxLayout()
        top.addWidget(self.baskets, 1)
        top.addWidget(group_by)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(add_row)
        layout.addLayout(edit_row)
        undo = QAction(self.tr("Undo removal"), self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.triggered.connect(self.undo)
        self.addAction(undo)
        window.addAction(undo)

    def name(self) -> str:
        return self.baskets.currentText().strip() or DEFAULT_BASKET

    def reload(self) -> None:
        name = self.name()

        def load(lib):
            names = lib.basket_names()
            items = lib.basket(name).items if name in names else []
            return names, items

        self.window_.worker.read(load, self._loaded)

    def _loaded(self, result, error) -> None:
        if error or result is None:
            return
        names, items = result
        current = self.name()
        self.baskets.blockSignals(True)
        self.baskets.clear()
        self.baskets.addItems(sorted({*names, current}))
        self.baskets.setCurrentText(current)
        self.baskets.blockSignals(False)
        self.list.clear()
        for it in items:
            entry = QListWidgetItem(basket_label(it))
            entry.setData(ITEM_ROLE, it.id)
            self.list.addItem(entry)
        self.loaded = True

    def _write(self, fn, added=None) -> None:
        """Run a basket write; `added` (result → how many items) makes it say what went in."""
        def done(result, error) -> None:
            if error:
                self.window_.statusBar().showMessage(error, 8000)
            elif added is not None:
                n = added(result)
                self.window_.statusBar().showMessage(
                    self.tr("%n passages added to the basket “%1”", "", n).replace("%1", self.name()), 5000)
            self.reload()

        self.window_.worker.write(fn, done)

    def add_current(self) -> None:
        w = self.window_
        if 0 <= w.position < len(w.results):
            hit = w.results[w.position]
            name, group = self.name(), (w.current_entity.name if w.current_entity else hit.title)
            self._write(lambda lib: lib.basket_add_passage(name, hit.passage_id, hit.spans, group=group), added=lambda _id: 1)

    def add_all(self) -> None:
        w = self.window_
        hits, name = list(w.results), self.name()
        group = w.current_entity.name if w.current_entity else ""

        def add(lib):
            return [lib.basket_add_passage(name, h.passage_id, h.spans, group=group or h.title) for h in hits]

        self._write(add, added=len)

    def add_selection(self, pane=None) -> None:
        """The words selected in a viewer (the active pane by default) become basket items."""
        w = self.window_
        view = (pane or w.active_pane).view
        selection, doc_id = view.selection(), view.doc_id()
        if selection is None or doc_id is None or not view.selected_text():
            w.statusBar().showMessage(self.tr("Select words on the page first (drag over them)"), 6000)
            return
        page, rect = selection
        name = self.name()

        def add(lib):
            ids = lib.basket_add_selection(name, doc_id, page, rect, group=view.title())
            if not ids:
                raise ValueError(self.tr("The selection covers no stored text"))
            return ids

        self._write(add, added=len)

    def regroup(self, by: str) -> None:
        """Group the items by "document", "partner" or "unit" (export follows the groups)."""
        name = self.name()
        self._write(lambda lib: lib.basket_regroup(name, by))

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ITEM_ROLE) if item else None

    def edit_note(self, *_args) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return
        note, ok = QInputDialog.getMultiLineText(self, self.tr("Note"), self.tr("Note for this passage:"))
        if ok:
            self._write(lambda lib: lib.basket_note(item_id, note))

    def remove(self) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self.removed.append(item_id)
            self._write(lambda lib: lib.basket_remove(item_id))
            self.window_.statusBar().showMessage(self.tr("Removed from the basket — Ctrl+Z undoes"), 8000)

    def undo(self) -> None:
        if self.removed:
            item_id = self.removed.pop()
            self._write(lambda lib: lib.basket_restore(item_id))

    def _moved(self, *_args) -> None:
        ids = [self.list.item(i).data(ITEM_ROLE) for i in range(self.list.count())]
        name = self.name()
        self._write(lambda lib: lib.basket_reorder(name, ids))

    def export(self, path: str | None = None) -> None:
        if path is None:
            from coopviewer.export.escape import safe_file_name
            from coopviewer.export.formats import dialog_filter

            path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export briefing"), safe_file_name(self.name(), ".pdf"),
                                                       dialog_filter())
            if path and not os.path.splitext(path)[1]:  # the format the analyst picked in the dialog
                path += chosen[chosen.rfind("*") + 1:chosen.rfind(")")] if "*" in chosen else ".pdf"
        if not path:
            return
        name, lang = self.name(), self.window_.lang

        def run(lib):
            from coopviewer.export.build import from_basket
            from coopviewer.export.formats import write_briefing

            return str(write_briefing(from_basket(lib, name, lang=lang, crops=True), path))

        def done(result, error) -> None:
            self.window_.statusBar().showMessage(error or self.tr("Exported to ") + str(result), 10000)
            self.exported = result

        self.window_.worker.read(run, done)
