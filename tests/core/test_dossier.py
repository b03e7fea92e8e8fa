"""Dossier events, related entities and the co-mention network on the sample corpus."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coopviewer.dossier.build import build_dossier, build_network, layout, passages_naming_both
from coopviewer.dossier.dates import find_dates
from coopviewer.dossier.events import find_events
from coopviewer.dossier.svg import network_svg, timeline_svg
from tests.conftest import DOC_000


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("op 4 februari 2016 een Technical Arrangement getekend", "2016-02-04", "day"),
        ("in februari 2016 getekend", "2016-02", "month"),
        ("In 2013 hebben de ministers getekend", "2013", "year"),
        ("medio 2019 besloten", "2019", "year"),
        ("eind 2020 besloten", "2020", "year"),
        ("dd. 2 nov. 2022", "2022-11-02", "day"),
    ],
)
def test_dutch_dates_keep_their_precision(text, date, precision):
    found = find_dates(text)
    assert found[0].date == date and found[0].precision == precision


def test_year_range_and_cited_dates():
    span = find_dates("in de periode 2022–2024")[0]
    assert (span.date, span.end_date) == ("2022", "2024")
    cited = find_dates("(Kamerstuk 36 124, nr. 23, d.d. 22 december 2022)")[0]
    assert cited.cited
    assert find_dates("motie (Kamerstuk 36 124, nr. 23, dd. 1 juni 2022)")[0].cited


def test_footnote_date_is_not_an_event():
    text = "Het kabinet heeft dit besloten (Kamerstuk 36 124, nr. 23, dd. 1 juni 2022)."
    assert find_events(text) == []


def doc_events(dossier, stem, lib):
    doc = next(d for d in lib.documents() if Path(d.path).stem == stem)
    return [e for e in dossier.events if e.doc_id == doc.id and e.kind != "document"]


def test_duitsland_events_have_their_evidence(shared_sample_library):
    lib = shared_sample_library
    dossier = build_dossier(lib, "Duitsland")
    events = doc_events(dossier, DOC_000, lib)
    by_date = {e.date: e for e in events}
    assert by_date["2006"].kind == "agreement" and by_date["2006"].precision == "year"
    assert "Trb. 2007, nr. 166" in lib.passage(by_date["2006"].passage_id).text
    assert by_date["2013"].kind == "agreement"
    assert by_date["2016-02-04"].kind == "agreement" and by_date["2016-02-04"].page == 3
    assert by_date["2022-11-28"].kind == "agreement" and by_date["2022-11-28"].page == 3
    assert by_date["2006"].page == 1
    for e in events:
        assert e.rects, "every mark leads to words on its page"
    dated_docs = [d for d in dossier.documents if d["date"]]
    assert dated_docs, "documents carry their own dates"
    assert "2022-12-22" not in by_date, "a cited paper's date is not an event"


def test_13_lichte_brigade_related_and_network_edge(shared_sample_library):
    lib = shared_sample_library
    dossier = build_dossier(lib, "13 Lichte Brigade")
    related = {r["name"] for r in dossier.related}
    assert "10. Panzerdivision" in related or "10e Pantserdivisie" in related
    assert "Duitsland" in related
    net = build_network(lib, ("country", "unit"))
    ids = {n["name"]: n["id"] for n in net.nodes}
    a, b = sorted([ids["Duitsland"], ids["13 Lichte Brigade"]])
    edge = next(e for e in net.edges if (e["a"], e["b"]) == (a, b))
    assert edge["passages"] == passages_naming_both(lib, a, b)
    for pid in edge["passages"]:
        names = {m.entity_id for m in lib.page_mentions(lib.passage(pid).doc_id, lib.passage(pid).page) if m.passage_id == pid}
        assert {a, b} <= names


def test_layout_is_deterministic_and_svgs_are_valid(shared_sample_library):
    lib = shared_sample_library
    net = build_network(lib, ("country", "unit"), 2)
    assert layout(net) == layout(net)
    assert network_svg(net) == network_svg(net)
    ET.fromstring(network_svg(net))
    dossier = build_dossier(lib, "Duitsland")
    svg = ET.fromstring(timeline_svg(dossier))
    marks = [g for g in svg.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "mark"]
    assert len(marks) == len(dossier.events)
    year_only = [g for g in marks if g.get("data-precision") == "year"]
    assert all(g.find("{http://www.w3.org/2000/svg}rect") is not None for g in year_only), "a year is a span"
