"""Community gatherings: results, the majority of participants, and the elected becoming members."""

from datetime import date

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import MeetingStatus, MemberCategory, MemberRole, Sex
from bmb_desktop.errors import ValidationError
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.gathering import (
    CandidateDraft,
    ElectedPerson,
    add_elected_members,
    create_gathering,
    elected_people,
    gathering_summary,
    gatherings,
    save_results,
    split_full_name,
    villages,
)
from bmb_desktop.services.municipality import MunicipalityProfile, own_municipality, save_profile
from bmb_desktop.services.regulation import add_resolution
from bmb_desktop.storage.database import copy_database, open_database
from bmb_desktop.storage.models import GatheringCandidate, Meeting, Membership

HELD_ON = date(2026, 2, 20)


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
def town(session):
    return save_profile(session, MunicipalityProfile(
        name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
        aiyl_okmotu_head="Ш. Дарманкулов", council_name="Д. Садырбаев айылдык кеңеши", council_convocation="II",
        council_chair="А. Тешебаев", responsible_secretary="А. Саитова", villages=["Масы", "Беш-Жыгач"],
    ))


def gathering(session, town, participants=100, candidates=(("Абдыкалыков Нурбек Токтогулович", 51), ("Мамбетова Айзада", 50))):
    summary = create_gathering(session, town.id, held_on=HELD_ON, title="Масы айылынын жыйыны", place="Маданият үйү")
    return save_results(session, town.id, summary.meeting_id, participants_count=participants,
                        candidates=[CandidateDraft(name, votes) for name, votes in candidates])


def person(candidate_id, surname="Абдыкалыков", given_name="Нурбек", **changes):
    values = dict(sex=Sex.MALE, birth_date=date(1986, 5, 4), position="Масы мектебинин мугалими")
    values.update(changes)
    return ElectedPerson(candidate_id, surname, given_name, **values)


def test_fifty_votes_of_a_hundred_do_not_elect_and_fifty_one_do(session, town):
    summary = gathering(session, town)
    assert [(c.votes_for, c.elected) for c in summary.candidates] == [(51, True), (50, False)]
    assert summary.votes_needed == 51
    assert [c.full_name for c in summary.elected] == ["Абдыкалыков Нурбек Токтогулович"]


def test_gatherings_are_numbered_within_their_year_and_listed_newest_first(session, town):
    first = create_gathering(session, town.id, held_on=HELD_ON, title="Биринчи жыйын")
    second = create_gathering(session, town.id, held_on=date(2026, 5, 12), title="Экинчи жыйын", participants_count=40)
    numbers = dict(session.execute(select(Meeting.id, Meeting.number)).all())
    assert (numbers[first.meeting_id], numbers[second.meeting_id]) == (1, 2)
    assert [g.title for g in gatherings(session, town.id)] == ["Экинчи жыйын", "Биринчи жыйын"]
    assert second.participants_count == 40 and not second.signed


def test_a_gathering_needs_its_day_and_name(session, town):
    with pytest.raises(ValidationError) as refused:
        create_gathering(session, town.id, held_on=None, title=" ")
    assert set(refused.value.problems) == {"held_on", "title"}


def test_results_are_checked_row_by_row(session, town):
    summary = create_gathering(session, town.id, held_on=HELD_ON, title="Жыйын")
    with pytest.raises(ValidationError) as refused:
        save_results(session, town.id, summary.meeting_id, participants_count=30, candidates=[
            CandidateDraft("Абдыкалыков Нурбек", 31), CandidateDraft(" ", 3), CandidateDraft("Жороев Талант", -1),
        ])
    assert refused.value.problems == {
        "candidate.0.votes_for": "31 добуш, бирок жыйынга болгону 30 тургун катышкан.",
        "candidate.1.full_name": "Талапкердин аты-жөнүн жазыңыз.",
        "candidate.2.votes_for": "Добуштардын саны терс болушу мүмкүн эмес.",
    }


def test_candidates_cannot_be_elected_without_the_number_of_participants(session, town):
    summary = create_gathering(session, town.id, held_on=HELD_ON, title="Жыйын")
    with pytest.raises(ValidationError) as refused:
        save_results(session, town.id, summary.meeting_id, participants_count=None, candidates=[CandidateDraft("Жороев Талант", 3)])
    assert set(refused.value.problems) == {"participants_count"}


def test_saving_again_updates_the_same_candidates_and_drops_removed_ones(session, town):
    summary = gathering(session, town)
    first, second = summary.candidates
    again = save_results(session, town.id, summary.meeting_id, participants_count=100, candidates=[
        CandidateDraft("Мамбетова  Айзада ", 60, second.id),
    ])
    assert [(c.id, c.full_name, c.votes_for, c.elected) for c in again.candidates] == [(second.id, "Мамбетова Айзада", 60, True)]
    assert session.get(GatheringCandidate, first.id) is None


def test_a_signed_protocol_keeps_its_results(session, town):
    summary = gathering(session, town)
    session.get(Meeting, summary.meeting_id).status = MeetingStatus.SIGNED
    session.commit()
    with pytest.raises(ValidationError) as refused:
        save_results(session, town.id, summary.meeting_id, participants_count=100, candidates=[])
    assert set(refused.value.problems) == {"meeting"}
    assert len(gathering_summary(session, town.id, summary.meeting_id).candidates) == 2


def test_a_full_name_is_split_as_the_protocol_writes_it():
    assert split_full_name("Абдыкалыков Нурбек Токтогулович") == ("Абдыкалыков", "Нурбек", "Токтогулович")
    assert split_full_name(" Мамбетова  Айзада ") == ("Мамбетова", "Айзада", "")
    assert split_full_name("Жороев") == ("Жороев", "", "")


def test_adding_the_elected_creates_citizen_members_based_on_the_resolution(session, town):
    summary = gathering(session, town, candidates=(("Абдыкалыков Нурбек Токтогулович", 71), ("Мамбетова Айзада Руслановна", 64)))
    resolution = add_resolution(session, town.id, number="15/2", adopted_on=date(2026, 3, 12), title="БМжБ тобунун курамын толуктоо жөнүндө")
    masy = villages(session, town.id)[0][0]
    people = elected_people(summary)
    assert [(p.surname, p.given_name, p.patronymic) for p in people] == [
        ("Абдыкалыков", "Нурбек", "Токтогулович"), ("Мамбетова", "Айзада", "Руслановна"),
    ]

    added = add_elected_members(session, town.id, summary.meeting_id, resolution_id=resolution.id, people=[
        person(people[0].candidate_id, patronymic="Токтогулович", village_id=masy, phone="0700 123 456"),
        person(people[1].candidate_id, "Мамбетова", "Айзада", sex=Sex.FEMALE),
    ])

    memberships = session.scalars(select(Membership).order_by(Membership.id)).all()
    assert [m.id for m in memberships] == [m.id for m in added]
    first = memberships[0]
    assert (first.person.surname, first.person.patronymic, first.person.phone) == ("Абдыкалыков", "Токтогулович", "+996 700 123 456")
    assert (first.category, first.role, first.appointed_on) == (MemberCategory.CITIZEN, MemberRole.MEMBER, date(2026, 3, 12))
    assert first.basis_resolution_id == resolution.id
    assert first.basis_text == "2026-жылдын 20-февралындагы жамааттын жыйынынын протоколу"
    after = gathering_summary(session, town.id, summary.meeting_id)
    assert all(candidate.is_member for candidate in after.candidates)
    assert elected_people(after) == []


def test_an_incomplete_person_adds_nobody(session, town):
    summary = gathering(session, town, candidates=(("Абдыкалыков Нурбек", 71), ("Мамбетова Айзада", 64)))
    resolution = add_resolution(session, town.id, number="15/2", adopted_on=date(2026, 3, 12), title="Толуктоо жөнүндө")
    first, second = (c.id for c in summary.candidates)
    with pytest.raises(ValidationError) as refused:
        add_elected_members(session, town.id, summary.meeting_id, resolution_id=resolution.id, people=[
            person(first), person(second, "Мамбетова", "Айзада", sex=None, birth_date=None),
        ])
    assert set(refused.value.problems) == {f"{second}.sex", f"{second}.birth_date"}
    assert session.scalars(select(Membership)).all() == []


def test_only_elected_candidates_join_and_only_by_a_later_resolution(session, town):
    summary = gathering(session, town)  # 51 and 50 of 100
    elected, not_elected = (c.id for c in summary.candidates)
    later = add_resolution(session, town.id, number="15/2", adopted_on=date(2026, 3, 12), title="Толуктоо жөнүндө")
    earlier = add_resolution(session, town.id, number="14/3", adopted_on=date(2026, 1, 28), title="План жөнүндө")
    for resolution_id, people in ((later.id, [person(not_elected)]), (earlier.id, [person(elected)]), (None, [person(elected)])):
        with pytest.raises(ValidationError) as refused:
            add_elected_members(session, town.id, summary.meeting_id, resolution_id=resolution_id, people=people)
        assert set(refused.value.problems) == {"resolution"}


def test_a_candidate_who_became_a_member_stays_in_the_results(session, town):
    summary = gathering(session, town)
    resolution = add_resolution(session, town.id, number="15/2", adopted_on=date(2026, 3, 12), title="Толуктоо жөнүндө")
    add_elected_members(session, town.id, summary.meeting_id, resolution_id=resolution.id, people=[person(summary.candidates[0].id)])
    with pytest.raises(ValidationError) as refused:
        save_results(session, town.id, summary.meeting_id, participants_count=100, candidates=[])
    assert set(refused.value.problems) == {"candidates"}


def test_the_demo_gathering_of_2026_elected_two_of_three(tmp_path):
    database = open_database(create_demo_database(tmp_path / "demo.sqlite3"))
    with database.session() as session:
        municipality_id = own_municipality(session).id
        (summary,) = gatherings(session, municipality_id)
        assert summary.held_on == HELD_ON and summary.participants_count == 112 and summary.signed
        assert [c.full_name.split()[0] for c in summary.elected] == ["Абдыкалыков", "Мамбетова"]
        assert summary.votes_needed == 57
    database.close()
