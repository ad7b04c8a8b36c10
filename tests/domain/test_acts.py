"""An act's content: what issuing requires (A1, A2), its numbers, and the fingerprint printed on paper."""

from dataclasses import replace
from datetime import date

import pytest

from bmb_desktop.domain.acts import (
    ActContent,
    AttachmentContent,
    FindingContent,
    RecommendationContent,
    canonical_json,
    completeness_problems,
    fingerprint,
    fingerprint_code,
    next_number,
    parse_act_number,
    short_fingerprint,
)
from bmb_desktop.domain.enums import FindingKind, MonitoringMethod, SubjectKind

FACT = FindingContent(FindingKind.FACT, MonitoringMethod.OBSERVATION, "46 үйгө суу суткасына 2–3 саат гана берилет.")
SURVEY = FindingContent(FindingKind.EVALUATION, MonitoringMethod.QUESTIONNAIRE, "Суунун сапатына 58 % канааттанат.")
ADVICE = RecommendationContent("«Масы-Суу» ИСПАКБ", "Түтүктүн үч жерин оңдоо.", date(2026, 5, 15))


def complete(**changes) -> ActContent:
    act = ActContent(
        number=None, year=None, issued_on=date(2026, 4, 6), object_id=2, plan_item_id=7,
        subject_kind=SubjectKind.MUNICIPAL_SERVICE, subject="Ичүүчү суу менен камсыз кылуу",
        purpose="Кызматтын сапатын баалоо", place="Масы айылы", period_start=date(2026, 2, 16),
        period_end=date(2026, 3, 27), findings=(FACT, SURVEY), recommendations=(ADVICE,), participant_ids=(3, 1, 2),
        attachments=(AttachmentContent("сүрөт.jpg", "a" * 64),),
    )  # fmt: skip
    return replace(act, **changes)


def test_a_complete_act_has_no_problems():
    assert completeness_problems(complete()) == {}


def test_an_empty_draft_explains_every_missing_part_of_a1():
    empty = ActContent(None, None, None, None, None, None, "", "", "", None, None)
    problems = completeness_problems(empty)
    assert set(problems) == {
        "purpose", "subject", "object", "place", "period", "issued_on", "findings", "recommendations", "participants",
    }  # fmt: skip
    assert problems["purpose"] == "Мониторингдин максатын жазыңыз."
    assert problems["findings"] == "Жок дегенде бир жыйынтык кошуңуз: факт же баалоонун жыйынтыгы."


def test_an_evaluation_finding_needs_its_method_and_a_fact_does_not():
    unmethodical = replace(SURVEY, method=None)
    problems = completeness_problems(complete(findings=(replace(FACT, method=None), unmethodical)))
    assert list(problems) == ["findings.2"]
    assert problems["findings.2"].startswith("2-жыйынтык: баалоонун ыкмасын көрсөтүңүз")


def test_each_recommendation_needs_addressee_action_and_due_date_in_one_message():
    problems = completeness_problems(complete(recommendations=(ADVICE, RecommendationContent("", "", None))))
    assert problems == {"recommendations.2": "2-сунуштама: кимге багытталганын, эмне жасалышы керек экенин, мөөнөтүн жазыңыз."}


def test_a_due_date_before_the_act_date_is_refused():
    early = replace(ADVICE, due_on=date(2026, 4, 1))
    assert list(completeness_problems(complete(recommendations=(early,)))) == ["recommendations.1"]


@pytest.mark.parametrize(
    ("start", "end", "issued_on", "field"),
    [
        (date(2026, 3, 27), date(2026, 2, 16), date(2026, 4, 6), "period"),
        (date(2026, 2, 16), date(2026, 3, 27), date(2026, 3, 20), "issued_on"),
        (None, date(2026, 3, 27), date(2026, 4, 6), "period"),
    ],
)
def test_the_period_must_be_whole_and_end_by_the_act_date(start, end, issued_on, field):
    problems = completeness_problems(complete(period_start=start, period_end=end, issued_on=issued_on))
    assert list(problems) == [field]


def test_a_member_removed_for_a_conflict_may_not_sign_and_the_reason_is_given():
    reason = "К. Ташиев кызыкчылыктардын кагылышуусунан улам бул мониторингден четтетилген"
    problems = completeness_problems(complete(), removed={2: reason})
    assert problems == {"participants.2": f"{reason}: бул мүчөнү катышуучулардан алып салыңыз."}


def test_numbers_read_as_printed_and_count_from_one_each_year():
    assert parse_act_number("4/2026") == (4, 2026)
    assert parse_act_number(" № 12 / 2027 ") == (12, 2027)
    for wrong in ("", "4", "2026/4/1", "four/2026"):
        with pytest.raises(ValueError):
            parse_act_number(wrong)
    assert next_number([]) == 1
    assert next_number([1, 3, None, 2]) == 4


def test_the_fingerprint_is_stable_and_ignores_the_order_of_participants_and_attachments():
    act = complete(number=1, year=2026)
    same = replace(act, participant_ids=(1, 2, 3))
    assert fingerprint(act) == fingerprint(same)
    assert len(fingerprint(act)) == 64 and fingerprint(act) == fingerprint(act).lower()
    assert canonical_json(act) == canonical_json(same)


@pytest.mark.parametrize(
    "change",
    [
        {"number": 2},
        {"issued_on": date(2026, 4, 7)},
        {"place": "Беш-Жыгач айылы"},
        {"findings": (FACT, replace(SURVEY, text="Суунун сапатына 57 % канааттанат."))},
        {"findings": (SURVEY, FACT)},
        {"recommendations": (replace(ADVICE, due_on=date(2026, 5, 16)),)},
        {"participant_ids": (1, 2)},
        {"attachments": (AttachmentContent("сүрөт.jpg", "b" * 64),)},
        {"supersedes_fingerprint": "c" * 64},
    ],
    ids=lambda change: next(iter(change)),
)
def test_any_change_of_content_changes_the_fingerprint(change):
    act = complete(number=1, year=2026)
    assert fingerprint(replace(act, **change)) != fingerprint(act)


def test_the_short_form_groups_the_first_twelve_digits_and_reads_back():
    full = "3f2a91c07b4e" + "0" * 52
    assert short_fingerprint(full) == "3F2A-91C0-7B4E"
    assert fingerprint_code("3F2A-91C0-7B4E") == "3f2a91c07b4e"
    assert fingerprint_code(" 3f2a 91c0 7b4e ") == "3f2a91c07b4e"
    assert fingerprint_code(full) == full
    assert fingerprint_code("3F2A-91C0") is None  # too short to name one act
    assert fingerprint_code("ЖЖЖЖ-91C0-7B4E") is None
