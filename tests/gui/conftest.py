"""GUI test fixtures: real widgets offscreen, settings isolated from the analyst's."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    yield


@pytest.fixture(scope="session", autouse=True)
def clear_clipboard_at_exit():
    """Qt's offscreen clipboard crashes at exit while it holds data: empty it first."""
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QApplication.clipboard().clear()


@pytest.fixture()
def window(qtbot, sample_library):
    from coopviewer.gui.mainwindow import MainWindow

    path = sample_library.path
    sample_library.close()
    w = MainWindow(path, lang="en")
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    w.worker.wait()
    qtbot.waitUntil(lambda: getattr(w, "library_loaded", False), timeout=10000)
    yield w
    w.worker.wait()


def settle(qtbot, window, ms: int = 50) -> None:
    window.worker.wait()
    qtbot.wait(ms)
    window.worker.wait()


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
