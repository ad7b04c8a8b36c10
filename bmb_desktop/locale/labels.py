"""Human names of the domain's vocabularies, translated for screens, documents and the CLI."""

from __future__ import annotations

from enum import StrEnum

from bmb_desktop.domain import enums as e
from bmb_desktop.locale.i18n import N_, translate

# Keyed by (class, value): StrEnum members of different classes with one value compare equal.
_LABELS: tuple[tuple[StrEnum, str], ...] = (
    (e.MemberCategory.MUNICIPAL_EMPLOYEE, N_("municipal employee")),
    (e.MemberCategory.COUNCIL_DEPUTY, N_("council deputy")),
    (e.MemberCategory.CITIZEN, N_("citizen")),
    (e.MemberCategory.ASSOCIATION_REPRESENTATIVE, N_("representative of a citizens' association")),
    (e.MemberRole.CHAIR, N_("chair")),
    (e.MemberRole.DEPUTY_CHAIR, N_("deputy chair")),
    (e.MemberRole.SECRETARY, N_("secretary")),
    (e.MemberRole.MEMBER, N_("member")),
    (e.Sex.FEMALE, N_("female")),
    (e.Sex.MALE, N_("male")),
    (e.MembershipStatus.ACTIVE, N_("active")),
    (e.MembershipStatus.WITHDRAWN, N_("withdrawn")),
    (e.WithdrawalGround.OWN_APPLICATION, N_("own application")),
    (e.WithdrawalGround.HEALTH, N_("state of health")),
    (e.WithdrawalGround.ABSENCE, N_("absent from three meetings")),
    (e.WithdrawalGround.ETHICS_VIOLATION, N_("violation of ethics")),
    (e.WithdrawalGround.LOSS_OF_CAPACITY, N_("loss of legal capacity")),
    (e.WithdrawalGround.TERM_ENDED, N_("end of term")),
    (e.WithdrawalGround.OTHER, N_("other ground")),
    (e.ChairRule.CITIZEN_MEMBER, N_("elected from the citizen members")),
    (e.ChairRule.ELECTED_BY_GROUP, N_("elected by the group from its members")),
    (e.ChairRule.APPOINTED, N_("appointed by the aiyl okmotu head or council chair")),
    (e.ProtocolSigners.CHAIR_AND_SECRETARY, N_("the chair and the secretary")),
    (e.ProtocolSigners.ALL_MEMBERS, N_("all members present")),
    (e.ObjectKind.AIYL_OKMOTU, N_("aiyl okmotu")),
    (e.ObjectKind.MUNICIPAL_ENTERPRISE, N_("municipal enterprise")),
    (e.ObjectKind.MUNICIPAL_INSTITUTION, N_("municipal institution")),
    (e.ObjectKind.PROCUREMENT_SUPPLIER, N_("supplier or contractor")),
    (e.ObjectKind.CONSULTANT, N_("consultant")),
    (e.ObjectKind.COMMUNITY_ORGANISATION, N_("community organisation")),
    (e.SubjectKind.DEVELOPMENT_PROGRAMME, N_("development programme or plan")),
    (e.SubjectKind.LOCAL_INITIATIVE, N_("local initiative or project")),
    (e.SubjectKind.PROCUREMENT_DELIVERY, N_("procurement delivery")),
    (e.SubjectKind.MUNICIPAL_SERVICE, N_("municipal service")),
    (e.SubjectKind.DELEGATED_STATE_SERVICE, N_("delegated state service")),
    (e.MonitoringMethod.DOCUMENT_REVIEW, N_("document review")),
    (e.MonitoringMethod.KEY_INFORMANT_INTERVIEW, N_("key informant interview")),
    (e.MonitoringMethod.FOCUS_GROUP, N_("focus group")),
    (e.MonitoringMethod.COMMUNITY_SURVEY, N_("community group survey")),
    (e.MonitoringMethod.CITIZEN_REPORT_CARD, N_("citizen report card")),
    (e.MonitoringMethod.OBSERVATION, N_("observation and site visit")),
    (e.MonitoringMethod.QUESTIONNAIRE, N_("questionnaire")),
    (e.MonitoringMethod.RESIDENT_MESSAGES, N_("residents' messages")),
    (e.MonitoringMethod.COMPLAINT_VERIFICATION, N_("verification of complaints")),
    (e.MonitoringMethod.EVENT_OBSERVATION, N_("observation of an event")),
    (e.PlanVersionStatus.DRAFT, N_("draft")),
    (e.PlanVersionStatus.DISCUSSED, N_("discussed with the aiyl okmotu")),
    (e.PlanVersionStatus.SUBMITTED, N_("submitted to the council")),
    (e.PlanVersionStatus.APPROVED, N_("approved")),
    (e.PlanVersionStatus.SUPERSEDED, N_("superseded by an amendment")),
    (e.PlanItemStatus.PLANNED, N_("planned")),
    (e.PlanItemStatus.IN_PROGRESS, N_("in progress")),
    (e.PlanItemStatus.DONE, N_("done")),
    (e.PlanItemStatus.CANCELLED, N_("cancelled")),
    (e.IndicatorKind.RESOURCES, N_("resources")),
    (e.IndicatorKind.ACTIVITIES, N_("activities")),
    (e.IndicatorKind.OUTPUTS, N_("outputs")),
    (e.IndicatorKind.OUTCOMES, N_("outcomes")),
    (e.EvidenceSource.RESIDENTS_SURVEY, N_("residents' survey")),
    (e.EvidenceSource.PROGRAMME_DATA, N_("programme data")),
    (e.EvidenceSource.STAFF_ASSESSMENT, N_("staff assessment")),
    (e.MeetingKind.GROUP_MEETING, N_("group meeting")),
    (e.MeetingKind.COMMUNITY_GATHERING, N_("community gathering")),
    (e.MeetingKind.OBSERVED_EVENT, N_("event observed by the group")),
    (e.MeetingStatus.DRAFT, N_("draft")),
    (e.MeetingStatus.SIGNED, N_("signed")),
    (e.ActStatus.DRAFT, N_("draft")),
    (e.ActStatus.ISSUED, N_("issued")),
    (e.ActStatus.SUPERSEDED, N_("superseded")),
    (e.FindingKind.FACT, N_("fact")),
    (e.FindingKind.EVALUATION, N_("evaluation finding")),
    (e.AddresseeKind.OBJECT, N_("monitored object")),
    (e.AddresseeKind.AIYL_OKMOTU, N_("aiyl okmotu")),
    (e.AddresseeKind.COUNCIL, N_("aiyl kenesh")),
    (e.DeliveryMethod.BY_HAND, N_("by hand")),
    (e.DeliveryMethod.POST, N_("by post")),
    (e.DeliveryMethod.EMAIL, N_("by e-mail")),
    (e.DeliveryMethod.MESSENGER, N_("by messenger")),
    (e.ResponseKind.OBJECT_RESPONSE, N_("object's response")),
    (e.ResponseKind.AO_REPORT_TO_COUNCIL, N_("aiyl okmotu's report to the council")),
    (e.RecommendationStatus.OPEN, N_("open")),
    (e.RecommendationStatus.ACCEPTED, N_("accepted")),
    (e.RecommendationStatus.IN_PROGRESS, N_("being implemented")),
    (e.RecommendationStatus.IMPLEMENTED, N_("implemented")),
    (e.RecommendationStatus.PARTLY_IMPLEMENTED, N_("partly implemented")),
    (e.RecommendationStatus.REJECTED, N_("rejected")),
    (e.RecommendationStatus.NOT_CONSIDERED, N_("not considered")),
    (e.LetterKind.INFORMATION_REQUEST, N_("information request")),
    (e.LetterKind.MONITORING_NOTICE, N_("advance notice of monitoring")),
    (e.LetterKind.ACT_COVER_LETTER, N_("cover letter of an act")),
    (e.NoticeKind.FORMATION_START, N_("start of the group's formation")),
    (e.NoticeKind.GATHERING, N_("community gathering")),
    (e.NoticeKind.COMPOSITION, N_("composition and first meeting")),
    (e.NoticeKind.MONITORING, N_("advance notice of monitoring")),
    (e.NoticeKind.ACT_SUMMARY, N_("summary of an act")),
    (e.NoticeKind.REPORT_RESULTS, N_("results of the summary report")),
    (e.NoticeKind.FREE, N_("free notice")),
    (e.FormationKind.NEW_GROUP, N_("new group")),
    (e.FormationKind.REPLACEMENT, N_("replacement of a member")),
    (e.FormationStepCode.ANNOUNCEMENT, N_("start of formation announced")),
    (e.FormationStepCode.EMPLOYEE_NOMINATION, N_("municipal employees nominated by the aiyl okmotu head")),
    (e.FormationStepCode.DEPUTY_APPROVAL, N_("deputy members approved by the council chair")),
    (e.FormationStepCode.CITIZEN_GATHERING, N_("citizen candidates elected at a community gathering")),
    (e.FormationStepCode.COUNCIL_RESOLUTION, N_("council resolution forming the group")),
    (e.FormationStepCode.PUBLICATION, N_("resolution, composition and first meeting published")),
    (e.FormationStepCode.FIRST_MEETING, N_("first meeting of the group held")),
    (e.FormationStepCode.COMMUNITY_INFORMED, N_("community informed of the resolution")),
    (e.AuditAction.CREATE, N_("created")),
    (e.AuditAction.UPDATE, N_("changed")),
    (e.AuditAction.DELETE, N_("deleted")),
)


_LABELS_BY_CLASS = {(type(member), member.value): text for member, text in _LABELS}


def label(value: StrEnum | None, language: str | None = None) -> str:
    """The translated name of a vocabulary value; an empty string for None."""
    if value is None:
        return ""
    return translate(_LABELS_BY_CLASS[(type(value), value.value)], language)


def choices(enum_class: type[StrEnum], language: str | None = None) -> list[tuple[StrEnum, str]]:
    """Every value of ``enum_class`` with its translated name, in declaration order."""
    return [(member, label(member, language)) for member in enum_class]
