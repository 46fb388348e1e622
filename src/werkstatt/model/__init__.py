"""The domain: SQLAlchemy 2 typed ORM classes. No Qt, no I/O beyond the session."""

from werkstatt.model.base import Base, new_id, utcnow
from werkstatt.model.findings import (
    MEASURE_STATUSES,
    PAIN_POINT_CATEGORIES,
    Measure,
    MeasurePainPoint,
    PainPoint,
)
from werkstatt.model.organisation import ORGANISATION_KINDS, Organisation, Person
from werkstatt.model.process import (
    MEDIA,
    MODEL_KINDS,
    PROCESS_STATUSES,
    STEP_KINDS,
    Flow,
    Lane,
    Process,
    ProcessModel,
    Step,
)
from werkstatt.model.voting import VOTING_METHODS, VOTING_STATES, VOTING_TARGETS, Vote, VotingRound
from werkstatt.model.workshop import (
    WORKSHOP_STATUSES,
    AgendaItem,
    Attendance,
    Workshop,
    WorkshopOrganisation,
)

__all__ = [
    "MEASURE_STATUSES",
    "MEDIA",
    "MODEL_KINDS",
    "ORGANISATION_KINDS",
    "PAIN_POINT_CATEGORIES",
    "PROCESS_STATUSES",
    "STEP_KINDS",
    "VOTING_METHODS",
    "VOTING_STATES",
    "VOTING_TARGETS",
    "WORKSHOP_STATUSES",
    "AgendaItem",
    "Attendance",
    "Base",
    "Flow",
    "Lane",
    "Measure",
    "MeasurePainPoint",
    "Organisation",
    "PainPoint",
    "Person",
    "Process",
    "ProcessModel",
    "Step",
    "Vote",
    "VotingRound",
    "Workshop",
    "WorkshopOrganisation",
    "new_id",
    "utcnow",
]
