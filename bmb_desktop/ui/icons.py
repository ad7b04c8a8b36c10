"""The application's icon, drawn in code so it needs no image files, and icons from the Qt style."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
BACKGROUND = QColor("#1f6f8b")  # teal-blue: calm, readable on light and dark task bars
BARS = QColor("#ffffff")
CHECK = QColor("#f2c14e")  # the gold of the Kyrgyz flag's sun


def _draw(size: int) -> QPixmap:
    """A rounded square with three rising bars (monitoring) and a check mark (evaluation)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BACKGROUND)
    painter.drawRoundedRect(QRectF(0, 0, size, size), 3 * unit, 3 * unit)
    painter.setBrush(BARS)
    for index, height in enumerate((4, 7, 10)):
        painter.drawRect(QRectF((2.5 + index * 3.5) * unit, (13.5 - height) * unit, 2.5 * unit, height * unit))
    pen = QPen(CHECK, max(1.5, 1.6 * unit))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    check = QPainterPath(QPointF(8.5 * unit, 4 * unit))
    check.lineTo(QPointF(10.5 * unit, 6 * unit))
    check.lineTo(QPointF(14 * unit, 2 * unit))
    painter.drawPath(check)
    painter.end()
    return pixmap


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(_draw(size))
    return icon


def standard_icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


def print_icon() -> QIcon:
    # The desktop theme's printer where there is one (Windows 11, Linux desktops), else a page.
    return QIcon.fromTheme(QIcon.ThemeIcon.DocumentPrint, standard_icon(QStyle.StandardPixmap.SP_FileIcon))
