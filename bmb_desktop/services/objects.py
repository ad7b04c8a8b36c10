"""The register of monitored objects (P4): adding, editing and removing them, and listing them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bmb_desktop.domain.enum_inputs import EnumFields, as_enum
from bmb_desktop.domain.enums import ObjectKind
from bmb_desktop.domain.members import normalise_phone
from bmb_desktop.errors import NotFoundError, UserError, ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.locale.labels import label
from bmb_desktop.services.listing import Listing
from bmb_desktop.storage.models import Act, ConflictDeclaration, MonitoredObject, PlanItem


@dataclass(frozen=True)
class ObjectDraft(EnumFields):
    """What the object dialog holds: the object, its head and the person to contact."""

    name: str = ""
    kind: ObjectKind | None = None
    head_name: str = ""
    contact_person: str = ""
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class ObjectRow:
    object_id: int
    name: str
    kind: ObjectKind
    head_name: str
    contact_person: str
    phone: str
    address: str
    plan_items: int  # items of any plan version naming it
    acts: int


def check_object(session: Session, municipality_id: int, draft: ObjectDraft, *, object_id: int | None = None) -> dict[str, str]:
    """Problems by field: a name not used by another object, a kind, a valid phone if any."""
    problems = draft.enum_problems()
    if problems:
        return problems
    name = " ".join(draft.name.split())
    if not name:
        problems["name"] = _("Enter the name of the object.")
    elif _same_name(session, municipality_id, name, object_id):
        problems["name"] = _("Another object already has this name.")
    if draft.kind is None:
        problems["kind"] = _("Choose the kind of object.")
    if normalise_phone(draft.phone) is None:
        problems["phone"] = _("Enter a Kyrgyz phone number, e.g. +996 700 123 456.")
    return problems


def save_object(session: Session, municipality_id: int, draft: ObjectDraft, *, object_id: int | None = None) -> MonitoredObject:
    """Create the object or update it; refuses a draft with problems."""
    problems = check_object(session, municipality_id, draft, object_id=object_id)
    if problems:
        raise ValidationError(problems)
    if object_id is None:
        monitored = MonitoredObject(municipality_id=municipality_id)
        session.add(monitored)
    else:
        monitored = find_object(session, municipality_id, object_id)
    monitored.name, monitored.kind = " ".join(draft.name.split()), draft.kind
    monitored.head_name, monitored.contact_person = draft.head_name.strip(), draft.contact_person.strip()
    monitored.phone, monitored.address = normalise_phone(draft.phone) or "", draft.address.strip()
    session.commit()
    return monitored


def delete_object(session: Session, municipality_id: int, object_id: int) -> None:
    """Remove an object that nothing refers to; one named in a plan, an act or a declaration stays."""
    monitored = find_object(session, municipality_id, object_id)
    uses = sum(
        session.scalar(select(func.count()).select_from(model).where(column == object_id)) or 0
        for model, column in (
            (PlanItem, PlanItem.object_id), (Act, Act.object_id),
            (ConflictDeclaration, ConflictDeclaration.monitored_object_id),
        )
    )  # fmt: skip
    if uses:
        raise UserError(_("{name} is named in the plan, an act or a conflict declaration and cannot be deleted.", name=monitored.name))
    session.delete(monitored)
    session.commit()


def find_object(session: Session, municipality_id: int, object_id: int) -> MonitoredObject:
    monitored = session.get(MonitoredObject, object_id)
    if monitored is None or monitored.municipality_id != municipality_id:
        raise NotFoundError(_("The monitored object was not found."))
    return monitored


def draft_of(monitored: MonitoredObject) -> ObjectDraft:
    return ObjectDraft(
        name=monitored.name, kind=monitored.kind, head_name=monitored.head_name,
        contact_person=monitored.contact_person, phone=monitored.phone, address=monitored.address,
    )  # fmt: skip


def list_objects(session: Session, municipality_id: int, *, kind: ObjectKind | None = None) -> list[ObjectRow]:
    """Every object in the order of the kinds of P4, then by name, with how often it is used."""
    query = select(MonitoredObject).where(MonitoredObject.municipality_id == municipality_id)
    kind = as_enum(ObjectKind, kind, field="kind")
    if kind is not None:
        query = query.where(MonitoredObject.kind == kind)
    items = _counts(session, PlanItem.object_id)
    acts = _counts(session, Act.object_id)
    order = list(ObjectKind)
    rows = [
        ObjectRow(
            object_id=o.id, name=o.name, kind=o.kind, head_name=o.head_name, contact_person=o.contact_person,
            phone=o.phone, address=o.address, plan_items=items.get(o.id, 0), acts=acts.get(o.id, 0),
        )
        for o in session.scalars(query)
    ]  # fmt: skip
    return sorted(rows, key=lambda row: (order.index(row.kind), row.name.casefold()))


def objects_listing(session: Session, municipality_id: int) -> Listing:
    rows = [
        (row.object_id, row.name, label(row.kind), row.head_name, row.contact_person, row.phone, row.address, row.plan_items, row.acts)
        for row in list_objects(session, municipality_id)
    ]
    return Listing(
        columns=(_("ID"), _("Object"), _("Kind"), _("Head"), _("Contact person"), _("Phone"), _("Address"), _("Plan items"), _("Acts")),
        keys=("id", "name", "kind", "head", "contact_person", "phone", "address", "plan_items", "acts"),
        rows=rows,
    )


def _same_name(session: Session, municipality_id: int, name: str, object_id: int | None) -> bool:
    names = session.execute(
        select(MonitoredObject.id, MonitoredObject.name).where(MonitoredObject.municipality_id == municipality_id)
    ).all()
    return any(" ".join(other.split()).casefold() == name.casefold() and oid != object_id for oid, other in names)


def _counts(session: Session, column) -> dict[int, int]:
    return dict(session.execute(select(column, func.count()).where(column.is_not(None)).group_by(column)).all())
