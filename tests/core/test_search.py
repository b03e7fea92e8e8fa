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
