"""Electing citizen candidates at a community gathering: a majority of all participants (F3)."""

import pytest

from bmb_desktop.domain.gathering import is_elected, vote_share, votes_needed


@pytest.mark.parametrize(
    ("votes", "participants", "elected"),
    [
        (57, 112, True),  # one more than half
        (56, 112, False),  # exactly half is not a majority
        (55, 112, False),
        (4, 7, True),
        (3, 7, False),  # odd count: 3 of 7 is under half
        (1, 1, True),
        (0, 1, False),
        (112, 112, True),
    ],
)
def test_a_candidate_needs_more_than_half_of_the_participants(votes, participants, elected):
    assert is_elected(votes, participants) is elected


@pytest.mark.parametrize("participants", [None, 0])
def test_without_a_known_number_of_participants_nobody_is_elected(participants):
    assert is_elected(50, participants) is False
    assert votes_needed(participants) is None
    assert vote_share(50, participants) is None


@pytest.mark.parametrize(("participants", "needed"), [(112, 57), (111, 56), (6, 4), (1, 1)])
def test_votes_needed_is_the_smallest_number_that_elects(participants, needed):
    assert votes_needed(participants) == needed
    assert is_elected(needed, participants)
    assert not is_elected(needed - 1, participants)


def test_vote_share_is_of_participants_not_of_votes_cast():
    assert vote_share(71, 112) == pytest.approx(0.634, abs=0.001)
    assert vote_share(0, 112) == 0
