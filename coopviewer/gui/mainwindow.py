"""The main window: entities (left), search and results (middle), one or two viewers (right)."""

from __future__ import annotations

import os
import platform
import sys

import pymupdf
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QSettings,
    QSize,
    Qt,
    Signal,
    qVersion,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coopviewer import __version__
from coopviewer.gui import settings as cfg
from coopviewer.gui.models import (
    ENTITY_ROLE,
    HIT_ROLE,
    SORT_KEYS,
    SORT_ROLE,
    CandidateModel,
    EntityFilter,
    EntityModel,
    HtmlDelegate,
    ResultsModel,
    candidate_icon,
    candidate_text,
    sort_hits,
)
from coopviewer.gui.viewer import Highlight, PageList, PdfView, ViewerError, ViewerToolbar
from coopviewer.gui.workers import IngestRunner, LibraryWorker
from coopviewer.library import Library
from coopviewer.models import Hit

# Below this window width, side by side folds the entity column away to give the pages room.
SPLIT_FOLD_WIDTH = 1600

ENTITY_TABS = [
    ("country", QT_TRANSLATE_NOOP("MainWindow", "Partners")),
    ("unit", QT_TRANSLATE_NOOP("MainWindow", "Units")),
    ("organisation", QT_TRANSLATE_NOOP("MainWindow", "Organisations")),
    ("programme", QT_TRANSLATE_NOOP("MainWindow", "Programmes")),
    ("agreement", QT_TRANSLATE_NOOP("MainWindow", "Agreements")),
    ("person", QT_TRANSLATE_NOOP("MainWindow", "People")),
    ("reference", QT_TRANSLATE_NOOP("MainWindow", "References")),
]
# After the types, the picker offers the candidates of every type in one list to review.
REVIEW_LABEL = QT_TRANSLATE_NOOP("MainWindow", "To review")


class ViewerPane(QWidget):
    """One viewer with its toolbar; remembers which hits it walks."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.view = PdfView()
        self.toolbar = ViewerToolbar(self.view)
        self.pages = PageList(self.view)
        self.pages.setVisible(bool(cfg.get("viewer/pages")))
        self.toolbar.pages_button.setChecked(self.pages.isVisible())
        self.toolbar.pages_button.toggled.connect(self.show_pages)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.pages)
        body.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addLayout(body, 1)
        self.hits: list[Highlight] = []  # what prev/next walks in this pane
        self.position = -1

    def show_pages(self, on: bool) -> None:
        self.pages.setVisible(on)
        cfg.put("viewer/pages", on)


class MainWindow(QMainWindow):
    languageSwitched = Signal(object)  # View → Language: the window that replaces this one

    def __init__(self, library_path: str, *, lang: str = "en") -> None:
        super().__init__()
        self.library_path = library_path
        self.lang = lang
        self.setWindowTitle("coopviewer")
        self.setAcceptDrops(True)
        self.lib = Library(library_path, readonly=True)  # reads only: writes go through the worker
        self.worker = LibraryWorker(library_path, self)
        self.ingest_runner: IngestRunner | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.current_entity = None
        self.correction_undo: list[tuple] = []  # (what was done, its inverse as fn(lib))
        self.results: list[Hit] = []
        self.position = -1
        self._build()
        self._actions()
        self.restore_state()
        self.refresh_library()
        if self.lib.readonly_reason and "another" in (self.lib.readonly_reason or ""):
            self.statusBar().showMessage(self.tr("Read-only: another coopviewer is writing to this library"))

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.entity_tabs = QTabWidget()
        self.entity_models: dict[str, EntityModel] = {}
        self.entity_views: dict[str, QTreeView] = {}
        self.entity_filters: dict[str, EntityFilter] = {}
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        self.entity_filter = QLineEdit(placeholderText=self.tr("Filter entities…"))
        self.entity_filter.setClearButtonEnabled(True)
        left_layout.addWidget(self.entity_filter)
        # Seven types do not fit as tabs in a narrow column: a picker chooses the list,
        # and with a filter typed it says how many of each type match.
        self.entity_type = QComboBox()
        self.entity_type.setToolTip(self.tr("Which kind of entity to list"))
        left_layout.addWidget(self.entity_type)
        self.entity_tabs.tabBar().hide()
        self.entity_tabs.setDocumentMode(True)
        left_layout.addWidget(self.entity_tabs, 1)
        left.setMinimumWidth(150)
        for type_, label in ENTITY_TABS:
            model = EntityModel(type_, self)
            proxy = EntityFilter(self)
            proxy.setSourceModel(model)
            view = QTreeView()
            view.setModel(proxy)
            view.setHeaderHidden(True)
            view.setRootIsDecorated(type_ == "unit")
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._entity_menu(v, pos))
            view.clicked.connect(self._entity_clicked)
            view.activated.connect(lambda index: self.open_dossier(index.data(ENTITY_ROLE)))
            self.entity_models[type_] = model
            self.entity_filters[type_] = proxy
            self.entity_views[type_] = view
            self.entity_tabs.addTab(view, QCoreApplication.translate("MainWindow", label))
            self.entity_type.addItem(QCoreApplication.translate("MainWindow", label), type_)
        self._build_review()
        self.entity_type.currentIndexChanged.connect(self.entity_tabs.setCurrentIndex)
        self.entity_tabs.currentChanged.connect(self.entity_type.setCurrentIndex)
        self.entity_filter.textChanged.connect(self._filter_entities)

        middle = QWidget()
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.search_field = QLineEdit(placeholderText=self.tr('Search, e.g. samenwerking "Lichte Brigade" partner:Duitsland year:2023'))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.returnPressed.connect(self.run_search)
        self.completer = QCompleter([], self)
        self.search_field.setCompleter(self.completer)
        search_button = QPushButton(self.tr("Search"))
        search_button.clicked.connect(self.run_search)
        row.addWidget(self.search_field, 1)
        row.addWidget(search_button)
        mid.addLayout(row)
        self.query_error = QLabel()
        self.query_error.setStyleSheet("color: #b00020;")
        self.query_error.setWordWrap(True)
        self.query_error.hide()
        mid.addWidget(self.query_error)
        # the query's active filters, each a chip that removes it
        self.chips = QWidget()
        self.chips_layout = QHBoxLayout(self.chips)
        self.chips_layout.setContentsMargins(0, 0, 0, 0)
        self.chips_layout.setSpacing(4)
        self.chips.hide()
        mid.addWidget(self.chips)
        self.facets = QListWidget()
        self.facets.setMaximumHeight(130)
        self.facets.itemClicked.connect(self._facet_clicked)
        self.facets.hide()
        mid.addWidget(self.facets)
        self.results_label = QLabel()
        self.results_label.setWordWrap(True)
        self.sort_box = QComboBox()
        self.sort_box.setToolTip(self.tr("Order of the results"))
        for key, label in SORT_KEYS:
            self.sort_box.addItem(QCoreApplication.translate("ResultsModel", label), key)
        self.sort_box.currentIndexChanged.connect(lambda _: self.sort_results())
        label_row = QHBoxLayout()
        label_row.addWidget(self.results_label, 1)
        label_row.addWidget(self.sort_box)
        mid.addLayout(label_row)
        self.start_hint = QLabel(self.tr(
            "Click a partner or a unit on the left to list every passage that names it, "
            "or search above. F3 walks the hits; Ctrl+\\ shows a second pane."))
        self.start_hint.setWordWrap(True)
        self.start_hint.setStyleSheet("color: #555; padding: 12px;")
        mid.addWidget(self.start_hint)
        self.results_model = ResultsModel(self, self.lang)
        self.results_view = QTreeView()
        self.results_view.setModel(self.results_model)
        self.results_view.setHeaderHidden(True)
        self.results_view.setItemDelegate(HtmlDelegate(self.results_view))
        self.results_view.setWordWrap(True)
        self.results_view.setUniformRowHeights(False)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results_view.customContextMenuRequested.connect(self._results_menu)
        # rows wrap to the column's width: lay them out again when it changes
        self.results_view.header().sectionResized.connect(lambda *_: self.results_view.doItemsLayout())
        self.results_view.clicked.connect(self._result_clicked)
        self.results_view.activated.connect(self._result_clicked)
        from coopviewer.gui.basket import BasketPanel

        self.basket = BasketPanel(self)
        self.middle_splitter = QSplitter(Qt.Orientation.Vertical)
        self.middle_splitter.addWidget(self.results_view)
        self.middle_splitter.addWidget(self.basket)
        self.middle_splitter.setSizes([600, 260])
        mid.addWidget(self.middle_splitter, 1)
        middle.setMinimumWidth(260)

        self.panes = [ViewerPane("1"), ViewerPane("2")]
        for pane in self.panes:
            pane.view.set_placeholder_text(self.tr("No document open — click a partner, a unit or a search result"))
            pane.toolbar.nextHit.connect(lambda p=pane: self.pane_step(p, +1))
            pane.toolbar.prevHit.connect(lambda p=pane: self.pane_step(p, -1))
            pane.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            pane.view.customContextMenuRequested.connect(lambda pos, p=pane: self.viewer_menu(p, pos))
        self.pane_splitter = QSplitter(Qt.Orientation.Horizontal)
        for pane in self.panes:
            self.pane_splitter.addWidget(pane)
        self.panes[1].hide()
        self.active_pane = self.panes[0]

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.pane_splitter)
        self.splitter.setStretchFactor(2, 1)
        # the entity and results columns fold away (drag their edge, or View → …) for the pages
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, True)
        self.splitter.setCollapsible(2, False)
        self.pane_splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([260, 400, 700])
        self.splitter.splitterMoved.connect(lambda *_: self._sync_panel_actions())
        self.left_column, self.middle_column = left, middle
        self.setCentralWidget(self.splitter)
        self.resize(self._first_size())

    def _first_size(self) -> QSize:
        """1440×900, or the screen's free area when that is smaller (a 1366×768 laptop):
        a first window larger than the screen hides its right edge and its basket."""
        size = QSize(1440, 900)
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry().size()
            size = size.boundedTo(free - QSize(2, 2))
        return size

    def _build_review(self) -> None:
        """The last entry of the type picker: every candidate (an entity a rule found, not
        the gazetteer) in one list, most named first, with Confirm / Merge into… / Hide."""
        self.review_model = CandidateModel(self)
        self.review_filter = EntityFilter(self)
        self.review_filter.setSourceModel(self.review_model)
        self.review_filter.setSortRole(SORT_ROLE)
        view = QTreeView()
        view.setModel(self.review_filter)
        view.setRootIsDecorated(False)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSortingEnabled(True)
        view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # the most named first
        view.header().setSortIndicatorShown(True)
        view.header().setSectionsClickable(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos, v=view: self._entity_menu(v, pos))
        view.clicked.connect(self._entity_clicked)
        # walking the list with the arrow keys lists each candidate's passages, to judge it by
        view.selectionModel().currentChanged.connect(lambda current, _previous: self._review_moved(current))
        view.activated.connect(lambda index: self.open_dossier(index.data(ENTITY_ROLE)))
        self.review_view = view
        self.review_hint = QLabel()
        self.review_hint.setWordWrap(True)
        self.review_hint.setStyleSheet("color: #555;")
        # Confirm, the usual answer, across the column; Merge… and Hide beside each other
        # below it (three in a row do not fit a 250 px column in Dutch)
        buttons = QGridLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.review_buttons = {}
        for key, text, row, column, span in (("confirm", self.tr("Confirm"), 0, 0, 2), ("merge", self.tr("Merge…"), 1, 0, 1),
                                             ("hide", self.tr("Hide"), 1, 1, 1)):
            button = QPushButton(text)
            button.setEnabled(False)
            buttons.addWidget(button, row, column, 1, span)
            self.review_buttons[key] = button
        self.review_buttons["confirm"].clicked.connect(lambda: self.correct_confirm(self.selected_entity()))
        self.review_buttons["merge"].clicked.connect(lambda: self._correct_merge(self.selected_entity()))
        self.review_buttons["hide"].clicked.connect(lambda: self.correct_hide(self.selected_entity()))
        view.selectionModel().currentChanged.connect(lambda *_: self._sync_review_buttons())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.review_hint)
        layout.addWidget(view, 1)
        layout.addLayout(buttons)
        self.review_page = page
        self.entity_tabs.addTab(page, QCoreApplication.translate("MainWindow", REVIEW_LABEL))
        self.entity_type.addItem(candidate_icon(), QCoreApplication.translate("MainWindow", REVIEW_LABEL), "candidate")

    def _actions(self) -> None:
        def action(text: str, shortcut, slot, menu: QMenu | None = None) -> QAction:
            a = QAction(text, self)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            self.addAction(a)
            if menu is not None:
                menu.addAction(a)
            return a

        bar = self.menuBar()
        library = bar.addMenu(self.tr("&Library"))
        action(self.tr("Add files…"), QKeySequence.StandardKey.Open, self.add_files, library)
        action(self.tr("Add folder…"), "Ctrl+Shift+O", self.add_folder, library)
        action(self.tr("Documents…"), "Ctrl+D", self.show_documents, library)
        library.addSeparator()
        action(self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close, library)
        view = bar.addMenu(self.tr("&View"))
        action(self.tr("Search"), QKeySequence.StandardKey.Find, self.focus_search, view)
        action(self.tr("Next hit"), "F3", lambda: self.step(+1), view)
        action(self.tr("Previous hit"), "Shift+F3", lambda: self.step(-1), view)
        self.split_action = action(self.tr("Side by side"), "Ctrl+\\", self.toggle_split, view)
        self.split_action.setCheckable(True)
        view.addSeparator()
        self.entities_action = action(self.tr("Entity list"), "Ctrl+Shift+E", lambda on: self.show_column(0, on), view)
        self.entities_action.setCheckable(True)
        self.entities_action.setChecked(True)
        self.results_action = action(self.tr("Search and results"), "Ctrl+Shift+R", lambda on: self.show_column(1, on), view)
        self.results_action.setCheckable(True)
        self.results_action.setChecked(True)
        self.link_action = action(self.tr("Scroll panes together"), "Ctrl+Shift+L", lambda on: self.link_scrolling(on), view)
        self.link_action.setCheckable(True)
        view.addSeparator()
        action(self.tr("Focus left pane"), "Ctrl+1", lambda: self.focus_pane(0), view)
        action(self.tr("Focus right pane"), "Ctrl+2", lambda: self.focus_pane(1), view)
        action(self.tr("Clear search"), "Esc", self.clear_search)
        language = view.addMenu(self.tr("Language"))
        for code, label in (("", self.tr("Follow the system")), ("nl", "Nederlands"), ("en", "English")):
            a = language.addAction(label)
            a.setCheckable(True)
            a.setChecked(cfg.get("ui/language") == code)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
        entities = bar.addMenu(self.tr("&Entities"))
        # settle the selected entity from the keyboard, while an entity list has the focus
        # (not the filter field above them, where Delete deletes a letter)
        self.confirm_action = QAction(self.tr("Confirm candidate"), self)
        self.merge_action = QAction(self.tr("Merge into…"), self)
        self.hide_action = QAction(self.tr("Hide"), self)
        for a, shortcut, slot in ((self.confirm_action, "Ctrl+Return", self.correct_confirm),
                                  (self.merge_action, "Ctrl+M", self._correct_merge),
                                  (self.hide_action, QKeySequence.StandardKey.Delete, self.correct_hide)):
            a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            a.triggered.connect(lambda _=False, slot=slot: slot(self.selected_entity()))
            for view in [*self.entity_views.values(), self.review_view]:
                view.addAction(a)
            entities.addAction(a)
        for key, a in (("confirm", self.confirm_action), ("merge", self.merge_action), ("hide", self.hide_action)):
            self.review_buttons[key].setToolTip(f"{a.text()} ({a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action(self.tr("Review candidates"), "Ctrl+Shift+K", self.show_review, entities)
        entities.addSeparator()
        self.undo_correction_action = action(self.tr("Undo last correction"), "Ctrl+Alt+Z", self.undo_correction, entities)
        self.undo_correction_action.setEnabled(False)
        action(self.tr("Corrections and hidden entities…"), None, self.show_corrections, entities)
        basket = bar.addMenu(self.tr("&Basket"))
        action(self.tr("Add current result"), "Ctrl+Shift+B", lambda: self.basket.add_current(), basket)
        action(self.tr("Add selected words"), "Ctrl+B", lambda: self.basket.add_selection(), basket)
        action(self.tr("Export…"), "Ctrl+E", lambda: self.basket.export(), basket)
        help_menu = bar.addMenu(self.tr("&Help"))
        action(self.tr("About coopviewer"), None, self.show_about, help_menu)

    # --- library --------------------------------------------------------------------------
    def refresh_library(self) -> None:
        def load(lib: Library):
            return {t: lib.entities(t) for t, _ in ENTITY_TABS}, len(lib.documents())

        self.worker.read(load, self._library_loaded)

    def _library_loaded(self, result, error) -> None:
        if error:
            self.statusBar().showMessage(self.tr("Could not read the library: ") + error)
            return
        by_type, n_docs = result
        english = self.lang == "en"
        # a correction reloads the lists: each keeps its selected entity and its scroll
        # position, so the analyst goes on where they were (the review list moves on to
        # the next candidate when the one settled has left it)
        kept = {view: self._view_place(view) for view in [*self.entity_views.values(), self.review_view]}
        for type_, ents in by_type.items():
            self.entity_models[type_].set_entities(ents, english=english)
            view = self.entity_views[type_]
            # a model reset forgets the columns' modes: the name takes the room, the count its own
            view.header().setStretchLastSection(False)
            if view.header().count() == 2:
                view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
                view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            view.expandAll()
        self.review_model.set_entities([e for ents in by_type.values() for e in ents], english=english)
        header = self.review_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for view, place in kept.items():
            self._restore_place(view, place, next_row=view is self.review_view)
        self._sync_review_count()
        if n_docs == 0:
            for pane in self.panes:
                pane.view.set_placeholder_text(self.tr("No documents yet — Add files… (Ctrl+O) or drop PDFs here"))
            self.results_label.setText(self.tr("No documents yet — Add files…"))
        else:
            self.results_label.setText(self.tr("%n documents in the library", "", n_docs))
            for pane in self.panes:  # the first ingest's "No documents yet" no longer holds
                pane.view.set_placeholder_text(self.tr("No document open — click a partner, a unit or a search result"))
        self.library_loaded = True
        self.basket.reload()

    def _view_place(self, view: QTreeView) -> tuple[str | None, int, int]:
        """(key of the selected entity, its row, the scroll position) of an entity list."""
        current = view.currentIndex()
        entity = current.data(ENTITY_ROLE) if current.isValid() else None
        return (entity.key if entity else None, current.row() if current.isValid() else -1,
                view.verticalScrollBar().value())

    def _restore_place(self, view: QTreeView, place: tuple[str | None, int, int], next_row: bool) -> None:
        key, row, scroll = place
        view.verticalScrollBar().setValue(scroll)
        if key is None:
            return
        proxy = view.model()
        index = proxy.mapFromSource(proxy.sourceModel().find_key(key))
        if not index.isValid() and next_row and proxy.rowCount():
            index = proxy.index(min(row, proxy.rowCount() - 1), 0)
        if index.isValid():
            view.setCurrentIndex(index)

    def _sync_review_count(self) -> None:
        """The picker's "To review (21)" and the review list's line above it."""
        n = self.review_filter.rowCount()
        label = QCoreApplication.translate("MainWindow", REVIEW_LABEL)
        self.entity_type.setItemText(len(ENTITY_TABS), f"{label} ({n})")
        total = self.review_model.rowCount()
        self.review_hint.setText(
            self.tr("Found by a rule, not in the gazetteer: confirm, merge or hide each.") if total else
            self.tr("Nothing to review: every entity is known to the gazetteer or settled."))
        self._sync_review_buttons()

    def _sync_review_buttons(self) -> None:
        entity = self.review_view.currentIndex().data(ENTITY_ROLE)
        for button in self.review_buttons.values():
            button.setEnabled(entity is not None)

    def show_review(self) -> None:
        """Entities → Review candidates: the review list, in view and with the focus."""
        self.show_column(0, True)
        self.entity_tabs.setCurrentIndex(len(ENTITY_TABS))
        if not self.review_view.currentIndex().isValid() and self.review_filter.rowCount():
            self.review_view.setCurrentIndex(self.review_filter.index(0, 0))
        self.review_view.setFocus()

    def _review_moved(self, current: QModelIndex) -> None:
        """A new candidate selected in the review list lists its passages (the same one
        selected again after a reload does not list them twice)."""
        entity = current.data(ENTITY_ROLE) if current.isValid() else None
        if entity is None or (self.current_entity is not None and self.current_entity.key == entity.key):
            return
        self._entity_clicked(current)

    def selected_entity(self):
        """The entity selected in the list in view (a type's list or the review list)."""
        view = self.review_view if self.entity_tabs.currentIndex() == len(ENTITY_TABS) else \
            self.entity_views[ENTITY_TABS[self.entity_tabs.currentIndex()][0]]
        index = view.currentIndex()
        return index.data(ENTITY_ROLE) if index.isValid() else None

    def add_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files"), "", self.tr("Documents (*.pdf *.txt);;All files (*)"))
        if files:
            self.ingest(files)

    def add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add folder"))
        if folder:
            self.ingest([folder])

    def ingest(self, paths: list[str], password: str | None = None) -> None:
        """Ingest in a worker process with a progress dialog; the window stays usable."""
        if self.ingest_runner is not None and self.ingest_runner.is_running():
            self.statusBar().showMessage(self.tr("An ingest is already running"))
            return
        self.ingest_report = None
        self.ingest_runner = IngestRunner(self.library_path, paths, password=password, parent=self)
        dialog = QProgressDialog(self.tr("Reading files…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Adding documents"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.ingest_runner.cancel)
        self.progress_dialog = dialog
        self.ingest_runner.progress.connect(self._ingest_progress)
        self.ingest_runner.finished.connect(self._ingest_finished)
        self.ingest_runner.start()
        dialog.show()

    def _ingest_progress(self, p) -> None:
        if self.progress_dialog is None:
            return
        self.progress_dialog.setMaximum(max(p.files_total, 1))
        self.progress_dialog.setValue(p.files_done)
        name = os.path.basename(p.current)
        self.progress_dialog.setLabelText(
            self.tr("%1 of %2 files, %3 pages\n%4").replace("%1", str(p.files_done)).replace("%2", str(p.files_total))
            .replace("%3", str(p.pages_done)).replace("%4", name))

    def _ingest_finished(self, report, error) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.hide()
        self.ingest_report = report
        if error:
            self._notice(self.tr("Adding documents failed"), error)
        else:
            added, failed = len(report["added"]), report["failed"]
            self.statusBar().showMessage(
                self.tr("%1 added, %2 skipped, %3 failed").replace("%1", str(added))
                .replace("%2", str(len(report["skipped"]))).replace("%3", str(len(failed))), 10000)
            locked = [f["path"] for f in failed if "password-protected" in f["error"]]
            others = [f for f in failed if f["path"] not in locked]
            if others:
                lines = "\n".join(f"{os.path.basename(f['path'])}: {f['error']}" for f in others)
                self._notice(self.tr("Some files could not be added"), lines)
            if locked:
                self.ask_password(locked)
        self.refresh_library()

    def ask_password(self, paths: list[str]) -> None:
        """Ask once for the password of protected PDFs and try them again (never stored)."""
        names = ", ".join(os.path.basename(p) for p in paths)
        password, ok = QInputDialog.getText(self, self.tr("Password"), self.tr("Password for %1:").replace("%1", names),
                                            QLineEdit.EchoMode.Password)
        if ok and password:
            self.ingest(paths, password=password)

    def _notice(self, title: str, text: str) -> None:
        """A non-blocking message box (routine work never waits on a dialog)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Close, self)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_notice = box
        box.show()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.ingest(paths)

    def show_documents(self) -> None:
        from coopviewer.gui.documents import DocumentsDialog

        dialog = DocumentsDialog(self)
        dialog.show()

    # --- entities -------------------------------------------------------------------------
    def _filter_entities(self, text: str) -> None:
        """Filter every type's list; the picker says how many match per type, and when the
        list in view has none, the first type that has some comes into view."""
        for i, (type_, label) in enumerate(ENTITY_TABS):
            proxy = self.entity_filters[type_]
            proxy.set_needle(text)
            name = QCoreApplication.translate("MainWindow", label)
            self.entity_type.setItemText(i, f"{name} ({proxy.rowCount()})" if text else name)
            if text:
                self.entity_views[type_].expandAll()
        self.review_filter.set_needle(text)
        self._sync_review_count()
        if self.entity_tabs.currentIndex() >= len(ENTITY_TABS):
            return  # the review list filters in place
        current = ENTITY_TABS[self.entity_tabs.currentIndex()][0]
        if text and self.entity_filters[current].rowCount() == 0:
            for i, (type_, _label) in enumerate(ENTITY_TABS):
                if self.entity_filters[type_].rowCount():
                    self.entity_tabs.setCurrentIndex(i)
                    break

    def select_entity_by_name(self, type_: str, name: str) -> bool:
        """Select an entity in its list as a click would (used by tests and scripts)."""
        model = self.entity_models[type_]
        index = model.find(name)
        if not index.isValid():
            return False
        self.entity_tabs.setCurrentIndex([t for t, _ in ENTITY_TABS].index(type_))
        proxy_index = self.entity_filters[type_].mapFromSource(index)
        self.entity_views[type_].setCurrentIndex(proxy_index)
        self._entity_clicked(proxy_index)
        return True

    def _entity_clicked(self, index) -> None:
        entity = index.data(ENTITY_ROLE)
        if entity is None:
            return
        self.current_entity = entity
        self.clear_search()  # a new question: the old query, its facets and error would lie
        if entity.type == "reference":
            self._open_reference(entity)
        key = str(entity.id)
        token = self._new_request()

        def shown(results, error) -> None:
            if token != self._request:
                return  # a newer click or search has taken over the results list
            if error:
                self.statusBar().showMessage(error)
                return
            label = self.tr("%n passages mention %1", "", results.total).replace("%1", entity.name)
            if entity.mentions != results.total:  # say what each number counts
                label += " " + self.tr("(%n mentions)", "", entity.mentions)
            self.show_results(results.hits, label)

        self.worker.read(lambda lib: lib.search("", entity=key, limit=500), shown)

    def _new_request(self) -> int:
        self._request = getattr(self, "_request", 0) + 1
        return self._request

    def _open_reference(self, entity) -> None:
        def resolve(lib: Library):
            ref = next((r for r in lib.references() if r.entity_id == entity.id), None)
            if ref is None or ref.resolves_to is None:
                return None
            doc = lib.document(ref.resolves_to)
            return doc, lib.stored_path(doc)

        def opened(result, error) -> None:
            if result:
                doc, path = result
                self.set_split(True)
                self.open_in(self.panes[1], path, doc.id, doc.title, 1, [])
                self.statusBar().showMessage(self.tr("Opened the cited paper in the other pane"), 5000)

        self.worker.read(resolve, opened)

    def _entity_menu(self, view: QTreeView, pos) -> None:
        index = view.indexAt(pos)
        entity = index.data(ENTITY_ROLE)
        if entity is None:
            return
        self.entity_menu(entity).popup(view.viewport().mapToGlobal(pos))

    def entity_menu(self, entity) -> QMenu:
        """What a right-click on an entity offers; a candidate's first choices settle it."""
        menu = QMenu(self)
        if entity.candidate:  # what the analyst came for first: settle it
            menu.addSection(candidate_text(entity))
            confirm = menu.addAction(self.tr("Confirm"), lambda: self.correct_confirm(entity))
            font = confirm.font()
            font.setBold(True)
            confirm.setFont(font)
            menu.addAction(self.tr("Merge into…"), lambda: self._correct_merge(entity))
            menu.addAction(self.tr("Hide"), lambda: self.correct_hide(entity))
            menu.addSeparator()
        menu.addAction(self.tr("Dossier…"), lambda: self.open_dossier(entity))
        menu.addAction(self.tr("Add all passages to the basket"), lambda: self.basket._write(
            lambda lib: lib.basket_add_entity(self.basket.name(), str(entity.id)), added=int))
        menu.addSeparator()
        menu.addAction(self.tr("Rename…"), lambda: self._correct_rename(entity))
        menu.addAction(self.tr("Add alias…"), lambda: self._correct_alias(entity))
        if not entity.candidate:
            menu.addAction(self.tr("Merge into…"), lambda: self._correct_merge(entity))
            menu.addAction(self.tr("Hide"), lambda: self.correct_hide(entity))
        return menu

    def open_dossier(self, entity) -> None:
        """The entity at a glance: timeline, related entities, network (non-modal)."""
        if entity is None:
            return
        from coopviewer.dossier.build import build_dossier, build_network

        key = str(entity.id)

        def shown(result, error) -> None:
            if error:
                self.statusBar().showMessage(error, 8000)
                return
            from coopviewer.gui.dossier import DossierDialog

            if getattr(self, "dossier_dialog", None) is not None:
                self.dossier_dialog.close()
            self.dossier_dialog = DossierDialog(self, *result)
            self.dossier_dialog.show()

        self.worker.read(lambda lib: (build_dossier(lib, key), build_network(lib, ("country", "unit"))), shown)

    def _correct_rename(self, entity) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name for %1:").replace("%1", entity.name), text=entity.name)
        if ok and name.strip():
            old = entity.name
            self._write(lambda lib: lib.rename(str(entity.id), name), undo=(
                self.tr("Renamed %1 to %2").replace("%1", old).replace("%2", name.strip()),
                lambda lib, key=str(entity.id): lib.rename(key, old)))

    def _correct_alias(self, entity) -> None:
        alias, ok = QInputDialog.getText(self, self.tr("Add alias"), self.tr("Another name for %1:").replace("%1", entity.name))
        if ok and alias.strip():
            self._write(lambda lib: lib.add_alias(str(entity.id), alias))

    def _correct_merge(self, entity) -> None:
        """Merge into another entity, picked from the names of its type (or typed)."""
        if entity is None:
            return
        model = self.entity_models.get(entity.type)
        names = sorted({e.name for item in (model._walk(model.invisibleRootItem()) if model else [])
                        if (e := item.data(ENTITY_ROLE)) is not None and e.key != entity.key}, key=str.casefold)
        target, ok = QInputDialog.getItem(self, self.tr("Merge"), self.tr("Merge %1 into:").replace("%1", entity.name),
                                          names, -1, True)
        if ok and target.strip():
            self._write(lambda lib: lib.merge(str(entity.id), target), undo=(
                self.tr("Merged %1 into %2").replace("%1", entity.name).replace("%2", target.strip()),
                lambda lib, key=entity.key: lib.unmerge(key)))

    def correct_confirm(self, entity) -> None:
        """The analyst settles a candidate: it stays, no longer marked."""
        if entity is None:
            return
        if not entity.candidate:
            self.statusBar().showMessage(self.tr("%1 is not a candidate: nothing to confirm").replace("%1", entity.name), 5000)
            return
        self._write(lambda lib: lib.confirm(str(entity.id)), undo=(
            self.tr("Confirmed %1").replace("%1", entity.name),
            lambda lib, key=str(entity.id): lib.confirm(key, confirmed=False)))

    def correct_hide(self, entity) -> None:
        if entity is None:
            return
        self._write(lambda lib: lib.hide(str(entity.id)), undo=(
            self.tr("Hid %1").replace("%1", entity.name), lambda lib, key=str(entity.id): lib.hide(key, hidden=False)))

    def _write(self, fn, undo: tuple | None = None) -> None:
        """A correction in the background; `undo` (what was done, how to take it back)
        goes on the undo list once it has been saved."""
        def done(result, error) -> None:
            if error:
                self._notice(self.tr("The correction could not be saved"), error)
            elif undo is not None:
                self.correction_undo.append(undo)
                self.undo_correction_action.setEnabled(True)
                self.statusBar().showMessage(undo[0] + " — " + self.tr("Entities → Undo last correction (Ctrl+Alt+Z)"), 10000)
            self.refresh_library()

        self.worker.write(fn, done)

    def undo_correction(self) -> None:
        """Take back the last hide, merge, rename or confirm made in this window."""
        if not self.correction_undo:
            return
        what, inverse = self.correction_undo.pop()
        self.undo_correction_action.setEnabled(bool(self.correction_undo))

        def done(result, error) -> None:
            if error:
                self._notice(self.tr("The correction could not be undone"), error)
            else:
                self.statusBar().showMessage(self.tr("Undone: %1").replace("%1", what), 8000)
            self.refresh_library()

        self.worker.write(inverse, done)

    def show_corrections(self) -> None:
        from coopviewer.gui.corrections import CorrectionsDialog

        self.corrections_dialog = CorrectionsDialog(self)
        self.corrections_dialog.show()

    # --- search ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def clear_search(self) -> None:
        self.search_field.clear()
        self._show_chips("")
        self.query_error.hide()
        self.facets.clear()
        self.facets.hide()

    def run_search(self) -> None:
        query = self.search_field.text().strip()
        if not query:
            return
        recent = [q for q in cfg.get("search/recent") if q != query]
        cfg.put("search/recent", [query, *recent][:20])
        self.completer.model().setStringList([query, *recent][:20])
        self.current_entity = None
        lang = self.lang
        self._show_chips(query)

        def ask(lib: Library, **kw):  # "Duitsland" or "Germany": every passage naming it, as a click lists
            return lib.analyst_search(query, lang=lang, **kw)

        # The results first; the facet counts follow in a second request, so a query that
        # matches half the library shows its best passages before everything is counted.
        token = self._new_request()
        self.worker.read(lambda lib: ask(lib, limit=200),
                         lambda results, error: token == self._request and self._search_done(results, error))
        self.worker.read(lambda lib: ask(lib, limit=0, facets=True).facets,
                         lambda result, error: token == self._request and not error and self._show_facets(result))

    def _search_done(self, results, error) -> None:
        self.facets.clear()
        self.facets.hide()
        if error:
            self.query_error.setText(error)
            self.query_error.show()
            # the old results answered another question: they go with the bad one
            self.show_results([], self.tr("Nothing searched"))
            return
        self.query_error.hide()
        self.show_results(results.hits, self.tr("%n passages", "", results.total))

    def _show_facets(self, facets: dict) -> None:
        """Facet values under a heading per kind (Partners, Units, …), counts beside them."""
        self.facets.clear()
        headings = {"country": self.tr("Partners"), "unit": self.tr("Units"), "document": self.tr("Documents"),
                    "year": self.tr("Years")}
        for kind, values in facets.items():
            if not values:
                continue
            heading = QListWidgetItem(headings.get(kind, kind))
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            self.facets.addItem(heading)
            for f in values[:6]:
                item = QListWidgetItem(f"    {f.label[:40]}  ({f.count})")
                item.setData(Qt.ItemDataRole.UserRole, (kind, f.key, f.label))
                item.setToolTip(f.label)
                self.facets.addItem(item)
        self.facets.setVisible(self.facets.count() > 0)

    def _show_chips(self, query: str) -> None:
        """One chip per filter in the query ("partner: Duitsland ✕"); a click removes it."""
        from coopviewer.search.query import filter_clauses

        while self.chips_layout.count():
            old = self.chips_layout.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        clauses = filter_clauses(query)
        for name, value, start, end in clauses:
            chip = QToolButton()
            chip.setText(f"{name}: {value}  ✕")
            chip.setToolTip(self.tr("Remove this filter"))
            chip.setStyleSheet("QToolButton { border: 1px solid #9ab; border-radius: 9px; padding: 1px 6px; background: #eef3f8; }")
            chip.clicked.connect(lambda _=False, s=start, e=end: self.remove_filter(s, e))
            self.chips_layout.addWidget(chip)
        self.chips_layout.addStretch(1)
        self.chips.setVisible(bool(clauses))

    def remove_filter(self, start: int, end: int) -> None:
        """Drop the filter at query[start:end] and search again."""
        text = self.search_field.text()
        rest = " ".join((text[:start] + " " + text[end:]).split())
        self.search_field.setText(rest)
        if rest:
            self.run_search()
        else:
            self.clear_search()

    def _facet_clicked(self, item) -> None:
        if item.data(Qt.ItemDataRole.UserRole) is None:
            return  # a heading
        kind, key, label = item.data(Qt.ItemDataRole.UserRole)
        clause = {"country": f'partner:"{label}"', "unit": f'unit:"{label}"', "document": f"doc:{key}", "year": f"year:{key}"}[kind]
        self.search_field.setText(f"{self.search_field.text().strip()} {clause}".strip())
        self.run_search()

    def show_results(self, hits: list[Hit], label: str, position: int = 0) -> None:
        """List `hits` (in the chosen order) and open the one at `position`."""
        self.start_hint.hide()
        self.results = sort_hits(hits, self.sort_box.currentData())
        self.results_model.set_hits(self.results)
        self.results_view.expandAll()
        self.results_label.setText(label if hits else (label if label == self.tr("Nothing searched") else self.tr("No passages found")))
        self.position = -1
        if self.results:
            self.go_to_hit(min(max(position, 0), len(self.results) - 1))

    def sort_results(self) -> None:
        """Re-order the listed results (relevance, date, document), keeping the current one."""
        if not self.results:
            return
        current = self.results[self.position] if 0 <= self.position < len(self.results) else None
        self.results = sort_hits(self.results, self.sort_box.currentData())
        self.results_model.set_hits(self.results)
        self.results_view.expandAll()
        if current is not None:
            self.position = self.results.index(current)
            index = self.results_model.hit_index(self.position)
            self.results_view.setCurrentIndex(index)
            self.results_view.scrollTo(index)

    def _result_clicked(self, index) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.go_to_hit(self.results.index(hit))

    def _results_menu(self, pos) -> None:
        hit = self.results_view.indexAt(pos).data(HIT_ROLE)
        if hit is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open in other pane"), lambda: self.open_hit_in(self._other_pane(), hit))
        menu.addAction(self.tr("Add to basket"), lambda: self.basket._write(
            lambda lib: lib.basket_add_passage(self.basket.name(), hit.passage_id, hit.spans, group=hit.title), added=lambda _id: 1))
        menu.addAction(self.tr("Copy with citation"), lambda: self.copy_with_citation(hit))
        menu.popup(self.results_view.viewport().mapToGlobal(pos))

    def viewer_menu(self, pane: ViewerPane, pos) -> None:
        """Right-click on a page: copy the selected words, or put them in the basket."""
        self.active_pane = pane
        has_text = bool(pane.view.selected_text())
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"), lambda: QApplication.clipboard().setText(pane.view.selected_text()))
        add = menu.addAction(self.tr("Add selected words to the basket"), lambda: self.basket.add_selection(pane))
        copy.setEnabled(has_text)
        add.setEnabled(has_text)
        menu.exec(pane.view.mapToGlobal(pos))

    def copy_with_citation(self, hit: Hit) -> None:
        """Passage and citation to the clipboard, as plain text and as HTML."""
        import html as html_lib

        from PySide6.QtCore import QMimeData

        from coopviewer.gui.models import marked_html

        cite = self.lib.citation(hit.passage_id, self.lang)
        data = QMimeData()
        data.setText(f"“{hit.text}” ({cite})")
        data.setHtml(f"<blockquote>{marked_html(hit.text, hit.spans)}</blockquote><p><i>{html_lib.escape(cite)}</i></p>")
        QApplication.clipboard().setMimeData(data)
        self.statusBar().showMessage(self.tr("Copied with its citation"), 4000)

    # --- hits and panes ---------------------------------------------------------------------
    def go_to_hit(self, n: int, pane: ViewerPane | None = None) -> None:
        if not self.results or not 0 <= n < len(self.results):
            return
        self.position = n
        hit = self.results[n]
        index = self.results_model.hit_index(n)
        self.results_view.setCurrentIndex(index)
        self.results_view.scrollTo(index)
        self.open_hit_in(pane or self.active_pane, hit)

    def open_hit_in(self, pane: ViewerPane, hit: Hit) -> None:
        doc_hits = [h for h in self.results if h.doc_id == hit.doc_id and h.rects]
        highlights = [Highlight(h.page, tuple(tuple(r) for r in h.rects), h is hit) for h in doc_hits]
        highlights += [Highlight(h.page + 1, tuple(tuple(r) for r in h.next_page_rects)) for h in doc_hits if h.next_page_rects]
        path = self.lib.stored_path(self.lib.document(hit.doc_id))
        if pane is self.panes[1]:
            self.set_split(True)
        self.open_in(pane, path, hit.doc_id, hit.title, hit.page, highlights)
        current = next((h for h in highlights if h.current), None)
        pane.hits = highlights
        pane.position = highlights.index(current) if current else -1
        if current:
            pane.view.show_highlight(current)
        else:
            pane.view.go_to_page(hit.page)

    def open_in(self, pane: ViewerPane, path: str, doc_id: int, title: str, page: int, highlights: list[Highlight]) -> None:
        try:
            if pane.view.document_path() != path:
                pane.view.open_document(path, doc_id, title)
                pane.toolbar.set_header(self.pane_header(doc_id, title))
        except ViewerError as exc:
            self.statusBar().showMessage(str(exc))
            return
        pane.view.set_highlights(highlights)
        pane.view.go_to_page(page)
        pane.hits, pane.position = highlights, -1
        self.mark_shared_entities()

    def mark_shared_entities(self) -> None:
        """Side by side: frame, in both panes, the partners, units, organisations and
        programmes that both documents name, and say how many in each pane's toolbar."""
        docs = [p.view.doc_id() for p in self.panes]
        both = self.panes[1].isVisible() and None not in docs and docs[0] != docs[1]
        if not both:
            self._shared_docs = None
            for pane in self.panes:
                pane.view.set_shared_marks([])
                pane.toolbar.set_shared([])
            return
        if getattr(self, "_shared_docs", None) == docs:
            return  # F3 within the same two documents: the marks stand
        self._shared_docs = docs

        def shared(lib: Library):
            kinds = ("country", "unit", "organisation", "programme")
            first = {e.id: e.name for e in lib.entities(doc=docs[0]) if e.type in kinds}
            ids = [e.id for e in lib.entities(doc=docs[1]) if e.id in first]
            marks = {d: [Highlight(m.page, tuple(tuple(r) for r in m.rects)) for i in ids for m in lib.mentions(str(i), doc=d)]
                     for d in docs}
            return sorted(first[i] for i in ids), marks

        def shown(result, error) -> None:
            if error or result is None or [p.view.doc_id() for p in self.panes] != docs:
                return  # a newer document has taken a pane's place
            names, marks = result
            for pane, doc in zip(self.panes, docs, strict=True):
                pane.view.set_shared_marks(marks[doc])
                pane.toolbar.set_shared(names)

        self.worker.read(shared, shown)

    def pane_header(self, doc_id: int, title: str) -> str:
        """Which source a pane shows: its title, date and parliamentary number."""
        from coopviewer.export.citation import format_doc_date

        try:
            doc = self.lib.document(doc_id)
        except Exception:  # noqa: BLE001 - a header is no reason to fail opening
            return title
        parts = [title, format_doc_date(doc.date, self.lang) if doc.date else "",
                 f"Kamerstuk {doc.number}" if doc.number else ""]
        return " · ".join(p for p in parts if p)

    def step(self, delta: int) -> None:
        """F3 / Shift+F3: the next or previous hit, across pages and documents; at either end it says so."""
        if not self.results:
            self.statusBar().showMessage(self.tr("No hits to walk — click an entity or search first"), 5000)
            return
        target = self.position + delta
        if target >= len(self.results):
            self.statusBar().showMessage(self.tr("Last hit (%1 of %1) — Shift+F3 goes back").replace("%1", str(len(self.results))), 5000)
            return
        if target < 0:
            self.statusBar().showMessage(self.tr("First hit — F3 goes on"), 5000)
            return
        self.go_to_hit(target)

    def pane_step(self, pane: ViewerPane, delta: int) -> None:
        """A pane's own next/previous.

        The pane the results open in walks the results (across documents); the other
        pane walks the selected entity's mentions in its own document.
        """
        if pane is self.active_pane and self.results:
            self.step(delta)
            return
        if self.current_entity is not None and pane.view.doc_id() is not None:
            key = (self.current_entity.id, pane.view.doc_id())
            if getattr(pane, "walk_key", None) != key:
                entity_id, doc_id = str(key[0]), key[1]

                def loaded(mentions, error, pane=pane, key=key) -> None:
                    pane.walk_key = key
                    pane.hits = [Highlight(m.page, tuple(tuple(r) for r in m.rects)) for m in mentions or []]
                    pane.position = -1
                    self._walk_pane(pane, 1)

                self.worker.read(lambda lib: lib.mentions(entity_id, doc=doc_id), loaded)
                return
        self._walk_pane(pane, delta)

    def _walk_pane(self, pane: ViewerPane, delta: int) -> None:
        if not pane.hits:
            return
        pane.position = min(max(pane.position + delta, 0), len(pane.hits) - 1)
        pane.view.set_highlights(pane.hits)
        pane.view.show_highlight(pane.hits[pane.position])

    def _other_pane(self) -> ViewerPane:
        return self.panes[1] if self.active_pane is self.panes[0] else self.panes[0]

    def set_split(self, on: bool) -> None:
        """Show or hide the second pane. On a screen narrower than SPLIT_FOLD_WIDTH the
        entity column folds away, so both pages stay readable; View → Entity list
        (Ctrl+Shift+E) or dragging its edge brings it back."""
        was_on = self.panes[1].isVisible()
        self.panes[1].setVisible(on)
        self.split_action.setChecked(on)
        if on and not was_on and self.isVisible() and self.width() < SPLIT_FOLD_WIDTH and self.splitter.sizes()[0] > 0:
            self.show_column(0, False)
            sizes = self.splitter.sizes()  # the results column at its narrowest readable width
            narrow = max(self.middle_column.minimumWidth(), 300)
            if sizes[1] > narrow:
                self.splitter.setSizes([0, narrow, sizes[2] + sizes[1] - narrow])
            self.statusBar().showMessage(self.tr("Entity list folded away for two pages — Ctrl+Shift+E brings it back"), 8000)
        if not on and self.active_pane is self.panes[1]:
            self.active_pane = self.panes[0]
        if on:
            self.pane_splitter.setSizes([1, 1])  # two equal pages

    def link_scrolling(self, on: bool) -> None:
        """Scroll the two panes together: each keeps its own position, both move by the
        same number of pixels (two versions of a text stay side by side)."""
        self.link_action.setChecked(on)
        self._scroll_last = [p.view.verticalScrollBar().value() for p in self.panes]
        if getattr(self, "_scroll_links", None) is None:
            self._scroll_links = True
            for n, pane in enumerate(self.panes):
                pane.view.verticalScrollBar().valueChanged.connect(lambda value, n=n: self._pane_scrolled(n, value))
        self._scrolling_linked = on

    def _pane_scrolled(self, n: int, value: int) -> None:
        last = self._scroll_last
        delta, last[n] = value - last[n], value
        if not getattr(self, "_scrolling_linked", False) or getattr(self, "_scrolling_other", False) or not delta:
            return
        other = self.panes[1 - n].view.verticalScrollBar()
        self._scrolling_other = True
        try:
            other.setValue(other.value() + delta)
            last[1 - n] = other.value()
        finally:
            self._scrolling_other = False

    def show_column(self, n: int, on: bool) -> None:
        """Fold the entity (0) or results (1) column away, or bring it back."""
        sizes = self.splitter.sizes()
        if on == (sizes[n] > 0):
            self._sync_panel_actions()
            return
        if on:
            want = 240 if n == 0 else 340
            take = min(want, max(sizes[2] - 400, 0)) or want
            sizes[n], sizes[2] = take, max(sizes[2] - take, 0)
        else:
            sizes[2] += sizes[n]
            sizes[n] = 0
        self.splitter.setSizes(sizes)
        self._sync_panel_actions()

    def _sync_panel_actions(self) -> None:
        sizes = self.splitter.sizes()
        self.entities_action.setChecked(sizes[0] > 0)
        self.results_action.setChecked(sizes[1] > 0)

    def toggle_split(self) -> None:
        self.set_split(not self.panes[1].isVisible())
        self.mark_shared_entities()

    def focus_pane(self, n: int) -> None:
        if n == 1:
            self.set_split(True)
        self.active_pane = self.panes[n]
        self.panes[n].view.setFocus()

    # --- state ------------------------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = cfg.get("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        self.set_split(bool(cfg.get("window/side_by_side")))
        self._splitters_restored = False
        self.completer.model().setStringList(cfg.get("search/recent"))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._splitters_restored:
            # Splitter sizes are absolute: restore them once the window has its size.
            self._splitters_restored = True
            splitter, panes = cfg.get("window/splitter"), cfg.get("window/panes")
            if splitter:
                self.splitter.restoreState(splitter)
            if panes:
                self.pane_splitter.restoreState(panes)

    def save_state(self) -> None:
        cfg.put("window/geometry", self.saveGeometry())
        cfg.put("window/splitter", self.splitter.saveState())
        cfg.put("window/panes", self.pane_splitter.saveState())
        cfg.put("window/side_by_side", self.panes[1].isVisible())
        cfg.put("library/last", self.library_path)
        QSettings().sync()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.save_state()
        for other in (getattr(self, "dossier_dialog", None), getattr(self, "corrections_dialog", None)):
            if other is not None:
                other.close()  # the dossier is a window of its own: it goes with this one
        if self.ingest_runner is not None and self.ingest_runner.is_running():
            self.ingest_runner.stop()
        self.worker.shutdown()
        for pane in self.panes:
            pane.view.close_document()
        self.lib.close()
        super().closeEvent(event)

    def set_language(self, code: str) -> MainWindow | None:
        """Switch the interface language now: a new window in that language replaces this one.

        Every text, date format and plural is set when a widget is built, so the window
        is rebuilt rather than retranslated in place; its layout, split and search
        history carry over through the settings. During an ingest the switch waits
        for the next start. Returns the new window (None when deferred).
        """
        from coopviewer.gui.translators import install_translators
        from coopviewer.i18n import set_language as set_core_language

        cfg.put("ui/language", code)
        if self.ingest_runner is not None and self.ingest_runner.is_running():
            self.statusBar().showMessage(self.tr("The language changes at the next start"), 8000)
            return None
        app = QApplication.instance()
        for t in getattr(app, "coopviewer_translators", []):
            app.removeTranslator(t)
        language = set_core_language(code or None)
        app.coopviewer_translators = install_translators(app, language)
        self.save_state()
        state = self.work_state()
        replacement = MainWindow(self.library_path, lang=language)
        replacement.show()  # before this one closes, so the application does not quit
        replacement.resume_work(state)
        self.languageSwitched.emit(replacement)
        self.close()
        return replacement

    def work_state(self) -> dict:
        """What the analyst is in the middle of: results, query, entity, open pages, selection."""
        panes = []
        for pane in self.panes:
            v = pane.view
            panes.append(None if v.document_path() is None else {
                "path": v.document_path(), "doc_id": v.doc_id(), "title": v.title(), "page": v.current_page(),
                "highlights": list(v.highlights()), "hits": list(pane.hits),
                "position": pane.position, "selection": v.selection(), "visible": pane.isVisible()})
        return {"results": list(self.results), "position": self.position, "label": self.results_label.text(),
                "entity": self.current_entity, "query": self.search_field.text(),
                "query_error": self.query_error.text() if not self.query_error.isHidden() else "",
                "sort": self.sort_box.currentIndex(), "filter": self.entity_filter.text(),
                "tab": self.entity_tabs.currentIndex(), "panes": panes,
                "active": self.panes.index(self.active_pane), "splitter": self.splitter.sizes()}

    def resume_work(self, state: dict) -> None:
        """Carry on where another window (the same library in another language) left off."""
        self.sort_box.setCurrentIndex(state["sort"])
        self.entity_filter.setText(state["filter"])
        self.entity_tabs.setCurrentIndex(state["tab"])
        self.search_field.setText(state["query"])
        if state["query_error"]:
            self.query_error.setText(state["query_error"])
            self.query_error.show()
        self.current_entity = state["entity"]
        self.splitter.setSizes(state["splitter"])
        self._sync_panel_actions()
        self.set_split(bool(state["panes"][1] and state["panes"][1]["visible"]))
        if state["results"]:
            self.start_hint.hide()
            self.results = list(state["results"])
            self.results_model.set_hits(self.results)
            self.results_view.expandAll()
            self.results_label.setText(state["label"])
            self.position = state["position"]
            if 0 <= self.position < len(self.results):
                self.results_view.setCurrentIndex(self.results_model.hit_index(self.position))
        for pane, ps in zip(self.panes, state["panes"], strict=True):
            if ps is None:
                continue
            self.open_in(pane, ps["path"], ps["doc_id"], ps["title"], ps["page"], ps["highlights"])
            pane.hits, pane.position = ps["hits"], ps["position"]
            pane.view.go_to_page(ps["page"])
            if ps["selection"]:
                pane.view.select_rect(*ps["selection"])
        self.active_pane = self.panes[state["active"]]

    def show_about(self) -> None:
        text = (f"<b>coopviewer {__version__}</b><br>"
                f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version} · "
                f"PyMuPDF {pymupdf.VersionBind}<br>{self.tr('Library')}: {self.library_path}")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About coopviewer"), text, QMessageBox.StandardButton.Close, self)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
        self.about_box = box


def excepthook_factory(log_path: str, window_getter):
    """Log unexpected errors to a file and show one line, never a traceback."""
    import traceback

    def hook(exc_type, exc, tb) -> None:
        try:
            with open(log_path, "a", encoding="utf-8") as fh:
                traceback.print_exception(exc_type, exc, tb, file=fh)
        except OSError:
            pass
        window = window_getter()
        if window is not None:
            window.statusBar().showMessage(f"Unexpected error: {exc} (details in {log_path})")
        else:
            sys.__excepthook__(exc_type, exc, tb)

    return hook


def first_run_needed(library_path: str) -> bool:
    with Library(library_path, readonly=True) as lib:
        return not lib.documents()

