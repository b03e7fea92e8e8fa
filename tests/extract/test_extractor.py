"""Entity extraction rules: disambiguation, reference forms, unit names, relations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopviewer.extract import Extractor, normalize_reference, normalize_unit_name


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def keys(ex: Extractor, text: str, type_: str | None = None) -> list[str]:
    return [f.key for f in ex.extract(text) if type_ is None or f.type == type_]


def test_belgian_lichte_brigade_is_not_13_lichte_brigade(ex):
    text = "Het Korps Mariniers gaat delen van de Belgische Lichte Brigade trainen; de Lichte Brigade leert amfibisch optreden."
    units = keys(ex, text, "unit")
    assert "unit:13-lichte-brigade" not in units
    assert units.count("unit:lichte-brigade-be") == 2
    assert keys(ex, "de integratie van de 13 Lichte Brigade", "unit") == ["unit:13-lichte-brigade"]


def test_english_as_a_language_is_not_the_uk(ex):
    assert "country:GB" not in keys(ex, "Deze korpsstaf, in het Engels genaamd 1 German/Netherlands Corps (1GNC)")
    assert "country:GB" in keys(ex, "de Engels-Nederlandse samenwerking")
    assert "country:GB" in keys(ex, "de Britse marine")


def test_compound_adjectives_mention_both_countries(ex):
    found = keys(ex, "de Duits-Nederlandse eenheden en de Nederlands-Duitse samenwerkingsverbanden", "country")
    assert found.count("country:DE") == 2 and found.count("country:NL") == 2


def test_luchtmobiele_brigade_without_number_is_11(ex):
    assert keys(ex, "de Luchtmobiele Brigade oefent", "unit") == ["unit:11-luchtmobiele-brigade"]


def test_cities_and_regions_are_not_countries(ex):
    assert keys(ex, "in Münster, in Texas, in de Sahel en op de Westelijke Balkan", "country") == []


def test_unit_names_in_every_numbering_and_language(ex):
    for surface in ("10. Panzerdivision", "10e Pantserdivisie"):
        assert keys(ex, f"de Duitse {surface} staat", "unit") == ["unit:10-panzerdivision"]
    for surface in ("1 German/Netherlands Corps", "1GNC", "1e Duits-Nederlands Legerkorps"):
        assert keys(ex, f"het {surface} in Münster", "unit") == ["unit:1gnc"]
    assert keys(ex, "Eerste Pantserdivisie", "unit") == keys(ex, "1. Panzerdivision", "unit") == ["unit:1-panzerdivision"]
    assert normalize_unit_name("13e Lichte Brigade") == normalize_unit_name("13. Lichte Brigade") == normalize_unit_name("13 Lichte Brigade")
    assert normalize_unit_name("Eerste Pantserdivisie") == normalize_unit_name("1. Panzerdivision")


def test_numbered_unit_the_gazetteer_lacks_is_found_by_rule(ex):
    assert keys(ex, "het 302 Pantserinfanteriebataljon oefent", "unit") == ["unit:302-pantserinfanteriebataljon"]


def test_a_battalion_keeps_its_regiment_in_its_name(ex):
    text = ("Het 42 Bataljon Limburgse Jagers oefende met 45 Pantserinfanteriebataljon Regiment Infanterie "
            "Oranje Gelderland en het 302 Pantserinfanteriebataljon.")
    assert [f.surface for f in ex.extract(text) if f.type == "unit"] == [
        "42 Bataljon Limburgse Jagers", "45 Pantserinfanteriebataljon Regiment Infanterie Oranje Gelderland",
        "302 Pantserinfanteriebataljon",
    ]


def test_ships_by_either_prefix_are_one_unit(ex):
    text = "Zr.Ms. De Ruyter en Hr.Ms. Tromp, later Zr.Ms. Tromp en Zr. Ms. Johan de Witt voeren uit."
    found = [(f.surface, f.key) for f in ex.extract(text) if f.type == "unit"]
    assert found == [("Zr.Ms. De Ruyter", "unit:zr-ms-de-ruyter"), ("Hr.Ms. Tromp", "unit:zr-ms-tromp"),
                     ("Zr.Ms. Tromp", "unit:zr-ms-tromp"), ("Zr. Ms. Johan de Witt", "unit:zr-ms-johan-de-witt")]


def test_a_command_named_before_its_abbreviation_by_its_initials(ex):
    text = ("Het Defensie Cyber Commando (DCC) werkt met het Joint Support Command (JSC); "
            "de Nederlandse Defensie Academie (NLDA) is geen eenheid.")
    assert [f.surface for f in ex.extract(text) if f.type == "unit"] == [
        "Defensie Cyber Commando", "DCC", "Joint Support Command", "JSC"]


def test_systems_beyond_the_sample(ex):
    text = "Nederland levert NASAMS, Leopard 2A6-tanks en de PzH 2000; de C-390 vervangt de C-130."
    assert keys(ex, text, "programme") == ["prog:nasams", "prog:leopard-2", "prog:pzh-2000",
                                           "prog:c-390", "prog:c-130"]


def test_commands_by_abbreviation_in_parentheses(ex):
    assert "unit:cssm" in keys(ex, "het Commando Speciale Steun Middelen (CSSM) levert", "unit")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kamerstuk 33 279, nr. 29", "33 279, nr. 29"),
        ("33 279, nr. 29", "33 279, nr. 29"),
        ("Kamerstuk 35 570 X, nr.54", "35 570 X, nr. 54"),
        ("kamerstuk 35570x, nr. 39", "35 570 X, nr. 39"),
        ("Kamerstuk 36200-X, nr. 37", "36 200 X, nr. 37"),
        ("Kamerstuk 36124-1", "36 124, nr. 1"),
        ("Kamerstuk 2022Z20851", "2022Z20851"),
        ("Trb. 2007, nr. 166", "Trb. 2007, nr. 166"),
        ("Aanhangsel Handelingen II 2022/23, nr. 1478", "Aanhangsel Handelingen II 2022/23, nr. 1478"),
        ("Kamerstuk 21 501-28, nr. 137", "21 501-28, nr. 137"),
    ],
)
def test_reference_forms_normalise_to_one_key(ex, text, key):
    assert normalize_reference(text) == key
    assert keys(ex, f"zie {text} voor meer", "reference") == [f"ref:{key}"]


def test_integration_relation(ex):
    text = "De eerstvolgende stap is de voorgenomen integratie van de 13 Lichte Brigade in de Duitse 10. Panzerdivision."
    found = ex.extract(text)
    rels = ex.relations(text, found)
    assert [(r.source, r.target, r.kind) for r in rels] == [("unit:13-lichte-brigade", "unit:10-panzerdivision", "integrated_into")]


def test_agreement_with_date_and_parties(ex):
    text = "Daartoe is op 4 februari 2016 een Technical Arrangement getekend door de Nederlandse en Duitse Ministers van Defensie."
    found = ex.extract(text)
    ag = next(f for f in found if f.type == "agreement")
    assert ag.key == "agreement:technical-arrangement-2016-02-04"
    assert ("country:DE", "signed_with") in {(r.target, r.kind) for r in ex.relations(text, found)}


def test_extra_and_removed_aliases():
    ex = Extractor(extra_aliases={"unit:13-lichte-brigade": ["13 LtBrig"]}, removed_aliases={"country:DE": ["Duitse"]})
    assert keys(ex, "de 13 LtBrig oefent", "unit") == ["unit:13-lichte-brigade"]
    assert keys(ex, "de Duitse marine", "country") == []


@given(st.text(max_size=200))
def test_normalisers_never_raise_and_are_idempotent(text):
    key = normalize_reference(text)
    if key is not None:
        assert normalize_reference(key) == key
    norm = normalize_unit_name(text)
    assert normalize_unit_name(norm) == norm


def test_an_abbreviation_defined_once_names_the_unit_from_then_on():
    ex = Extractor()  # a fresh one: what it learns stays with it
    first = ex.extract("Het Defensie Cyber Commando (DCC) werkt samen met Duitsland.")
    later = ex.extract("Het DCC levert experts aan de NAVO.")
    assert [(f.surface, f.key) for f in first if f.type == "unit"] == [
        ("Defensie Cyber Commando", "unit:dcc"), ("DCC", "unit:dcc")]
    assert [(f.surface, f.name) for f in later if f.type == "unit"] == [("DCC", "Defensie Cyber Commando")]
    assert [f.key for f in Extractor().extract("Het DCC levert experts.")] == []  # unknown without the definition
