"""One member's record (G2, G6): required fields, age on appointment, phone numbers, single roles."""

from dataclasses import replace
from datetime import date

import pytest

from bmb_desktop.domain.enums import MemberCategory, MemberRole, Sex
from bmb_desktop.domain.members import MemberDraft, normalise_phone, validate_member


def draft(**changes) -> MemberDraft:
    complete = MemberDraft(
        surname="Асанова", given_name="Айгүл", sex=Sex.FEMALE, birth_date=date(1985, 4, 2),
        phone="0700 123 456", category=MemberCategory.CITIZEN, appointed_on=date(2025, 10, 14),
        basis_text="Жыйындын протоколу № 1",
    )
    return replace(complete, **changes)


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("0700 123 456", "+996 700 123 456"),
        ("+996 555 12 34 56", "+996 555 123 456"),
        ("996772123456", "+996 772 123 456"),
        ("0700123456", "+996 700 123 456"),
        ("(03734) 5-12-34", "+996 3734 51234"),  # a landline in a district centre
        ("0312 62 45 67", "+996 312 624 567"),  # a Bishkek landline
    ],
)
def test_kyrgyz_phone_numbers_are_written_in_the_international_form(text, normalised):
    assert normalise_phone(text) == normalised


@pytest.mark.parametrize("text", ["+7 701 123 45 67", "07OO 123 456", "телефон", "0700 12", "+996 100 000 000"])
def test_foreign_short_and_lettered_numbers_are_refused(text):
    assert normalise_phone(text) is None


@pytest.mark.parametrize("text", ["", "   "])
def test_an_empty_phone_is_allowed(text):
    assert normalise_phone(text) == ""


def test_a_complete_draft_has_no_problems():
    assert validate_member(draft()) == {}


def test_an_empty_draft_names_every_missing_field_in_kyrgyz():
    problems = validate_member(MemberDraft())
    assert problems == {
        "surname": "Фамилиясын жазыңыз.",
        "given_name": "Атын жазыңыз.",
        "sex": "Жынысын тандаңыз.",
        "category": "Категориясын тандаңыз.",
        "appointed_on": "Дайындалган күнүн жазыңыз.",
        "birth_date": "Туулган күнүн жазыңыз.",
        "basis": "Негизин көрсөтүңүз: кеңештин токтому же жыйындын протоколу.",
    }


def test_a_member_who_is_18_on_the_day_of_appointment_may_be_appointed():
    assert "birth_date" not in validate_member(draft(birth_date=date(2007, 10, 14)))


def test_a_member_a_day_short_of_18_is_refused():
    problems = validate_member(draft(birth_date=date(2007, 10, 15)))
    assert problems["birth_date"] == "Дайындалган күнү мүчө 17 жашта болот; мүчөлөр 18 жаштан кем болбошу керек."


def test_an_implausible_birth_year_is_questioned():
    assert validate_member(draft(birth_date=date(1899, 12, 31)))["birth_date"] == "Туулган күнүн текшериңиз."


def test_a_foreign_phone_is_refused_with_an_example():
    problems = validate_member(draft(phone="+7 701 123 45 67"))
    assert problems == {"phone": "Кыргызстандын телефон номерин жазыңыз, мисалы: 0700 123 456 же +996 700 123 456."}


def test_a_resolution_alone_is_enough_basis():
    assert "basis" not in validate_member(draft(basis_text="", basis_resolution_id=7))


def test_a_term_ending_on_the_day_of_appointment_is_refused():
    problems = validate_member(draft(term_ends_on=date(2025, 10, 14)))
    assert problems == {"term_ends_on": "Мөөнөтү дайындалган күндөн кийин бүтүшү керек."}
    assert validate_member(draft(term_ends_on=date(2029, 10, 14))) == {}


@pytest.mark.parametrize("role", [MemberRole.CHAIR, MemberRole.DEPUTY_CHAIR, MemberRole.SECRETARY])
def test_a_single_role_already_held_is_refused_with_the_holders_name(role):
    problems = validate_member(draft(role=role), role_holders={role: "Г. Кандарова"})
    assert problems["role"].startswith("Г. Кандарова буга чейин эле ")
    assert problems["role"].endswith("; топто мындай бир гана адам болот.")


def test_a_second_chair_message_names_the_role():
    problems = validate_member(draft(role=MemberRole.CHAIR), role_holders={MemberRole.CHAIR: "Г. Кандарова"})
    assert problems["role"] == "Г. Кандарова буга чейин эле төрага; топто мындай бир гана адам болот."


def test_ordinary_members_and_free_roles_are_not_limited():
    holders = {MemberRole.CHAIR: "Г. Кандарова"}
    assert validate_member(draft(role=MemberRole.MEMBER), role_holders=holders) == {}
    assert validate_member(draft(role=MemberRole.SECRETARY), role_holders=holders) == {}
