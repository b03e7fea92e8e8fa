"""Build the one-folder app and its archive on this machine:  python packaging/build.py

Writes dist/coopviewer/ and dist/coopviewer-<version>-<platform>.tar.gz (.zip on
Windows and macOS), and prints the sizes against the budget (300 MB unpacked).
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MB = 300


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from coopviewer import __version__

    dist, work = ROOT / "dist", ROOT / "build"
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(ROOT / "packaging" / "coopviewer.spec")]
    if subprocess.call(cmd) != 0:
        print("build failed", file=sys.stderr)
        return 1
    app = dist / "coopviewer"
    if platform.system() == "Linux":  # desktop integration travels with the folder
        for name in ("coopviewer.desktop", "install.sh"):
            shutil.copy2(ROOT / "packaging" / "linux" / name, app / name)
    system = {"Linux": "linux", "Darwin": "macos", "Windows": "windows"}.get(platform.system(), platform.system().lower())
    base = dist / f"coopviewer-{__version__}-{system}-{platform.machine().lower()}"
    fmt = "gztar" if system == "linux" else "zip"
    archive = Path(shutil.make_archive(str(base), fmt, root_dir=dist, base_dir="coopviewer"))
    size = folder_size(app) / 1e6
    print(f"{app}: {size:.0f} MB unpacked (budget {BUDGET_MB} MB)")
    print(f"{archive}: {archive.stat().st_size / 1e6:.0f} MB")
    return 0 if size <= BUDGET_MB else 2


if __name__ == "__main__":
    raise SystemExit(main())
