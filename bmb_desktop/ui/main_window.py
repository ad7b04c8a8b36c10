"""The main window: navigation on the left, the pages on the right, the database in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, QT_TRANSLATE_NOOP
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
from bmb_desktop.ui.page_set import PageEntry, PageSet
from bmb_desktop.ui.pages.base import Page
from bmb_desktop.ui.retranslating import Retranslating

SP = QStyle.StandardPixmap
# The navigation list in its order; each page's module (under ui/pages) is imported when it is first shown.
NAVIGATION = (
    PageEntry("home", QT_TRANSLATE_NOOP("MainWindow", "Home"), SP.SP_DirHomeIcon, "home:HomePage"),
    PageEntry("roster", QT_TRANSLATE_NOOP("MainWindow", "Roster"), SP.SP_FileDialogDetailedView, "roster:RosterPage"),
    PageEntry("formation", QT_TRANSLATE_NOOP("MainWindow", "Group formation"), SP.SP_FileDialogNewFolder,
              "formation:FormationPage"),
    PageEntry("plan", QT_TRANSLATE_NOOP("MainWindow", "Plan"), SP.SP_FileDialogListView, "plan:PlanPage"),
    PageEntry("meetings", QT_TRANSLATE_NOOP("MainWindow", "Meetings"), SP.SP_DialogYesButton, "meetings:MeetingsPage"),
    PageEntry("acts", QT_TRANSLATE_NOOP("MainWindow", "Acts"), SP.SP_FileIcon, "acts:ActsPage"),
    PageEntry("notices", QT_TRANSLATE_NOOP("MainWindow", "Notices"), SP.SP_MessageBoxInformation,
              "notices:NoticesPage"),
    PageEntry("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), SP.SP_FileDialogContentsView,
              "reports:ReportsPage"),
    PageEntry("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), SP.SP_FileDialogInfoView,
              "settings:SettingsPage"),
)
# Pages whose forms keep what the user typed: shown as they are, never read again on show.
KEEPS_INPUT = frozenset({"settings"})
# Fits a 1366×768 laptop with its task bar; larger screens get the same comfortable size.
DEFAULT_SIZE = QSize(1240, 700)


class MainWindow(Retranslating, QMainWindow):
    """Pages are built the first time they are shown (or asked for through ``pages``), and each
    reads its data once when it appears: a page that read it while being built is not read again."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowIcon(app_icon())
        self.navigation = QListWidget(self)
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(2)
        self.navigation.setFixedWidth(210)
        self.stack = QStackedWidget(self)
        self.pages = PageSet(NAVIGATION, self._build_page)
        for entry in NAVIGATION:
            QListWidgetItem(standard_icon(entry.icon), "", self.navigation)
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
        self.pages.when_built("settings", self._connect_settings)
        self.navigation.setCurrentRow(0)
        self.resize(self._default_size())
        self.retranslate_ui()

    def _build_page(self, entry: PageEntry) -> Page:
        page = entry.page_class()(self.context, self.stack)
        self.stack.addWidget(page)
        return page

    def _connect_settings(self, settings: Page) -> None:
        settings.profile_saved.connect(self._profile_saved)
        settings.rules_changed.connect(self._rules_changed)

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
        current = self.stack.currentWidget()
        return next(key for key, page in self.pages.built().items() if page is current)

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        key = NAVIGATION[row].key
        built_now = not self.pages.is_built(key)
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        if key in KEEPS_INPUT:
            return
        if built_now and page.has_read_data():
            return  # it read its data while being built, a moment ago
        page.refresh()  # what other pages changed meanwhile shows here

    def _profile_saved(self) -> None:
        if self.pages.is_built("home"):
            self.pages["home"].refresh()
        self._update_status()

    def _rules_changed(self) -> None:
        """The regulation or the calendar changed: every finding and deadline shown is read again.
        A page not built yet reads them when it is first shown."""
        for key, page in self.pages.built().items():
            if key not in KEEPS_INPUT:
                page.refresh()

    def retranslate_ui(self) -> None:
        for row, entry in enumerate(NAVIGATION):
            self.navigation.item(row).setText(QCoreApplication.translate("MainWindow", entry.text))
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
