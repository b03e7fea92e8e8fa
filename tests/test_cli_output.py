"""stdout carries coopviewer's own output only: MuPDF's messages go to the log, once per file."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT
from tests.core import badfiles


def test_ingest_json_stays_json_while_mupdf_complains(tmp_path):
    files = [badfiles.noisy_pdf(tmp_path / f"noisy{i}.pdf", f"Brief {i} over Duitsland.") for i in range(3)]
    files.append(badfiles.good_pdf(tmp_path / "good.pdf"))
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "HOME": str(tmp_path)}
    run = subprocess.run([sys.executable, "-m", "coopviewer", "--library", str(tmp_path / "lib"), "ingest",
                          *map(str, files), "--json"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)  # nothing but the JSON
    assert len(report["added"]) == 4
    log = (tmp_path / "state" / "coopviewer" / "log" / "coopviewer.log").read_text(encoding="utf-8")
    for f in files[:3]:
        assert log.count(f"reading {f} ") == 1  # once per file, with a count
    assert "MuPDF: " in log and "syntax error" in log
    assert "MuPDF error" not in run.stdout


def test_the_real_stdout_comes_back_after_a_command(tmp_path, capfd):
    """In-process use (an embedding script): fd 1 is the caller's again after main()."""
    from coopviewer.cli import main

    assert main(["--library", str(tmp_path / "lib"), "documents", "--json"]) == 0
    os.write(1, b"after\n")
    out = capfd.readouterr().out
    assert json.loads(out[: out.rindex("]") + 1]) == []
    assert out.endswith("after\n")
