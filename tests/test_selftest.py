"""`coopviewer selftest` on the installed package: one line per check, exit 0."""

from __future__ import annotations

import os
import subprocess
import sys


def test_selftest_passes_with_one_line_per_check():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-m", "coopviewer", "selftest"], capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.strip().splitlines()
    checks = [line for line in lines if line.startswith(("ok ", "FAIL"))]
    assert [c.split(":")[0].split(None, 1)[1] for c in checks] == ["ingest sample", "search", "entities", "render with highlight", "export briefing"]
    assert lines[-1].startswith("selftest: 5 of 5 checks passed")
