"""Whether the group is lawfully composed (G1–G4, G6, G7): each rule with its numbers and source."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from bmb_desktop.domain.dates import add_months, age_on
from bmb_desktop.domain.enums import ChairRule, MemberCategory, MemberRole, Sex
from bmb_desktop.domain.findings import RuleFinding, Severity
from bmb_desktop.domain.regulation import Regulation
from bmb_desktop.locale.formatting import format_percent
from bmb_desktop.locale.i18n import _, current_language
from bmb_desktop.locale.labels import label

CITIZEN_CATEGORIES = (MemberCategory.CITIZEN, MemberCategory.ASSOCIATION_REPRESENTATIVE)
MINIMUM_AGE = 18
TERM_WARNING_DAYS = 90
SINGLE_ROLES = (MemberRole.CHAIR, MemberRole.DEPUTY_CHAIR, MemberRole.SECRETARY)


@dataclass(frozen=True)
class GroupMember:
    """An active member as the composition rules see them."""

    name: str
    category: MemberCategory
    role: MemberRole
    sex: Sex
    birth_date: date | None
    appointed_on: date


def _percent(count: int, total: int) -> str:
    return format_percent(count / total if total else 0, current_language())


def check_composition(members: list[GroupMember], rules: Regulation) -> list[RuleFinding]:
    """Every composition rule of ``rules`` evaluated on the active ``members``."""
    findings = [_size(members, rules)]
    if rules.odd_size_required:
        findings.append(_odd(members, rules))
    findings += _quotas(members, rules)
    if rules.max_one_sex_percent < 100:
        findings.append(_sex(members, rules))
    findings += _roles(members, rules)
    findings += _ages(members, rules)
    return findings


def _size(members, rules) -> RuleFinding:
    count = len(members)
    holds = rules.min_size <= count <= rules.max_size
    return RuleFinding(
        "size", Severity.OK if holds else Severity.BROKEN,
        _("Members: {count} (required: {minimum} to {maximum})", count=count, minimum=rules.min_size, maximum=rules.max_size),
        rules.source("size"),
    )


def _odd(members, rules) -> RuleFinding:
    count = len(members)
    holds = count % 2 == 1
    message = (
        _("The number of members, {count}, is odd as required", count=count) if holds
        else _("The number of members, {count}, is even; an odd number is required", count=count)
    )
    return RuleFinding("odd", Severity.OK if holds else Severity.BROKEN, message, rules.source("odd"))


def needed_for_quota(total: int, percent: int, *, at_least_half: bool) -> int:
    """Members a quota asks for in a group of ``total``.

    The citizens' "at least half" is strict (rounded up). The two quarters are read as "about a
    quarter" (rounded down, at least one): taken strictly together with the citizens' half they would
    need more members than any odd-sized group has, and the model text gives the deputies "1/4"
    without "at least" (000 §5.2.3).
    """
    if percent <= 0 or total <= 0:
        return 0
    if at_least_half:
        return math.ceil(total * percent / 100)
    return max(1, math.floor(total * percent / 100))


def _quotas(members, rules) -> list[RuleFinding]:
    total = len(members)
    quotas = (
        ("employees", (MemberCategory.MUNICIPAL_EMPLOYEE,), rules.min_employee_percent, _("Municipal employees"), False),
        ("deputies", (MemberCategory.COUNCIL_DEPUTY,), rules.min_deputy_percent, _("Council deputies"), False),
        ("citizens", CITIZEN_CATEGORIES, rules.min_citizen_percent, _("Citizens and representatives of their associations"), True),
    )
    findings = []
    for rule, categories, required, title, strict in quotas:
        if required <= 0:
            continue
        count = sum(1 for member in members if member.category in categories)
        needed = needed_for_quota(total, required, at_least_half=strict)
        holds = total > 0 and count >= needed
        findings.append(RuleFinding(
            rule, Severity.OK if holds else Severity.BROKEN,
            _("{title}: {count} of {total} ({percent}); at least {needed} required ({required}%)",
              title=title, count=count, total=total, percent=_percent(count, total), needed=needed, required=required),
            rules.source(rule),
        ))
    return findings


def _sex(members, rules) -> RuleFinding:
    total = len(members)
    women = sum(1 for member in members if member.sex is Sex.FEMALE)
    men = total - women
    holds = total == 0 or max(women, men) * 100 <= rules.max_one_sex_percent * total
    return RuleFinding(
        "sex", Severity.OK if holds else Severity.BROKEN,
        _("Women: {women} ({women_percent}), men: {men} ({men_percent}); one sex at most {maximum}%",
          women=women, women_percent=_percent(women, total), men=men, men_percent=_percent(men, total),
          maximum=rules.max_one_sex_percent),
        rules.source("sex"),
    )


def _roles(members, rules) -> list[RuleFinding]:
    findings = []
    chairs = [member for member in members if member.role is MemberRole.CHAIR]
    if not chairs:
        findings.append(RuleFinding("chair", Severity.BROKEN, _("The group has no chair"), rules.source("chair")))
    for role in SINGLE_ROLES:
        holders = [member.name for member in members if member.role is role]
        if len(holders) > 1:
            findings.append(RuleFinding(
                "roles", Severity.BROKEN,
                _("More than one {role}: {names}", role=label(role), names=", ".join(holders)),
                rules.source("roles"),
            ))
    if chairs and rules.chair_rule is ChairRule.CITIZEN_MEMBER:
        chair = chairs[0]
        if chair.category in CITIZEN_CATEGORIES:
            findings.append(RuleFinding("chair", Severity.OK, _("The chair {name} is a citizen member", name=chair.name), rules.source("chair")))
        else:
            findings.append(RuleFinding(
                "chair", Severity.BROKEN,
                _("The chair {name} is a {category}; the chair is elected from the citizen members",
                  name=chair.name, category=label(chair.category)),
                rules.source("chair"),
            ))
    elif chairs and len(chairs) == 1:
        findings.append(RuleFinding("chair", Severity.OK, _("The chair is {name}", name=chairs[0].name), rules.source("chair")))
    return findings


def _ages(members, rules) -> list[RuleFinding]:
    findings = []
    for member in members:
        if member.birth_date is None:
            continue
        age = age_on(member.birth_date, member.appointed_on)
        if age < MINIMUM_AGE:
            findings.append(RuleFinding(
                "age", Severity.BROKEN,
                _("{name} was {age} on the day of appointment; members must be at least 18", name=member.name, age=age),
                rules.source("age"),
            ))
    return findings


def term_end(created_on: date | None, rules: Regulation) -> date | None:
    return add_months(created_on, rules.term_months) if created_on else None


def check_term(created_on: date | None, rules: Regulation, today: date) -> RuleFinding | None:
    """The group's term: broken once it has ended, a warning within 90 days of its end."""
    from bmb_desktop.locale.dates import DateCase, document_date

    ends = term_end(created_on, rules)
    if ends is None:
        return None
    days_left = (ends - today).days
    on = document_date(ends, current_language(), case=DateCase.LOCATIVE)
    if days_left < 0:
        return RuleFinding("term", Severity.BROKEN, _("The group's term ended on {date}; a new group must be formed", date=on), rules.source("term"))
    if days_left == 0:
        return RuleFinding("term", Severity.WARNING, _("The group's term ends today"), rules.source("term"))
    if days_left <= TERM_WARNING_DAYS:
        return RuleFinding("term", Severity.WARNING, _("The group's term ends on {date}, in {days} days", date=on, days=days_left), rules.source("term"))
    until = document_date(ends, current_language(), case=DateCase.DATIVE)
    return RuleFinding("term", Severity.OK, _("The group's term runs until {date}", date=until), rules.source("term"))
