"""The PDF viewer: transform, overlays on the words (all rotations), zoom, selection, errors."""

from __future__ import annotations

import pymupdf
import pytest
from PySide6.QtGui import QColor

from coopviewer.gui.viewer import Highlight, PdfView, ViewerError
from coopviewer.gui.viewer.transform import (
    page_rect_to_view,
    rotate_point,
    unrotate_point,
    view_point_to_page,
)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_transform_matches_pymupdf_and_round_trips(rotation):
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=600)
    page.set_rotation(rotation)
    for x, y in ((30, 50), (390, 10), (200, 599)):
        p = pymupdf.Point(x, y) * page.rotation_matrix
        assert rotate_point(x, y, 400, 600, rotation) == pytest.approx((p.x, p.y))
        assert unrotate_point(*rotate_point(x, y, 400, 600, rotation), 400, 600, rotation) == pytest.approx((x, y))
        vx0, vy0, _, _ = page_rect_to_view((x, y, x, y), 400, 600, rotation, 1.5, (10, 20))
        assert view_point_to_page(vx0, vy0, 400, 600, rotation, 1.5, (10, 20)) == pytest.approx((x, y))


def make_pdf(path, rotation=0, pages=3):
    doc = pymupdf.open()
    for n in range(pages):
        page = doc.new_page()
        page.insert_text((72, 120), f"Samenwerking met Duitsland op pagina {n + 1}", fontsize=14)
        page.set_rotation(rotation)
    doc.save(path)
    return path


def tinted(colour: QColor) -> bool:
    """Yellow or orange over white paper or black glyphs: red well above blue."""
    return colour.red() - colour.blue() > 30


def tinted_share(image, area, dpr) -> float:
    points = [(area.left() + area.width() * i / 6, area.top() + area.height() * j / 4) for i in range(1, 6) for j in range(1, 4)]
    return sum(tinted(image.pixelColor(int(x * dpr), int(y * dpr))) for x, y in points) / len(points)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_highlight_lands_on_its_word(qtbot, tmp_path, rotation):
    path = make_pdf(tmp_path / "r.pdf", rotation)
    word = next(w for w in pymupdf.open(path)[0].get_text("words") if w[4] == "Duitsland")
    view = PdfView()
    qtbot.addWidget(view)
    view.resize(700, 900)
    view.show()
    view.open_document(str(path))
    h = Highlight(1, (tuple(word[:4]),), current=False)
    view.set_highlights([h])
    view.go_to_page(1)
    qtbot.wait(20)
    image = view.viewport().grab().toImage()
    area = view.page_rect_in_view(1, tuple(word[:4]))
    dpr = image.devicePixelRatio()
    assert tinted_share(image, area, dpr) > 0.8, "the highlight covers the word"
    beside = area.translated(area.width() + 30, 0) if rotation in (0, 180) else area.translated(0, area.height() + 30)
    assert tinted_share(image, beside, dpr) < 0.2, "and nothing beside it"


def test_show_highlight_scrolls_and_highlights_do_not_rerender(qtbot, tmp_path):
    path = make_pdf(tmp_path / "p.pdf", pages=5)
    view = PdfView()
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.show()
    view.open_document(str(path))
    qtbot.wait(20)
    h = Highlight(4, ((72, 100, 200, 125),), True)
    view.show_highlight(h)
    qtbot.wait(20)
    assert view.current_page() == 4
    assert 0 <= view.page_rect_in_view(4, h.rects[0]).top() <= view.viewport().height()
    renders = view.cache.renders
    view.set_highlights([Highlight(4, ((72, 140, 200, 160),))])
    view.viewport().repaint()
    assert view.cache.renders == renders


def test_zoom_and_selection(qtbot, tmp_path):
    path = make_pdf(tmp_path / "z.pdf")
    view = PdfView()
    qtbot.addWidget(view)
    view.resize(600, 800)
    view.show()
    view.open_document(str(path))
    z = view.zoom()
    view.zoom_in()
    assert view.zoom() > z
    view.fit_page()
    assert view.zoom() < z * 1.2
    assert view.select_rect(1, (60, 100, 560, 130)) == "Samenwerking met Duitsland op pagina 1"


def test_damaged_file_raises_a_clear_viewer_error(qtbot, tmp_path):
    bad = tmp_path / "kapot.pdf"
    bad.write_bytes(b"%PDF-1.7 garbage")
    view = PdfView()
    qtbot.addWidget(view)
    with pytest.raises(ViewerError, match="kapot.pdf"):
        view.open_document(str(bad))


@pytest.mark.parametrize("width", [700, 713, 689])
def test_pages_are_drawn_pixel_for_pixel_as_rendered(qtbot, width):
    """No resampling between the rendered page and the screen: a fractional page size
    made Qt scale the pixmap, which squashed rows into thin lines not in the PDF."""
    from coopviewer.gui.viewer.view import render_page
    from tests.conftest import DOC_000, SAMPLE_DIR

    view = PdfView()
    qtbot.addWidget(view)
    view.resize(width, 600)
    view.show()
    view.open_document(str(SAMPLE_DIR / f"{DOC_000}.pdf"))
    view.fit_width()
    qtbot.wait(20)
    shown = view.viewport().grab().toImage()
    with pymupdf.open(view.document_path()) as doc:
        rendered = render_page(doc, 0, view.zoom() * view.devicePixelRatioF())
    ox, oy = (int(v) for v in view._page_origin(0))
    w, h = min(rendered.width(), shown.width() - ox), min(rendered.height(), shown.height() - oy)
    differing = sum(
        shown.pixelColor(ox + x, oy + y).rgb() != rendered.pixelColor(x, y).rgb()
        for y in range(0, h, 3) for x in range(0, w, 3)
    )
    assert differing == 0
