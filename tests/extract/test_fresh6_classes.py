"""Classes of miss the sixth unseen set (fresh6) showed, each fixed in general (docs/ENTITIES.md).

The sentences are written for these tests; the people and most units in them are invented,
so only the rule, not the reference data, can find them.
"""

from __future__ import annotations

import pytest

from coopviewer.extract import Extractor


@pytest.fixture
def ex() -> Extractor:
    return Extractor()


def found(ex: Extractor, text: str, type_: str) -> list[tuple[str, str]]:
    return [(f.surface, f.name) for f in ex.extract(text) if f.type == type_]


# --- a country's service the reference data does not hold ------------------------------------

def test_a_service_of_a_country_without_reference_data_is_a_candidate_unit(ex):
    units = [f for f in ex.extract("Our pilots trained with the Polish Air Force and the Polish Navy.") if f.type == "unit"]
    assert [(f.surface, f.attrs.get("candidate"), f.attrs.get("service")) for f in units] == [
        ("Polish Air Force", True, "airforce"), ("Polish Navy", True, "navy")]
    # the same service twice is one entity; a known service is still the gazetteer's own
    again = ex.extract("Later the Polish Air Force flew again.")
    assert [f.key for f in again if f.type == "unit"] == [units[0].key]
    assert found(ex, "samen met de Belgische Marine", "unit") == [("Belgische Marine", "Marinecomponent")]


def test_a_lower_case_service_word_stays_an_army_in_general(ex):
    assert found(ex, "de Poolse luchtmacht en de Poolse marine", "unit") == []


# --- a capitalised compound after a country's adjective ---------------------------------------

def test_a_compound_unit_noun_after_a_country_adjective_is_a_unit(ex):
    assert found(ex, "militairen van het Deense Kustbataljon oefenden mee", "unit") == [("Kustbataljon", "Kustbataljon")]
    assert found(ex, "opgericht door de Noorse Mijnendienst in 1950", "unit") == [("Mijnendienst", "Mijnendienst")]


def test_the_same_compound_without_an_adjective_or_in_lower_case_is_not(ex):
    assert found(ex, "militairen van het kustbataljon oefenden mee", "unit") == []
    assert found(ex, "zo werkt de Mijnendienst sinds jaren", "unit") == []  # generic alone
    assert found(ex, "de Deense Defensie kocht twee schepen", "unit") == []


# --- a numbered unit written short -----------------------------------------------------------

def test_a_number_glued_to_a_formation_abbreviation_is_a_numbered_unit(ex):
    assert found(ex, "Het peloton valt onder 47Cdo en 9Bn.", "unit") == [("47Cdo", "47Cdo"), ("9Bn", "9Bn")]


def test_a_numbered_unit_s_initials_name_it_once_it_has_been_seen(ex):
    ex.extract("Mariniers van 7th Coastal Raiding Group namen het vliegveld in.")
    assert found(ex, "Daarna oefende 7CRG met de Noren; ook 7 CRG bleef.", "unit") == [
        ("7CRG", "7th Coastal Raiding Group"), ("7 CRG", "7th Coastal Raiding Group")]


def test_two_initials_or_initials_never_seen_name_nothing(ex):
    ex.extract("De 12 Lichte Brigade oefende.")
    assert found(ex, "Het bestand is 12 LB groot; 3D en 4WD ook.", "unit") == []
    assert found(Extractor(), "Daarna oefende 7CRG met de Noren.", "unit") == []


# --- people after a title and the name of its office, or before a title after a dash ----------

def test_the_holder_after_a_title_and_the_name_of_its_office(ex):
    text = ("Het woord was aan de Commandant der Zeestrijdkrachten Pieter Vlasblom, de Inspecteur Generaal Anna Kroeskop "
            "en de directeur Juridische Zaken Ruud Ambrosius van het ministerie.")
    assert found(ex, text, "person") == [
        ("Pieter Vlasblom", "Pieter Vlasblom"), ("Anna Kroeskop", "Anna Kroeskop"), ("Ruud Ambrosius", "Ruud Ambrosius")]


def test_a_name_after_a_title_is_kept_whole_when_no_office_comes_between(ex):
    assert found(ex, "minister Jan Peter Balkenkamp sprak", "person") == [("Jan Peter Balkenkamp", "Jan Peter Balkenkamp")]
    assert found(ex, "de commandant Rik Vosseveld bezocht hen", "person") == [("Rik Vosseveld", "Rik Vosseveld")]


def test_a_name_before_its_title_after_a_dash(ex):
    assert found(ex, "J. Brouwerkamp – luitenant-kolonel der artillerie", "person") == [("J. Brouwerkamp", "J. Brouwerkamp")]
    assert found(ex, "Hanna Teerlink - kolonel b.d.", "person") == [("Hanna Teerlink", "Hanna Teerlink")]


def test_an_office_named_to_its_end_has_no_holder(ex):
    assert found(ex, "met de directeur Projecten Defensie Materieel Organisatie\nen anderen", "person") == []
    assert found(ex, "de commandant Landstrijdkrachten Opleidings Centrum sprak", "person") == []


# --- a date after a name, a name with its owner in the genitive, a Roman numeral ------------

def test_the_day_of_a_date_is_no_part_of_a_name(ex):
    names = [s for s, _ in found(ex, "het verslag van de Raad Noordelijke Samenwerking van 14 maart 2025", "organisation")]
    assert names == ["Raad Noordelijke Samenwerking"]


def test_a_known_name_with_its_owner_in_the_genitive(ex):
    assert found(ex, "The battalion joined NATO's Response Force in 2024.", "unit") == [
        ("NATO's Response Force", "NATO Response Force")]
    assert found(ex, "the UK's Amphibious Task Group sailed", "unit") == [("Amphibious Task Group", "Amphibious Task Group")]


def test_a_roman_numeral_after_an_article_numbers_a_unit(ex):
    assert found(ex, "The I. German-Dutch Corps moved.", "unit") == [("I. German-Dutch Corps", "1 German/Netherlands Corps")]
    assert [k for _, k in [(f.surface, f.key) for f in ex.extract("Das IV. Bataillon übte.") if f.type == "unit"]] == [
        "unit:4-bataljon"]
    assert found(ex, "Chapter I. Brigade plans for 2030", "unit") == []
