"""The PDF viewer component: pages rendered by PyMuPDF, highlights as overlays."""

from coopviewer.gui.viewer.pages import PageList
from coopviewer.gui.viewer.toolbar import ViewerToolbar
from coopviewer.gui.viewer.view import Highlight, PdfView, RenderCache, ViewerError

__all__ = ["Highlight", "PageList", "PdfView", "RenderCache", "ViewerError", "ViewerToolbar"]
