"""Where a formation stands: each step's status against its deadline, and the warnings of one formation."""

from datetime import date

import pytest

from bmb_desktop.domain.enums import FormationKind
from bmb_desktop.domain.enums import FormationStepCode as Step
from bmb_desktop.errors import NotFoundError
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.formation import processes, record_step, start_formation
from bmb_desktop.services.formation_status import StepStatus, get_process, process_findings, process_summaries, step_rows
from bmb_desktop.services.municipality import MunicipalityProfile, own_municipality, save_profile
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import Municipality

STARTED = date(2026, 4, 24)


@pytest.fixture(scope="module")
def blank(tmp_path_factory):
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
def town(session):
    return save_profile(session, MunicipalityProfile(
        name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
        aiyl_okmotu_head="Ш. Дарманкулов", council_name="Д. Садырбаев айылдык кеңеши", council_convocation="II",
        council_chair="А. Тешебаев", responsible_secretary="А. Саитова", villages=["Масы"],
    ))


def statuses(session, process, today):
    return {row.code: row for row in step_rows(session, process, today=today)}


def test_a_fresh_formation_counts_the_working_days_left(session, town):
    process = start_formation(session, town.id, kind=FormationKind.NEW_GROUP, started_on=STARTED)
    rows = statuses(session, process, date(2026, 5, 11))
    assert rows[Step.ANNOUNCEMENT].status is StepStatus.DONE
    nomination = rows[Step.EMPLOYEE_NOMINATION]
    assert (nomination.status, nomination.due_on, nomination.days_left) == (StepStatus.PENDING, date(2026, 5, 25), 10)
    assert rows[Step.FIRST_MEETING].due_on is None and rows[Step.FIRST_MEETING].days_left is None


def test_late_overdue_skipped_and_not_applicable_steps(session, town):
    process = start_formation(session, town.id, kind=FormationKind.NEW_GROUP, started_on=STARTED)
    step = {s.code: s for s in process.steps}
    record_step(session, town.id, step[Step.EMPLOYEE_NOMINATION].id, done_on=date(2026, 5, 26))  # a day after its deadline
    record_step(session, town.id, step[Step.DEPUTY_APPROVAL].id, done_on=None, not_applicable=True)
    record_step(session, town.id, step[Step.COUNCIL_RESOLUTION].id, done_on=date(2026, 6, 1))

    rows = statuses(session, process, date(2026, 6, 30))

    assert (rows[Step.EMPLOYEE_NOMINATION].status, rows[Step.EMPLOYEE_NOMINATION].late_by) == (StepStatus.LATE, 1)
    assert rows[Step.DEPUTY_APPROVAL].status is StepStatus.NOT_APPLICABLE
    assert rows[Step.CITIZEN_GATHERING].status is StepStatus.SKIPPED
    assert rows[Step.FIRST_MEETING].status is StepStatus.OVERDUE
    assert rows[Step.COUNCIL_RESOLUTION].status is StepStatus.DONE
    assert {f.rule for f in process_findings(session, process, today=date(2026, 6, 30))} == {"formation", "gathering"}
    (summary,) = process_summaries(session, town.id, today=date(2026, 6, 30))
    assert summary.problems == 4  # late, skipped, and the publication and first meeting overdue


def test_a_formation_of_another_municipality_is_not_found(session, town):
    process = start_formation(session, town.id, kind=FormationKind.REPLACEMENT, started_on=STARTED)
    other = Municipality(name="Мин-Булак")
    session.add(other)
    session.commit()
    assert get_process(session, town.id, process.id) is process
    with pytest.raises(NotFoundError):
        get_process(session, other.id, process.id)


def test_the_demo_formation_shows_only_the_missing_gathering(tmp_path):
    database = open_database(create_demo_database(tmp_path / "demo.sqlite3"))
    with database.session() as session:
        municipality_id = own_municipality(session).id
        (process,) = processes(session, municipality_id)
        rows = statuses(session, process, date(2026, 11, 21))
        assert [code for code, row in rows.items() if row.status is StepStatus.SKIPPED] == [Step.CITIZEN_GATHERING]
        assert all(row.status in (StepStatus.DONE, StepStatus.DONE_ON_TIME) for code, row in rows.items() if code is not Step.CITIZEN_GATHERING)
        assert [f.rule for f in process_findings(session, process, today=date(2026, 11, 21))] == ["gathering"]
    database.close()
