"""The process graph snapshot that the layout reads: small frozen records, no ORM, no Qt."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# The same kinds as werkstatt.model.STEP_KINDS, from the pure werkstatt.layout.stepkinds so that the layout
# stays importable without SQLAlchemy.
from werkstatt.layout.stepkinds import GATEWAY_KINDS as GATEWAY_KINDS
from werkstatt.layout.stepkinds import STEP_KINDS as STEP_KINDS
from werkstatt.layout.stepkinds import is_gateway as is_gateway


@dataclass(frozen=True, slots=True)
class LaneSpec:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class StepSpec:
    id: str
    lane: str  # lane id
    kind: str  # one of STEP_KINDS
    label: str
    position: float  # capture order: forward flows go to a later position


@dataclass(frozen=True, slots=True)
class FlowSpec:
    id: str
    source: str
    target: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class ProcessGraph:
    """Lanes in order (top to bottom), steps, flows. Flows naming unknown steps are ignored."""

    lanes: tuple[LaneSpec, ...]
    steps: tuple[StepSpec, ...]
    flows: tuple[FlowSpec, ...]

    @classmethod
    def from_view(cls, view: Any) -> ProcessGraph:
        """From ``werkstatt.read.model.ModelView`` (the CLI's and the GUI's read of a model)."""
        return cls(
            lanes=tuple(LaneSpec(lane.id, lane.name) for lane in view.lanes),
            steps=tuple(
                StepSpec(step.id, step.lane_id, step.kind, step.label, float(index))
                for index, step in enumerate(view.steps)
            ),
            flows=tuple(FlowSpec(flow.id, flow.source, flow.target, flow.label or "")
                        for flow in view.flows),
        )

    @classmethod
    def from_case(cls, case: Mapping[str, Any]) -> ProcessGraph:
        """From the neutral JSON of the peer benchmark cases (``../shared/bench/peers/cases``)."""
        lanes = tuple(LaneSpec(str(name), str(name)) for name in case["lanes"])
        steps = tuple(
            StepSpec(str(step["id"]), str(step["lane"]), str(step["kind"]), str(step["label"]), float(index))
            for index, step in enumerate(case["steps"])
        )
        flows = tuple(
            FlowSpec(f"f{index}", str(flow["from"]), str(flow["to"]), str(flow.get("label") or ""))
            for index, flow in enumerate(case["flows"])
        )
        return cls(lanes, steps, flows)
