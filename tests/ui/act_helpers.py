"""Acts for the interface tests, made through the services: a monitored object, a draft, a complete one."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from bmb_desktop.domain.enums import ActStatus, FindingKind, ObjectKind, SubjectKind
from bmb_desktop.services.act_parts import add_finding, add_recommendation, set_participants
from bmb_desktop.services.acts import create_act, save_draft
from bmb_desktop.services.objects import ObjectDraft, save_object
from bmb_desktop.storage.models import Act, Membership

OBJECT_NAME = "«Таза Суу» ИСПАКБ"
PURPOSE = "Суу менен камсыз кылуунун сапатын баалоо"


def new_object(context, name: str = OBJECT_NAME, kind: ObjectKind = ObjectKind.COMMUNITY_ORGANISATION) -> int:
    with context.database.session() as session:
        return save_object(session, context.municipality_id, ObjectDraft(name=name, kind=kind)).id


def new_draft(context, object_id: int | None = None) -> int:
    object_id = object_id if object_id is not None else new_object(context)
    with context.database.session() as session:
        return create_act(session, context.municipality_id, today=context.today(), object_id=object_id).id


def complete_draft(context) -> int:
    """A draft with everything A1 and A2 ask for, monitored 5–9 January 2026."""
    act_id = new_draft(context)
    with context.database.session() as session:
        save_draft(
            session, act_id, purpose=PURPOSE, subject="Масы айылын ичүүчү суу менен камсыз кылуу",
            subject_kind=SubjectKind.MUNICIPAL_SERVICE, place="Масы айылы",
            period_start=date(2026, 1, 5), period_end=date(2026, 1, 9),
        )  # fmt: skip
        add_finding(session, act_id, kind=FindingKind.FACT, text="Суу күнүнө 3 саат гана берилет.")
        add_recommendation(session, act_id, addressee=OBJECT_NAME, text="Суу берүүнүн графигин илүү.", due_on=date(2026, 3, 1))
        first = session.scalars(select(Membership.id).order_by(Membership.id)).first()
        set_participants(session, act_id, [first], today=context.today())
    return act_id


def stored(context, act_id: int) -> Act:
    with context.database.session() as session:
        act = session.get(Act, act_id)
        session.expunge(act)
        return act


def demo_draft_id(context) -> int:
    with context.database.session() as session:
        return session.scalar(select(Act.id).where(Act.status == ActStatus.DRAFT))


def open_editor(qtbot, context, act_id: int):
    from bmb_desktop.ui.dialogs.acts.editor import ActEditor

    editor = ActEditor(context, act_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor
