"""The projector's rules without Qt: font size from the room, contrast, scale, lane strip, screens, agenda time."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.clock import FakeTime
from werkstatt.layout.geometry import Rect
from werkstatt.layout.text import word_width
from werkstatt.read.model import PainRow, StepRow
from werkstatt.render import room as presentation
from werkstatt.render import svg
from werkstatt.render.palette import OKABE_ITO
from werkstatt.render.qt import BADGE_FILL, BADGE_INK
from werkstatt.render.room import (
    THEME,
    AgendaClock,
    AgendaEntry,
    LaneOnScreen,
    ScreenInfo,
    TimeToStore,
    choose_projector_screen,
    contrast_ratio,
    lane_strip,
    lane_strip_width,
    minimum_font_px,
    pain_point_lines,
    projection_scale,
    room_too_deep,
    screen_key,
    swap,
)
from werkstatt.render.room_overview import (
    NUMBER_PAD_EM,
    PREDECESSOR,
    SELECTED,
    SUCCESSOR,
    legend,
    map_marker,
    map_size,
    neighbourhood,
    number_shape,
    place_overview,
    step_numbers,
)

# --- readability ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("times_height", "arc", "expected"), [(6, 16, 43), (6, 20, 54), (4, 16, 29), (4, 20, 36)])
def test_minimum_font_reproduces_the_reference_numbers(times_height: int, arc: int, expected: int) -> None:
    assert minimum_font_px(times_height * 1.5, 1.5, 1080, arc_minutes=arc) == expected


def test_minimum_font_defaults_to_sixteen_minutes_of_arc() -> None:
    assert minimum_font_px(9.0, 1.5, 1080) == 43
    assert minimum_font_px(9.0, 1.5, 2160) == 86  # twice the pixels, twice the font size


@pytest.mark.parametrize("bad", [(0, 1.5, 1080), (8, 0, 1080), (8, 1.5, 0), (-1, 1.5, 1080)])
def test_minimum_font_refuses_impossible_rooms(bad: tuple[float, float, float]) -> None:
    with pytest.raises(ValueError):
        minimum_font_px(*bad)


@given(st.floats(0.5, 60), st.floats(0.3, 10), st.integers(200, 4320), st.floats(0.5, 20))
def test_minimum_font_grows_with_the_room(depth: float, height: float, pixels: int, extra: float) -> None:
    assert minimum_font_px(depth + extra, height, pixels) >= minimum_font_px(depth, height, pixels)
    assert minimum_font_px(depth, height + extra, pixels) <= minimum_font_px(depth, height, pixels)


def test_a_room_deeper_than_six_picture_heights_is_flagged() -> None:
    assert not room_too_deep(9.0, 1.5)
    assert room_too_deep(9.5, 1.5)


def test_projection_fits_a_diagram_whose_text_stays_readable() -> None:
    scale, follow = projection_scale(13, 29, 1920, 1080, 400, 200)
    assert not follow
    assert scale == pytest.approx(29 / 13 * presentation.MAX_FIT_FACTOR)  # capped: a small diagram is not a wall
    scale, follow = projection_scale(13, 29, 1920, 1080, 700, 300)
    assert not follow and scale == pytest.approx(1920 / 700)


def test_projection_follows_the_selection_rather_than_shrink_text() -> None:
    scale, follow = projection_scale(13, 43, 1920, 1080, 5000, 900)
    assert follow and scale * 13 == pytest.approx(43)


@given(st.floats(6, 40), st.floats(8, 120), st.floats(100, 4000), st.floats(100, 3000),
       st.floats(1, 20000), st.floats(1, 20000))
def test_projected_text_is_never_below_the_minimum(diagram_font: float, min_font: float, view_w: float,
                                                   view_h: float, scene_w: float, scene_h: float) -> None:
    scale, follow = projection_scale(diagram_font, min_font, view_w, view_h, scene_w, scene_h)
    assert diagram_font * scale >= min_font * (1 - 1e-9)
    if follow:
        assert diagram_font * scale == pytest.approx(min_font)
        assert scene_w * scale > view_w or scene_h * scale > view_h
    else:
        assert scene_w * scale <= view_w * (1 + 1e-9) and scene_h * scale <= view_h * (1 + 1e-9)


# --- colours -------------------------------------------------------------------------------------


def test_contrast_ratio_worked_examples() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1)
    assert contrast_ratio("#0072B2", "#FFFFFF") == pytest.approx(5.19, abs=0.01)  # blue: not for text
    with pytest.raises(ValueError):
        contrast_ratio("#12345", "#FFFFFF")


def test_every_projected_text_pair_has_seven_to_one() -> None:
    diagram_pairs = [(svg.INK, fill) for fill in (*svg.LANE_FILLS, svg.HEADER_FILL, svg.BOX_FILL, svg.DECISION_FILL)]
    diagram_pairs += [(svg.LABEL_INK, fill) for fill in svg.LANE_FILLS]
    diagram_pairs += [(BADGE_INK, BADGE_FILL)]  # the pain point badge's digit (white on vermillion was 3.9:1)
    weak = [(fg, bg, round(contrast_ratio(fg, bg), 2)) for fg, bg in [*THEME.text_pairs(), *diagram_pairs]
            if contrast_ratio(fg, bg) < 7]
    assert weak == []


def test_the_theme_uses_the_okabe_ito_palette() -> None:
    palette = {value.upper() for value in OKABE_ITO.values()}
    for colour in (THEME.current_background, THEME.overtime_background, THEME.accent, THEME.severity, BADGE_FILL,
                   THEME.selected_step, THEME.neighbour_step):
        assert colour.upper() in palette


def test_the_lane_strip_and_the_badge_are_in_the_checked_pairs() -> None:
    assert (THEME.text, THEME.lane_strip_background) in THEME.text_pairs()
    assert contrast_ratio(BADGE_INK, BADGE_FILL) >= 7


# --- lane names while following -----------------------------------------------------------------

VIEW_W, VIEW_H, FONT = 1280.0, 720.0, 29.0


def lane(name: str, top: float, bottom: float, header_left: float = 0.0) -> LaneOnScreen:
    """A band whose header name sits near its top, as the scene draws it, ``header_left`` from the picture's edge."""
    return LaneOnScreen(name, top, bottom, header_left + 22, top + 15, header_left + 310, top + 60)


def test_no_strip_while_the_headers_show() -> None:
    lanes = [lane("Antragsteller/in", 0, 360), lane("Bürgerbüro Witten", 360, 720)]
    assert lane_strip(lanes, VIEW_W, VIEW_H, FONT) == []


def test_the_strip_names_every_visible_lane_once_the_headers_scrolled_away() -> None:
    lanes = [lane("Antragsteller/in", -500, -100, -900), lane("Bürgerbüro Witten", -100, 300, -900),
             lane("Fahrerlaubnisbehörde EN-Kreis", 300, 1000, -900), lane("Bundesdruckerei", 1000, 1300, -900)]
    labels = lane_strip(lanes, VIEW_W, VIEW_H, FONT)
    assert [label.name for label in labels] == ["Bürgerbüro Witten", "Fahrerlaubnisbehörde EN-Kreis"]
    first, second = labels
    assert (first.y, first.h) == (0, 300)  # clipped to the picture: the name stays at the visible top
    assert (second.y, second.h) == (300, 420)
    assert first.lines == ("Bürgerbüro", "Witten")  # wrapped, never shrunk
    assert " ".join(second.lines).replace("- ", "") == "Fahrerlaubnisbehörde EN-Kreis"
    assert first.line_height >= FONT and first.w == pytest.approx(lane_strip_width(FONT, VIEW_W))
    for label in labels:
        assert all(word_width(line, FONT) <= label.w - 2 * label.padding for line in label.lines)


def test_a_header_scrolled_up_is_repeated_even_when_its_left_end_shows() -> None:
    lanes = [lane("Antragsteller/in", -40, 300), lane("Bürgerbüro Witten", 300, 720)]
    assert [label.name for label in lane_strip(lanes, VIEW_W, VIEW_H, FONT)] == ["Antragsteller/in"]


def test_a_short_band_shows_what_fits_and_an_ellipsis() -> None:
    (label,) = lane_strip([lane("Fahrerlaubnisbehörde des Ennepe-Ruhr-Kreises", 660, 1000, -900)],
                          VIEW_W, VIEW_H, FONT)
    assert label.h == 60 and len(label.lines) == 1
    assert label.lines[0].endswith("…") and word_width(label.lines[0], FONT) <= label.w - 2 * label.padding


def test_the_strip_leaves_the_middle_of_a_narrow_picture_free() -> None:
    assert lane_strip_width(43, 1920) == pytest.approx(43 * presentation.LANE_STRIP_EM)
    assert lane_strip_width(43, 800) == pytest.approx(800 * presentation.LANE_STRIP_MAX_SHARE)
    assert lane_strip([lane("A", 0, 100, -50)], 0, 720, FONT) == []
    assert lane_strip([lane("A", 0, 100, -50)], 300, 720, FONT) == []  # 60 px: letters, not names


@given(st.lists(st.tuples(st.text(min_size=0, max_size=60), st.floats(1, 800)), min_size=1, max_size=8),
       st.floats(-2000, 500), st.floats(-3000, -23), st.floats(200, 3840), st.floats(200, 2160),
       st.floats(0.004, 0.024))
def test_strip_labels_stay_inside_the_picture_in_order(bands: list[tuple[str, float]], start: float, left: float,
                                                      view_w: float, view_h: float, font_share: float) -> None:
    font = view_w * font_share  # the room's minimum is a small share of the picture
    lanes, top = [], start
    for name, height in bands:
        lanes.append(lane(name, top, top + height, left))
        top += height
    labels = lane_strip(lanes, view_w, view_h, font)
    on_screen = [band.name for band in lanes if min(view_h, band.bottom) - max(0.0, band.top) >= 1]
    assert [label.name for label in labels] == on_screen  # every header is off to the left: every band named
    previous_bottom = 0.0
    for label in labels:
        assert label.y >= 0 and label.y + label.h <= view_h + 1e-6 and label.w <= view_w * 0.2 + 1e-6
        assert label.y >= previous_bottom - 1e-6  # one band after the other, never overlapping
        previous_bottom = label.y + label.h
        assert len(label.lines) * label.line_height <= label.h
        assert all(word_width(line, font) <= label.w - 2 * label.padding + 1e-6 for line in label.lines)


# --- screens -------------------------------------------------------------------------------------

LAPTOP = ScreenInfo("eDP-1", "BOE", "0x0A1B", "", 0, 0, 1920, 1080)
BEAMER = ScreenInfo("HDMI-1", "EPSON", "EB-992F", "X5KR123", 1920, 0, 1920, 1080)
MONITOR = ScreenInfo("DP-2", "DELL", "U2419H", "CFV9", 3840, 0, 1920, 1080)


def test_screen_key_joins_the_identity_fields() -> None:
    assert screen_key(BEAMER) == "EPSON|EB-992F|X5KR123|HDMI-1"


def test_one_screen_means_the_preview() -> None:
    assert choose_projector_screen([LAPTOP], screen_key(LAPTOP), screen_key(BEAMER)) is None
    assert choose_projector_screen([], "", "") is None


def test_default_is_the_first_screen_without_the_console() -> None:
    assert choose_projector_screen([LAPTOP, BEAMER, MONITOR], screen_key(LAPTOP), "") == BEAMER
    assert choose_projector_screen([BEAMER, LAPTOP], screen_key(BEAMER), "") == LAPTOP


def test_remembered_projector_is_found_by_model_and_serial_on_another_socket() -> None:
    moved = ScreenInfo("DP-1", "EPSON", "EB-992F", "X5KR123", 1920, 0, 1920, 1080)
    assert choose_projector_screen([LAPTOP, MONITOR, moved], screen_key(LAPTOP), screen_key(BEAMER)) == moved


def test_remembered_projector_by_name_when_it_has_no_model() -> None:
    plain = [ScreenInfo("LAPTOP"), ScreenInfo("BEAMER"), ScreenInfo("SIDE")]
    assert choose_projector_screen(plain, screen_key(plain[0]), screen_key(plain[2])) == plain[2]
    twins = [LAPTOP, ScreenInfo("HDMI-1", "EPSON", "EB-992F"), ScreenInfo("HDMI-2", "EPSON", "EB-992F")]
    assert choose_projector_screen(twins, screen_key(LAPTOP), screen_key(twins[2])) == twins[2]


def test_the_console_screen_is_never_the_projector() -> None:
    assert choose_projector_screen([LAPTOP, BEAMER], screen_key(BEAMER), screen_key(BEAMER)) == LAPTOP


def test_an_unplugged_remembered_projector_falls_back_to_the_default() -> None:
    assert choose_projector_screen([LAPTOP, MONITOR], screen_key(LAPTOP), screen_key(BEAMER)) == MONITOR
    assert choose_projector_screen([LAPTOP, MONITOR], screen_key(LAPTOP), "garbage") == MONITOR


def test_swap_exchanges_console_and_projector() -> None:
    screens = [LAPTOP, BEAMER]
    assert swap(screens, screen_key(LAPTOP), screen_key(BEAMER)) == (BEAMER, LAPTOP)
    assert swap(screens, screen_key(LAPTOP), screen_key(LAPTOP)) is None
    assert swap([LAPTOP], screen_key(LAPTOP), screen_key(BEAMER)) is None


# --- pain points ---------------------------------------------------------------------------------


def test_pain_point_lines_use_german_categories_marks_and_step_labels() -> None:
    view = SimpleNamespace(
        steps=[StepRow("s1", "Amt", "l1", "task", "Antrag erfassen", "", None, None, None, "", "", "")],
        pain_points=[PainRow("p1", "s1", "Papier wird abgetippt", "media_break", 2),
                     PainRow("p2", None, "Niemand weiß Bescheid", "responsibility", 3),
                     PainRow("p3", "s1", "Sonstwas", "unknown", 1)])
    lines = pain_point_lines(view)
    assert [(line.marks, line.category, line.step) for line in lines] == [
        ("!!!", "unklare Zuständigkeit", ""), ("!!", "Medienbruch", "Antrag erfassen"),
        ("!", "Sonstiges", "Antrag erfassen")]


# --- agenda clock --------------------------------------------------------------------------------


AGENDA = (AgendaEntry("a", "Begrüßung", 15, None), AgendaEntry("b", "Ist-Prozess", 90, 10),
          AgendaEntry("c", "Abschluss", None, None))


def test_clock_measures_the_current_item_and_yields_minutes_on_switch() -> None:
    now = FakeTime(1000.0)
    clock = AgendaClock(now, AGENDA)
    assert clock.start("a") is None
    now.advance(12.4)
    status = clock.status()
    assert (status.item_id, status.elapsed_minutes, status.running, status.overtime) == ("a", 12, True, False)
    now.advance(4)
    assert clock.overtime and clock.minutes_over == 1
    assert clock.start("b") == TimeToStore("a", 16)
    now.advance(5)
    assert clock.status().elapsed_minutes == 15  # ten stored before, five now


def test_pause_yields_and_resume_continues_with_the_carried_seconds() -> None:
    now = FakeTime(1000.0)
    clock = AgendaClock(now, AGENDA)
    clock.start("a")
    now.advance(1.4)
    assert clock.pause() == TimeToStore("a", 1)
    now.advance(30)  # paused time does not count
    assert clock.pause() is None
    assert clock.start() is None and clock.running  # resumes the current item
    now.advance(1.2)
    assert clock.finish() == TimeToStore("a", 2)  # 0.4 carried + 1.2 = 1.6 -> 2 (and -0.4 carried)
    assert not clock.running and clock.current_id == "a"


def test_next_walks_the_agenda_and_stops_at_the_end() -> None:
    now = FakeTime(1000.0)
    clock = AgendaClock(now, AGENDA)
    assert clock.next() == (None, "a")
    now.advance(3)
    assert clock.next() == (TimeToStore("a", 3), "b")
    now.advance(0.2)
    assert clock.next() == (None, "c")  # less than half a minute is not stored
    now.advance(7)
    assert clock.next() == (TimeToStore("c", 7), None)
    assert not clock.running


def test_no_planned_minutes_means_no_overtime() -> None:
    now = FakeTime(1000.0)
    clock = AgendaClock(now, AGENDA)
    clock.start("c")
    now.advance(500)
    assert not clock.overtime and clock.minutes_over == 0


def test_a_deleted_item_stops_the_clock() -> None:
    now = FakeTime(1000.0)
    clock = AgendaClock(now, AGENDA)
    clock.start("b")
    clock.set_items(AGENDA[:1])
    assert clock.current_id is None and not clock.running and clock.status().item_id is None
    assert clock.start("zzz") is None


@given(st.lists(st.floats(0, 120), min_size=1, max_size=12))
def test_yielded_minutes_add_up_to_the_time_run(segments: list[float]) -> None:
    now = FakeTime(1000.0)
    clock = AgendaClock(now, AGENDA)
    stored = 0
    for minutes in segments:
        clock.start("a")
        now.advance(minutes)
        finished = clock.pause()
        stored += finished.minutes if finished else 0
    assert abs(stored - sum(segments)) <= 0.5 + 1e-6


@pytest.mark.parametrize("module", ["render.room", "render.room_overview"])
def test_presentation_is_pure(module: str) -> None:
    code = f"import sys, werkstatt.{module}; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# --- the overview of the whole process ------------------------------------------------------------


def test_step_numbers_follow_the_model_s_order_from_one() -> None:
    assert step_numbers(["c", "a", "b"]) == {"c": 1, "a": 2, "b": 3}


def test_the_neighbourhood_is_one_flow_either_way_in_number_order() -> None:
    numbers = step_numbers("abcdefg")
    flows = [("a", "b"), ("b", "c"), ("c", "d"), ("c", "e"), ("f", "c"), ("e", "b"), ("d", "g")]
    region = neighbourhood("c", flows, numbers)
    assert (region.predecessors, region.successors) == (("b", "f"), ("d", "e"))
    assert [region.role(step) for step in "abcdefg"] == [None, PREDECESSOR, SELECTED, SUCCESSOR, SUCCESSOR,
                                                         PREDECESSOR, None]
    assert region.ordered() == [("b", PREDECESSOR), ("f", PREDECESSOR), ("c", SELECTED), ("d", SUCCESSOR),
                                ("e", SUCCESSOR)]
    loop = neighbourhood("b", [("a", "b"), ("b", "a"), ("b", "b")], numbers)  # a loop back, and onto itself
    assert loop.ordered() == [("a", PREDECESSOR), ("b", SELECTED)]
    assert neighbourhood(None, flows, numbers).ordered() == []


def test_the_overview_fits_and_centres_the_whole_process() -> None:
    content, area = Rect(150, 0, 3650, 984), Rect(300, 0, 1620, 900)
    placement = place_overview(content, area, 13, 38, pad=20)
    assert placement.numbers  # 13 px text at less than half size: far below 38 px
    shown = placement.rect(content)
    assert shown.w == pytest.approx(1580) and shown.h < 900 - 40
    assert shown.x == pytest.approx(320) and shown.y + shown.h / 2 == pytest.approx(450)
    readable = place_overview(Rect(0, 0, 600, 300), area, 13, 10)
    assert not readable.numbers and readable.scale == pytest.approx(10 / 13 * presentation.MAX_FIT_FACTOR)


@given(st.floats(5, 60), st.sampled_from(["task", "decision", "start", "end", "subprocess"]),
       st.floats(0.5, 200), st.floats(0.5, 200))
def test_a_numbered_shape_is_never_smaller_than_its_number(font: float, kind: str, w: float, h: float) -> None:
    shape = Rect(100, 100, w, h)
    grown = number_shape(shape, kind, font)
    assert grown.w >= min(w, font * 1.5) and grown.h >= font * 1.25 - 1e-9
    assert grown.x + grown.w / 2 == pytest.approx(100 + w / 2) and grown.y + grown.h / 2 == pytest.approx(100 + h / 2)
    assert max(grown.w, grown.h) / 2 <= max(w, h) / 2 + NUMBER_PAD_EM * font + 1e-9  # the fit's padding holds it


def test_the_legend_lays_rows_in_columns_and_shortens_what_is_too_long() -> None:
    rows = [("p", PREDECESSOR, 13, "Stellungnahme einholen"), ("s", SELECTED, 14, "Genehmigungsfähig?"),
            ("n", SUCCESSOR, 15, "Ablehnung vorbereiten " * 5)]
    strip = legend(rows, 1920, 1080, 38)
    assert [cell.text for cell in strip.cells[:2]] == ["13 — Stellungnahme einholen", "14 — Genehmigungsfähig?"]
    assert strip.cells[2].text.startswith("15 — Ablehnung") and strip.cells[2].text.endswith("…")
    assert len({cell.x for cell in strip.cells}) == 3 and len({cell.y for cell in strip.cells}) == 1
    for cell in strip.cells:
        assert word_width(cell.text, 38) <= cell.w - strip.swatch - 2 * strip.padding
        assert cell.x + cell.w <= 1920 + 1e-6
    assert strip.height == pytest.approx(2 * strip.padding + strip.cells[0].h)
    narrow = legend(rows, 600, 1080, 38)
    assert len({cell.x for cell in narrow.cells}) == 1 and len(narrow.cells) == 3
    many = legend([(str(i), SUCCESSOR, i, "Schritt") for i in range(40)], 600, 400, 38)
    assert many.hidden > 0 and len(many.cells) + many.hidden == 40 and many.height <= 400 * 0.35
    assert legend([], 1920, 1080, 38).height == 0


def test_the_map_keeps_the_scene_s_aspect_and_marks_the_shown_part() -> None:
    w, h = map_size(1920, 1080, 3800, 984)
    assert w <= 1920 * 0.25 + 1e-6 and h <= 1080 * 0.25 + 1e-6
    assert w / h == pytest.approx(3800 / 984)
    marker = map_marker(Rect(0, 0, 3800, 984), Rect(1900, 400, 657, 370), w, h)
    assert marker.x == pytest.approx(w / 2) and marker.w / marker.h == pytest.approx(657 / 370 * (w / 3800) / (h / 984))
    assert map_size(1920, 1080, 100000, 10) == (0.0, 0.0)  # a sliver of a map helps nobody

