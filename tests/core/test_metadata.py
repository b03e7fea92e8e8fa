"""Title, kind, date and number read from a paper's text (minimal fixtures written for these tests).

The fixtures imitate the forms real papers use — Kamerstuk heads and footers, letterheads
with a right-hand column, decision lists, e-mails — in words of their own. The last tests
walk the real ingest path: the bundled sample papers as plain .txt (no PDF metadata).
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from coopviewer.extract.references import find_references, normalize_reference
from coopviewer.ingest.metadata import (
    KIND_NAMES,
    detect_date,
    detect_metadata,
    detect_number,
    is_title_like,
)
from coopviewer.library import Library
from tests.conftest import DOC_000, DOC_001, SAMPLE_DIR


def meta(*pages: str, metadata: dict | None = None, stem: str = "E01"):
    return detect_metadata(metadata or {}, list(pages), stem)


# --- dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Aan de Voorzitter van de Tweede Kamer\n\nDen Haag, 23 februari 2023\n\nHierbij ...", "2023-02-23"),
        ("Besluitenlijst van de procedurevergadering van dinsdag 28 mei 2013\n\nPunt 1", "2013-05-28"),
        ("Nr. 14 VERSLAG VAN EEN ALGEMEEN OVERLEG\n\nVastgesteld 31 maart 2015\n\nDe commissie ...", "2015-03-31"),
        ("Kenmerk\n\nBS2015001234\n\nDatum\n\n04 mrt. 2015\n\nBetreft\n\nOefening in Duitsland", "2015-03-04"),
        ("Verslag van het overleg\n\nmaandag, 20. januari 2014\n\nAanwezig: ...", "2014-01-20"),
        ("Agenda\n\ndonderdag 23 maart 2023\n\n1. Opening", "2023-03-23"),
        ("Datum 29 september 2020\nBetreft Inzet fregat", "2020-09-29"),
        ("'s-Gravenhage, 1 mei 2012\n\nGeachte voorzitter,", "2012-05-01"),
        ("Voorgesteld 7 november 2019\n\nDe Kamer,", "2019-11-07"),
        ("Sent: Thur 9/10/2020 1:08:39 PM\nSubject: RE: overleg", "2020-09-10"),
        ("Verzonden: donderdag 10 september 2020 14:40\nOnderwerp: overleg", "2020-09-10"),
        ("Datum: 29-09-2020\nOnderwerp: planning", "2020-09-29"),
    ],
)
def test_every_common_dutch_date_form(text, iso):
    assert detect_date([text], {}) == iso


@pytest.mark.parametrize(
    ("abbreviation", "month"),
    [("jan.", 1), ("feb.", 2), ("mrt.", 3), ("apr.", 4), ("mei", 5), ("jun.", 6), ("jul.", 7),
     ("aug.", 8), ("sep.", 9), ("sept.", 9), ("okt.", 10), ("nov.", 11), ("dec.", 12)],
)
def test_abbreviated_months(abbreviation, month):
    assert detect_date([f"Datum\n\n7 {abbreviation} 2021\n\nBetreft\n\nIets"], {}) == f"2021-{month:02d}-07"


def test_the_dateline_wins_over_dates_quoted_earlier_in_the_body():
    page = ("Nr. 5 BRIEF VAN DE MINISTER VAN DEFENSIE\n\n"
            "Op 3 december 2020 ontving ik uw verzoek; zie ook mijn brief van 12 januari 2021.\n\n"
            "Den Haag, 8 maart 2021")
    assert detect_date([page], {}) == "2021-03-08"


def test_a_date_only_in_the_running_text_is_not_the_papers_date():
    body = "De eenheid oefende op 12 mei 2021 samen met de Duitse collega's, en opnieuw in juni van dat jaar."
    assert detect_date([body], {"creationDate": "D:20210701120000"}) == "2021-07-01"
    assert detect_date([body], {}) is None


def test_a_word_that_starts_like_a_weekday_is_no_weekday():
    """"zoals" begins like "zo" (zondag), "dossier" like "do": neither makes a body date the paper's."""
    assert detect_date(["Het kabinet heeft, zoals 12 mei 2021 gemeld, het dossier 3 juni 2021 gesloten."], {}) is None


def test_an_impossible_date_is_skipped():
    assert detect_date(["Datum 31 februari 2021\n\nDen Haag, 2 maart 2021"], {}) == "2021-03-02"


# --- number --------------------------------------------------------------------------


def test_number_from_a_kamerstuk_head():
    page = ("33 279 Internationale militaire samenwerking\n\nNr. 13 BRIEF VAN DE MINISTER VAN DEFENSIE\n\n"
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 2 december 2014")
    assert meta(page).number == "33 279, nr. 13"


def test_number_from_the_head_when_the_lines_run_together():
    page = "34 919 Defensienota Nr. 89 BRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE Aan de Voorzitter van de Tweede Kamer"
    assert meta(page).number == "34 919, nr. 89"


def test_number_from_a_footer_on_a_later_page():
    pages = ["Nr. 29 BRIEF VAN DE MINISTER VAN DEFENSIE\n\nDen Haag, 19 juni 2019\n\nTekst.",
             "Meer tekst over samenwerking.",
             "Nog meer tekst.\n\nTweede Kamer, vergaderjaar 2018–2019, 33 279, nr. 29 3"]
    assert meta(*pages).number == "33 279, nr. 29"


@pytest.mark.parametrize(
    ("head", "number"),
    [
        ("21 501-07 Raad voor Economische en Financiële Zaken\n\nNr. 1395 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", "21 501-07, nr. 1395"),
        ("35 925 X Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X)\n\nNr. 12 MOTIE VAN HET LID JANSEN", "35 925 X, nr. 12"),
        ("36 200-X Vaststelling van de begrotingsstaten\n\nNr. 4 BRIEF VAN DE MINISTER VAN DEFENSIE", "36 200 X, nr. 4"),
        ("Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2023-2024\n\n36 124 Defensienota\n\nNr. 46 BRIEF VAN DE MINISTER", "36 124, nr. 46"),
        ("35 300\nX\nVaststelling van de begrotingsstaten\n\nNr. 27\nMOTIE VAN HET LID PIETERS C.S.", "35 300 X, nr. 27"),
    ],
)
def test_sub_numbers_and_chapters_keep_their_official_form(head, number):
    assert meta(head + "\n\nVoorgesteld 1 mei 2020").number == number


def test_kamerstuk_form_at_the_top_of_the_page():
    assert meta("Kamerstuk 33 279, nr. 37\n\nBrief over samenwerking met Duitsland\n\nDen Haag, 1 mei 2023").number == "33 279, nr. 37"


def test_a_citation_in_the_body_is_not_the_papers_own_number():
    page = ("Nr. 37 BRIEF VAN DE MINISTER VAN DEFENSIE\n\nDen Haag, 23 februari 2023\n\n"
            "In mijn vorige brief (Kamerstuk 33 279, nr. 28) schreef ik u over de samenwerking met Duitsland.")
    assert meta(page).number is None


def test_number_from_metadata_when_the_text_has_none():
    assert meta("Tekst zonder nummer.", metadata={"keywords": "Kamerstuk 33 279, nr. 37"}).number == "33 279, nr. 37"
    assert detect_number(["Tekst."], {"title": "kst-21501-07-1395"}) == "21 501-07, nr. 1395"


def test_own_number_and_citations_of_it_have_one_key():
    """The writer leaves out ref:{own number}, and a citation elsewhere must resolve to it."""
    own = meta("Tweede Kamer, vergaderjaar 2020–2021, 21 501-07, nr. 1395 2").number
    for citation in ("Kamerstuk 21 501-07, nr. 1395", "Kamerstuk 21501-7, nr. 1395", "21 501–07, nr. 1395"):
        assert normalize_reference(citation) == own


# --- title ---------------------------------------------------------------------------


WOO_LETTER = (
    "171999\n\nMinisterie van Defensie\n\n> Retouradres Postbus 20701 2500 ES Den Haag\n\n"
    "Stichting Voorbeeld\nPostbus 100\n1000 AA Amsterdam\n\nDatum\n\n29 september 2020\n\n"
    "Betreft\n\nSamenwerking met België bij de opleiding van vliegers\n\nGeachte heer,\n\n"
    "Hierbij informeer ik u over de stand van zaken."
)


def test_the_betreft_line_is_the_title_and_the_letterhead_never_is():
    m = meta(WOO_LETTER)
    assert m.title == "Samenwerking met België bij de opleiding van vliegers"
    assert (m.kind, m.date) == ("letter", "2020-09-29")


def test_onderwerp_on_the_same_line_and_reply_marks_dropped():
    page = "From: iemand\nSent: Tue 9/29/2020 9:28:48 AM\nTo: iemand anders\nSubject: RE: FW: Spreeklijn oefening Noordzee\n\nDank."
    m = meta(page)
    assert (m.title, m.kind, m.date) == ("Spreeklijn oefening Noordzee", "email", "2020-09-29")


@pytest.mark.parametrize(
    "page",
    [
        "Logo Rijksoverheid\n\nMinisterie van Volksgezondheid, Welzijn en Sport\n\nDen Haag, 2 november 2007\n\n"
        "Over de voortgang van het programma zorgverzekering is het volgende te melden. De uitvoering ligt op schema.",
        "Den Haag, 3 april 2009\n\nBesluitenlijst procedurevergadering vaste commissie voor Defensie\n\n1. Brievenlijst",
        " Nr. 37  BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN DEFENSIE\n\nAan de Voorzitter van de Tweede Kamer\n\n"
        "Den Haag, 23 februari 2023\n\nMet deze brief informeren wij u over de samenwerking met Duitsland.",
    ],
)
def test_never_a_letterhead_logo_address_date_line_or_number(page):
    title = meta(page, stem="E01").title
    assert title != "E01" and is_title_like(title)
    assert not title.lower().startswith(("logo", "ministerie", "den haag", "nr.")) and not title[0].isdigit()


def test_decision_list_title_and_kind():
    m = meta("Den Haag, 3 april 2009\n\nBesluitenlijst procedurevergadering vaste commissie voor Defensie\n\n1. Brievenlijst")
    assert (m.title, m.kind, m.date) == ("Besluitenlijst procedurevergadering vaste commissie voor Defensie", "decision list", "2009-04-03")


def test_kamerstuk_title_is_the_dossier_and_the_heading_in_the_papers_own_case():
    page = ("28 676 NAVO\n\nNr. 245 MOTIE VAN HET LID VAN DER BERG C.S.\n\nVoorgesteld 24 mei 2016\n\n"
            "De Kamer,\n\nverzoekt de regering de NAVO te steunen,\n\nen gaat over tot de orde van de dag.\n\nVan der Berg\n\nJansen")
    m = meta(page)
    assert m.title == "NAVO — Motie van het lid Van der Berg c.s."
    assert (m.kind, m.number, m.date) == ("motion", "28 676, nr. 245", "2016-05-24")


def test_a_letter_without_its_dossier_line_is_titled_by_what_it_says_it_is_about():
    page = (" Nr. 29  BRIEF VAN DE MINISTER VAN DEFENSIE\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
            "Den Haag, 19 juni 2019\n\nHierbij informeer ik u over de stand van zaken van de samenwerking met België.")
    assert meta(page).title == "Stand van zaken van de samenwerking met België"


def test_a_heading_at_the_top_is_the_title():
    m = meta("\n\nBijlage 2: Overzicht van oefenterreinen\n\nDeze bijlage bevat een overzicht van de terreinen.")
    assert (m.title, m.kind) == ("Bijlage 2: Overzicht van oefenterreinen", "annex")


def test_news_headline_before_the_agency_dateline():
    m = meta("Fregat vertrekt naar de Oostzee\nDEN HAAG (ANP) - Een Nederlands fregat vertrekt maandag voor een oefening.")
    assert (m.title, m.kind) == ("Fregat vertrekt naar de Oostzee", "news")


def test_metadata_title_is_a_fallback_and_program_titles_are_ignored():
    body = "de tekst begint hier zonder kop. Er volgt een lange zin over oefeningen en samenwerking en nog meer."
    assert meta(body, metadata={"title": "Kamerbrief over de oefening in Litouwen"}).title == "Kamerbrief over de oefening in Litouwen"
    assert meta(body, metadata={"title": "Microsoft Word - 2020-09-01.docx"}, stem="E01").title == "E01"
    assert meta(WOO_LETTER, metadata={"title": "Kamerbrief over iets anders"}).title.startswith("Samenwerking met België")


def test_a_memo_with_aan_van_onderwerp_is_a_note_not_an_email():
    page = "Nota\n\nAan: de minister\n\nVan: directeur Plannen\n\nOnderwerp: Inzet mijnenjagers\n\nDatum: 3 juni 2021"
    m = meta(page)
    assert (m.kind, m.title, m.date) == ("note", "Inzet mijnenjagers", "2021-06-03")


# --- kind ----------------------------------------------------------------------------


def test_a_letter_headed_brief_van_is_a_letter_even_with_bijlage_near_its_top():
    page = ("Nr. 12 BRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE\n\nAan de Voorzitter van de Tweede Kamer\n\n"
            "Den Haag, 4 maart 2015\n\nIn de bijlage bij deze brief vindt u het overzicht van de projecten.")
    assert meta(page).kind == "letter"


@pytest.mark.parametrize(
    ("page", "kind"),
    [
        ("Nota internationale samenwerking\n\nInleiding", "note"),
        ("35 000 X Begroting\n\nNr. 47 MOTIE VAN DE LEDEN A EN B\n\nVoorgesteld 21 november 2018", "motion"),
        ("33 279 Internationale militaire samenwerking\n\nNr. 14 VERSLAG VAN EEN ALGEMEEN OVERLEG\n\nVastgesteld 31 maart 2015", "report"),
        ("Besluitenlijst van de procedurevergadering van donderdag 21 mei 2015", "decision list"),
        ("Bijlage bij brief over de samenwerking met Noorwegen\n\nOverzicht", "annex"),
        ("Een tabel zonder enige aanduiding\n\n12 14 16", "document"),
    ],
)
def test_kinds(page, kind):
    assert meta(page).kind == kind
    assert kind in KIND_NAMES


# --- references ----------------------------------------------------------------------


def keys(text: str) -> list[tuple[str, str]]:
    return [(key, kind) for _, _, key, kind in find_references(text)]


def test_sub_dossier_keeps_its_leading_zero():
    assert keys("zie Kamerstuk 21 501-07, nr. 1395.") == [("21 501-07, nr. 1395", "kamerstuk")]
    assert keys("zie Kamerstuk 21501-7, nr. 1395.") == [("21 501-07, nr. 1395", "kamerstuk")]


@pytest.mark.parametrize(
    ("text", "dossier", "numbers"),
    [
        ("(Kamerstuk 23 432, nrs. 372 en 375)", "23 432", [372, 375]),
        ("(Kamerstuk 23 432, nr. 372 en 375)", "23 432", [372, 375]),
        ("(Kamerstukken 33 279, nrs. 12, 13 en 15)", "33 279", [12, 13, 15]),
    ],
)
def test_lists_of_numbers_give_one_reference_each(text, dossier, numbers):
    assert keys(text) == [(f"{dossier}, nr. {n}", "kamerstuk") for n in numbers]


def test_a_list_does_not_swallow_a_date():
    assert keys("de brief (Kamerstuk 33 279, nr. 12 en 13 mei overleg)") == [("33 279, nr. 12", "kamerstuk")]


# --- papers of other kinds: Eerste Kamer letters, written questions, notices, news ------


def test_eerste_kamer_letter_head_gives_number_title_and_kind():
    m = meta("12 345 Wijziging van de Wet op de proefdieren in verband met een nieuwe regel\n\n"
             "31 000 Integraal beleid\n\n"
             "CD2 MEMORIE VAN ANTWOORD\n\nOntvangen 3 april 2024\n\nDe regering dankt de leden voor hun vragen.")
    assert m.number == "12 345, CD"  # the first dossier, the letter without its footnote mark
    assert m.title.startswith("Wijziging van de Wet op de proefdieren") and m.title.endswith("Memorie van antwoord")
    assert m.date == "2024-04-03"


def test_eerste_kamer_heading_footnote_marks_are_dropped():
    m = meta("12 345 Wet van voorbeelden\n\nB HERDRUK1 VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR ONDERWIJS2\n\n"
             "Vastgesteld 2 mei 2016\n\nDe leden van de fracties hebben vragen.")
    assert (m.number, m.kind, m.date) == ("12 345, B", "report", "2016-05-02")
    assert "Herdruk voorlopig verslag" in m.title and "1" not in m.title and "2" not in m.title


def test_a_capital_word_in_running_text_is_not_a_letter_head():
    m = meta("12 345 Wet van voorbeelden\n\n" + "Dit is gewone lopende tekst zonder kop. " * 40 + "\n\nA DE LEDEN VAN DE COMMISSIE")
    assert m.number is None


def test_long_dossier_title_leaves_room_for_the_heading():
    long_title = "Wijziging van de Wet " + "op de bijzondere voorbeelden en enige andere wetten " * 5
    m = meta(f"12 345 {long_title}\n\nNr. 7 BRIEF VAN DE MINISTER VAN DEFENSIE\n\nDen Haag, 1 juli 2024\n\nGeachte voorzitter,")
    assert m.title.lower().endswith("… — brief van de minister van defensie") and len(m.title) <= 160


def test_written_questions_and_their_answer():
    text = ("Vragen van de leden Jansen (ABC) en De Vries (XYZ) aan de Minister van Justitie en Veiligheid over "
            "de wachttijden bij de rechtbanken (ingezonden 8 mei 2020).\n"
            "Antwoord van Minister Pietersen (Justitie en Veiligheid) mede namens de Minister voor\n"
            "Rechtsbescherming (ontvangen 19 mei 2020).\nVraag 1\nKent u het bericht?\nAntwoord 1\nJa.")
    m = meta(text)
    assert (m.kind, m.date, m.title) == ("questions", "2020-05-19", "Wachttijden bij de rechtbanken")
    unanswered = meta(text.split("Antwoord van")[0] + "Vraag 1\nKent u het bericht?")
    assert (unanswered.kind, unanswered.date) == ("questions", "2020-05-08")


def test_aanhangsel_number_from_its_footer_or_its_id():
    text = ("Vragen van het lid Jansen (ABC) aan de Minister van Defensie over oefenterreinen (ingezonden 2 maart 2015).\n\n"
            "Vraag 1\n\nKent u de plannen?\n\nAanhangsel Handelingen II 2014/15, nr. 1234")
    assert meta(text).number == "Aanhangsel Handelingen II 2014/15, nr. 1234"
    plain = text.rsplit("\n\n", 1)[0]
    assert meta(plain).number is None
    assert meta(plain, metadata={"subject": "ah-tk-20142015-1234"}).number == "Aanhangsel Handelingen II 2014/15, nr. 1234"


def test_site_label_kamerstuk_id_gives_number_not_title():
    m = meta("Kamerstuk 36410-X-33\n\nMotie van het lid Jansen over munitievoorraden\n\n"
             "Dossier: Vaststelling van de begrotingsstaten\n\nNr. 33 MOTIE VAN HET LID JANSEN\n\nDe Kamer,")
    assert (m.number, m.kind) == ("36 410 X, nr. 33", "motion")
    assert m.title.startswith("Motie van het lid Jansen") and "Kamerstuk" not in m.title


def test_korte_aantekeningen_are_a_decision_list_dated_by_their_heading():
    m = meta("Korte aantekeningen vergadering commissie Defensie van 28 maart 2017\n\n1. Werkbezoek\n\n"
             "De commissie besluit het werkbezoek op vrijdag 23 juni 2017 te doen plaatsvinden.")
    assert (m.kind, m.date) == ("decision list", "2017-03-28")


def test_staatscourant_instrument_title_and_date():
    m = meta("STAATSCOURANT Officiële uitgave Nr 12345 Regeling van de Minister van Defensie van 4 maart 2021, "
             "nr. BS/123, tot wijziging van de Regeling dienstreizen De Minister van Defensie, Gelet op artikel 3; Besluit:")
    assert m.date == "2021-03-04"
    assert m.title == "Regeling van de Minister van Defensie, tot wijziging van de Regeling dienstreizen"


def test_amendment_is_its_own_kind_and_a_letter_about_one_is_a_letter():
    m = meta("12 345 Wet van voorbeelden\n\nNr. 9 AMENDEMENT VAN HET LID JANSEN\n\nOntvangen 5 juni 2023\n\n"
             "De ondergetekende stelt het volgende amendement voor:")
    assert (m.kind, m.number, m.date) == ("amendment", "12 345, nr. 9", "2023-06-05")
    letter = meta("12 345 Wet van voorbeelden\n\nNr. 10 BRIEF VAN DE MINISTER VAN DEFENSIE\n\n"
                  "Den Haag, 6 juni 2023\n\nIn deze brief reageer ik op het amendement van het lid Jansen.")
    assert letter.kind == "letter"


def test_news_item_with_time_stamp():
    m = meta("dinsdag, 3. maart 2020 - 09:15\n\nFregat terug in Den Helder\n\nDen Helder\n\nHet fregat is dinsdag teruggekeerd.")
    assert (m.kind, m.date, m.title) == ("news", "2020-03-03", "Fregat terug in Den Helder")
    letter = meta("Den Haag, 3 maart 2020\n\nBetreft Fregat\n\nGeachte voorzitter, om 09:15 vertrok het fregat.")
    assert letter.kind == "letter"


def test_case_numbers_are_their_own_kind():
    assert keys("zie 2020Z12053 en Kamerstuk 2022Z20851") == [("2020Z12053", "zaak"), ("2022Z20851", "zaak")]


def test_the_tweede_kamers_own_id_form():
    assert keys("Reservistennota 2014 - 34000-X-34") == [("34 000 X, nr. 34", "kamerstuk")]


# --- the real ingest path --------------------------------------------------------------


def _sample_as_text(pdf: Path, out_dir: Path) -> Path:
    """The bundled sample paper as a plain .txt: its text blocks, pages split by form feeds."""
    with pymupdf.open(pdf) as doc:
        pages = ["\n\n".join(b[4].strip() for b in page.get_text("blocks") if b[4].strip()) for page in doc]
    path = out_dir / f"{pdf.stem}.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def text_library(tmp_path_factory):
    src = tmp_path_factory.mktemp("txt")
    files = [str(_sample_as_text(pdf, src)) for pdf in sorted(SAMPLE_DIR.glob("*.pdf"))]
    lib = Library(tmp_path_factory.mktemp("txt-lib"))
    report = lib.ingest(files)
    assert not report.failed, report.failed
    yield lib
    lib.close()


def test_txt_papers_get_date_number_and_title_from_their_text(text_library):
    docs = {Path(d.path).stem: d for d in text_library.documents()}
    assert len(docs) == 5
    assert docs[DOC_000].date == "2023-02-23"
    assert docs[DOC_001].date == "2019-06-19"
    assert docs[DOC_001].number == "33 279, nr. 29"
    for stem, doc in docs.items():
        assert doc.title and stem[:3] not in doc.title and is_title_like(doc.title), (stem, doc.title)
    assert docs[DOC_000].kind == docs[DOC_001].kind == "letter"


def test_txt_papers_stored_pdf_has_no_file_name_title(text_library):
    doc = next(d for d in text_library.documents() if Path(d.path).stem == DOC_001)
    with pymupdf.open(text_library.stored_path(doc)) as pdf:
        assert DOC_001 not in (pdf.metadata.get("title") or "")


def test_citation_of_001_in_000_resolves_and_001_does_not_cite_itself(text_library):
    docs = {Path(d.path).stem: d for d in text_library.documents()}
    refs = {r.key: r for r in text_library.references()}
    ref = refs["33 279, nr. 29"]
    assert ref.resolves_to == docs[DOC_001].id
    assert {c["doc_id"] for c in ref.cited_in} == {docs[DOC_000].id}
    kinds = {r.kind for r in refs.values()}
    assert "kamerstuk" in kinds and refs["2022Z20851"].kind == "zaak"
    assert refs["2022Z20851"].cli_dict()["kind"] == "zaak"
