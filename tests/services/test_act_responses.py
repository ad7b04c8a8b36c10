"""After issue: delivery to the addressees (A3), the object's response (A4), the aiyl okmotu's report (A5),
and the follow-up of each recommendation."""

from datetime import date

import pytest

from bmb_desktop.domain.enums import AddresseeKind, DeliveryMethod, FindingKind, RecommendationStatus, ResponseKind
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.services.act_issue import fingerprint_holds, issue_act
from bmb_desktop.services.act_parts import add_finding, add_recommendation, set_participants
from bmb_desktop.services.act_responses import (
    record_delivery,
    record_response,
    remove_response,
    set_recommendation_status,
)
from bmb_desktop.services.acts import create_act, find_act, save_draft
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.storage.database import copy_database, open_database

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture
def session(tmp_path, demo):
    copy_database(demo, tmp_path / "bmb.sqlite3")
    database = open_database(tmp_path / "bmb.sqlite3")
    with database.session() as session:
        yield session
    database.close()


def issued_act(session, *, object_id=6, issued_on=TODAY):
    act = create_act(session, 1, object_id=object_id, today=TODAY)
    save_draft(
        session, act.id, purpose="Текшерүү", subject="Көчө", place="Масы айылы",
        period_start=date(2026, 10, 1), period_end=date(2026, 10, 30),
    )  # fmt: skip
    add_finding(session, act.id, kind=FindingKind.FACT, text="Шагыл 8 см.")
    add_recommendation(session, act.id, addressee="Айыл өкмөтү", text="Толуктоо.", due_on=date(2027, 3, 1))
    set_participants(session, act.id, [1, 4], today=TODAY)
    return issue_act(session, act.id, issued_on=issued_on)


def addressee(act, kind):
    return next(a for a in act.addressees if a.kind is kind)


def test_a_delivery_records_how_when_and_by_whom_it_was_received(session):
    act = issued_act(session)
    target = addressee(act, AddresseeKind.OBJECT)
    record_delivery(session, target.id, method=DeliveryMethod.BY_HAND, sent_on=TODAY, received_on=date(2026, 11, 23),
                    receiver_name=" Б. Ташиев ")  # fmt: skip
    assert (target.delivery_method, target.received_on, target.receiver_name) == (
        DeliveryMethod.BY_HAND, date(2026, 11, 23), "Б. Ташиев",
    )
    assert fingerprint_holds(session, act)  # delivery is not the act's content


@pytest.mark.parametrize(
    ("sent_on", "received_on", "receiver", "field"),
    [
        (date(2026, 11, 20), None, "", "sent_on"),
        (TODAY, date(2026, 11, 20), "Б. Ташиев", "received_on"),
        (date(2026, 11, 24), date(2026, 11, 23), "Б. Ташиев", "received_on"),
        (TODAY, TODAY, "", "receiver_name"),
    ],
)
def test_impossible_deliveries_are_refused(session, sent_on, received_on, receiver, field):
    act = issued_act(session)
    with pytest.raises(ValidationError) as refused:
        record_delivery(session, addressee(act, AddresseeKind.OBJECT).id, method=DeliveryMethod.POST,
                        sent_on=sent_on, received_on=received_on, receiver_name=receiver)  # fmt: skip
    assert field in refused.value.problems


def test_the_object_responds_with_causes_and_measures_and_the_aiyl_okmotu_reports_to_the_council(session):
    act = issued_act(session)
    target, ao = addressee(act, AddresseeKind.OBJECT), addressee(act, AddresseeKind.AIYL_OKMOTU)
    for who in (target, ao):
        record_delivery(session, who.id, method=DeliveryMethod.BY_HAND, sent_on=TODAY, received_on=TODAY, receiver_name="А. Б.")
    response = record_response(session, target.id, received_on=date(2026, 12, 1), causes="Жамгыр.", measures="Толуктайбыз.")
    report = record_response(session, ao.id, received_on=date(2026, 12, 10), measures="Төлөм токтотулду.")
    assert (response.kind, report.kind) == (ResponseKind.OBJECT_RESPONSE, ResponseKind.AO_REPORT_TO_COUNCIL)
    with pytest.raises(ValidationError) as refused:
        record_response(session, ao.id, received_on=date(2026, 12, 10), causes="Себеби гана")
    assert list(refused.value.problems) == ["measures"]
    with pytest.raises(ValidationError, match="Жооп акт алынганга чейин келиши мүмкүн эмес"):
        record_response(session, target.id, received_on=date(2026, 11, 20), causes="Эрте")
    with pytest.raises(UserError, match="Айылдык кеңеш актыга жооп бербейт"):
        record_response(session, addressee(act, AddresseeKind.COUNCIL).id, received_on=TODAY, measures="—")
    remove_response(session, response.id)
    assert target.responses == []


def test_no_response_is_taken_before_the_act_is_received(session):
    act = issued_act(session)
    with pytest.raises(ValidationError, match="Адегенде алуучу актыны качан алганын каттаңыз"):
        record_response(session, addressee(act, AddresseeKind.OBJECT).id, received_on=TODAY, causes="Себеп")


def test_a_recommendation_follows_its_status_with_dated_notes_while_the_act_stays_frozen(session):
    act = find_act(session, 1, "3/2026")
    recommendation = act.recommendations[0]
    note = set_recommendation_status(
        session, recommendation.id, status=RecommendationStatus.REJECTED, noted_on=TODAY, reason="Каражат жок.",
    )  # fmt: skip
    assert (recommendation.status, recommendation.status_reason) == (RecommendationStatus.REJECTED, "Каражат жок.")
    assert recommendation.notes[-1].id == note.id and note.noted_on == TODAY
    with pytest.raises(ValidationError) as refused:
        set_recommendation_status(session, recommendation.id, status=RecommendationStatus.REJECTED, noted_on=TODAY)
    assert list(refused.value.problems) == ["reason"]
    later = issued_act(session)
    linked = set_recommendation_status(
        session, recommendation.id, status=RecommendationStatus.IMPLEMENTED, noted_on=TODAY,
        note="Кайра текшерүүдө аткарылганы аныкталды.", follow_up_act_id=later.id,
    )  # fmt: skip
    assert linked.follow_up_act_id == later.id and recommendation.status_reason == ""
    with pytest.raises(ValidationError) as refused:
        set_recommendation_status(session, recommendation.id, status=RecommendationStatus.ACCEPTED,
                                  noted_on=date(2026, 9, 1), follow_up_act_id=act.id)  # fmt: skip
    assert set(refused.value.problems) == {"noted_on", "follow_up_act"}
    assert fingerprint_holds(session, act)


def test_follow_up_and_responses_need_an_issued_act(session):
    draft = create_act(session, 1, object_id=6, today=TODAY)
    add_recommendation(session, draft.id, addressee="АӨ", text="Бир нерсе", due_on=None)
    with pytest.raises(UserError, match="Акт азырынча долбоор"):
        set_recommendation_status(session, draft.recommendations[0].id, status=RecommendationStatus.ACCEPTED, noted_on=TODAY)
