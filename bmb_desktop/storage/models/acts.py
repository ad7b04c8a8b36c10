"""Acts with findings, recommendations and follow-up; addressees, deliveries, responses; letters."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bmb_desktop.domain.enums import (
    ActStatus,
    AddresseeKind,
    DeliveryMethod,
    FindingKind,
    LetterKind,
    MonitoringMethod,
    RecommendationStatus,
    ResponseKind,
    SubjectKind,
)
from bmb_desktop.storage.models.base import Base, enum_column, text_column, timestamp_column


class Act(Base):
    """The act of one monitoring (A1); numbered and frozen when issued (A7)."""

    __tablename__ = "act"
    __table_args__ = (UniqueConstraint("municipality_id", "year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    status: Mapped[ActStatus] = enum_column(ActStatus, default=ActStatus.DRAFT)
    year: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[int | None] = mapped_column(Integer)
    issued_on: Mapped[date | None] = mapped_column(Date)
    plan_item_id: Mapped[int | None] = mapped_column(ForeignKey("plan_item.id"))
    object_id: Mapped[int | None] = mapped_column(ForeignKey("monitored_object.id"))
    subject_kind: Mapped[SubjectKind | None] = enum_column(SubjectKind, nullable=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = text_column(300)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    fingerprint: Mapped[str] = text_column(64)
    supersedes_act_id: Mapped[int | None] = mapped_column(ForeignKey("act.id"))
    updated_at: Mapped[datetime] = timestamp_column()

    monitored_object = relationship("MonitoredObject")
    participants: Mapped[list[ActParticipant]] = relationship(cascade="all, delete-orphan")
    findings: Mapped[list[Finding]] = relationship(
        back_populates="act", order_by="Finding.position", cascade="all, delete-orphan"
    )
    recommendations: Mapped[list[Recommendation]] = relationship(
        back_populates="act", order_by="Recommendation.position", cascade="all, delete-orphan"
    )
    addressees: Mapped[list[ActAddressee]] = relationship(
        back_populates="act", cascade="all, delete-orphan"
    )

    @property
    def display_number(self) -> str:
        return f"{self.number}/{self.year}" if self.number is not None else ""


class ActParticipant(Base):
    __tablename__ = "act_participant"

    act_id: Mapped[int] = mapped_column(ForeignKey("act.id", ondelete="CASCADE"), primary_key=True)
    membership_id: Mapped[int] = mapped_column(ForeignKey("membership.id"), primary_key=True)

    membership = relationship("Membership")


class Finding(Base):
    __tablename__ = "finding"

    id: Mapped[int] = mapped_column(primary_key=True)
    act_id: Mapped[int] = mapped_column(ForeignKey("act.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[FindingKind] = enum_column(FindingKind)
    method: Mapped[MonitoringMethod | None] = enum_column(MonitoringMethod, nullable=True)
    text: Mapped[str] = mapped_column(Text)
    evidence_attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))

    act: Mapped[Act] = relationship(back_populates="findings")


class Recommendation(Base):
    __tablename__ = "recommendation"

    id: Mapped[int] = mapped_column(primary_key=True)
    act_id: Mapped[int] = mapped_column(ForeignKey("act.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    addressee: Mapped[str] = text_column(300)
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[RecommendationStatus] = enum_column(
        RecommendationStatus, default=RecommendationStatus.OPEN
    )
    status_reason: Mapped[str] = mapped_column(Text, default="")

    act: Mapped[Act] = relationship(back_populates="recommendations")
    notes: Mapped[list[RecommendationNote]] = relationship(
        order_by="RecommendationNote.noted_on", cascade="all, delete-orphan"
    )


class RecommendationNote(Base):
    """A dated follow-up note on a recommendation, optionally backed by a follow-up act."""

    __tablename__ = "recommendation_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE")
    )
    noted_on: Mapped[date] = mapped_column(Date)
    status: Mapped[RecommendationStatus] = enum_column(RecommendationStatus)
    text: Mapped[str] = mapped_column(Text, default="")
    follow_up_act_id: Mapped[int | None] = mapped_column(ForeignKey("act.id"))


class ActAddressee(Base):
    """Where an act went (A3) and how it was delivered and received."""

    __tablename__ = "act_addressee"

    id: Mapped[int] = mapped_column(primary_key=True)
    act_id: Mapped[int] = mapped_column(ForeignKey("act.id", ondelete="CASCADE"))
    kind: Mapped[AddresseeKind] = enum_column(AddresseeKind)
    name: Mapped[str] = text_column(300)
    delivery_method: Mapped[DeliveryMethod | None] = enum_column(DeliveryMethod, nullable=True)
    sent_on: Mapped[date | None] = mapped_column(Date)
    received_on: Mapped[date | None] = mapped_column(Date)
    receiver_name: Mapped[str] = text_column(200)

    act: Mapped[Act] = relationship(back_populates="addressees")
    responses: Mapped[list[ActResponse]] = relationship(cascade="all, delete-orphan")


class ActResponse(Base):
    """The object's answer (A4) or the aiyl okmotu's report to the council (A5)."""

    __tablename__ = "act_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    addressee_id: Mapped[int] = mapped_column(ForeignKey("act_addressee.id", ondelete="CASCADE"))
    kind: Mapped[ResponseKind] = enum_column(ResponseKind)
    received_on: Mapped[date] = mapped_column(Date)
    causes: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))


class Letter(Base):
    """An outgoing letter: information request (P8), monitoring notice (P7) or act cover letter."""

    __tablename__ = "letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    kind: Mapped[LetterKind] = enum_column(LetterKind)
    number: Mapped[str] = text_column(40)
    sent_on: Mapped[date | None] = mapped_column(Date)
    object_id: Mapped[int | None] = mapped_column(ForeignKey("monitored_object.id"))
    act_id: Mapped[int | None] = mapped_column(ForeignKey("act.id"))
    plan_item_id: Mapped[int | None] = mapped_column(ForeignKey("plan_item.id"))
    addressee: Mapped[str] = text_column(300)
    subject: Mapped[str] = text_column(300)
    body: Mapped[str] = mapped_column(Text, default="")
    received_on: Mapped[date | None] = mapped_column(Date)
    answered_on: Mapped[date | None] = mapped_column(Date)
