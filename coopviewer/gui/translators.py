"""Qt's side of the two languages: the app's catalogue and Qt's own, and the default locale.

A module of its own because both the start-up (app.py) and View → Language
(mainwindow.py) install them, and the window must not import the app that starts it.
"""

from __future__ import annotations


def install_translators(app, language: str) -> list:
    """The app's catalogue and Qt's own (qtbase_nl) for `language`; returns them installed."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from coopviewer.i18n import translations_dir

    installed = []
    for name, folder in (("coopviewer_" + language, str(translations_dir())),
                         ("qtbase_" + language, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        t = QTranslator(app)
        if t.load(name, folder):
            app.installTranslator(t)
            installed.append(t)
    if language == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return installed
