"""Detect a document's title, kind, date and parliamentary number from its text.

Real papers state these facts in their own text: a Kamerstuk's head ("33 279
Internationale militaire samenwerking / Nr. 29 BRIEF VAN DE MINISTER VAN DEFENSIE"),
its running footer ("Tweede Kamer, vergaderjaar 2018–2019, 33 279, nr. 29"), a
letter's "Betreft" line and dateline ("Den Haag, 23 februari 2023"). A PDF's metadata
is often the word processor's or the scanner's, and a .txt has none, so the text is
read first and the metadata is the fallback. Only a descriptive metadata title is
preferred to a title guessed from running text (a subject sentence or a heading),
because the publisher wrote it on purpose. The file name is the very last resort.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from babel.dates import get_day_names, get_month_names

from coopviewer.extract.references import (
    DOSSIER_PATTERN,
    HANDELINGEN_RE,
    dossier_key,
    normalize_reference,
)

# The kinds a document can have, and the words that name each in a heading or the
# first lines ("BRIEF VAN DE STAATSSECRETARIS", "Bijlage 2:", "Besluitenlijst van de
# procedurevergadering"). Where several occur, the earliest wins.
KINDS: list[tuple[str, tuple[str, ...]]] = [
    ("decision list", ("besluitenlijst", "korte aantekeningen")),
    ("motion", ("motie", "moties")),
    ("amendment", ("amendement", "amendementen", "subamendement")),
    ("questions", ()),  # written questions and their answers: found by "Vragen van het lid … (ingezonden …)"
    ("letter", ("brief", "kamerbrief", "brieven")),
    ("annex", ("bijlage", "annex")),
    ("note", ("nota", "notitie", "oplegnotitie", "oplegnota", "memo", "memorandum")),
    ("report", ("verslag", "rapport", "rapportage", "report", "jaarverslag")),
    ("news", ("nieuwsbericht", "persbericht")),
    ("email", ()),  # found by its header block (From:/Sent:/Subject:), not by a word
]
KIND_NAMES = [kind for kind, _ in KINDS] + ["document"]
_KIND_OF_WORD = {word: kind for kind, words in KINDS for word in words}
_KIND_WORD_RE = re.compile(r"\b(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_KIND_OF_WORD, key=len, reverse=True))
                           + r")\b", re.I)

MAX_TITLE = 160


@dataclass
class DocMeta:
    title: str
    kind: str
    date: str | None  # ISO yyyy-mm-dd, or yyyy-mm / yyyy when that is all we know
    number: str | None  # "33 279, nr. 29", in the same form as reference keys


# --- dates -------------------------------------------------------------------------


def _month_numbers() -> dict[str, int]:
    """Dutch (and English) month names and abbreviations from CLDR, lower case, no dot."""
    names: dict[str, int] = {}
    for locale in ("nl", "en"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                names[name.lower().rstrip(".")] = number
    names["sept"] = 9  # "sept." is common beside CLDR's "sep."
    return names


def _weekday_names() -> list[str]:
    days = {name.lower().rstrip(".") for locale in ("nl", "en") for width in ("wide", "abbreviated")
            for name in get_day_names(width, locale=locale).values()}
    days |= {"tues", "thur", "thurs"}  # Outlook's English exports
    return sorted(days, key=len, reverse=True)


MONTHS = _month_numbers()
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(_weekday_names())
# "23 februari 2023", "dinsdag 28 mei 2013", "04 mrt. 2015", "maandag, 20. januari 2014"
_DATE = (rf"(?:\b(?P<weekday>{_WEEKDAY_RE})\b\.?,?\s+)?(?P<day>\d{{1,2}})\.?\s+(?P<month>{_MONTH_RE})\b\.?,?\s+"
         r"(?P<year>(?:19|20)\d{2})\b")
DATE_RE = re.compile(_DATE, re.I)
# A date the paper states as its own: the dateline, "Datum", "Vastgesteld", a mail's "Sent:".
_DATE_LABEL = r"Datum|Date|Vastgesteld|Voorgesteld|Verzonden|Sent|Gepubliceerd|Ingezonden|Ontvangen"
_DATELINE_PLACE = r"Den Haag|'s-Gravenhage|Brussel|Amsterdam|Utrecht|Rotterdam"  # "Den Haag, 23 februari 2023"
_LABELLED_DATE_RE = re.compile(rf"(?:\b(?:{_DATE_LABEL})\b\s*:?|(?:{_DATELINE_PLACE}),)\s*{_DATE}", re.I)
# "Sent: Thur 9/10/2020 1:08 PM" (an Outlook export: month first), "Datum: 29-09-2020"
_NUMERIC_DATE_RE = re.compile(
    rf"\b(?P<label>Sent|Verzonden|Datum|Date)\s*:?\s*(?:\b(?:{_WEEKDAY_RE})\b\.?,?\s+)?"
    r"(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<year>(?:19|20)\d{2})\b", re.I)
_PDF_DATE_RE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?")
# Written questions are dated when sent in; their answer, when the answer came: the paper that
# holds both is the answer's ("Antwoord van Minister X (ontvangen 19 mei 2020)").
_ANSWER_DATE_RE = re.compile(rf"\bAntwoord\s+van\b(?:[^()]|\([^()]{{0,80}}\)){{0,300}}?\(\s*ontvangen\s+{_DATE}", re.I)
# "Regeling van de Minister van Economische Zaken van 2 september 2014, nr. …, tot …": a
# Staatscourant or Staatsblad instrument names itself and its date in one line.
_INSTRUMENT_RE = re.compile(
    rf"\b(?P<title>(?:Regeling|Besluit|Beschikking|Wet)\s+van\s+(?:de|het|Onze)?\s*[A-Z][^,.;]{{3,120}}?)\s+van\s+{_DATE}"
    r"(?P<rest>[^\n]{0,400})")


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(m: re.Match) -> str | None:
    """The ISO date of a DATE_RE (or _LABELLED_DATE_RE) match."""
    return _iso(int(m.group("year")), MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day")))


def _numeric_date(m: re.Match) -> str | None:
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    month, day = (a, b) if m.group("label").lower() == "sent" else (b, a)
    return _iso(year, month, day)


def detect_date(pages: list[str], metadata: dict) -> str | None:
    """The paper's own date: a labelled dateline first, then a weekday date or a date
    standing alone near the top of page 1, then the PDF's creation date.

    Dates inside the body ("de brief van 3 december 2020") are never taken.
    """
    first = pages[0] if pages else ""
    answer = _ANSWER_DATE_RE.search(first[:3000])
    if answer and parse_date(answer):
        return parse_date(answer)
    instrument = _INSTRUMENT_RE.search(first[:400])
    if instrument and parse_date(instrument):
        return parse_date(instrument)
    heading = next(iter(_passages(first)), "")
    m = DATE_RE.search(heading)
    if m and len(heading.split()) <= 30 and not heading[m.end():].strip(" .") and parse_date(m):
        return parse_date(m)  # a heading that ends in its date: "Korte aantekeningen … van 28 maart 2017"
    for text in pages[:2]:
        labelled = [(m.start(), parse_date(m)) for m in _LABELLED_DATE_RE.finditer(text)]
        labelled += [(m.start(), _numeric_date(m)) for m in _NUMERIC_DATE_RE.finditer(text)]
        for _, iso in sorted(labelled):
            if iso:
                return iso
    for m in DATE_RE.finditer(first[:800]):
        if m.group("weekday") and parse_date(m):
            return parse_date(m)
    for passage in _passages(first)[:25]:
        m = DATE_RE.search(passage)
        if m and len(passage.split()) <= 6 and parse_date(m):
            return parse_date(m)
    for key in ("creationDate", "modDate"):
        m = _PDF_DATE_RE.match(metadata.get(key) or "")
        if m:
            year, month, day = m.group(1), m.group(2), m.group(3)
            if month and day:
                return f"{year}-{month}-{day}"
            return f"{year}-{month}" if month else year
    return None


# --- parliamentary number ----------------------------------------------------------

# "Tweede Kamer, vergaderjaar 2018–2019, 33 279, nr. 29" in a page's header or footer
_FOOTER_RE = re.compile(
    rf"(?:Tweede|Eerste)\s+Kamer,?\s+vergaderjaar\s+\d{{4}}\s?[–-]\s?\d{{4}},?\s+(?P<ref>{DOSSIER_PATTERN},?\s*nr\.?\s*\d{{1,5}})",
    re.I,
)
# "Nr. 29 BRIEF VAN ..." at a Kamerstuk's head; the dossier ("33 279 Internationale ...") stands before it.
_HEAD_NR_RE = re.compile(r"(?:^|\s)Nr\.\s*(?P<nr>\d{1,5})\s+(?P<rest>\S)", re.I)
# An Eerste Kamer paper is numbered by letters under its dossier: "AB VERSLAG VAN EEN NADER
# SCHRIFTELIJK OVERLEG", "H1 BRIEF VAN ..." (the digit is a footnote mark), "B HERDRUK1 VOORLOPIG VERSLAG".
_HEAD_LETTER_RE = re.compile(r"(?:^|\n)[ \t]*(?P<letter>[A-Z]{1,3})\d{0,2}[ \t]+(?P<rest>[A-Z]{3,}\d{0,2}[ \t]+[A-Z])")
_DOSSIER_START_RE = re.compile(rf"(?P<dossier>{DOSSIER_PATTERN})")
_DOSSIER_LINE_RE = re.compile(rf"(?:^|\s)(?P<dossier>{DOSSIER_PATTERN})\s+(?P<title>[A-Z][^\n]*?)\s*$", re.S)
_KAMERSTUK_RE = re.compile(rf"\bKamerstuk(?:ken)?\s+(?:II\s+)?(?P<ref>{DOSSIER_PATTERN},?\s*nr\.?\s*\d{{1,5}})", re.I)
# "Kamerstuk 36410-X-33": a site's label of the paper above its text
_KAMERSTUK_ID_RE = re.compile(r"^\s*Kamerstuk\s+(?P<id>\d{5}-(?:[0-9A-Z]{1,5}-)?\d{1,5})\b")
# "Aanhangsel Handelingen II 2014/15, nr. 1365" (a running footer) or the id "ah-tk-20142015-1365"
_AH_ID_RE = re.compile(r"\bah-(?P<ch>tk|ek)-(?P<y1>\d{4})(?P<y2>\d{4})-(?P<nr>\d{1,5})\b", re.I)
_KST_ID_RE = re.compile(r"\bkst-(?P<d>\d{5})-(?:(?P<sub>[0-9A-Z]{1,5})-)?(?P<nr>\d{1,5})\b", re.I)


@dataclass
class KamerstukHead:
    """The head of a Kamerstuk: "33 279 Internationale militaire samenwerking / Nr. 29 BRIEF VAN ..."."""

    number: str | None  # None when the dossier is not printed ("Nr. 37 BRIEF VAN ..." only)
    dossier_title: str | None
    heading: str  # "BRIEF VAN DE MINISTER VAN DEFENSIE"


def letter_number(dossier_text: str, letter: str) -> str | None:
    """"33 506, AB": an Eerste Kamer paper's number, its dossier and its letter."""
    m = re.match(r"\s*(?P<d1>\d{2})\s?(?P<d2>\d{3})(?:\s?[-–]\s?(?P<sub>\d{1,3})\b|[\s-]?(?P<suffix>[A-Z]{1,5})\b)?",
                 dossier_text)
    return f"{dossier_key(m['d1'], m['d2'], m['sub'], m['suffix'])}, {letter}" if m else None


def _letter_head(top: str) -> KamerstukHead | None:
    """An Eerste Kamer head: the dossier line(s), then "AB VERSLAG VAN ..." (a letter for "Nr.")."""
    for m in _HEAD_LETTER_RE.finditer(top):
        prefix = top[:m.start()]
        first = _DOSSIER_LINE_RE.match(prefix.split("\n\n")[0].strip() + "\n") if prefix.strip() else None
        d = _DOSSIER_START_RE.match(prefix.strip())
        if not d or first is None or len(prefix.split()) > 120:
            return None  # the letter must follow the dossier line at the very top
        heading = _caps_run(top[m.start("rest"):])
        if not heading:
            return None
        return KamerstukHead(letter_number(d.group("dossier"), m.group("letter")), _clean(first.group("title")) or None, heading)
    return None


def kamerstuk_head(first_page: str) -> KamerstukHead | None:
    top = first_page[:700]
    m = _HEAD_NR_RE.search(top)
    if not m:
        return _letter_head(first_page[:1200])
    heading = _caps_run(top[m.start("rest"):])
    if not heading:
        return None
    number = title = None
    prefix = top[:m.start()]
    d = next(reversed(list(_DOSSIER_LINE_RE.finditer(prefix))), None)  # the dossier nearest "Nr."
    if d is not None:
        number = normalize_reference(f"{d.group('dossier')}, nr. {m.group('nr')}")
        title = _clean(d.group("title")) or None
    elif prefix.strip() and len(prefix.split()) > 25:
        return None  # "Nr." deep in running text, not a head
    return KamerstukHead(number, title, heading)


def _caps_run(text: str) -> str:
    """The upper-case words at the start of `text` ("MOTIE VAN HET LID VOORDEWIND C.S.")."""
    words = []
    for word in text.split():
        if any(c.islower() for c in word) or not any(c.isalpha() for c in word):
            break
        words.append(re.sub(r"(?<=[A-Z]{2})\d$", "", word))  # "HERDRUK1": a footnote mark
    return " ".join(words) if len(words) >= 2 else ""


def detect_number(pages: list[str], metadata: dict) -> str | None:
    """The paper's own number: its running footer or header, its head, then the metadata."""
    footers = Counter(key for text in pages for m in _FOOTER_RE.finditer(text)
                      if (key := normalize_reference(m.group("ref"))))
    if footers:
        return footers.most_common(1)[0][0]
    first = pages[0] if pages else ""
    head = kamerstuk_head(first)
    if head and head.number:
        return head.number
    m = _KAMERSTUK_RE.search(first[:200])
    if m and "(" not in first[:m.start()]:
        return normalize_reference(m.group("ref"))
    m = _KAMERSTUK_ID_RE.match(first)
    if m:
        return normalize_reference(m.group("id"))
    ah = Counter(key for text in pages for m in HANDELINGEN_RE.finditer(text)
                 if m.group("kind") == "Aanhangsel Handelingen" and m.group("nr")
                 and (key := normalize_reference(m.group())))
    if ah and is_questions(first):
        return ah.most_common(1)[0][0]
    for source in (metadata.get("keywords"), metadata.get("subject"), metadata.get("title")):
        source = source or ""
        m = _KAMERSTUK_RE.search(source)
        if m:
            return normalize_reference(m.group("ref"))
        m = _AH_ID_RE.search(source)
        if m:
            return f"Aanhangsel Handelingen {'II' if m['ch'].lower() == 'tk' else 'I'} {m['y1']}/{m['y2'][2:]}, nr. {int(m['nr'])}"
        m = _KST_ID_RE.search(source)
        if m:
            sub = m.group("sub")
            dossier = f"{m.group('d')}-{sub}" if sub and sub.isdigit() else f"{m.group('d')} {sub or ''}"
            return normalize_reference(f"{dossier.strip()}, nr. {m.group('nr')}")
    return None


# --- title ---------------------------------------------------------------------------

# "Betreft Antwoord op brief ...", "Onderwerp: RE: motie Jetten", "Subject: ..."
_LABEL_RE = re.compile(r"(?:^|\n)[ \t>]*(?:Betreft|Onderwerp|Subject|Inzake)\b[ \t]*:?\s*(?P<value>[^\n]{3,300})")
_LABEL_STOP_RE = re.compile(
    r"\s+(?:Datum|Ons kenmerk|Uw kenmerk|Kenmerk|Bijlage\(n\)|Bijlagen|Geachte|Received|Importance|Urgentie|"
    r"Aan|Van|Cc|To|From|Sent|Verzonden)\b:?.*$", re.S)
_REPLY_RE = re.compile(r"^(?:(?:RE|FW|FWD|WG|Antw|Doorst)\s*:\s*)+", re.I)
# Letterheads, addresses, labels, routing lines: never a title.
_NOT_TITLE_RE = re.compile(
    r"^(?:Ministerie\b|Rijksoverheid|Logo\b|Koninkrijk der Nederlanden|Tweede Kamer der Staten|Eerste Kamer der|"
    r"Vergaderjaar|>?\s*Retouradres|Postbus\b|Aan de (?:Voorzitter|leden|minister|staatssecretaris)\b|Aan:|To:|From:|Van:|Cc:|Bcc:|Sent:|Verzonden:|Received:|"
    r"Datum\b|Date\b|Betreft\b|Onderwerp\b|Subject\b|Inzake\b|Kenmerk|Ons kenmerk|Uw kenmerk|Onze referentie|Uw referentie|Zaaknummer|Bijlage\(n\)|"
    r"Contactpersoon|Pagina\b|Page\b|Nr\.|Kamerstuk\s+\d|Den Haag\b|'s-Gravenhage|De Kamer,|Geachte|Hoogachtend|Met vriendelijke|"
    r"(?:Telefoon|Fax|E-?mail|Internet)\b|www\.|https?:)",
    re.I,
)
_POSTCODE_RE = re.compile(r"\b\d{4}\s?[A-Z]{2}\b")
# "Met deze brief informeren wij u over X", "Hierbij informeer ik u over X", "Deze Kamerbrief bevat X"
_SUBJECT_SENTENCE_RE = re.compile(
    r"(?:(?:informeer|informeren)\s+(?:ik|wij|we)\s+(?:u|uw Kamer)|(?:ik|wij|we)\s+(?:informeer|informeren)\s+(?:u|uw Kamer))"
    r"(?:\s+(?:met deze (?:Kamer)?brief|hierbij|graag|daarom|nader))*\s+over\s+(?P<a>[^.;:?!]{8,400})"
    r"|\bDeze (?:Kamer)?brief\s+(?:bevat|gaat over|betreft)\s+(?P<b>[^.;:?!]{8,400})"
    r"|\bBijgaand\s+(?:treft u|ontvangt u)(?:\s+aan)?\s+(?P<c>[^.;:?!]{8,400})",
    re.I,
)
# "Vragen van de leden Popken en Maeijer (beiden PVV) aan de Minister van Defensie over X (ingezonden 26 juni 2017)"
_QUESTIONS_RE = re.compile(
    r"(?:^|\n)\s*(?:Vragen|Schriftelijke vragen)\s+van\s+(?:het\s+lid|de\s+leden)\b(?P<who>[^\n]{0,600}?)\s+over\s+"
    r"(?P<subject>[^\n]{8,600}?)\s*\((?:ingezonden|ingediend)\b", re.I)
# A web page's news item opens with its time stamp: "vrijdag, 17. juli 2009 - 14:57"
_NEWS_STAMP_RE = re.compile(rf"^\s*{_DATE}\s*[-–,]?\s*\d{{1,2}}[:.]\d{{2}}\b", re.I)
_NEWS_DATELINE_RE = re.compile(r"\b[A-Z][A-Z' -]{2,30}\s\((?:ANP|Reuters|AFP|AP|Novum|Belga|DPA)\)\s*[-–—]")
_EMAIL_LABELS = (r"(?:From|Van)\s*:", r"(?:Sent|Verzonden)\s*:", r"(?:To|Aan)\s*:", r"(?:Subject|Onderwerp)\s*:")
_METADATA_JUNK_RE = re.compile(r"^(microsoft (word|powerpoint|excel)|untitled|document\d*$|naamloos|sjabloon)", re.I)


def _passages(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def _clean(title: str, limit: int = MAX_TITLE) -> str:
    """One line, no stray dashes or bullets at either end, at most `limit` characters."""
    title = re.sub(r"\s+", " ", title).strip(" -–—•·:;,")
    if len(title) > limit:
        title = title[:limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-–") + "…"
    return title


def is_title_like(text: str) -> bool:
    """Can `text` stand as a title: words, not a letterhead, address, label, date line or number."""
    text = text.strip()
    if not text or not (text[0].isupper() or text[0] in "‘'\"“«"):
        return False
    if _NOT_TITLE_RE.match(text) or _POSTCODE_RE.search(text) or "@" in text:
        return False
    if DATE_RE.fullmatch(text.rstrip(". ")) or re.match(rf"^[\w' -]{{2,30}},\s*{_DATE}", text, re.I):
        return False
    words = re.findall(r"[^\W\d_]{2,}", text)
    return len(words) >= 2 or any(len(w) >= 5 for w in words)


def _recase(heading: str, text: str) -> str:
    """An all-capitals heading in the case the paper writes its words in elsewhere.

    "BRIEF VAN DE MINISTER VAN DEFENSIE" -> "Brief van de Minister van Defensie" when the
    text writes "Minister" and "Defensie"; words it never writes otherwise go lower case.
    Names after "LID"/"LEDEN" take the form of the signatures ("VAN HELVERT" -> "Van Helvert");
    words with digits or slashes ("COVID-19", "ESCV/ENPEN") stay as they are.
    """
    if any(c.islower() for c in heading):
        return heading
    elsewhere = text.replace(heading, " ")
    names = re.search(r"\b(?:LID|LEDEN)\s+(?P<names>.+?)(?P<cs>\s+C\.S\.)?$", heading)
    if names:
        parts = [_as_written(n, elsewhere) for n in re.split(r",\s*|\s+EN\s+", names.group("names"))]
        listed = ", ".join(parts[:-1]) + " en " + parts[-1] if len(parts) > 1 else parts[0]
        return f"{_recase(heading[:names.start('names')].strip(), text)} {listed}" + (" c.s." if names.group("cs") else "")
    out = []
    for i, word in enumerate(heading.split()):
        lower = word.lower()
        capital = lower[:1].upper() + lower[1:]
        if re.search(r"[\d/]", word) or word in (lower, capital):
            out.append(word if i else word[:1].upper() + word[1:])
            continue
        counts = {form: len(re.findall(rf"(?<![\w.]){re.escape(form)}(?!\w)", elsewhere)) for form in (word, capital, lower)}
        if elsewhere == text:  # the heading was broken over lines: do not count it as use
            counts[word] -= 1
        best = max((lower, capital, word), key=lambda f: counts[f])
        if not counts[best]:
            best = lower
        out.append(capital if i == 0 and best == lower else best)
    return " ".join(out)


def _as_written(name: str, text: str) -> str:
    """A name as the text writes it other than in capitals ("VAN HELVERT" -> "Van Helvert")."""
    pattern = r"\s+".join(re.escape(w) for w in name.split())
    for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.I):
        if any(c.islower() for c in m.group()):
            return re.sub(r"\s+", " ", m.group())
    return " ".join(w[:1] + w[1:].lower() for w in name.split())


def subject_sentence(text: str) -> str | None:
    """What a letter says it is about: "Met deze brief informeren wij u over X" -> "X"."""
    m = _SUBJECT_SENTENCE_RE.search(text)
    if not m:
        return None
    subject = next(g for g in m.groups() if g)
    subject = re.sub(r"(?<=[a-z])\d{1,2}\b", "", subject)  # footnote marks: "krijgsmacht1"
    subject = re.sub(r"^(?:de|het|een)\s+", "", subject.strip(), flags=re.I)
    subject = _clean(subject)
    return subject[:1].upper() + subject[1:] if len(subject.split()) >= 2 else None


def labelled_subject(text: str) -> str | None:
    """The value of a "Betreft", "Onderwerp" or "Subject" line, without RE:/FW: marks."""
    for m in _LABEL_RE.finditer(text):
        value = _LABEL_STOP_RE.sub("", m.group("value")).strip()
        value = _REPLY_RE.sub("", value).strip()
        if value and is_title_like(value[:1].upper() + value[1:]):
            return _clean(value[:1].upper() + value[1:])
    return None


def top_heading(first_page: str) -> str | None:
    """The first passage of page 1 that reads like a title, before the running text starts."""
    for passage in _passages(first_page)[:40]:
        words = passage.split()
        if len(words) > 30 or (len(words) > 12 and passage.rstrip().endswith(".")):
            news = _NEWS_DATELINE_RE.search(passage)
            if news and is_title_like(passage[:news.start()]):
                return _clean(passage[:news.start()])
            return None  # the running text has begun
        if is_title_like(passage):
            return _clean(_recase(passage, first_page))
    return None


def metadata_title(metadata: dict, stem: str) -> str | None:
    """The PDF's title when it describes the paper (not a template's, a program's or a file name)."""
    title = (metadata.get("title") or "").strip()
    title = re.sub(r"^Microsoft (?:Word|PowerPoint|Excel)\s*-\s*", "", title, flags=re.I)
    title = re.sub(r"\.(?:docx?|xlsx?|pptx?|pdf|odt|rtf)$", "", title, flags=re.I).strip()
    if not title or title == stem or _METADATA_JUNK_RE.match(title) or " " not in title:
        return None
    if _KIND_WORD_RE.fullmatch(title) or not is_title_like(title):
        return None
    return _clean(title)


def first_passage(first_page: str) -> str | None:
    for passage in _passages(first_page):
        if is_title_like(passage):
            return _clean(passage)
    return None


def is_questions(first_page: str) -> bool:
    """Written questions to a minister (with or without the answer), as the Aanhangsel prints them."""
    return bool(_QUESTIONS_RE.search(first_page[:2500]))


def questions_subject(first_page: str) -> str | None:
    """What written questions are about: "Vragen van het lid X aan de Minister over Y (ingezonden …)" -> "Y"."""
    m = _QUESTIONS_RE.search(first_page[:2500])
    if not m:
        return None
    subject = re.sub(r"^(?:het|de|een)\s+", "", m.group("subject").strip(), flags=re.I)
    subject = _clean(subject)
    return subject[:1].upper() + subject[1:] if len(subject.split()) >= 2 else None


def instrument_title(first_page: str) -> str | None:
    """"Regeling van de Minister van X van 2 september 2014, nr. …, tot Y": the instrument and its aim."""
    m = _INSTRUMENT_RE.search(first_page[:400])
    if not m:
        return None
    aim = re.search(r"\b(?:tot|houdende|inzake|betreffende)\s+(?P<aim>.+?)(?=\s+(?:De|Het|Wij|Gelet)\s+[A-Z]|$)", m.group("rest"))
    return _clean(m.group("title") + (f", {aim.group()}" if aim else ""))


def is_email(first_page: str) -> bool:
    """A mail's header block: "Sent:"/"Verzonden:" and two of From/To/Subject (a memo has no "Sent:")."""
    top = first_page[:1500]
    found = [bool(re.search(rf"(?:^|\s){label}", top)) for label in _EMAIL_LABELS]
    return found[1] and sum(found) >= 3


def detect_title(pages: list[str], metadata: dict, stem: str) -> str:
    """The paper's title, from the most explicit statement of it to the least.

    A "Betreft"/"Onderwerp"/"Subject" line; a Kamerstuk's dossier title with its heading
    ("NAVO — Motie van het lid …"); a descriptive PDF title; what the letter says it is
    about ("informeer ik u over …"); the Kamerstuk heading alone; a heading at the top of
    page 1; the first passage that can stand as a title; the file name as the last resort.
    """
    first = pages[0] if pages else ""
    head = kamerstuk_head(first)
    labelled = labelled_subject(first) or questions_subject(first) or instrument_title(first)
    if labelled:
        return labelled
    heading = _recase(head.heading, "\n".join(pages[:3])) if head else None
    if head and head.dossier_title:
        # a long dossier title (a bill's full name) is shortened so that the heading still shows
        room = max(MAX_TITLE - len(heading) - 3, 60)
        return _clean(f"{_clean(head.dossier_title.rstrip('…'), room)} — {heading}")
    return (metadata_title(metadata, stem) or subject_sentence(first) or heading or top_heading(first)
            or first_passage(first) or stem)


# --- kind ----------------------------------------------------------------------------


def kind_in(text: str) -> str | None:
    """The kind named first in `text`, or None."""
    m = _KIND_WORD_RE.search(text)
    return _KIND_OF_WORD[re.sub(r"\s+", " ", m.group(1).lower())] if m else None


def detect_kind(pages: list[str], metadata: dict, title: str) -> str:
    """The kind from the paper's heading first, then its first lines, then the metadata."""
    first = pages[0] if pages else ""
    if is_email(first):
        return "email"
    if _NEWS_DATELINE_RE.search(first[:600]) or _NEWS_STAMP_RE.match(first):
        return "news"
    if is_questions(first):
        return "questions"
    head = kamerstuk_head(first)
    top = top_heading(first)
    for source in (head.heading if head else "", top or "", first[:300], metadata.get("subject") or "",
                   metadata.get("title") or "", title):
        kind = kind_in(source)
        if kind:
            return kind
    if re.search(r"\b(?:deze|mijn|onze) (?:kamer)?brief\b|\bGeachte\b", first, re.I):
        return "letter"
    return "document"


def detect_metadata(metadata: dict, pages: list[str], stem: str) -> DocMeta:
    """Title, kind, date and number of a document from its pages' text, then its metadata.

    `pages` holds every page's text (the number may stand only in a later page's footer);
    title, date and kind are read from the first pages.
    """
    title = detect_title(pages, metadata, stem)
    return DocMeta(
        title=title,
        kind=detect_kind(pages, metadata, title),
        date=detect_date(pages, metadata),
        number=detect_number(pages, metadata),
    )
