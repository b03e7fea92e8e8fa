"""The Whoosh engine's own machinery: zero-copy segments, two-stage ranking, lean queries."""

from __future__ import annotations

import pytest

from coopviewer.search.engine import ENGINES


@pytest.fixture()
def whoosh_library(engine_library_dirs):
    from coopviewer.library import Library

    lib = Library(engine_library_dirs["whoosh"], readonly=True)
    yield lib
    lib.close()


def test_zero_copy_segment_files_read_like_the_copying_ones():
    import io

    from whoosh.filedb.structfile import BufferFile

    from coopviewer.search.whoosh_files import ZeroCopyBufferFile

    data = bytes(range(256)) * 40
    ours, theirs = ZeroCopyBufferFile(memoryview(data)), BufferFile(memoryview(data))
    for f in (ours, theirs):
        f.seek(100)
    assert ours.read(10) == theirs.read(10) and ours.tell() == theirs.tell() == 110
    assert ours.read_varint() == theirs.read_varint()
    assert ours.get(5, 7) == theirs.get(5, 7)
    assert list(ours.get_array(64, "i", 4)) == list(theirs.get_array(64, "i", 4))
    sub_ours, sub_theirs = ours.subset(1000, 50), theirs.subset(1000, 50)
    assert sub_ours.read() == sub_theirs.read() == data[1000:1050]
    ours.seek(-5, io.SEEK_END)
    assert ours.read() == data[-5:]


def test_whoosh_opens_compound_segments_without_copying(whoosh_library):
    from whoosh.filedb import compound

    from coopviewer.search.whoosh_files import ZeroCopyBufferFile

    assert compound.BufferFile is ZeroCopyBufferFile
    assert whoosh_library.search("samenwerking").total > 0


QUERIES = ["samenwerking", "samenwerkingen", '"Lichte Brigade"', "brigade OR divisie", "marine NOT België",
           "tanks AND (Duitsland OR Frankrijk)", "brigade*", "de", "partner:Duitsland tanks", '"pooling and sharing"']


def test_two_stage_ranking_finds_and_orders_like_the_full_query(whoosh_library):
    """On the sample every candidate is rescored, so the stemmed pre-selection must
    change nothing: same total, same scores in the same order as one full pass."""
    lib = whoosh_library
    engine = lib.search_engine()
    for q in QUERIES:
        full = engine.search(_resolved(lib, q), None)
        staged = engine.search(_resolved(lib, q), 20)
        assert staged[1] == full[1], q
        assert [round(h.score, 4) for h in staged[0]] == [round(h.score, 4) for h in full[0][:20]], q
        assert {h.passage_id for h in staged[0]} <= {h.passage_id for h in full[0]}, q


def test_lean_query_drops_only_exact_twins(tmp_path):
    from coopviewer.search.query import parse_query
    from coopviewer.search.whoosh_engine import WhooshEngine, lean_query

    index = WhooshEngine(str(tmp_path / "index"))

    def lean(text: str) -> str:
        return str(lean_query(index.build_query(parse_query(text))[0]))

    assert lean("samenwerking") == "text:samenwerk"
    # a phrase is also looked up over a page break, with the break's mark between two of its words
    assert lean('"strategische partners"') == '(text:"strategisch partner" OR junction:"strategisch 0break0 partner")'
    assert lean("brigade OR divisie") == "(text:brigade OR text:divisie)"
    assert lean("marine NOT België") == "(text:marine AND NOT text:belgie)"
    assert "exact:brigade*" in lean("brigade*")  # prefixes stay whole
    assert lean("de") == "exact:de^1.5"  # a stop word only the exact field holds
    index.close()


def _resolved(lib, text):
    from coopviewer.search.query import parse_query

    parsed = parse_query(text)
    for f in parsed.entity_filters:
        parsed.entity_groups.append(lib.store.find_entities(f.value, f.type)[:1])
    return parsed


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_a_reader_opened_on_an_empty_library_sees_the_first_ingest(tmp_path, engine):
    """Whoosh cannot refresh a searcher opened on an empty index (TypeError in its
    reader reuse); the window's reader meets exactly that after the first ingest."""
    from coopviewer.library import Library
    from tests.conftest import sample_pdfs

    with Library(tmp_path / "lib", engine=engine):
        pass
    reader = Library(tmp_path / "lib", readonly=True)
    try:
        assert reader.search("samenwerking").total == 0
        with Library(tmp_path / "lib") as writer:
            writer.ingest(sample_pdfs()[:1])
        assert reader.search("samenwerking").total > 0
    finally:
        reader.close()
