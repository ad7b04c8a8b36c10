"""The formation tracker on a real database: steps, deadlines from the stored calendar, and warnings."""

from datetime import date

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import FormationKind
from bmb_desktop.domain.enums import FormationStepCode as Step
from bmb_desktop.errors import NotFoundError, ValidationError
from bmb_desktop.services.calendar import set_correction
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.formation import (
    formation_warnings,
    process_timeline,
    processes,
    record_step,
    start_formation,
)
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import Municipality

STARTED = date(2025, 9, 22)


@pytest.fixture(scope="module")
def blank(tmp_path_factory):
    """A migrated empty database, copied for each test: migrating every time is slow."""
    path = tmp_path_factory.mktemp("blank") / "blank.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture
def session(tmp_path, blank):
    copy_database(blank, tmp_path / "bmb.sqlite3")
    database = open_database(tmp_path / "bmb.sqlite3")
    with database.session() as session:
        yield session
    database.close()


@pytest.fixture
def municipality(session):
    return save_profile(session, MunicipalityProfile(
        name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
        aiyl_okmotu_head="Ш. Дарманкулов", council_name="Д. Садырбаев айылдык кеңеши", council_convocation="II",
        council_chair="А. Тешебаев", responsible_secretary="А. Саитова", villages=["Масы"],
        council_formed_on=date(2025, 8, 29),
    ))


def step(process, code):
    return next(s for s in process.steps if s.code == code)


def states_by_code(session, process, today):
    return {state.code: state for state in process_timeline(session, process, today=today)}


def test_a_new_group_starts_with_every_step_and_the_announcement_done(session, municipality):
    process = start_formation(session, municipality.id, kind=FormationKind.NEW_GROUP, started_on=STARTED, note=" 2025 ")
    assert [s.code for s in process.steps] == list(Step)
    assert [s.done_on for s in process.steps] == [STARTED] + [None] * 7
    assert process.note == "2025"


def test_a_replacement_starts_with_the_selection_steps_none_done(session, municipality):
    process = start_formation(session, municipality.id, kind=FormationKind.REPLACEMENT, started_on=date(2026, 3, 2))
    assert [s.code for s in process.steps] == [
        Step.EMPLOYEE_NOMINATION, Step.DEPUTY_APPROVAL, Step.CITIZEN_GATHERING, Step.COUNCIL_RESOLUTION, Step.COMMUNITY_INFORMED,
    ]
    assert all(s.done_on is None for s in process.steps)


def test_a_formation_needs_its_start_date(session, municipality):
    with pytest.raises(ValidationError) as refused:
        start_formation(session, municipality.id, kind=FormationKind.NEW_GROUP, started_on=None)
    assert refused.value.problems == {"started_on": "Топту түзүү башталган күндү жазыңыз."}


def test_recording_a_step_keeps_its_date_and_document(session, municipality):
    process = start_formation(session, municipality.id, kind=FormationKind.NEW_GROUP, started_on=STARTED)
    recorded = record_step(session, municipality.id, step(process, Step.EMPLOYEE_NOMINATION).id,
                           done_on=date(2025, 10, 6), document="  Башчынын сунушу ")
    assert (recorded.done_on, recorded.document) == (date(2025, 10, 6), "Башчынын сунушу")


def test_a_step_cannot_be_done_before_the_formation_started(session, municipality):
    process = start_formation(session, municipality.id, kind=FormationKind.NEW_GROUP, started_on=STARTED)
    with pytest.raises(ValidationError) as refused:
        record_step(session, municipality.id, step(process, Step.DEPUTY_APPROVAL).id, done_on=date(2025, 9, 19))
    assert refused.value.problems == {"done_on": "Кадам топту түзүү башталганга чейин аткарылышы мүмкүн эмес."}


def test_a_step_of_another_municipality_is_not_found(session, municipality):
    process = start_formation(session, municipality.id, kind=FormationKind.NEW_GROUP, started_on=STARTED)
    with pytest.raises(NotFoundError):
        record_step(session, municipality.id + 1, step(process, Step.DEPUTY_APPROVAL).id, done_on=STARTED)
    with pytest.raises(NotFoundError):
        record_step(session, municipality.id, 10_000, done_on=STARTED)


def test_the_timeline_carries_the_legal_deadlines(session, municipality):
    process = start_formation(session, municipality.id, kind=FormationKind.NEW_GROUP, started_on=STARTED)
    record_step(session, municipality.id, step(process, Step.COUNCIL_RESOLUTION).id, done_on=date(2025, 10, 14))
    states = states_by_code(session, process, date(2025, 10, 1))
    assert states[Step.ANNOUNCEMENT].due_on == date(2025, 9, 29)  # a month after the council was formed
    assert states[Step.EMPLOYEE_NOMINATION].due_on == date(2025, 10, 13)
    assert states[Step.FIRST_MEETING].due_on == date(2025, 10, 28)
    assert states[Step.PUBLICATION].due_on == date(2025, 10, 23)


def test_a_stored_correction_moves_the_deadlines_of_an_open_formation(session, municipality):
    process = start_formation(session, municipality.id, kind=FormationKind.NEW_GROUP, started_on=STARTED)
    set_correction(session, day=date(2025, 10, 10), is_working_day=False, name="Өкмөттүн токтому менен эс алуу күнү")
    assert states_by_code(session, process, STARTED)[Step.EMPLOYEE_NOMINATION].due_on == date(2025, 10, 14)
    set_correction(session, day=date(2025, 10, 4), is_working_day=True, name="Которулган жумуш күнү (ишемби)")
    assert states_by_code(session, process, STARTED)[Step.EMPLOYEE_NOMINATION].due_on == date(2025, 10, 13)


def test_overdue_nominations_are_warned_about_with_their_source(session, municipality):
    start_formation(session, municipality.id, kind=FormationKind.NEW_GROUP, started_on=STARTED)
    assert formation_warnings(session, municipality.id, today=date(2025, 10, 13)) == []
    warnings = formation_warnings(session, municipality.id, today=date(2025, 10, 15))
    assert [(w.rule, w.source) for w in warnings] == [("formation", "Типтүү жобо 5.4.2"), ("formation", "Типтүү жобо 5.4.3")]
    assert warnings[0].message.endswith(": аткарылган жок; мөөнөтү 2025-жылдын 13-октябры болчу")


def test_a_late_announcement_is_warned_about(session, municipality):
    start_formation(session, municipality.id, kind=FormationKind.NEW_GROUP, started_on=date(2025, 10, 1))
    warnings = formation_warnings(session, municipality.id, today=date(2025, 10, 2))
    assert [w.source for w in warnings] == ["Типтүү жобо 5.4.1"]
    assert "2 жумуш күнгө кечигип аткарылды" in warnings[0].message


def test_a_resolution_without_a_gathering_is_warned_about(session, municipality):
    process = start_formation(session, municipality.id, kind=FormationKind.NEW_GROUP, started_on=STARTED)
    for code, day in ((Step.EMPLOYEE_NOMINATION, date(2025, 10, 6)), (Step.DEPUTY_APPROVAL, date(2025, 10, 6)),
                      (Step.COUNCIL_RESOLUTION, date(2025, 10, 14))):
        record_step(session, municipality.id, step(process, code).id, done_on=day)
    assert [w.rule for w in formation_warnings(session, municipality.id, today=date(2025, 10, 15))] == ["gathering"]
    record_step(session, municipality.id, step(process, Step.CITIZEN_GATHERING).id, done_on=None, not_applicable=True,
                note="Жарандардын өкүлү мурда шайланган")
    assert formation_warnings(session, municipality.id, today=date(2025, 10, 15)) == []


def test_processes_are_listed_newest_first(session, municipality):
    first = start_formation(session, municipality.id, kind=FormationKind.NEW_GROUP, started_on=STARTED)
    later = start_formation(session, municipality.id, kind=FormationKind.REPLACEMENT, started_on=date(2026, 3, 2))
    assert [p.id for p in processes(session, municipality.id)] == [later.id, first.id]


def test_the_demo_formation_shows_only_the_missing_gathering(tmp_path):
    database = open_database(create_demo_database(tmp_path / "demo.sqlite3"))
    try:
        with database.session() as session:
            municipality_id = session.scalar(select(Municipality.id))
            warnings = formation_warnings(session, municipality_id, today=date(2026, 11, 21))
    finally:
        database.close()
    assert [w.text() for w in warnings] == [
        "Кеңеш топту жамааттын жыйынында шайланган жарандардын талапкерлерисиз түздү (Типтүү жобо 5.4.4)",
    ]
