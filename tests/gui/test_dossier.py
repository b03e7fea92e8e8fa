"""The dossier window: marks lead to their evidence, edges to the passages naming both."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tests.gui.conftest import settle


def open_dossier(qtbot, window, type_, name):
    index = window.entity_models[type_].find(name)
    window.open_dossier(index.data(0x0100 + 1))
    settle(qtbot, window)
    qtbot.waitUntil(lambda: getattr(window, "dossier_dialog", None) is not None, timeout=10000)
    return window.dossier_dialog


def test_timeline_mark_opens_its_evidence_highlighted(qtbot, window):
    dialog = open_dossier(qtbot, window, "country", "Duitsland")
    agreement = next(e for item, e in dialog.marks if e.kind == "agreement" and e.date == "2016-02-04")
    dialog.open_event(agreement)
    view = window.active_pane.view
    assert view.doc_id() == agreement.doc_id and view.current_page() == agreement.page
    drawn = [r for r, current in view.overlay_rects(agreement.page) if current]
    assert drawn and all(list(r) in agreement.rects for r in drawn)
    year_marks = [item for item, e in dialog.marks if e.precision == "year"]
    assert year_marks and all(item.rect().width() > 20 for item in year_marks), "a year is drawn as a span"


def test_network_edge_lists_the_passages_naming_both(qtbot, window, tmp_path):
    dialog = open_dossier(qtbot, window, "unit", "13 Lichte Brigade")
    dialog.min_weight.setValue(1)
    names = {n["id"]: n["name"] for n in dialog.network.nodes}
    edge = next(e for e in dialog.network.edges if {names[e["a"]], names[e["b"]]} == {"Duitsland", "13 Lichte Brigade"})
    dialog.show_both(edge["a"], edge["b"])
    settle(qtbot, window)
    assert sorted(h.passage_id for h in window.results) == sorted(edge["passages"])
    svg = dialog.export("timeline", str(tmp_path / "t.svg"))
    marks = [g for g in ET.parse(svg).getroot().iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "mark"]
    assert len(marks) == len(dialog.dossier.events)
    assert dialog.export("network", str(tmp_path / "n.png"))
