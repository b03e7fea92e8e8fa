"""The window's own ingest paths, at the sizes analysts use: folders, many files, first start."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REALPDF_DIR, ROOT, sample_pdfs


@pytest.mark.skipif(not REALPDF_DIR.is_dir(), reason="../shared/realpdf lies beside the checkout")
def test_add_folder_of_real_pdfs_and_the_sample_from_the_window(qtbot, tmp_path, monkeypatch):
    """File → Add folder… with 13 files: reader processes started from the window's ingest
    process (it used to be a daemon, which may not have children: every batch of 4+ failed)."""
    from PySide6.QtWidgets import QFileDialog

    from coopviewer.gui.mainwindow import MainWindow
    from coopviewer.library import Library

    folder = tmp_path / "inbox"
    shutil.copytree(REALPDF_DIR, folder / "woo")
    for pdf in sample_pdfs():
        shutil.copy(pdf, folder)
    expected = len(list(folder.rglob("*.pdf")))
    assert expected >= 8
    path = tmp_path / "lib"
    Library(path).close()
    w = MainWindow(str(path), lang="en")
    qtbot.addWidget(w)
    w.show()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    progress = []
    w.add_folder()
    w.ingest_runner.progress.connect(progress.append)
    qtbot.waitUntil(lambda: w.ingest_report is not None, timeout=180000)
    report = w.ingest_report
    assert report["failed"] == [], report["failed"]
    assert len(report["added"]) == expected
    assert {p.files_total for p in progress} == {expected}  # per-file progress, against the whole batch
    assert max(p.files_done for p in progress) >= expected - 1
    assert w.progress_dialog.isHidden()
    assert "added" in w.statusBar().currentMessage()
    qtbot.waitUntil(lambda: str(expected) in w.results_label.text(), timeout=10000)
    with Library(path, readonly=True) as lib:
        assert len(lib.documents()) == expected


def test_first_start_on_an_empty_profile_builds_the_sample_library(tmp_path):
    """README command 1 on a new machine: the window opens and the library fills with the sample."""
    from coopviewer.library import Library

    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "COOPVIEWER_EXIT_AFTER_SHOWN": "1"}
    env.pop("COOPVIEWER_LIBRARY", None)
    run = subprocess.run([sys.executable, "-m", "coopviewer"], env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=180)
    assert run.returncode == 0, run.stderr[-500:]
    assert "Traceback" not in run.stderr and "Error" not in run.stderr, run.stderr[-500:]
    assert "5 added, 0 failed" in run.stdout
    library = tmp_path / "data" / "coopviewer" / "library"
    with Library(library, readonly=True) as lib:
        assert len(lib.documents()) == 5
