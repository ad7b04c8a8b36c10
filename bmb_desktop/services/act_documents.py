"""The printed act: gathered from the database into a plain document, then rendered.

Signers are the act's participants with their role in the group; the addressees come from the
act's deliveries (A3), or the three of A3 by default for a draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from bmb_desktop.domain.enums import FindingKind, MemberRole
from bmb_desktop.domain.names import short_name
from bmb_desktop.errors import NotFoundError
from bmb_desktop.locale.i18n import N_, translate
from bmb_desktop.locale.labels import label
from bmb_desktop.locale.places import village_place
from bmb_desktop.services.act_issue import default_addressees
from bmb_desktop.services.acts import get_act
from bmb_desktop.services.attachments import act_attachments
from bmb_desktop.storage.models import Act, Membership, Municipality

if TYPE_CHECKING:  # the documents import ReportLab, which only printing needs
    from bmb_desktop.documents.act import ActDocument

SIGNER_ROLES = {
    MemberRole.CHAIR: N_("Chair of the JME group"),
    MemberRole.DEPUTY_CHAIR: N_("Deputy chair of the JME group"),
    MemberRole.SECRETARY: N_("Secretary of the JME group"),
    MemberRole.MEMBER: N_("Member of the JME group"),
}
ROLE_ORDER = (MemberRole.CHAIR, MemberRole.DEPUTY_CHAIR, MemberRole.SECRETARY, MemberRole.MEMBER)


def act_document(session: Session, municipality_id: int, act_id: int, *, language: str = "ky") -> ActDocument:
    from bmb_desktop.documents.act import ActAttachmentLine, ActDocument, ActFindingLine, ActRecommendationLine

    municipality = session.get(Municipality, municipality_id)
    if municipality is None:
        raise NotFoundError(translate("The municipality was not found in this database.", language))
    act = get_act(session, act_id, municipality_id)
    attachments = act_attachments(session, act.id)
    numbers = {a.id: n for n, a in enumerate(attachments, start=1)}

    def finding(f) -> ActFindingLine:
        return ActFindingLine(f.text, label(f.method, language), numbers.get(f.evidence_attachment_id))

    superseded = session.get(Act, act.supersedes_act_id) if act.supersedes_act_id else None
    addressees = act.addressees or default_addressees(session, act)
    return ActDocument(
        municipality_name=municipality.name,
        aiyl_okmotu_name=municipality.aiyl_okmotu_name,
        village=village_place(municipality.administrative_centre, language),
        number=act.display_number,
        issued_on=act.issued_on,
        object_name=act.monitored_object.name if act.monitored_object else "",
        subject_kind=label(act.subject_kind, language),
        subject=act.subject,
        purpose=act.purpose,
        place=act.place,
        period_start=act.period_start,
        period_end=act.period_end,
        facts=[finding(f) for f in act.findings if f.kind is FindingKind.FACT],
        evaluations=[finding(f) for f in act.findings if f.kind is FindingKind.EVALUATION],
        recommendations=[ActRecommendationLine(r.addressee, r.text, r.due_on) for r in act.recommendations],
        attachments=[ActAttachmentLine(a.file_name, a.description, a.sha256) for a in attachments],
        signers=_signers(session, act, language),
        addressees=[a.name for a in addressees],
        fingerprint=act.fingerprint if act.number is not None else "",
        supersedes=(superseded.display_number, superseded.issued_on) if superseded and superseded.issued_on else None,
    )


def act_pdf(session: Session, municipality_id: int, act_id: int, *, language: str = "ky") -> bytes:
    from bmb_desktop.documents.act import render_act

    return render_act(act_document(session, municipality_id, act_id, language=language), language)


def _signers(session: Session, act: Act, language: str) -> list[tuple[str, str]]:
    """Participants, chair first, then deputy chair, secretary and members in the order chosen."""
    members = [session.get(Membership, p.membership_id) for p in act.participants]
    members.sort(key=lambda m: ROLE_ORDER.index(m.role))
    return [(translate(SIGNER_ROLES[m.role], language), short_name(m.person.given_name, m.person.surname)) for m in members]
