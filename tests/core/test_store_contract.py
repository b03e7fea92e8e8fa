"""One contract for every Store: the library on SQLite and the team library on PostgreSQL
give the same answers on the sample corpus — documents, pages, passages with their word
boxes, entities, mentions, references, relations, the entity-click search, facets, the
dossier and the network — and the same results after the same analyst work (baskets,
corrections). The search engines have theirs in tests/search/test_engine_contract.py.
"""

from __future__ import annotations

import pytest

from coopviewer.library import Library
from tests.conftest import sample_pdfs

ENTITIES = ["Duitsland", "Nederland", "13 Lichte Brigade", "NAVO", "België"]


@pytest.fixture()
def both_stores(sample_library_dir, pg_sample_dsn):
    libs = {"sqlite": Library(sample_library_dir, readonly=True), "postgresql": Library(pg_sample_dsn, readonly=True)}
    yield libs
    for lib in libs.values():
        lib.close()


def same(libs: dict, answer) -> object:
    """The answer of every store; they must be equal (and not empty: a contract over nothing holds)."""
    got = {name: answer(lib) for name, lib in libs.items()}
    assert got["postgresql"] == got["sqlite"]
    assert got["sqlite"], "the sample corpus should give an answer here"
    return got["sqlite"]


def test_documents_pages_and_passages(both_stores):
    docs = same(both_stores, lambda lib: [d.cli_dict() | {"sha256": d.sha256, "stored": d.stored} for d in lib.documents()])
    assert len(docs) == 5
    for d in docs:
        same(both_stores, lambda lib, d=d: [
            (lib.page(d["id"], n), [(p.id, p.text, p.boxes) for p in lib.page_passages(d["id"], n)])
            for n in range(1, d["pages"] + 1)])
    same(both_stores, lambda lib: lib.stats())


def test_entities_mentions_references_relations(both_stores):
    for type_ in (None, "country", "unit", "organisation"):
        same(both_stores, lambda lib, t=type_: [e.cli_dict() for e in lib.entities(t)])
    for name in ENTITIES:
        same(both_stores, lambda lib, n=name: [m.cli_dict() for m in lib.mentions(n)])
        same(both_stores, lambda lib, n=name: lib.relations(lib.find_entity(n).id) or ["none"])
    same(both_stores, lambda lib: [r.cli_dict() for r in lib.references()])
    same(both_stores, lambda lib: lib.english_query("Germany"))


def test_entity_click_facets_dossier_and_network(both_stores):
    from coopviewer.dossier.build import build_dossier, build_network

    for name in ENTITIES:
        same(both_stores, lambda lib, n=name: [h.cli_dict() for h in lib.search("", entity=n, limit=None).hits])
        same(both_stores, lambda lib, n=name: lib.search("", entity=n, limit=5, facets=True).facets)
        same(both_stores, lambda lib, n=name: build_dossier(lib, n).cli_dict())
    same(both_stores, lambda lib: build_network(lib).cli_dict())


def test_the_same_analyst_work_gives_the_same_library(tmp_path, team_db):
    """Baskets and corrections, written through each store, read back alike."""

    def work(lib: Library) -> dict:
        hit = min(lib.search('"Lichte Brigade"', limit=None).hits, key=lambda h: h.passage_id)  # not by rank
        first = lib.basket_add_passage("reis", hit.passage_id, hit.spans, note="eerst")
        lib.basket_add_entity("reis", "België")
        second = lib.basket_add_passage("reis", hit.passage_id, note="tweede")
        lib.basket_note(first, "eerst, herzien")
        lib.basket_remove(second)
        lib.basket_restore(second)
        items = lib.basket("reis").items
        lib.basket_reorder("reis", [i.id for i in reversed(items)])
        lib.basket_regroup("reis", "partner")
        lib.add_alias("Duitsland", "BRD")
        lib.rename("België", "Koninkrijk België")
        lib.hide("NAVO")
        lib.merge("Frankrijk", "Duitsland")
        basket = lib.basket("reis")
        return {
            "basket": [(i.position, i.doc_sha256, i.page, i.text, i.rects, i.marks, i.note, i.group, i.source)
                       for i in basket.items],
            "names": lib.basket_names(),
            "corrections": [(c["op"], c["entity"], c["value"]) for c in lib.corrections_list()],
            "entities": [(e.key, e.name, e.mentions, e.hidden) for e in lib.entities(include_hidden=True)],
            "brd": lib.find_entity("BRD").key,
        }

    answers = {}
    with Library(tmp_path / "local") as local:
        local.ingest(sample_pdfs())
        answers["sqlite"] = work(local)
    with Library(team_db("alice")) as server:
        server.ingest(sample_pdfs())
        answers["postgresql"] = work(server)
    assert answers["postgresql"] == answers["sqlite"]
    assert answers["sqlite"]["brd"] == "country:DE" and len(answers["sqlite"]["basket"]) > 2
