"""Monitored objects, the yearly plan with its versions and items, and programme indicators."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bmb_desktop.domain.enums import (
    EvidenceSource,
    IndicatorKind,
    MonitoringMethod,
    ObjectKind,
    PlanItemStatus,
    PlanVersionStatus,
    SubjectKind,
)
from bmb_desktop.storage.models.base import Base, enum_column, text_column


class MonitoredObject(Base):
    """An object of monitoring (P4)."""

    __tablename__ = "monitored_object"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[ObjectKind] = enum_column(ObjectKind)
    head_name: Mapped[str] = text_column(200)
    contact_person: Mapped[str] = text_column(200)
    phone: Mapped[str] = text_column(40)
    address: Mapped[str] = text_column(300)


class Plan(Base):
    """The group's monitoring plan for one year; its content lives in versions."""

    __tablename__ = "plan"
    __table_args__ = (UniqueConstraint("municipality_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)

    versions: Mapped[list[PlanVersion]] = relationship(
        back_populates="plan", order_by="PlanVersion.number", cascade="all, delete-orphan"
    )


class PlanVersion(Base):
    """One version of a plan: the original or an amendment (P1, P3)."""

    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[PlanVersionStatus] = enum_column(
        PlanVersionStatus, default=PlanVersionStatus.DRAFT
    )
    discussed_on: Mapped[date | None] = mapped_column(Date)
    aiyl_okmotu_proposals: Mapped[str] = mapped_column(Text, default="")
    submitted_on: Mapped[date | None] = mapped_column(Date)
    approval_resolution_id: Mapped[int | None] = mapped_column(ForeignKey("resolution.id"))
    amendment_reason: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[Plan] = relationship(back_populates="versions")
    approval_resolution = relationship("Resolution")
    items: Mapped[list[PlanItem]] = relationship(
        back_populates="version", order_by="PlanItem.position", cascade="all, delete-orphan"
    )
    proposals: Mapped[list[PlanProposal]] = relationship(
        back_populates="version", order_by="PlanProposal.position", cascade="all, delete-orphan"
    )


class PlanProposal(Base):
    """A proposal the aiyl okmotu made when the version was discussed with it, and the group's answer (P1)."""

    __tablename__ = "plan_proposal"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("plan_version.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    accepted: Mapped[bool | None] = mapped_column(Boolean)  # None until the group has answered
    answer: Mapped[str] = mapped_column(Text, default="")  # why declined, or how it was taken in

    version: Mapped[PlanVersion] = relationship(back_populates="proposals")


class PlanItem(Base):
    """One planned monitoring with every field of P2."""

    __tablename__ = "plan_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("plan_version.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    object_id: Mapped[int | None] = mapped_column(ForeignKey("monitored_object.id"))
    subject_kind: Mapped[SubjectKind] = enum_column(SubjectKind)
    subject: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    quarter: Mapped[int | None] = mapped_column(Integer)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    information_sources: Mapped[str] = mapped_column(Text, default="")
    resources_needed: Mapped[str] = mapped_column(Text, default="")
    involvement: Mapped[str] = mapped_column(Text, default="")
    analysis_method: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[PlanItemStatus] = enum_column(PlanItemStatus, default=PlanItemStatus.PLANNED)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # The item of the earlier version this one continues: acts and meetings linked to either
    # belong to the same planned monitoring.
    source_item_id: Mapped[int | None] = mapped_column(ForeignKey("plan_item.id", ondelete="SET NULL"))

    version: Mapped[PlanVersion] = relationship(back_populates="items")
    monitored_object = relationship("MonitoredObject")
    methods: Mapped[list[PlanItemMethod]] = relationship(cascade="all, delete-orphan")
    responsibles: Mapped[list[PlanItemResponsible]] = relationship(cascade="all, delete-orphan")


class PlanItemMethod(Base):
    __tablename__ = "plan_item_method"

    plan_item_id: Mapped[int] = mapped_column(
        ForeignKey("plan_item.id", ondelete="CASCADE"), primary_key=True
    )
    method: Mapped[MonitoringMethod] = enum_column(MonitoringMethod, primary_key=True)


class PlanItemResponsible(Base):
    __tablename__ = "plan_item_responsible"

    plan_item_id: Mapped[int] = mapped_column(
        ForeignKey("plan_item.id", ondelete="CASCADE"), primary_key=True
    )
    membership_id: Mapped[int] = mapped_column(ForeignKey("membership.id"), primary_key=True)


class Indicator(Base):
    """A development-programme (СЭӨП) indicator (I1)."""

    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    programme: Mapped[str] = text_column(300)
    code: Mapped[str] = text_column(40)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[IndicatorKind] = enum_column(IndicatorKind)
    quantitative: Mapped[bool] = mapped_column(Boolean, default=True)
    unit: Mapped[str] = text_column(60)
    baseline: Mapped[float | None] = mapped_column(Float)
    baseline_text: Mapped[str] = mapped_column(Text, default="")
    baseline_on: Mapped[date | None] = mapped_column(Date)  # the day the baseline describes
    target: Mapped[float | None] = mapped_column(Float)
    target_text: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date)
    key: Mapped[bool] = mapped_column(Boolean, default=False)  # shown on the dashboard

    measurements: Mapped[list[IndicatorMeasurement]] = relationship(
        back_populates="indicator",
        order_by="IndicatorMeasurement.period_end",
        cascade="all, delete-orphan",
    )


class IndicatorMeasurement(Base):
    __tablename__ = "indicator_measurement"

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    value: Mapped[float | None] = mapped_column(Float)
    value_text: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[EvidenceSource] = enum_column(EvidenceSource)
    note: Mapped[str] = mapped_column(Text, default="")

    indicator: Mapped[Indicator] = relationship(back_populates="measurements")
