"""signed protocols and approved plans are immutable: triggers refuse changes to them and their content

A meeting is created as a draft and signed afterwards; while it is signed, its row may only pass
back to draft (reopening, which the audit log records) and its attendance, agenda items, decisions,
recusals and gathering candidates can no longer be inserted, changed or deleted; a candidate may
still be linked to the person it became once elected (``person_id``).

A plan version is created undecided and approved afterwards; an approved version may only pass to
superseded, and a superseded one not at all. The items, their methods and responsible members and
the aiyl okmotu's proposals of an approved or superseded version cannot be inserted, changed or
deleted, except an item's ``status`` and ``cancel_reason``: carrying out the plan is not changing it.

Every refusal message starts with BMB_PROTOCOL_LOCKED or BMB_PLAN_LOCKED, which
``storage.sqlite_errors`` turns into a clear message. A later migration that rebuilds one of these
tables in batch mode drops its triggers and must create them again; the full integrity check and
tests/storage/test_immutability_triggers.py check that they all exist at head.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21 12:30:00
"""

from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

PROTOCOL = "BMB_PROTOCOL_LOCKED"
PLAN = "BMB_PLAN_LOCKED"

MEETING_COLUMNS = (
    "id", "municipality_id", "kind", "year", "number", "held_on", "starts_at", "place", "title",
    "chair_membership_id", "secretary_membership_id", "chaired_by_name", "secretary_name", "guests",
    "participants_count", "plan_item_id",
)
CANDIDATE_COLUMNS = ("id", "meeting_id", "position", "full_name", "votes_for")
VERSION_COLUMNS = (
    "id", "plan_id", "number", "discussed_on", "aiyl_okmotu_proposals", "submitted_on",
    "approval_resolution_id", "amendment_reason",
)
ITEM_CONTENT = (
    "id", "version_id", "position", "object_id", "subject_kind", "subject", "purpose", "quarter",
    "starts_on", "ends_on", "information_sources", "resources_needed", "involvement",
    "analysis_method", "source_item_id",
)
FROZEN_VERSION = "('approved', 'superseded')"


def _unchanged(*columns: str) -> str:
    return " AND ".join(f"NEW.{column} IS OLD.{column}" for column in columns)


def _signed_meeting(meeting_id: str) -> str:
    return f"EXISTS (SELECT 1 FROM meeting WHERE meeting.id = {meeting_id} AND meeting.status = 'signed')"


def _signed_via_item(agenda_item_id: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM agenda_item JOIN meeting ON meeting.id = agenda_item.meeting_id"
        f" WHERE agenda_item.id = {agenda_item_id} AND meeting.status = 'signed')"
    )


def _signed_via_decision(decision_id: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM decision JOIN agenda_item ON agenda_item.id = decision.agenda_item_id"
        " JOIN meeting ON meeting.id = agenda_item.meeting_id"
        f" WHERE decision.id = {decision_id} AND meeting.status = 'signed')"
    )


def _frozen_version(version_id: str) -> str:
    return (
        f"EXISTS (SELECT 1 FROM plan_version WHERE plan_version.id = {version_id}"
        f" AND plan_version.status IN {FROZEN_VERSION})"
    )


def _frozen_via_item(item_id: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM plan_item JOIN plan_version ON plan_version.id = plan_item.version_id"
        f" WHERE plan_item.id = {item_id} AND plan_version.status IN {FROZEN_VERSION})"
    )


def _child_triggers(table: str, locked, prefix: str, message: str) -> dict:
    """Insert, update and delete refused while the row's parent (``locked(reference)``) is frozen."""
    return {
        f"{table}_insert_frozen": (f"BEFORE INSERT ON {table}", locked("NEW"), prefix, message),
        f"{table}_update_frozen": (
            f"BEFORE UPDATE ON {table}", f"{locked('OLD')} OR {locked('NEW')}", prefix, message,
        ),
        f"{table}_delete_frozen": (f"BEFORE DELETE ON {table}", locked("OLD"), prefix, message),
    }


# name -> (timing and event, condition, message prefix, message)
TRIGGERS = {
    "meeting_created_as_draft": (
        "BEFORE INSERT ON meeting", "NEW.status <> 'draft'", PROTOCOL,
        "a meeting is recorded as a draft and signed afterwards",
    ),
    "meeting_signed_unchanged": (
        "BEFORE UPDATE ON meeting",
        f"OLD.status = 'signed' AND NOT (NEW.status = 'draft' AND {_unchanged(*MEETING_COLUMNS)})",
        PROTOCOL, "a signed protocol cannot be changed; reopen it first",
    ),
    "meeting_signed_kept": (
        "BEFORE DELETE ON meeting", "OLD.status = 'signed'", PROTOCOL,
        "a signed protocol cannot be deleted",
    ),
    **_child_triggers(
        "attendance", lambda row: _signed_meeting(f"{row}.meeting_id"), PROTOCOL,
        "the attendance of a signed protocol cannot change",
    ),
    **_child_triggers(
        "agenda_item", lambda row: _signed_meeting(f"{row}.meeting_id"), PROTOCOL,
        "the agenda of a signed protocol cannot change",
    ),
    **_child_triggers(
        "decision", lambda row: _signed_via_item(f"{row}.agenda_item_id"), PROTOCOL,
        "the decisions of a signed protocol cannot change",
    ),
    **_child_triggers(
        "recusal", lambda row: _signed_via_decision(f"{row}.decision_id"), PROTOCOL,
        "the recusals of a signed protocol cannot change",
    ),
    "gathering_candidate_insert_frozen": (
        "BEFORE INSERT ON gathering_candidate", _signed_meeting("NEW.meeting_id"), PROTOCOL,
        "the results of a signed gathering protocol cannot change",
    ),
    "gathering_candidate_update_frozen": (
        "BEFORE UPDATE ON gathering_candidate",
        f"({_signed_meeting('OLD.meeting_id')} OR {_signed_meeting('NEW.meeting_id')})"
        f" AND NOT ({_unchanged(*CANDIDATE_COLUMNS)})",
        PROTOCOL, "the results of a signed gathering protocol cannot change",
    ),
    "gathering_candidate_delete_frozen": (
        "BEFORE DELETE ON gathering_candidate", _signed_meeting("OLD.meeting_id"), PROTOCOL,
        "the results of a signed gathering protocol cannot change",
    ),
    "plan_version_created_undecided": (
        "BEFORE INSERT ON plan_version", f"NEW.status IN {FROZEN_VERSION}", PLAN,
        "a plan version is created as a draft and approved afterwards",
    ),
    "plan_version_approved_unchanged": (
        "BEFORE UPDATE ON plan_version",
        f"OLD.status IN {FROZEN_VERSION} AND NOT (OLD.status = 'approved' AND NEW.status = 'superseded'"
        f" AND {_unchanged(*VERSION_COLUMNS)})",
        PLAN, "an approved plan version cannot be changed; amend the plan instead",
    ),
    "plan_version_approved_kept": (
        "BEFORE DELETE ON plan_version", f"OLD.status IN {FROZEN_VERSION}", PLAN,
        "an approved plan version cannot be deleted",
    ),
    "plan_item_insert_frozen": (
        "BEFORE INSERT ON plan_item", _frozen_version("NEW.version_id"), PLAN,
        "the items of an approved plan cannot change",
    ),
    "plan_item_update_frozen": (
        "BEFORE UPDATE ON plan_item",
        f"({_frozen_version('OLD.version_id')} OR {_frozen_version('NEW.version_id')})"
        f" AND NOT ({_unchanged(*ITEM_CONTENT)})",
        PLAN, "the items of an approved plan cannot change; only their status can",
    ),
    "plan_item_delete_frozen": (
        "BEFORE DELETE ON plan_item", _frozen_version("OLD.version_id"), PLAN,
        "the items of an approved plan cannot change",
    ),
    **_child_triggers(
        "plan_item_method", lambda row: _frozen_via_item(f"{row}.plan_item_id"), PLAN,
        "the methods of the items of an approved plan cannot change",
    ),
    **_child_triggers(
        "plan_item_responsible", lambda row: _frozen_via_item(f"{row}.plan_item_id"), PLAN,
        "the responsible members of the items of an approved plan cannot change",
    ),
    **_child_triggers(
        "plan_proposal", lambda row: _frozen_version(f"{row}.version_id"), PLAN,
        "the proposals discussed for an approved plan cannot change",
    ),
}


def upgrade() -> None:
    for name, (event, condition, prefix, message) in TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER {name} {event} FOR EACH ROW WHEN {condition} "
            f"BEGIN SELECT RAISE(ABORT, '{prefix}: {message}'); END"
        )


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
