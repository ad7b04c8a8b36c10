"""Residents' messages, survey results by social group, and the summary report's written parts."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bmb_desktop.domain.enums import ResidentChannel, SocialGroup
from bmb_desktop.storage.models.base import Base, enum_column, timestamp_column


class ResidentMessage(Base):
    """One entry of the journal of residents' messages (P6), with the group's response."""

    __tablename__ = "resident_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    received_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[ResidentChannel] = enum_column(ResidentChannel)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id", ondelete="SET NULL"))
    social_group: Mapped[SocialGroup | None] = enum_column(SocialGroup, nullable=True)
    text: Mapped[str] = mapped_column(Text)
    act_id: Mapped[int | None] = mapped_column(ForeignKey("act.id", ondelete="SET NULL"))
    plan_item_id: Mapped[int | None] = mapped_column(ForeignKey("plan_item.id", ondelete="SET NULL"))
    response: Mapped[str] = mapped_column(Text, default="")
    responded_on: Mapped[date | None] = mapped_column(Date)

    village = relationship("Village")


class SurveyResult(Base):
    """How many respondents of one social group (or of everyone, when none) were satisfied (I3)."""

    __tablename__ = "survey_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    surveyed_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300))
    social_group: Mapped[SocialGroup | None] = enum_column(SocialGroup, nullable=True)
    respondents: Mapped[int] = mapped_column(Integer)
    satisfied: Mapped[int] = mapped_column(Integer)


class SummaryReport(Base):
    """The secretary's conclusions and proposals for one period's summary report, kept as a draft.

    ``half`` is 1 or 2 for a half-year and None for the whole year; ``presented_on`` is the day
    the report was presented to the community (S2).
    """

    __tablename__ = "summary_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    half: Mapped[int | None] = mapped_column(Integer)
    conclusions: Mapped[str] = mapped_column(Text, default="")
    proposals: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = timestamp_column()
    presented_on: Mapped[date | None] = mapped_column(Date)
