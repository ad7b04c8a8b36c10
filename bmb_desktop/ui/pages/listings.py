"""A read-only page over ``services.listing``: a heading, a note and the table or an honest empty state.

A page of this kind differs from another only in its texts and its query; no screen uses it now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStackedWidget, QTableView, QVBoxLayout, QWidget

from bmb_desktop.services.listing import Listing
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.models.listing import SORT_ROLE, ListingModel
from bmb_desktop.ui.pages.base import Page, empty_state_label, heading_label, note_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CONTEXT = "ListingPage"
MAX_COLUMN_WIDTH = 320


class ListingPage(Page):
    """A heading, a note that editing comes later, and the table or an honest empty state."""

    TITLE = ""
    NOTE = ""
    EMPTY = ""
    load: Callable[[Session, int], Listing]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = ListingModel(parent=self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.heading = heading_label(self)
        self.note = note_label(self)
        self.table = QTableView(self)
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a click
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = empty_state_label(self)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.body, 1)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate(CONTEXT, self.TITLE))
        self.note.setText(QCoreApplication.translate(CONTEXT, self.NOTE))
        self.empty.setText(QCoreApplication.translate(CONTEXT, self.EMPTY))

    def refresh(self) -> None:
        with self.context.database.session() as session:
            listing = type(self).load(session, self.context.municipality_id)
        self.model.set_listing(listing)
        self.body.setCurrentWidget(self.table if listing.rows else self.empty)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))
