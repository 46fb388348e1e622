"""The kinds of step, and which of them are gateways: pure, so that layout and renderers need no SQLAlchemy.

``werkstatt.model.STEP_KINDS`` and ``werkstatt.layout.graph.STEP_KINDS`` are these same tuples.
The gateway kinds follow BPMN; how the analysis counts their branches is in
``werkstatt.analysis.figures``:

* ``decision`` — exclusive: exactly one branch, by its probability (BPMN exclusiveGateway).
* ``event_based`` — exclusive too: the first event to arrive picks the branch (eventBasedGateway).
* ``parallel`` — every branch, at the same time (parallelGateway).
* ``inclusive`` — each branch on its own probability, one or more (inclusiveGateway).
* ``complex`` — a rule the diagram does not spell out; counted like ``inclusive`` (complexGateway).
"""

from __future__ import annotations

GATEWAY_KINDS_IN_ORDER = ("decision", "parallel", "inclusive", "event_based", "complex")
STEP_KINDS = ("start", "task", *GATEWAY_KINDS_IN_ORDER, "subprocess", "end")
GATEWAY_KINDS = frozenset(GATEWAY_KINDS_IN_ORDER)
# Gateways that send a case down exactly one branch.
EXCLUSIVE_GATEWAYS = frozenset({"decision", "event_based"})
# Gateways whose branches happen each on its own probability.
INDEPENDENT_GATEWAYS = frozenset({"inclusive", "complex"})


def is_gateway(kind: str) -> bool:
    """True for every diamond: exclusive, parallel, inclusive, event-based and complex gateways."""
    return kind in GATEWAY_KINDS
