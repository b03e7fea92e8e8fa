"""Render the app icon for every platform from resources/icons/coopviewer.svg.

    python packaging/make_icons.py

Writes, beside the SVG: coopviewer-<size>.png (Linux hicolor sizes, window icon),
coopviewer.ico (Windows: exe and installer) and coopviewer.icns (macOS .app). PyMuPDF
renders the SVG; the .ico and .icns containers are written here (both hold PNGs), so
nothing beyond the app's own dependencies is needed. The outputs are committed; run this
again only after changing the SVG.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pymupdf

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}


def render(svg: Path, size: int) -> bytes:
    with pymupdf.open(svg) as doc:
        page = doc[0]
        scale = size / max(page.rect.width, page.rect.height)
        pix = page.get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=True)
        return pix.tobytes("png")


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNGs (supported since Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns(images: dict[bytes, bytes]) -> bytes:
    """A macOS .icns whose entries are PNGs."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    svg = ICONS / "coopviewer.svg"
    for size in PNG_SIZES:
        (ICONS / f"coopviewer-{size}.png").write_bytes(render(svg, size))
    (ICONS / "coopviewer.ico").write_bytes(ico({s: render(svg, s) for s in ICO_SIZES}))
    (ICONS / "coopviewer.icns").write_bytes(icns({k: render(svg, s) for k, s in ICNS_TYPES.items()}))
    print(f"icons written to {ICONS}")


if __name__ == "__main__":
    main()
