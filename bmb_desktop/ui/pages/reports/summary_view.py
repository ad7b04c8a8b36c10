"""The report at a glance: the key figures of each part and the report's charts, drawn by the same
code as the printed ones (``report_documents.report_screen_charts``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from bmb_desktop.documents.fonts import SANS
from bmb_desktop.services.report import ReportData
from bmb_desktop.services.report_overview import OverviewLine
from bmb_desktop.ui.retranslating import Retranslating
from bmb_desktop.ui.pages.base import empty_state_label

ATTENTION_STYLE = "color: #a05a00; font-weight: bold;"
CHART_ORDER = ("recommendations", "answers", "indicators", "satisfaction")
CHART_SCALE = 1.5  # the charts are drawn in points for paper; on screen their 7 pt labels need more
CLIP_PATH = re.compile(r"<clipPath\b.*?</clipPath>|\s*style=\"clip-path:[^\"]*\"", re.DOTALL)


@dataclass(frozen=True)
class SummaryContent:
    """What the background work prepares for the view: the report's data, its lines and charts."""

    data: ReportData
    lines: list[OverviewLine]
    charts: dict[str, tuple[str, str]]  # chart key -> (caption, SVG), in the interface language


class SummaryView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(self)
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(18)
        self.figures.setVerticalSpacing(6)
        self.figures.setColumnStretch(1, 1)
        self.charts_title = QLabel(self.body)
        self.charts_title.setStyleSheet("font-weight: bold; margin-top: 10px;")
        self.charts_grid = QGridLayout()
        self.charts_grid.setHorizontalSpacing(24)
        self.no_charts = empty_state_label(self.body)
        self.state = empty_state_label(self.body)
        layout = QVBoxLayout(self.body)
        layout.addWidget(self.state)
        layout.addLayout(self.figures)
        layout.addWidget(self.charts_title)
        layout.addLayout(self.charts_grid)
        layout.addWidget(self.no_charts)
        layout.addStretch(1)
        self.setWidget(self.body)
        self.lines: list[OverviewLine] = []
        self.chart_widgets: dict[str, QSvgWidget] = {}
        self.show_state("")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.charts_title.setText(self.tr("Charts of the report"))
        self.no_charts.setText(self.tr("The period has no recommendations, answers, measured indicators or surveys to draw yet."))

    def show_state(self, text: str) -> None:
        """A calm sentence instead of the figures: preparing, or why there is nothing to show."""
        self._clear()
        self.state.setText(text)
        self.state.setHidden(not text)
        self.charts_title.setHidden(True)
        self.no_charts.setHidden(True)

    def show_content(self, content: SummaryContent) -> None:
        self._clear()
        self.state.setHidden(True)
        self.lines = content.lines
        for row, line in enumerate(content.lines):
            name, value = QLabel(line.label, self.body), QLabel(line.value, self.body)
            name.setStyleSheet("font-weight: bold;")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if line.attention:
                value.setStyleSheet(ATTENTION_STYLE)
            value.setObjectName(f"figure_{line.key}")
            self.figures.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.figures.addWidget(value, row, 1)
        keys = [key for key in CHART_ORDER if key in content.charts]
        for index, key in enumerate(keys):
            self.charts_grid.addWidget(self._chart(*content.charts[key], key), index, 0, Qt.AlignmentFlag.AlignLeft)
        self.charts_title.setHidden(False)
        self.no_charts.setHidden(bool(keys))

    def _chart(self, caption: str, svg: str, key: str) -> QWidget:
        box = QWidget(self.body)
        title = QLabel(caption, box)
        title.setWordWrap(True)
        picture = QSvgWidget(box)
        picture.load(QByteArray(screen_svg(svg).encode("utf-8")))
        picture.setFixedSize(picture.renderer().defaultSize() * CHART_SCALE)
        picture.setToolTip(caption)
        self.chart_widgets[key] = picture
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(title)
        layout.addWidget(picture)
        return box

    def _clear(self) -> None:
        for grid in (self.figures, self.charts_grid):
            while grid.count():
                widget = grid.takeAt(0).widget()
                if widget is not None:
                    widget.hide()  # gone from the screen now, deleted once the event loop is back
                    widget.deleteLater()
        self.lines = []
        self.chart_widgets = {}


def screen_svg(svg: str) -> str:
    """The chart as Qt's SVG renderer needs it: without the clip path, which it draws as a black box,
    and in PT Sans itself, whose widths placed the labels (a wider fallback font would overlap them)."""
    return CLIP_PATH.sub("", svg).replace(f"font-family: {SANS}", f"font-family: {chart_font_family()}")


@cache
def chart_font_family() -> str:
    """PT Sans from the application's own fonts, registered with Qt once."""
    from PySide6.QtGui import QFontDatabase

    from bmb_desktop.paths import FONTS_DIR

    font_id = QFontDatabase.addApplicationFont(str(FONTS_DIR / "PTSans-Regular.ttf"))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else "sans-serif"
