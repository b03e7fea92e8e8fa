"""Storage faults: reading still works on a full disk and under someone else's lock,
and a broken layout gets one clear line instead of "unexpected error"."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, sample_pdfs

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def cli(library, *args, as_user: int | None = None, **run_kw) -> subprocess.CompletedProcess:
    # setpriv rather than subprocess's user=: the latter cannot exec an interpreter under /root
    prefix = ["setpriv", f"--reuid={as_user}", f"--regid={as_user}", "--clear-groups"] if as_user is not None else []
    return subprocess.run([*prefix, sys.executable, "-m", "coopviewer", "--library", str(library), *args],
                          capture_output=True, text=True, env=ENV, timeout=300, **run_kw)


def reads_as_before(library, expected, **run_kw) -> None:
    """`documents` and `search` answer exactly as on the healthy library; `ingest` is refused in one line."""
    for args in (("documents", "--json"), ("search", "Duitsland", "--json")):
        r = cli(library, *args, **run_kw)
        assert r.returncode == 0 and "unexpected error" not in r.stderr, r.stderr
        assert json.loads(r.stdout) == expected[args[0]]
    r = cli(library, "ingest", sample_pdfs()[0], **run_kw)
    assert r.returncode == 1 and "cannot write" in r.stderr, r.stderr
    assert "unexpected error" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def expected(sample_library_dir):
    return {name: json.loads(cli(sample_library_dir, *args).stdout)
            for name, args in (("documents", ("documents", "--json")), ("search", ("search", "Duitsland", "--json")))}


@pytest.fixture()
def world_readable_copy(sample_library_dir):
    """A copy of the sample library another user can reach (pytest's own tmp folders are private)."""
    top = Path(tempfile.mkdtemp(prefix="coopviewer-faults-"))
    top.chmod(0o755)
    library = top / "lib"
    shutil.copytree(sample_library_dir, library, ignore=shutil.ignore_patterns("write.lock"))
    yield library
    shutil.rmtree(top, ignore_errors=True)


def _no_file_growth() -> None:  # runs in the child: every write that grows a file fails (EFBIG)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


def test_read_only_commands_work_when_no_file_can_grow(world_readable_copy, expected):
    """The unprivileged stand-in for a full disk: a file-size limit of 0 bytes."""
    reads_as_before(world_readable_copy, expected, preexec_fn=_no_file_growth)


def test_read_only_commands_work_on_a_full_disk(world_readable_copy, expected, tmp_path):
    """A real full disk: the library on a small tmpfs filled to the last byte (needs root to mount)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("mounting a tmpfs needs root; the file-size-limit test above covers the same failure")
    try:
        library = mount / "lib"
        shutil.copytree(world_readable_copy, library)
        with open(mount / "filler", "wb") as fh:
            try:
                while True:
                    fh.write(b"\0" * 65536)
            except OSError:
                pass
        assert shutil.disk_usage(mount).free < 65536
        reads_as_before(library, expected)
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_read_only_commands_work_under_another_users_lock(world_readable_copy, expected):
    """write.lock belongs to someone else: opening it for the lock is refused (EACCES)."""
    lock = world_readable_copy / "write.lock"
    lock.write_text("12345")
    lock.chmod(0o444)
    run_kw = {}
    if IS_ROOT:  # root opens any file: be another user, in a folder both may write
        world_readable_copy.chmod(0o777)
        lock.chmod(0o644)
        run_kw = {"as_user": 65534, "cwd": world_readable_copy.parent}
    reads_as_before(world_readable_copy, expected, **run_kw)
    r = cli(world_readable_copy, "ingest", sample_pdfs()[0], **run_kw)
    assert "write.lock" in r.stderr


def test_an_index_path_that_is_a_file_is_named(world_readable_copy):
    index = world_readable_copy / "index"
    shutil.rmtree(index)
    index.write_text("not an index")
    for args in (("documents",), ("search", "tanks")):
        r = cli(world_readable_copy, *args)
        assert r.returncode == 1 and "unexpected error" not in r.stderr, r.stderr
        line = r.stderr.strip()
        assert "\n" not in line and line.startswith(f"coopviewer {args[0]}: ")
        assert str(index) in line and "is a file" in line and "move it away" in line


def test_a_read_only_library_left_by_a_crash_shows_its_newest_work(tmp_path):
    """A crash leaves committed documents in the WAL; on a read-only folder they used to vanish
    (the database was opened immutable, which skips the WAL)."""
    top = Path(tempfile.mkdtemp(prefix="coopviewer-crashed-"))
    top.chmod(0o755)
    library = top / "lib"
    try:
        first, second = sample_pdfs()[:2]
        assert cli(library, "ingest", first).returncode == 0
        killed = subprocess.run([sys.executable, "-m", "coopviewer", "--library", str(library), "ingest", second],
                                env={**ENV, "COOPVIEWER_KILL_AT": "ingest.committed:1"}, capture_output=True, timeout=300)
        assert killed.returncode == -signal.SIGKILL
        assert (library / "library.sqlite-wal").stat().st_size > 0  # the second document waits in the WAL
        for path in [library, *library.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        run_kw = {"as_user": 65534, "cwd": top} if IS_ROOT else {}  # root writes anywhere: be another user
        r = cli(library, "documents", "--json", **run_kw)
        assert r.returncode == 0, r.stderr
        assert [Path(d["path"]).name for d in json.loads(r.stdout)] == [Path(first).name, Path(second).name]
    finally:
        for path in [library, *library.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        shutil.rmtree(top, ignore_errors=True)
