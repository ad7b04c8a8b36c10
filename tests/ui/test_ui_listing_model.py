"""The generic listing model shows a service listing's titles and values, sortable by value."""

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt

from bmb_desktop.services.listing import Listing
from bmb_desktop.ui.models.listing import SORT_ROLE, ListingModel

LISTING = Listing(
    columns=("Номер", "Берилген", "Сунуштамалар"),
    keys=("number", "issued_on", "recommendations"),
    rows=[("2/2025", date(2025, 11, 3), 10), ("1/2025", date(2025, 4, 20), 9), ("", None, 0)],
)


def test_listing_model_shows_titles_and_formatted_values():
    model = ListingModel(LISTING)
    assert (model.rowCount(), model.columnCount()) == (3, 3)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Берилген"
    assert model.index(0, 1).data() == "03.11.2025"
    assert model.index(2, 1).data() == ""
    assert model.index(0, 2).data() == "10"


def test_listing_sorts_dates_and_numbers_by_value():
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(ListingModel(LISTING))
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(row, 2).data() for row in range(3)] == ["0", "9", "10"]
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "2/2025"
