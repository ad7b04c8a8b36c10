"""Closed vocabularies of the domain, stored by value in the database (domain.md references)."""

from __future__ import annotations

from enum import StrEnum


class MemberCategory(StrEnum):
    """Quota categories of G3."""

    MUNICIPAL_EMPLOYEE = "municipal_employee"
    COUNCIL_DEPUTY = "council_deputy"
    CITIZEN = "citizen"
    ASSOCIATION_REPRESENTATIVE = "association_representative"


class MemberRole(StrEnum):
    CHAIR = "chair"
    DEPUTY_CHAIR = "deputy_chair"
    SECRETARY = "secretary"
    MEMBER = "member"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


class MembershipStatus(StrEnum):
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"


class WithdrawalGround(StrEnum):
    """Early withdrawal grounds of G8."""

    OWN_APPLICATION = "own_application"
    HEALTH = "health"
    ABSENCE = "absence"
    ETHICS_VIOLATION = "ethics_violation"
    LOSS_OF_CAPACITY = "loss_of_capacity"
    TERM_ENDED = "term_ended"
    OTHER = "other"


class ChairRule(StrEnum):
    """Who may chair the group (G6)."""

    CITIZEN_MEMBER = "citizen_member"
    ELECTED_BY_GROUP = "elected_by_group"
    APPOINTED = "appointed"


class ProtocolSigners(StrEnum):
    """Who signs a meeting protocol (M3)."""

    CHAIR_AND_SECRETARY = "chair_and_secretary"
    ALL_MEMBERS = "all_members"


class ObjectKind(StrEnum):
    """Monitored objects of P4."""

    AIYL_OKMOTU = "aiyl_okmotu"
    MUNICIPAL_ENTERPRISE = "municipal_enterprise"
    MUNICIPAL_INSTITUTION = "municipal_institution"
    PROCUREMENT_SUPPLIER = "procurement_supplier"
    CONSULTANT = "consultant"
    COMMUNITY_ORGANISATION = "community_organisation"


class SubjectKind(StrEnum):
    """Monitoring subjects of P5."""

    DEVELOPMENT_PROGRAMME = "development_programme"
    LOCAL_INITIATIVE = "local_initiative"
    PROCUREMENT_DELIVERY = "procurement_delivery"
    MUNICIPAL_SERVICE = "municipal_service"
    DELEGATED_STATE_SERVICE = "delegated_state_service"


class MonitoringMethod(StrEnum):
    """Methods of P6."""

    DOCUMENT_REVIEW = "document_review"
    KEY_INFORMANT_INTERVIEW = "key_informant_interview"
    FOCUS_GROUP = "focus_group"
    COMMUNITY_SURVEY = "community_survey"
    CITIZEN_REPORT_CARD = "citizen_report_card"
    OBSERVATION = "observation"
    QUESTIONNAIRE = "questionnaire"
    RESIDENT_MESSAGES = "resident_messages"
    COMPLAINT_VERIFICATION = "complaint_verification"
    EVENT_OBSERVATION = "event_observation"


class PlanVersionStatus(StrEnum):
    """Plan lifecycle of P1/P3."""

    DRAFT = "draft"
    DISCUSSED = "discussed"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    SUPERSEDED = "superseded"


class PlanItemStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class IndicatorKind(StrEnum):
    """Indicator kinds of I1."""

    RESOURCES = "resources"
    ACTIVITIES = "activities"
    OUTPUTS = "outputs"
    OUTCOMES = "outcomes"


class EvidenceSource(StrEnum):
    """Sources of evidence of I3."""

    RESIDENTS_SURVEY = "residents_survey"
    PROGRAMME_DATA = "programme_data"
    STAFF_ASSESSMENT = "staff_assessment"


class MeetingKind(StrEnum):
    GROUP_MEETING = "group_meeting"
    COMMUNITY_GATHERING = "community_gathering"
    OBSERVED_EVENT = "observed_event"


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


class ActStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    SUPERSEDED = "superseded"


class FindingKind(StrEnum):
    FACT = "fact"
    EVALUATION = "evaluation"


class AddresseeKind(StrEnum):
    """The three addressees of an act (A3)."""

    OBJECT = "object"
    AIYL_OKMOTU = "aiyl_okmotu"
    COUNCIL = "council"


class DeliveryMethod(StrEnum):
    BY_HAND = "by_hand"
    POST = "post"
    EMAIL = "email"
    MESSENGER = "messenger"


class ResponseKind(StrEnum):
    OBJECT_RESPONSE = "object_response"  # A4
    AO_REPORT_TO_COUNCIL = "ao_report_to_council"  # A5


class RecommendationStatus(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    IMPLEMENTED = "implemented"
    PARTLY_IMPLEMENTED = "partly_implemented"
    REJECTED = "rejected"
    NOT_CONSIDERED = "not_considered"


class LetterKind(StrEnum):
    INFORMATION_REQUEST = "information_request"  # P8
    MONITORING_NOTICE = "monitoring_notice"  # P7
    ACT_COVER_LETTER = "act_cover_letter"


class NoticeKind(StrEnum):
    FORMATION_START = "formation_start"  # F1
    GATHERING = "gathering"  # F3
    COMPOSITION = "composition"  # F5
    MONITORING = "monitoring"  # P7
    ACT_SUMMARY = "act_summary"
    REPORT_RESULTS = "report_results"  # S2
    FREE = "free"


class FormationKind(StrEnum):
    NEW_GROUP = "new_group"
    REPLACEMENT = "replacement"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    REFUSED = "refused"  # a change to a frozen record (issued act, approved plan, signed protocol)


class FormationStepCode(StrEnum):
    """The steps of forming the group (domain.md §2), in their order."""

    ANNOUNCEMENT = "announcement"  # F1
    EMPLOYEE_NOMINATION = "employee_nomination"  # F2
    DEPUTY_APPROVAL = "deputy_approval"  # F2
    CITIZEN_GATHERING = "citizen_gathering"  # F3
    COUNCIL_RESOLUTION = "council_resolution"  # F4
    PUBLICATION = "publication"  # F5
    FIRST_MEETING = "first_meeting"  # F5
    COMMUNITY_INFORMED = "community_informed"  # F6


class DecisionMajority(StrEnum):
    """Whose majority passes a decision (M3): of those voting by default."""

    OF_VOTING = "of_voting"
    OF_PRESENT = "of_present"
    OF_ALL_MEMBERS = "of_all_members"


class ResidentChannel(StrEnum):
    """How a resident's message reached the group (P6: the WhatsApp number and its journal)."""

    WHATSAPP = "whatsapp"
    PHONE = "phone"
    IN_PERSON = "in_person"
    LETTER = "letter"


class SocialGroup(StrEnum):
    """The social groups whose satisfaction is studied apart (000 §2.2, P6, I3)."""

    WOMEN = "women"
    YOUTH = "youth"
    ELDERLY = "elderly"
    UNEMPLOYED = "unemployed"
    PERSONS_WITH_DISABILITIES = "persons_with_disabilities"
