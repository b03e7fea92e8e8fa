"""Exports carry notes, titles and names as text, never as live markup; file names stay names."""

from __future__ import annotations

import json
import re

import pytest

from coopviewer.export import build
from coopviewer.export.escape import markdown_inline, safe_file_name
from coopviewer.export.formats import write_briefing

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "![beacon](http://example.invalid/t.png)",
    "[click](javascript:alert(1))",
    "<https://example.invalid/auto>",
    "**loud** _and_ `code`",
    "line one\n\n<iframe src=//example.invalid>",
]


@pytest.fixture()
def hostile_briefing(sample_library, tmp_path):
    """A basket whose note, group, name and source title all come from an imported file."""
    lib = sample_library
    hit = lib.search('"13 Lichte Brigade"').hits[0]
    doc = lib.document(hit.doc_id)
    items = [{"doc_sha256": doc.sha256, "page": hit.page, "text": hit.text + f" {n}", "rects": hit.rects,
              "note": text, "group": text, "source": {"title": text, "date": "2023-02-23"}}
             for n, text in enumerate(HOSTILE)]
    data = {"format": "coopviewer-analyst-data", "version": 1, "baskets": [{"name": "<b>mand</b>", "items": items}]}
    src = tmp_path / "werk.json"
    src.write_text(json.dumps(data), encoding="utf-8")
    lib.import_analyst_data(str(src))
    return build.from_basket(lib, "<b>mand</b>", "<script>titel</script>", author="<img src=x>")


def test_markdown_export_has_no_live_markup(hostile_briefing, tmp_path):
    text = write_briefing(hostile_briefing, tmp_path / "b.md").read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)<[a-zA-Z/]", text), "an HTML tag or autolink survived"
    assert not re.search(r"(?<!\\)!?(?<!\\)\[[^\]]*(?<!\\)\]\(", text), "a Markdown link or image survived"
    assert "\\<script\\>" in text and "\\<img src=x onerror=alert(1)\\>" in text  # still readable as text
    assert "\n<iframe" not in text  # a line break in a note cannot start a raw HTML block


def test_html_export_has_no_live_markup(hostile_briefing, tmp_path):
    text = write_briefing(hostile_briefing, tmp_path / "b.html").read_text(encoding="utf-8")
    tags = set(re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", text))
    assert tags <= {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "ol", "li", "div", "span"}, tags
    assert "&lt;script&gt;" in text and "&lt;img src=x onerror=alert(1)&gt;" in text


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_markdown_reads_back_as_the_same_text(text):
    escaped = markdown_inline(text)
    assert re.sub(r"\\(.)", r"\1", escaped) == re.sub(r"\n+", " ", text)
    assert "\n" not in escaped


@pytest.mark.parametrize(("name", "expected"), [
    ("../../x", "x.pdf"), ("..", "briefing.pdf"), ("/etc/passwd", "etc_passwd.pdf"), ("C:\\Users\\a", "C_Users_a.pdf"),
    ("CON", "_CON.pdf"), ("a\x00b\nc", "a_b_c.pdf"), ("   ", "briefing.pdf"), ("Duitsland-briefing", "Duitsland-briefing.pdf"),
    ("x" * 300, "x" * 100 + ".pdf"),
])
def test_export_file_names_are_sanitised(name, expected):
    assert safe_file_name(name, ".pdf") == expected
