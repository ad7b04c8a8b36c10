"""Every rule finding together, as `bmb-desktop check` and the home screen see them."""

from datetime import date

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import ChairRule, MemberCategory, MemberRole, Sex
from bmb_desktop.domain.findings import Severity, any_broken
from bmb_desktop.domain.members import MemberDraft
from bmb_desktop.services.checks import run_checks
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.group import save_member
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Municipality

CREATED = date(2026, 3, 2)


def demo_findings(tmp_path, *, built_as_of=None, today):
    database = open_database(create_demo_database(tmp_path / "demo.sqlite3", today=built_as_of))
    try:
        with database.session() as session:
            return run_checks(session, session.scalar(select(Municipality.id)), today=today)
    finally:
        database.close()


# The rules of the group area; meetings, plan and acts add their own findings to the same list.
GROUP_RULES = {"size", "odd", "employees", "deputies", "citizens", "sex", "chair", "roles", "age", "term",
               "formation", "gathering", "publication", "conflict"}


def group_findings(findings):
    return [f for f in findings if f.rule in GROUP_RULES]


def test_the_demo_breaks_exactly_the_citizen_quota_the_chair_rule_and_the_gathering_rule(tmp_path):
    findings = demo_findings(tmp_path, today=date(2026, 11, 21))
    ours = group_findings(findings)
    broken = [(f.rule, f.source) for f in ours if f.severity is Severity.BROKEN]
    assert broken == [("citizens", "Типтүү жобо 5.2.3"), ("chair", "Типтүү жобо 5.4.6"), ("gathering", "Типтүү жобо 5.4.4")]
    assert not [f for f in ours if f.severity is Severity.WARNING]
    assert any_broken(findings)
    assert "5 мүчөнүн 1 (20%)" in ours[[f.rule for f in ours].index("citizens")].message


def test_an_undecided_conflict_in_the_demo_is_a_warning_until_the_chair_decides(tmp_path):
    findings = demo_findings(tmp_path, built_as_of=date(2026, 4, 25), today=date(2026, 4, 25))
    warnings = [f.text() for f in group_findings(findings) if f.severity is Severity.WARNING]
    assert warnings == [
        "К. Ташиев билдирген кызыкчылыктардын кагылышуусу боюнча кеңештин төрагасынын чечими күтүлүүдө (Типтүү жобо 6)",
    ]


def test_the_demo_term_warning_comes_with_the_composition_findings(tmp_path):
    findings = demo_findings(tmp_path, today=date(2029, 9, 1))
    rules = [f.rule for f in findings]
    assert rules.index("term") < rules.index("gathering")  # composition and term first, then formation
    assert findings[rules.index("term")].severity is Severity.WARNING


@pytest.fixture
def lawful(tmp_path):
    """A group lawful under the local regulation of 12/5: five members, one chair, a one-year term."""
    database = open_database(tmp_path / "lawful.sqlite3")
    with database.session() as session:
        municipality = save_profile(session, MunicipalityProfile(
            name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
            aiyl_okmotu_head="Ш. Дарманкулов", council_name="Д. Садырбаев айылдык кеңеши", council_convocation="II",
            council_chair="А. Тешебаев", responsible_secretary="А. Саитова", villages=["Масы"],
        ))
        profile = municipality.regulation
        profile.preset, profile.max_size, profile.odd_size_required = "local", 11, False
        profile.min_employee_percent = profile.min_deputy_percent = profile.min_citizen_percent = 0
        profile.max_one_sex_percent, profile.chair_rule, profile.term_months = 100, ChairRule.ELECTED_BY_GROUP, 12
        profile.group_created_on = CREATED
        session.commit()
        for surname, given, sex, category, role in (
            ("Кандарова", "Гүлнара", Sex.FEMALE, MemberCategory.MUNICIPAL_EMPLOYEE, MemberRole.CHAIR),
            ("Султанова", "Канышай", Sex.FEMALE, MemberCategory.ASSOCIATION_REPRESENTATIVE, MemberRole.SECRETARY),
            ("Осмоналиев", "Эркинбек", Sex.MALE, MemberCategory.COUNCIL_DEPUTY, MemberRole.MEMBER),
            ("Жантаева", "Умут", Sex.FEMALE, MemberCategory.COUNCIL_DEPUTY, MemberRole.MEMBER),
            ("Ташиев", "Канат", Sex.MALE, MemberCategory.CITIZEN, MemberRole.MEMBER),
        ):
            save_member(session, municipality.id, MemberDraft(
                surname=surname, given_name=given, sex=sex, birth_date=date(1980, 1, 1), category=category,
                role=role, appointed_on=CREATED, basis_text="Токтом № 3/2",
            ))
        yield session, municipality.id
    database.close()


def test_a_lawful_group_breaks_no_rule(lawful):
    session, municipality_id = lawful
    findings = run_checks(session, municipality_id, today=date(2026, 6, 1))
    assert not any_broken(findings)
    assert [f.rule for f in group_findings(findings)] == ["size", "chair", "term"]
    assert all(f.source.startswith("Жергиликтүү жобо") for f in group_findings(findings))


def test_the_lawful_group_breaks_its_one_year_term_after_a_year(lawful):
    session, municipality_id = lawful
    findings = run_checks(session, municipality_id, today=date(2027, 3, 3))
    assert [f.rule for f in group_findings(findings) if not f.holds] == ["term"]
