"""The main window driven on the sample corpus with real widgets (offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.conftest import DOC_000, DOC_001
from tests.core import badfiles
from tests.gui.conftest import settle


def rounded(rect) -> tuple:
    return tuple(round(v, 1) for v in rect)


def test_clicking_a_unit_opens_its_passage_highlighted(qtbot, window):
    assert window.select_entity_by_name("unit", "13 Lichte Brigade")
    settle(qtbot, window)
    pane = window.active_pane
    assert Path(pane.view.document_path()).name.startswith(DOC_000) or Path(window.lib.document(pane.view.doc_id()).path).stem == DOC_000
    assert pane.view.current_page() == 1
    drawn = {rounded(r) for r, _ in pane.view.overlay_rects(1)}
    stored = {rounded(r) for m in window.lib.mentions("13 Lichte Brigade") if m.page == 1 and Path(m.path).stem == DOC_000 for r in m.rects}
    assert drawn & stored, "a highlight is drawn exactly at a stored mention rectangle"
    assert any(current for _, current in pane.view.overlay_rects(1))


def test_f3_moves_to_the_next_hit(qtbot, window):
    window.select_entity_by_name("unit", "13 Lichte Brigade")
    settle(qtbot, window)
    first = window.position
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.position == first + 1
    hit = window.results[window.position]
    assert window.active_pane.view.current_page() == hit.page
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.position == first


def test_search_result_click_opens_page_and_highlights_spans(qtbot, window):
    window.search_field.setText('"Technical Arrangement"')
    window.run_search()
    settle(qtbot, window)
    assert window.results
    n = len(window.results) - 1
    index = window.results_model.hit_index(n)
    window._result_clicked(index)
    hit = window.results[n]
    view = window.active_pane.view
    assert view.doc_id() == hit.doc_id and view.current_page() == hit.page
    current = [r for r, cur in view.overlay_rects(hit.page) if cur]
    assert {rounded(r) for r in current} == {rounded(r) for r in hit.rects}
    assert all(hit.text[s:e] == "Technical Arrangement" for s, e in hit.spans)


def test_malformed_query_shows_a_message_not_a_traceback(qtbot, window):
    window.search_field.setText('"unbalanced AND (')
    window.run_search()
    settle(qtbot, window)
    assert window.query_error.isVisible()
    assert "unbalanced" in window.query_error.text()


def test_citation_opens_the_cited_document_in_the_other_pane(qtbot, window):
    assert window.select_entity_by_name("reference", "33 279, nr. 29")
    settle(qtbot, window)
    other = window.panes[1]
    assert other.isVisible()
    assert Path(window.lib.document(other.view.doc_id()).path).stem == DOC_001


def test_adding_a_damaged_pdf_reports_it_and_adds_the_rest(qtbot, window, tmp_path):
    bad = badfiles.zero_bytes(tmp_path / "kapot.pdf")
    good = badfiles.good_pdf(tmp_path / "goed.pdf", "Nieuwe brief over Noorwegen.")
    window.ingest([str(bad), str(good)])
    qtbot.waitUntil(lambda: window.ingest_report is not None, timeout=60000)
    assert [a["path"] for a in window.ingest_report["added"]] == [str(good)]
    assert window.ingest_report["failed"][0]["path"] == str(bad)
    assert "empty file" in window.last_notice.text()
    window.search_field.setText("Noorwegen brief")
    window.run_search()
    settle(qtbot, window)
    assert any(h.path == str(good) for h in window.results)


def test_window_state_survives_close_and_reopen(qtbot, window):
    from coopviewer.gui.mainwindow import MainWindow

    window.set_split(True)
    window.splitter.setSizes([300, 500, 600])
    sizes = window.splitter.sizes()
    path = window.library_path
    window.close()
    again = MainWindow(path, lang="en")
    qtbot.addWidget(again)
    again.resize(window.size())  # the offscreen platform does not restore window geometry
    again.show()
    again.worker.wait()
    assert again.panes[1].isVisible()
    restored = again.splitter.sizes()
    ratios = [a / sum(restored) - b / sum(sizes) for a, b in zip(restored, sizes, strict=True)]
    assert all(abs(r) < 0.1 for r in ratios), (sizes, restored)
    again.close()


def test_basket_collects_an_entity_and_exports_a_cited_pdf(qtbot, window, tmp_path):
    import pymupdf

    window.select_entity_by_name("country", "Duitsland")
    settle(qtbot, window)
    window.basket.add_all()
    settle(qtbot, window, 100)
    assert window.basket.list.count() == len(window.results) > 0
    from coopviewer.gui.basket import ITEM_ROLE

    assert window.basket.list.item(0).data(ITEM_ROLE) is not None
    window.basket.list.setCurrentRow(0)
    window.basket.remove()
    settle(qtbot, window, 100)
    assert window.basket.list.count() == len(window.results) - 1
    window.basket.undo()
    settle(qtbot, window, 100)
    assert window.basket.list.count() == len(window.results)
    out = tmp_path / "duitsland.pdf"
    window.basket.export(str(out))
    qtbot.waitUntil(lambda: getattr(window.basket, "exported", None) is not None, timeout=30000)
    with pymupdf.open(out) as pdf:
        text = " ".join(p.get_text() for p in pdf)
    hit = window.results[0]
    assert f"p. {hit.page}" in text and hit.title.split()[0] in text


def test_words_selected_in_the_viewer_go_into_the_basket_grouped(qtbot, window):
    window.select_entity_by_name("unit", "13 Lichte Brigade")
    settle(qtbot, window)
    hit = window.results[window.position]
    view = window.active_pane.view
    x0, y0, x1, y1 = hit.rects[-1]
    assert "Brigade" in view.select_rect(hit.page, (x0 + 1, y0 + 1, x1 - 1, y1 - 1))
    before = window.basket.list.count()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # Basket → Add selected words
    settle(qtbot, window, 100)
    assert window.basket.list.count() == before + 1
    assert "Brigade" in window.basket.list.item(before).text()
    window.basket.regroup("unit")
    settle(qtbot, window, 100)
    assert window.basket.list.item(before).text().startswith("13 Lichte Brigade · ")


def test_copy_with_citation(qtbot, window):
    from PySide6.QtWidgets import QApplication

    window.select_entity_by_name("unit", "13 Lichte Brigade")
    settle(qtbot, window)
    window.copy_with_citation(window.results[0])
    clip = QApplication.clipboard().mimeData()
    assert "p. 1" in clip.text() and "<blockquote>" in clip.html()


def test_password_protected_pdf_asks_for_its_password(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    pdf = badfiles.password_protected(tmp_path / "geheim.pdf")
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (asked.append(a[2]) or ("geheim", True)))
    window.ingest([str(pdf)])
    qtbot.waitUntil(lambda: window.ingest_report is not None and window.ingest_report["added"] != [], timeout=60000)
    assert asked and "geheim.pdf" in asked[0]
    assert window.ingest_report["added"][0]["path"] == str(pdf)


def test_no_network_connection_while_using_the_window(qtbot, window, monkeypatch):
    import socket

    opened = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, *a: opened.append(a))
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: opened.append(a))
    window.select_entity_by_name("unit", "13 Lichte Brigade")
    window.search_field.setText("samenwerking")
    window.run_search()
    settle(qtbot, window)
    window.step(+1)
    window.toggle_split()
    assert opened == []


def test_results_then_facets_that_narrow_the_search_on_click(qtbot, window):
    window.search_field.setText("samenwerking")
    window.run_search()
    settle(qtbot, window, 100)
    assert window.results and not window.facets.isHidden()
    texts = [window.facets.item(i).text() for i in range(window.facets.count())]
    # grouped under headings, each value below its heading
    assert texts.index("Partners") < texts.index("Units") and "Years" in texts
    partner = next(i for i, t in enumerate(texts) if t.strip().startswith("Duitsland"))
    assert texts.index("Partners") < partner < texts.index("Units")
    before = len(window.results)
    window._facet_clicked(window.facets.item(texts.index("Partners")))  # a heading does nothing
    window._facet_clicked(window.facets.item(partner))
    settle(qtbot, window, 100)
    assert window.search_field.text() == 'samenwerking partner:"Duitsland"'
    assert 0 < len(window.results) < before
    duits = {m.passage_id for m in window.lib.mentions("Duitsland")}
    assert all(h.passage_id in duits for h in window.results)
    # the active filter is a chip; removing it widens the search again
    from PySide6.QtWidgets import QToolButton

    chips = window.chips.findChildren(QToolButton)
    assert not window.chips.isHidden() and [c.text() for c in chips] == ["partner: Duitsland  ✕"]
    chips[0].click()
    settle(qtbot, window, 100)
    assert window.search_field.text() == "samenwerking" and len(window.results) == before
    assert window.chips.isHidden()


def test_closing_during_an_ingest_leaves_no_process_and_a_consistent_library(qtbot, tmp_path):
    from coopviewer.gui.mainwindow import MainWindow
    from coopviewer.library import Library

    path = tmp_path / "lib"
    Library(path).close()
    files = [str(badfiles.good_pdf(tmp_path / f"brief{n}.pdf", f"Brief {n} over Noorwegen en de NAVO.")) for n in range(30)]
    w = MainWindow(str(path), lang="en")
    qtbot.addWidget(w)
    w.show()
    w.ingest(files)
    runner = w.ingest_runner
    qtbot.waitUntil(lambda: runner._process.pid is not None, timeout=10000)
    w.close()
    assert not runner._process.is_alive()
    with Library(path) as lib:  # every document fully in (SQLite and index) or absent
        docs = lib.documents()
        assert len(docs) < len(files)
        assert lib.search("Noorwegen", limit=None).total == len(docs)


def test_a_basket_named_like_a_path_is_offered_as_a_plain_file_name(qtbot, window, monkeypatch):
    """The basket's name is the export dialog's suggestion: it must never lead out of the folder."""
    from PySide6.QtWidgets import QFileDialog

    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (offered.append(args[2]), ("", ""))[1]))
    window.basket.baskets.setEditText("../../x")
    window.basket.export()
    assert offered == ["x.pdf"]


def test_a_phrase_over_a_page_break_is_highlighted_on_both_pages(qtbot, window):
    window.search_field.setText('"Lichte Brigade"')
    window.run_search()
    settle(qtbot, window)
    n = next(i for i, h in enumerate(window.results) if h.next_page_rects)  # sample 003: "13e Lichte / Brigade"
    window._result_clicked(window.results_model.hit_index(n))
    hit = window.results[n]
    view = window.active_pane.view
    assert view.doc_id() == hit.doc_id and view.current_page() == hit.page
    assert {rounded(r) for r, cur in view.overlay_rects(hit.page) if cur} == {rounded(r) for r in hit.rects}
    assert {rounded(r) for r in hit.next_page_rects} <= {rounded(r) for r, _ in view.overlay_rects(hit.page + 1)}
