"""The window on an analyst's laptop (1366×768): side by side fits, counts say what they
count, snippets keep the query's words, no stale state, corrections can be undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication

from coopviewer.gui.models import ENTITY_ROLE, snippet_html
from tests.gui.conftest import settle

LAPTOP = (1366, 768)


def click_reference_for_side_by_side(qtbot, window):
    """The analyst's path to two sources: a unit's letter, then the paper it cites."""
    window.select_entity_by_name("reference", "33 279, nr. 29")
    settle(qtbot, window, 100)
    window.go_to_hit(0)
    settle(qtbot, window, 100)


def test_the_two_pane_window_fits_a_1366x768_screen(qtbot, window):
    window.resize(*LAPTOP)
    settle(qtbot, window)
    one_pane = window.minimumSizeHint()
    assert one_pane.width() <= 1000, "one pane leaves room to spare"
    click_reference_for_side_by_side(qtbot, window)
    assert all(p.isVisible() for p in window.panes)
    minimum = window.minimumSizeHint()
    assert minimum.width() <= LAPTOP[0] and minimum.height() <= LAPTOP[1]
    window.resize(*LAPTOP)
    settle(qtbot, window)
    assert (window.width(), window.height()) == LAPTOP
    # everything is inside the window: the panes end at its right edge
    for pane in window.panes:
        right = pane.mapTo(window, pane.rect().topRight()).x()
        assert right <= window.width()
        # a page at fit-width is drawn at ≥ 0.8 px per point: about 9 px for 11 pt text
        assert pane.view.zoom() >= 0.8, pane.view.zoom()
    # the entity list folded away for the pages, and comes back on demand
    assert window.splitter.sizes()[0] == 0 and not window.entities_action.isChecked()
    window.entities_action.trigger()
    assert window.splitter.sizes()[0] > 0 and window.entities_action.isChecked()
    assert window.width() == LAPTOP[0]


def test_pane_headers_name_title_and_number_elided_with_a_tooltip(qtbot, window):
    window.resize(*LAPTOP)
    click_reference_for_side_by_side(qtbot, window)
    numbers = []
    for pane in window.panes:
        doc = window.lib.document(pane.view.doc_id())
        label = pane.toolbar.title
        assert doc.title in label.full_text() and f"Kamerstuk {doc.number}" in label.full_text()
        assert label.toolTip() == label.full_text()
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
        numbers.append(doc.number)
    assert numbers[0] != numbers[1], "the two headers tell the sources apart"
    assert any("…" in p.toolbar.title.text() for p in window.panes), "long titles are elided at 1366 px"


def test_an_entitys_counts_agree_and_say_what_they_count(qtbot, window):
    window.entity_tabs.setCurrentIndex(0)
    index = window.entity_models["country"].find("Duitsland")
    entity = index.data(ENTITY_ROLE)
    assert entity.mentions > entity.passages > 0  # 110 mentions in 49 passages, not "110"
    count = window.entity_models["country"].itemFromIndex(index.siblingAtColumn(1))
    assert count.text() == str(entity.passages)
    assert f"{entity.mentions} mentions in {entity.passages} passages" == count.toolTip()
    window.select_entity_by_name("country", "Duitsland")
    settle(qtbot, window)
    clicked = window.results_label.text()
    assert clicked.startswith(f"{entity.passages} passages mention Duitsland") and f"({entity.mentions} mentions)" in clicked
    clicked_ids = sorted(h.passage_id for h in window.results)
    # searching the name, in Dutch or in English, reaches the same passages as the click
    for query in ("Duitsland", "Germany"):
        window.search_field.setText(query)
        window.run_search()
        settle(qtbot, window)
        assert window.results_label.text() == f"{entity.passages} passages", query
        assert sorted(h.passage_id for h in window.results) == clicked_ids


def test_snippets_show_the_query_words_also_with_filters(qtbot, window):
    window.search_field.setText("partner:Duitsland year:2023 tanks")
    window.run_search()
    settle(qtbot, window)
    assert window.results
    for hit in window.results:
        tanks = [hit.text[s:e] for s, e in hit.spans if hit.text[s:e].lower().startswith("tank")]
        assert tanks, "the hit matched the word"
        assert any(t in hit.snippet for t in tanks), hit.snippet  # the facade's (and the CLI's) snippet
        assert any(f"<b>{t}</b>" in snippet_html(hit) for t in tanks)  # the result list's


def test_an_entity_click_clears_the_old_query_its_facets_and_error(qtbot, window):
    window.search_field.setText("tanks")
    window.run_search()
    settle(qtbot, window)
    assert window.facets.count() > 0
    window.select_entity_by_name("country", "Frankrijk")
    settle(qtbot, window)
    assert window.search_field.text() == "" and window.facets.count() == 0 and window.facets.isHidden()
    assert "passages mention Frankrijk" in window.results_label.text()


def test_a_malformed_query_clears_the_old_results_and_shows_its_error(qtbot, window):
    window.search_field.setText("tanks")
    window.run_search()
    settle(qtbot, window)
    assert window.results
    window.search_field.setText('"unbalanced AND (')
    window.run_search()
    settle(qtbot, window)
    assert not window.query_error.isHidden() and window.query_error.text()
    assert window.results == [] and window.results_model.rowCount() == 0
    assert window.results_label.text() == "Nothing searched"


def test_a_network_edge_click_clears_the_old_query(qtbot, window):
    from tests.gui.test_dossier import open_dossier

    window.search_field.setText("tanks year:2023")
    window.run_search()
    settle(qtbot, window)
    dialog = open_dossier(qtbot, window, "unit", "13 Lichte Brigade")
    edge = dialog.network.edges[0]
    dialog.show_both(edge["a"], edge["b"])
    settle(qtbot, window)
    assert window.search_field.text() == "" and window.facets.isHidden()
    assert sorted(h.passage_id for h in window.results) == sorted(edge["passages"])


def test_switching_the_language_keeps_the_open_document_selection_and_results(qtbot, window):
    from coopviewer.i18n import set_language

    window.select_entity_by_name("unit", "13 Lichte Brigade")
    settle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    view = window.active_pane.view
    page = view.current_page()
    hit = window.results[window.position]
    x0, y0, x1, y1 = hit.rects[0]
    view.select_rect(hit.page, (x0 + 1, y0 + 1, x1 - 1, y1 - 1))
    selected = view.selected_text()
    assert selected
    app = QApplication.instance()
    try:
        dutch = window.set_language("nl")
        qtbot.addWidget(dutch)
        settle(qtbot, dutch)
        assert [h.passage_id for h in dutch.results] == [h.passage_id for h in window.results]
        assert dutch.position == window.position
        assert dutch.results_model.rowCount() > 0
        new_view = dutch.active_pane.view
        assert new_view.doc_id() == hit.doc_id and new_view.current_page() == page
        assert new_view.selected_text() == selected
        assert any(current for _r, current in new_view.overlay_rects(hit.page)), "the current hit stays highlighted"
        dutch.close()
    finally:
        for t in getattr(app, "coopviewer_translators", []):
            app.removeTranslator(t)
        app.coopviewer_translators = []
        set_language("en")


def test_f3_at_the_last_hit_says_so(qtbot, window):
    window.select_entity_by_name("unit", "13 Lichte Brigade")
    settle(qtbot, window)
    window.go_to_hit(len(window.results) - 1)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.position == len(window.results) - 1
    assert window.statusBar().currentMessage().startswith("Last hit")
    window.go_to_hit(0)
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.position == 0 and window.statusBar().currentMessage().startswith("First hit")


def test_results_sort_by_relevance_date_and_document(qtbot, window):
    window.search_field.setText("samenwerking")
    window.run_search()
    settle(qtbot, window)
    relevance = [h.passage_id for h in window.results]
    current = window.results[3]
    window.go_to_hit(3)
    window.sort_box.setCurrentIndex(window.sort_box.findData("date"))
    dates = [h.date or "" for h in window.results]
    assert dates == sorted(dates, reverse=True) and len(set(dates)) > 1
    assert window.results[window.position] is current, "the open hit stays the current one"
    window.sort_box.setCurrentIndex(window.sort_box.findData("document"))
    titles = [h.title.casefold() for h in window.results]
    assert titles == sorted(titles)
    # the list shows the documents in that order, and F3 walks it
    shown = [window.results_model.item(r).text().split("  —  ")[0].casefold() for r in range(window.results_model.rowCount())]
    assert shown == list(dict.fromkeys(titles))
    window.sort_box.setCurrentIndex(window.sort_box.findData("relevance"))
    window.search_field.setText("samenwerking")
    window.run_search()
    settle(qtbot, window)
    assert [h.passage_id for h in window.results] == relevance


def entity_names(window, type_: str) -> set[str]:
    model = window.entity_models[type_]
    return {item.data(ENTITY_ROLE).name for item in model._walk(model.invisibleRootItem()) if item.data(ENTITY_ROLE)}


@pytest.mark.parametrize("correction", ["hide", "merge", "rename"])
def test_hide_merge_and_rename_can_be_undone(qtbot, window, correction, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    entity = window.entity_models["country"].find("Luxemburg").data(ENTITY_ROLE)
    if correction == "hide":
        window.correct_hide(entity)
    elif correction == "merge":
        monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("België", True))
        window._correct_merge(entity)
    else:
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Groothertogdom Luxemburg", True))
        window._correct_rename(entity)
    # the write, then the list's reload: wait for what the analyst would see
    qtbot.waitUntil(lambda: "Luxemburg" not in entity_names(window, "country"), timeout=10000)
    assert window.undo_correction_action.isEnabled()
    assert "Ctrl+Alt+Z" in window.statusBar().currentMessage()
    window.undo_correction_action.trigger()
    qtbot.waitUntil(lambda: "Luxemburg" in entity_names(window, "country"), timeout=10000)
    assert not window.undo_correction_action.isEnabled()


def test_hidden_entities_are_listed_and_can_be_brought_back(qtbot, window):
    entity = window.entity_models["country"].find("Luxemburg").data(ENTITY_ROLE)
    window.correct_hide(entity)
    qtbot.waitUntil(lambda: "Luxemburg" not in entity_names(window, "country"), timeout=10000)
    window.show_corrections()
    dialog = window.corrections_dialog
    qtbot.waitUntil(lambda: getattr(dialog, "loaded", False), timeout=10000)
    hidden = [dialog.hidden.item(i).data(0x0100 + 30).name for i in range(dialog.hidden.count())]
    assert hidden == ["Luxemburg"]
    assert dialog.log.rowCount() >= 1 and "hidden" in dialog.log.item(0, 2).text()
    dialog.hidden.item(0).setSelected(True)
    dialog.unhide_selected()
    qtbot.waitUntil(lambda: "Luxemburg" in entity_names(window, "country") and dialog.hidden.count() == 0, timeout=10000)
    dialog.close()


def test_the_entity_filter_finds_every_type_and_says_how_many(qtbot, window):
    window.entity_tabs.setCurrentIndex(0)  # partners
    window.entity_filter.setText("Lichte Brigade")
    units = [t for t, _ in __import__("coopviewer.gui.mainwindow", fromlist=["ENTITY_TABS"]).ENTITY_TABS].index("unit")
    assert window.entity_tabs.currentIndex() == units, "the list with matches comes into view"
    assert window.entity_type.itemText(units).startswith("Units (") and not window.entity_type.itemText(units).endswith("(0)")
    assert window.entity_type.itemText(0) == "Partners (0)"
    window.entity_filter.clear()
    assert window.entity_type.itemText(0) == "Partners"


def test_documents_dialog_names_files_says_status_in_words_and_sorts(qtbot, window):
    from pathlib import Path

    from coopviewer.gui.documents import DocumentsDialog

    dialog = DocumentsDialog(window)
    qtbot.addWidget(dialog)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert headers[:2] == ["Title", "File"] and "Status" in headers
    files = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert files == {Path(d.path).name for d in window.lib.documents()}
    status = headers.index("Status")
    assert {dialog.table.item(r, status).text() for r in range(dialog.table.rowCount())} <= {"Readable", "Readable, little text"}
    pages = headers.index("Pages")
    dialog.table.sortByColumn(pages, Qt.SortOrder.DescendingOrder)
    counts = [int(dialog.table.item(r, pages).text()) for r in range(dialog.table.rowCount())]
    assert counts == sorted(counts, reverse=True)
    # the selection follows the sorted rows
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    dialog.table.selectionModel().select(dialog.table.model().index(0, 0), flags)
    assert [d.pages for d in dialog.selected()] == counts[:1]


def test_dossier_timeline_fits_on_opening_with_labels_apart_and_an_event_table(qtbot, window):
    from tests.gui.test_dossier import open_dossier

    dialog = open_dossier(qtbot, window, "country", "Duitsland")
    dialog.resize(1280, 700)
    qtbot.waitExposed(dialog)
    dialog._fit_views()
    view = dialog.timeline
    span = view.mapFromScene(view.scene().itemsBoundingRect()).boundingRect()
    assert span.width() <= view.viewport().width() + 2, "the whole span shows without scrolling"
    visible = [label for label in dialog.mark_labels if label.isVisible()]
    assert len(visible) >= len(dialog.mark_labels) // 2
    boxes = [QRectF(view.mapFromScene(label.pos()), label.boundingRect().size()) for label in visible]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:]), "labels do not overlap"
    view.zoom(3.0)
    assert sum(label.isVisible() for label in dialog.mark_labels) >= len(visible), "zooming in makes room"
    table = dialog.events_table
    assert table.rowCount() == len(dialog.dossier.events)
    table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    pages = [int(table.item(r, 4).text()) for r in range(table.rowCount())]
    assert pages == sorted(pages)
    table.cellDoubleClicked.emit(0, 2)
    event = table.item(0, 0).data(0x0100 + 20)
    assert window.active_pane.view.doc_id() == event.doc_id and window.active_pane.view.current_page() == event.page


def test_network_keeps_its_layout_across_slider_steps_with_labels_apart(qtbot, window):
    from PySide6.QtWidgets import QGraphicsEllipseItem

    from tests.gui.test_dossier import open_dossier

    dialog = open_dossier(qtbot, window, "unit", "13 Lichte Brigade")

    def dots() -> dict[str, tuple[float, float]]:
        return {item.toolTip().rsplit(" (", 1)[0]: (item.rect().center().x(), item.rect().center().y())
                for item in dialog.network_scene.items() if isinstance(item, QGraphicsEllipseItem)}

    dialog.min_weight.setValue(1)
    wide = dots()
    dialog.min_weight.setValue(2)
    narrow = dots()
    assert narrow and len(narrow) < len(wide)
    assert all(wide[name] == pos for name, pos in narrow.items()), "a node keeps its place"
    dialog.min_weight.setValue(1)
    boxes = [label.sceneBoundingRect() for label in dialog.node_labels]
    assert len(boxes) >= len(wide) * 3 // 4, "most nodes keep their name on the picture"
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert "partner" in dialog.legend.text() and "unit" in dialog.legend.text()


def test_basket_says_what_went_in_and_labels_do_not_repeat_the_title(qtbot, window):
    from coopviewer.gui.basket import basket_label

    window.select_entity_by_name("unit", "13 Lichte Brigade")
    settle(qtbot, window)
    window.basket.add_all()
    settle(qtbot, window, 100)
    assert window.statusBar().currentMessage().startswith(f"{len(window.results)} passages added to the basket")
    window.basket.regroup("document")
    settle(qtbot, window, 100)
    items = window.lib.basket(window.basket.name()).items
    assert items and all(basket_label(it).count(it.source["title"]) == 1 for it in items)


def test_the_middle_column_explains_itself_on_start(qtbot, window):
    assert not window.start_hint.isHidden() and "F3" in window.start_hint.text()
    window.select_entity_by_name("unit", "13 Lichte Brigade")
    settle(qtbot, window)
    assert window.start_hint.isHidden()


def test_entities_named_in_both_documents_are_marked_in_both_panes(qtbot, window):
    click_reference_for_side_by_side(qtbot, window)
    settle(qtbot, window, 100)
    docs = [p.view.doc_id() for p in window.panes]
    kinds = ("country", "unit", "organisation", "programme")
    expected = sorted({e.name for e in window.lib.entities(doc=docs[0]) if e.type in kinds}
                      & {e.name for e in window.lib.entities(doc=docs[1]) if e.type in kinds})
    assert "Duitsland" in expected
    for pane, doc in zip(window.panes, docs, strict=True):
        assert pane.toolbar.shared_label.text() == f"{len(expected)} in both"
        assert all(name in pane.toolbar.shared_label.toolTip() for name in expected)
        framed = {tuple(round(v, 1) for v in r) for page in range(1, pane.view.page_count() + 1) for r in pane.view.shared_rects(page)}
        stored = {tuple(round(v, 1) for v in r) for m in window.lib.mentions("Duitsland", doc=doc) for r in m.rects}
        assert stored and stored <= framed, "every mention of a shared entity is framed"
    window.toggle_split()
    settle(qtbot, window)
    assert window.panes[0].toolbar.shared_label.isHidden() and window.panes[0].view.shared_rects(1) == []


def test_linked_scrolling_moves_both_panes_by_the_same_amount(qtbot, window):
    window.resize(*LAPTOP)
    click_reference_for_side_by_side(qtbot, window)
    left, right = (p.view.verticalScrollBar() for p in window.panes)
    left.setValue(100)
    right.setValue(50)
    window.link_action.trigger()
    assert window.link_action.isChecked()
    left.setValue(400)
    assert right.value() == 350
    right.setValue(150)
    assert left.value() == 200
    window.link_action.trigger()
    left.setValue(500)
    assert right.value() == 150
