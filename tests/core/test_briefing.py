"""Baskets and briefing exports on the real sample corpus."""

from __future__ import annotations

import re

import pymupdf
import pytest

from coopviewer.export import build
from coopviewer.export.briefing import crop_png, crop_rect
from coopviewer.export.citation import SourceRef, citation
from coopviewer.export.formats import write_briefing


def test_citation_style():
    src = SourceRef("Kamerbrief Defensie", "2023-02-23", "33 279, nr. 37")
    assert citation(src, 2) == "Kamerbrief Defensie, 23 februari 2023 (Kamerstuk 33 279, nr. 37), p. 2"
    assert citation(src, 2, "en") == "Kamerbrief Defensie, 23 February 2023 (Kamerstuk 33 279, nr. 37), p. 2"
    assert citation(SourceRef("Nota", "2012", None), 5) == "Nota, 2012, p. 5"


@pytest.fixture()
def basket(sample_library):
    lib = sample_library
    hits = lib.search('"Lichte Brigade"', limit=3).hits
    assert len(hits) == 3
    ids = [lib.basket_add_passage("Duitsland-briefing", h.passage_id, h.spans, note=f"noot {n}") for n, h in enumerate(hits)]
    # the analyst puts the last one first
    lib.basket_reorder("Duitsland-briefing", [ids[2], ids[0], ids[1]])
    return lib, [hits[2], hits[0], hits[1]]


def docx_text(path) -> str:
    """The text of a .docx, paragraphs and footer, read with python-docx."""
    from docx import Document

    doc = Document(str(path))
    return "\n".join(p.text for p in doc.paragraphs)


@pytest.mark.parametrize("suffix", [".md", ".html", ".pdf", ".docx"])
def test_export_keeps_text_citation_notes_and_order(basket, tmp_path, suffix):
    lib, hits = basket
    briefing = build.from_basket(lib, "Duitsland-briefing", title="Lichte Brigade", author="Analist")
    out = write_briefing(briefing, tmp_path / f"brief{suffix}")
    if suffix == ".pdf":
        with pymupdf.open(out) as pdf:
            text = " ".join(page.get_text() for page in pdf)
    elif suffix == ".docx":
        text = docx_text(out)
    else:
        text = out.read_text(encoding="utf-8")
    flat = re.sub(r"\s+", " ", re.sub(r"<[^>]+>|\*\*", "", text))
    positions = []
    for h in hits:
        cite = lib.citation(h.passage_id)
        assert f"p. {h.page}" in cite
        assert cite.replace("&", "&amp;") in flat or cite in flat, cite
        words = h.text.split()[:8]
        assert " ".join(words) in flat
        positions.append(flat.index(" ".join(words)))
    assert positions == sorted(positions), "the basket's order is kept"
    for note in ("noot 2", "noot 0", "noot 1"):
        assert note in flat


def test_pdf_crop_shows_the_right_page_region(basket, tmp_path):
    lib, hits = basket
    b = build.from_basket(lib, "Duitsland-briefing", crops=True)
    item = b.items[0]
    png = crop_png(item.pdf_path, item.page, item.rects)
    with pymupdf.open(item.pdf_path) as doc:
        page = doc[item.page - 1]
        fresh = page.get_pixmap(clip=crop_rect(page, item.rects), dpi=144)
        assert png == fresh.tobytes("png")
        # the region holds the marked words
        words = page.get_text("words", clip=crop_rect(page, item.rects))
        assert "Brigade" in " ".join(w[4] for w in words)
    out = write_briefing(b, tmp_path / "brief.pdf")
    with pymupdf.open(out) as pdf:
        assert sum(len(p.get_images()) for p in pdf) == len(b.items)


def test_docx_marks_the_terms_numbers_pages_and_holds_the_crops(basket, tmp_path):
    from docx import Document

    lib, hits = basket
    b = build.from_basket(lib, "Duitsland-briefing", crops=True)
    doc = Document(str(write_briefing(b, tmp_path / "brief.docx")))
    bold = {r.text for p in doc.paragraphs for r in p.runs if r.bold}
    assert "Lichte Brigade" in bold  # the search terms are marked
    assert len(doc.inline_shapes) == len(b.items)  # one crop per item
    footer = doc.sections[0].footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "fldChar" in footer  # Word numbers the pages


def test_unknown_export_format_names_the_file(basket, tmp_path):
    from coopviewer.export.briefing import ExportError

    lib, _ = basket
    with pytest.raises(ExportError, match=r"brief\.odt: unknown format"):
        write_briefing(build.from_basket(lib, "Duitsland-briefing"), tmp_path / "brief.odt")


def test_removal_can_be_undone_and_baskets_survive_reindex(basket):
    lib, _ = basket
    items = lib.basket("Duitsland-briefing").items
    lib.basket_remove(items[0].id)
    assert len(lib.basket("Duitsland-briefing").items) == 2
    lib.basket_restore(items[0].id)
    lib.reindex()
    after = lib.basket("Duitsland-briefing").items
    assert [i.id for i in after] == [i.id for i in items]
    assert [i.note for i in after] == [i.note for i in items]


def test_cli_brief_query_writes_markdown(sample_library_dir, tmp_path):
    from tests.test_cli import run

    out = tmp_path / "b.md"
    r = run("brief", "--query", '"Lichte Brigade"', "--out", str(out), lib=sample_library_dir)
    assert r.returncode == 0, r.stderr
    assert "Lichte Brigade" in out.read_text(encoding="utf-8")
    r = run("brief", "--query", "x", "--out", str(tmp_path / "b.odt"), lib=sample_library_dir)
    assert r.returncode == 2 and "b.odt" in r.stderr and "Traceback" not in r.stderr


def test_a_viewer_selection_becomes_a_cited_basket_item(sample_library):
    lib = sample_library
    hit = lib.search('"13 Lichte Brigade"', limit=1).hits[0]
    passage = lib.passage(hit.passage_id).text
    # the analyst drags a rectangle inside the last highlighted line
    x0, y0, x1, y1 = hit.rects[-1]
    ids = lib.basket_add_selection("Selectie", hit.doc_id, hit.page, (x0 + 1, y0 + 1, x1 - 1, y1 - 1))
    assert len(ids) == 1
    item = lib.basket("Selectie").items[0]
    assert "Brigade" in item.text and item.text in passage and len(item.text) < len(passage)
    assert item.page == hit.page and item.rects
    assert lib.basket_add_selection("Selectie", hit.doc_id, hit.page, (0, 0, 1, 1)) == []


def test_basket_regroups_by_partner_unit_and_document(sample_library):
    lib = sample_library
    for h in lib.search("", entity="Duitsland", limit=6).hits:
        lib.basket_add_passage("B", h.passage_id, h.spans)
    assert lib.basket_regroup("B", "partner") > 0
    assert {it.group for it in lib.basket("B").items} >= {"Duitsland"}
    lib.basket_regroup("B", "document")
    titles = {d.title for d in lib.documents()}
    assert {it.group for it in lib.basket("B").items} <= titles
    lib.basket_regroup("B", "unit")
    assert all(it.group == "—" or lib.find_entity(it.group).type == "unit" for it in lib.basket("B").items)
    with pytest.raises(Exception, match="cannot group by"):
        lib.basket_regroup("B", "colour")
