"""Recognisers for names the gazetteer lacks, and the one arbitration over all of them.

The sentences are written for these tests; the units in them are real where the rule
needs the gazetteer (13 Lichte Brigade, 1GNC) and invented where it must not.
"""

from __future__ import annotations

import pytest

from coopviewer.extract import Extractor
from coopviewer.extract.acronyms import definitions
from coopviewer.extract.arbitration import (
    RANK_GAZETTEER,
    RANK_PHRASE,
    RANK_RULE,
    Candidate,
    arbitrate,
)


@pytest.fixture
def ex() -> Extractor:
    return Extractor()  # fresh: what one test teaches it must not leak into the next


def found(ex: Extractor, text: str, type_: str | None = None) -> list[tuple[str, str]]:
    return [(f.surface, f.key) for f in ex.extract(text) if type_ is None or f.type == type_]


# --- arbitration ---------------------------------------------------------------------------

def test_the_longest_span_wins_and_a_country_inside_a_unit_is_still_mentioned(ex):
    assert found(ex, "de 1e Duitse Pantserdivisie oefent") == [
        ("1e Duitse Pantserdivisie", "unit:1-panzerdivision"), ("Duitse", "country:DE")]
    assert found(ex, "de Eerste Duits Pantserdivisie", "unit") == [("Eerste Duits Pantserdivisie", "unit:1-panzerdivision")]


def test_a_short_known_name_does_not_claim_the_longer_name_around_it(ex):
    assert found(ex, "de EU-Battlegroup en de EU Battle Group") == [
        ("EU-Battlegroup", "unit:eu-battlegroup"), ("EU Battle Group", "unit:eu-battlegroup")]
    assert found(ex, "de staf van de Admiraliteit Benelux") == [("Admiraliteit Benelux", "unit:admiraliteit-benelux")]


def test_benelux_as_a_region_is_no_organisation(ex):
    assert found(ex, "de bewaking van het luchtruim van de Benelux") == []


def test_arbitration_keeps_references_first_then_length_then_rank():
    def cand(s, e, key, type_="unit", rank=RANK_GAZETTEER):
        return Candidate(s, e, key, type_, key, None, key, rank)

    short, long_ = cand(0, 5, "a", rank=RANK_RULE), cand(0, 9, "b", rank=RANK_PHRASE)
    assert [c.key for c in arbitrate([short, long_])] == ["b"]
    # but a name found only by its capitals does not wrap a known unit ("… Corps Headquarters")
    assert [c.key for c in arbitrate([cand(0, 5, "known"), long_])] == ["known"]
    ref = cand(3, 12, "ref", "reference", rank=5)
    assert [c.key for c in arbitrate([long_, ref])] == ["ref"]
    tie_phrase, tie_known = cand(0, 9, "p", rank=RANK_PHRASE), cand(0, 9, "k")
    assert [c.key for c in arbitrate([tie_phrase, tie_known])] == ["k"]
    # a name found only by its capitals must not cut a known one in half
    crossing = cand(4, 20, "x", rank=RANK_PHRASE)
    assert [c.key for c in arbitrate([cand(0, 9, "known"), crossing])] == ["known"]


# --- abbreviations -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "long_form", "abbr"),
    [
        ("de Permanent Joint Headquarters (PJHQ) in", "Permanent Joint Headquarters", "PJHQ"),  # letters inside a word
        ("het hoofdkwartier Allied Maritime Command (MARCOM).", "Maritime Command", "MARCOM"),  # syllables
        ("De zogeheten enhanced Forward Presence (eFP) bestaat", "enhanced Forward Presence", "eFP"),  # lower case
        ("het Opleidings- en Trainingscommando (OTCO) leidt", "Opleidings- en Trainingscommando", "OTCO"),
    ],
)
def test_schwartz_hearst_alignment(text, long_form, abbr):
    assert [(text[a:b], ab) for a, b, _, _, ab in definitions(text)] == [(long_form, abbr)]


def test_a_party_or_a_country_code_in_parentheses_is_no_abbreviation():
    assert list(definitions("zei Jansen (VVD) gisteren")) == []
    assert list(definitions("in Eckernförde (DEU) en")) == []


def test_an_abbreviation_defined_in_one_paper_names_the_unit_in_the_next(ex):
    first = found(ex, "Het Gezamenlijk Oefencentrum Noord (GOCN) in Havelte opent.")
    assert first == [("Gezamenlijk Oefencentrum Noord", "unit:gocn"), ("GOCN", "unit:gocn")]
    assert found(ex, "Een tweede brief: het GOCN traint mariniers.") == [("GOCN", "unit:gocn")]
    info = ex.info("unit:gocn")
    assert info.attrs["candidate"] is True and 0 < info.attrs["confidence"] < 1
    assert "GOCN" in info.attrs["learned"]


# --- numbered units, coordination, short forms, normalised aliases ---------------------------

def test_numbered_units_take_an_open_list_of_nouns(ex):
    text = "Hij diende bij 45 Commando Group, 1 Amphibious Combat Group en 539 Assault Squadron."
    assert [s for s, _ in found(ex, text, "unit")] == ["45 Commando Group", "1 Amphibious Combat Group",
                                                        "539 Assault Squadron"]
    assert found(ex, "de genie van 411 PaGnCie", "unit") == [("411 PaGnCie", "unit:411-pagncie")]


def test_coordination_and_short_forms_link_to_the_only_known_unit(ex):
    result = ex.extract("de 43ste en 13de Brigade oefenen samen")
    assert [(f.surface, f.key) for f in result] == [("43ste", "unit:43-gemechaniseerde-brigade"),
                                                    ("13de Brigade", "unit:13-lichte-brigade")]
    assert all(f.attrs["confidence"] < 1 for f in result)
    # a number and a noun no known unit has stay a new unit
    assert found(ex, "de 7de Brigade", "unit") == [("7de Brigade", "unit:7-brigade")]


def test_aliases_match_across_slashes_brackets_and_split_compounds(ex):
    for surface in ("1 (Duits/Nederlandse) Legerkorps", "1e Duits/Nederlandse Leger Corps"):
        assert [k for _, k in found(ex, f"het {surface} in Münster", "unit")] == ["unit:1gnc"]
    assert found(ex, "de staf van 44 Pantserinfanterie bataljon en 44 Pantserinfanteriebataljon", "unit") == [
        ("44 Pantserinfanterie bataljon", "unit:44-pantserinfanterie-bataljon"),
        ("44 Pantserinfanteriebataljon", "unit:44-pantserinfanterie-bataljon")]


# --- ships ---------------------------------------------------------------------------------

def test_ships_by_type_word_and_by_national_prefix(ex):
    assert found(ex, "het fregat Leopold I en het patrouillevaartuig Pollux", "unit") == [
        ("Leopold I", "unit:ship-leopold-i"), ("Pollux", "unit:ship-pollux")]
    assert [k for _, k in found(ex, "HNLMS Tromp, later Zr.Ms. Tromp", "unit")] == ["unit:zr-ms-tromp"] * 2
    assert [k for _, k in found(ex, "de Britse HMS Queen Elizabeth", "unit")] == ["unit:ship-queen-elizabeth"]
    listed = found(ex, "the Dutch navy ships Evertsen, Johan de Witt and Van Speijk sailed", "unit")
    assert [s for s, _ in listed] == ["Evertsen", "Johan de Witt", "Van Speijk"]
    assert found(ex, "Later the Van Speijk returned.", "unit") == [("Van Speijk", "unit:zr-ms-van-speijk")]


# --- capitalised names typed by their head noun, services ------------------------------------

def test_a_capitalised_name_with_a_head_noun_is_a_candidate(ex):
    assert found(ex, "Hij werkt op het Maritime Warfare Centre in Den Helder.") == [
        ("Maritime Warfare Centre", "unit:maritime-warfare-centre")]
    assert found(ex, "het Europees Instituut voor Vredesstudies", "organisation") == [
        ("Europees Instituut voor Vredesstudies", "org:europees-instituut-voor-vredesstudies")]


def test_positions_documents_and_two_common_words_are_no_names(ex):
    for text in ("de Commandant Landstrijdkrachten sprak", "the Naval Group shipyard",
                 "het Capability Development Plan", "de Submarine Command Course"):
        assert [f for f in ex.extract(text) if f.type in ("unit", "organisation")] == [], text


def test_a_service_by_adjective_and_capitalised_service_word(ex):
    assert found(ex, "de Belgische Marine", "unit") == [("Belgische Marine", "unit:marinecomponent")]
    assert found(ex, "the Norwegian Air Force", "unit") == [("Norwegian Air Force", "unit:luftforsvaret")]
    assert found(ex, "samen met de Duitse landmacht", "unit") == []  # an army in general


# --- people --------------------------------------------------------------------------------

def test_people_by_title_are_one_person_across_spellings(ex):
    text = "Minister Hennis-Plasschaert sprak met luitenant-generaal De Kruif; later zei minister Hennis dat"
    assert found(ex, text, "person") == [("Hennis-Plasschaert", "person:hennis-plasschaert"),
                                         ("De Kruif", "person:de-kruif"), ("Hennis", "person:hennis-plasschaert")]
    assert found(ex, "Daarna sprak De Kruif.", "person") == [("De Kruif", "person:de-kruif")]


def test_people_in_a_coordination_and_with_their_party(ex):
    text = "Dat schreven de ministers Kamp van Defensie en Knapen van Buitenlandse Zaken."
    assert [s for s, _ in found(ex, text, "person")] == ["Kamp", "Knapen"]
    assert [s for s, _ in found(ex, "Indiener: Han ten Broeke (VVD)", "person")] == ["Han ten Broeke"]
    assert [s for s, _ in found(ex, "haar Duitse ambtgenoot Christine Lambrecht", "person")] == ["Christine Lambrecht"]
    assert found(ex, "de Minister van Defensie d.d. 3 mei", "person") == []


# --- traps ---------------------------------------------------------------------------------

def test_frans_guyana_is_frances_territory_not_guyana(ex):
    assert [k for _, k in found(ex, "oefenen in Frans Guyana", "country")] == ["country:GF"]
    assert [k for _, k in found(ex, "grenst aan Guyana", "country")] == ["country:GY"]


def test_an_abbreviation_widens_a_capitals_only_name_to_its_whole_long_form(ex):
    text = "het Nordic Centre for Gender in Military Operations (NCGM) traint adviseurs"
    assert found(ex, text) == [("Nordic Centre for Gender in Military Operations", "unit:ncgm"), ("NCGM", "unit:ncgm")]


def test_candidates_carry_their_flag_into_the_library_and_what_was_learned_outlives_the_session(tmp_path):
    from coopviewer.library import Library

    (tmp_path / "a.txt").write_text("Het Gezamenlijk Oefencentrum Noord (GOCN) in Havelte opent in mei.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Het GOCN traint daar mariniers met het Korps Mariniers.\n", encoding="utf-8")
    with Library(tmp_path / "lib") as lib:
        lib.ingest([str(tmp_path / "a.txt")])
    with Library(tmp_path / "lib") as lib:  # a new session: a fresh extractor, taught by the library
        lib.ingest([str(tmp_path / "b.txt")])
        unit = next(e for e in lib.entities("unit") if e.name == "Gezamenlijk Oefencentrum Noord")
        assert unit.candidate and 0 < unit.confidence < 1
        assert {d.path.rsplit("/", 1)[-1] for d in unit.documents} == {"a.txt", "b.txt"}
        known = next(e for e in lib.entities("unit") if e.name == "Korps Mariniers")
        assert not known.candidate and known.confidence == 1.0
        assert unit.cli_dict()["candidate"] is True and known.cli_dict()["confidence"] == 1.0


def test_a_name_seen_before_its_abbreviation_keeps_one_entity(ex):
    first = found(ex, "Het Joint Mine Warfare Centre of Excellence in Oostende traint.")
    later = found(ex, "Het Belgische Joint Mine Warfare Centre of Excellence (JMW COE) en later het JMW COE.")
    key = first[0][1]
    assert [k for _, k in later if k.startswith("unit:")] == [key, key, key]


@pytest.mark.parametrize("surface", ["13 Lichte Brigade", "13e Lichte Brigade", "13de Lichte Brigade",
                                     "dertiende Lichte Brigade", "Dertiende Lichte Brigade", "13th Light Brigade"])
def test_every_ordinal_form_names_one_unit(ex, surface):
    assert [k for _, k in found(ex, f"de {surface} oefent", "unit")] == ["unit:13-lichte-brigade"]


def test_names_broken_over_a_line_and_amerika(ex):
    assert found(ex, "eenheden van de Koninklijke\nLuchtmacht oefenen", "unit") == [("Koninklijke\nLuchtmacht", "unit:clsk")]
    assert found(ex, "Ook Amerika levert een vuureenheid.", "country") == [("Amerika", "country:US")]
    assert found(ex, "troepen uit Noord-Amerika en Zuid-Amerika", "country") == []


def test_two_names_side_by_side_and_a_title_case_heading(ex):
    text = "under the command of the Maritime Battle Staff of The Netherlands Maritime Forces."
    assert [s for s, _ in found(ex, text, "unit")] == ["Maritime Battle Staff", "Netherlands Maritime Forces"]
    assert found(ex, "gebouwd door Naval Group en ECA Group samen") == []
    assert found(ex, "Netherlands Maritime Forces Conduct Amphibious Landing Training\nThe navy trains.", "unit") == []
    assert found(ex, "Navy, Army and Air Force units took part") == []


def test_lower_case_units_after_an_ordinal_and_the_long_ship_prefix(ex):
    assert [s for s, _ in found(ex, "het 1e mariniersbataljon en de 2de bootgroep", "unit")] == [
        "1e mariniersbataljon", "2de bootgroep"]
    assert found(ex, "de kiel van Zijner Majesteits Vlissingen", "unit") == [
        ("Zijner Majesteits Vlissingen", "unit:zr-ms-vlissingen")]
    assert found(ex, "De eerste Belgische mijnenjager, Oostende, is te water gelaten.", "unit") == [
        ("Oostende", "unit:ship-oostende")]


def test_royal_and_military_titles(ex):
    text = "King Willem-Alexander and Queen Máxima watched; Commodore James Parkin led the task group."
    assert [s for s, _ in found(ex, text, "person")] == ["Willem-Alexander", "Máxima", "James Parkin"]


def test_people_with_their_portfolio_in_lists_and_after_a_colon(ex):
    text = "Mee gingen Sigrid Kaag (Financiën), Dilan Yeşilgöz-Zegerius (Justitie en Veiligheid) en Rob Jetten."
    assert [s for s, _ in found(ex, text, "person")][:2] == ["Sigrid Kaag", "Dilan Yeşilgöz-Zegerius"]
    assert [s for s, _ in found(ex, "op voorstel van de ministers Henk Kamp (Defensie) en Ben Bot (Buitenlandse Zaken)",
                                "person")] == ["Henk Kamp", "Ben Bot"]
    members = "Aanwezig zijn drie leden der Kamer, te weten: Ten Broeke, Jasper van Dijk en De Roon"
    assert [s for s, _ in found(ex, members, "person")] == ["Ten Broeke", "Jasper van Dijk", "De Roon"]
    assert [s for s, _ in found(ex, "Griffier: Mittendorff", "person")] == ["Mittendorff"]
    assert [s for s, _ in found(ex, "luitenant-kolonel b.d. Ed Westerhuis schreef", "person")] == ["Ed Westerhuis"]


def test_a_number_after_the_noun_names_the_known_unit(ex):
    for surface in ("Panzerbataillon 414", "Battalion 414", "Pantzerbatallion 414"):
        assert [k for _, k in found(ex, f"het {surface}, een tankeenheid", "unit")] == ["unit:414-tankbataljon"]
    assert found(ex, "Group 3 van de werkgroep", "unit") == []  # no known unit: too little to go on


def test_missions_and_short_country_names(ex):
    text = "bijdragen aan UNIFIL, EUFOR in Bosnië en de European Union Training Mission (EUTM) in Somalië"
    assert [k for _, k in found(ex, text, "unit")] == ["unit:unifil", "unit:eufor", "unit:eutm", "unit:eutm"]
    assert "country:BA" in [k for _, k in found(ex, text, "country")]


def test_people_in_parliamentary_papers(ex):
    assert [s for s, _ in found(ex, "- Indiener: R.P. Brekelmans, minister van Defensie", "person")] == ["R.P. Brekelmans"]
    assert [s for s, _ in found(ex, "De fungerend voorzitter van de commissie, Paternotte", "person")] == ["Paternotte"]
    assert [s for s, _ in found(ex, "DE MINISTER VAN DEFENSIE\n\nE. van Middelkoop", "person")] == ["E. van Middelkoop"]
    assert [s for s, _ in found(ex, "E. van Middelkoop\n", "person")] == ["E. van Middelkoop"]  # a signature passage
    assert found(ex, "De voorzitter:\nGoedemiddag. Welkom.", "person") == []
    assert [s for s, _ in found(ex, "Griffier: Mittendorff\nAanwezig zijn zes leden", "person")] == ["Mittendorff"]
    assert [s for s, _ in found(ex, "en mevrouw Diks van GroenLinks", "person")] == ["Diks"]


def test_nato_councils_and_missions_in_the_way_papers_write_them(ex):
    text = "de Navo-Rusland Raad (NRR), de Navo-Georgië commissie en de troepen van Isaf"
    assert [k for _, k in found(ex, text) if not k.startswith("country:")] == [
        "org:nato-russia-council", "org:nato-russia-council", "org:nato-georgia-commission", "unit:isaf"]


def test_ship_lists_after_a_prefix_or_a_plural_type_word_and_spaced_ranks(ex):
    text = "vertegenwoordigd met Zr. Ms. Evertsen, Tromp, Van Speijk en het Belgische fregat Louise Marie."
    assert [s for s, _ in found(ex, text, "unit")] == ["Zr. Ms. Evertsen", "Tromp", "Van Speijk", "Louise Marie"]
    assert [s for s, _ in found(ex, "de Noorse korvetten Skud en Skjold", "unit")] == ["Skud", "Skjold"]
    assert [s for s, _ in found(ex, "kapitein ter zee Frank Lenssen en Lt Cdr Jan-Willem Vroegop", "person")] == [
        "Frank Lenssen", "Jan-Willem Vroegop"]


def test_the_american_1st_armored_division_is_not_the_german_1st_armoured_division(ex):
    assert found(ex, "the German 1st Armoured Division", "unit") == [("1st Armoured Division", "unit:1-panzerdivision")]
    assert [k for _, k in found(ex, "de Amerikaanse 3rd Armored Brigade Combat Team (1st Armored Division)", "unit")] == [
        "unit:3-armored-brigade-combat-team", "unit:1-armored-divisie"]


def test_every_type_the_extractor_gives_is_one_of_the_projects_entity_types(ex):
    from coopviewer.models import ENTITY_TYPES

    text = ("Minister Ollongren tekende op 4 februari 2016 een Technical Arrangement met Duitsland over de 13e Lichte "
            "Brigade, de NAVO, de F-35, Zr.Ms. Tromp en het Maritime Warfare Centre (Kamerstuk 33 279, nr. 29).")
    types = {f.type for f in ex.extract(text)}
    assert types == {"person", "agreement", "country", "unit", "organisation", "programme", "reference"}
    assert types <= set(ENTITY_TYPES)
    assert {e.type for e in ex.entities()} <= set(ENTITY_TYPES)


def test_the_analyst_confirms_a_candidate_and_it_stays_confirmed_after_reingest(tmp_path):
    from coopviewer.library import Library

    paper = tmp_path / "a.txt"
    paper.write_text("Het Gezamenlijk Oefencentrum Noord (GOCN) in Havelte opent in mei.\n", encoding="utf-8")
    with Library(tmp_path / "lib") as lib:
        lib.ingest([str(paper)])
        assert lib.find_entity("GOCN").candidate
        lib.confirm("GOCN")
        assert not lib.find_entity("GOCN").candidate
        for d in lib.documents():
            lib.remove_document(d.id)
        lib.ingest([str(paper)])
        assert not lib.find_entity("GOCN").candidate  # the correction is applied when the entity is written again
        lib.confirm("GOCN", confirmed=False)
        assert lib.find_entity("GOCN").candidate


def test_the_cli_lists_candidates_and_confirms_them(tmp_path):
    import json

    from tests.test_cli import run

    paper = tmp_path / "a.txt"
    paper.write_text("Het Gezamenlijk Oefencentrum Noord (GOCN) oefent met het Korps Mariniers.\n", encoding="utf-8")
    lib = tmp_path / "lib"
    assert run("ingest", str(paper), lib=lib).returncode == 0

    def units() -> dict[str, dict]:
        return {e["name"]: e for e in json.loads(run("entities", "--type", "unit", "--json", lib=lib).stdout)}

    before = units()
    assert before["Gezamenlijk Oefencentrum Noord"]["candidate"] is True
    assert 0 < before["Gezamenlijk Oefencentrum Noord"]["confidence"] < 1
    assert before["Korps Mariniers"]["candidate"] is False and before["Korps Mariniers"]["confidence"] == 1.0
    assert run("correct", "confirm", "GOCN", lib=lib).returncode == 0
    assert units()["Gezamenlijk Oefencentrum Noord"]["candidate"] is False


def test_a_long_form_named_before_its_abbreviation_is_defined_stays_one_entity():
    """A heading names the centre, the sentence after defines its abbreviation: one entity, not twins."""
    from coopviewer.extract import Extractor

    text = ("Maritime Logistics Centre of Excellence: de samenwerking wordt verbreed bij het "
            "Belgisch-Nederlandse Maritime Logistics Centre of Excellence (MLCOE) in Den Helder.")
    units = {(f.surface, f.key) for f in Extractor().extract(text) if f.type == "unit"}
    assert len({key for _surface, key in units}) == 1, units
    assert {surface for surface, _key in units} == {"Maritime Logistics Centre of Excellence", "MLCOE"}
