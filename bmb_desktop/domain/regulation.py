"""The group's rule parameters (G1–G7, M1–M3) and the presets of the known regulations."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bmb_desktop.domain.enums import ChairRule, DecisionMajority, ProtocolSigners
from bmb_desktop.locale.i18n import N_, LANGUAGES, translate

MODEL = "model"
LOCAL = "local"
CUSTOM = "custom"


@dataclass(frozen=True)
class Regulation:
    """Rule parameters as the domain sees them, independent of storage."""

    preset: str = MODEL
    name: str = ""
    min_size: int = 5
    max_size: int = 15
    odd_size_required: bool = True
    min_employee_percent: int = 25
    min_deputy_percent: int = 25
    min_citizen_percent: int = 50
    max_one_sex_percent: int = 70
    chair_rule: ChairRule = ChairRule.CITIZEN_MEMBER
    term_months: int = 48
    min_meetings_per_quarter: int = 1
    protocol_signers: ProtocolSigners = ProtocolSigners.CHAIR_AND_SECRETARY
    decision_majority: DecisionMajority = DecisionMajority.OF_VOTING
    clauses: dict[str, str] = field(default_factory=dict, compare=False)

    def source(self, rule: str) -> str:
        """Where a rule comes from, as printed next to a finding: "Типтүү жобо 5.2.3"."""
        clause = self.clauses.get(rule, "")
        return f"{self.name} {clause}".strip()


# Clause numbers of the model regulation (seed 000) and of the local variant (seed 001 appendix).
MODEL_CLAUSES = {
    "size": "5.2.1", "odd": "5.2.1", "age": "5.2.1", "employees": "5.2.3", "deputies": "5.2.3",
    "citizens": "5.2.3", "sex": "5.2.3", "chair": "5.4.6", "roles": "5.4.6", "term": "5.3.1",
    "conflict": "6", "first_meeting": "5.3.2", "publication": "5.3.3", "announcement": "5.4.1",
    "nomination": "5.4.2", "deputy_approval": "5.4.3", "gathering": "5.4.4", "meetings": "7.2.2",
    "quorum": "7.2.3", "resolution": "5.4.5", "informed": "5.4.7",
}
LOCAL_CLAUSES = {
    "size": "3.4", "odd": "3.4", "age": "3.2", "chair": "3.5", "roles": "3.5", "term": "3.4",
    "conflict": "3.2.1", "absence": "3.4", "employees": "3.3", "deputies": "3.3", "citizens": "3.3", "sex": "3.3",
}

PRESETS: dict[str, Regulation] = {
    MODEL: Regulation(clauses=MODEL_CLAUSES),
    # The looser local variant (seed 001): 5 to 11 members, no quotas or sex cap, the group
    # elects its chair, deputy chair and secretary, the council sets a term of at least a year.
    LOCAL: Regulation(
        preset=LOCAL, name="Жергиликтүү жобо", min_size=5, max_size=11, odd_size_required=False,
        min_employee_percent=0, min_deputy_percent=0, min_citizen_percent=0, max_one_sex_percent=100,
        chair_rule=ChairRule.ELECTED_BY_GROUP, term_months=12, clauses=LOCAL_CLAUSES,
    ),
}


PRESET_TITLES = {MODEL: N_("Model regulation"), LOCAL: N_("Local regulation"), CUSTOM: N_("Own regulation")}


def preset(name: str) -> Regulation:
    """A preset with its title in the current language."""
    base = PRESETS.get(name, PRESETS[MODEL])
    return replace(base, name=translate(PRESET_TITLES[base.preset]))


def is_preset_title(title: str) -> bool:
    """True for an empty title or a preset's title in any language (then the current one is shown)."""
    titles = {translate(msgid, language) for msgid in PRESET_TITLES.values() for language in LANGUAGES}
    return not title.strip() or title.strip() in titles


def customised(base: Regulation, **changes) -> Regulation:
    """``base`` with the secretary's own values; the clause numbers of the base stay for citations."""
    return replace(base, **changes)
