"""The roster table model and its filter work on real rows, without any window."""

from datetime import date

from PySide6.QtCore import Qt

from bmb_desktop.services.roster import list_members
from bmb_desktop.ui.models.roster import (
    ACTIVE_ROLE,
    COL_AGE,
    COL_NAME,
    COL_ROLE,
    COL_STATUS,
    COLUMN_COUNT,
    RosterFilter,
    RosterModel,
)

from .conftest import TODAY


def roster(database, municipality_id, as_of=TODAY):
    with database.session() as session:
        rows = list_members(session, municipality_id, as_of=as_of)
    model = RosterModel(rows, as_of=as_of)
    proxy = RosterFilter()
    proxy.setSourceModel(model)
    return model, proxy


def column(model, col):
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_model_lists_current_members_by_role_then_former_ones(database, municipality_id, members, translations):
    model, _proxy = roster(database, municipality_id)

    assert model.columnCount() == COLUMN_COUNT == len(model.column_titles())
    assert column(model, COL_NAME) == [
        "Кандарова Гүлнара", "Осмоналиев Эрлан", "Жантаева Урмат", "Султанова Каныкей", "Ташиев Кубат",
    ]
    assert column(model, COL_ROLE)[:2] == ["төрага", "катчы"]
    assert column(model, COL_AGE)[0] == "45"
    assert [model.index(row, 0).data(ACTIVE_ROLE) for row in range(5)] == [True] * 4 + [False]
    assert "01.06.2025" in column(model, COL_STATUS)[4]


def test_header_titles_follow_the_interface_language(database, municipality_id, members, translations):
    model, _proxy = roster(database, municipality_id)
    kyrgyz = model.headerData(COL_NAME, Qt.Orientation.Horizontal)
    translations.apply("ru")
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) != kyrgyz
    assert column(model, COL_ROLE)[0] == "председатель"


def test_search_keeps_matching_members_only(database, municipality_id, members, translations):
    _model, proxy = roster(database, municipality_id)

    proxy.set_search("осмон")
    assert column(proxy, COL_NAME) == ["Осмоналиев Эрлан"]
    proxy.set_search("иштеген жер")  # every member's post matches
    assert proxy.rowCount() == 5
    proxy.set_search("")
    assert proxy.rowCount() == 5


def test_former_members_hide_on_request(database, municipality_id, members, translations):
    _model, proxy = roster(database, municipality_id)

    proxy.set_show_former(False)
    assert "Ташиев Кубат" not in column(proxy, COL_NAME)
    assert proxy.rowCount() == 4
    proxy.set_show_former(True)
    assert proxy.rowCount() == 5


def test_a_member_who_left_later_is_current_on_an_earlier_day(database, municipality_id, members, translations):
    model, proxy = roster(database, municipality_id, as_of=date(2025, 5, 1))
    proxy.set_show_former(False)
    assert proxy.rowCount() == 5


def test_sorting_by_age_and_role_uses_values_not_text(database, municipality_id, members, translations):
    _model, proxy = roster(database, municipality_id)
    proxy.sort(COL_ROLE, Qt.SortOrder.AscendingOrder)
    assert column(proxy, COL_ROLE)[0] == "төрага"
    proxy.sort(COL_ROLE, Qt.SortOrder.DescendingOrder)
    assert column(proxy, COL_ROLE)[-1] == "төрага"
