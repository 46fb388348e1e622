"""The quick-entry syntax: what facilitators type live, read into entries or refused with a sentence.

Messages are translated and may be reworded, so errors are checked by type, line and
column; only placeholders the user typed (a unit, a code point) are looked for in them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import re
import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkstatt import i18n
from werkstatt.capture.syntax import (
    MAX_LABEL_LENGTH,
    MAX_LINE_LENGTH,
    PAIN_POINT_CATEGORIES,
    BlankEntry,
    CommentEntry,
    LinkEntry,
    NoteEntry,
    PainPointEntry,
    QuickEntryError,
    StepEntry,
    format_minutes,
    match_category,
    parse_line,
    parse_lines,
)
from werkstatt.errors import WerkstattError

ENTRY_TYPES = (StepEntry, LinkEntry, PainPointEntry, NoteEntry, CommentEntry, BlankEntry)


def error_of(line: str, line_number: int | None = None) -> QuickEntryError:
    with pytest.raises(QuickEntryError) as caught:
        parse_line(line, line_number)
    return caught.value


# --- steps ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "expected"), [
    ("Bürgerbüro: Antrag annehmen", StepEntry("Antrag annehmen", "Bürgerbüro")),
    ("Antrag annehmen", StepEntry("Antrag annehmen")),
    ("  Bürgerbüro :   Antrag annehmen  ", StepEntry("Antrag annehmen", "Bürgerbüro")),
    ("Bahn:\tSchritt", StepEntry("Schritt", "Bahn")),
    ("Frist: 14 Tage", StepEntry("14 Tage", "Frist")),
    # A colon not followed by a space is part of the text: times, addresses.
    ("Zeit 10:30 Uhr", StepEntry("Zeit 10:30 Uhr")),
    ("Termin 10:30: Beginn", StepEntry("Beginn", "Termin 10:30")),
    ("Portal https://example.org: hochladen", StepEntry("Portal https://example.org: hochladen")),
    # What cannot be a lane name stays in the label.
    ("Ist das vollständig? Ja: weiter", StepEntry("Ist das vollständig? Ja: weiter")),
    ("Frist (intern): prüfen", StepEntry("Frist (intern): prüfen")),
    ("Liste [alt]: prüfen", StepEntry("Liste [alt]: prüfen")),
    (": ohne Bahn", StepEntry(": ohne Bahn")),
    ("x" * 60 + ": y", StepEntry("y", "x" * 60)),
    ("x" * 61 + ": y", StepEntry("x" * 61 + ": y")),
    # Kinds.
    ("Vollständig?", StepEntry("Vollständig?", kind="decision")),
    ("Amt: Antrag vollständig?  ", StepEntry("Antrag vollständig?", "Amt", "decision")),
    (">> Bürgerbüro: Antrag geht ein", StepEntry("Antrag geht ein", "Bürgerbüro", "start")),
    (">>Antrag geht ein", StepEntry("Antrag geht ein", kind="start")),
    ("<< Bescheid versandt", StepEntry("Bescheid versandt", kind="end")),
    ("<< Alles erledigt?", StepEntry("Alles erledigt?", kind="end")),
    # Branches, before or after the start/end marker.
    ("[ja] Bescheid erstellen", StepEntry("Bescheid erstellen", branch="ja")),
    ("[ nein ] Bahn: Nachfordern", StepEntry("Nachfordern", "Bahn", branch="nein")),
    ("[nein] << Abgelehnt", StepEntry("Abgelehnt", kind="end", branch="nein")),
    ("<< [nein] Abgelehnt", StepEntry("Abgelehnt", kind="end", branch="nein")),
    ("[ja]Weiter?", StepEntry("Weiter?", kind="decision", branch="ja")),
    # Building blocks, before or after the time.
    ("Prüfen [Antragsprüfung]", StepEntry("Prüfen", block="Antragsprüfung")),
    ("Prüfen (10 min) [Antragsprüfung]", StepEntry("Prüfen", block="Antragsprüfung", processing_minutes=10)),
    ("Prüfen [Antragsprüfung] (10 min)", StepEntry("Prüfen", block="Antragsprüfung", processing_minutes=10)),
    ("Prüfen [A] [B]", StepEntry("Prüfen [A]", block="B")),
    ("[ja] Bahn: Prüfen? (5 min, 80 %) [Prüfung]",
     StepEntry("Prüfen?", "Bahn", "decision", 5, None, 0.8, "Prüfung", "ja")),
    # A byte order mark and the line break of a file are not part of the step.
    ("\ufeffBahn: Schritt\r\n", StepEntry("Schritt", "Bahn")),
])
def test_steps(line: str, expected: StepEntry) -> None:
    assert parse_line(line) == expected


@pytest.mark.parametrize(("times", "processing", "waiting", "probability"), [
    ("(10 min)", 10, None, None),
    ("(10min)", 10, None, None),
    ("(10 Min.)", 10, None, None),
    ("(10 m)", 10, None, None),
    ("(1 Minute)", 1, None, None),
    ("(5 Minuten)", 5, None, None),
    ("(0 min)", 0, None, None),
    ("(2 h)", 120, None, None),
    ("(1,5 h)", 90, None, None),
    ("(1.5 h)", 90, None, None),
    ("(.5 h)", 30, None, None),
    ("(2 Std.)", 120, None, None),
    ("(1 Stunde)", 60, None, None),
    ("(3 STUNDEN)", 180, None, None),
    # A day of work is a working day of 480 minutes ...
    ("(1 d)", 480, None, None),
    ("(1 T)", 480, None, None),
    ("(2 Tage)", 960, None, None),
    ("(1 AT)", 480, None, None),
    ("(0,5 Tag)", 240, None, None),
    ("(1 Woche)", 2400, None, None),
    # ... a day of waiting is a calendar day.
    ("(Liegezeit 2 Tage)", None, 2880, None),
    ("(warten 1 d)", None, 1440, None),
    ("(Wartezeit: 3 h)", None, 180, None),
    ("(liegt 1 Woche)", None, 10080, None),
    ("(2 Tage Liegezeit)", None, 2880, None),
    ("(10 min, Liegezeit 2 Tage)", 10, 2880, None),
    ("(5 min + warten 1 d)", 5, 1440, None),
    ("(Bearbeitung 10 min, Liegezeit 1 d)", 10, 1440, None),
    ("(10 min, 5 min)", 15, None, None),
    ("(10 min + 1 h)", 70, None, None),
    ("(10 min; 1 h)", 70, None, None),
    ("(10 min,5 min)", 15, None, None),
    ("(1,5 h, 2,5 min)", 92.5, None, None),
    ("(ca. 10 min)", 10, None, None),
    ("(~10 min)", 10, None, None),
    ("(Liegezeit ca. 2 d)", None, 2880, None),
    ("(80 %)", None, None, 0.8),
    ("(10 min, 80%)", 10, None, 0.8),
    ("(0 %, 1 min)", 1, None, 0.0),
    ("(100 Prozent)", None, None, 1.0),
    ("(1666 h)", 99960, None, None),
])
def test_times(times: str, processing: float | None, waiting: float | None,
               probability: float | None) -> None:
    entry = parse_line(f"Bahn: Antrag prüfen {times}")
    assert isinstance(entry, StepEntry)
    assert entry.label == "Antrag prüfen"
    assert (entry.processing_minutes, entry.waiting_minutes) == (processing, waiting)
    assert entry.probability == pytest.approx(probability)


@pytest.mark.parametrize(("line", "label"), [
    ("Antrag prüfen (mit Anlagen)", "Antrag prüfen (mit Anlagen)"),
    ("Prüfen (liegt beim Amt)", "Prüfen (liegt beim Amt)"),
    ("Prüfen (§ 34 BauGB)", "Prüfen (§ 34 BauGB)"),
    ("Prüfen ()", "Prüfen ()"),
    ("Prüfen (a (b))", "Prüfen (a (b))"),
    ("(mit Anlagen)", "(mit Anlagen)"),
    ("Anlage (1) prüfen", "Anlage (1) prüfen"),
    # Only trailing parentheses are times; one that is not a time ends the search.
    ("Prüfen (10 min) (mit Anlagen)", "Prüfen (10 min) (mit Anlagen)"),
])
def test_a_parenthesis_that_is_no_time_stays_in_the_label(line: str, label: str) -> None:
    entry = parse_line(line)
    assert isinstance(entry, StepEntry)
    assert entry.label == label and entry.processing_minutes is None and entry.waiting_minutes is None


def test_several_time_parentheses_add_up() -> None:
    entry = parse_line("Prüfen (mit Anlagen) (5 min) (warten 2 d, 3 min)")
    assert entry == StepEntry("Prüfen (mit Anlagen)", processing_minutes=8, waiting_minutes=2880)


ORDINARY_TEXT = [
    "Größe prüfen, Maß nehmen",
    "Straße",
    "🚗 Fahrzeug anmelden 👩‍💻",
    "طلب جديد",
    "בקשה חדשה",
    "مرحبا بكم",  # right-to-left letters are fine; the direction marks around them are not (test_text_limits)
    "Café mit e\u0301",
    "'; DROP TABLE steps; --",
    "Robert'); DELETE FROM lanes WHERE 1=1; --",
    "<script>alert(1)</script>",
    "{label} {0} %s %(x)s {{",
    "Zeile mit\tTabulator",
    "C:\\Pfad\\datei.txt",
]


@pytest.mark.parametrize("text", ORDINARY_TEXT)
def test_ordinary_text_survives_exactly(text: str) -> None:
    assert parse_line(f"Bahn: {text}") == StepEntry(text, "Bahn")
    assert parse_line(f"  {text}  (5 min)") == StepEntry(text, processing_minutes=5)
    assert parse_line(f"-> {text}") == LinkEntry(text)
    assert parse_line(f"!! {text}") == PainPointEntry(text, 2, "other")
    assert parse_line(f"> {text}") == NoteEntry(text)


# --- links, pain points, notes, comments, blanks --------------------------------------------------


@pytest.mark.parametrize(("line", "expected"), [
    ("-> Antrag prüfen", LinkEntry("Antrag prüfen")),
    ("->Antrag prüfen", LinkEntry("Antrag prüfen")),
    ("→ Antrag prüfen", LinkEntry("Antrag prüfen")),
    ("[nein] -> Antrag prüfen", LinkEntry("Antrag prüfen", "nein")),
    ("[nein]→Antrag prüfen", LinkEntry("Antrag prüfen", "nein")),
    ("-> Bahn: Schritt (5 min)", LinkEntry("Bahn: Schritt (5 min)")),  # the target is matched as typed
])
def test_links(line: str, expected: LinkEntry) -> None:
    assert parse_line(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("! Formular fehlt", PainPointEntry("Formular fehlt", 1, "other")),
    ("!! Medienbruch: Formular wird abgetippt", PainPointEntry("Formular wird abgetippt", 2, "media_break")),
    ("!!! IT: kein Fachverfahren", PainPointEntry("kein Fachverfahren", 3, "missing_it")),
    ("!!!!!! viel zu viel", PainPointEntry("viel zu viel", 3, "other")),
    ("!Schleife:zurück an Antragsteller", PainPointEntry("zurück an Antragsteller", 1, "loop")),
    ("! rückfrage : Unterlagen fehlen", PainPointEntry("Unterlagen fehlen", 1, "query")),
    ("! Liegezeit: 3 Wochen beim Amt", PainPointEntry("3 Wochen beim Amt", 1, "waiting")),
    ("! Unbekannt: steht da", PainPointEntry("Unbekannt: steht da", 1, "other")),
    ("! Frist 10:30: knapp", PainPointEntry("Frist 10:30: knapp", 1, "other")),
])
def test_pain_points(line: str, expected: PainPointEntry) -> None:
    assert parse_line(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("> Vorlage liegt im DMS", NoteEntry("Vorlage liegt im DMS")),
    (">Vorlage", NoteEntry("Vorlage")),
    ("> > zitiert", NoteEntry("> zitiert")),
    ("# Pause bis 11 Uhr", CommentEntry("Pause bis 11 Uhr")),
    ("  // später klären", CommentEntry("später klären")),
    ("#", CommentEntry("")),
    ("", BlankEntry()),
    ("   \t ", BlankEntry()),
    ("\n", BlankEntry()),
])
def test_notes_comments_and_blanks(line: str, expected: object) -> None:
    assert parse_line(line) == expected


def test_entries_are_frozen() -> None:
    entry = parse_line("Bahn: Schritt")
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.label = "anders"  # type: ignore[misc]


# --- pain point categories ------------------------------------------------------------------------


def test_the_categories_are_those_of_the_model() -> None:
    from werkstatt.model import PAIN_POINT_CATEGORIES as MODEL_CATEGORIES

    assert tuple(PAIN_POINT_CATEGORIES) == MODEL_CATEGORIES
    assert PAIN_POINT_CATEGORIES["handover"] == "Schnittstelle/Übergabe"


@pytest.mark.parametrize(("code", "name"), PAIN_POINT_CATEGORIES.items())
def test_each_category_is_found_by_its_code_and_display_name(code: str, name: str) -> None:
    assert match_category(code) == code
    assert match_category(name) == code
    assert match_category(f"  {name.upper()} ") == code


@pytest.mark.parametrize(("text", "code"), [
    ("Medienbruch", "media_break"), ("Doppelerfassung", "double_entry"), ("Doppelarbeit", "double_entry"),
    ("Wartezeit", "waiting"), ("Liegezeit", "waiting"), ("Schnittstelle", "handover"),
    ("Übergabe", "handover"), ("Uebergabe", "handover"), ("U\u0308bergabe", "handover"),
    ("Rückfrage", "query"), ("Rueckfrage", "query"), ("Nachforderung", "query"),
    ("Zuständigkeit", "responsibility"), ("Zustaendigkeit", "responsibility"), ("IT", "missing_it"),
    ("Schleife", "loop"), ("Rückläufer", "loop"), ("Ruecklaeufer", "loop"),
    ("rechtlich", "legal"), ("formal", "legal"), ("Sonstiges", "other"),
    ("Fax", None), ("", None), ("Medienbruch Doppelarbeit", None),
])
def test_category_aliases(text: str, code: str | None) -> None:
    assert match_category(text) == code


# --- errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "column"), [
    # Times that look like times but are not usable.
    ("x (10 kg)", 4),
    ("x (10)", 4),
    ("x (10 min, mit Anlagen)", 12),
    ("x (10 min,, 5 kg)", 13),
    ("x (-5 min)", 4),
    ("x (101 %)", 4),
    ("x (-1 %)", 4),
    ("x (5 %, 6 %)", 9),
    ("x (100001 min)", 4),
    ("x (1667 h)", 4),
    ("x (70 Tage Liegezeit)", 4),
    # Missing text.
    ("Bahn:", 6),
    ("Bahn:   ", 6),
    ("(10 min)", 1),
    ("Bahn: [Baustein] (5 min)", 6),
    (">>", 3),
    ("[ja]", 5),
    ("x []", 4),
    ("x [  ]", 6),
    ("[] x", 2),
    ("->", 3),
    ("→  ", 2),
    ("[ja] ->", 8),
    (">", 2),
    ("!", 2),
    ("!!! ", 4),
    ("! Medienbruch:", 15),
    # Unbalanced brackets and contradictions.
    ("[ja Bahn: Schritt", 1),
    ("Schritt ]", 9),
    (">> -> Schritt", 4),
    # Too long.
    ("x" * (MAX_LABEL_LENGTH + 1), 1),
    ("Bahn: " + "x" * (MAX_LABEL_LENGTH + 1), 7),
    ("-> " + "x" * (MAX_LABEL_LENGTH + 1), 4),
    ("! " + "x" * (MAX_LABEL_LENGTH + 1), 3),
    ("x" * (MAX_LINE_LENGTH + 1), MAX_LINE_LENGTH + 1),
])
def test_errors_have_a_column(line: str, column: int) -> None:
    error = error_of(line, 7)
    assert (error.line_number, error.column) == (7, column)
    assert error.message.strip()


def test_an_unknown_unit_is_named() -> None:
    assert "kg" in error_of("Bahn: Schritt (10 min, 5 kg)").message


def test_the_longest_label_and_line_are_allowed() -> None:
    assert parse_line("x" * MAX_LABEL_LENGTH) == StepEntry("x" * MAX_LABEL_LENGTH)
    assert parse_line("#" * MAX_LINE_LENGTH) == CommentEntry("#" * (MAX_LINE_LENGTH - 1))


# NUL, bell, backspace, vertical tab, form feed, carriage return, escape, file separator, delete,
# next line (C1), and a lone surrogate, which no file can store.
CONTROL = ["\x00", "\x07", "\x08", "\x0b", "\x0c", "\r", "\x1b", "\x1c", "\x7f", "\x85", "\ud800"]


@pytest.mark.parametrize("char", CONTROL)
def test_control_characters_are_named(char: str) -> None:
    error = error_of(f"Bahn: a{char}b", 2)
    assert error.column == 8
    assert f"U+{ord(char):04X}" in error.message


def test_an_embedded_line_break_is_refused() -> None:
    assert error_of("Bahn: a\nb").column == 8


def test_the_error_is_a_werkstatt_error_and_a_value_error() -> None:
    error = QuickEntryError("Etwas stimmt nicht.", line_number=3)
    assert isinstance(error, WerkstattError) and isinstance(error, ValueError)
    assert error.message == "Etwas stimmt nicht." and error.column is None


def test_the_line_number_prefixes_the_message() -> None:
    error = error_of("x (10 kg)", 12)
    assert str(error).startswith("Zeile 12") and str(error).endswith(error.message)
    assert str(error_of("x (10 kg)")) == error_of("x (10 kg)").message
    i18n.set_language("en")
    assert str(error_of("x (10 kg)", 12)).startswith("Line 12")


# --- several lines --------------------------------------------------------------------------------


def test_parse_lines() -> None:
    text = "Bahn: Antrag prüfen (10 min)\r\n\n# Kommentar\n! Medienbruch: Papier\n-> Antrag prüfen\n"
    assert parse_lines(text) == [
        StepEntry("Antrag prüfen", "Bahn", processing_minutes=10),
        BlankEntry(),
        CommentEntry("Kommentar"),
        PainPointEntry("Papier", 1, "media_break"),
        LinkEntry("Antrag prüfen"),
    ]
    assert parse_lines("") == []
    assert parse_lines("\n") == [BlankEntry()]


def test_parse_lines_stops_at_the_first_error_with_its_line_number() -> None:
    with pytest.raises(QuickEntryError) as caught:
        parse_lines("Bahn: gut\n\nx (5 kg)\nx []\n")
    assert (caught.value.line_number, caught.value.column) == (3, 4)


def test_other_line_separators_are_not_line_breaks() -> None:
    # splitlines() would cut at U+2028; typed text keeps it (it is not a control character).
    assert parse_lines("Bahn: a\u2028b") == [StepEntry("a\u2028b", "Bahn")]
    with pytest.raises(QuickEntryError):
        parse_lines("Bahn: a\x1cb")


# --- echoing times back ---------------------------------------------------------------------------


@pytest.mark.parametrize(("minutes", "waiting", "text"), [
    (10, False, "10 min"),
    (90, False, "1,5 h"),
    (0.5, False, "0,5 min"),
    (0, False, "0 min"),
    (60, False, "1 h"),
    (45, False, "45 min"),
    (75, False, "1,25 h"),
    (100, False, "100 min"),
    (1 / 3, False, "0,33 min"),
    (480, False, "8 h"),
    (2880, False, "48 h"),
    (2880, True, "2 Tage"),
    (1440, True, "1 Tag"),
    (2160, True, "1,5 Tage"),
    (720, True, "12 h"),
])
def test_format_minutes(minutes: float, waiting: bool, text: str) -> None:
    assert format_minutes(minutes, waiting=waiting) == text


@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_format_minutes_refuses_what_is_no_time(value: float) -> None:
    with pytest.raises(ValueError):
        format_minutes(value)


@settings(database=None)
@given(st.integers(min_value=0, max_value=100_000 * 100), st.booleans())
def test_format_minutes_reads_back(hundredths: int, waiting: bool) -> None:
    minutes = hundredths / 100
    keyword = "Liegezeit " if waiting else ""
    entry = parse_line(f"Schritt ({keyword}{format_minutes(minutes, waiting=waiting)})")
    assert isinstance(entry, StepEntry)
    read = entry.waiting_minutes if waiting else entry.processing_minutes
    assert read == pytest.approx(minutes, abs=1e-6)


# --- robustness -----------------------------------------------------------------------------------


PATHOLOGICAL = [
    "(" * 10_000, "[" * 10_000, "a:" * 5_000, "1," * 5_000,
    # The same within the length limit, where the parser really has to read them.
    "(" * MAX_LINE_LENGTH, "[" * MAX_LINE_LENGTH, "]" * MAX_LINE_LENGTH, ")" * MAX_LINE_LENGTH,
    "a:" * 1_000, "a: " * 666, "1," * 1_000, "(" + "1," * 998 + ")", "x (" + "1,1" * 600 + " min)",
    "x" + "(1 min)" * 285, "x" + " (mit)" * 333, "x" + "(" * 999 + ")" * 999, "[]" * 1_000,
    "!" * MAX_LINE_LENGTH, ">" * MAX_LINE_LENGTH, "<<" * 1_000, "->" * 1_000, " " * MAX_LINE_LENGTH,
    "x (" + " " * 1_990 + ")", "x (" + "Liegezeit " * 199 + ")", "x (" + "+" * 1_990 + ")",
]


@pytest.mark.parametrize("line", PATHOLOGICAL, ids=lambda line: f"{line[:12]!r}x{len(line)}")
def test_pathological_lines_are_fast(line: str) -> None:
    def once() -> float:
        started = time.perf_counter()
        with contextlib.suppress(QuickEntryError):
            parse_line(line)
        return time.perf_counter() - started

    # The best of a few runs, so that a busy test machine does not make this flaky.
    assert min(once() for _ in range(5)) < 0.01


SYNTAX = st.sampled_from([*"()[]:!>-<#/,+%.;~?0123456789 \tmhdTAGminStdLiegzt", "→", "ä", "ß", "🚗", "\x07"])
LINES = st.one_of(st.text(max_size=200), st.text(SYNTAX, max_size=60))
# A time parenthesis that ends a label: the parser must consume it or refuse the line.
TRAILING_TIME = re.compile(r"\(\s*-?[0-9][^()]*\)\Z")


@settings(database=None, max_examples=500)
@given(LINES)
def test_any_text_is_an_entry_or_a_quick_entry_error(line: str) -> None:
    try:
        entry = parse_line(line, 1)
    except QuickEntryError as error:
        assert error.message and error.line_number == 1
        assert error.column is None or 1 <= error.column <= len(line) + 1
        return
    assert isinstance(entry, ENTRY_TYPES)
    if isinstance(entry, StepEntry):
        assert entry.label == entry.label.strip() and 0 < len(entry.label) <= MAX_LABEL_LENGTH
        assert not TRAILING_TIME.search(entry.label)
        assert entry.kind in ("task", "decision", "start", "end")
        for minutes in (entry.processing_minutes, entry.waiting_minutes):
            assert minutes is None or minutes >= 0
        assert entry.probability is None or 0 <= entry.probability <= 1


# Letters of any script, digits, spaces, dashes and symbols such as emoji, starting with a letter.
LABEL_CHARACTERS = st.characters(codec="utf-8", categories=("L", "N", "Zs", "So", "Pd"))
LABEL_TEXT = st.text(LABEL_CHARACTERS, min_size=1, max_size=40).filter(lambda s: s.strip()[:1].isalpha())
TIMES = st.sampled_from([
    ("(10 min)", 10, None),
    ("(1,5 h, warten 2 d)", 90, 2880),
    ("(Liegezeit 3 T)", None, 4320),
])


@settings(database=None)
@given(LABEL_TEXT, st.sampled_from(["", "Bahn: ", "[ja] "]), TIMES, st.sampled_from(["", " [Baustein]"]))
def test_the_time_parenthesis_never_ends_up_in_the_label(label: str, prefix: str, times: tuple,
                                                          block: str) -> None:
    text, processing, waiting = times
    entry = parse_line(f"{prefix}{label} {text}{block}")
    assert isinstance(entry, StepEntry)
    assert entry.label == label.strip() and text not in entry.label
    assert (entry.processing_minutes, entry.waiting_minutes) == (processing, waiting)


def test_the_parser_is_pure() -> None:
    code = ("import sys, werkstatt.capture.syntax\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'sqlalchemy'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(("line", "processing", "waiting"), [
    ("Check (10 minutes, waiting 3 days)", 10, 3 * 1440),
    ("Check (1.5 hours)", 90, None),
    ("Check (2 days)", 960, None),
    ("Check (wait 1 week)", None, 7 * 1440),
])
def test_english_units_work_in_the_english_interface(line: str, processing, waiting) -> None:
    entry = parse_line(line)
    assert (entry.processing_minutes, entry.waiting_minutes) == (processing, waiting)
