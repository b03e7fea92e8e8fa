"""Every file is read in a reader process, bounded in memory and time; the batch goes on."""

from __future__ import annotations

import os
import sys

import pytest

from coopviewer.ingest.reader import ReadError
from coopviewer.ingest.readers import ReaderPool, ReadLimits
from coopviewer.library import Library
from tests.core import badfiles

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS and VmPeak are Linux's")


def _read_all(files, **limits):
    return dict(ReaderPool(2, limits=ReadLimits(**limits)).results([str(f) for f in files]))


@linux_only
def test_a_memory_bomb_fails_alone_with_the_limit_named(tmp_path):
    good = [badfiles.good_pdf(tmp_path / f"good{i}.pdf") for i in range(3)]
    bomb = badfiles.form_bomb(tmp_path / "bomb.pdf")
    assert bomb.stat().st_size < 4096
    results = _read_all([good[0], bomb, good[1], good[2]], memory_mb=700, seconds=120)
    assert isinstance(results[str(bomb)], ReadError)
    assert "memory limit 700 MB" in results[str(bomb)].reason
    assert all(not isinstance(results[str(g)], ReadError) for g in good)


def test_a_file_that_never_finishes_fails_at_the_time_limit(tmp_path):
    from tests.core.crashing_reader import read

    files = [badfiles.good_pdf(tmp_path / "a.pdf"), badfiles.good_pdf(tmp_path / "stall.pdf"),
             badfiles.good_pdf(tmp_path / "b.pdf")]
    pool = ReaderPool(2, limits=ReadLimits(seconds=4), read=read)
    results = dict(pool.results([str(f) for f in files]))
    assert list(results) == [str(f) for f in files]
    assert "time limit" in results[str(files[1])].reason
    assert not isinstance(results[str(files[0])], ReadError)
    assert not isinstance(results[str(files[2])], ReadError)


def test_one_file_alone_is_read_in_a_reader_process_too(tmp_path):
    """A batch of one used to be read in the ingesting process, where a crash took it down."""
    from tests.core.crashing_reader import read

    crash = badfiles.good_pdf(tmp_path / "crash.pdf")
    results = dict(ReaderPool(1, read=read).results([str(crash)]))
    assert "reader process died" in results[str(crash)].reason


def test_a_huge_text_file_is_refused_by_size(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("samenwerking met Duitsland\n" * 50_000, encoding="utf-8")  # ~1.3 MB
    small = tmp_path / "small.txt"
    small.write_text("Samenwerking met Duitsland en België.\n", encoding="utf-8")
    results = _read_all([big, small], text_mb=1)
    assert "too large" in results[str(big)].reason and "limit 1 MB" in results[str(big)].reason
    assert not isinstance(results[str(small)], ReadError)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_or_device_is_refused_not_read(tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    good = badfiles.good_pdf(tmp_path / "good.pdf")
    with Library(tmp_path / "lib") as lib:
        report = lib.ingest([str(fifo), "/dev/zero", str(good)])
    reasons = {f["path"]: f["error"] for f in report.failed}
    assert "not a regular file" in reasons[str(fifo)]
    assert "not a regular file" in reasons["/dev/zero"]
    assert [a["path"] for a in report.added] == [str(good.resolve())]
