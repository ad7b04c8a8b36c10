"""The reports screen: choose a half-year or year, see the report at a glance with its charts, write
the conclusions and proposals, keep the residents' messages and surveys, then print the report and
the council's resolution draft, save the spreadsheet, or export everything for the council.

The report's figures are gathered off the GUI thread; a result that arrives after the period was
changed again is dropped, so the screen always shows the period that is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget

from bmb_desktop.domain.report import FIRST_YEAR, Period, usual_period
from bmb_desktop.errors import ValidationError
from bmb_desktop.locale.dates import short_date
from bmb_desktop.services.report import report_period
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.errors import FieldWithError
from bmb_desktop.ui.pages.base import Page, heading_label, note_label
from bmb_desktop.ui.pages.reports import outputs
from bmb_desktop.ui.pages.reports.conclusions_editor import ConclusionsEditor
from bmb_desktop.ui.pages.reports.summary_view import SummaryContent, SummaryView
from bmb_desktop.ui.widgets.residents_panel import ResidentsPanel

TAB_SUMMARY, TAB_CONCLUSIONS, TAB_RESIDENTS = range(3)


class ReportsPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.period: Period | None = None
        self.content: SummaryContent | None = None
        self.preview = self.export_dialog = None
        self._request = 0  # the newest summary asked for; older answers are dropped
        self._summary_stale = False
        self.heading = heading_label(self)
        self.year_label, self.half_label = QLabel(self), QLabel(self)
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR, context.today().year)
        self.half = QComboBox(self)
        self.half_row = FieldWithError(self.half, self)
        self.as_of_note = note_label(self)
        self.print_button, self.resolution_button = QPushButton(self), QPushButton(self)
        self.spreadsheet_button, self.export_button = QPushButton(self), QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.summary = SummaryView(self)
        self.conclusions = ConclusionsEditor(context, self)
        self.residents = ResidentsPanel(context, self)
        for widget in (self.summary, self.conclusions, self.residents):
            self.tabs.addTab(widget, "")
        self._lay_out()
        self._choose(usual_period(context.today()))
        self.year.valueChanged.connect(self._period_chosen)
        self.half.currentIndexChanged.connect(self._period_chosen)
        self.print_button.clicked.connect(lambda: self._output(outputs.print_report))
        self.resolution_button.clicked.connect(lambda: self._output(outputs.print_resolution))
        self.spreadsheet_button.clicked.connect(lambda: self._output(outputs.save_spreadsheet))
        self.export_button.clicked.connect(self.open_export)
        self.conclusions.saved.connect(self._draft_saved)
        self.residents.changed.connect(self.refresh_summary)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate_ui()

    def _lay_out(self) -> None:
        period = QHBoxLayout()
        period.addWidget(self.year_label)
        period.addWidget(self.year)
        period.addSpacing(12)
        period.addWidget(self.half_label)
        period.addWidget(self.half_row)
        period.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.print_button, self.resolution_button, self.spreadsheet_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(period)
        layout.addWidget(self.as_of_note)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Reports"))
        self.year_label.setText(self.tr("Year:"))
        self.half_label.setText(self.tr("Period:"))
        with QSignalBlocker(self.half):
            index = max(self.half.currentIndex(), 0)
            self.half.clear()
            self.half.addItem(self.tr("The whole year"), None)
            self.half.addItem(self.tr("First half-year (January–June)"), 1)
            self.half.addItem(self.tr("Second half-year (July–December)"), 2)
            self.half.setCurrentIndex(index)
        self.print_button.setText(self.tr("Print the report…"))
        self.resolution_button.setText(self.tr("Print the resolution draft…"))
        self.resolution_button.setToolTip(self.tr("The council's draft resolution on hearing the group's report"))
        self.spreadsheet_button.setText(self.tr("Save the spreadsheet…"))
        self.export_button.setText(self.tr("Export for the council…"))
        self.export_button.setToolTip(self.tr("The report, the spreadsheet, the resolution draft, the period's acts and the data for the district, on a USB stick or in a folder"))
        self.tabs.setTabText(TAB_SUMMARY, self.tr("Summary"))
        self.tabs.setTabText(TAB_CONCLUSIONS, self.tr("Conclusions and proposals"))
        self.tabs.setTabText(TAB_RESIDENTS, self.tr("Residents' messages and surveys"))
        self._show_as_of()

    # --- the period -----------------------------------------------------------------------------------

    def _choose(self, period: Period) -> None:
        with QSignalBlocker(self.year), QSignalBlocker(self.half):
            self.year.setValue(period.year)
            self.half.setCurrentIndex({None: 0, 1: 1, 2: 2}[period.half])

    def chosen_period(self) -> Period | None:
        """The chosen period, or None with the reason next to the period when it cannot be reported."""
        try:
            period = report_period(self.year.value(), self.half.currentData(), today=self.context.today())
        except ValidationError as error:
            self.half_row.set_message(error.problems.get("period", str(error)))
            return None
        self.half_row.set_message("")
        return period

    def _period_chosen(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.period = self.chosen_period()
        for button in (self.print_button, self.resolution_button, self.spreadsheet_button, self.export_button):
            button.setEnabled(self.period is not None)
        self.conclusions.load(self.period)
        self.residents.setEnabled(self.period is not None)
        if self.period is not None:
            self.residents.set_period(self.period)
        self._show_as_of()
        self.refresh_summary()

    def _show_as_of(self) -> None:
        period = self.period
        interim = period is not None and self.context.today() < period.end
        self.as_of_note.setHidden(not interim)
        if interim:
            self.as_of_note.setText(self.tr("The period is still running: the report shows it as of today, %1.").replace("%1", short_date(self.context.today())))

    # --- the summary ----------------------------------------------------------------------------------

    def refresh_summary(self) -> None:
        self._request += 1
        self._summary_stale = False
        self.content = None
        if self.period is None:
            self.summary.show_state(self.tr("Choose a period that has begun."))
            return
        self.summary.show_state(self.tr("Preparing the summary…"))
        request, database, municipality_id, period, today = self._request, self.context.database, self.context.municipality_id, self.period, self.context.today()

        def gather() -> SummaryContent:
            from bmb_desktop.locale.i18n import current_language
            from bmb_desktop.services.report import gather_report
            from bmb_desktop.services.report_documents import report_screen_charts
            from bmb_desktop.services.report_overview import report_overview

            with database.session() as session:
                data = gather_report(session, municipality_id, period=period, today=today)
            return SummaryContent(data, report_overview(data), report_screen_charts(data, language=current_language()))

        self.context.tasks.run(gather, on_result=lambda content: self._gathered(request, content), on_error=lambda error: self._not_gathered(request, error))

    def _gathered(self, request: int, content: SummaryContent) -> None:
        if request != self._request:
            return  # the period was changed meanwhile
        self.content = content
        self.summary.show_content(content)

    def _not_gathered(self, request: int, error: BaseException) -> None:
        if request != self._request:
            return
        from bmb_desktop.ui.errors import show_error

        self.summary.show_state(self.tr("The summary could not be prepared."))
        show_error(self, error)

    def _draft_saved(self) -> None:
        self._summary_stale = True

    def _tab_changed(self, index: int) -> None:
        if index == TAB_SUMMARY and self._summary_stale:
            self.refresh_summary()

    # --- printing and export --------------------------------------------------------------------------

    def _output(self, make) -> None:
        if self.period is None or not self.conclusions.flush():
            if self.period is not None:
                self.tabs.setCurrentIndex(TAB_CONCLUSIONS)  # the refused text is shown next to its field
            return
        make(self, self.period)

    def open_export(self) -> None:
        if self.period is None:
            return
        if not self.conclusions.flush():
            self.tabs.setCurrentIndex(TAB_CONCLUSIONS)
            return
        from bmb_desktop.ui.dialogs.reports.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(self.context, self.period, self)
        self.export_dialog.open()

    def say(self, text: str, colour: str = "") -> None:
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
        self.status.setText(text)

    def hideEvent(self, event) -> None:
        self.conclusions.flush()  # leaving the page keeps what was typed
        super().hideEvent(event)
