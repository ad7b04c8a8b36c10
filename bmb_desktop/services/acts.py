"""Drafting an act: creating it from a plan item or the register, saving fields as they are typed,
and finding acts by number. Findings, recommendations and participants are in ``act_parts``.

A draft can be edited freely and each call commits at once (WAL with synchronous=FULL keeps it
through a power cut). An issued act is refused here with a clear message, and underneath by the
database's triggers (migration 0006), whose refusal is turned into the same message.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.domain.acts import parse_act_number
from bmb_desktop.domain.enum_inputs import as_enum
from bmb_desktop.domain.enums import ActStatus, SubjectKind
from bmb_desktop.errors import NotFoundError, UserError, ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.conflicts import removed_for_object
from bmb_desktop.storage.immutability import FrozenRecordError, commit_or_refuse
from bmb_desktop.storage.models import Act, ActParticipant, Attachment, MonitoredObject, Plan, PlanItem, PlanVersion

LOCK_MARKER = "BMB_ACT_LOCKED"  # how the triggers of migration 0006 start their refusals

DRAFT_FIELDS = {
    "purpose": str, "subject": str, "place": str, "subject_kind": SubjectKind,
    "object_id": int, "plan_item_id": int, "period_start": date, "period_end": date,
}  # fmt: skip


def locked_message(act: Act | None) -> str:
    number = act.display_number if act is not None else ""
    if number:
        return _(
            "Act {number} is issued and can no longer be changed. To correct it, prepare a new act that supersedes it.",
            number=number,
        )
    return _("An issued act can no longer be changed. To correct it, prepare a new act that supersedes it.")


def commit(session: Session, act: Act | None = None) -> None:
    """Commit; a change the triggers refuse is rolled back, logged as refused in the audit log, and
    raised as a UserError naming the act."""
    try:
        commit_or_refuse(session)
    except FrozenRecordError as error:
        if error.prefix != LOCK_MARKER:
            raise
        raise UserError(locked_message(act)) from error


def get_act(session: Session, act_id: int, municipality_id: int | None = None) -> Act:
    act = session.get(Act, act_id)
    if act is None or (municipality_id is not None and act.municipality_id != municipality_id):
        raise NotFoundError(_("The act was not found."))
    return act


def draft_act(session: Session, act_id: int) -> Act:
    """The act, if it is still a draft; a UserError naming the act otherwise."""
    act = get_act(session, act_id)
    if act.status is not ActStatus.DRAFT:
        raise UserError(locked_message(act))
    return act


def find_act(session: Session, municipality_id: int, number: str) -> Act:
    """The act numbered "4/2026" as printed."""
    try:
        serial, year = parse_act_number(number)
    except ValueError:
        raise UserError(
            _("\"{text}\" is not an act number. Write the number and the year, for example 3/2026.", text=number)
        ) from None
    act = session.scalar(
        select(Act).where(Act.municipality_id == municipality_id, Act.year == year, Act.number == serial)
    )
    if act is None:
        raise NotFoundError(_("There is no act {number} in this database.", number=f"{serial}/{year}"))
    return act


def create_act(
    session: Session, municipality_id: int, *, today: date, plan_item_id: int | None = None,
    object_id: int | None = None,
) -> Act:
    """A new draft, filled from the plan item (object, subject, purpose, period, responsible members)
    or with just the object chosen from the register. Members removed from monitoring the object
    for a conflict of interest by ``today`` are not made participants (C2)."""
    act = Act(municipality_id=municipality_id, status=ActStatus.DRAFT)
    responsible: list[int] = []
    if plan_item_id is not None:
        item = _plan_item(session, municipality_id, plan_item_id)
        act.plan_item_id, act.object_id = item.id, item.object_id
        act.subject_kind, act.subject, act.purpose = item.subject_kind, item.subject, item.purpose
        act.period_start, act.period_end = item.starts_on, item.ends_on
        responsible = [r.membership_id for r in item.responsibles]
    if object_id is not None:
        act.object_id = _object(session, municipality_id, object_id).id
    removed = removed_for_object(session, municipality_id, act.object_id, on=today) if act.object_id else {}
    act.participants = [ActParticipant(membership_id=m) for m in responsible if m not in removed]
    session.add(act)
    commit(session)
    return act


def save_draft(session: Session, act_id: int, **fields) -> list[str]:
    """Save the fields typed so far and commit; returns the names of the fields that changed.

    The editor calls this on every edit after a short pause; nothing is checked for completeness
    here (issuing does that), only that each value has the right kind.
    """
    act = draft_act(session, act_id)
    unknown = sorted(set(fields) - set(DRAFT_FIELDS))
    if unknown:
        raise ValueError(f"not draft fields: {unknown}")
    values = {name: _checked(session, act, name, value) for name, value in fields.items()}
    changed = [name for name, value in values.items() if getattr(act, name) != value]
    for name in changed:
        setattr(act, name, values[name])
    if changed:
        act.updated_at = datetime.now(timezone.utc)
        commit(session, act)
    return changed


def _checked(session: Session, act: Act, name: str, value):
    kind = DRAFT_FIELDS[name]
    if value is None:
        return "" if kind is str else None
    if kind is str:
        return str(value)
    if kind is SubjectKind:
        return as_enum(SubjectKind, value, field=name)
    if kind is date and not isinstance(value, date):
        raise ValidationError({name: _("Enter a date.")})
    if name == "object_id":
        return _object(session, act.municipality_id, int(value)).id
    if name == "plan_item_id":
        return _plan_item(session, act.municipality_id, int(value)).id
    return value


def delete_draft(session: Session, act_id: int) -> None:
    """Delete a draft that has no attachments; an issued act is never deleted (A7)."""
    act = draft_act(session, act_id)
    if session.scalar(select(Attachment.id).where(Attachment.act_id == act.id).limit(1)) is not None:
        raise UserError(_("The draft has attachments. Remove them first, so that no file is lost by accident."))
    session.delete(act)
    commit(session, act)


def _object(session: Session, municipality_id: int, object_id: int) -> MonitoredObject:
    found = session.get(MonitoredObject, object_id)
    if found is None or found.municipality_id != municipality_id:
        raise ValidationError({"object": _("Choose the monitored object from the register.")})
    return found


def _plan_item(session: Session, municipality_id: int, plan_item_id: int) -> PlanItem:
    item = session.scalar(
        select(PlanItem).join(PlanVersion).join(Plan)
        .where(PlanItem.id == plan_item_id, Plan.municipality_id == municipality_id)
    )  # fmt: skip
    if item is None:
        raise ValidationError({"plan_item": _("Choose an item of the plan.")})
    return item
