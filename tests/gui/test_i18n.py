"""The app in Dutch and English: every GUI string translated, dates per locale, English entity names."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QMenu, QTabWidget

from coopviewer.gui.translators import install_translators
from coopviewer.i18n import set_language, translate

# Proper names, symbols and words that are the same in both languages.
ALLOW = {"coopviewer", "Help", "Partners", "Status", "Dossier…", "Nederlands", "English", "&Help", "◀", "▶", "−", "+",
         "partner", "document", "passages", "PDF (*.pdf);;Word (*.docx);;HTML (*.html);;Markdown (*.md)"}


def texts(window) -> list[str]:
    """Every user-visible text of the window, in a stable order."""
    out = []
    for w in [window, *window.findChildren(object)]:
        if isinstance(w, QAbstractButton | QLabel):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        if isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QMenu):
            out.append(w.title())
            out += [a.text() for a in w.actions()]
        if hasattr(w, "toolTip") and callable(w.toolTip):
            out.append(w.toolTip())
    return [t for t in out if t and re.search(r"[A-Za-z]{2}", t)]


def make_window(qtbot, path, lang):
    from coopviewer.gui.mainwindow import MainWindow

    app = QApplication.instance()
    translators = install_translators(app, lang)
    set_language(lang)
    w = MainWindow(path, lang=lang)
    qtbot.addWidget(w)
    w.worker.wait()
    found = texts(w)
    w.close()
    for t in translators:
        app.removeTranslator(t)
    return found


def test_every_gui_string_is_translated(qtbot, sample_library):
    path = sample_library.path
    sample_library.close()
    english = make_window(qtbot, path, "en")
    dutch = make_window(qtbot, path, "nl")
    assert len(english) == len(dutch)
    untranslated = [e for e, n in zip(english, dutch, strict=True) if e == n and e not in ALLOW and not e[0].isdigit()]
    assert untranslated == [], "left in English in the Dutch app"
    assert "Eenheden" in dutch and "Units" in english


def test_results_dates_follow_the_locale(qtbot):
    from coopviewer.gui.models import ResultsModel
    from coopviewer.models import Hit

    hit = Hit(1, "Kamerbrief", "/x.pdf", 2, 7, 1.0, "tekst", [], "tekst", "2023-02-23", "33 279, nr. 37")
    for lang, date in (("nl", "23 februari 2023"), ("en", "23 February 2023")):
        model = ResultsModel(lang=lang)
        model.set_hits([hit])
        assert date in model.item(0).text()


def test_cli_english_entity_name_reaches_the_dutch_passages(sample_library_dir):
    from tests.test_cli import run

    english = json.loads(run("--lang", "en", "search", "Germany", "--limit", "200", "--json", lib=sample_library_dir).stdout)
    dutch = json.loads(run("search", "Duitsland", "--limit", "200", "--json", lib=sample_library_dir).stdout)
    mentions = json.loads(run("mentions", "Duitsland", "--json", lib=sample_library_dir).stdout)
    # either name reaches every passage that mentions the entity ("Duitse", "Bondsrepubliek" too)
    assert english and sorted(h["passage_id"] for h in english) == sorted(h["passage_id"] for h in dutch)
    assert {h["passage_id"] for h in english} == {m["passage_id"] for m in mentions}
    r = run("--lang", "nl", "search", "qqqxx", lib=sample_library_dir)
    assert "Geen passages gevonden" in r.stdout


@pytest.mark.parametrize(("lang", "sources", "page"), [("nl", "Bronnen", "p."), ("en", "Sources", "p.")])
def test_briefing_fixed_text_follows_the_language(shared_sample_library, tmp_path, lang, sources, page):
    from coopviewer.export import build
    from coopviewer.export.formats import write_briefing

    out = write_briefing(build.from_query(shared_sample_library, '"Lichte Brigade"', lang=lang), tmp_path / "b.md")
    text = out.read_text(encoding="utf-8")
    assert f"## {sources}" in text
    assert "Lichte Brigade" in text  # the quoted passages stay as the documents write them


def test_core_catalogue_reads_the_ts_source():
    assert translate("cli", "reindexed %1 passages", "nl") == "%1 passages opnieuw geïndexeerd"
    assert translate("cli", "reindexed %1 passages", "en") == "reindexed %1 passages"


@pytest.mark.parametrize(("lang", "one", "many"), [("en", "1 passage mentions X", "3 passages mention X"),
                                                  ("nl", "1 passage noemt X", "3 passages noemen X")])
def test_counts_take_the_singular_for_one(qtbot, lang, one, many):
    from PySide6.QtCore import QCoreApplication

    app = QApplication.instance()
    translators = install_translators(app, lang)
    try:
        def say(n: int) -> str:
            return QCoreApplication.translate("MainWindow", "%n passages mention %1", "", n).replace("%1", "X")

        assert (say(1), say(3)) == (one, many)
    finally:
        for t in translators:
            app.removeTranslator(t)


def test_switching_the_language_rebuilds_the_window_in_it(qtbot, window):
    from coopviewer.gui import settings as cfg

    app = QApplication.instance()
    window.select_entity_by_name("unit", "13 Lichte Brigade")
    window.worker.wait()
    assert window.menuBar().actions()[0].text() == "&Library"
    try:
        dutch = window.set_language("nl")
        qtbot.addWidget(dutch)
        dutch.worker.wait()
        assert cfg.get("ui/language") == "nl"
        assert dutch.lang == "nl" and dutch.menuBar().actions()[0].text() == "&Bibliotheek"
        assert not window.isVisible() and dutch.isVisible()
        assert dutch.entity_tabs.tabText(1) == "Eenheden"
        dutch.close()
    finally:
        for t in getattr(app, "coopviewer_translators", []):
            app.removeTranslator(t)
        app.coopviewer_translators = []
        set_language("en")
