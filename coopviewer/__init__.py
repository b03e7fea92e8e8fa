"""coopviewer — offline search and viewing of Dutch defence-cooperation documents."""

__version__ = "0.1.0"
