"""The main window: entities (left), search and results (middle), one or two viewers (right)."""

from __future__ import annotations

import os
import platform
import sys

import pymupdf
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coopviewer import __version__
from coopviewer.gui import settings as cfg
from coopviewer.gui.models import (
    ENTITY_ROLE,
    HIT_ROLE,
    EntityFilter,
    EntityModel,
    HtmlDelegate,
    ResultsModel,
)
from coopviewer.gui.viewer import Highlight, PageList, PdfView, ViewerError, ViewerToolbar
from coopviewer.gui.workers import IngestRunner, LibraryWorker
from coopviewer.library import Library
from coopviewer.models import Hit

ENTITY_TABS = [
    ("country", QT_TRANSLATE_NOOP("MainWindow", "Partners")),
    ("unit", QT_TRANSLATE_NOOP("MainWindow", "Units")),
    ("organisation", QT_TRANSLATE_NOOP("MainWindow", "Organisations")),
    ("programme", QT_TRANSLATE_NOOP("MainWindow", "Programmes")),
    ("agreement", QT_TRANSLATE_NOOP("MainWindow", "Agreements")),
    ("person", QT_TRANSLATE_NOOP("MainWindow", "People")),
    ("reference", QT_TRANSLATE_NOOP("MainWindow", "References")),
]


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
        left_layout.addWidget(self.entity_tabs, 1)
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
        self.facets = QListWidget()
        self.facets.setMaximumHeight(110)
        self.facets.itemClicked.connect(self._facet_clicked)
        self.facets.hide()
        mid.addWidget(self.facets)
        self.results_label = QLabel()
        mid.addWidget(self.results_label)
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
        self.results_view.clicked.connect(self._result_clicked)
        self.results_view.activated.connect(self._result_clicked)
        from coopviewer.gui.basket import BasketPanel

        self.basket = BasketPanel(self)
        self.middle_splitter = QSplitter(Qt.Orientation.Vertical)
        self.middle_splitter.addWidget(self.results_view)
        self.middle_splitter.addWidget(self.basket)
        self.middle_splitter.setSizes([600, 260])
        mid.addWidget(self.middle_splitter, 1)

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
        self.splitter.setSizes([260, 400, 700])
        self.setCentralWidget(self.splitter)
        self.resize(1440, 900)

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
        action(self.tr("Focus left pane"), "Ctrl+1", lambda: self.focus_pane(0), view)
        action(self.tr("Focus right pane"), "Ctrl+2", lambda: self.focus_pane(1), view)
        action(self.tr("Clear search"), "Esc", self.clear_search)
        language = view.addMenu(self.tr("Language"))
        for code, label in (("", self.tr("Follow the system")), ("nl", "Nederlands"), ("en", "English")):
            a = language.addAction(label)
            a.setCheckable(True)
            a.setChecked(cfg.get("ui/language") == code)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
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
        for type_, ents in by_type.items():
            self.entity_models[type_].set_entities(ents, english=self.lang == "en")
            self.entity_views[type_].expandAll()
        if n_docs == 0:
            for pane in self.panes:
                pane.view.set_placeholder_text(self.tr("No documents yet — Add files… (Ctrl+O) or drop PDFs here"))
            self.results_label.setText(self.tr("No documents yet — Add files…"))
        else:
            self.results_label.setText(self.tr("%n documents in the library", "", n_docs))
        self.library_loaded = True
        self.basket.reload()

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
        for proxy in self.entity_filters.values():
            proxy.setFilterFixedString(text)

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
            self.show_results(results.hits, self.tr("%n passages mention %1", "", results.total).replace("%1", entity.name))

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
        menu = QMenu(self)
        menu.addAction(self.tr("Dossier…"), lambda: self.open_dossier(entity))
        menu.addAction(self.tr("Add all passages to the basket"), lambda: self.basket._write(
            lambda lib: lib.basket_add_entity(self.basket.name(), str(entity.id))))
        menu.addSeparator()
        menu.addAction(self.tr("Rename…"), lambda: self._correct_rename(entity))
        menu.addAction(self.tr("Add alias…"), lambda: self._correct_alias(entity))
        menu.addAction(self.tr("Merge into…"), lambda: self._correct_merge(entity))
        menu.addAction(self.tr("Hide"), lambda: self._write(lambda lib: lib.hide(str(entity.id))))
        menu.popup(view.viewport().mapToGlobal(pos))

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

            self.dossier_dialog = DossierDialog(self, *result)
            self.dossier_dialog.show()

        self.worker.read(lambda lib: (build_dossier(lib, key), build_network(lib, ("country", "unit"))), shown)

    def _correct_rename(self, entity) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name for %1:").replace("%1", entity.name), text=entity.name)
        if ok and name.strip():
            self._write(lambda lib: lib.rename(str(entity.id), name))

    def _correct_alias(self, entity) -> None:
        alias, ok = QInputDialog.getText(self, self.tr("Add alias"), self.tr("Another name for %1:").replace("%1", entity.name))
        if ok and alias.strip():
            self._write(lambda lib: lib.add_alias(str(entity.id), alias))

    def _correct_merge(self, entity) -> None:
        target, ok = QInputDialog.getText(self, self.tr("Merge"), self.tr("Merge %1 into (name):").replace("%1", entity.name))
        if ok and target.strip():
            self._write(lambda lib: lib.merge(str(entity.id), target))

    def _write(self, fn) -> None:
        def done(result, error) -> None:
            if error:
                self._notice(self.tr("The correction could not be saved"), error)
            self.refresh_library()

        self.worker.write(fn, done)

    # --- search ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def clear_search(self) -> None:
        self.search_field.clear()
        self.query_error.hide()
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

        def ask(lib: Library, **kw):
            mapped = lib.english_query(query) if lang == "en" else None
            if mapped:  # "Germany" reaches the passages that say "Duitsland"
                return lib.search(mapped[0], entity=mapped[1], **kw)
            return lib.search(query, **kw)

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
            return
        self.query_error.hide()
        self.show_results(results.hits, self.tr("%n passages", "", results.total))

    def _show_facets(self, facets: dict) -> None:
        self.facets.clear()
        labels = {"country": self.tr("partner"), "unit": self.tr("unit"), "document": self.tr("document"), "year": self.tr("year")}
        for kind, values in facets.items():
            for f in values[:6]:
                self.facets.addItem(f"{labels[kind]}: {f.label[:40]}  ({f.count})")
                self.facets.item(self.facets.count() - 1).setData(Qt.ItemDataRole.UserRole, (kind, f.key, f.label))
        self.facets.setVisible(self.facets.count() > 0)

    def _facet_clicked(self, item) -> None:
        kind, key, label = item.data(Qt.ItemDataRole.UserRole)
        clause = {"country": f'partner:"{label}"', "unit": f'unit:"{label}"', "document": f"doc:{key}", "year": f"year:{key}"}[kind]
        self.search_field.setText(f"{self.search_field.text().strip()} {clause}".strip())
        self.run_search()

    def show_results(self, hits: list[Hit], label: str) -> None:
        self.results = hits
        self.results_model.set_hits(hits)
        self.results_view.expandAll()
        self.results_label.setText(label if hits else self.tr("No passages found"))
        self.position = -1
        if hits:
            self.go_to_hit(0)

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
            lambda lib: lib.basket_add_passage(self.basket.name(), hit.passage_id, hit.spans, group=hit.title)))
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
        except ViewerError as exc:
            self.statusBar().showMessage(str(exc))
            return
        pane.view.set_highlights(highlights)
        pane.view.go_to_page(page)
        pane.hits, pane.position = highlights, -1

    def step(self, delta: int) -> None:
        """F3 / Shift+F3: the next or previous hit, across pages and documents."""
        if self.results:
            self.go_to_hit(min(max(self.position + delta, 0), len(self.results) - 1))

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
        self.panes[1].setVisible(on)
        self.split_action.setChecked(on)
        if not on and self.active_pane is self.panes[1]:
            self.active_pane = self.panes[0]

    def toggle_split(self) -> None:
        self.set_split(not self.panes[1].isVisible())

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
        from coopviewer.gui.app import install_translators
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
        replacement = MainWindow(self.library_path, lang=language)
        replacement.show()  # before this one closes, so the application does not quit
        self.languageSwitched.emit(replacement)
        self.close()
        return replacement

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

