"""The icons shipped in resources/icons (Lucide, ISC licence: LICENSE-lucide.txt there).

Lucide draws with ``stroke="currentColor"``: each icon is drawn in the palette's text colour
at the moment it is painted, so a theme change re-tints every icon already on screen.
Icons without ``currentColor`` (Carnet's own logo) keep their colours."""

from __future__ import annotations

from functools import cache, lru_cache
from importlib.resources import files

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

CURRENT_COLOUR = "currentColor"


@cache
def _source(name: str) -> str:
    path = files("journal_app.resources") / "icons" / f"{name}.svg"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


@lru_cache(maxsize=256)
def _renderer(name: str, colour: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(_source(name).replace(CURRENT_COLOUR, colour).encode("utf-8")))


@lru_cache(maxsize=1024)
def _image(name: str, colour: str, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    _renderer(name, colour).render(painter, QRect(0, 0, width, height))
    painter.end()
    return image


def _high_contrast() -> bool:
    application = QGuiApplication.instance()
    return bool(application is not None and application.property("carnetHighContrast"))


def text_colour(mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The colour an icon is drawn in: the palette's text colour (dimmed when disabled; on the
    high-contrast selection, the selected text's colour)."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected and _high_contrast():
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.WindowText)


def pixmap(name: str, size: QSize, colour: QColor, ratio: float = 1.0) -> QPixmap:
    """The icon drawn in ``colour``, ``size`` device-independent pixels at ``ratio``."""
    result = QPixmap.fromImage(_image(name, colour.name(),  # SVG reads #rrggbb
                                      max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio))))
    result.setDevicePixelRatio(ratio)
    return result


class _TextColouredIcon(QIconEngine):
    """Draws a Lucide icon in the text colour of the palette in use when painted."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, pixmap(self.name, rect.size(), text_colour(mode), ratio))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return pixmap(self.name, size, text_colour(mode))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        return pixmap(self.name, size, text_colour(mode), scale)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())  # square, as drawn
        return QSize(side, side)

    def isNull(self) -> bool:
        return not _source(self.name)

    def key(self) -> str:
        return "carnet-text-coloured"

    def clone(self) -> QIconEngine:
        return _TextColouredIcon(self.name)


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (resources/icons/<name>.svg); an empty QIcon when there is none."""
    source = _source(name)
    if not source:
        return QIcon()
    if CURRENT_COLOUR not in source:
        return QIcon(str(files("journal_app.resources") / "icons" / f"{name}.svg"))
    return QIcon(_TextColouredIcon(name))

