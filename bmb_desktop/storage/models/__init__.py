"""Every table of the application; importing this package registers them all on ``Base.metadata``."""

from bmb_desktop.storage.models.acts import (
    Act,
    ActAddressee,
    ActParticipant,
    ActResponse,
    Finding,
    Letter,
    Recommendation,
    RecommendationNote,
)
from bmb_desktop.storage.models.base import Base
from bmb_desktop.storage.models.group import (
    ConflictDeclaration,
    FormationProcess,
    FormationStep,
    Membership,
    Person,
)
from bmb_desktop.storage.models.meetings import (
    AgendaItem,
    Attendance,
    Decision,
    GatheringCandidate,
    Meeting,
    Recusal,
)
from bmb_desktop.storage.models.municipality import (
    CalendarDay,
    CouncilSession,
    Municipality,
    RegulationProfile,
    Resolution,
    Village,
)
from bmb_desktop.storage.models.notices import Notice, NoticeBoard, Posting
from bmb_desktop.storage.models.plan import (
    Indicator,
    IndicatorMeasurement,
    MonitoredObject,
    Plan,
    PlanItem,
    PlanItemMethod,
    PlanItemResponsible,
    PlanProposal,
    PlanVersion,
)
from bmb_desktop.storage.models.records import Attachment, AuditEntry, DatabaseFact
from bmb_desktop.storage.models.reports import ResidentMessage, SummaryReport, SurveyResult

__all__ = [name for name in dir() if not name.startswith("_")]
