"""The main window: navigation on the left, the pages on the right, the database in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QT_TRANSLATE_NOOP
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from bmb_desktop.services.municipality import own_municipality
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.icons import app_icon, standard_icon
from bmb_desktop.ui.pages.acts import ActsPage
from bmb_desktop.ui.pages.base import Page
from bmb_desktop.ui.pages.formation import FormationPage
from bmb_desktop.ui.pages.home import HomePage
from bmb_desktop.ui.pages.meetings import MeetingsPage
from bmb_desktop.ui.pages.notices import NoticesPage
from bmb_desktop.ui.pages.plan import PlanPage
from bmb_desktop.ui.pages.reports import ReportsPage
from bmb_desktop.ui.pages.roster import RosterPage
from bmb_desktop.ui.pages.settings import SettingsPage

SP = QStyle.StandardPixmap
# (key, navigation text, icon, page class) in the order of the navigation list.
NAVIGATION = (
    ("home", QT_TRANSLATE_NOOP("MainWindow", "Home"), SP.SP_DirHomeIcon, HomePage),
    ("roster", QT_TRANSLATE_NOOP("MainWindow", "Roster"), SP.SP_FileDialogDetailedView, RosterPage),
    ("formation", QT_TRANSLATE_NOOP("MainWindow", "Group formation"), SP.SP_FileDialogNewFolder, FormationPage),
    ("plan", QT_TRANSLATE_NOOP("MainWindow", "Plan"), SP.SP_FileDialogListView, PlanPage),
    ("meetings", QT_TRANSLATE_NOOP("MainWindow", "Meetings"), SP.SP_DialogYesButton, MeetingsPage),
    ("acts", QT_TRANSLATE_NOOP("MainWindow", "Acts"), SP.SP_FileIcon, ActsPage),
    ("notices", QT_TRANSLATE_NOOP("MainWindow", "Notices"), SP.SP_MessageBoxInformation, NoticesPage),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), SP.SP_FileDialogContentsView, ReportsPage),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), SP.SP_FileDialogInfoView, SettingsPage),
)
# Fits a 1366×768 laptop with its task bar; larger screens get the same comfortable size.
DEFAULT_SIZE = QSize(1240, 700)


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowIcon(app_icon())
        self.navigation = QListWidget(self)
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(2)
        self.navigation.setFixedWidth(210)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Page] = {}
        for key, _text, icon, page_class in NAVIGATION:
            page = page_class(context, self.stack)
            self.pages[key] = page
            self.stack.addWidget(page)
            QListWidgetItem(standard_icon(icon), "", self.navigation)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.database_label = QLabel(self)
        self.municipality_label = QLabel(self)
        self.statusBar().addWidget(self.municipality_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.navigation.currentRowChanged.connect(self._show_page)
        self.pages["settings"].profile_saved.connect(self._profile_saved)
        self.pages["settings"].rules_changed.connect(self._rules_changed)
        self.navigation.setCurrentRow(0)
        self.resize(self._default_size())
        self.retranslate_ui()

    def _default_size(self) -> QSize:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return DEFAULT_SIZE
        available = screen.availableGeometry().size()
        return DEFAULT_SIZE.boundedTo(QSize(available.width() - 40, available.height() - 40))

    def show_page(self, key: str) -> Page:
        self.navigation.setCurrentRow(list(self.pages).index(key))
        return self.pages[key]

    def current_page_key(self) -> str:
        return list(self.pages)[self.stack.currentIndex()]

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        if not isinstance(page, SettingsPage):  # the form keeps what the user typed
            page.refresh()

    def _profile_saved(self) -> None:
        self.pages["home"].refresh()
        self._update_status()

    def _rules_changed(self) -> None:
        """The regulation or the calendar changed: every finding and deadline is read again."""
        for key, page in self.pages.items():
            if key != "settings":
                page.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        for row, (_key, text, _icon, _page) in enumerate(NAVIGATION):
            self.navigation.item(row).setText(QCoreApplication.translate("MainWindow", text))
        self._update_status()

    def _update_status(self) -> None:
        with self.context.database.session() as session:
            municipality = own_municipality(session)
            name = municipality.name if municipality else ""
        title = self.tr("BMB Desktop")
        if self.context.demo:
            title += " " + self.tr("(demo database)")
        self.setWindowTitle(f"{name} — {title}" if name else title)
        self.municipality_label.setText(self.tr("%1 aiyl aimak").replace("%1", name))
        self.database_label.setText(self.tr("Database: %1").replace("%1", str(self.context.database.path)))
        self.database_label.setToolTip(str(self.context.database.path))
