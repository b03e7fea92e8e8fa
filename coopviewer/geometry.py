"""Word boxes and char spans: the geometry every layer shares.

A passage keeps one box per word piece, (start, end, x0, y0, x1, y1) in unrotated
PDF points; a char span of its text (a search hit, an entity mention, a selection)
becomes rectangles through `span_rects`. Packed compactly for SQLite here too, so
the store, the ingest and the models read boxes the same way without importing
each other.
"""

from __future__ import annotations

from array import array

Box = tuple[int, int, float, float, float, float]
Rect = tuple[float, float, float, float]


def pack_boxes(boxes: list[Box]) -> bytes:
    """Pack word boxes compactly for SQLite (6 float32 per piece)."""
    flat = array("f")
    for b in boxes:
        flat.extend(b)
    return flat.tobytes()


def unpack_boxes(blob: bytes) -> list[Box]:
    """Inverse of pack_boxes."""
    flat = array("f")
    flat.frombytes(blob)
    return [
        (int(flat[i]), int(flat[i + 1]), flat[i + 2], flat[i + 3], flat[i + 4], flat[i + 5])
        for i in range(0, len(flat), 6)
    ]


def span_rects(
    boxes: list[Box], start: int, end: int
) -> list[Rect]:
    """Rectangles covering chars [start, end) of a passage, one per line run.

    A span that covers part of a word gets the matching share of the word's box
    (proportional to characters), so a highlight sits on the words it names.
    """
    rects: list[list[float]] = []
    for cs, ce, x0, y0, x1, y1 in boxes:
        if ce <= start or cs >= end:
            continue
        n = max(ce - cs, 1)
        a, b = max(start, cs), min(end, ce)
        rx0 = x0 + (x1 - x0) * (a - cs) / n
        rx1 = x0 + (x1 - x0) * (b - cs) / n
        if rects:
            last = rects[-1]
            same_line = abs(last[1] - y0) < 0.5 * (y1 - y0) and rx0 >= last[2] - 1
            if same_line:
                last[2] = max(last[2], rx1)
                last[1], last[3] = min(last[1], y0), max(last[3], y1)
                continue
        rects.append([rx0, y0, rx1, y1])
    return [(r[0], r[1], r[2], r[3]) for r in rects]


def overlaps(a, b) -> bool:
    """Two (x0, y0, x1, y1) rectangles share some area."""
    return a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]


def merge_spans(spans) -> list[list[int]]:
    """Sorted [start, end] spans with overlapping or touching ones joined."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return merged
