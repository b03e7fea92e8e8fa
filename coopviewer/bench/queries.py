"""The fixed search workload: each query for coopviewer (Whoosh) and its SQLite FTS5 twin.

FTS5 has no Dutch stemmer, so a stemmed query becomes a prefix query on the stem
(the nearest FTS5 equivalent); entity filters become a join on `mentions`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Q:
    kind: str  # word, stem, phrase, boolean, entity, facets
    query: str  # as typed into coopviewer
    fts: str  # FTS5 MATCH expression ("" = entity filter only)
    entity: str | None = None  # the --entity option
    facets: bool = False
    filter_entity: str | None = None  # entity name the FTS5 twin filters on (partner:/unit:/--entity)
    year: str | None = None


QUERIES: list[Q] = [
    # single words
    Q("word", "samenwerking", "samenwerking"),
    Q("word", "brigade", "brigade"),
    Q("word", "tanks", "tanks"),
    Q("word", "Duitsland", "duitsland"),
    Q("word", "NAVO", "navo"),
    Q("word", "specialisatie", "specialisatie"),
    Q("word", "luchtmacht", "luchtmacht"),
    Q("word", "marine", "marine"),
    Q("word", "integratie", "integratie"),
    Q("word", "oefening", "oefening"),
    Q("word", "Panzerdivision", "panzerdivision"),
    Q("word", "commandostructuur", "commandostructuur"),
    # Dutch stems (plural / inflected forms; FTS5 twin: prefix on the stem)
    Q("stem", "samenwerkingen", "samenwerking*"),
    Q("stem", "brigades", "brigade*"),
    Q("stem", "divisies", "divisie*"),
    Q("stem", "oefeningen", "oefening*"),
    Q("stem", "partners", "partner*"),
    Q("stem", "capaciteiten", "capaciteit*"),
    Q("stem", "landmachten", "landmacht*"),
    Q("stem", "geïntegreerde", "geintegreerd*"),
    Q("stem", "gevechtsbrigades", "gevechtsbrigade*"),
    Q("stem", "verdragen", "verdrag*"),
    # phrases
    Q("phrase", '"Lichte Brigade"', '"lichte brigade"'),
    Q("phrase", '"13 Lichte Brigade"', '"13 lichte brigade"'),
    Q("phrase", '"Duits-Nederlands Legerkorps"', '"duits nederlands legerkorps"'),
    Q("phrase", '"pooling and sharing"', '"pooling and sharing"'),
    Q("phrase", '"Tweede Kamer"', '"tweede kamer"'),
    Q("phrase", '"Europese Unie"', '"europese unie"'),
    Q("phrase", '"10. Panzerdivision"', '"10 panzerdivision"'),
    Q("phrase", '"strategische partners"', '"strategische partners"'),
    Q("phrase", '"gezamenlijke aanschaf"', '"gezamenlijke aanschaf"'),
    Q("phrase", '"Den Haag"', '"den haag"'),
    # boolean
    Q("boolean", "samenwerking AND Duitsland", "samenwerking AND duitsland"),
    Q("boolean", "brigade OR divisie", "brigade OR divisie"),
    Q("boolean", "marine NOT België", "marine NOT belgie"),
    Q("boolean", "tanks AND (Duitsland OR Frankrijk)", "tanks AND (duitsland OR frankrijk)"),
    Q("boolean", "NAVO AND EU", "navo AND eu"),
    Q("boolean", "specialisatie OR taakverdeling", "specialisatie OR taakverdeling"),
    Q("boolean", '"Lichte Brigade" AND integratie', '"lichte brigade" AND integratie'),
    Q("boolean", "luchtmacht AND NOT marine", "luchtmacht NOT marine"),
    Q("boolean", "(oefening OR training) AND Noorwegen", "(oefening OR training) AND noorwegen"),
    Q("boolean", "capaciteiten AND NOT NAVO", "capaciteit* NOT navo"),
    # entity-filtered
    Q("entity", "partner:Duitsland tanks", "tanks", filter_entity="Duitsland"),
    Q("entity", "partner:Frankrijk samenwerking", "samenwerking", filter_entity="Frankrijk"),
    Q("entity", "partner:België marine", "marine", filter_entity="België"),
    Q("entity", "partner:Noorwegen oefeningen", "oefening*", filter_entity="Noorwegen"),
    Q("entity", "partner:Duitsland year:2023 brigade", "brigade", filter_entity="Duitsland", year="2023"),
    Q("entity", "integratie", "integratie", entity="13 Lichte Brigade", filter_entity="13 Lichte Brigade"),
    Q("entity", "samenwerking", "samenwerking", entity="NAVO", filter_entity="NAVO"),
    Q("entity", "partner:Duitsland", "", filter_entity="Duitsland"),
    Q("entity", 'partner:"Verenigd Koninkrijk"', "", filter_entity="Verenigd Koninkrijk"),
    Q("entity", "partner:Duitsland \"Lichte Brigade\"", '"lichte brigade"', filter_entity="Duitsland"),
    # with facet counts
    Q("facets", "samenwerking", "samenwerking", facets=True),
    Q("facets", "brigade", "brigade", facets=True),
    Q("facets", "NAVO", "navo", facets=True),
    Q("facets", "samenwerkingen", "samenwerking*", facets=True),
    Q("facets", '"Lichte Brigade"', '"lichte brigade"', facets=True),
    Q("facets", "partner:Duitsland tanks", "tanks", filter_entity="Duitsland", facets=True),
    Q("facets", "partner:Duitsland", "", filter_entity="Duitsland", facets=True),
    Q("facets", "specialisatie OR taakverdeling", "specialisatie OR taakverdeling", facets=True),
]
