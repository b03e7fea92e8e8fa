"""The application object: icon, desktop-file name."""

from coopviewer.gui.app import app_icon


def test_app_icon_has_every_rendered_size(qapp):
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
