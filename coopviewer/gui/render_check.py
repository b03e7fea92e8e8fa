"""The selftest's Qt half: a page rendered as the viewer renders it, its highlight checked.

`coopviewer selftest` (coopviewer/selftest.py) stays free of Qt and calls this for
its "render with highlight" check: the page goes through the viewer's `render_page`,
the hit's rectangles through PyMuPDF's page-to-pixel matrix, and the viewer's
current-hit colour is painted on them; then the pixels say whether there is ink
under the rectangles (words and boxes agree) and the colour on top.
"""

from __future__ import annotations

import os
import sys

import pymupdf
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from coopviewer.gui.viewer.view import CURRENT_FILL, render_page

Rect = tuple[float, float, float, float]


class RenderCheckFailed(Exception):
    """Why the page or its highlight is wrong, in words."""


def check_highlight(pdf_path: str, page_no: int, rects: list[Rect], zoom: float = 2.0,
                    save_to: str | None = None) -> str:
    """Render `page_no` at `zoom`, paint `rects` as the current hit; a line on success."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "coopviewer"])
    with pymupdf.open(pdf_path) as pdf:
        page = pdf[page_no - 1]
        image = render_page(pdf, page_no - 1, zoom)  # rotation applied, as in the viewer
        to_pixels = page.rotation_matrix * pymupdf.Matrix(zoom, zoom)
        boxes = [pymupdf.Rect(r) * to_pixels for r in rects]
    if image.isNull() or image.width() < 100:
        raise RenderCheckFailed("the page did not render")
    inside = [b & pymupdf.Rect(0, 0, image.width(), image.height()) for b in boxes]
    inside = [b for b in inside if not b.is_empty]
    if not inside:
        raise RenderCheckFailed(f"the highlight rectangles lie outside page {page_no}")
    if sum(_count(image, b, lambda c: c.lightness() < 128) for b in inside) == 0:
        raise RenderCheckFailed(f"no text under the highlight rectangles on page {page_no}: words and boxes disagree")

    painter = QPainter(image)
    for b in inside:
        painter.fillRect(QRectF(b.x0, b.y0, b.width, b.height), CURRENT_FILL)
    painter.end()
    area = sum(max(1, int(b.width) * int(b.height)) for b in inside)
    lit = sum(_count(image, b, lambda c: c.red() - c.blue() > 60 and c.red() > 180) for b in inside)
    if lit < 0.3 * area:
        raise RenderCheckFailed(f"the highlight colour is missing on the hit ({lit} of {area} pixels)")
    if save_to:
        image.save(save_to)
    return (f"page {page_no} at {image.width()}×{image.height()} px, {len(inside)} rectangles on the words, "
            f"{lit / area:.0%} of their pixels highlighted (Qt {app.platformName()})")


def _count(image: QImage, box: pymupdf.Rect, pred) -> int:
    """Pixels of `image` inside `box` (in pixels) that satisfy `pred`."""
    n = 0
    for y in range(int(box.y0), min(int(box.y1) + 1, image.height())):
        for x in range(int(box.x0), min(int(box.x1) + 1, image.width())):
            if pred(image.pixelColor(x, y)):
                n += 1
    return n
