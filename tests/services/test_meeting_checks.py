"""Meeting warnings for `check` and the home screen, and the meetings listing with its quorum column."""

from datetime import date, time

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import MeetingKind
from bmb_desktop.domain.findings import Severity
from bmb_desktop.services.checks import run_checks
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.listing import list_meetings
from bmb_desktop.services.meeting_checks import absence_runs, meeting_warnings
from bmb_desktop.services.meetings import MeetingDraft, create_meeting, set_attendance
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import Membership, Municipality, Person

EVERYONE = ("Кандарова", "Султанова", "Осмоналиев", "Жантаева", "Ташиев")
WITHOUT_ZHANTAEVA = ("Кандарова", "Султанова", "Осмоналиев", "Ташиев")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture
def session(tmp_path, demo_file):
    copy_database(demo_file, tmp_path / "bmb.sqlite3")
    database = open_database(tmp_path / "bmb.sqlite3")
    with database.session() as session:
        yield session
    database.close()


@pytest.fixture
def municipality_id(session):
    return session.scalar(select(Municipality.id))


def member(session, surname: str) -> int:
    return session.scalar(select(Membership.id).join(Person).where(Person.surname == surname))


def hold(session, municipality_id, held_on: date, present=EVERYONE) -> None:
    meeting = create_meeting(session, municipality_id, draft=MeetingDraft(
        kind=MeetingKind.GROUP_MEETING, held_on=held_on, place="Жыйындар залы", starts_at=time(10, 0),
    ))  # fmt: skip
    set_attendance(session, meeting.id, present=[member(session, s) for s in present])


def test_the_demo_year_raises_no_meeting_warning(session, municipality_id):
    assert meeting_warnings(session, municipality_id, today=date(2026, 11, 21)) == []


def test_a_quarter_without_a_meeting_is_warned_about_once_it_ends(session, municipality_id):
    assert meeting_warnings(session, municipality_id, today=date(2027, 3, 31)) == []
    warnings = meeting_warnings(session, municipality_id, today=date(2027, 4, 1))
    assert [(w.rule, w.severity, w.text()) for w in warnings] == [(
        "meetings", Severity.WARNING,
        "2027-жылдын I кварталында кворуму бар бир да жыйналыш өткөрүлгөн жок. (Типтүү жобо 7.2.2)",
    )]  # fmt: skip


def test_a_meeting_without_quorum_does_not_keep_the_quarter(session, municipality_id):
    hold(session, municipality_id, date(2027, 2, 10), present=EVERYONE[:2])
    assert [w.rule for w in meeting_warnings(session, municipality_id, today=date(2027, 4, 1))] == ["meetings"]
    hold(session, municipality_id, date(2027, 2, 17), present=EVERYONE[:3])
    assert meeting_warnings(session, municipality_id, today=date(2027, 4, 1)) == []


def test_a_profile_asking_two_meetings_a_quarter_counts_them(session, municipality_id):
    session.get(Municipality, municipality_id).regulation.min_meetings_per_quarter = 2
    session.commit()
    hold(session, municipality_id, date(2027, 2, 10))
    messages = [w.message for w in meeting_warnings(session, municipality_id, today=date(2027, 4, 1))]
    assert "2027-жылдын I кварталында кворуму бар 1 гана жыйналыш өткөрүлдү; кеминде 2 жыйналыш өткөрүлүшү керек." in messages


def test_three_absences_in_a_row_are_a_ground_for_early_withdrawal(session, municipality_id):
    for day in (date(2026, 12, 4), date(2026, 12, 11)):
        hold(session, municipality_id, day, present=WITHOUT_ZHANTAEVA)
    assert absence_runs(session, municipality_id, today=date(2026, 12, 20))[member(session, "Жантаева")].count == 2
    assert meeting_warnings(session, municipality_id, today=date(2026, 12, 20)) == []
    hold(session, municipality_id, date(2026, 12, 18), present=WITHOUT_ZHANTAEVA)
    warnings = meeting_warnings(session, municipality_id, today=date(2026, 12, 20))
    assert [(w.rule, w.severity, w.source) for w in warnings] == [("absences", Severity.WARNING, "Жергиликтүү жобо 3.4")]
    assert warnings[0].message == (
        "У. Жантаева топтун жыйналыштарына катары менен 3 жолу катышкан жок (акыркысы 18.12.2026); "
        "бул топтун курамынан мөөнөтүнөн мурда чыгаруунун негизи болуп саналат."
    )


def test_attending_once_starts_the_absences_again(session, municipality_id):
    for day in (date(2026, 12, 4), date(2026, 12, 11), date(2026, 12, 18)):
        hold(session, municipality_id, day, present=WITHOUT_ZHANTAEVA)
    hold(session, municipality_id, date(2026, 12, 23))
    assert member(session, "Жантаева") not in absence_runs(session, municipality_id, today=date(2026, 12, 31))


def test_the_warnings_come_with_every_other_finding_of_check(session, municipality_id):
    findings = run_checks(session, municipality_id, today=date(2027, 4, 1))
    assert "meetings" in [f.rule for f in findings]


def test_the_meetings_listing_shows_present_of_members_and_the_quorum(session, municipality_id):
    listing = list_meetings(session, municipality_id)
    assert listing.keys == ("protocol", "date", "kind", "title", "present", "quorum", "status")
    rows = {(row[0], row[2]): row for row in listing.rows}
    assert rows[("3/2026", "топтун жыйналышы")][4:6] == ("2/5", "жок")
    assert rows[("4/2026", "топтун жыйналышы")][4:6] == ("4/5", "ооба")
    assert rows[("1/2026", "жамааттын жыйыны")][4:6] == ("5", "")
