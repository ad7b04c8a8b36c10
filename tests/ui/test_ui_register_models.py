"""The act, letter and meeting register models on hand-made rows, without any window: their titles, the
colours of an overdue answer and of a meeting without quorum, finding rows, and the year/kind filters."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from bmb_desktop.domain.deadlines import DeadlineState
from bmb_desktop.domain.enums import ActStatus, LetterKind, MeetingKind, MeetingStatus
from bmb_desktop.services.act_register import ActRow, LetterRow
from bmb_desktop.services.meeting_register import RegisterRow
from bmb_desktop.ui.models.acts import (
    COL_DEADLINE,
    COL_NUMBER,
    COL_OBJECT,
    COL_RECOMMENDATIONS,
    COL_STATUS,
    DEADLINE_COLOURS,
    DRAFT_COLOUR,
    L_ANSWER,
    ActsFilter,
    ActsModel,
    LettersModel,
)
from bmb_desktop.ui.models.meetings import (
    COL_KIND,
    COL_PRESENT,
    COL_QUORUM,
    COL_TITLE,
    DRAFT_COLOUR as UNSIGNED_COLOUR,
    NO_QUORUM_COLOUR,
    MeetingsFilter,
    MeetingsModel,
)
from bmb_desktop.ui.models.meetings import COL_STATUS as COL_MEETING_STATUS
from bmb_desktop.ui.models.rows import SORT_ROLE

FOREGROUND, TOOLTIP, ALIGNMENT = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole
CENTRE = int(Qt.AlignmentFlag.AlignCenter)


def act(act_id, number, year, status=ActStatus.ISSUED, deadline=None, due_on=None, **changes):
    values = dict(
        act_id=act_id, number=number, year=year, issued_on=date(year, 3, act_id) if number else None, status=status,
        object_name="Масы мектеби", subject="Тамак-аш", recommendations=2, open_recommendations=1,
        deadline=deadline, due_on=due_on,
    )  # fmt: skip
    return ActRow(**(values | changes))


ACTS = [
    act(4, "", 2026, ActStatus.DRAFT),
    act(3, "3/2026", 2026, deadline=DeadlineState.OVERDUE, due_on=date(2026, 9, 29)),
    act(2, "2/2025", 2025, ActStatus.SUPERSEDED, deadline=DeadlineState.ANSWERED_LATE, superseded_by="3/2026"),
    act(1, "1/2025", 2025, deadline=DeadlineState.ANSWERED_ON_TIME),
]


def meeting(meeting_id, kind, number, held_on, *, present=3, membership=5, quorum=True, signed=True):
    status = MeetingStatus.SIGNED if signed else MeetingStatus.DRAFT
    return RegisterRow(meeting_id, kind, number, held_on.year, held_on, "Айыл өкмөтүнүн залы", present, membership,
                       quorum, status)  # fmt: skip


MEETINGS = [
    meeting(12, MeetingKind.GROUP_MEETING, 2, date(2026, 2, 10), present=2, quorum=False, signed=False),
    meeting(11, MeetingKind.COMMUNITY_GATHERING, 1, date(2026, 1, 20), membership=None, quorum=None),
    meeting(10, MeetingKind.GROUP_MEETING, 1, date(2025, 12, 5)),
]


def acts_model() -> ActsModel:
    model = ActsModel()
    model.set_rows(ACTS)
    return model


def meetings_model() -> MeetingsModel:
    model = MeetingsModel()
    model.set_rows(MEETINGS)
    return model


def titles(model) -> list[str]:
    return [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]


def test_the_registers_have_their_column_titles_in_the_interface_language(qapp, translations):
    assert titles(acts_model()) == ["Акт №", "Күнү", "Абалы", "Объект", "Предмети", "Сунуштамалар", "Жооптор"]
    assert titles(meetings_model())[:4] == ["Протоколдун №", "Күнү", "Түрү", "Иш-чара же өткөн жери"]
    assert titles(LettersModel())[0] == "№" and LettersModel().columnCount() == 7
    assert acts_model().headerData(0, Qt.Orientation.Vertical) is None


def test_an_overdue_answer_is_red_a_draft_amber_and_a_superseded_act_grey(qapp):
    model = acts_model()
    overdue = model.index(1, COL_DEADLINE)
    assert "29.09.2026" in overdue.data()
    assert overdue.data(FOREGROUND).color() == QColor(DEADLINE_COLOURS[DeadlineState.OVERDUE])
    assert model.index(0, COL_STATUS).data(FOREGROUND).color() == DRAFT_COLOUR
    late = model.index(2, COL_DEADLINE).data(FOREGROUND).color()
    assert late == QColor(DEADLINE_COLOURS[DeadlineState.ANSWERED_LATE])
    assert model.index(2, COL_OBJECT).data(FOREGROUND).color() == QColor("#6b6b6b")
    assert model.index(3, COL_OBJECT).data(FOREGROUND) is None


def test_act_tooltips_show_the_correction_and_long_texts_only(qapp):
    model = ActsModel()
    model.set_rows([act(5, "4/2026", 2026, supersedes="3/2026"), *ACTS])
    assert "3/2026" in model.index(0, COL_STATUS).data(TOOLTIP)
    assert model.index(0, COL_OBJECT).data(TOOLTIP) == "Масы мектеби"
    assert model.index(0, COL_NUMBER).data(TOOLTIP) is None
    assert model.index(0, COL_NUMBER).data(ALIGNMENT) == model.index(0, COL_RECOMMENDATIONS).data(ALIGNMENT) == CENTRE


def test_acts_sort_by_number_within_the_year_not_as_text(qapp):
    model = acts_model()
    model.set_rows([act(9, "10/2026", 2026), act(8, "9/2026", 2026), act(7, "12/2025", 2025)])
    keys = [model.index(row, COL_NUMBER).data(SORT_ROLE) for row in range(3)]
    assert keys[2] < keys[1] < keys[0]


def test_rows_are_found_by_their_id(qapp):
    model = acts_model()
    assert model.row_where(lambda row: row.act_id == 2) == model.row_of(2) == 2
    assert model.row_of(99) == -1
    meetings = meetings_model()
    assert meetings.row_of(10) == 2 and meetings.row_at(meetings.row_of(11)).kind is MeetingKind.COMMUNITY_GATHERING
    assert meetings.row_where(lambda row: row.quorum is False) == 0


def test_a_meeting_without_quorum_is_red_and_an_unsigned_protocol_amber(qapp):
    model = meetings_model()
    quorum = model.index(0, COL_QUORUM)
    assert quorum.data(FOREGROUND).color() == NO_QUORUM_COLOUR
    assert quorum.data(TOOLTIP) and quorum.data(ALIGNMENT) == CENTRE
    assert model.index(0, COL_MEETING_STATUS).data(FOREGROUND).color() == UNSIGNED_COLOUR
    assert model.index(2, COL_QUORUM).data(FOREGROUND) is None
    assert model.index(0, COL_PRESENT).data() == "2/5" and model.index(1, COL_PRESENT).data() == "3"
    assert model.index(1, COL_TITLE).data(TOOLTIP) == "Айыл өкмөтүнүн залы"  # a long text shows whole


def test_meetings_sort_by_protocol_number_and_kind(qapp):
    model = meetings_model()
    keys = [model.index(row, 0).data(SORT_ROLE) for row in range(3)]
    assert keys[2] < keys[1] < keys[0]


def test_a_late_letter_answer_has_its_colour(qapp):
    model = LettersModel()
    model.set_rows([LetterRow(1, "1/2026", LetterKind.INFORMATION_REQUEST, date(2026, 3, 2), "Масы мектеби", "Маалымат",
                              date(2026, 3, 3), date(2026, 3, 17), date(2026, 3, 20), DeadlineState.ANSWERED_LATE, None)])  # fmt: skip
    answer = model.index(0, L_ANSWER)
    assert answer.data().endswith("20.03.2026")
    assert answer.data(FOREGROUND).color() == QColor(DEADLINE_COLOURS[DeadlineState.ANSWERED_LATE])
    assert model.row_of(1) == 0


def shown(proxy, column=0) -> list:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


@pytest.mark.parametrize("kind", [MeetingKind.COMMUNITY_GATHERING, "community_gathering"])
def test_the_meeting_filter_takes_the_kind_as_a_combo_box_hands_it_back(qapp, kind):
    proxy = MeetingsFilter()
    proxy.setSourceModel(meetings_model())
    assert proxy.years() == [2026, 2025]
    proxy.set_choice(str(kind))
    assert proxy.rowCount() == 1 and proxy.index(0, COL_KIND).data() == proxy.sourceModel().index(1, COL_KIND).data()
    proxy.set_choice(None)
    proxy.set_year(2025)
    assert proxy.rowCount() == 1


def test_the_act_filter_narrows_by_year_status_and_pressing_answers(qapp):
    proxy = ActsFilter()
    proxy.setSourceModel(acts_model())
    proxy.set_year(2025)
    assert shown(proxy) == ["2/2025", "1/2025"]
    proxy.set_year(None)
    proxy.set_choice(str(ActStatus.DRAFT))
    assert shown(proxy) == ["—"]
    proxy.set_choice(None)
    proxy.set_pressing(True)
    assert shown(proxy) == ["3/2026"]
