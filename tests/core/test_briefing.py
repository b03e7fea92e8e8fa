"""Baskets and briefing exports on the real sample corpus."""

from __future__ import annotations

import re

import pymupdf
import pytest

from coopviewer.export import build
from coopviewer.export.briefing import crop_png, crop_rect
from coopviewer.export.citation import SourceRef, citation
from coopviewer.export.formats import write_briefing
from coopviewer.page_breaks import runs_on


def test_citation_style():
    src = SourceRef("Kamerbrief Defensie", "2023-02-23", "33 279, nr. 37")
    assert citation(src, 2) == "Kamerbrief Defensie, 23 februari 2023 (Kamerstuk 33 279, nr. 37), p. 2"
    assert citation(src, 2, "en") == "Kamerbrief Defensie, 23 February 2023 (Kamerstuk 33 279, nr. 37), p. 2"
    assert citation(SourceRef("Nota", "2012", None), 5) == "Nota, 2012, p. 5"
    assert citation(src, 3, end_page=4) == "Kamerbrief Defensie, 23 februari 2023 (Kamerstuk 33 279, nr. 37), pp. 3–4"


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
    region = item.regions[0]
    with pymupdf.open(item.pdf_path) as doc:
        page = doc[region.page - 1]
        # the region holds the marked words
        words = page.get_text("words", clip=crop_rect(page, region.lines))
        assert "Brigade" in " ".join(w[4] for w in words)
    out = write_briefing(b, tmp_path / "brief.pdf")
    with pymupdf.open(out) as pdf:
        assert sum(len(p.get_images()) for p in pdf) == sum(len(i.crops()) for i in b.items) >= len(b.items)


def _inside(box, clip) -> bool:
    return clip.x0 <= box[0] and clip.y0 <= box[1] and box[2] <= clip.x1 and box[3] <= clip.y1


def test_every_line_of_a_quoted_passage_lies_inside_its_crop(shared_sample_library):
    """The crop holds the whole passage, not a band around its marked words: checked
    against the passage's own word boxes, for every quote of an entity's briefing."""
    lib = shared_sample_library
    b = build.from_entity(lib, "Duitsland", crops=True)
    hits = {h.passage_id: h for h in lib.search("", entity="Duitsland", limit=500).hits}
    multi_line_with_mark_inside = 0
    for h in hits.values():
        p = lib.passage(h.passage_id)
        item = next(i for i in b.items if any(r.page == p.page and r.lines == p.rects(0, len(p.text)) for r in i.regions))
        region = next(r for r in item.regions if r.page == p.page and r.lines == p.rects(0, len(p.text)))
        with pymupdf.open(item.pdf_path) as doc:
            clip = crop_rect(doc[p.page - 1], region.lines)
        outside = [p.text[s:e] for s, e, *box in p.boxes if not _inside(box, clip)]
        assert outside == [], f"passage {p.id} p. {p.page}: words outside the crop"
        lines = {round(r[1]) for r in region.lines}
        if len(lines) >= 3 and min(r[1] for r in region.marks) > min(lines) + 1:
            multi_line_with_mark_inside += 1  # the case that used to lose its first and last lines
    assert multi_line_with_mark_inside >= 3


def test_a_crop_draws_the_highlight_on_the_marked_words(shared_sample_library):
    lib = shared_sample_library
    item = build.from_entity(lib, "13 Lichte Brigade", crops=True).items[0]
    region = item.regions[0]
    with_marks = pymupdf.Pixmap(crop_png(item.pdf_path, region.page, region.lines, region.marks))
    plain = pymupdf.Pixmap(crop_png(item.pdf_path, region.page, region.lines))
    assert (with_marks.width, with_marks.height) == (plain.width, plain.height)
    assert with_marks.samples != plain.samples
    # the pixel at the middle of a mark is yellowish there and not in the plain crop
    with pymupdf.open(item.pdf_path) as doc:
        clip = crop_rect(doc[region.page - 1], region.lines)
    x0, y0, x1, y1 = region.marks[0]
    scale = with_marks.width / clip.width
    px, py = int(((x0 + x1) / 2 - clip.x0) * scale), int((y0 + 1 - clip.y0) * scale)
    r, g, bl = with_marks.pixel(px, py)[:3]
    assert r > 200 and g > 150 and bl < 190, (r, g, bl)
    assert plain.pixel(px, py)[:3] != (r, g, bl)


def test_a_passage_across_a_page_break_is_one_quote_cited_pp(shared_sample_library):
    lib = shared_sample_library
    b = build.from_entity(lib, "Duitsland", crops=True)
    runs = [i for i in b.items if i.end_page]
    assert runs, "the sample has passages of Duitsland that run over a page break"
    for item in runs:
        assert item.citation("nl").endswith(f"pp. {item.page}–{item.end_page}")
        assert [r.page for r in item.regions] == list(range(item.page, item.end_page + 1))
        assert len(item.crops()) == len(item.regions)
        # the second half is not quoted again on its own
        tail = item.text[-40:]
        assert sum(tail in other.text for other in b.items) == 1
    # the annex's "met Frankrijk en" / "Duitsland in gesprek" is one sentence, one quote
    assert any("Frankrijk en Duitsland in gesprek" in i.text for i in runs)


def test_both_halves_in_a_basket_make_one_quote(sample_library):
    lib = sample_library
    hit = next(h for h in lib.search('"Frankrijk en"', limit=50).hits if "Luxemburg" in h.text)
    first = lib.passage(hit.passage_id)
    second = build.whole_passage(lib, first)[-1]
    assert second.page == first.page + 1
    lib.basket_add_passage("B", first.id, hit.spans)
    lib.basket_add_passage("B", second.id, [])
    b = build.from_basket(lib, "B")
    assert len(b.items) == 1
    assert b.items[0].text.startswith(first.text) and b.items[0].text.endswith(second.text)
    assert b.items[0].citation("en").endswith(f"pp. {first.page}–{second.page}")


def test_runs_on_tells_a_sentence_cut_by_the_page_from_a_finished_one():
    assert runs_on("zijn met Frankrijk en", "Duitsland in gesprek")
    assert runs_on("zullen procedures,", "Oefeningen")
    assert runs_on("de samenwerking op het gebied", "van logistiek")
    assert not runs_on("is besloten.", "van logistiek")
    assert not runs_on("Raadpleegbaar via www.tweedekamer.nl", "Frankrijk")
    assert runs_on("de integratie van de 13e Lichte", "Brigade in de Duitse divisie")  # a name runs on


def test_docx_marks_the_terms_numbers_pages_and_holds_the_crops(basket, tmp_path):
    from docx import Document

    lib, hits = basket
    b = build.from_basket(lib, "Duitsland-briefing", crops=True)
    doc = Document(str(write_briefing(b, tmp_path / "brief.docx")))
    bold = {r.text for p in doc.paragraphs for r in p.runs if r.bold}
    assert "Lichte Brigade" in bold  # the search terms are marked
    # one crop per page of each item (a passage over a page break has two)
    assert len(doc.inline_shapes) == sum(len(item.crops()) for item in b.items) >= len(b.items)
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


def test_no_crop_is_shrunk_to_fit_the_foot_of_a_pdf_page(shared_sample_library, tmp_path):
    """PyMuPDF's Story squeezes an image into what is left of a page; the writer moves
    such a crop to the next page instead, so every crop keeps its width."""
    from coopviewer.export.briefing import CROP_WIDTH_PX

    b = build.from_entity(shared_sample_library, "Duitsland", crops=True)
    out = write_briefing(b, tmp_path / "d.pdf")
    with pymupdf.open(out) as pdf:
        boxes = [pymupdf.Rect(i["bbox"]) for page in pdf for i in page.get_image_info()]
        foot = pdf[0].rect.height - 64
    assert len(boxes) == sum(len(i.crops()) for i in b.items)
    assert all(abs(r.width - CROP_WIDTH_PX) < 1 and r.y1 <= foot + 1 for r in boxes)
