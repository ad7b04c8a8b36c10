"""Plan rules: the lifecycle of a version, the item's fields, eligibility, overdue items, versioning."""

from datetime import date

import pytest

from bmb_desktop.domain import plan as rules
from bmb_desktop.domain.enums import MonitoringMethod, PlanItemStatus, PlanVersionStatus, SubjectKind
from bmb_desktop.domain.plan import ItemDraft, VersionFacts

S = PlanVersionStatus


def facts(**changes) -> VersionFacts:
    values = dict(number=1, status=S.DRAFT, item_count=3, unanswered_proposals=0, discussed_on=None, submitted_on=None)
    return VersionFacts(**(values | changes))


def item(**changes) -> ItemDraft:
    values = dict(
        object_id=1, subject_kind=SubjectKind.MUNICIPAL_SERVICE, subject="Ичүүчү суу", purpose="Сапатын баалоо",
        methods=(MonitoringMethod.OBSERVATION,), responsible_ids=(7,), quarter=1,
    )
    return ItemDraft(**(values | changes))


@pytest.mark.parametrize("status", [S.DRAFT, S.DISCUSSED])
def test_drafts_and_discussed_versions_may_be_edited(status):
    assert rules.edit_refusal(status) is None


@pytest.mark.parametrize("status", [S.SUBMITTED, S.APPROVED, S.SUPERSEDED])
def test_submitted_approved_and_superseded_versions_are_refused_with_different_reasons(status):
    assert rules.edit_refusal(status)
    assert len({rules.edit_refusal(s) for s in (S.SUBMITTED, S.APPROVED, S.SUPERSEDED)}) == 3


def test_the_approved_refusal_points_to_an_amendment():
    assert "өзгөртүү киргизиңиз" in rules.edit_refusal(S.APPROVED)


def test_a_discussion_needs_a_draft_with_items_and_a_date():
    assert rules.discussion_problems(facts(), date(2026, 1, 12)) == {}
    assert set(rules.discussion_problems(facts(item_count=0), None)) == {"discussed_on", "items"}
    assert set(rules.discussion_problems(facts(status=S.DISCUSSED), date(2026, 1, 12))) == {"status"}


def test_the_aiyl_okmotus_proposals_may_wait_for_an_answer_until_submission():
    assert rules.discussion_problems(facts(unanswered_proposals=2), date(2026, 1, 12)) == {}
    discussed = facts(status=S.DISCUSSED, discussed_on=date(2026, 1, 12), unanswered_proposals=2)
    problems = rules.submission_problems(discussed, date(2026, 1, 19))
    assert set(problems) == {"proposals"} and "2 сунуш жоопсуз" in problems["proposals"]


def test_an_amendment_cannot_be_discussed_before_the_version_it_amends_was_approved():
    amendment = facts(number=2, in_force_approved_on=date(2026, 1, 28))
    assert set(rules.discussion_problems(amendment, date(2026, 1, 20))) == {"discussed_on"}
    assert rules.discussion_problems(amendment, date(2026, 6, 22)) == {}


def test_submission_comes_after_the_discussion():
    discussed = facts(status=S.DISCUSSED, discussed_on=date(2026, 1, 12))
    assert rules.submission_problems(discussed, date(2026, 1, 19)) == {}
    assert set(rules.submission_problems(discussed, date(2026, 1, 11))) == {"submitted_on"}
    assert set(rules.submission_problems(discussed, None)) == {"submitted_on"}
    assert set(rules.submission_problems(facts(), date(2026, 1, 19))) == {"status"}


def test_the_original_plan_goes_to_the_council_without_a_linked_vote():
    discussed = facts(status=S.DISCUSSED, discussed_on=date(2026, 1, 12), group_vote_passed=None)
    assert rules.submission_problems(discussed, date(2026, 1, 19)) == {}


def test_an_amendment_needs_its_reason_and_a_passed_vote_of_the_group():
    base = dict(number=2, status=S.DISCUSSED, discussed_on=date(2026, 6, 22))
    assert set(rules.submission_problems(facts(**base), date(2026, 6, 23))) == {"amendment_reason", "group_vote"}
    failed = facts(**base, amendment_reason="Маданият үйү кошулду", group_vote_passed=False)
    assert "кабыл алынган жок" in rules.submission_problems(failed, date(2026, 6, 23))["group_vote"]
    passed = facts(**base, amendment_reason="Маданият үйү кошулду", group_vote_passed=True)
    assert rules.submission_problems(passed, date(2026, 6, 23)) == {}


def test_approval_needs_the_resolution_number_and_a_date_not_before_submission():
    submitted = facts(status=S.SUBMITTED, discussed_on=date(2026, 1, 12), submitted_on=date(2026, 1, 19))
    assert rules.approval_problems(submitted, "14/3", date(2026, 1, 28)) == {}
    assert set(rules.approval_problems(submitted, " № ", None)) == {"resolution_number", "adopted_on"}
    assert set(rules.approval_problems(submitted, "14/3", date(2026, 1, 18))) == {"adopted_on"}
    assert set(rules.approval_problems(facts(status=S.DISCUSSED), "14/3", date(2026, 1, 28))) == {"status"}


def test_only_an_approved_plan_is_amended_one_amendment_at_a_time_with_a_reason():
    assert rules.amendment_problems([S.APPROVED], "Маданият үйү") == {}
    assert rules.amendment_problems([S.SUPERSEDED, S.APPROVED], "Маданият үйү") == {}
    assert set(rules.amendment_problems([S.DRAFT], "Маданият үйү")) == {"status"}
    assert set(rules.amendment_problems([S.APPROVED, S.DRAFT], "Маданият үйү")) == {"status"}
    assert set(rules.amendment_problems([S.APPROVED, S.SUBMITTED], "")) == {"status", "amendment_reason"}
    assert set(rules.amendment_problems([S.APPROVED], "  ")) == {"amendment_reason"}


def test_a_complete_item_has_no_problems():
    assert rules.item_problems(item(), year=2026) == {}


def test_every_field_of_p2_that_is_required_is_named():
    empty = ItemDraft()
    assert set(rules.item_problems(empty, year=2026)) == {
        "object", "subject_kind", "subject", "purpose", "methods", "responsibles", "timing",
    }


def test_a_cancelled_item_needs_its_reason():
    assert set(rules.item_problems(item(status=PlanItemStatus.CANCELLED), year=2026)) == {"cancel_reason"}
    assert rules.item_problems(item(status=PlanItemStatus.CANCELLED, cancel_reason="Курам жаңыланды"), year=2026) == {}


@pytest.mark.parametrize(
    ("quarter", "starts_on", "ends_on", "problem"),
    [
        (3, None, None, None),
        (None, date(2026, 2, 16), date(2026, 3, 27), None),
        (1, date(2026, 2, 16), date(2026, 3, 27), None),
        (None, date(2026, 3, 1), None, None),
        (5, None, None, "quarter"),
        (None, date(2026, 3, 27), date(2026, 2, 16), "ends_on"),
        (None, date(2025, 12, 20), date(2026, 1, 10), "starts_on"),
        (None, date(2026, 12, 20), date(2027, 1, 10), "ends_on"),
        (1, date(2026, 3, 16), date(2026, 4, 10), "ends_on"),
        (None, None, None, "timing"),
    ],
)
def test_timing_is_dates_or_a_quarter_of_the_plans_year(quarter, starts_on, ends_on, problem):
    problems = rules.timing_problems(quarter, starts_on, ends_on, year=2026)
    assert set(problems) == ({problem} if problem else set())


def test_dates_outside_the_quarter_say_which_quarter():
    problems = rules.timing_problems(2, date(2026, 7, 1), None, year=2026)
    assert problems == {"starts_on": "Мөөнөттөр 2026-жылдын 2-кварталынын ичинде болушу керек."}


def test_the_due_date_is_the_end_then_the_quarter_end_then_the_year_end():
    assert rules.due_date(1, date(2026, 2, 16), date(2026, 3, 27), year=2026) == date(2026, 3, 27)
    assert rules.due_date(3, None, None, year=2026) == date(2026, 9, 30)
    assert rules.due_date(3, date(2026, 7, 1), None, year=2026) == date(2026, 9, 30)
    assert rules.due_date(None, date(2026, 7, 1), None, year=2026) == date(2026, 12, 31)


def test_an_item_is_overdue_the_day_after_its_time_without_an_issued_act():
    due = date(2026, 9, 30)
    assert not rules.is_overdue(due, today=due, status=PlanItemStatus.IN_PROGRESS, has_issued_act=False)
    assert rules.is_overdue(due, today=date(2026, 10, 1), status=PlanItemStatus.IN_PROGRESS, has_issued_act=False)
    assert rules.is_overdue(due, today=date(2026, 10, 1), status=PlanItemStatus.DONE, has_issued_act=False)
    assert not rules.is_overdue(due, today=date(2026, 10, 1), status=PlanItemStatus.DONE, has_issued_act=True)
    assert not rules.is_overdue(due, today=date(2026, 10, 1), status=PlanItemStatus.CANCELLED, has_issued_act=False)


def test_a_member_removed_for_a_conflict_may_not_be_responsible_and_the_reason_is_given():
    removed = {5: "К. Ташиев was removed from this monitoring for a conflict of interest"}
    names = {5: "К. Ташиев", 7: "У. Жантаева"}
    assert rules.responsible_problem([7, 5], active={5, 7}, removed=removed, names=names) == removed[5]
    assert rules.responsible_problem([7], active={5, 7}, removed=removed, names=names) is None


def test_a_member_no_longer_in_the_group_may_not_be_responsible():
    problem = rules.responsible_problem([9], active={5, 7}, removed={}, names={9: "А. Асанов"})
    assert problem == "А. Асанов топтун учурдагы мүчөсү эмес."


def test_progress_is_recorded_on_the_approved_version_but_cancelling_needs_an_amendment():
    P = PlanItemStatus
    assert rules.status_change_problem(S.APPROVED, P.PLANNED, P.IN_PROGRESS) is None
    assert rules.status_change_problem(S.APPROVED, P.IN_PROGRESS, P.DONE) is None
    assert "өзгөртүү киргизип" in rules.status_change_problem(S.APPROVED, P.PLANNED, P.CANCELLED)
    assert rules.status_change_problem(S.APPROVED, P.CANCELLED, P.PLANNED)
    assert rules.status_change_problem(S.SUPERSEDED, P.PLANNED, P.DONE)
    assert rules.status_change_problem(S.SUBMITTED, P.PLANNED, P.DONE)
    assert rules.status_change_problem(S.DRAFT, P.PLANNED, P.CANCELLED) is None
