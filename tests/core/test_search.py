"""Search answers that several code paths must agree on: entity filters, facets, totals."""

from __future__ import annotations

from collections import Counter


def test_entity_click_lists_every_mentioning_passage_in_reading_order(shared_sample_library):
    lib = shared_sample_library
    mentions = lib.mentions("Duitsland")
    res = lib.search("", entity="Duitsland", limit=None)
    assert res.total == len({m.passage_id for m in mentions}) == len(res.hits)
    assert {h.passage_id for h in res.hits} == {m.passage_id for m in mentions}
    # newest year first; within a document, page then position on the page
    years = [int((h.date or "0")[:4]) for h in res.hits]
    assert years == sorted(years, reverse=True)
    for a, b in zip(res.hits, res.hits[1:], strict=False):
        if a.doc_id == b.doc_id:
            assert a.page <= b.page
    # every hit marks the entity's own words
    assert all(h.spans and h.rects for h in res.hits)


def test_entity_click_respects_the_limit_but_counts_everything(shared_sample_library):
    lib = shared_sample_library
    full = lib.search("", entity="Duitsland", limit=None)
    some = lib.search("", entity="Duitsland", limit=3)
    assert some.total == full.total and [h.passage_id for h in some.hits] == [h.passage_id for h in full.hits[:3]]


def test_entity_filters_combine_with_years_and_words(shared_sample_library):
    lib = shared_sample_library
    both = lib.search('partner:Duitsland unit:"13 Lichte Brigade"', limit=None)
    duits = {m.passage_id for m in lib.mentions("Duitsland")}
    brig = {m.passage_id for m in lib.mentions("13 Lichte Brigade")}
    assert {h.passage_id for h in both.hits} == duits & brig and both.total == len(duits & brig)
    year = lib.search("partner:Duitsland year:2023", limit=None)
    assert year.hits and all(h.date.startswith("2023") for h in year.hits)
    assert year.total < lib.search("partner:Duitsland", limit=None).total
    words = lib.search("partner:Duitsland brigade", limit=None)
    assert words.hits and all(h.passage_id in duits for h in words.hits)


def test_facets_count_the_matching_passages(shared_sample_library):
    lib = shared_sample_library
    res = lib.search("samenwerking", limit=None, facets=True)
    docs = Counter(h.doc_id for h in res.hits)
    assert {int(f.key): f.count for f in res.facets["document"]} == dict(docs)
    years = Counter(h.date[:4] for h in res.hits if h.date)
    assert {f.key: f.count for f in res.facets["year"]} == dict(years)
    partners = {f.label: f.count for f in res.facets["country"]}
    duits = {m.passage_id for m in lib.mentions("Duitsland")}
    assert partners["Duitsland"] == len({h.passage_id for h in res.hits} & duits)
    assert all(f.count > 0 for f in res.facets["unit"])
    # the same counts when the facets come with an entity-only query
    ent = lib.search("", entity="Duitsland", limit=5, facets=True)
    assert {f.label: f.count for f in ent.facets["country"]}["Duitsland"] == ent.total


def test_limit_zero_gives_the_total_and_facets_without_hits(shared_sample_library):
    lib = shared_sample_library
    for query, entity in (("samenwerking", None), ("", "Duitsland")):
        full = lib.search(query, entity=entity, limit=None, facets=True)
        counted = lib.search(query, entity=entity, limit=0, facets=True)
        assert counted.hits == [] and counted.total == full.total > 0
        assert counted.facets == full.facets


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


def test_whoosh_opens_compound_segments_without_copying(shared_sample_library):
    from whoosh.filedb import compound

    from coopviewer.search.whoosh_files import ZeroCopyBufferFile

    assert compound.BufferFile is ZeroCopyBufferFile
    assert shared_sample_library.search("samenwerking").total > 0


QUERIES = ["samenwerking", "samenwerkingen", '"Lichte Brigade"', "brigade OR divisie", "marine NOT België",
           "tanks AND (Duitsland OR Frankrijk)", "brigade*", "de", "partner:Duitsland tanks", '"pooling and sharing"']


def test_two_stage_ranking_finds_and_orders_like_the_full_query(shared_sample_library):
    """On the sample every candidate is rescored, so the stemmed pre-selection must
    change nothing: same total, same scores in the same order as one full pass."""
    lib = shared_sample_library
    for q in QUERIES:
        full = lib.index.search(_resolved(lib, q), None)
        staged = lib.index.search(_resolved(lib, q), 20)
        assert staged[1] == full[1], q
        assert [round(h.score, 4) for h in staged[0]] == [round(h.score, 4) for h in full[0][:20]], q
        assert {h.passage_id for h in staged[0]} <= {h.passage_id for h in full[0]}, q


def test_lean_query_drops_only_exact_twins(tmp_path):
    from coopviewer.search.index import PassageIndex, lean_query
    from coopviewer.search.query import parse_query

    index = PassageIndex(str(tmp_path / "index"))

    def lean(text: str) -> str:
        return str(lean_query(index.parser().parse(parse_query(text).text)))

    assert lean("samenwerking") == "text:samenwerk"
    assert lean('"strategische partners"') == 'text:"strategisch partner"'
    assert lean("brigade OR divisie") == "(text:brigad OR text:divisie)"
    assert lean("marine NOT België") == "(text:marin AND NOT text:belgie)"
    assert "exact:brigade*" in lean("brigade*")  # prefixes stay whole
    assert lean("de") == "exact:de^1.5"  # a stop word only the exact field holds
    index.close()


def _resolved(lib, text):
    from coopviewer.search.query import parse_query
    from coopviewer.store import entities as ent_store

    parsed = parse_query(text)
    for f in parsed.entity_filters:
        parsed.entity_groups.append(ent_store.find_entities(lib.conn, f.value, f.type)[:1])
    return parsed


def test_a_reader_opened_on_an_empty_library_sees_the_first_ingest(tmp_path):
    """Whoosh cannot refresh a searcher opened on an empty index (TypeError in its
    reader reuse); the window's reader meets exactly that after the first ingest."""
    from coopviewer.library import Library
    from tests.conftest import sample_pdfs

    with Library(tmp_path / "lib"):
        pass
    reader = Library(tmp_path / "lib", readonly=True)
    try:
        assert reader.search("samenwerking").total == 0
        with Library(tmp_path / "lib") as writer:
            writer.ingest(sample_pdfs()[:1])
        assert reader.search("samenwerking").total > 0
    finally:
        reader.close()
