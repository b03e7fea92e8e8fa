"""Build the one-folder app and its archive on this machine:  python packaging/build.py

Writes dist/coopviewer/ (dist/coopviewer.app too on macOS) and
dist/coopviewer-<version>-<platform>-<machine>.tar.gz (.zip on Windows and macOS),
prints the unpacked and archive sizes, and fails (exit 2) when the folder is over
the budget. Needs PyInstaller:  python -m pip install '.[package]'
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MB = 300  # unpacked, Linux one-folder build
SYSTEMS = {"Linux": "linux", "Darwin": "macos", "Windows": "windows"}
MACHINES = {"amd64": "x86_64", "x64": "x86_64", "arm64": "arm64", "aarch64": "arm64"}


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def version() -> str:
    text = (ROOT / "coopviewer" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def platform_tag() -> str:
    system = SYSTEMS.get(platform.system(), platform.system().lower())
    machine = platform.machine().lower()
    return f"{system}-{MACHINES.get(machine, machine)}"


def add_linux_integration(app: Path) -> None:
    """The .desktop file, icons and install.sh travel inside the folder (see linux/)."""
    for name in ("coopviewer.desktop", "install.sh"):
        shutil.copy2(ROOT / "packaging" / "linux" / name, app / name)
    os.chmod(app / "install.sh", 0o755)


def main() -> int:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is missing:  python -m pip install '.[package]'", file=sys.stderr)
        return 1
    dist, work = ROOT / "dist", ROOT / "build"
    app = dist / "coopviewer"
    started = time.perf_counter()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(ROOT / "packaging" / "coopviewer.spec")]
    if subprocess.call(cmd, cwd=ROOT) != 0:
        print("build failed", file=sys.stderr)
        return 1
    if platform.system() == "Linux":
        add_linux_integration(app)
    tag = platform_tag()
    base = dist / f"coopviewer-{version()}-{tag}"
    for old in dist.glob(f"coopviewer-*-{tag}.*"):
        old.unlink()
    if platform.system() == "Darwin" and (dist / "coopviewer.app").is_dir():
        # ditto keeps the .app's symlinks and signatures, which zipfile does not
        archive = base.with_suffix(".zip")
        subprocess.check_call(["ditto", "-c", "-k", "--keepParent", str(dist / "coopviewer.app"), str(archive)])
    else:
        fmt = "gztar" if platform.system() == "Linux" else "zip"
        archive = Path(shutil.make_archive(str(base), fmt, root_dir=dist, base_dir="coopviewer"))
    size = folder_size(app) / 1e6
    print(f"built in {time.perf_counter() - started:.0f} s")
    print(f"{app}: {size:.0f} MB unpacked (budget {BUDGET_MB} MB)")
    print(f"{archive}: {archive.stat().st_size / 1e6:.0f} MB")
    if size > BUDGET_MB:
        print(f"over budget: {size:.0f} MB > {BUDGET_MB} MB", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
