"""No child process outlives its parent: readers, the index writer, the window's ingest."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import REALPDF_DIR as REALPDF
from tests.conftest import tagged_processes, wait_for_no_process

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not os.path.isdir("/proc"), reason="process trees are read from /proc")


def _batch(folder: Path, copies: int) -> Path:
    """The real PDFs several times over (each copy made unique), so readers stay busy."""
    folder.mkdir()
    for i in range(copies):
        for pdf in sorted(REALPDF.glob("*.pdf")):
            target = folder / f"{i}-{pdf.name}"
            shutil.copy(pdf, target)
            with open(target, "ab") as fh:
                fh.write(f"\n%{i}\n".encode())
    return folder


def _wait_for_children(tag: str, at_least: int, proc: subprocess.Popen, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while len(tagged_processes(tag)) < at_least + 1:
        assert proc.poll() is None, "the parent ended before its children started"
        assert time.monotonic() < deadline, "the children never started"
        time.sleep(0.05)


def test_a_child_whose_parent_is_already_gone_exits_at_once(tmp_path):
    """The race that left orphans: the parent dies while the child is still importing."""
    from coopviewer.lifeline import parent_alive

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    assert not parent_alive(dead.pid)
    child = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(f"""
            import time
            from coopviewer.lifeline import follow_parent
            follow_parent({dead.pid})
            time.sleep(30)
        """)], cwd=ROOT, timeout=20)
    assert child.returncode == 0


@pytest.mark.skipif(not REALPDF.is_dir(), reason="../shared/realpdf lies beside the checkout")
def test_readers_leave_when_the_cli_ingest_is_killed(tmp_path):
    tag = f"cli-{os.getpid()}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "coopviewer", "--library", str(tmp_path / "lib"), "ingest", str(_batch(tmp_path / "in", 4))],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
        env={**os.environ, "COOPVIEWER_TEST_TAG": tag, "COOPVIEWER_KILL_AT": "ingest.committed:2"},
    )
    assert proc.wait(timeout=120) == -signal.SIGKILL
    assert wait_for_no_process(tag, seconds=5.0), "reader processes outlived the killed ingest"


@pytest.mark.skipif(not REALPDF.is_dir(), reason="../shared/realpdf lies beside the checkout")
def test_ingest_and_readers_leave_when_the_window_is_killed(tmp_path):
    """The window's ingest process (not a daemon: it starts readers) follows the window's life."""
    tag = f"gui-{os.getpid()}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "coopviewer", "--library", str(tmp_path / "lib"), "gui", str(_batch(tmp_path / "in", 4))],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
        env={**os.environ, "COOPVIEWER_TEST_TAG": tag, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        _wait_for_children(tag, at_least=3, proc=proc)  # the ingest process and its readers
    finally:
        proc.kill()
        proc.wait()
    assert wait_for_no_process(tag, seconds=5.0), "the ingest or its readers outlived the killed window"
