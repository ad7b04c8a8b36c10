"""Composition rules G1–G4, G6 and the term G7: each with its numbers, its threshold and its source."""

from datetime import date

import pytest

from bmb_desktop.domain.composition import GroupMember, check_composition, check_term, term_end
from bmb_desktop.domain.enums import MemberCategory, MemberRole, Sex
from bmb_desktop.domain.findings import Severity, any_broken
from bmb_desktop.domain.regulation import LOCAL, MODEL, preset

EMPLOYEE = MemberCategory.MUNICIPAL_EMPLOYEE
DEPUTY = MemberCategory.COUNCIL_DEPUTY
CITIZEN = MemberCategory.CITIZEN
ASSOCIATION = MemberCategory.ASSOCIATION_REPRESENTATIVE
APPOINTED = date(2025, 10, 14)


def member(name="А. Асанова", category=CITIZEN, role=MemberRole.MEMBER, sex=Sex.FEMALE, birth=date(1980, 5, 20)):
    return GroupMember(name, category, role, sex, birth, APPOINTED)


def group(*categories, women=None, chair=0):
    """Members of ``categories`` in order; the first ``women`` are women (all by default); one chair."""
    women = len(categories) if women is None else women
    return [
        member(f"М. Мүчө{index}", category, MemberRole.CHAIR if index == chair else MemberRole.MEMBER,
               Sex.FEMALE if index < women else Sex.MALE)
        for index, category in enumerate(categories)
    ]


def found(findings, rule):
    matching = [finding for finding in findings if finding.rule == rule]
    assert len(matching) == 1, (rule, matching)
    return matching[0]


@pytest.fixture
def model():
    return preset(MODEL)


@pytest.fixture
def local():
    return preset(LOCAL)


@pytest.mark.parametrize(("size", "severity"), [(4, Severity.BROKEN), (5, Severity.OK), (15, Severity.OK), (16, Severity.BROKEN)])
def test_the_model_regulation_allows_5_to_15_members(model, size, severity):
    finding = found(check_composition(group(*[CITIZEN] * size), model), "size")
    assert finding.severity is severity
    assert finding.message == f"Мүчөлөрдүн саны: {size} (талап: 5–15 адам)"
    assert finding.source == "Типтүү жобо 5.2.1"


@pytest.mark.parametrize(("size", "severity"), [(4, Severity.BROKEN), (5, Severity.OK), (11, Severity.OK), (12, Severity.BROKEN)])
def test_the_local_regulation_allows_5_to_11_members(local, size, severity):
    finding = found(check_composition(group(*[CITIZEN] * size), local), "size")
    assert finding.severity is severity
    assert finding.message == f"Мүчөлөрдүн саны: {size} (талап: 5–11 адам)"
    assert finding.source == "Жергиликтүү жобо 3.4"


def test_an_even_number_of_members_breaks_the_model_rule(model):
    finding = found(check_composition(group(*[CITIZEN] * 6), model), "odd")
    assert finding.severity is Severity.BROKEN
    assert finding.text() == "Мүчөлөрдүн саны 6 — жуп сан; так сан болушу керек (Типтүү жобо 5.2.1)"
    assert found(check_composition(group(*[CITIZEN] * 7), model), "odd").holds


def test_the_local_regulation_does_not_require_an_odd_number(local):
    findings = check_composition(group(*[CITIZEN] * 6), local)
    assert not [finding for finding in findings if finding.rule == "odd"]
    assert not any_broken(findings)


def test_one_employee_of_four_is_exactly_the_quarter_and_holds(model):
    finding = found(check_composition(group(CITIZEN, CITIZEN, DEPUTY, EMPLOYEE), model), "employees")
    assert finding.severity is Severity.OK
    assert finding.message == "Муниципалдык кызматчылар: 4 мүчөнүн 1 (25%); кеминде 1 адам талап кылынат (25%)"
    assert finding.source == "Типтүү жобо 5.2.3"


def test_no_deputy_of_four_breaks_the_deputy_quota(model):
    finding = found(check_composition(group(CITIZEN, CITIZEN, EMPLOYEE, EMPLOYEE), model), "deputies")
    assert finding.severity is Severity.BROKEN
    assert finding.message == "Айылдык кеңештин депутаттары: 4 мүчөнүн 0 (0%); кеминде 1 адам талап кылынат (25%)"


def test_two_citizens_of_four_are_exactly_half_and_hold(model):
    finding = found(check_composition(group(CITIZEN, ASSOCIATION, DEPUTY, EMPLOYEE), model), "citizens")
    assert finding.severity is Severity.OK
    assert finding.message == "Жарандар жана алардын бирикмелеринин өкүлдөрү: 4 мүчөнүн 2 (50%); кеминде 2 адам талап кылынат (50%)"


def test_three_citizens_of_seven_fall_short_of_half(model):
    members = group(CITIZEN, CITIZEN, CITIZEN, DEPUTY, DEPUTY, EMPLOYEE, EMPLOYEE)
    finding = found(check_composition(members, model), "citizens")
    assert finding.severity is Severity.BROKEN
    assert "7 мүчөнүн 3 (43%); кеминде 4 адам талап кылынат (50%)" in finding.message


def test_representatives_of_citizens_associations_count_as_citizens(model):
    members = group(ASSOCIATION, ASSOCIATION, ASSOCIATION, ASSOCIATION, DEPUTY, DEPUTY, EMPLOYEE)
    assert found(check_composition(members, model), "citizens").holds


def test_the_local_regulation_sets_no_quotas_and_no_sex_cap(local):
    findings = check_composition(group(*[EMPLOYEE] * 5), local)
    assert not {"employees", "deputies", "citizens", "sex"} & {finding.rule for finding in findings}


@pytest.mark.parametrize(("women", "severity"), [(7, Severity.OK), (8, Severity.BROKEN), (3, Severity.OK), (2, Severity.BROKEN)])
def test_one_sex_may_be_at_most_70_percent(model, women, severity):
    finding = found(check_composition(group(*[CITIZEN] * 10, women=women), model), "sex")
    assert finding.severity is severity
    assert finding.source == "Типтүү жобо 5.2.3"


def test_the_sex_finding_gives_both_counts_and_shares(model):
    finding = found(check_composition(group(*[CITIZEN] * 10, women=8), model), "sex")
    assert finding.message == "Аялдар: 8 (80%), эркектер: 2 (20%); бир жыныстагылар 70% ашпашы керек"


def test_a_group_without_a_chair_is_reported(model):
    finding = found(check_composition(group(*[CITIZEN] * 5, chair=-1), model), "chair")
    assert finding.severity is Severity.BROKEN
    assert finding.text() == "Топтун төрагасы жок (Типтүү жобо 5.4.6)"


def test_two_chairs_are_reported_by_name(model):
    members = group(*[CITIZEN] * 5)
    members[1] = member("Б. Бекова", CITIZEN, MemberRole.CHAIR)
    finding = found(check_composition(members, model), "roles")
    assert finding.severity is Severity.BROKEN
    assert finding.message == "Бирден ашык төрага: М. Мүчө0, Б. Бекова"


def test_two_secretaries_are_reported_even_under_the_local_regulation(local):
    members = group(*[CITIZEN] * 5)
    members[1] = member("Б. Бекова", role=MemberRole.SECRETARY)
    members[2] = member("В. Токтогулова", role=MemberRole.SECRETARY)
    finding = found(check_composition(members, local), "roles")
    assert finding.message == "Бирден ашык катчы: Б. Бекова, В. Токтогулова"
    assert finding.source == "Жергиликтүү жобо 3.5"


def test_a_non_citizen_chair_breaks_the_model_rule(model):
    members = group(EMPLOYEE, CITIZEN, CITIZEN, CITIZEN, DEPUTY)
    members[0] = member("Г. Кандарова", EMPLOYEE, MemberRole.CHAIR)
    finding = found(check_composition(members, model), "chair")
    assert finding.severity is Severity.BROKEN
    assert finding.message == (
        "Төрага Г. Кандарова — муниципалдык кызматчы; төрага жарандардын атынан чыккан мүчөлөрдүн ичинен шайланат"
    )


@pytest.mark.parametrize("category", [CITIZEN, ASSOCIATION])
def test_a_citizen_chair_holds_under_the_model_rule(model, category):
    members = group(category, CITIZEN, CITIZEN, DEPUTY, EMPLOYEE)
    finding = found(check_composition(members, model), "chair")
    assert finding.severity is Severity.OK
    assert finding.message == "Төрага М. Мүчө0 жарандардын атынан чыккан мүчө"


def test_a_non_citizen_chair_is_allowed_when_the_group_elects_its_chair(local):
    members = group(EMPLOYEE, CITIZEN, CITIZEN, DEPUTY, DEPUTY)
    finding = found(check_composition(members, local), "chair")
    assert finding.severity is Severity.OK
    assert finding.message == "Төрага — М. Мүчө0"


def test_a_member_who_turns_18_on_the_day_of_appointment_may_be_appointed(model):
    members = group(*[CITIZEN] * 5)
    members.append(member("Ж. Жаш", birth=date(2007, 10, 14)))
    assert not [finding for finding in check_composition(members, model) if finding.rule == "age"]


def test_a_member_one_day_short_of_18_on_the_day_of_appointment_is_reported(model):
    members = group(*[CITIZEN] * 5)
    members.append(member("Ж. Жаш", birth=date(2007, 10, 15)))
    finding = found(check_composition(members, model), "age")
    assert finding.severity is Severity.BROKEN
    assert finding.text() == (
        "Ж. Жаш дайындалган күнү 17 жашта болгон; мүчөлөр 18 жаштан кем болбошу керек (Типтүү жобо 5.2.1)"
    )


def test_a_member_without_a_birth_date_is_not_judged_on_age(model):
    members = group(*[CITIZEN] * 5)
    members.append(member("Ж. Белгисиз", birth=None))
    assert not [finding for finding in check_composition(members, model) if finding.rule == "age"]


def test_the_group_of_resolution_12_5_shows_its_real_gaps_under_the_model_regulation(model):
    members = [
        member("Г. Кандарова", EMPLOYEE, MemberRole.CHAIR, Sex.FEMALE),
        member("К. Султанова", ASSOCIATION, sex=Sex.FEMALE),
        member("Э. Осмоналиев", DEPUTY, sex=Sex.MALE),
        member("У. Жантаева", DEPUTY, sex=Sex.FEMALE),
        member("К. Ташиев", EMPLOYEE, sex=Sex.MALE),
    ]
    findings = check_composition(members, model)
    broken = {finding.rule: finding for finding in findings if not finding.holds}
    assert set(broken) == {"citizens", "chair"}
    assert broken["citizens"].text() == (
        "Жарандар жана алардын бирикмелеринин өкүлдөрү: 5 мүчөнүн 1 (20%); кеминде 3 адам талап кылынат (50%) (Типтүү жобо 5.2.3)"
    )
    assert "Г. Кандарова" in broken["chair"].message
    assert all(finding.source.startswith("Типтүү жобо ") for finding in findings)


def test_the_model_term_is_four_years_and_the_local_term_one_year(model, local):
    assert term_end(date(2025, 10, 14), model) == date(2029, 10, 14)
    assert term_end(date(2025, 10, 14), local) == date(2026, 10, 14)
    assert term_end(None, model) is None


def test_a_term_more_than_90_days_from_its_end_holds(model):
    finding = check_term(date(2025, 10, 14), model, date(2029, 7, 15))
    assert finding.severity is Severity.OK
    assert finding.text() == "Топтун ыйгарым укуктарынын мөөнөтү: 2029-жылдын 14-октябрына чейин (Типтүү жобо 5.3.1)"


@pytest.mark.parametrize(("today", "days"), [(date(2029, 7, 16), 90), (date(2029, 10, 13), 1)])
def test_a_term_within_90_days_of_its_end_is_a_warning(model, today, days):
    finding = check_term(date(2025, 10, 14), model, today)
    assert finding.severity is Severity.WARNING and finding.holds
    assert finding.message == f"Топтун ыйгарым укуктарынын мөөнөтү 2029-жылдын 14-октябрында бүтөт, {days} күн калды"


def test_on_the_last_day_the_term_ends_today(model):
    finding = check_term(date(2025, 10, 14), model, date(2029, 10, 14))
    assert finding.severity is Severity.WARNING
    assert finding.message == "Топтун ыйгарым укуктарынын мөөнөтү бүгүн бүтөт"


def test_an_ended_term_is_broken_and_asks_for_a_new_group(model):
    finding = check_term(date(2025, 10, 14), model, date(2029, 10, 15))
    assert finding.severity is Severity.BROKEN
    assert finding.message == "Топтун ыйгарым укуктарынын мөөнөтү 2029-жылдын 14-октябрында бүттү; жаңы топ түзүлүшү керек"


def test_the_local_one_year_term_ends_a_year_after_creation(local):
    assert check_term(date(2025, 10, 14), local, date(2026, 10, 15)).severity is Severity.BROKEN
    assert check_term(date(2025, 10, 14), local, date(2026, 7, 1)).source == "Жергиликтүү жобо 3.4"


def test_no_term_finding_without_a_creation_date(model):
    assert check_term(None, model, date(2026, 1, 1)) is None


def test_a_five_member_group_with_one_employee_one_deputy_and_three_citizens_is_lawful(model):
    from bmb_desktop.domain.composition import GroupMember, check_composition
    from bmb_desktop.domain.enums import MemberCategory as C, MemberRole as R, Sex as S

    def member(name, category, role=R.MEMBER, sex=S.FEMALE):
        return GroupMember(name, category, role, sex, date(1980, 1, 1), date(2025, 10, 14))

    group = [
        member("А. Асанова", C.CITIZEN, R.CHAIR), member("Б. Бакиров", C.CITIZEN, sex=S.MALE),
        member("В. Орозова", C.ASSOCIATION_REPRESENTATIVE), member("Г. Ташиев", C.MUNICIPAL_EMPLOYEE, sex=S.MALE),
        member("Д. Жантаева", C.COUNCIL_DEPUTY),
    ]
    findings = check_composition(group, model)
    assert [f.message for f in findings if not f.holds] == []


@pytest.mark.parametrize(
    ("total", "percent", "half", "needed"),
    [(5, 25, False, 1), (4, 25, False, 1), (8, 25, False, 2), (9, 25, False, 2), (2, 25, False, 1),
     (5, 50, True, 3), (4, 50, True, 2), (7, 50, True, 4), (5, 0, True, 0)],
)
def test_quarters_are_rounded_down_to_at_least_one_and_the_half_is_rounded_up(total, percent, half, needed):
    from bmb_desktop.domain.composition import needed_for_quota

    assert needed_for_quota(total, percent, at_least_half=half) == needed
