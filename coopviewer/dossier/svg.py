"""Timeline and network as SVG, headless (the CLI's --svg and the GUI's export).

Plain SVG text with no dependency: one <g class="mark"> per event, carrying its
passage id, so a picture can always be traced back to its page.
"""

from __future__ import annotations

import datetime as dt
import math
from html import escape

from coopviewer.dossier.build import Dossier, Network, layout

TYPE_COLOURS = {
    "country": "#2f6db5",
    "unit": "#c2571a",
    "organisation": "#5b8c3a",
    "programme": "#8a4fb0",
    "agreement": "#b5892f",
    "person": "#777777",
    "reference": "#999999",
}
KIND_COLOURS = {
    "agreement": "#b5892f",
    "integration": "#c2571a",
    "founding": "#5b8c3a",
    "decision": "#2f6db5",
    "deployment": "#8a4fb0",
    "document": "#888888",
}


def _year_fraction(iso: str, end: bool = False) -> float:
    parts = [int(p) for p in iso.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return year + (1.0 if end else 0.0)
    if len(parts) == 2:
        month = parts[1]
        return year + (month if end else month - 1) / 12
    day = dt.date(parts[0], parts[1], parts[2])
    return year + (day.timetuple().tm_yday - 1) / 365.25


def timeline_svg(dossier: Dossier, width: int = 900) -> str:
    """One mark per event: a dot for a day, a bar for a month or a year (a span, not a day)."""
    events = dossier.events
    lanes = sorted({e.kind for e in events}, key=lambda k: list(KIND_COLOURS).index(k) if k in KIND_COLOURS else 99)
    lane_h, left, top = 34, 110, 40
    height = top + lane_h * max(len(lanes), 1) + 40
    if events:
        start = math.floor(min(_year_fraction(e.date) for e in events))
        end = math.ceil(max(_year_fraction(e.end_date or e.date, end=True) for e in events))
    else:
        start, end = 2000, 2025
    end = max(end, start + 1)
    scale = (width - left - 20) / (end - start)

    def x(v: float) -> float:
        return round(left + (v - start) * scale, 1)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'font-family="sans-serif" font-size="11">',
        f"<title>{escape(dossier.entity['name'])} — timeline</title>",
        f'<rect width="{width}" height="{height}" fill="white"/>',
    ]
    step = max(1, round((end - start) / 12))
    for year in range(start, end + 1, step):
        out.append(f'<line x1="{x(year)}" y1="{top - 10}" x2="{x(year)}" y2="{height - 30}" stroke="#e3e3e3"/>')
        out.append(f'<text x="{x(year)}" y="{height - 14}" text-anchor="middle" fill="#555">{year}</text>')
    for i, kind in enumerate(lanes):
        y = top + i * lane_h + lane_h / 2
        out.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end" fill="#333">{escape(kind)}</text>')
        out.append(f'<line x1="{left}" y1="{y}" x2="{width - 20}" y2="{y}" stroke="#cccccc"/>')
    for e in events:
        y = top + lanes.index(e.kind) * lane_h + lane_h / 2
        colour = KIND_COLOURS.get(e.kind, "#444")
        tip = escape(f"{e.date} · {e.label}")
        attrs = (f'class="mark" data-kind="{e.kind}" data-precision="{e.precision}" data-doc="{e.doc_id}" '
                 f'data-page="{e.page}" data-passage="{e.passage_id}"')
        if e.precision == "day":
            shape = f'<circle cx="{x(_year_fraction(e.date))}" cy="{y}" r="5" fill="{colour}"/>'
        else:
            x0, x1 = x(_year_fraction(e.date)), x(_year_fraction(e.end_date or e.date, end=True))
            shape = (f'<rect x="{x0}" y="{y - 5}" width="{max(x1 - x0, 2)}" height="10" rx="3" '
                     f'fill="{colour}" fill-opacity="0.55" stroke="{colour}"/>')
        out.append(f"<g {attrs}><title>{tip}</title>{shape}</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def network_svg(network: Network, width: int = 900, height: int = 650) -> str:
    """Nodes sized by mentions, edges weighted by passages naming both; deterministic layout."""
    pos = layout(network, width, height)
    names = {n["id"]: n for n in network.nodes}
    biggest = max((n["mentions"] for n in network.nodes), default=1)
    heaviest = max((len(e["passages"]) for e in network.edges), default=1)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'font-family="sans-serif" font-size="10">',
        "<title>co-mention network</title>",
        f'<rect width="{width}" height="{height}" fill="white"/>',
    ]
    for e in network.edges:
        if e["a"] not in pos or e["b"] not in pos:
            continue
        (x1, y1), (x2, y2) = pos[e["a"]], pos[e["b"]]
        w = 0.6 + 5 * len(e["passages"]) / heaviest
        out.append(
            f'<line class="edge" data-a="{e["a"]}" data-b="{e["b"]}" data-passages="{len(e["passages"])}" '
            f'x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#8899aa" stroke-opacity="0.55" stroke-width="{w:.1f}">'
            f'<title>{escape(names[e["a"]]["name"])} — {escape(names[e["b"]]["name"])}: {len(e["passages"])}</title></line>'
        )
    for n in network.nodes:
        if n["id"] not in pos:
            continue
        x, y = pos[n["id"]]
        r = 4 + 14 * math.sqrt(n["mentions"] / biggest)
        colour = TYPE_COLOURS.get(n["type"], "#444")
        out.append(
            f'<g class="node" data-id="{n["id"]}" data-type="{n["type"]}"><circle cx="{x}" cy="{y}" r="{r:.1f}" '
            f'fill="{colour}" fill-opacity="0.85" stroke="white"/><text x="{x}" y="{y - r - 3:.1f}" '
            f'text-anchor="middle" fill="#222">{escape(n["name"])}</text></g>'
        )
    out.append("</svg>")
    return "\n".join(out) + "\n"
