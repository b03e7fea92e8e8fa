"""Start the desktop app: QApplication, language, library, first-run sample ingest."""

from __future__ import annotations

import multiprocessing
import os
import sys
import time

from coopviewer.config import default_library, sample_dir


def run_gui(library_dir: str | None = None, files: list[str] | None = None, *, lang: str | None = None) -> int:
    """Open the main window on a library; returns the exit code."""
    multiprocessing.freeze_support()
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication, QMessageBox

    from coopviewer.gui import settings as cfg
    from coopviewer.gui.mainwindow import MainWindow, excepthook_factory
    from coopviewer.gui.translators import install_translators
    from coopviewer.i18n import set_language
    from coopviewer.library import Library, LibraryError
    from coopviewer.log import setup_logging

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if app.platformName() == "offscreen":  # its clipboard crashes at exit while holding data
        app.aboutToQuit.connect(lambda: app.clipboard().clear())
    app.setOrganizationName("coopviewer")
    app.setApplicationName("coopviewer")
    app.setDesktopFileName("coopviewer")  # Wayland/X11 docks match the .desktop entry
    app.setWindowIcon(app_icon())
    language = set_language(lang or cfg.get("ui/language") or None)
    app.coopviewer_translators = install_translators(app, language)

    path = str(library_dir or default_library())
    try:
        with Library(path, wait=5.0):
            pass  # creates an empty library on first start
    except LibraryError as exc:
        QMessageBox.critical(None, "coopviewer", str(exc))
        return 1
    first_run = library_dir is None and _is_empty(path)
    current = {"window": MainWindow(path, lang=language)}
    window = current["window"]

    def follow(replacement) -> None:  # View → Language rebuilds the window
        current["window"] = replacement
        replacement.languageSwitched.connect(follow)

    window.languageSwitched.connect(follow)
    sys.excepthook = excepthook_factory(str(setup_logging()), lambda: current["window"])
    window.show()
    if first_run and sample_dir().is_dir():
        window.ingest([str(sample_dir())])
    elif files:
        window.ingest(list(files))
    if os.environ.get("COOPVIEWER_EXIT_AFTER_SHOWN"):  # CI and tests: start, finish the start-up work, leave
        print(f"shown after {time.perf_counter() - started:.3f} s", flush=True)
        _close_when_idle(window, started)
    return app.exec()


def _close_when_idle(window, started: float) -> None:
    """Close the window once its start-up ingest (the first start's sample) is done."""
    from PySide6.QtCore import QTimer

    def check() -> None:
        runner = window.ingest_runner
        if runner is not None and runner.is_running():
            QTimer.singleShot(200, check)
            return
        report = getattr(window, "ingest_report", None) or {}
        if runner is not None:
            print(f"ingested after {time.perf_counter() - started:.3f} s: {len(report.get('added', []))} added, "
                  f"{len(report.get('failed', []))} failed", flush=True)
        window.close()

    QTimer.singleShot(0, check)


def app_icon():
    """The app icon at every rendered size (resources/icons, made by packaging/make_icons.py)."""
    from PySide6.QtGui import QIcon

    from coopviewer.config import resources_dir

    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("coopviewer-*.png")):
        icon.addFile(str(png))
    return icon


def _is_empty(path: str) -> bool:
    from coopviewer.library import Library

    with Library(path, readonly=True) as lib:
        return not lib.documents()
