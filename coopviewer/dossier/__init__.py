"""Dossier: dated events, related entities and the co-mention network of one entity."""
