"""One arbitration over the candidates of every recogniser.

Each recogniser (gazetteer names, numbered units, ships, capitalised names with a
head noun, abbreviations, people …) proposes spans freely, overlaps and all. Here one
rule decides: references first (their numbers look like anything), then the longest
span, then the more specific recogniser, then the more confident. So "1e Duitse
Pantserdivisie" beats the adjective "Duitse", "EU-Battlegroup" beats "EU" and
"Admiraliteit Benelux" beats "Benelux".

A country named inside a winning unit's name ("Duitse" in "1e Duitse Pantserdivisie",
"British" in "British Royal Navy") is still a mention of that country: it is kept
beside the unit, nested, rather than lost.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

# How specific a recogniser is, for spans of equal length.
RANK_REFERENCE = 5
RANK_GAZETTEER = 4
RANK_LEARNED = 3  # an abbreviation, ship or surname learned earlier in the library
RANK_RULE = 2  # numbered units, ships, people, acronym definitions
RANK_PHRASE = 1  # a capitalised name with a head noun


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    key: str
    type: str
    name: str
    english: str | None
    surface: str
    rank: int
    confidence: float = 1.0
    attrs: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def length(self) -> int:
        return self.end - self.start


def arbitrate(candidates: list[Candidate]) -> list[Candidate]:
    """The winning candidates, without overlaps except countries nested in a unit's name."""
    known = [c for c in candidates if c.rank >= RANK_GAZETTEER]
    # A name found only by its capitals must not cut a known name in half
    # ("Forward Presence Battalion" across "enhanced Forward Presence").
    # Nor wrap one with only more capitals around it ("NATO Rapid Reaction Corps Headquarters",
    # "Korps Mariniers en Lichte Brigade"): the known name stands.
    candidates = [c for c in candidates if c.rank > RANK_PHRASE or not any(
        _crosses(c, k) or (k.type in ("unit", "organisation") and c.start <= k.start and k.end <= c.end)
        for k in known)]
    order = sorted(
        candidates,
        key=lambda c: (c.type != "reference", -c.length, -c.rank, -c.confidence, c.start),
    )
    chosen: list[Candidate] = []
    starts: list[int] = []  # the chosen spans, sorted and never overlapping: a neighbour check suffices
    ends: list[int] = []
    for c in order:
        i = bisect.bisect_right(starts, c.start)
        if (i == 0 or ends[i - 1] <= c.start) and (i == len(starts) or starts[i] >= c.end):
            chosen.append(c)
            starts.insert(i, c.start)
            ends.insert(i, c.end)
    hosts = [c for c in chosen if c.type in ("unit", "organisation")]
    seen = {(c.start, c.end, c.key) for c in chosen}
    for c in candidates:
        if c.type != "country" or (c.start, c.end, c.key) in seen:
            continue
        if any(h.start <= c.start and c.end <= h.end and h.length > c.length for h in hosts):
            chosen.append(c)
            seen.add((c.start, c.end, c.key))
    return sorted(chosen, key=lambda c: (c.start, -c.length))


def _crosses(a: Candidate, b: Candidate) -> bool:
    """Overlapping without one containing the other."""
    return a.start < b.end and b.start < a.end and not (a.start <= b.start and b.end <= a.end) \
        and not (b.start <= a.start and a.end <= b.end)
