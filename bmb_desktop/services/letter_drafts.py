"""Ready-made letters the secretary then edits: an information request to an object (P8), the advance
notice of a monitoring (P7, 001 §5.2 and §8.2: its order, methods and goals) and the cover letter
of an act for each addressee (A3, with the answer A4 or A5 asks of it). Also the printed letter.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.domain.enums import ActStatus, AddresseeKind, LetterKind, MemberRole
from bmb_desktop.domain.names import short_name
from bmb_desktop.errors import NotFoundError, UserError
from bmb_desktop.locale.dates import DateCase, document_date
from bmb_desktop.locale.i18n import N_, current_language, translate
from bmb_desktop.locale.labels import label
from bmb_desktop.locale.places import village_place
from bmb_desktop.services.acts import get_act
from bmb_desktop.services.group import active_memberships
from bmb_desktop.services.letters import create_letter, get_letter
from bmb_desktop.storage.models import Act, ActAddressee, Letter, Membership, MonitoredObject, Municipality, PlanItem

if TYPE_CHECKING:
    from bmb_desktop.documents.letters import LetterDocument

COVER_TEXTS = {
    AddresseeKind.OBJECT: N_(
        "We send you act No. {number} of {date} of the joint monitoring and evaluation group. Under clause 4.3 of"
        " the model regulation, please inform the aiyl okmotu, with a copy to the group, of the causes of the"
        " shortcomings and of the measures planned within 10 working days of receiving the act."
    ),
    AddresseeKind.AIYL_OKMOTU: N_(
        "We send you act No. {number} of {date} of the joint monitoring and evaluation group. Under clause 4.3 of"
        " the model regulation, please inform the aiyl council of the measures taken to remove the shortcomings"
        " found within 30 calendar days of receiving the act."
    ),
    AddresseeKind.COUNCIL: N_(
        "We send you act No. {number} of {date} of the joint monitoring and evaluation group for information. Under"
        " clause 8.4 of the model regulation, the council may hear the head of the aiyl okmotu on the"
        " implementation of the recommendations at an extraordinary session or hold a public discussion."
    ),
}


def draft_information_request(
    session: Session, municipality_id: int, *, object_id: int, sent_on: date, plan_item_id: int | None = None
) -> Letter:
    """A request to an object for the information a monitoring needs; the list is left to fill in."""
    monitored = _object(session, municipality_id, object_id)
    item = session.get(PlanItem, plan_item_id) if plan_item_id else None
    subject = item.subject if item else monitored.name
    body = "\n".join([
        translate("In accordance with its monitoring plan, the joint monitoring and evaluation group monitors {subject}."
                  " Please provide the following information within ten days of receiving this request:",
                  subject=subject),
        "1) …",
    ])  # fmt: skip
    return create_letter(
        session, municipality_id, kind=LetterKind.INFORMATION_REQUEST, sent_on=sent_on,
        addressee=_to_person(monitored.name, monitored.head_name), subject=translate("On providing information"),
        body=body, object_id=monitored.id, plan_item_id=item.id if item else None,
    )  # fmt: skip


def draft_monitoring_notice(session: Session, municipality_id: int, *, plan_item_id: int, sent_on: date) -> Letter:
    """Advance notice to the object of a planned monitoring: when, why, how and by whom."""
    item = session.get(PlanItem, plan_item_id)
    if item is None or item.object_id is None:
        raise NotFoundError(translate("Choose an item of the plan."))
    monitored = _object(session, municipality_id, item.object_id)
    language = current_language()
    if item.starts_on and item.ends_on:
        first = translate(
            "We inform you that from {start} to {end} the joint monitoring and evaluation group will monitor {subject}.",
            start=document_date(item.starts_on, language, case=DateCase.ABLATIVE),
            end=document_date(item.ends_on, language, case=DateCase.DATIVE), subject=item.subject,
        )  # fmt: skip
    else:
        first = translate(
            "We inform you that the joint monitoring and evaluation group will monitor {subject}.", subject=item.subject
        )
    lines = [first]
    if item.purpose:
        lines.append(translate("Purpose: {text}.", text=item.purpose.rstrip(".")))
    if item.methods:
        lines.append(translate("Methods: {text}.", text=", ".join(label(m.method) for m in item.methods)))
    names = _member_names(session, [r.membership_id for r in item.responsibles])
    if names:
        lines.append(translate("Members responsible: {text}.", text=", ".join(names)))
    return create_letter(
        session, municipality_id, kind=LetterKind.MONITORING_NOTICE, sent_on=sent_on,
        addressee=_to_person(monitored.name, monitored.head_name), subject=translate("Advance notice of a monitoring"),
        body="\n".join(lines), object_id=monitored.id, plan_item_id=item.id,
    )  # fmt: skip


def draft_cover_letter(session: Session, act_id: int, addressee_id: int, *, sent_on: date) -> Letter:
    """The letter sending an issued act to one of its addressees."""
    act = get_act(session, act_id)
    addressee = session.get(ActAddressee, addressee_id)
    if addressee is None or addressee.act_id != act.id:
        raise NotFoundError(translate("The addressee was not found."))
    if act.status is ActStatus.DRAFT:
        raise UserError(translate("The act is still a draft: issue it first."))
    municipality = session.get(Municipality, act.municipality_id)
    person = {
        AddresseeKind.OBJECT: act.monitored_object.head_name if act.monitored_object else "",
        AddresseeKind.AIYL_OKMOTU: municipality.aiyl_okmotu_head,
        AddresseeKind.COUNCIL: municipality.council_chair,
    }[addressee.kind]
    when = document_date(act.issued_on, current_language(), case=DateCase.ATTRIBUTIVE)
    return create_letter(
        session, act.municipality_id, kind=LetterKind.ACT_COVER_LETTER, sent_on=sent_on,
        addressee=_to_person(addressee.name, person), subject=translate("On sending act No. {number}", number=act.display_number),
        body=translate(COVER_TEXTS[addressee.kind], number=act.display_number, date=when),
        object_id=act.object_id, act_id=act.id, plan_item_id=act.plan_item_id,
    )  # fmt: skip


def letter_document(session: Session, municipality_id: int, letter_id: int, *, language: str = "ky") -> LetterDocument:
    from bmb_desktop.documents.letters import LetterDocument

    municipality = session.get(Municipality, municipality_id)
    letter = get_letter(session, letter_id, municipality_id)
    members = active_memberships(session, municipality_id, letter.sent_on or date.today())
    chair = next((m for m in members if m.role is MemberRole.CHAIR), None)
    act = session.get(Act, letter.act_id) if letter.act_id else None
    prepared = ", ".join(part for part in (municipality.responsible_secretary, municipality.phone) if part)
    return LetterDocument(
        municipality_name=municipality.name,
        aiyl_okmotu_name=municipality.aiyl_okmotu_name,
        village=village_place(municipality.administrative_centre, language),
        number=letter.number,
        sent_on=letter.sent_on,
        addressee=letter.addressee,
        subject=letter.subject,
        body=letter.body,
        enclosure=translate("act No. {number}", language, number=act.display_number) if act and act.number else "",
        signer_role=translate("Chair of the JME group", language),
        signer_name=short_name(chair.person.given_name, chair.person.surname) if chair else "",
        prepared_by=prepared,
    )


def letter_pdf(session: Session, municipality_id: int, letter_id: int, *, language: str = "ky") -> bytes:
    from bmb_desktop.documents.letters import render_letter

    return render_letter(letter_document(session, municipality_id, letter_id, language=language), language)


def _to_person(organisation: str, person: str) -> str:
    """The addressee block: the organisation, then its head in the dative ("Ж. Мамытовго")."""
    from bmb_desktop.documents.name_cases import kyrgyz_dative

    if not person.strip():
        return organisation
    name = kyrgyz_dative(person) if current_language() == "ky" else person.strip()
    return f"{organisation}\n{name}"


def _object(session: Session, municipality_id: int, object_id: int) -> MonitoredObject:
    monitored = session.get(MonitoredObject, object_id)
    if monitored is None or monitored.municipality_id != municipality_id:
        raise NotFoundError(translate("Choose the monitored object from the register."))
    return monitored


def _member_names(session: Session, membership_ids: list[int]) -> list[str]:
    members = session.scalars(select(Membership).where(Membership.id.in_(membership_ids)).order_by(Membership.id))
    return [short_name(m.person.given_name, m.person.surname) for m in members]
