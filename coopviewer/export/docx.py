"""Briefings as Word documents (.docx), written by python-docx.

Analysts finish their briefings in Word, so the DOCX follows the PDF's layout with
Word's own building blocks: a title, the date and author, the numbered source list,
then per group a heading and each item — its note, the passage with the entity or
search terms in bold, an optional crop of the highlighted region, and its page
citation — with page numbers in the footer (a PAGE field, so Word keeps them right
as the analyst edits). python-docx is imported here only, when a .docx is written.
"""

from __future__ import annotations

import io

from coopviewer.export.briefing import Briefing, marked_pieces
from coopviewer.export.citation import format_doc_date, labels, source_citation

CROP_WIDTH_CM = 12.0


def _page_number_field(paragraph) -> None:
    """A PAGE field: Word fills in the page number and keeps it right."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def to_docx_bytes(b: Briefing) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    lab = labels(b.lang)
    doc = Document()
    doc.core_properties.title = b.title
    doc.core_properties.author = b.author or ""
    doc.core_properties.language = b.lang
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)  # A4
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(footer)

    doc.add_heading(b.title, level=0)
    meta = f"{lab['date']}: {format_doc_date(b.date.isoformat(), b.lang)}"
    if b.author:
        meta += f" · {lab['author']}: {b.author}"
    doc.add_paragraph(f"{meta} · {len(b.items)} {lab['items']}")
    doc.add_heading(lab["sources"], level=1)
    for s in b.sources():
        doc.add_paragraph(source_citation(s, b.lang), style="List Number")

    for group, items in b.groups():
        if group:
            doc.add_heading(group, level=1)
        for item in items:
            if item.note:
                note = doc.add_paragraph()
                note.add_run(f"{lab['note']}: {item.note}").italic = True
            passage = doc.add_paragraph(style="Quote")
            for piece, marked in marked_pieces(item.text, item.marks):
                passage.add_run(piece).bold = marked
            for png in item.crops() if b.crops else []:
                doc.add_picture(io.BytesIO(png), width=Cm(CROP_WIDTH_CM))
            cite = doc.add_paragraph().add_run(f"— {item.citation(b.lang)}")
            cite.font.size = Pt(9)
            cite.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
