"""The live diagram follows every committed edit with the graph a fresh read would give."""

from __future__ import annotations

from werkstatt.capture import catalogue
from werkstatt.capture.session import CaptureSession
from werkstatt.demo import MODEL_ID
from werkstatt.layout import ProcessGraph, layout
from werkstatt.read.model import model_view
from werkstatt.ui.capture.live_diagram import LiveDiagram


def test_the_reused_records_make_the_graph_of_a_fresh_read_after_appends_inserts_and_undo(demo_workspace) -> None:
    live = LiveDiagram(demo_workspace)
    relaid = []
    live.relaid.connect(relaid.append)
    capture = CaptureSession(demo_workspace, MODEL_ID, catalogue=catalogue.load_default())
    steps = [capture.enter_line(line).id for line in ("Fahrerlaubnisbehörde EN-Kreis: Akte prüfen (10 min)",
                                                      "Akte ablegen", "! Medienbruch: Papierakte")]
    capture.insert_line_after(steps[0], "Vermerk schreiben")
    demo_workspace.undo_stack.undo()
    demo_workspace.undo_stack.redo()
    with demo_workspace.reading() as session:
        fresh = ProcessGraph.from_view(model_view(session, MODEL_ID))
    assert live._graph(demo_workspace.view()) == fresh
    assert live.diagram == layout(fresh)
    assert relaid[-1] is live.diagram and len(relaid) >= 6  # one relayout per committed change, in order
