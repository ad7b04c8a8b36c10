"""issued acts are immutable: triggers refuse changes to an issued act and to its content

An act is created as a draft; issuing needs a number, a date and the fingerprint; afterwards the
act's row may only pass from issued to superseded, and its findings, participants, attachments
and the content of its recommendations (position, addressee, text, due date) can no longer be
inserted, changed or deleted. A recommendation's status and notes stay editable: follow-up is not
the act's content (domain.md A7).

Every refusal message starts with BMB_ACT_LOCKED, which the services turn into a clear message.
A later migration that rebuilds one of these tables in batch mode drops its triggers and must
create them again; tests/storage/test_act_immutability.py checks that they all exist at head.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21 12:00:00
"""

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

LOCKED = "BMB_ACT_LOCKED"


def _act_not_draft(reference: str) -> str:
    return f"EXISTS (SELECT 1 FROM act WHERE act.id = {reference} AND act.status <> 'draft')"


def _unchanged(*columns: str) -> str:
    return " AND ".join(f"NEW.{column} IS OLD.{column}" for column in columns)


ACT_COLUMNS = (
    "id", "municipality_id", "year", "number", "issued_on", "plan_item_id", "object_id",
    "subject_kind", "subject", "purpose", "place", "period_start", "period_end", "fingerprint",
    "supersedes_act_id",
)
RECOMMENDATION_CONTENT = ("id", "act_id", "position", "addressee", "text", "due_on")

# name -> (timing and event, condition, message)
TRIGGERS = {
    "act_created_as_draft": (
        "BEFORE INSERT ON act", "NEW.status <> 'draft'",
        "an act is created as a draft and issued afterwards",
    ),
    "act_issued_complete": (
        "BEFORE UPDATE ON act",
        "OLD.status = 'draft' AND NEW.status <> 'draft' AND (NEW.status <> 'issued'"
        " OR NEW.number IS NULL OR NEW.year IS NULL OR NEW.issued_on IS NULL"
        " OR length(NEW.fingerprint) <> 64)",
        "an act is issued with its number, date and fingerprint",
    ),
    "act_issued_unchanged": (
        "BEFORE UPDATE ON act",
        f"OLD.status <> 'draft' AND NOT (OLD.status = 'issued' AND NEW.status = 'superseded'"
        f" AND {_unchanged(*ACT_COLUMNS)})",
        "an issued act cannot be changed",
    ),
    "act_issued_kept": (
        "BEFORE DELETE ON act", "OLD.status <> 'draft'", "an issued act cannot be deleted",
    ),
    "finding_insert_locked": (
        "BEFORE INSERT ON finding", _act_not_draft("NEW.act_id"),
        "the findings of an issued act cannot change",
    ),
    "finding_update_locked": (
        "BEFORE UPDATE ON finding", f"{_act_not_draft('OLD.act_id')} OR {_act_not_draft('NEW.act_id')}",
        "the findings of an issued act cannot change",
    ),
    "finding_delete_locked": (
        "BEFORE DELETE ON finding", _act_not_draft("OLD.act_id"),
        "the findings of an issued act cannot change",
    ),
    "recommendation_insert_locked": (
        "BEFORE INSERT ON recommendation", _act_not_draft("NEW.act_id"),
        "the recommendations of an issued act cannot change",
    ),
    "recommendation_update_locked": (
        "BEFORE UPDATE ON recommendation",
        f"({_act_not_draft('OLD.act_id')} OR {_act_not_draft('NEW.act_id')})"
        f" AND NOT ({_unchanged(*RECOMMENDATION_CONTENT)})",
        "the recommendations of an issued act cannot change; only their status can",
    ),
    "recommendation_delete_locked": (
        "BEFORE DELETE ON recommendation", _act_not_draft("OLD.act_id"),
        "the recommendations of an issued act cannot change",
    ),
    "act_participant_insert_locked": (
        "BEFORE INSERT ON act_participant", _act_not_draft("NEW.act_id"),
        "the participants of an issued act cannot change",
    ),
    "act_participant_update_locked": (
        "BEFORE UPDATE ON act_participant",
        f"{_act_not_draft('OLD.act_id')} OR {_act_not_draft('NEW.act_id')}",
        "the participants of an issued act cannot change",
    ),
    "act_participant_delete_locked": (
        "BEFORE DELETE ON act_participant", _act_not_draft("OLD.act_id"),
        "the participants of an issued act cannot change",
    ),
    "attachment_insert_locked": (
        "BEFORE INSERT ON attachment", _act_not_draft("NEW.act_id"),
        "the attachments of an issued act cannot change",
    ),
    "attachment_update_locked": (
        "BEFORE UPDATE ON attachment",
        f"{_act_not_draft('OLD.act_id')} OR {_act_not_draft('NEW.act_id')}",
        "the attachments of an issued act cannot change",
    ),
    "attachment_delete_locked": (
        "BEFORE DELETE ON attachment", _act_not_draft("OLD.act_id"),
        "the attachments of an issued act cannot change",
    ),
}


def upgrade() -> None:
    for name, (event, condition, message) in TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER {name} {event} FOR EACH ROW WHEN {condition} "
            f"BEGIN SELECT RAISE(ABORT, '{LOCKED}: {message}'); END"
        )


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
