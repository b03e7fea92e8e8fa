"""Snippets keep every matched word in view, also when a filter marks other words first."""

from __future__ import annotations

from coopviewer.snippets import make_snippet, snippet_windows


def spans_of(text: str, *words: str) -> list[list[int]]:
    out = []
    for w in words:
        start = text.index(w)
        out.append([start, start + len(w)])
    return sorted(out)


def test_words_far_apart_get_a_window_each():
    text = "Duitsland " + "en verder nog veel woorden over iets anders " * 12 + "met tanks aan het eind."
    spans = spans_of(text, "Duitsland", "tanks")
    windows = snippet_windows(text, spans, 220)
    assert len(windows) == 2
    snippet = make_snippet(text, spans, 220)
    assert "Duitsland" in snippet and "tanks" in snippet and "…" in snippet
    assert len(snippet) < len(text) // 2


def test_many_marks_of_one_word_do_not_crowd_out_the_searched_word():
    # an entity filter marks "Duitse" five times before the one word searched for
    part = "de Duitse eenheid werkt samen met een andere Duitse staf in een brigade. "
    text = part * 5 + "Daarna volgt een lange alinea zonder namen. " * 6 + "Ook de tanks gaan mee."
    spans = [[m, m + 6] for m in range(len(text)) if text.startswith("Duitse", m)] + spans_of(text, "tanks")
    snippet = make_snippet(text, spans, 220)
    assert "tanks" in snippet and "Duitse" in snippet


def test_a_short_passage_is_shown_whole_and_a_long_one_starts_at_a_word():
    assert make_snippet("Korte tekst met tanks.", [[16, 21]], 220) == "Korte tekst met tanks."
    text = "woord " * 100 + "tanks " + "woord " * 100
    snippet = make_snippet(text, spans_of(text, "tanks"), 120)
    assert snippet.startswith("…woord") and snippet.endswith("…") and "tanks" in snippet


def test_the_library_snippet_shows_the_searched_word_with_filters(shared_sample_library):
    results = shared_sample_library.search("partner:Duitsland year:2023 tanks", limit=50)
    assert results.hits
    for hit in results.hits:
        words = {hit.text[s:e] for s, e in hit.spans}
        assert any(w.lower().startswith("tank") for w in words)
        assert all(w in hit.snippet for w in words if w.lower().startswith("tank")), hit.snippet
