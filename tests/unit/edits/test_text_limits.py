"""Text that cannot spoof, and no text longer than its column (issue 21, item 9).

Bidirectional controls make a label read as something else in the register and the PDF;
they are refused in names like the other control characters, with the field (edits) or the
column of the line (quick entry) in the sentence. Every text column has a limit, taken from
the schema, that every edit enforces, not only quick entry.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import String

from werkstatt.capture.session import CaptureSession
from werkstatt.capture.syntax import QuickEntryError, parse_line
from werkstatt.edits import AddLane, AddStep, Create, Editor, Update, rename_lane, set_step_attributes, validate
from werkstatt.edits.notes import AddNote
from werkstatt.edits.workshops import create_workshop, edit_workshop, rename_workshop
from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.model import Base, Lane, Process, ProcessModel, Step, Workshop, WorkshopNote

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u200e", "\u200f", "\u061c"]


@pytest.fixture
def model_id(editor: Editor) -> str:
    process = editor.apply(Create(Process, name="Gewerbeanmeldung"))
    return editor.apply(Create(ProcessModel, process_id=process.id, name="Gewerbe (Ist)", kind="ist")).id


@pytest.fixture
def lane_id(editor: Editor, model_id: str) -> str:
    add = editor.apply(AddLane(model_id, "Bürgerbüro", organisation_id=None, position=None, lane_id=None))
    return add.lane_id_created


# --- bidirectional controls ------------------------------------------------------------------------------


@pytest.mark.parametrize("char", BIDI)
def test_every_bidi_control_is_refused_in_a_lane_name_with_the_field_named(char: str, model_id: str) -> None:
    with pytest.raises(EditError) as refused:
        AddLane(model_id, f"Kasse{char}exe.pdf", organisation_id=None, position=None, lane_id=None)
    assert tr("Edits", "lane name") in refused.value.message
    assert f"U+{ord(char):04X}" in refused.value.message
    assert " 6" in refused.value.message  # the position: "Kasse" is five characters


@pytest.mark.parametrize("char", BIDI)
def test_every_bidi_control_is_refused_in_step_labels_and_renames(char: str, model_id: str, lane_id: str) -> None:
    with pytest.raises(EditError) as refused:
        AddStep(model_id, lane_id, f"{char}Antrag prüfen")
    assert tr("Edits", "step label") in refused.value.message and f"U+{ord(char):04X}" in refused.value.message
    with pytest.raises(EditError) as renamed:
        rename_lane(lane_id, f"Kasse {char}")
    assert tr("Edits", "lane name") in renamed.value.message
    with pytest.raises(EditError) as titled:
        create_workshop(f"Werkstatt {char}Wohngeld")
    assert tr("WorkshopEdits", "workshop title") in titled.value.message


@pytest.mark.parametrize("char", BIDI)
def test_quick_entry_refuses_bidi_controls_with_the_column(char: str) -> None:
    with pytest.raises(QuickEntryError) as refused:
        parse_line(f"Bahn: Antrag{char} prüfen", 3)
    assert refused.value.column == 13 and refused.value.line_number == 3
    assert f"U+{ord(char):04X}" in refused.value.message and " 13" in refused.value.message


def test_capture_refuses_a_spoofing_line_and_stores_nothing(editor: Editor, model_id: str) -> None:
    capture = CaptureSession(editor, model_id)
    with pytest.raises(QuickEntryError):
        capture.enter_line("Kasse\u202e: Bescheid fdp.exe")
    with editor.reading() as session:
        assert session.query(Lane).count() == 0 and session.query(Step).count() == 0


def test_quick_entry_keeps_german_text_emoji_and_right_to_left_letters(editor: Editor, model_id: str) -> None:
    capture = CaptureSession(editor, model_id)
    lines = ["Bürgerbüro: Maß nehmen, Größe prüfen – Straße (5 min)", "Antrag 🚗 anmelden 👩‍💻",
             "Übersetzung: طلب جديد"]
    ids = [capture.enter_line(line).id for line in lines]
    with editor.reading() as session:
        labels = [session.get(Step, step_id).label for step_id in ids]
        lanes = sorted(lane.name for lane in session.query(Lane))
    assert labels == ["Maß nehmen, Größe prüfen – Straße", "Antrag 🚗 anmelden 👩‍💻", "طلب جديد"]
    assert lanes == ["Bürgerbüro", "Übersetzung"]


def test_joiners_and_other_format_characters_of_emoji_stay_allowed() -> None:
    # U+200D (zero-width joiner) builds 👩‍💻; it is no direction control.
    assert validate.text("👩\u200d💻 Sachbearbeitung", "lane name") == "👩\u200d💻 Sachbearbeitung"


# --- length limits -------------------------------------------------------------------------------------


def test_a_ten_kilobyte_workshop_title_is_refused_by_every_edit(editor: Editor) -> None:
    long_title = "Prozesswerkstatt " * 600  # 10 kB
    workshop = editor.apply(create_workshop("Wohngeld", date=dt.date(2026, 3, 12)))
    for make in (lambda: create_workshop(long_title), lambda: rename_workshop(workshop.id, long_title),
                 lambda: edit_workshop(workshop.id, title=long_title),
                 # Even a bare update that skips the workshop's own checks.
                 lambda: editor.apply(Update(Workshop, workshop.id, title=long_title)),
                 lambda: editor.apply(Create(Workshop, title=long_title))):
        with pytest.raises(EditError) as refused:
            make()
        assert tr("WorkshopEdits", "workshop title") in refused.value.message and "300" in refused.value.message
    with editor.reading() as session:
        assert [w.title for w in session.query(Workshop)] == ["Wohngeld"]


def test_long_texts_have_a_limit_too(editor: Editor, model_id: str, lane_id: str) -> None:
    workshop = editor.apply(create_workshop("Wohngeld"))
    with pytest.raises(EditError):
        # notes.py has no limit of its own: the column's catches it when the row is written.
        editor.apply(AddNote(workshop.id, "decision", "x" * (validate.MAX_LONG_TEXT + 1)))
    with pytest.raises(EditError):
        Update(WorkshopNote, "any", text="x" * (validate.MAX_LONG_TEXT + 1))
    step = editor.apply(AddStep(model_id, lane_id, "Antrag prüfen"))
    with pytest.raises(EditError) as refused:
        set_step_attributes(step.step_id, notes="x" * (validate.MAX_LONG_TEXT + 1))
    assert tr("Edits", "note") in refused.value.message
    with pytest.raises(EditError) as refused:
        set_step_attributes(step.step_id, it_system="x" * 201)  # String(200): the column's limit, not 500
    assert tr("Edits", "IT system") in refused.value.message and "200" in refused.value.message
    editor.apply(set_step_attributes(step.step_id, notes="Notiz " * 3000, it_system="x" * 200))


def text_columns() -> list[tuple[type, str, int]]:
    found = []
    for mapper in Base.registry.mappers:
        for column in mapper.local_table.columns:
            if isinstance(column.type, String) and not column.foreign_keys and not column.primary_key:
                found.append((mapper.class_, column.key, validate.limit(column)))
    return found


@pytest.mark.parametrize(("cls", "name", "maximum"), text_columns(), ids=lambda v: getattr(v, "__name__", str(v)))
def test_every_text_column_is_limited_in_create_and_update(cls: type, name: str, maximum: int) -> None:
    assert maximum is not None and maximum <= validate.MAX_LONG_TEXT
    Create(cls, **{name: "x" * maximum})  # the limit itself fits
    with pytest.raises(EditError):
        Create(cls, **{name: "x" * (maximum + 1)})
    with pytest.raises(EditError):
        Update(cls, "some-id", **{name: "x" * (maximum + 1)})


@pytest.mark.parametrize("char", ["\u202e", "\u2066", "\u200f"])
def test_protocol_notes_and_photo_captions_refuse_bidi_controls_too(char: str, editor: Editor) -> None:
    from werkstatt.edits.notes import edit_photo_caption

    workshop = editor.apply(create_workshop("Wohngeld"))
    for make in (lambda: AddNote(workshop.id, "decision", f"Witten {char}nettam"),
                 lambda: AddNote(workshop.id, "next_step", "Formular prüfen", owner=f"Frau {char}A"),
                 lambda: edit_photo_caption("any", f"Pinnwand {char}1")):
        with pytest.raises(EditError) as refused:
            make()
        assert f"U+{ord(char):04X}" in refused.value.message
    with editor.reading() as session:
        assert session.query(WorkshopNote).count() == 0
