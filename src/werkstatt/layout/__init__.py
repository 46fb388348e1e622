"""Swimlane layout: a pure, deterministic function from a process graph snapshot to geometry."""

from werkstatt.layout.geometry import Diagram, FlowRoute, LaneBand, Rect, StepBox, Style
from werkstatt.layout.graph import FlowSpec, LaneSpec, ProcessGraph, StepSpec
from werkstatt.layout.swimlane import layout

__all__ = ["Diagram", "FlowRoute", "FlowSpec", "LaneBand", "LaneSpec", "ProcessGraph", "Rect", "StepBox",
           "StepSpec", "Style", "layout"]
