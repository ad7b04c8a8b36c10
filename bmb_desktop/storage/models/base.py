"""Declarative base and the column helpers every model shares."""

from __future__ import annotations

from datetime import datetime, timezone
from enum import StrEnum

from sqlalchemy import DateTime, Enum, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names so that Alembic migrations can alter tables in SQLite batch mode.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def enum_column(enum_class: type[StrEnum], **kwargs) -> Mapped:
    """A column holding a StrEnum by its value, as plain text the district can read."""
    return mapped_column(
        Enum(
            enum_class,
            values_callable=lambda members: [member.value for member in members],
            native_enum=False,
            create_constraint=False,
            length=40,
            validate_strings=True,
        ),
        **kwargs,
    )


def text_column(length: int = 255, **kwargs) -> Mapped:
    kwargs.setdefault("default", "")
    return mapped_column(String(length), **kwargs)


def timestamp_column(**kwargs) -> Mapped:
    return mapped_column(DateTime(timezone=True), default=utc_now, **kwargs)
