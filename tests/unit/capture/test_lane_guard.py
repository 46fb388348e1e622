"""Issue 17 without a widget: a typo asks before it makes a lane, and a lane left empty goes away."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from werkstatt.analysis.stored import analyse_stored
from werkstatt.capture.lane_guard import LaneGuard, allowed_typos, check, distance, near_lane, take_suggestion
from werkstatt.capture.session import CaptureSession
from werkstatt.capture.syntax import StepEntry, parse_line
from werkstatt.edits import AddLane, AddStep, Create, DeleteStep, Editor, MoveStep
from werkstatt.edits.organisations import AddOrganisation
from werkstatt.layout import ProcessGraph, layout
from werkstatt.model import Lane, Organisation, ProcessModel
from werkstatt.read.model import model_view

LANES = ["Fahrerlaubnisbehörde", "Bürgerbüro", "Kasse", "Stadt Witten", "Sachbearbeitung 1", "Amt"]


# --- when a name is near ------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "meant"), [
    ("Brgerbüro", "Bürgerbüro"),  # the room's case: a forgotten letter
    ("Bürgerbrüo", "Bürgerbüro"),  # two letters swapped: one typo
    ("Buergerbuero", "Bürgerbüro"),  # umlauts written out: the same name, spelt otherwise
    ("Burgerburo", "Bürgerbüro"),  # umlauts without their dots
    ("Bürgrbüo", "Bürgerbüro"),  # two typos in a long name
    ("Kase", "Kasse"),
    ("Fahrerlaubnisbehorde", "Fahrerlaubnisbehörde"),
    ("Stadt Witen", "Stadt Witten"),
    ("Ämt", "Amt"),  # a short name: spelling variants only
])
def test_a_near_typo_of_a_lane_is_found(typed: str, meant: str) -> None:
    assert near_lane(typed, LANES) == meant


@pytest.mark.parametrize("typed", [
    "Bürgerbüro", "BÜRGERBÜRO", "kasse",  # the lane itself, as capture matches it
    "Antragsteller/in",  # really new
    "Arzt", "Amtt",  # short names: one typo away is another lane (the rule: up to 3 letters, none)
    "Kassen amt",
    "Stadt Wetter",  # two typos in one six-letter word: another town of the Kreis
    "Sachbearbeitung 2",  # numbered lanes side by side
    "Bürgrbü",  # three typos
])
def test_other_names_are_new_lanes_or_the_lane_itself(typed: str) -> None:
    assert near_lane(typed, LANES) is None


def test_the_closest_lane_is_suggested_and_on_a_tie_the_first() -> None:
    assert near_lane("Antragsstele", ["Antragstellung", "Antragsstelle"]) == "Antragsstelle"
    assert near_lane("Kasse", ["Kassa", "Kasso"]) == "Kassa"
    assert near_lane("Kasse", ["Kasso", "Kassa"]) == "Kasso"


def test_distance_counts_a_swap_as_one_typo() -> None:
    assert distance("ab", "ba") == 1
    assert distance("kitten", "sitting") == 3
    assert distance("", "abc") == 3
    assert distance("abc", "abc") == 0
    assert [allowed_typos(n) for n in (1, 3, 4, 7, 8, 20)] == [0, 0, 1, 1, 2, 2]


# --- where the lane name stands in the line ----------------------------------------------------


@pytest.mark.parametrize("line", [
    "Bürgerbüro: Antrag annehmen", "  Bürgerbüro :   Antrag", ">> [ja]  Bürgerbüro: Antrag (10 min) [Prüfung]",
    "<< [nein] Bürgerbüro: Ende", "\ufeffBürgerbüro: Schritt\r\n", "Bürgerbüro:\tSchritt", "Termin 10:30: Beginn",
])
def test_the_lane_span_points_at_the_lane_name(line: str) -> None:
    entry = parse_line(line)
    assert isinstance(entry, StepEntry) and entry.lane is not None and entry.lane_span is not None
    start, end = entry.lane_span
    assert line[start:end] == entry.lane


def test_the_lane_span_is_none_without_a_lane_and_no_part_of_equality() -> None:
    entry = parse_line("Antrag annehmen")
    assert isinstance(entry, StepEntry) and entry.lane_span is None
    assert parse_line("  Amt: x") == parse_line("Amt: x")  # spans (2, 5) and (0, 3)


# --- the question -------------------------------------------------------------------------------


def test_a_line_is_asked_about_only_for_a_near_new_lane() -> None:
    doubt = check("Brgerbüro: Gebühr kassieren", LANES)
    assert doubt is not None
    assert (doubt.typed, doubt.existing, doubt.line_number) == ("Brgerbüro", "Bürgerbüro", None)
    assert "„Brgerbüro“" in doubt.message() or "“Brgerbüro”" in doubt.message()
    assert "Bürgerbüro" in doubt.message() and "Tab" in doubt.message()
    for line in ("Bürgerbüro: Gebühr kassieren", "Gebühr kassieren", "Neu: Gebühr", "! Brgerbüro: Problem",
                 "Brgerbüro: Gebühr (10 kg)", "# Brgerbüro: Kommentar", ""):
        assert check(line, LANES) is None, line


def test_a_lane_named_earlier_in_a_pasted_block_counts_as_known() -> None:
    doubt = check("Amt: Eins\nBürgerbüro: Zwei\nDrei\nBrgerbüro: Vier\n", [])
    assert doubt is not None
    assert (doubt.line_number, doubt.typed, doubt.existing) == (4, "Brgerbüro", "Bürgerbüro")
    assert doubt.message().startswith(("Zeile 4", "Line 4"))
    assert check("Amt: Eins\nBürgerbüro: Zwei\nbürgerbüro: Drei\n", []) is None


def test_taking_the_suggestion_replaces_only_the_lane_name() -> None:
    line = ">> [ja] Brgerbüro: Gebühr kassieren (10 min) [Formell prüfen]"
    doubt = check(line, LANES)
    assert doubt is not None
    assert take_suggestion(doubt) == ">> [ja] Bürgerbüro: Gebühr kassieren (10 min) [Formell prüfen]"
    block = "Brgerbüro: Eins\r\nKasse: Brgerbüro prüfen\r\n\r\n  brgerbüro : Drei\r\n"
    doubt = check(block, LANES)
    assert doubt is not None
    assert take_suggestion(doubt) == "Bürgerbüro: Eins\r\nKasse: Brgerbüro prüfen\r\n\r\n  Bürgerbüro : Drei\r\n"


def test_enter_asks_a_second_enter_confirms_and_any_edit_asks_anew() -> None:
    guard = LaneGuard()
    line = "Brgerbüro: Gebühr kassieren"
    assert guard.submit(line, LANES) is not None
    assert guard.submit(line, LANES) is None  # confirmed: store it
    assert guard.submit(line, LANES) is not None  # the next line is asked about afresh
    guard.reset()  # the facilitator typed
    assert guard.submit(line, LANES) is not None
    assert guard.submit(line + " ", LANES) is not None  # another line: asked, not confirmed
    assert guard.take() == "Bürgerbüro: Gebühr kassieren "
    assert guard.pending is None and guard.take() is None
    assert guard.submit("Bürgerbüro: Gebühr kassieren ", LANES) is None


def test_a_block_asks_lane_by_lane_and_keeps_what_was_confirmed() -> None:
    guard = LaneGuard()
    block = "Brgerbüro: Eins\nKase: Zwei\n"
    first = guard.submit(block, LANES)
    assert first is not None and first.typed == "Brgerbüro"
    second = guard.submit(block, LANES)
    assert second is not None and second.typed == "Kase"
    mended = guard.take()
    assert mended == "Brgerbüro: Eins\nKasse: Zwei\n"
    assert guard.submit(mended, LANES) is None  # "Brgerbüro" stays confirmed: Tab was no other edit


# --- capture gives a new lane the organisation its name mentions -------------------------------------


def test_a_lane_quick_entry_creates_gets_the_organisation_its_name_mentions(editor: Editor) -> None:
    model = editor.apply(Create(ProcessModel, name="Probe", kind="ist"))
    editor.apply(AddOrganisation("Stadt Witten", short_name="Witten"))
    capture = CaptureSession(editor, model.id)
    capture.enter_line("Bürgerbüro Witten: Antrag annehmen")
    capture.enter_line("Fachamt: Antrag prüfen")
    with editor.reading() as session:
        witten = session.scalar(select(Organisation.id).where(Organisation.name == "Stadt Witten"))
        lanes = {lane.name: lane.organisation_id for lane in session.scalars(select(Lane))}
    assert lanes == {"Bürgerbüro Witten": witten, "Fachamt": None}


# --- a lane that a move or delete leaves empty disappears ----------------------------------------


def _seen(editor: Editor, model_id: str) -> tuple[list[str], list[str], int]:
    """The lanes as the snapshot, the diagram and the analysis see them."""
    with editor.reading() as session:
        view = model_view(session, model_id)
        analysis = analyse_stored(session, view)
    diagram = layout(ProcessGraph.from_view(view))
    return [lane.name for lane in view.lanes], [band.name for band in diagram.lanes], analysis.counts.lanes


@pytest.fixture
def typo(editor: Editor) -> dict[str, str]:
    """Two lanes, and a step that a typo put into a third one."""
    ids = {"model": editor.apply(Create(ProcessModel, name="Probe", kind="ist")).id}
    for name in ("Bürgerbüro", "Brgerbüro", "Kasse"):
        ids[name] = editor.apply(AddLane(ids["model"], name, organisation_id=None, position=None,
                                         lane_id=None)).lane_id_created
    ids["A"] = editor.apply(AddStep(ids["model"], ids["Bürgerbüro"], "Antrag annehmen")).step_id
    ids["B"] = editor.apply(AddStep(ids["model"], ids["Brgerbüro"], "Gebühr kassieren",
                                    connect_from=ids["A"])).step_id
    ids["C"] = editor.apply(AddStep(ids["model"], ids["Kasse"], "Gebühr buchen", connect_from=ids["B"])).step_id
    return ids


def test_moving_the_last_step_out_removes_the_lane_and_undo_brings_it_back(editor: Editor, typo) -> None:
    before = _seen(editor, typo["model"])
    assert before == (["Bürgerbüro", "Brgerbüro", "Kasse"], ["Bürgerbüro", "Brgerbüro", "Kasse"], 3)
    editor.apply(MoveStep(typo["B"], lane_id=typo["Bürgerbüro"]))
    assert _seen(editor, typo["model"]) == (["Bürgerbüro", "Kasse"], ["Bürgerbüro", "Kasse"], 2)
    editor.apply(AddLane(typo["model"], "Fachamt", organisation_id=None, position=None, lane_id=None))
    assert _seen(editor, typo["model"])[0] == ["Bürgerbüro", "Kasse", "Fachamt"]  # a new lane goes last
    editor.undo()
    editor.undo()  # one undo step: the lane and the step come back together
    assert _seen(editor, typo["model"]) == before
    with editor.reading() as session:
        assert model_view(session, typo["model"]).steps[1].lane == "Brgerbüro"
    editor.redo()
    assert _seen(editor, typo["model"])[0] == ["Bürgerbüro", "Kasse"]


def test_deleting_the_last_step_of_a_lane_removes_it(editor: Editor, typo) -> None:
    editor.apply(DeleteStep(typo["C"]))
    assert _seen(editor, typo["model"]) == (["Bürgerbüro", "Brgerbüro"], ["Bürgerbüro", "Brgerbüro"], 2)
    editor.undo()
    assert _seen(editor, typo["model"])[0] == ["Bürgerbüro", "Brgerbüro", "Kasse"]


def test_a_lane_that_keeps_steps_or_never_had_one_stays(editor: Editor, typo) -> None:
    editor.apply(AddStep(typo["model"], typo["Bürgerbüro"], "Bescheid aushändigen", connect_from=typo["C"]))
    editor.apply(AddLane(typo["model"], "Fachamt", organisation_id=None, position=None, lane_id=None))
    editor.apply(DeleteStep(typo["A"]))  # Bürgerbüro keeps a step
    editor.apply(MoveStep(typo["B"], after=typo["C"]))  # a move in the order only: Brgerbüro keeps its step
    assert _seen(editor, typo["model"])[0] == ["Bürgerbüro", "Brgerbüro", "Kasse", "Fachamt"]
