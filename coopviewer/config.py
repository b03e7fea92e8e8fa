"""Where the library lives, and the few settings the core needs."""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

APP_NAME = "coopviewer"
ENV_LIBRARY = "COOPVIEWER_LIBRARY"


# a library target naming a team server (libpq URL or service name) rather than a folder
SERVER_PREFIXES = ("postgresql://", "postgres://", "service=")


# libpq's keyword/value form ("host=db.example dbname=coopviewer"): a folder is never named so
_LIBPQ_KEYWORDS = re.compile(r"^\s*(host|hostaddr|port|dbname|user|service|sslmode|passfile|connect_timeout)\s*=")


def is_server_target(target: object) -> bool:
    """A libpq URL, a service name or libpq's keyword/value string, not a folder."""
    text = str(target).strip()
    return text.startswith(SERVER_PREFIXES) or bool(_LIBPQ_KEYWORDS.match(text))


def default_library() -> str:
    """The library to open when none is named: $COOPVIEWER_LIBRARY as given (a folder, or a
    team server's postgresql://… or service=…), else the per-user folder."""
    env = os.environ.get(ENV_LIBRARY, "").strip()
    if is_server_target(env):
        return env  # a Path would fold the URL's '//'
    return str(default_library_dir())


def default_library_dir() -> Path:
    """The per-user library, unless COOPVIEWER_LIBRARY names another."""
    env = os.environ.get(ENV_LIBRARY)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "library"


def server_cache_dir() -> Path:
    """Where PDFs fetched from a team library are kept for the viewer."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "server-files"


def data_dir() -> Path:
    """The shipped data folder (gazetteer, sample corpus): source tree, wheel or frozen app."""
    import sys

    here = Path(__file__).resolve().parent
    candidates = [
        here.parent / "data",  # source checkout or editable install
        here / "_data",  # installed wheel (data copied into the package)
        Path(getattr(sys, "_MEIPASS", here)) / "data",  # PyInstaller bundle
        Path(sys.prefix) / "share" / APP_NAME,
    ]
    for c in candidates:
        if (c / "sample").is_dir() or (c / "gazetteer").is_dir():
            return c
    return candidates[0]


def resources_dir() -> Path:
    """Shipped resources (icons, translations): source tree, wheel or frozen app."""
    import sys

    here = Path(__file__).resolve().parent
    candidates = [
        here.parent / "resources",
        Path(getattr(sys, "_MEIPASS", here)) / "resources",
        Path(sys.prefix) / "share" / APP_NAME / "resources",
    ]
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[0]


def sample_dir() -> Path:
    return data_dir() / "sample"


def analyst_db_for(library: str | os.PathLike[str]) -> Path:
    """Where an analyst keeps their own work for a shared (read-only) library."""
    import hashlib

    key = hashlib.sha256(str(Path(library).expanduser().resolve()).encode()).hexdigest()[:16]
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "analyst" / f"{key}.sqlite"
