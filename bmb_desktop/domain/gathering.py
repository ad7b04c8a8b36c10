"""The community gathering's election of citizen candidates (F3): who is elected, by what share.

A candidate is elected by a majority of the participants' votes (000 §5.4): more than half of
everyone present, not of the votes cast. Exactly half is not a majority.
"""

from __future__ import annotations


def is_elected(votes_for: int, participants_count: int | None) -> bool:
    """True when ``votes_for`` is more than half of ``participants_count``.

    An unknown or zero number of participants elects nobody: the protocol cannot show a majority.
    """
    if not participants_count or participants_count < 0:
        return False
    return votes_for * 2 > participants_count


def votes_needed(participants_count: int | None) -> int | None:
    """The fewest votes that elect a candidate: 57 of 112 participants, 4 of 6; None if unknown."""
    if not participants_count or participants_count < 0:
        return None
    return participants_count // 2 + 1


def vote_share(votes_for: int, participants_count: int | None) -> float | None:
    """The votes as a share of all participants (71 of 112 -> 0.634); None when unknown."""
    if not participants_count or participants_count < 0:
        return None
    return votes_for / participants_count
