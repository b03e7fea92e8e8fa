"""Entity extraction: gazetteer + rules → entities, mentions, relations, references.

Pure Python over passage text; no database, no Qt.
"""

from coopviewer.extract.extractor import EntityInfo, Extractor, Found, FoundRelation
from coopviewer.extract.references import find_references, normalize_reference
from coopviewer.extract.units import normalize_unit_name

__all__ = [
    "EntityInfo",
    "Extractor",
    "Found",
    "FoundRelation",
    "find_references",
    "normalize_reference",
    "normalize_unit_name",
]
