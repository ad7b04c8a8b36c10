"""Notices for the notice boards, the boards themselves and each posting."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bmb_desktop.domain.enums import NoticeKind
from bmb_desktop.storage.models.base import Base, enum_column, text_column


class Notice(Base):
    __tablename__ = "notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    kind: Mapped[NoticeKind] = enum_column(NoticeKind)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    created_on: Mapped[date] = mapped_column(Date)
    paper_size: Mapped[str] = mapped_column(String(4), default="A4")
    # What the notice announces: the gathering, the first meeting, the start of a monitoring, the
    # public presentation of the summary report (S2 counts its posting deadline from this day).
    event_on: Mapped[date | None] = mapped_column(Date)
    event_time: Mapped[time | None] = mapped_column(Time)
    event_place: Mapped[str] = mapped_column(String(300), default="", server_default="")
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    act_id: Mapped[int | None] = mapped_column(ForeignKey("act.id"))
    resolution_id: Mapped[int | None] = mapped_column(ForeignKey("resolution.id"))
    plan_item_id: Mapped[int | None] = mapped_column(ForeignKey("plan_item.id"))

    postings: Mapped[list[Posting]] = relationship(
        back_populates="notice", order_by="Posting.posted_on", cascade="all, delete-orphan"
    )


class NoticeBoard(Base):
    __tablename__ = "notice_board"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    location: Mapped[str] = text_column(300)
    position: Mapped[int] = mapped_column(Integer, default=0)
    in_use: Mapped[bool] = mapped_column(Boolean, default=True)


class Posting(Base):
    __tablename__ = "posting"

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notice.id", ondelete="CASCADE"))
    board_id: Mapped[int] = mapped_column(ForeignKey("notice_board.id"))
    posted_on: Mapped[date] = mapped_column(Date)
    posted_by: Mapped[str] = text_column(200)
    removed_on: Mapped[date | None] = mapped_column(Date)
    photo_attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))

    notice: Mapped[Notice] = relationship(back_populates="postings")
    board: Mapped[NoticeBoard] = relationship()
