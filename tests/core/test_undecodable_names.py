"""A file name that is not valid UTF-8 is accepted and shown escaped; the batch goes on."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT
from tests.core import badfiles

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_a_name_that_is_not_utf8_does_not_abort_the_batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    made = badfiles.good_pdf(folder / "made.pdf", "Samenwerking met Duitsland over tanks.")
    os.rename(made, os.fsencode(folder) + b"/brief-\xff.pdf")  # Latin-1 "ÿ" from an old share: not UTF-8
    badfiles.good_pdf(folder / "b.pdf", "Samenwerking met Belgie over fregatten.")
    badfiles.good_pdf(folder / "c.pdf", "Samenwerking met Noorwegen over onderzeeboten.")
    r = subprocess.run([sys.executable, "-m", "coopviewer", "--library", str(tmp_path / "lib"), "ingest", str(folder),
                        "--json"], capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=300)
    assert r.returncode == 0 and "unexpected error" not in r.stderr, r.stderr
    added = sorted(a["path"] for a in json.loads(r.stdout)["added"])
    assert added == [str(folder / "b.pdf"), str(folder / "brief-\\xff.pdf"), str(folder / "c.pdf")]
