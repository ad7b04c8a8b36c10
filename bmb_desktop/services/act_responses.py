"""After an act is issued: delivery to its addressees (A3), the object's response (A4), the aiyl
okmotu's report to the council (A5), and the follow-up of each recommendation.

None of this is the act's content, so it stays editable after issue; the deadlines it starts are
computed in ``services.deadlines``.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from bmb_desktop.domain.enum_inputs import as_enum
from bmb_desktop.domain.enums import (
    ActStatus,
    AddresseeKind,
    DeliveryMethod,
    ObjectKind,
    RecommendationStatus,
    ResponseKind,
)
from bmb_desktop.errors import NotFoundError, UserError, ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.acts import commit
from bmb_desktop.storage.models import (
    Act,
    ActAddressee,
    ActResponse,
    Attachment,
    Recommendation,
    RecommendationNote,
)

CLOSED_WITH_REASON = (RecommendationStatus.REJECTED,)


def record_delivery(
    session: Session, addressee_id: int, *, method: DeliveryMethod | None, sent_on: date | None,
    received_on: date | None, receiver_name: str = "",
) -> ActAddressee:
    """How the act went to one addressee and when, and by whom, it was received."""
    addressee = _addressee(session, addressee_id)
    act = _issued(addressee.act)
    method = as_enum(DeliveryMethod, method, field="method")
    problems = {}
    if sent_on is not None and sent_on < act.issued_on:
        problems["sent_on"] = _("The act cannot be sent before its date.")
    if received_on is not None:
        if received_on < act.issued_on:
            problems["received_on"] = _("The act cannot be received before its date.")
        elif sent_on is not None and received_on < sent_on:
            problems["received_on"] = _("The act cannot be received before it was sent.")
        if not receiver_name.strip():
            problems["receiver_name"] = _("Write the name of the person who received the act.")
    if problems:
        raise ValidationError(problems)
    addressee.delivery_method = method
    addressee.sent_on, addressee.received_on = sent_on, received_on
    addressee.receiver_name = receiver_name.strip()
    commit(session, act)
    return addressee


def response_kind(addressee: ActAddressee) -> ResponseKind:
    """The object answers the group (A4); the aiyl okmotu reports to the council (A5)."""
    if addressee.kind is AddresseeKind.OBJECT:
        return ResponseKind.OBJECT_RESPONSE
    if addressee.kind is AddresseeKind.AIYL_OKMOTU:
        return ResponseKind.AO_REPORT_TO_COUNCIL
    raise UserError(_("The council does not answer an act; record the aiyl okmotu's report to the council instead."))


def record_response(
    session: Session, addressee_id: int, *, received_on: date | None, causes: str = "", measures: str = "",
    attachment_id: int | None = None,
) -> ActResponse:
    """The object's response (causes, planned measures) or the AO's report (measures taken), with a scan."""
    addressee = _addressee(session, addressee_id)
    act = _issued(addressee.act)
    kind = response_kind(addressee)
    if kind is ResponseKind.OBJECT_RESPONSE and _object_is_aiyl_okmotu(act):
        raise UserError(_("The aiyl okmotu as the object does not answer the group; it reports to the council."))
    problems = {}
    if received_on is None:
        problems["received_on"] = _("Enter the date the answer was received.")
    elif addressee.received_on is None:
        problems["received_on"] = _("Record first when the addressee received the act.")
    elif received_on < addressee.received_on:
        problems["received_on"] = _("The answer cannot come before the act was received.")
    if kind is ResponseKind.OBJECT_RESPONSE and not (causes.strip() or measures.strip()):
        problems["causes"] = _("Write the causes of the shortcomings or the measures planned.")
    if kind is ResponseKind.AO_REPORT_TO_COUNCIL and not measures.strip():
        problems["measures"] = _("Write the measures taken.")
    if attachment_id is not None and session.get(Attachment, attachment_id) is None:
        problems["attachment"] = _("The attachment was not found.")
    if problems:
        raise ValidationError(problems)
    response = ActResponse(
        kind=kind, received_on=received_on, causes=causes.strip(), measures=measures.strip(), attachment_id=attachment_id
    )
    addressee.responses.append(response)
    commit(session, act)
    return response


def remove_response(session: Session, response_id: int) -> None:
    response = session.get(ActResponse, response_id)
    if response is None:
        raise NotFoundError(_("The response was not found."))
    _addressee(session, response.addressee_id).responses.remove(response)  # deleted as an orphan
    commit(session)


def set_recommendation_status(
    session: Session, recommendation_id: int, *, status: RecommendationStatus, noted_on: date | None,
    note: str = "", reason: str = "", follow_up_act_id: int | None = None,
) -> RecommendationNote:
    """A dated follow-up note that sets the recommendation's status; a rejection needs its reason.

    ``follow_up_act_id`` links the later monitoring where the group checked it.
    """
    recommendation = session.get(Recommendation, recommendation_id)
    if recommendation is None:
        raise NotFoundError(_("The recommendation was not found."))
    act = _issued(recommendation.act)
    status = as_enum(RecommendationStatus, status, field="status", required=True)
    problems = {}
    if noted_on is None:
        problems["noted_on"] = _("Enter the date of the note.")
    elif noted_on < act.issued_on:
        problems["noted_on"] = _("A follow-up note cannot be dated before the act.")
    if status in CLOSED_WITH_REASON and not (reason.strip() or note.strip()):
        problems["reason"] = _("Write why the recommendation was rejected.")
    if follow_up_act_id is not None:
        follow_up = session.get(Act, follow_up_act_id)
        if (
            follow_up is None or follow_up.municipality_id != act.municipality_id
            or follow_up.status is ActStatus.DRAFT or follow_up.id == act.id
        ):  # fmt: skip
            problems["follow_up_act"] = _("Choose an issued act of a later monitoring.")
    if problems:
        raise ValidationError(problems)
    entry = RecommendationNote(noted_on=noted_on, status=status, text=note.strip(), follow_up_act_id=follow_up_act_id)
    recommendation.notes.append(entry)
    recommendation.status = status
    recommendation.status_reason = (reason.strip() or note.strip()) if status in CLOSED_WITH_REASON else reason.strip()
    commit(session, act)
    return entry


def _addressee(session: Session, addressee_id: int) -> ActAddressee:
    addressee = session.get(ActAddressee, addressee_id)
    if addressee is None:
        raise NotFoundError(_("The addressee was not found."))
    return addressee


def _issued(act: Act) -> Act:
    if act.status is ActStatus.DRAFT:
        raise UserError(_("The act is still a draft: issue it first."))
    return act


def _object_is_aiyl_okmotu(act: Act) -> bool:
    return act.monitored_object is not None and act.monitored_object.kind is ObjectKind.AIYL_OKMOTU
