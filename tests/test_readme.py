"""The README's command examples are commands the CLI accepts (docs checked by tests)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from coopviewer.cli import build_parser

README = Path(__file__).resolve().parents[1] / "README.md"


def readme_commands() -> list[str]:
    blocks = re.findall(r"```bash\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    lines = [line.split(" # ")[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.startswith("coopviewer ")]


def test_the_readme_shows_commands():
    assert len(readme_commands()) >= 15


@pytest.mark.parametrize("command", readme_commands())
def test_readme_command_parses(command):
    args = shlex.split(command)[1:]
    parsed = build_parser().parse_args(args)  # exits (SystemExit) on an unknown command or option
    assert parsed.command
