"""A name split over a page break is one mention, highlighted on both pages, and a phrase
over the break finds it; a sentence that ends at the page foot is not joined."""

from __future__ import annotations

import json
import subprocess
import sys

import pymupdf
import pytest

from coopviewer.geometry import overlaps
from coopviewer.library import Library
from coopviewer.page_breaks import body, page_runs, runs_on

FOOTER = "Tweede Kamer, vergaderjaar 2020-2021, 33 279, nr. 30"
PAGES = [
    ["Nederland en Duitsland werken al jaren nauw samen op het gebied van de landmacht.",
     "Daarbij hoort ook de integratie van de 13e Lichte"],
    ["Brigade in de Duitse divisie, die volgens plan verloopt.",
     "De gezamenlijke oefening met Frankrijk heet Lichte."],
    ["Brigade en divisie oefenen samen in Duitsland."],
]


def _split_pdf(path) -> list[dict[str, pymupdf.Rect]]:
    """Three pages with a running footer and a page number at the foot; the boxes of the words
    the tests look for, per page."""
    doc = pymupdf.open()
    for n, lines in enumerate(PAGES, 1):
        page = doc.new_page(width=595, height=842)
        for i, line in enumerate(lines):
            page.insert_text((72, 100 + 14 * i), line, fontsize=11)
        page.insert_text((72, 790), FOOTER, fontsize=8)
        page.insert_text((290, 815), str(n), fontsize=8)
    doc.save(path)
    return [{w[4]: pymupdf.Rect(w[:4]) for w in page.get_text("words")} for page in pymupdf.open(path)]


@pytest.fixture(scope="module")
def split_library(tmp_path_factory):
    root = tmp_path_factory.mktemp("pagebreak")
    words = _split_pdf(root / "split.pdf")
    with Library(root / "lib") as lib:
        lib.ingest([str(root / "split.pdf")])
    return root, words


def _on(rect, word: pymupdf.Rect) -> bool:
    """A highlight lies on the word: inside its box, give or take a point, and covering it."""
    return overlaps(rect, tuple(word)) and abs(rect[0] - word.x0) < 1 and abs(rect[2] - word.x1) < 1


def test_a_unit_split_over_the_page_break_is_one_mention_on_both_pages(split_library):
    root, words = split_library
    with Library(root / "lib", readonly=True) as lib:
        unit = lib.find_entity("13 Lichte Brigade")
        assert unit.mentions == 1
        parts = lib.mentions(str(unit.id))
        assert [m.page for m in parts] == [1, 2]
        assert parts[1].part_of == parts[0].id and parts[0].part_of is None
        assert {m.surface for m in parts} == {"13e Lichte Brigade"}
        first, second = parts[0].rects, parts[1].rects
        assert len(first) == 1 and _on(first[0], words[0]["13e"] | words[0]["Lichte"])  # "13e Lichte", one line
        assert len(second) == 1 and _on(second[0], words[1]["Brigade"])
        # the viewer asks per page: each page shows its part
        assert [m.entity_id for m in lib.page_mentions(parts[1].doc_id, 2) if m.entity_id == unit.id] == [unit.id]


def test_the_phrase_over_the_page_break_is_found_and_marked_on_both_pages(split_library):
    root, words = split_library
    with Library(root / "lib", readonly=True) as lib:
        hits = lib.search('"Lichte Brigade"').hits
        assert len(hits) == 1 and hits[0].page == 1
        hit = hits[0]
        assert [hit.text[s:e] for s, e in hit.spans] == ["Lichte"]
        assert len(hit.rects) == 1 and _on(hit.rects[0], words[0]["Lichte"])
        assert len(hit.next_page_rects) == 1 and _on(hit.next_page_rects[0], words[1]["Brigade"])
        # a word alone is looked up in one passage: the next page's "Brigade" does not find page 1
        assert sorted(h.page for h in lib.search("Brigade").hits) == [2, 3]


def test_a_sentence_that_ends_at_the_page_foot_is_not_joined(split_library):
    root, _words = split_library
    with Library(root / "lib", readonly=True) as lib:
        assert lib.search('"heet Lichte Brigade"').hits == []
        assert [h.page for h in lib.search('"Lichte Brigade"').hits] == [1]
        assert [m.page for e in lib.entities() for m in lib.mentions(str(e.id)) if m.part_of] == [2]
        last_of_page_2 = lib.page_passages(lib.documents()[0].id, 2)[0].text
    assert last_of_page_2.endswith("heet Lichte.")
    assert not runs_on(last_of_page_2, PAGES[2][0])
    # the same break without the full stop would be joined: the full stop keeps them apart
    assert runs_on(last_of_page_2.rstrip("."), PAGES[2][0])


def test_page_numbers_running_footers_and_footnotes_sit_outside_the_body():
    page = ["Tekst die doorloopt naar de", "1 Kamerstuk 33 279, nr. 2", FOOTER, "3"]
    nxt = ["volgende pagina.", FOOTER.replace("30", "31"), "4"]
    assert body(page, nxt) == [0]
    assert page_runs([(3, t) for t in page] + [(4, t) for t in nxt]) == [(0, 4)]
    assert page_runs([(3, t) for t in page] + [(5, t) for t in nxt]) == []  # not the next page


def test_mentions_json_keeps_its_shape(split_library):
    root, _words = split_library
    out = subprocess.run([sys.executable, "-m", "coopviewer", "--library", str(root / "lib"), "mentions",
                          "13 Lichte Brigade", "--json"], capture_output=True, text=True, check=True)
    rows = json.loads(out.stdout)
    rows = rows["mentions"] if isinstance(rows, dict) else rows
    assert [r["page"] for r in rows] == [1, 2]
    assert all(set(r) == {"doc_id", "path", "page", "passage_id", "surface", "rects"} for r in rows)
