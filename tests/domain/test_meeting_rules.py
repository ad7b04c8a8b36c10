"""Meeting rules at their edges: quorum, votes with recusals, majorities, numbers, quarters, absences."""

from datetime import date

import pytest

from bmb_desktop.domain.enums import DecisionMajority
from bmb_desktop.domain.meetings import (
    Vote,
    consecutive_absences,
    decision_passes,
    next_protocol_number,
    parse_protocol_label,
    protocol_label,
    quarters_between,
    quarters_short_of_meetings,
    quorum_reached,
    vote_problems,
)


@pytest.mark.parametrize(
    ("present", "membership", "reached"),
    [(2, 5, False), (3, 5, True), (3, 6, False), (4, 6, True), (0, 5, False), (0, 0, False), (1, 1, True)],
)
def test_quorum_is_more_than_half_of_all_members_and_exactly_half_is_not(present, membership, reached):
    assert quorum_reached(present, membership) is reached


def test_votes_up_to_the_members_present_are_accepted():
    assert vote_problems(Vote(3, 1, 1), present=5, recused=0) == {}


def test_more_votes_than_members_present_are_refused():
    problems = vote_problems(Vote(4, 1, 1), present=5, recused=0)
    assert problems == {"votes": "6 добуш жазылды, бирок 5 гана мүчө катышып отурат."}


def test_a_recused_member_reduces_the_members_who_may_vote():
    assert vote_problems(Vote(4, 0, 0), present=5, recused=1) == {}
    problems = vote_problems(Vote(5, 0, 0), present=5, recused=1)
    assert set(problems) == {"votes"}
    assert "4" in problems["votes"] and "1 мүчө кызыкчылыктардын кагылышуусунан" in problems["votes"]


def test_negative_votes_are_refused():
    assert set(vote_problems(Vote(3, -1, 0), present=5, recused=0)) == {"votes"}


@pytest.mark.parametrize(
    ("vote", "passes"),
    [(Vote(2, 2, 0), False), (Vote(3, 2, 0), True), (Vote(2, 1, 2), False), (Vote(1, 0, 0), True), (Vote(0, 0, 0), False)],
)
def test_of_those_voting_a_tie_fails_and_abstentions_count_among_the_votes(vote, passes):
    assert decision_passes(vote, present=5, membership=5, majority=DecisionMajority.OF_VOTING) is passes


@pytest.mark.parametrize(("votes_for", "passes"), [(3, False), (4, True)])
def test_of_those_present_half_of_six_present_is_not_a_majority(votes_for, passes):
    vote = Vote(votes_for, 0, 6 - votes_for)
    assert decision_passes(vote, present=6, membership=7, majority=DecisionMajority.OF_PRESENT) is passes


@pytest.mark.parametrize(("votes_for", "passes"), [(4, False), (5, True)])
def test_of_all_members_the_absent_count_against(votes_for, passes):
    vote = Vote(votes_for, 0, 0)
    assert decision_passes(vote, present=5, membership=9, majority=DecisionMajority.OF_ALL_MEMBERS) is passes


def test_the_same_vote_passes_or_fails_by_the_majority_setting():
    vote = Vote(3, 0, 1)  # five members, four present, one abstains
    outcomes = {m: decision_passes(vote, present=4, membership=7, majority=m) for m in DecisionMajority}
    assert outcomes == {
        DecisionMajority.OF_VOTING: True,
        DecisionMajority.OF_PRESENT: True,
        DecisionMajority.OF_ALL_MEMBERS: False,
    }


def test_a_recusal_taken_out_of_the_bases_lets_the_others_decide():
    # four present, one recused: three may vote, two of them suffice
    assert decision_passes(Vote(2, 1, 0), present=4 - 1, membership=5 - 1, majority=DecisionMajority.OF_PRESENT)
    assert not decision_passes(Vote(2, 1, 0), present=4, membership=5, majority=DecisionMajority.OF_ALL_MEMBERS)


def test_protocol_numbers_run_on_within_the_year():
    assert next_protocol_number([]) == 1
    assert next_protocol_number([1, 2, 4]) == 5


@pytest.mark.parametrize(
    ("text", "parsed"),
    [("3/2026", (3, 2026)), (" 12 / 2025 ", (12, 2025)), ("3-2026", None), ("0/2026", None),
     ("3/26", None), ("/2026", None), ("3/2026/1", None), ("три/2026", None), ("", None)],
)
def test_protocol_labels_are_number_slash_year(text, parsed):
    assert parse_protocol_label(text) == parsed


def test_a_protocol_label_prints_number_and_year():
    assert protocol_label(3, 2026) == "3/2026"
    assert protocol_label(None, 2026) == ""


def test_quarters_between_cross_the_year():
    assert quarters_between(date(2025, 11, 1), date(2026, 4, 1)) == [(2025, 4), (2026, 1), (2026, 2)]


def test_a_finished_quarter_without_a_meeting_is_short():
    short = quarters_short_of_meetings(
        [date(2025, 12, 12), date(2026, 1, 15), date(2026, 9, 11)],
        group_created_on=date(2025, 10, 14), today=date(2026, 11, 21), required_per_quarter=1,
    )
    assert short == [(2026, 2, 0)]


def test_the_current_quarter_is_judged_only_once_it_has_ended():
    days = [date(2026, 1, 15)]
    created = date(2026, 1, 5)
    assert quarters_short_of_meetings(days, group_created_on=created, today=date(2026, 6, 30), required_per_quarter=1) == []
    assert quarters_short_of_meetings(days, group_created_on=created, today=date(2026, 7, 1), required_per_quarter=1) == [(2026, 2, 0)]


def test_the_creation_quarter_counts_only_with_a_month_of_it_left():
    late = quarters_short_of_meetings([], group_created_on=date(2025, 12, 10), today=date(2026, 2, 1), required_per_quarter=1)
    early = quarters_short_of_meetings([], group_created_on=date(2025, 11, 20), today=date(2026, 2, 1), required_per_quarter=1)
    assert late == [] and early == [(2025, 4, 0)]


def test_two_meetings_a_quarter_required_makes_one_meeting_short():
    short = quarters_short_of_meetings(
        [date(2026, 1, 15)], group_created_on=date(2026, 1, 5), today=date(2026, 4, 1), required_per_quarter=2
    )
    assert short == [(2026, 1, 1)]


@pytest.mark.parametrize(
    ("attendance", "absences"),
    [([], 0), ([True, True], 0), ([True, False, False], 2), ([False, False, False], 3),
     ([False, False, True, False], 1), ([True, False, False, False, False], 4)],
)
def test_absences_count_from_the_last_meeting_attended(attendance, absences):
    assert consecutive_absences(attendance) == absences
