"""Start the app at 1366×768, do what an analyst does, and save screenshots of what they see.

    xvfb-run -a -s "-screen 0 1366x768x24" python scripts/screenshot.py [--library DIR] [--out docs] [--lang en|nl]

Saves, with a "-nl" suffix for Dutch: screenshot.png (a unit clicked, its passage
highlighted, the basket under way), screenshot-side-by-side.png (two sources on a
1366 px screen), dossier.png (the dossier of Duitsland) and briefing.png (a page of
the exported PDF briefing with its crops). Without --library, the sample corpus is
ingested into a throwaway library first. PNGs are written as 8-bit palettes, so the
README's pictures stay small.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = (1366, 768)


def settle(app, window, rounds: int = 10) -> None:
    for _ in range(rounds):  # a read, then what its answer triggers
        window.worker.wait()
        app.processEvents()


def save(image, path: Path) -> None:
    """Save a QImage/QPixmap as an 8-bit palette PNG (a third of the size; UI colours are few)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPixmap

    if isinstance(image, QPixmap):
        image = image.toImage()
    flags = Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither
    image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library")
    parser.add_argument("--out", default=str(ROOT / "docs"))
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    with tempfile.TemporaryDirectory() as home:
        os.environ["XDG_CONFIG_HOME"] = home  # fresh settings, not the analyst's
        from PySide6.QtWidgets import QApplication

        from coopviewer.gui.mainwindow import MainWindow
        from coopviewer.library import Library

        library = args.library
        if library is None:
            library = os.path.join(home, "lib")
            with Library(library) as lib:
                lib.ingest([str(ROOT / "data" / "sample")])
        from coopviewer.gui.translators import install_translators
        from coopviewer.i18n import set_language

        app = QApplication.instance() or QApplication(sys.argv[:1])
        install_translators(app, args.lang)
        set_language(args.lang)
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        suffix = "" if args.lang == "en" else f"-{args.lang}"

        window = MainWindow(library, lang=args.lang)
        window.setGeometry(0, 0, *SCREEN)
        window.show()
        settle(app, window)
        window.select_entity_by_name("unit", "13 Lichte Brigade")
        settle(app, window)
        # a briefing under way: the passages in the basket, grouped by unit
        for step in (window.basket.add_all, lambda: window.basket.regroup("unit")):
            step()
            settle(app, window)
        save(window.grab(), out / f"screenshot{suffix}.png")

        # side by side: the cited paper (Kamerstuk 33 279, nr. 29) in the other pane;
        # on a 1366 px screen the entity list folds away for the two pages
        window.select_entity_by_name("reference", "33 279, nr. 29")
        settle(app, window)
        window.go_to_hit(0)
        settle(app, window)
        save(window.grab(), out / f"screenshot-side-by-side{suffix}.png")

        # the dossier of Duitsland, at the size it opens with, fitted to its window
        from coopviewer.gui.models import ENTITY_ROLE

        window.open_dossier(window.entity_models["country"].find("Duitsland").data(ENTITY_ROLE))
        settle(app, window)
        dialog = window.dossier_dialog
        dialog.setGeometry(40, 30, 1280, 700)
        settle(app, window)
        dialog._fit_views()
        app.processEvents()
        save(dialog.grab(), out / f"dossier{suffix}.png")
        dialog.close()

        # a page of the exported briefing: passages, highlighted crops, citations
        pdf = Path(home) / "briefing.pdf"
        window.basket.export(str(pdf))
        settle(app, window)
        window.close()
        import pymupdf
        from PySide6.QtGui import QImage

        with pymupdf.open(pdf) as doc:
            page = doc[1] if doc.page_count > 1 else doc[0]
            png = page.get_pixmap(dpi=80).tobytes("png")
        save(QImage.fromData(png), out / f"briefing{suffix}.png")
    print(f"saved screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
