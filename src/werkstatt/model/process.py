"""Register entries (fact sheets) and the process models drawn for them."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

# Step kinds live in werkstatt.layout.stepkinds (pure: the layout reads them without SQLAlchemy); named here
# because the model is where the rest of the code looks for them.
from werkstatt.layout.stepkinds import EXCLUSIVE_GATEWAYS as EXCLUSIVE_GATEWAYS
from werkstatt.layout.stepkinds import GATEWAY_KINDS as GATEWAY_KINDS
from werkstatt.layout.stepkinds import INDEPENDENT_GATEWAYS as INDEPENDENT_GATEWAYS
from werkstatt.layout.stepkinds import STEP_KINDS as STEP_KINDS
from werkstatt.layout.stepkinds import is_gateway as is_gateway
from werkstatt.model.base import Base

PROCESS_STATUSES = ("identified", "in_survey", "modelled", "optimised", "implemented")
MODEL_KINDS = ("ist", "soll")
MEDIA = ("paper", "email", "phone", "software", "in_person", "post", "fax", "other")


class Process(Base):
    """A register entry: the fact sheet (Steckbrief) of one administrative process."""

    __tablename__ = "processes"

    register_key: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    product_area: Mapped[str] = mapped_column(String(100), default="")
    leika_key: Mapped[str] = mapped_column(String(14), default="")
    owner_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    lead_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    status: Mapped[str] = mapped_column(String(20), default="identified")
    case_volume: Mapped[int | None] = mapped_column(Integer)
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    # Comma-separated; tags are few and only ever shown and matched whole.
    tags: Mapped[str] = mapped_column(Text, default="")


class ProcessModel(Base):
    """One drawn version of a process: as-is or to-be, as one organisation does it."""

    __tablename__ = "process_models"

    process_id: Mapped[str | None] = mapped_column(ForeignKey("processes.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(10), default="ist")
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    based_on_id: Mapped[str | None] = mapped_column(ForeignKey("process_models.id"))
    description: Mapped[str] = mapped_column(Text, default="")


class Lane(Base):
    __tablename__ = "lanes"

    model_id: Mapped[str] = mapped_column(ForeignKey("process_models.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    pay_grade: Mapped[str] = mapped_column(String(10), default="")


class Step(Base):
    __tablename__ = "steps"

    model_id: Mapped[str] = mapped_column(ForeignKey("process_models.id"), index=True)
    lane_id: Mapped[str] = mapped_column(ForeignKey("lanes.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="task")
    label: Mapped[str] = mapped_column(String(500))
    block: Mapped[str] = mapped_column(String(200), default="")
    processing_minutes: Mapped[float | None] = mapped_column(Float)
    waiting_minutes: Mapped[float | None] = mapped_column(Float)
    # Share of cases in which the step happens, 0..1; None means always.
    probability: Mapped[float | None] = mapped_column(Float)
    it_system: Mapped[str] = mapped_column(String(200), default="")
    medium: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Capture order: where the facilitator typed it, which the layout uses to break ties.
    position: Mapped[float] = mapped_column(Float, default=0.0)


class Flow(Base):
    __tablename__ = "flows"

    model_id: Mapped[str] = mapped_column(ForeignKey("process_models.id"), index=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("steps.id"), index=True)
    target_id: Mapped[str] = mapped_column(ForeignKey("steps.id"), index=True)
    label: Mapped[str] = mapped_column(String(200), default="")
