"""The page list beside a viewer: every page, hit pages marked, click to go there."""

from __future__ import annotations

from coopviewer.gui.viewer import Highlight, PageList, PdfView
from tests.conftest import DOC_000, sample_pdfs


def test_page_list_marks_hit_pages_follows_and_navigates(qtbot):
    path = next(p for p in sample_pdfs() if DOC_000 in str(p))
    view = PdfView()
    pages = PageList(view)
    qtbot.addWidget(view)
    qtbot.addWidget(pages)
    view.resize(700, 900)
    view.show()
    view.open_document(str(path))
    assert pages.count() == 0  # hidden, it does no work
    pages.show()  # shown, it catches up with the open document
    assert pages.count() == view.page_count() == 5
    view.set_highlights([Highlight(3, ((100, 100, 200, 120),), False), Highlight(3, ((100, 200, 200, 220),), False),
                         Highlight(5, ((100, 100, 200, 120),), True)])
    assert pages.hit_pages() == [3, 5]
    assert pages.item(2).text() == "● 3  (2)" and pages.item(2).font().bold()
    pages.itemClicked.emit(pages.item(3))
    assert view.current_page() == 4
    view.go_to_page(2)
    assert pages.currentRow() == 1
    view.close_document()
    assert pages.count() == 0
