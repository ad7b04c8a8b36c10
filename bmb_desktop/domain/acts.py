"""An act's content as the rules see it: completeness for issuing (A1, A2), numbers, the fingerprint.

The fingerprint is SHA-256 over a canonical JSON of what the act says and what it stands on: its
number and dates, object, subject, purpose, place, period, findings, recommendations, who signs,
and the checksums of its attachments. References are kept as ids (object, members), which the
database freezes with the act, so renaming an object later does not make an act look tampered.
A paper copy carries the short form ``3F2A-91C0-7B4E`` (the first 12 hex digits).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from bmb_desktop.domain.enums import FindingKind, MonitoringMethod, SubjectKind
from bmb_desktop.locale.i18n import _

FINGERPRINT_FORMAT = "bmb-act/1"
SHORT_DIGITS = 12
_NUMBER = re.compile(r"^\s*№?\s*(\d{1,4})\s*/\s*(\d{4})\s*$")


@dataclass(frozen=True)
class FindingContent:
    kind: FindingKind
    method: MonitoringMethod | None
    text: str
    evidence_sha256: str | None = None  # the attachment backing it, by checksum


@dataclass(frozen=True)
class RecommendationContent:
    addressee: str
    text: str
    due_on: date | None


@dataclass(frozen=True)
class AttachmentContent:
    file_name: str
    sha256: str


@dataclass(frozen=True)
class ActContent:
    """Everything an issued act freezes; drafts use the same shape with the number unset."""

    number: int | None
    year: int | None
    issued_on: date | None
    object_id: int | None
    plan_item_id: int | None
    subject_kind: SubjectKind | None
    subject: str
    purpose: str
    place: str
    period_start: date | None
    period_end: date | None
    findings: tuple[FindingContent, ...] = ()
    recommendations: tuple[RecommendationContent, ...] = ()
    participant_ids: tuple[int, ...] = ()
    attachments: tuple[AttachmentContent, ...] = ()
    supersedes_fingerprint: str = ""

    @property
    def display_number(self) -> str:
        return act_label(self.number, self.year)


def act_label(number: int | None, year: int | None) -> str:
    return f"{number}/{year}" if number is not None and year is not None else ""


def parse_act_number(text: str) -> tuple[int, int]:
    """"4/2026" (or "№ 4/2026") -> (4, 2026); ValueError for anything else."""
    match = _NUMBER.match(text or "")
    if not match:
        raise ValueError(text)
    return int(match.group(1)), int(match.group(2))


def next_number(existing: Iterable[int | None]) -> int:
    """Acts are numbered from 1 within a year, in the order they are issued."""
    return max((n for n in existing if n is not None), default=0) + 1


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def canonical_json(content: ActContent) -> str:
    """The act as one JSON text with sorted keys and no spacing: the same act, the same bytes."""
    payload = {
        "format": FINGERPRINT_FORMAT,
        "number": content.number,
        "year": content.year,
        "issued_on": _day(content.issued_on),
        "object_id": content.object_id,
        "plan_item_id": content.plan_item_id,
        "subject_kind": content.subject_kind.value if content.subject_kind else None,
        "subject": content.subject,
        "purpose": content.purpose,
        "place": content.place,
        "period": [_day(content.period_start), _day(content.period_end)],
        "findings": [
            {"kind": f.kind.value, "method": f.method.value if f.method else None, "text": f.text,
             "evidence": f.evidence_sha256}
            for f in content.findings
        ],  # fmt: skip
        "recommendations": [
            {"addressee": r.addressee, "text": r.text, "due_on": _day(r.due_on)}
            for r in content.recommendations
        ],
        "participants": sorted(content.participant_ids),
        "attachments": sorted([a.sha256, a.file_name] for a in content.attachments),
        "supersedes": content.supersedes_fingerprint or None,
    }
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def fingerprint(content: ActContent) -> str:
    """64 lowercase hex digits."""
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def short_fingerprint(full: str) -> str:
    """"3f2a91c07b4e…" -> "3F2A-91C0-7B4E", as printed on paper."""
    head = full[:SHORT_DIGITS].upper()
    return "-".join(head[index:index + 4] for index in range(0, len(head), 4))


def fingerprint_code(text: str) -> str | None:
    """A code as someone types it from paper ("3f2a 91c0-7B4E") -> lowercase hex, or None."""
    digits = re.sub(r"[\s\-–—]", "", text or "").lower()
    if not re.fullmatch(r"[0-9a-f]{12,64}", digits):
        return None
    return digits


def completeness_problems(
    content: ActContent, *, removed: Mapping[int, str] | None = None
) -> dict[str, str]:
    """What keeps an act from being issued, one message per field (empty when it is complete).

    ``removed`` maps the members removed from monitoring this object (C2) to the reason; they may
    not sign (A2). ``content.issued_on`` is the date the act is to carry.
    """
    problems: dict[str, str] = {}
    if not content.purpose.strip():
        problems["purpose"] = _("Write the purpose of the monitoring.")
    if not content.subject.strip():
        problems["subject"] = _("Describe the subject of the monitoring.")
    if content.object_id is None:
        problems["object"] = _("Choose the monitored object.")
    if not content.place.strip():
        problems["place"] = _("Write where the monitoring took place.")
    problems.update(_period_problems(content))
    problems.update(_finding_problems(content.findings))
    problems.update(_recommendation_problems(content.recommendations, content.issued_on))
    if not content.participant_ids:
        problems["participants"] = _("Choose the members who took part in the monitoring; they sign the act.")
    for membership_id in content.participant_ids:
        if removed and membership_id in removed:
            problems[f"participants.{membership_id}"] = _(
                "{reason}: remove this member from the participants.", reason=removed[membership_id]
            )
    return problems


def _period_problems(content: ActContent) -> dict[str, str]:
    start, end = content.period_start, content.period_end
    problems = {}
    if start is None or end is None:
        problems["period"] = _("Enter the first and the last day of the monitoring.")
    elif end < start:
        problems["period"] = _("The monitoring cannot end before it starts.")
    if content.issued_on is None:
        problems["issued_on"] = _("Enter the date of the act.")
    elif end is not None and content.issued_on < end:
        problems["issued_on"] = _("The act cannot be dated before the monitoring ends.")
    return problems


def _finding_problems(findings: tuple[FindingContent, ...]) -> dict[str, str]:
    if not findings:
        return {"findings": _("Add at least one finding: a fact or a finding of the evaluation.")}
    problems = {}
    for number, finding in enumerate(findings, start=1):
        if not finding.text.strip():
            problems[f"findings.{number}"] = _("Finding {number}: write what was found.", number=number)
        elif finding.kind is FindingKind.EVALUATION and finding.method is None:
            problems[f"findings.{number}"] = _(
                "Finding {number}: name the method of the evaluation (questionnaire, focus group, survey…).",
                number=number,
            )
    return problems


def _recommendation_problems(
    recommendations: tuple[RecommendationContent, ...], issued_on: date | None
) -> dict[str, str]:
    if not recommendations:
        return {"recommendations": _("Add at least one recommendation or proposal.")}
    problems = {}
    for number, item in enumerate(recommendations, start=1):
        missing = []
        if not item.addressee.strip():
            missing.append(_("to whom it is addressed"))
        if not item.text.strip():
            missing.append(_("what is to be done"))
        if item.due_on is None:
            missing.append(_("by when"))
        if missing:
            problems[f"recommendations.{number}"] = _(
                "Recommendation {number}: write {missing}.", number=number, missing=", ".join(missing)
            )
        elif issued_on is not None and item.due_on < issued_on:
            problems[f"recommendations.{number}"] = _(
                "Recommendation {number}: the date by which it is to be done is before the act's date.",
                number=number,
            )
    return problems
