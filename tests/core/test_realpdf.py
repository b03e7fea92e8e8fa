"""Real-world Woo PDFs (image pages under an invisible OCR layer, redactions, side columns)."""

from __future__ import annotations

import pymupdf
import pytest

from coopviewer.library import Library
from tests.conftest import REALPDF_DIR

pytestmark = pytest.mark.skipif(not REALPDF_DIR.is_dir(), reason=f"real PDFs not found at {REALPDF_DIR}")


@pytest.fixture(scope="module")
def real_library(tmp_path_factory):
    lib = Library(tmp_path_factory.mktemp("real"))
    report = lib.ingest([str(REALPDF_DIR)])
    yield lib, report
    lib.close()


def test_every_real_pdf_goes_in_and_the_dummy_says_little_text(real_library):
    lib, report = real_library
    assert report.failed == []
    statuses = {d.path.rsplit("/", 1)[-1]: d.status for d in lib.documents()}
    assert statuses.pop("ad1__VWS-WOO-1234123412-dummy.pdf") == "little_text"
    assert set(statuses.values()) == {"ok"}


def test_phrase_hit_lands_on_the_ocr_words(real_library):
    lib, _ = real_library
    hits = lib.search('"motie Jetten"', limit=5).hits
    assert hits
    hit = hits[0]
    doc = lib.document(hit.doc_id)
    with pymupdf.open(lib.stored_path(doc)) as pdf:
        page = pdf[hit.page - 1]
        words = page.get_text("words")
        for rect in hit.rects:
            r = pymupdf.Rect(rect)
            assert r in page.rect
            inside = [w[4] for w in words if pymupdf.Rect(w[:4]).intersects(r)]
            assert any("Jetten" in w or "motie" in w for w in inside), inside


def test_redaction_codes_stay_out_of_sentences(real_library):
    lib, _ = real_library
    for (text,) in lib.store.conn.execute("SELECT text FROM passages WHERE text LIKE '%5.1.2%'"):
        assert text.strip() in ("5.1.2e", "5.1.2i", "5.1.2¢") or len(text.split()) == 1, text
