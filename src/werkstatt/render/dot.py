"""The process as Graphviz DOT (lanes as clusters), for people who lay out with Graphviz themselves."""

from __future__ import annotations

import pydot

from werkstatt.layout.graph import ProcessGraph

SHAPES = {"start": "circle", "end": "doublecircle", "decision": "diamond", "task": "box", "subprocess": "box3d",
          "parallel": "diamond", "inclusive": "diamond", "event_based": "diamond", "complex": "diamond"}
# Graphviz has no gateway marks: the diamond carries the BPMN mark as its text and the step's label
# goes beside it. The exclusive gateway keeps its label inside, as it always had.
MARKS = {"parallel": "+", "inclusive": "○", "event_based": "◎", "complex": "*"}


def _id(prefix: str, index: int) -> str:
    """DOT-safe ASCII ids: Graphviz and its friends choke on some characters in ids, never in labels."""
    return f"{prefix}{index}"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def to_dot(graph: ProcessGraph) -> str:
    dot = pydot.Dot("process", graph_type="digraph", rankdir="LR", newrank="true", fontname='"Liberation Sans"')
    dot.set_node_defaults(fontname='"Liberation Sans"', fontsize="11")
    step_ids = {step.id: _id("s", i) for i, step in enumerate(graph.steps)}
    for lane_index, lane in enumerate(graph.lanes):
        cluster = pydot.Cluster(_id("lane", lane_index), label=_quote(lane.name), style="filled", fillcolor="#eef3f8")
        for step in graph.steps:
            if step.lane == lane.id:
                mark = MARKS.get(step.kind)
                attributes = {"label": _quote(mark or step.label), "shape": SHAPES.get(step.kind, "box"),
                              "style": "filled", "fillcolor": "white"}
                if mark:
                    attributes["fontsize"] = "16"
                    if step.label.strip():
                        attributes["xlabel"] = _quote(step.label)
                cluster.add_node(pydot.Node(step_ids[step.id], **attributes))
        dot.add_subgraph(cluster)
    for flow in graph.flows:
        if flow.source in step_ids and flow.target in step_ids:
            attributes = {"label": _quote(flow.label)} if flow.label else {}
            dot.add_edge(pydot.Edge(step_ids[flow.source], step_ids[flow.target], **attributes))
    return dot.to_string()
