"""Facts written once: every table keyed by a shared fact covers exactly that fact."""

from __future__ import annotations

from coopviewer.models import ENTITY_TYPES, SEARCHABLE_STATUSES


def test_every_entity_table_names_the_entity_types():
    from coopviewer.dossier.svg import TYPE_COLOURS
    from coopviewer.gui.mainwindow import ENTITY_TABS
    from coopviewer.search.query import ENTITY_FILTERS

    assert [t for t, _label in ENTITY_TABS] == list(ENTITY_TYPES)
    assert list(TYPE_COLOURS) == list(ENTITY_TYPES)
    assert {t for t in ENTITY_FILTERS.values() if t} == set(ENTITY_TYPES)


def test_the_sql_status_list_is_the_models_one():
    from coopviewer.store.schema import DDL, SEARCHABLE_SQL

    assert SEARCHABLE_SQL == "(" + ", ".join(f"'{s}'" for s in SEARCHABLE_STATUSES) + ")"
    assert f"WHERE status IN {SEARCHABLE_SQL}" in DDL


def test_export_formats_come_from_one_table():
    from coopviewer.export.formats import (
        EXPORT_FORMATS,
        SUFFIXES,
        dialog_filter,
        format_for,
        suffix_hint,
    )

    assert [f.suffixes[0] for f in EXPORT_FORMATS] == [".pdf", ".docx", ".html", ".md"]
    assert all(format_for(f"x{s.upper()}") is not None for s in SUFFIXES)
    assert format_for("x.odt") is None
    assert suffix_hint() == ".pdf, .docx, .html or .md"
    assert dialog_filter().count(";;") == len(EXPORT_FORMATS) - 1
