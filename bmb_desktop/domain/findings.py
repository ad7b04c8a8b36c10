"""A rule finding: whether a rule holds, in words the secretary reads, with the rule's source."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    OK = "ok"
    WARNING = "warning"
    BROKEN = "broken"


@dataclass(frozen=True)
class RuleFinding:
    rule: str  # a short code such as "citizens" or "term"
    severity: Severity
    message: str  # already translated
    source: str = ""  # "Типтүү жобо 5.2.3"

    @property
    def holds(self) -> bool:
        return self.severity is not Severity.BROKEN

    def text(self) -> str:
        return f"{self.message} ({self.source})" if self.source else self.message


def any_broken(findings: list[RuleFinding]) -> bool:
    return any(finding.severity is Severity.BROKEN for finding in findings)
