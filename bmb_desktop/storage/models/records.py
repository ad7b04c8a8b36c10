"""Attachments kept with their checksum, the audit log, and key/value facts about the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bmb_desktop.domain.enums import AuditAction
from bmb_desktop.storage.models.base import Base, enum_column, text_column, timestamp_column


class Attachment(Base):
    """A file (photo, scan, protocol) stored in the attachments folder under its SHA-256."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    file_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = text_column(120)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = text_column(300)
    act_id: Mapped[int | None] = mapped_column(ForeignKey("act.id"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    added_at: Mapped[datetime] = timestamp_column()


class AuditEntry(Base):
    """One create, change or delete; each entry's hash covers the previous one's."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    user_name: Mapped[str] = text_column(200)
    action: Mapped[AuditAction] = enum_column(AuditAction)
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(60))
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON: {"field": [old, new]}
    previous_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class DatabaseFact(Base):
    """Small facts about the database itself, such as which municipality is the user's own."""

    __tablename__ = "database_fact"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
