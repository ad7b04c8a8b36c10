"""The dashboard of key indicators (I3): one card per indicator with a small chart of the baseline,
the target, the measured values and the forecast, and one line a council member reads at a glance.

The charts are the documents' own drawings as SVG (``services.indicators.chart_svg_of``), drawn
small and shown enlarged so that their labels stay readable on screen.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from bmb_desktop.locale.labels import label
from bmb_desktop.services.indicators import IndicatorView, chart_svg_of, dashboard, number_text, outlook_label
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.icons import print_icon
from bmb_desktop.ui.models.indicators import GOOD_OUTLOOKS, latest_description
from bmb_desktop.ui.pages.base import empty_state_label, note_label
from bmb_desktop.ui.pages.plan import printing
from bmb_desktop.ui.retranslating import Retranslating

CHART_SIZE = (240, 110)  # points of the drawing
SCALE = 1.3  # shown larger, so that its 6.5-point labels read at about 8.5 pixels
CARD_WIDTH = round(CHART_SIZE[0] * SCALE) + 24
CARD_STYLE = "QFrame#IndicatorCard { background: white; border: 1px solid #c9dde6; border-radius: 6px; }"
OUTLOOK_STYLES = {
    "good": "color: white; background: #1e7b34; border-radius: 4px; padding: 1px 6px;",
    "bad": "color: white; background: #b3261e; border-radius: 4px; padding: 1px 6px;",
    "quiet": "color: #4a4a4a; background: #e8e8e8; border-radius: 4px; padding: 1px 6px;",
}


def screen_svg(svg: str) -> bytes:
    """The chart's SVG as Qt's SVG renderer draws it: QtSvg has no clip paths (it would paint the
    clipping rectangle black) and reads only a lower-case ``none``."""
    svg = re.sub(r"<clipPath.*?</clipPath>", "", svg, flags=re.DOTALL)
    svg = svg.replace('style="clip-path: url(#clip)"', "").replace("fill: None", "fill: none")
    return svg.encode("utf-8")


class IndicatorCard(QFrame):
    """One key indicator: its name, the chart, the latest value against the target, the outlook."""

    def __init__(self, view: IndicatorView, language: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("IndicatorCard")
        self.setStyleSheet(CARD_STYLE)
        self.setFixedWidth(CARD_WIDTH)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.outlook = QLabel(self)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.chart: QSvgWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        svg = chart_svg_of(view, width=CHART_SIZE[0], height=CHART_SIZE[1], language=language)
        if svg:
            self.chart = QSvgWidget(self)
            self.chart.load(QByteArray(screen_svg(svg)))
            self.chart.setFixedSize(round(CHART_SIZE[0] * SCALE), round(CHART_SIZE[1] * SCALE))
            layout.addWidget(self.chart)
        outlook_row = QHBoxLayout()
        outlook_row.addWidget(self.outlook)
        outlook_row.addStretch(1)
        layout.addLayout(outlook_row)
        layout.addWidget(self.facts)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        view, a = self.view, self.view.assessment
        self.title.setText(f"{view.code} {view.name}".strip())
        self.title.setToolTip(label(view.kind))
        kind = "bad" if a.outlook.is_flagged else "good" if a.outlook in GOOD_OUTLOOKS else "quiet"
        self.outlook.setText(outlook_label(a.outlook))
        self.outlook.setStyleSheet(OUTLOOK_STYLES[kind])
        self.facts.setText(self._facts_text())

    def _facts_text(self) -> str:
        view, a = self.view, self.view.assessment
        unit = f" {view.unit}" if view.unit else ""
        if not view.quantitative:
            described = latest_description(view)
            lines = [self.tr("At the start: %1").replace("%1", view.baseline_text),
                     self.tr("Aim: %1").replace("%1", view.target_text)]
            if described is not None:
                lines.append(self.tr("Latest: %1").replace("%1", described.value_text))
            return "\n".join(lines)
        target = self.tr("target %1 by %2").replace("%1", number_text(view.target) + unit).replace("%2", display_date(view.deadline))
        if a.latest is None:
            return target
        fact = self.tr("now %1 (%2)").replace("%1", number_text(a.latest.value) + unit).replace("%2", display_date(a.latest.period_end))
        lines = [f"{fact}; {target}"]
        if a.forecast is not None:
            lines.append(self.tr("forecast by the deadline: %1").replace("%1", number_text(a.forecast) + unit))
        return "\n".join(lines)


class DashboardTab(Retranslating, QWidget):
    """The cards flow in as many columns as the width allows."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cards: list[IndicatorCard] = []
        self.note = note_label(self)
        self.print_button = QPushButton(print_icon(), "", self)
        self.empty = empty_state_label(self)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(12)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.grid_host)
        self.columns = 0
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.empty, 1)
        self.print_button.clicked.connect(lambda: printing.print_indicator_sheet(self.context, self))
        self.retranslate_ui()

    def refresh(self) -> None:
        with self.context.database.session() as session:
            views = dashboard(session, self.context.municipality_id, today=self.context.today())
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        language = self.context.translations.language if self.context.translations else None
        self.cards = [IndicatorCard(view, language, self.grid_host) for view in views]
        self.columns = 0
        self._arrange()
        self.scroll.setVisible(bool(views))
        self.empty.setVisible(not views)
        self.print_button.setEnabled(bool(views))

    def _arrange(self) -> None:
        # The tab's own width: the scroll area's viewport is resized only after this tab.
        columns = max(1, (self.width() - 40) // (CARD_WIDTH + self.grid.spacing()))
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)
        self.grid.setColumnStretch(columns, 1)
        self.grid.setRowStretch(len(self.cards) // columns + 1, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def retranslate_ui(self) -> None:
        self.note.setText(self.tr(
            "Key indicators of the development programme: the dashed line is the plan from the baseline to the "
            "target, the solid line the measured values, the dotted line the forecast to the deadline; hollow marks "
            "are the residents' survey and the staff's assessment."
        ))
        self.print_button.setText(self.tr("Print indicator sheet…"))
        self.empty.setText(self.tr("No key indicators yet. Mark the indicators to follow closely as key indicators on the “Indicators” tab."))
        for card in self.cards:
            card.retranslate_ui()
