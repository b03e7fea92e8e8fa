"""Candidates (entities a rule found, not the gazetteer) in the window: marked in every
list, reviewed in one list, settled in one click or key, undone with the usual undo.

Driven on the real sample library with real widgets; which entities are candidates is
read from the library itself, never written down here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from coopviewer.gui.mainwindow import ENTITY_TABS
from coopviewer.gui.models import ENTITY_ROLE
from coopviewer.library import Library
from tests.gui.conftest import settle

REVIEW_TAB = len(ENTITY_TABS)


def library_candidates(window) -> dict[str, object]:
    """The candidates as the library says them now (a fresh read, not the window's copy)."""
    with Library(window.library_path, readonly=True) as lib:
        return {e.key: e for e in lib.entities() if e.candidate}


def review_rows(window) -> list:
    """The review list's entities in the order shown (through its sorting proxy)."""
    proxy = window.review_filter
    return [proxy.index(row, 0).data(ENTITY_ROLE) for row in range(proxy.rowCount())]


def type_item(window, entity):
    model = window.entity_models[entity.type]
    return model.itemFromIndex(model.find_key(entity.key))


def is_marked(item) -> bool:
    return item.font().italic() and not item.icon().isNull() and "candidate · " in item.toolTip()


def test_the_sample_library_has_candidates_of_more_than_one_type(window):
    candidates = library_candidates(window)
    assert len(candidates) >= 5
    assert len({e.type for e in candidates.values()}) >= 2
    assert all(0 < e.confidence < 1 for e in candidates.values())


def test_candidates_are_marked_in_their_list_and_gathered_for_review(window):
    candidates = library_candidates(window)
    assert {e.key for e in review_rows(window)} == set(candidates)
    assert window.entity_type.itemText(REVIEW_TAB) == f"To review ({len(candidates)})"
    for e in candidates.values():
        item = type_item(window, e)
        assert item is not None and is_marked(item), e.name
        assert f"{round(e.confidence * 100)} %" in item.toolTip()
    known = window.entity_models["country"].itemFromIndex(window.entity_models["country"].find("Duitsland"))
    assert not known.font().italic() and known.icon().isNull() and "candidate" not in known.toolTip()


def test_the_review_list_sorts_by_passages_or_confidence(qtbot, window):
    window.show_review()
    rows = review_rows(window)
    passages = [e.passages or e.mentions for e in rows]
    assert passages == sorted(passages, reverse=True), "the most named first"
    header = window.review_view.header()
    for _ in range(2):  # a click on the "%" header, then another the other way round
        x = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
        confidences = [e.confidence for e in review_rows(window)]
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        assert header.sortIndicatorSection() == 1
        assert confidences == sorted(confidences, reverse=descending)
    assert len(set(confidences)) > 1, "the sample has candidates of different confidence"


def test_confirming_a_candidate_from_the_review_list(qtbot, window):
    window.show_review()
    settle(qtbot, window)
    first = window.review_view.currentIndex().data(ENTITY_ROLE)
    assert first is not None and first.candidate
    # selecting it listed its passages, to judge it by
    qtbot.waitUntil(lambda: bool(window.results), timeout=10000)
    assert window.current_entity.key == first.key
    before = len(review_rows(window))
    qtbot.keyClick(window.review_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(review_rows(window)) == before - 1, timeout=10000)
    assert first.key not in library_candidates(window)
    assert first.key not in {e.key for e in review_rows(window)}
    item = type_item(window, first)
    assert item is not None and not is_marked(item), "confirmed: still listed, no longer marked"
    moved_to = window.review_view.currentIndex().data(ENTITY_ROLE)
    assert moved_to is not None and moved_to.key != first.key, "the next candidate is selected"
    assert window.entity_type.itemText(REVIEW_TAB) == f"To review ({before - 1})"
    assert "Confirmed" in window.statusBar().currentMessage()
    window.show_corrections()
    dialog = window.corrections_dialog
    qtbot.waitUntil(lambda: getattr(dialog, "loaded", False), timeout=10000)
    assert (dialog.log.item(0, 1).text(), dialog.log.item(0, 2).text()) == (first.name, "confirmed")
    dialog.close()
    window.undo_correction_action.trigger()
    qtbot.waitUntil(lambda: first.key in {e.key for e in review_rows(window)}, timeout=10000)
    assert first.key in library_candidates(window)
    assert is_marked(type_item(window, first))


def test_confirm_from_the_right_click_menu_in_a_type_list(qtbot, window):
    candidate = next(iter(library_candidates(window).values()))
    menu = window.entity_menu(type_item(window, candidate).data(ENTITY_ROLE))
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:4] == [f"candidate · {round(candidate.confidence * 100)} %", "Confirm", "Merge into…", "Hide"]
    next(a for a in menu.actions() if a.text() == "Confirm").trigger()
    qtbot.waitUntil(lambda: not is_marked(type_item(window, candidate)), timeout=10000)
    assert candidate.key not in library_candidates(window)
    known = window.entity_models["country"].itemFromIndex(window.entity_models["country"].find("Duitsland"))
    assert "Confirm" not in [a.text() for a in window.entity_menu(known.data(ENTITY_ROLE)).actions()]


def test_hiding_a_candidate_and_bringing_it_back(qtbot, window):
    window.show_review()
    settle(qtbot, window)
    target = window.review_view.currentIndex().data(ENTITY_ROLE)
    qtbot.mouseClick(window.review_buttons["hide"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.key not in {e.key for e in review_rows(window)}, timeout=10000)
    assert type_item(window, target) is None, "hidden from its type's list too"
    window.show_corrections()
    dialog = window.corrections_dialog
    qtbot.waitUntil(lambda: getattr(dialog, "loaded", False), timeout=10000)
    assert [dialog.hidden.item(i).data(0x0100 + 30).key for i in range(dialog.hidden.count())] == [target.key]
    dialog.close()
    window.undo_correction_action.trigger()
    qtbot.waitUntil(lambda: target.key in {e.key for e in review_rows(window)}, timeout=10000)
    assert is_marked(type_item(window, target)), "back, and still a candidate to settle"


def test_merging_a_candidate_offers_the_names_of_its_type(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    candidate = next(e for e in library_candidates(window).values() if e.type == "unit")
    offered = {}

    def pick(parent, title, label, names, current, editable):
        offered["names"] = names
        return "13 Lichte Brigade", True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    window.select_entity_by_name("unit", candidate.name)
    window.entity_views["unit"].setFocus()
    window.merge_action.trigger()
    assert "13 Lichte Brigade" in offered["names"] and candidate.name not in offered["names"]
    assert "Duitsland" not in offered["names"], "only names of its own type"
    qtbot.waitUntil(lambda: type_item(window, candidate) is None, timeout=15000)
    assert candidate.key not in {e.key for e in review_rows(window)}
    window.undo_correction_action.trigger()
    qtbot.waitUntil(lambda: type_item(window, candidate) is not None, timeout=15000)
    assert is_marked(type_item(window, candidate))


@pytest.mark.parametrize("text", ["Confirm", "Merge…", "Hide"])
def test_review_buttons_wait_for_a_selection(window, text):
    window.entity_tabs.setCurrentIndex(REVIEW_TAB)
    button = next(b for b in window.review_buttons.values() if b.text() == text)
    assert not window.review_view.currentIndex().isValid() and not button.isEnabled()
    window.review_view.setCurrentIndex(window.review_filter.index(0, 0))
    assert button.isEnabled()


def test_candidates_are_marked_in_dutch_too(qtbot, sample_library):
    from PySide6.QtWidgets import QApplication

    from coopviewer.gui.mainwindow import MainWindow
    from coopviewer.gui.translators import install_translators
    from coopviewer.i18n import set_language

    path = sample_library.path
    sample_library.close()
    app = QApplication.instance()
    translators = install_translators(app, "nl")
    set_language("nl")
    try:
        w = MainWindow(path, lang="nl")
        qtbot.addWidget(w)
        qtbot.waitUntil(lambda: getattr(w, "library_loaded", False), timeout=10000)
        n = len(library_candidates(w))
        assert w.entity_type.itemText(REVIEW_TAB) == f"Te beoordelen ({n})"
        first = w.review_filter.index(0, 0)
        assert "kandidaat · " in first.data(Qt.ItemDataRole.ToolTipRole)
        assert "vermelding" in first.data(Qt.ItemDataRole.ToolTipRole), "counts in Dutch in the review list too"
        assert [b.text() for b in w.review_buttons.values()] == ["Bevestigen", "Samenvoegen…", "Verbergen"]
        w.worker.wait()
        w.close()
    finally:
        for t in translators:
            app.removeTranslator(t)
        set_language("en")


def test_delete_hides_in_a_list_but_deletes_a_letter_in_the_filter(qtbot, window):
    candidate = next(iter(library_candidates(window).values()))
    window.entity_filter.setText(candidate.name + "x")
    window.entity_filter.setFocus()
    window.select_entity_by_name(candidate.type, candidate.name)  # selected, but the filter has the focus
    window.entity_filter.setCursorPosition(len(candidate.name))
    qtbot.keyClick(window.entity_filter, Qt.Key.Key_Delete)
    assert window.entity_filter.text() == candidate.name
    settle(qtbot, window)
    assert not window.correction_undo, "nothing was hidden"
    window.entity_filter.clear()
    window.select_entity_by_name(candidate.type, candidate.name)
    view = window.entity_views[candidate.type]
    view.setFocus()
    assert window.selected_entity().key == candidate.key
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: type_item(window, candidate) is None, timeout=10000)
    assert candidate.key not in {e.key for e in review_rows(window)}
