"""Group meetings, community gatherings and observed events: attendance, agenda, decisions, votes."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bmb_desktop.domain.enums import MeetingKind, MeetingStatus
from bmb_desktop.storage.models.base import Base, enum_column, text_column


class Meeting(Base):
    __tablename__ = "meeting"
    __table_args__ = (UniqueConstraint("municipality_id", "kind", "year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    kind: Mapped[MeetingKind] = enum_column(MeetingKind)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int | None] = mapped_column(Integer)  # protocol number within the year
    held_on: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = text_column(300)
    title: Mapped[str] = text_column(300)  # for gatherings and observed events
    chair_membership_id: Mapped[int | None] = mapped_column(ForeignKey("membership.id"))
    secretary_membership_id: Mapped[int | None] = mapped_column(ForeignKey("membership.id"))
    chaired_by_name: Mapped[str] = text_column(200)  # a gathering's chair need not be a member
    secretary_name: Mapped[str] = mapped_column(String(200), default="", server_default="")  # nor its secretary
    guests: Mapped[str] = mapped_column(Text, default="")
    participants_count: Mapped[int | None] = mapped_column(Integer)  # gatherings: residents present
    plan_item_id: Mapped[int | None] = mapped_column(ForeignKey("plan_item.id"))
    status: Mapped[MeetingStatus] = enum_column(MeetingStatus, default=MeetingStatus.DRAFT)

    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )
    candidates: Mapped[list[GatheringCandidate]] = relationship(
        back_populates="meeting", order_by="GatheringCandidate.position", cascade="all, delete-orphan"
    )


class Attendance(Base):
    __tablename__ = "attendance"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    membership_id: Mapped[int] = mapped_column(ForeignKey("membership.id"), primary_key=True)
    present: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = text_column(300)

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    membership = relationship("Membership")


class AgendaItem(Base):
    """One agenda item with the protocol's УГУЛДУ / СҮЙЛӨДҮ / ТОКТОМ КЫЛЫНДЫ parts."""

    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    heard: Mapped[str] = mapped_column(Text, default="")
    spoke: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="agenda_item", order_by="Decision.position", cascade="all, delete-orphan"
    )


class Decision(Base):
    """A decision with its vote, optionally linked to what it decided."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    votes_abstained: Mapped[int] = mapped_column(Integer, default=0)
    plan_version_id: Mapped[int | None] = mapped_column(ForeignKey("plan_version.id"))
    act_id: Mapped[int | None] = mapped_column(ForeignKey("act.id"))
    membership_id: Mapped[int | None] = mapped_column(ForeignKey("membership.id"))

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="decisions")
    recusals: Mapped[list[Recusal]] = relationship(cascade="all, delete-orphan")


class Recusal(Base):
    """A member who did not vote on a decision because of a conflict of interest."""

    __tablename__ = "recusal"

    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decision.id", ondelete="CASCADE"), primary_key=True
    )
    membership_id: Mapped[int] = mapped_column(ForeignKey("membership.id"), primary_key=True)


class GatheringCandidate(Base):
    """A citizen candidate at a community gathering and the votes received (F3)."""

    __tablename__ = "gathering_candidate"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    full_name: Mapped[str] = mapped_column(String(200))
    votes_for: Mapped[int] = mapped_column(Integer, default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="candidates")
