"""People, their membership of the BMjB group, conflicts of interest and the formation steps."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bmb_desktop.domain.enums import (
    FormationKind,
    FormationStepCode,
    MemberCategory,
    MemberRole,
    MembershipStatus,
    Sex,
    WithdrawalGround,
)
from bmb_desktop.storage.models.base import Base, enum_column, text_column


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    surname: Mapped[str] = mapped_column(String(120))
    given_name: Mapped[str] = text_column(120)
    patronymic: Mapped[str] = text_column(120)
    sex: Mapped[Sex] = enum_column(Sex)
    birth_date: Mapped[date | None] = mapped_column(Date)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id", ondelete="SET NULL"))
    phone: Mapped[str] = text_column(40)
    position: Mapped[str] = text_column(300)  # workplace and post, as written in the resolution

    memberships: Mapped[list[Membership]] = relationship(back_populates="person")
    village = relationship("Village")


class Membership(Base):
    """One period of a person's membership of the group, with its basis and its end."""

    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    category: Mapped[MemberCategory] = enum_column(MemberCategory)
    role: Mapped[MemberRole] = enum_column(MemberRole, default=MemberRole.MEMBER)
    basis_resolution_id: Mapped[int | None] = mapped_column(ForeignKey("resolution.id"))
    basis_text: Mapped[str] = text_column(300)  # e.g. the gathering protocol that elected a citizen
    appointed_on: Mapped[date] = mapped_column(Date)
    term_ends_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[MembershipStatus] = enum_column(MembershipStatus, default=MembershipStatus.ACTIVE)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawal_ground: Mapped[WithdrawalGround | None] = enum_column(WithdrawalGround, nullable=True)
    withdrawal_note: Mapped[str] = mapped_column(Text, default="")
    replaces_membership_id: Mapped[int | None] = mapped_column(ForeignKey("membership.id"))

    person: Mapped[Person] = relationship(back_populates="memberships")
    basis_resolution = relationship("Resolution")
    replaces: Mapped[Membership | None] = relationship(remote_side="Membership.id")


class ConflictDeclaration(Base):
    """A written declaration of a conflict of interest and the council chair's decision (C1, C2)."""

    __tablename__ = "conflict_declaration"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(ForeignKey("membership.id", ondelete="CASCADE"))
    monitored_object_id: Mapped[int | None] = mapped_column(ForeignKey("monitored_object.id"))
    subject: Mapped[str] = text_column(300)
    declared_on: Mapped[date] = mapped_column(Date)
    statement: Mapped[str] = mapped_column(Text, default="")
    removed_from_monitoring: Mapped[bool] = mapped_column(Boolean, default=False)
    decided_on: Mapped[date | None] = mapped_column(Date)
    decision_note: Mapped[str] = mapped_column(Text, default="")

    membership: Mapped[Membership] = relationship()


class FormationProcess(Base):
    """Forming a new group or replacing a member (domain.md §2)."""

    __tablename__ = "formation_process"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    kind: Mapped[FormationKind] = enum_column(FormationKind)
    started_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    steps: Mapped[list[FormationStep]] = relationship(
        back_populates="process", order_by="FormationStep.position", cascade="all, delete-orphan"
    )


class FormationStep(Base):
    __tablename__ = "formation_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[int] = mapped_column(ForeignKey("formation_process.id", ondelete="CASCADE"))
    code: Mapped[FormationStepCode] = enum_column(FormationStepCode)
    position: Mapped[int] = mapped_column(Integer, default=0)
    done_on: Mapped[date | None] = mapped_column(Date)
    document: Mapped[str] = text_column(300)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    process: Mapped[FormationProcess] = relationship(back_populates="steps")
