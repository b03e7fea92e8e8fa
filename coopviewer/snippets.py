"""Snippets: the stretches of a passage a result list shows, so every matched word is seen.

One window around the first match loses the query's words when an entity filter
marks the passage's first lines and the word searched for comes later
("partner:Duitsland tanks"). Here the matches are grouped into clusters that fit
one window, and the windows chosen cover every distinct matched word before they
repeat one; a passage whose words are far apart gets more than one window.
Used by the facade (Hit.snippet, the CLI) and the window's result list alike.
"""

from __future__ import annotations

import re

ELLIPSIS = "…"
MAX_WINDOWS = 3


def snippet_windows(text: str, spans: list[list[int]], width: int, max_windows: int = MAX_WINDOWS) -> list[tuple[int, int]]:
    """Char ranges of `text` to show, in text order, together about `width` chars (more when
    the matches cannot fit), cut at word boundaries."""
    if len(text) <= width:
        return [(0, len(text))]
    if not spans:
        return [_cut(text, 0, width)]
    ordered = sorted((max(0, s), min(len(text), e)) for s, e in spans if e > s)
    if not ordered:
        return [_cut(text, 0, width)]
    clusters: list[list[tuple[int, int]]] = []
    for s, e in ordered:
        if clusters and e - clusters[-1][0][0] <= width * 2 // 3:
            clusters[-1].append((s, e))
        else:
            clusters.append([(s, e)])
    chosen = _cover_words(text, clusters, max_windows)
    each = max(width // len(chosen), 90)
    windows: list[tuple[int, int]] = []
    for cluster in chosen:
        first, last = cluster[0][0], cluster[-1][1]
        room = max(each - (last - first), 0)
        start = max(0, first - room // 3)
        end = min(len(text), max(last, start + each))
        start = max(0, min(start, end - each))
        start, end = _cut(text, start, end, keep=(first, last))
        if windows and start <= windows[-1][1] + 1:  # overlapping windows become one
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _cover_words(text: str, clusters: list[list[tuple[int, int]]], limit: int) -> list[list[tuple[int, int]]]:
    """At most `limit` clusters, chosen so that every distinct matched word shows at least once."""
    if len(clusters) <= limit:
        return clusters
    words = [{text[s:e].casefold() for s, e in c} for c in clusters]
    seen: set[str] = set()
    picked: list[int] = []
    while len(picked) < limit:
        best = max((i for i in range(len(clusters)) if i not in picked),
                   key=lambda i: (len(words[i] - seen), -i))
        if not words[best] - seen and picked:
            break
        picked.append(best)
        seen |= words[best]
    for i in range(len(clusters)):  # fill up with the first ones, in order
        if len(picked) >= limit:
            break
        if i not in picked:
            picked.append(i)
    return [clusters[i] for i in sorted(picked)]


def _cut(text: str, start: int, end: int, keep: tuple[int, int] | None = None) -> tuple[int, int]:
    """Move a window's edges to word boundaries, never past the matches in `keep`."""
    if start > 0:
        m = re.search(r"\s", text[start:])
        if m and m.end() < 30 and (keep is None or start + m.end() <= keep[0]):
            start += m.end()
    if end < len(text):
        m = re.search(r"\s\S*$", text[start:end])
        if m and (keep is None or start + m.start() >= keep[1]):
            end = start + m.start()
    return start, end


def make_snippet(text: str, spans: list[list[int]], width: int) -> str:
    """The snippet as one line: its windows joined by ellipses."""
    windows = snippet_windows(text, spans, width)
    out = []
    for n, (s, e) in enumerate(windows):
        piece = text[s:e]
        if s > 0:
            piece = ELLIPSIS + piece
        if n == len(windows) - 1 and e < len(text):
            piece += ELLIPSIS
        out.append(piece)
    return " ".join(out)
