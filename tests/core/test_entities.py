"""Entities in the library: mentions with rectangles, references, corrections, evaluation."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf

from coopviewer.evaluation import evaluate_library
from tests.conftest import DOC_000, DOC_001, ROOT, sample_pdfs


def doc_id(lib, stem: str) -> int:
    return next(d.id for d in lib.documents() if Path(d.path).stem == stem)


def test_mentions_have_rectangles_on_the_words(shared_sample_library):
    lib = shared_sample_library
    mentions = lib.mentions("13 Lichte Brigade")
    assert mentions
    first = mentions[0] if Path(mentions[0].path).stem == DOC_000 else next(m for m in mentions if Path(m.path).stem == DOC_000)
    with pymupdf.open(lib.stored_path(lib.document(first.doc_id))) as pdf:
        for m in lib.mentions("13 Lichte Brigade", doc=first.doc_id):
            page = pdf[m.page - 1]
            words = " ".join(page.get_text("text", clip=pymupdf.Rect(r)) for r in m.rects)
            assert "Lichte" in words and "Brigade" in words, (m.page, m.rects, words)


def test_mention_broken_over_a_line_has_two_rectangles_on_the_words(shared_sample_library):
    lib = shared_sample_library
    # "Tankba-" / "taljon" and "Panzerdi-" / "vision" are broken over lines in document 000
    broken = [m for m in lib.mentions("414 Tankbataljon") if len(m.rects) == 2]
    assert broken, "414 Tankbataljon is broken over two lines on page 3 of document 000"
    m = broken[0]
    with pymupdf.open(lib.stored_path(lib.document(m.doc_id))) as pdf:
        page = pdf[m.page - 1]
        top, bottom = m.rects
        assert top[1] < bottom[1]
        assert "Tankba" in page.get_text("text", clip=pymupdf.Rect(top))
        assert "taljon" in page.get_text("text", clip=pymupdf.Rect(bottom))


def test_reference_resolves_to_a_library_document_both_ways(shared_sample_library):
    lib = shared_sample_library
    d0, d1 = doc_id(lib, DOC_000), doc_id(lib, DOC_001)
    ref = next(r for r in lib.references() if r.key == "33 279, nr. 29")
    assert ref.resolves_to == d1
    assert any(c["doc_id"] == d0 for c in ref.cited_in)
    assert any(r.key == "33 279, nr. 29" for r in lib.cites(d0))
    assert any(d0 in [c["doc_id"] for c in r.cited_in] for r in lib.cited_by(d1))


def test_search_narrowed_to_an_entity(shared_sample_library):
    lib = shared_sample_library
    everything = lib.search("samenwerking", limit=None).hits
    narrowed = lib.search("samenwerking", entity="13 Lichte Brigade", limit=None).hits
    assert 0 < len(narrowed) < len(everything)
    unit = lib.find_entity("13 Lichte Brigade")
    mentioned = {m.passage_id for m in lib.mentions(str(unit.id))}
    assert {h.passage_id for h in narrowed} <= mentioned
    partner = lib.search('partner:Duitsland unit:"13 Lichte Brigade"', limit=None).hits
    assert partner and {h.passage_id for h in partner} <= mentioned


def test_corrections_survive_reingest(sample_library):
    lib = sample_library
    lib.add_alias("13 Lichte Brigade", "13 LtBrig")
    lib.rename("Flugabwehrraketengruppe 61", "FlaRakGrp 61")
    lib.merge("Division Schnelle Kräfte", "11 Luchtmobiele Brigade")
    lib.hide("Nederland")
    for d in lib.documents():
        lib.remove_document(d.id)
    assert lib.documents() == []
    lib.ingest(sample_pdfs())
    assert "13 LtBrig" in lib.find_entity("13 Lichte Brigade").aliases
    assert lib.find_entity("FlaRakGrp 61").key == "unit:flugabwehrraketengruppe-61"
    merged = lib.find_entity("Division Schnelle Kräfte")
    assert merged.key == "unit:11-luchtmobiele-brigade"
    assert "Nederland" not in [e.name for e in lib.entities("country")]
    lib.reindex()
    assert lib.find_entity("FlaRakGrp 61").name == "FlaRakGrp 61"


def test_evaluation_meets_the_targets(shared_sample_library):
    gold = json.loads((ROOT / "data" / "gold" / "entities-sample.json").read_text(encoding="utf-8"))
    report, table = evaluate_library(shared_sample_library, gold)
    for doc, scores in report["documents"].items():
        assert scores["country"]["precision"] >= 0.97 and scores["country"]["recall"] >= 0.97, (doc, scores["country"])
        assert scores["unit"]["precision"] >= 0.90 and scores["unit"]["recall"] >= 0.90, (doc, scores["unit"])
        assert scores["reference"]["recall"] >= 0.97, (doc, scores["reference"])
    assert "overall" in table


def test_cli_entity_shapes(sample_library_dir):
    from tests.test_cli import run

    ents = json.loads(run("entities", "--type", "unit", "--json", lib=sample_library_dir).stdout)
    e = next(x for x in ents if x["name"] == "13 Lichte Brigade")
    assert set(e) == {"id", "type", "name", "english", "aliases", "mentions", "documents", "candidate", "confidence"}
    assert e["candidate"] is False and e["confidence"] == 1.0  # a gazetteer unit
    assert "13e Lichte Brigade" in e["aliases"]
    assert set(e["documents"][0]) == {"doc_id", "path", "title", "mentions", "pages"}
    ms = json.loads(run("mentions", "13 Lichte Brigade", "--json", lib=sample_library_dir).stdout)
    assert ms and all(m["rects"] and m["page"] >= 1 for m in ms)
    refs = json.loads(run("refs", "--json", lib=sample_library_dir).stdout)
    assert any(r["key"] == "33 279, nr. 29" and r["resolves_to"] for r in refs)
    r = run("mentions", "Atlantis", lib=sample_library_dir)
    assert r.returncode == 2 and "Atlantis" in r.stderr
