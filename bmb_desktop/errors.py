"""Typed errors. A UserError carries a message already translated for the person at the screen."""

from __future__ import annotations


class BmbError(Exception):
    """Base of every error the application raises on purpose."""


class UserError(BmbError):
    """Something the user can understand and fix; ``str(error)`` is the translated message."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field  # the form field the message belongs next to, where there is one


class ValidationError(UserError):
    """Input that breaks a rule; one message per field in ``problems`` (field -> message)."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("\n".join(problems.values()), field=next(iter(problems), None))
        self.problems = problems


class DatabaseError(UserError):
    """The database cannot be opened or used as it is (newer version, damaged, missing)."""


class NotFoundError(UserError):
    """A record the user named does not exist."""
