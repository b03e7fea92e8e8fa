"""Start the app, click an entity, and save screenshots of what the analyst sees.

    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshot.py [--library DIR] [--out docs]

Without --library, the sample corpus is ingested into a throwaway library first.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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
        from coopviewer.gui.app import install_translators
        from coopviewer.i18n import set_language

        app = QApplication.instance() or QApplication(sys.argv[:1])
        install_translators(app, args.lang)
        set_language(args.lang)
        window = MainWindow(library, lang=args.lang)
        window.resize(1560, 940)
        window.show()
        window.worker.wait()
        app.processEvents()
        window.splitter.setSizes([270, 430, 860])
        window.select_entity_by_name("unit", "13 Lichte Brigade")
        window.worker.wait()
        for _ in range(5):
            app.processEvents()
        # a briefing under way: the passages in the basket, grouped by unit
        for step in (window.basket.add_all, lambda: window.basket.regroup("unit")):
            step()
            for _ in range(10):  # the write, then the basket's reload it triggers
                window.worker.wait()
                app.processEvents()
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        suffix = "" if args.lang == "en" else f"-{args.lang}"
        window.grab().save(str(out / f"screenshot{suffix}.png"))
        # side by side: the cited paper (Kamerstuk 33 279, nr. 29) in the other pane
        window.select_entity_by_name("reference", "33 279, nr. 29")
        window.worker.wait()
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / f"screenshot-side-by-side{suffix}.png"))
        # the dossier of Duitsland: timeline of agreements and events
        index = window.entity_models["country"].find("Duitsland")
        from coopviewer.gui.models import ENTITY_ROLE

        window.open_dossier(index.data(ENTITY_ROLE))
        window.worker.wait()
        for _ in range(5):
            app.processEvents()
        dialog = window.dossier_dialog
        dialog.resize(1300, 640)
        app.processEvents()
        dialog.timeline.fitInView(dialog.timeline_scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        app.processEvents()
        dialog.grab().save(str(out / f"dossier{suffix}.png"))
        dialog.close()
        window.close()
    print(f"saved screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
