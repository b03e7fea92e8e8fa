"""Settings in one registry: every key with its default and what it is for."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    default: object
    help: str


SETTINGS = {
    s.key: s
    for s in (
        Setting("window/geometry", None, "main window position and size"),
        Setting("window/state", None, "toolbars and docks"),
        Setting("window/splitter", None, "sizes of the entity, results and viewer areas"),
        Setting("window/panes", None, "sizes of the two viewer panes"),
        Setting("window/side_by_side", False, "whether the second viewer pane is shown"),
        Setting("library/last", "", "the library opened last"),
        Setting("search/recent", [], "recent searches, newest first"),
        Setting("ui/language", "", "nl or en; empty follows the system locale"),
        Setting("viewer/pages", False, "whether each viewer shows its page list"),
    )
}


def settings() -> QSettings:
    return QSettings("coopviewer", "coopviewer")


def get(key: str):
    value = settings().value(key, SETTINGS[key].default)
    if isinstance(SETTINGS[key].default, bool) and isinstance(value, str):
        return value.lower() == "true"
    if isinstance(SETTINGS[key].default, list) and not isinstance(value, list):
        return [value] if value else []
    return value


def put(key: str, value) -> None:
    settings().setValue(key, value)
