"""Corrections and analyst data: validated on import, reversible, and never half applied."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from coopviewer.library import Library, LibraryError
from coopviewer.store.analyst import AnalystDataError
from tests.conftest import ROOT
from tests.core.kill_points import KILLED

UNIT = "unit:13-lichte-brigade"
ALIAS = "Oirschot"  # the brigade's home town: in the sample text, not yet one of its names
SHA = "ab" * 32


def analyst_file(tmp_path, corrections=(), baskets=(), **top) -> str:
    data = {"format": "coopviewer-analyst-data", "version": 1, "corrections": list(corrections),
            "baskets": list(baskets), **top}
    path = tmp_path / "werk.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def item(**fields) -> dict:
    return {"doc_sha256": SHA, "page": 1, "text": "tekst", "rects": [[1, 2, 3, 4]], "marks": [[0, 5]], **fields}


def raw_item(fields: str) -> str:
    """A file whose one basket item has these fields, as JSON text (for values json.dumps never writes)."""
    return ('{"format": "coopviewer-analyst-data", "version": 1, "baskets": [{"name": "b", "items": '
            '[{"doc_sha256": "' + SHA + '", ' + fields + '}]}]}')


GOOD_CORRECTION = {"op": "alias", "entity": UNIT, "value": "13 LtBrig"}
GOOD_BASKET = {"name": "goed", "items": [item()]}

# Each class of bad record, as the file's text (some are not expressible as Python JSON), and
# what the refusal names.
BAD_FILES = {
    "rename to null": ({"corrections": [GOOD_CORRECTION, {"op": "rename", "entity": UNIT, "value": None}]},
                       "correction 2: 'value'"),
    "alias to empty": ({"corrections": [{"op": "alias", "entity": UNIT, "value": "  "}]}, "correction 1: 'value'"),
    "unknown op": ({"corrections": [{"op": "drop table", "entity": UNIT}]}, "correction 1: 'op'"),
    "entity a number": ({"corrections": [{"op": "hide", "entity": 7}]}, "correction 1: 'entity'"),
    "hide with a value": ({"corrections": [{"op": "hide", "entity": UNIT, "value": "x"}]}, "correction 1: 'hide' takes no"),
    "version as text": ({"version": "2"}, "'version' must be a whole number"),
    "version true": ({"version": True}, "'version' must be a whole number"),
    "newer version": ({"version": 99}, "newer coopviewer"),
    "page 1e30": ({"baskets": [GOOD_BASKET, {"name": "b", "items": [item(), item(page=1e30)]}]},
                  "basket 2 ('b'), item 2: 'page'"),
    "page zero": ({"baskets": [{"name": "b", "items": [item(page=0)]}]}, "item 1: 'page'"),
    "page as text": ({"baskets": [{"name": "b", "items": [item(page="1")]}]}, "item 1: 'page'"),
    "rects a string": ({"baskets": [{"name": "b", "items": [item(rects="[[1,2,3,4]]")]}]}, "'rects' must be a list"),
    "rect of 3 numbers": ({"baskets": [{"name": "b", "items": [item(rects=[[1, 2, 3]])]}]}, "rect 1"),
    "huge coordinate": ({"baskets": [{"name": "b", "items": [item(rects=[[1, 2, 3, 10**400]])]}]}, "rect 1"),
    "mark past the text": ({"baskets": [{"name": "b", "items": [item(marks=[[0, 99]])]}]}, "mark 1"),
    "note a list": ({"baskets": [{"name": "b", "items": [item(note=["x"])]}]}, "'note'"),
    "bad sha": ({"baskets": [{"name": "b", "items": [item(doc_sha256="../../x")]}]}, "'doc_sha256'"),
    "basket name null": ({"baskets": [{"name": None, "items": []}]}, "basket 1: 'name'"),
    "items an object": ({"baskets": [{"name": "b", "items": {"a": 1}}]}, "'items' must be a list"),
    "corrections an object": ({"corrections": {"op": "hide"}}, "'corrections' must be a list"),
    "record a number": ({"corrections": [3]}, "correction 1: must be an object"),
    "lone surrogate": (raw_item('"page": 1, "text": "a\\udcff"'), "item 1: 'text'"),
    "Infinity": (raw_item('"page": 1, "text": "t", "rects": [[1, 2, 3, Infinity]]'), "Infinity"),
    "NaN page": (raw_item('"page": NaN, "text": "t"'), "NaN"),
    "100k-deep nesting": ('{"format": "coopviewer-analyst-data", "version": 1, "corrections": '
                          + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
    "5000-digit number": ('{"format": "coopviewer-analyst-data", "version": %s}' % ("9" * 5000), "not JSON"),
    "not an object": ("[1, 2]", "not a coopviewer analyst-data file"),
    "not UTF-8": (b"\xff\xfe{}", "not UTF-8"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_import_refuses_a_bad_record_by_number_and_imports_nothing(sample_library, tmp_path, case):
    lib = sample_library
    content, reason = BAD_FILES[case]
    path = tmp_path / "werk.json"
    if isinstance(content, dict):
        data = {"format": "coopviewer-analyst-data", "version": 1, "corrections": [GOOD_CORRECTION],
                "baskets": [GOOD_BASKET], **content}
        path.write_text(json.dumps(data), encoding="utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(AnalystDataError) as refused:
        lib.import_analyst_data(str(path))
    message = str(refused.value)
    assert reason in message and str(path) in message and "\n" not in message
    assert lib.corrections_list() == [] and lib.basket_names() == []  # nothing half imported


def test_import_refuses_a_fifo_instead_of_waiting(sample_library, tmp_path):
    fifo = tmp_path / "werk.json"
    os.mkfifo(fifo)
    with pytest.raises(AnalystDataError, match="not a regular file"):
        sample_library.import_analyst_data(str(fifo))


def test_a_valid_file_still_imports(sample_library, tmp_path):
    added = sample_library.import_analyst_data(analyst_file(tmp_path, [GOOD_CORRECTION], [GOOD_BASKET]))
    assert added == {"corrections": 1, "baskets": 1, "items": 1}
    assert "13 LtBrig" in sample_library.find_entity("13 Lichte Brigade").aliases


def test_a_damaged_correction_already_stored_breaks_nothing_and_can_be_deleted(sample_library, tmp_path):
    """A library that took `{"op": "rename", "value": null}` before import checked records."""
    lib = sample_library
    with lib.store.conn:
        lib.store.conn.execute("INSERT INTO corrections (op, entity_key, value, created) VALUES ('rename', ?, NULL, '')", (UNIT,))
    bad_id = lib.corrections_list()[-1]["id"]
    lib.add_alias("13 Lichte Brigade", ALIAS)  # re-extraction used to fail on the NULL name
    assert lib.find_entity(ALIAS).key == UNIT
    new = tmp_path / "nieuw.txt"
    new.write_text("De 13 Lichte Brigade oefent bij Oirschot met Duitse eenheden.", encoding="utf-8")
    report = lib.ingest([str(new)])  # ingest used to abort on the NULL name of an entity it names
    assert not report.failed and len(report.added) == 1
    removed = lib.delete_correction(bad_id)
    assert removed["op"] == "rename" and removed["value"] is None
    assert [c["op"] for c in lib.corrections_list()] == ["alias"]


def test_undo_and_delete_take_a_correction_back(sample_library):
    lib = sample_library
    lib.add_alias("13 Lichte Brigade", ALIAS)
    lib.rename("13 Lichte Brigade", "Dertiende Brigade")
    lib.hide("Duitsland")
    assert lib.find_entity(ALIAS).name == "Dertiende Brigade"
    assert lib.undo_correction()["op"] == "hide"
    assert not lib.find_entity("Duitsland").hidden
    rename_id = next(c["id"] for c in lib.corrections_list() if c["op"] == "rename")
    lib.delete_correction(rename_id)
    assert lib.find_entity(UNIT).name == "13 Lichte Brigade"
    assert lib.find_entity(ALIAS).key == UNIT  # the alias stays
    lib.undo_correction()
    with pytest.raises(LibraryError, match="no entity named"):
        lib.find_entity(ALIAS)
    with pytest.raises(LibraryError, match="no corrections to undo"):
        lib.undo_correction()
    with pytest.raises(LibraryError, match="no correction 12345"):
        lib.delete_correction(12345)


# --- kill points: a correction is applied whole on the next open ----------------------

def alias_applied(lib: Library) -> bool:
    """The alias is a name of the brigade, its mentions are stored, and the index agrees."""
    try:
        unit = lib.find_entity(ALIAS)
    except LibraryError:
        return False
    assert unit.key == UNIT
    in_sqlite = {pid for (pid,) in lib.store.conn.execute(
        "SELECT DISTINCT passage_id FROM mentions WHERE entity_id = ? AND surface = ?", (unit.id, ALIAS))}
    found = {h.passage_id for h in lib.search(ALIAS, entity=str(unit.id), limit=None).hits}
    assert in_sqlite and found == in_sqlite, (found, in_sqlite)  # the index carries the new entity ids
    return True


def run_to_kill_point(library, point: str, action: str, *args: str) -> None:
    result = subprocess.run([sys.executable, "-m", "tests.core.kill_points", str(library), point, action, *args],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == KILLED, f"the kill point {point} was not reached: {result.stderr[-800:]}"


def copy_library(sample_library_dir, tmp_path):
    copy = tmp_path / "lib"
    shutil.copytree(sample_library_dir, copy, ignore=shutil.ignore_patterns("write.lock"))
    return copy


@pytest.mark.parametrize("point", ["before-reextract", "midway-reextract", "before-reindex", "midway-reindex"])
def test_alias_killed_midway_is_applied_on_the_next_open(sample_library_dir, tmp_path, point):
    library = copy_library(sample_library_dir, tmp_path)
    run_to_kill_point(library, point, "add_alias", "13 Lichte Brigade", ALIAS)
    with Library(library) as lib:
        assert [(c["op"], c["value"]) for c in lib.corrections_list()] == [("alias", ALIAS)]
        assert alias_applied(lib)


@pytest.mark.parametrize("point", ["before-reextract", "before-reindex"])
def test_import_killed_midway_is_applied_on_the_next_open(sample_library_dir, tmp_path, point):
    library = copy_library(sample_library_dir, tmp_path)
    data = analyst_file(tmp_path, [{"op": "alias", "entity": UNIT, "value": ALIAS}])
    run_to_kill_point(library, point, "import_analyst_data", data)
    with Library(library) as lib:
        assert alias_applied(lib)


def test_undo_killed_midway_is_applied_on_the_next_open(sample_library_dir, tmp_path):
    library = copy_library(sample_library_dir, tmp_path)
    with Library(library) as lib:
        lib.add_alias("13 Lichte Brigade", ALIAS)
        assert alias_applied(lib)
    run_to_kill_point(library, "before-reextract", "undo_correction")
    with Library(library) as lib:
        assert lib.corrections_list() == []
        assert not alias_applied(lib)


@pytest.mark.parametrize("action, args", [("rename", ("13 Lichte Brigade", "Dertiende Brigade")),
                                          ("hide", ("13 Lichte Brigade",))])
def test_rename_or_hide_killed_inside_its_update_is_applied_on_the_next_open(sample_library_dir, tmp_path, action, args):
    library = copy_library(sample_library_dir, tmp_path)
    run_to_kill_point(library, "inside-update", action, *args)
    with Library(library) as lib:
        unit = lib.find_entity(UNIT)
        assert unit.name == "Dertiende Brigade" if action == "rename" else unit.hidden



def test_the_library_stores_only_corrections_its_import_accepts(sample_library, tmp_path):
    """What one library exports, another imports: the same check guards both doors."""
    lib = sample_library
    for bad in ("a\x1eb", "x" * 1001):
        with pytest.raises(LibraryError, match="'value' must be"):
            lib.add_alias("13 Lichte Brigade", bad)
    lib.add_alias("13 Lichte Brigade", ALIAS)
    lib.hide("Duitsland")
    out = tmp_path / "uit.json"
    lib.export_analyst_data(str(out))
    with Library(tmp_path / "other") as other:
        assert other.import_analyst_data(str(out))["corrections"] == 2
