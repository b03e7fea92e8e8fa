"""Page ↔ screen: the one place where PDF points become widget pixels.

Stored rectangles are in unrotated PDF points (as PyMuPDF extracts words).
A page shown with rotation r is first rotated (PyMuPDF's rotation matrix maps
unrotated → rotated page space), then scaled by the zoom, then shifted to the
page's place in the scrolling layout. Pure functions, no widget state, so they
are tested on their own for all four rotations.
"""

from __future__ import annotations

Rect = tuple[float, float, float, float]


def rotated_size(width: float, height: float, rotation: int) -> tuple[float, float]:
    """The page's size on screen (in points) after rotation."""
    return (height, width) if rotation % 180 else (width, height)


def rotate_point(x: float, y: float, width: float, height: float, rotation: int) -> tuple[float, float]:
    """Unrotated page point → rotated page point (clockwise rotation, as PDF /Rotate)."""
    r = rotation % 360
    if r == 0:
        return x, y
    if r == 90:
        return height - y, x
    if r == 180:
        return width - x, height - y
    return y, width - x  # 270


def unrotate_point(x: float, y: float, width: float, height: float, rotation: int) -> tuple[float, float]:
    """Inverse of rotate_point."""
    r = rotation % 360
    if r == 0:
        return x, y
    if r == 90:
        return y, height - x
    if r == 180:
        return width - x, height - y
    return width - y, x


def page_rect_to_view(rect: Rect, width: float, height: float, rotation: int, zoom: float,
                      origin: tuple[float, float] = (0.0, 0.0)) -> Rect:
    """A rectangle in unrotated PDF points → widget pixels (x0, y0, x1, y1), normalised."""
    (ax, ay), (bx, by) = (rotate_point(rect[0], rect[1], width, height, rotation),
                          rotate_point(rect[2], rect[3], width, height, rotation))
    x0, x1 = sorted((ax, bx))
    y0, y1 = sorted((ay, by))
    ox, oy = origin
    return (ox + x0 * zoom, oy + y0 * zoom, ox + x1 * zoom, oy + y1 * zoom)


def view_point_to_page(x: float, y: float, width: float, height: float, rotation: int, zoom: float,
                       origin: tuple[float, float] = (0.0, 0.0)) -> tuple[float, float]:
    """A widget pixel → unrotated PDF point (for selection and context menus)."""
    rx, ry = (x - origin[0]) / zoom, (y - origin[1]) / zoom
    return unrotate_point(rx, ry, width, height, rotation)
