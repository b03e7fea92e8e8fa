"""Ingest of the real sample corpus and of every kind of bad file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from coopviewer.library import Library
from tests.conftest import DOC_000, DOC_001, SAMPLE_DIR, sample_pdfs
from tests.core import badfiles


def doc_by_stem(lib: Library, stem: str):
    return next(d for d in lib.documents() if Path(d.path).stem == stem)


def test_sample_page_counts_match_the_pdfs(shared_sample_library):
    docs = shared_sample_library.documents()
    assert len(docs) == 5
    for d in docs:
        with pymupdf.open(d.path) as pdf:
            assert d.pages == pdf.page_count
        assert d.status == "ok"
    assert doc_by_stem(shared_sample_library, DOC_000).pages == 5


def test_sample_metadata_is_detected(shared_sample_library):
    d0 = doc_by_stem(shared_sample_library, DOC_000)
    d1 = doc_by_stem(shared_sample_library, DOC_001)
    assert d0.date == "2023-02-23"
    assert d1.date == "2019-06-19"
    assert d1.number == "33 279, nr. 29"
    assert d0.kind == "letter"
    assert d0.title and not d0.title.startswith("000_")


def test_every_passage_has_word_boxes(shared_sample_library):
    rows = shared_sample_library.store.conn.execute("SELECT text, length(boxes) FROM passages").fetchall()
    assert rows
    for text, nbytes in rows:
        assert nbytes >= 24, text  # at least one (start, end, x0, y0, x1, y1) float32 record


def test_hyphenation_undone_in_page_text_but_real_hyphens_kept(shared_sample_library):
    d0 = doc_by_stem(shared_sample_library, DOC_000)
    text = " ".join(
        r[0] for r in shared_sample_library.store.conn.execute("SELECT text FROM pages WHERE doc_id = ?", (d0.id,))
    )
    assert "aangekondigd" in text and "aange-" not in text
    assert "geïntegreerde samenwerking" in text
    assert "414 Tankbataljon" in text
    assert "Duits-Nederlandse" in text
    all_text = " ".join(r[0] for r in shared_sample_library.store.conn.execute("SELECT text FROM pages"))
    assert "samen-werking" not in all_text


def test_search_13_lichte_brigade_lands_on_document_000_page_1(shared_sample_library):
    hits = shared_sample_library.search("13 Lichte Brigade", limit=10).hits
    assert hits
    first = hits[0]
    assert Path(first.path).stem == DOC_000
    assert first.page == 1


def test_dutch_stemming_finds_other_forms(shared_sample_library):
    hits = shared_sample_library.search("samenwerkingen", limit=50).hits
    assert hits
    found = [h.text[s:e].lower() for h in hits for s, e in h.spans]
    assert "samenwerking" in found, "the plural query finds the singular"


def test_spans_point_at_the_matched_words(shared_sample_library):
    hits = shared_sample_library.search('"Lichte Brigade"', limit=20).hits
    assert hits
    for h in hits:
        assert h.spans
        for s, e in h.spans:
            assert h.text[s:e] in ("Lichte", "Brigade", "Lichte Brigade")
        assert h.rects, "spans turn into rectangles on the page"


def test_accent_folding(shared_sample_library):
    assert shared_sample_library.search("Belgie", limit=5).hits
    assert shared_sample_library.search("geintegreerde", limit=5).hits


def test_identical_reingest_adds_nothing(sample_library):
    before = sample_library.stats()
    report = sample_library.ingest(sample_pdfs())
    assert report.added == []
    assert len(report.skipped) == 5
    assert all("identical" in s["reason"] for s in report.skipped)
    assert sample_library.stats() == before


def test_changed_file_at_same_path_replaces_old_version(tmp_path):
    pdf = badfiles.good_pdf(tmp_path / "brief.pdf", "Eerste versie over Frankrijk.")
    with Library(tmp_path / "lib") as lib:
        lib.ingest([str(pdf)])
        badfiles.good_pdf(pdf, "Tweede versie over Noorwegen.")
        report = lib.ingest([str(pdf)])
        assert len(report.added) == 1
        assert len(lib.documents()) == 1
        assert lib.search("Noorwegen").hits
        assert not lib.search("Frankrijk").hits


BAD_FILES = [
    ("empty.pdf", badfiles.zero_bytes, "empty file"),
    ("report.pdf", badfiles.word_renamed, "not a PDF"),
    ("page.pdf", badfiles.html_renamed, "HTML"),
    ("truncated.pdf", badfiles.truncated, None),
    ("garbage.pdf", badfiles.garbage_pdf, "damaged"),
    ("secret.pdf", badfiles.password_protected, "password"),
    ("scan.pdf", badfiles.image_only, "no text layer"),
]


@pytest.mark.parametrize(("name", "make", "reason"), BAD_FILES)
def test_bad_file_gives_its_reason_and_the_rest_is_ingested(tmp_path, name, make, reason):
    folder = tmp_path / "inbox"
    folder.mkdir()
    bad = make(folder / name)
    good = badfiles.good_pdf(folder / "good.pdf")
    with Library(tmp_path / "lib") as lib:
        report = lib.ingest([str(folder)])
        added = [a["path"] for a in report.added]
        assert str(good) in added
        if name == "truncated.pdf" and str(bad) in added:
            return  # MuPDF repaired it: that is fine, it is in with a note
        assert [f["path"] for f in report.failed] == [str(bad)]
        if reason:
            assert reason.lower() in report.failed[0]["error"].lower()
        recorded = {d.path: d for d in lib.documents()}
        assert recorded[str(bad)].status != "ok"
        assert recorded[str(bad)].error


def test_password_protected_pdf_opens_with_its_password(tmp_path):
    pdf = badfiles.password_protected(tmp_path / "secret.pdf")
    with Library(tmp_path / "lib") as lib:
        report = lib.ingest([str(pdf)], password="geheim")
        assert len(report.added) == 1
        assert lib.search("Geheim").hits
        assert "geheim" not in (tmp_path / "lib" / "library.sqlite").read_bytes().decode("latin-1")


def test_repairable_xref_is_repaired_with_a_note(tmp_path):
    pdf = badfiles.broken_xref(tmp_path / "broken.pdf")
    with Library(tmp_path / "lib") as lib:
        report = lib.ingest([str(pdf)])
        assert len(report.added) == 1
        assert lib.search("Noorwegen").hits


def test_txt_is_stored_as_a_pdf(tmp_path):
    txt = tmp_path / "notitie.txt"
    txt.write_text("Notitie over de samen-\nwerking met Noorwegen.\n", encoding="utf-8")
    with Library(tmp_path / "lib") as lib:
        lib.ingest([str(txt)])
        doc = lib.documents()[0]
        stored = lib.stored_path(doc)
        assert stored.endswith(".pdf")
        with pymupdf.open(stored) as pdf:
            assert "Noorwegen" in pdf[0].get_text()
        assert lib.search("samenwerking").hits


def test_stored_copy_survives_moving_the_original(tmp_path):
    pdf = badfiles.good_pdf(tmp_path / "orig.pdf")
    with Library(tmp_path / "lib") as lib:
        lib.ingest([str(pdf)])
        doc = lib.documents()[0]
        pdf.unlink()
        assert Path(lib.stored_path(doc)).exists()


def test_reindex_reproduces_the_same_results(sample_library):
    queries = ["Duitsland", "samenwerkingen", '"Lichte Brigade"', "tank OR tanks", "NAVO NOT Duitsland"]
    before = [[(h.passage_id, h.spans) for h in sample_library.search(q, limit=20).hits] for q in queries]
    sample_library.reindex()
    after = [[(h.passage_id, h.spans) for h in sample_library.search(q, limit=20).hits] for q in queries]
    assert before == after
    assert all(before)


def test_missing_index_is_rebuilt_on_open(sample_library_dir, tmp_path):
    import shutil

    copy = tmp_path / "lib"
    shutil.copytree(sample_library_dir, copy, ignore=shutil.ignore_patterns("write.lock"))
    shutil.rmtree(copy / "index")
    with Library(copy) as lib:
        assert lib.search("Duitsland").hits


def test_core_never_imports_qt():
    """Import every module outside gui/ (the core, the CLI, selftest and the benchmark):
    none may load Qt; their Qt halves live in gui/ and are imported only when used."""
    code = (
        "import sys, importlib, pathlib, coopviewer\n"
        "root = pathlib.Path(coopviewer.__file__).parent\n"
        "for f in sorted(root.rglob('*.py')):\n"
        "    rel = f.relative_to(root.parent).with_suffix('')\n"
        "    if rel.parts[1] == 'gui' or rel.name == '__main__': continue\n"
        "    importlib.import_module('.'.join(p for p in rel.parts if p != '__init__'))\n"
        "assert 'PySide6' not in sys.modules, sorted(k for k in sys.modules if 'PySide6' in k)\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
    assert SAMPLE_DIR.is_dir()


def scanned_pdf(path, text: str):
    """An image-only page, as a scanner makes it."""
    src = pymupdf.open()
    page = src.new_page()
    page.insert_text((72, 100), text, fontsize=14)
    pix = page.get_pixmap(dpi=200)
    doc = pymupdf.open()
    doc.new_page().insert_image(pymupdf.Rect(0, 0, 595, 842), pixmap=pix)
    doc.save(path)
    return path


def test_scanned_pdf_is_read_by_ocr_when_tesseract_is_installed(tmp_path):
    from coopviewer.ingest.reader import tesseract_languages

    if tesseract_languages() is None:
        pytest.skip("Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-nld); covered by the needs-OCR test")
    pdf = scanned_pdf(tmp_path / "scan.pdf", "Samenwerking met Duitsland en de 13 Lichte Brigade.")
    with Library(tmp_path / "lib") as lib:
        report = lib.ingest([str(pdf)])
        assert report.added and "OCR" in report.added[0]["note"]
        hit = lib.search('"Lichte Brigade"').hits[0]
        # the highlight sits where the words are drawn in the image: at y ≈ 100 pt
        assert all(80 < r[1] < 110 for r in hit.rects), hit.rects
        assert lib.mentions("13 Lichte Brigade")
