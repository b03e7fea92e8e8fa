"""De-hyphenation, ligatures and span → rectangle mapping on word lists."""

from __future__ import annotations

from coopviewer.ingest.passages import (
    build_passages,
    expand_ligatures,
    pack_boxes,
    span_rects,
    unpack_boxes,
)


def words_from_lines(lines: list[str], x0: float = 72.0, y0: float = 100.0, size: float = 10.0):
    """Fake PyMuPDF words: one line per entry, 6 pt per character, one block."""
    out = []
    for li, line in enumerate(lines):
        x = x0
        y = y0 + li * size * 1.3
        for wi, word in enumerate(line.split()):
            out.append((x, y, x + 6 * len(word), y + size, word, 0, li, wi))
            x += 6 * (len(word) + 1)
    return out


def text_of(lines: list[str]) -> str:
    passages = build_passages(words_from_lines(lines))
    assert len(passages) == 1
    return passages[0].text


def test_line_end_hyphen_of_a_word_is_undone():
    assert text_of(["de geïntegreerde samen-", "werking met Duitsland"]) == "de geïntegreerde samenwerking met Duitsland"


def test_real_hyphens_are_kept():
    assert text_of(["naar Zuid-", "Afrika gestuurd"]) == "naar Zuid-Afrika gestuurd"
    assert text_of(["de eerste F-", "16's vlogen"]) == "de eerste F-16's vlogen"
    assert text_of(["het NAVO-", "planningsproces"]) == "het NAVO-planningsproces"


def test_suspended_hyphen_keeps_its_space():
    assert text_of(["het Opleidings-", "en Trainingscommando"]) == "het Opleidings- en Trainingscommando"


def test_dehyphenated_word_keeps_both_boxes():
    passage = build_passages(words_from_lines(["de samen-", "werking"]))[0]
    start = passage.text.index("samenwerking")
    rects = span_rects(passage.boxes, start, start + len("samenwerking"))
    assert len(rects) == 2, "a word broken over two lines is highlighted on both lines"
    first, second = rects
    assert first[1] < second[1]
    # the first half ends before where the hyphen was drawn
    hyphenated = [w for w in words_from_lines(["de samen-", "werking"]) if w[4] == "samen-"][0]
    assert first[2] < hyphenated[2]


def test_span_inside_a_word_gets_its_share_of_the_box():
    passage = build_passages(words_from_lines(["Duits-Nederlandse eenheden"]))[0]
    rects = span_rects(passage.boxes, 0, 5)  # "Duits"
    word = words_from_lines(["Duits-Nederlandse eenheden"])[0]
    assert rects == [(word[0], word[1], word[0] + 6 * 5, word[3])]


def test_gap_between_lines_starts_a_new_passage():
    words = words_from_lines(["eerste alinea", "loopt door"]) + [
        (72.0, 200.0, 110.0, 210.0, "tweede", 1, 0, 0),
        (116.0, 200.0, 150.0, 210.0, "alinea", 1, 0, 1),
    ]
    texts = [p.text for p in build_passages(words)]
    assert texts == ["eerste alinea loopt door", "tweede alinea"]


def test_ligatures_are_expanded():
    assert expand_ligatures("de ﬁnanciële ﬂexibiliteit") == "de financiële flexibiliteit"


def test_boxes_pack_round_trip():
    passage = build_passages(words_from_lines(["een twee", "drie"]))[0]
    unpacked = unpack_boxes(pack_boxes(passage.boxes))
    assert [b[:2] for b in unpacked] == [b[:2] for b in passage.boxes]
    for a, b in zip(unpacked, passage.boxes, strict=True):
        assert all(abs(x - y) < 0.01 for x, y in zip(a[2:], b[2:], strict=True))


def test_redaction_grounds_are_not_words_of_the_sentence():
    words = words_from_lines(["het gesprek met 5.1.2e over de", "samenwerking"])
    texts = [p.text for p in build_passages(words)]
    assert texts == ["het gesprek met over de samenwerking", "5.1.2e"]
