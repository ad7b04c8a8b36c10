"""The municipality, its council and resolutions, the group's regulation profile and the calendar."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bmb_desktop.domain.enums import ChairRule, DecisionMajority, ProtocolSigners
from bmb_desktop.storage.models.base import Base, enum_column, text_column, timestamp_column


class Municipality(Base):
    """An aiyl aimak (rural municipality) with its executive and council."""

    __tablename__ = "municipality"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = text_column(200)  # "Д. Садырбаев"
    district: Mapped[str] = text_column(200)
    region: Mapped[str] = text_column(200)
    administrative_centre: Mapped[str] = text_column(200)  # the village printed on documents
    aiyl_okmotu_name: Mapped[str] = text_column(200)
    aiyl_okmotu_head: Mapped[str] = text_column(200)
    council_name: Mapped[str] = text_column(200)
    council_convocation: Mapped[str] = text_column(20)  # roman numeral as printed: "II"
    council_formed_on: Mapped[date | None] = mapped_column(Date)
    council_chair: Mapped[str] = text_column(200)
    responsible_secretary: Mapped[str] = text_column(200)
    phone: Mapped[str] = text_column(40)
    created_at: Mapped[datetime] = timestamp_column()

    villages: Mapped[list[Village]] = relationship(
        back_populates="municipality", order_by="Village.position", cascade="all, delete-orphan"
    )
    regulation: Mapped[RegulationProfile | None] = relationship(
        back_populates="municipality", uselist=False, cascade="all, delete-orphan"
    )


class Village(Base):
    __tablename__ = "village"
    __table_args__ = (UniqueConstraint("municipality_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)

    municipality: Mapped[Municipality] = relationship(back_populates="villages")


class CouncilSession(Base):
    """A session of the aiyl kenesh ("II чакырылышынын кезексиз XII сессиясы")."""

    __tablename__ = "council_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    convocation: Mapped[str] = text_column(20)
    number: Mapped[int] = mapped_column(Integer)
    extraordinary: Mapped[bool] = mapped_column(Boolean, default=False)
    held_on: Mapped[date] = mapped_column(Date)

    resolutions: Mapped[list[Resolution]] = relationship(back_populates="session")


class Resolution(Base):
    """A council resolution (токтом), numbered "<session>/<item>" such as "12/5"."""

    __tablename__ = "resolution"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("council_session.id"))
    number: Mapped[str] = mapped_column(String(20))
    adopted_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = text_column(500)

    session: Mapped[CouncilSession | None] = relationship(back_populates="resolutions")


class RegulationProfile(Base):
    """The municipality's own rule parameters (G1–G7, M1–M3); defaults are the model regulation."""

    __tablename__ = "regulation_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), unique=True
    )
    name: Mapped[str] = text_column(200)
    preset: Mapped[str] = mapped_column(String(20), default="model", server_default="model")
    min_size: Mapped[int] = mapped_column(Integer, default=5)
    max_size: Mapped[int] = mapped_column(Integer, default=15)
    odd_size_required: Mapped[bool] = mapped_column(Boolean, default=True)
    min_employee_percent: Mapped[int] = mapped_column(Integer, default=25)
    min_deputy_percent: Mapped[int] = mapped_column(Integer, default=25)
    min_citizen_percent: Mapped[int] = mapped_column(Integer, default=50)
    max_one_sex_percent: Mapped[int] = mapped_column(Integer, default=70)
    chair_rule: Mapped[ChairRule] = enum_column(ChairRule, default=ChairRule.CITIZEN_MEMBER)
    term_months: Mapped[int] = mapped_column(Integer, default=48)
    min_meetings_per_quarter: Mapped[int] = mapped_column(Integer, default=1)
    protocol_signers: Mapped[ProtocolSigners] = enum_column(
        ProtocolSigners, default=ProtocolSigners.CHAIR_AND_SECRETARY
    )
    decision_majority: Mapped[DecisionMajority] = enum_column(
        DecisionMajority, default=DecisionMajority.OF_VOTING, server_default=DecisionMajority.OF_VOTING.value
    )
    basis_resolution_id: Mapped[int | None] = mapped_column(ForeignKey("resolution.id"))
    group_created_on: Mapped[date | None] = mapped_column(Date)

    municipality: Mapped[Municipality] = relationship(back_populates="regulation")
    basis_resolution: Mapped[Resolution | None] = relationship()


class CalendarDay(Base):
    """The secretary's correction of the official calendar: a moved day off or a decreed holiday."""

    __tablename__ = "calendar_day"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    is_working_day: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = text_column(200)
    note: Mapped[str] = mapped_column(Text, default="")
