"""The protocol panel on the demo workshop: decisions, open points, next steps and photos, by keyboard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QApplication

from helpers.typist import Typist
from helpers.widgets import delete_as_one_undo_step, focus, open_cell_editor, wait_until_edited
from werkstatt.demo import NOTES, WORKSHOP_ID
from werkstatt.edits.notes import MAX_PHOTO_BYTES
from werkstatt.i18n import tr
from werkstatt.read import notes as notes_query
from werkstatt.read.notes import NoteRow, PhotoRow
from werkstatt.ui.protocol.panel import NO_DATE, NoteTableModel, ProtocolPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

KINDS = ("decision", "open_point", "next_step")


def notes(workspace, kind: str) -> list[NoteRow]:
    with workspace.reading() as session:
        return notes_query.notes(session, WORKSHOP_ID, kind)


def photos(workspace) -> list[PhotoRow]:
    with workspace.reading() as session:
        return notes_query.photos(session, WORKSHOP_ID)


def shown_texts(panel: ProtocolPanel, kind: str) -> list[str]:
    model = panel.models[kind]
    return [model.index(row, NoteTableModel.COL_TEXT).data() for row in range(model.rowCount())]


@pytest.fixture
def panel(demo_workspace, show_active) -> ProtocolPanel:
    return show_active(ProtocolPanel(demo_workspace), size=(1400, 320))


def png_file(folder: Path, name: str = "tafel.png", size: tuple[int, int] = (320, 200)) -> Path:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#56B4E9"))
    path = folder / name
    assert image.save(str(path), "PNG")
    return path


def jpeg_bytes(folder: Path) -> bytes:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#E69F00"))
    path = folder / "whole.jpg"
    assert image.save(str(path), "JPEG")
    return path.read_bytes()


# --- notes --------------------------------------------------------------------------------------------


def test_the_demo_notes_are_listed_by_kind(panel: ProtocolPanel) -> None:
    for kind in KINDS:
        assert shown_texts(panel, kind) == [text for k, text, *_ in NOTES if k == kind]
    model = panel.models["next_step"]
    first = notes(panel.workspace, "next_step")[0]
    assert model.index(0, NoteTableModel.COL_OWNER).data() == "alle Städte"
    assert model.index(0, NoteTableModel.COL_DUE).data() == first.due_date.strftime("%d.%m.%Y")
    # Text and the agenda item (TOP) it was recorded under; next steps also who and by when.
    assert panel.models["decision"].columnCount() == 2 and model.columnCount() == 4


@pytest.mark.parametrize("kind", KINDS)
def test_a_typed_line_is_added_with_enter_and_undone(panel: ProtocolPanel, qtbot, kind: str) -> None:
    entry = panel.entries[kind]
    focus(qtbot, entry)
    Typist(qtbot, entry).line("Größe der Übergabe prüfen – „dringend“")
    assert notes(panel.workspace, kind)[-1].text == "Größe der Übergabe prüfen – „dringend“"
    assert shown_texts(panel, kind)[-1] == "Größe der Übergabe prüfen – „dringend“"
    assert entry.text() == ""
    assert all(len(notes(panel.workspace, other)) == len([n for n in NOTES if n[0] == other])
               for other in KINDS if other != kind)
    panel.workspace.undo_stack.undo()
    assert [row.text for row in notes(panel.workspace, kind)] == [t for k, t, *_ in NOTES if k == kind]


def test_a_next_step_takes_who_and_by_when(panel: ProtocolPanel, qtbot) -> None:
    panel.entries["next_step"].setText("Scanner für das Bürgerbüro beschaffen")
    focus(qtbot, panel.owner_entry)
    Typist(qtbot, panel.owner_entry).type("Łukasz Çelik")
    panel.due_entry.setDate(QDate(2027, 2, 1))
    focus(qtbot, panel.due_entry)
    qtbot.keyClick(panel.due_entry, Qt.Key.Key_Return)  # Enter in the date field adds as well
    added = notes(panel.workspace, "next_step")[-1]
    assert (added.text, added.owner, added.due_date) == ("Scanner für das Bürgerbüro beschaffen", "Łukasz Çelik",
                                                         dt.date(2027, 2, 1))
    assert panel.owner_entry.text() == "" and panel.due_entry.date() == NO_DATE
    assert panel.models["next_step"].index(2, NoteTableModel.COL_DUE).data() == "01.02.2027"


def test_a_refused_line_stays_with_its_reason(panel: ProtocolPanel, qtbot) -> None:
    entry = panel.entries["decision"]
    focus(qtbot, entry)
    count = panel.workspace.undo_stack.count()
    Typist(qtbot, entry).line("   ")
    assert entry.text() == "   "
    assert panel.sections["decision"].message.text() == tr("NoteEdits", "The note needs a text.")
    assert panel.sections["decision"].message.isVisible()
    assert panel.workspace.undo_stack.count() == count
    assert len(notes(panel.workspace, "decision")) == 2
    Typist(qtbot, entry).line("Doch beschlossen")  # the next good line clears the reason
    assert not panel.sections["decision"].message.isVisible()
    assert notes(panel.workspace, "decision")[-1].text == "Doch beschlossen"


def test_a_cell_is_edited_in_place_and_undone(panel: ProtocolPanel, qtbot) -> None:
    table = panel.tables["open_point"]
    before = notes(panel.workspace, "open_point")[1]
    focus(qtbot, table)
    editor = open_cell_editor(qtbot, table, table.proxy.index(1, NoteTableModel.COL_TEXT))
    editor.selectAll()
    Typist(qtbot, editor).line("Fallzahlen aus Sprockhövel fehlen")
    wait_until_edited(qtbot, table)
    assert notes(panel.workspace, "open_point")[1].text == "Fallzahlen aus Sprockhövel fehlen"
    panel.workspace.undo_stack.undo()
    assert notes(panel.workspace, "open_point")[1] == before


def test_the_due_date_is_edited_in_its_date_field(panel: ProtocolPanel, qtbot) -> None:
    table = panel.tables["next_step"]
    focus(qtbot, table)
    table.setCurrentIndex(table.proxy.index(0, NoteTableModel.COL_DUE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor.parent() is table.viewport()
    assert editor.date() == QDate(notes(panel.workspace, "next_step")[0].due_date)
    editor.setDate(NO_DATE)  # the lowest date reads "no date"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_until_edited(qtbot, table)
    assert notes(panel.workspace, "next_step")[0].due_date is None


def test_an_empty_cell_text_is_refused_and_the_note_kept(panel: ProtocolPanel, qtbot) -> None:
    model = panel.models["decision"]
    failures: list[str] = []
    panel.workspace.failed.connect(failures.append)
    assert not model.setData(model.index(0, 0), "  ")
    assert failures == [tr("NoteEdits", "The note needs a text.")]
    assert notes(panel.workspace, "decision")[0].text == NOTES[0][1]


def test_a_due_date_is_changed_and_taken_away(panel: ProtocolPanel) -> None:
    model = panel.models["next_step"]
    due = model.index(1, NoteTableModel.COL_DUE)
    original = notes(panel.workspace, "next_step")[1].due_date
    assert model.setData(due, QDate(2027, 3, 15))
    assert notes(panel.workspace, "next_step")[1].due_date == dt.date(2027, 3, 15)
    assert model.setData(due, NO_DATE)  # the date field's "no date"
    assert notes(panel.workspace, "next_step")[1].due_date is None
    assert model.index(1, NoteTableModel.COL_DUE).data() == ""
    count = panel.workspace.undo_stack.count()
    assert model.setData(due, NO_DATE)  # unchanged: no empty undo step
    assert panel.workspace.undo_stack.count() == count
    panel.workspace.undo_stack.undo()
    panel.workspace.undo_stack.undo()
    assert notes(panel.workspace, "next_step")[1].due_date == original


def test_del_deletes_the_selected_note_and_undo_brings_it_back(panel: ProtocolPanel, qtbot) -> None:
    table = panel.tables["decision"]
    victim = notes(panel.workspace, "decision")[0]
    focus(qtbot, table)
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [row.id for row in notes(panel.workspace, "decision")] == [notes(panel.workspace, "decision")[0].id]
    assert victim.id not in {row.id for row in notes(panel.workspace, "decision")}
    assert table.currentIndex().row() == 0  # ready for the next key
    panel.workspace.undo_stack.undo()
    assert notes(panel.workspace, "decision")[0] == victim
    assert shown_texts(panel, "decision")[0] == victim.text


def test_several_selected_notes_go_as_one_undo_step(panel: ProtocolPanel, qtbot) -> None:
    table = panel.tables["next_step"]
    focus(qtbot, table)
    table.selectAll()
    delete_as_one_undo_step(qtbot, table, panel.workspace)
    assert notes(panel.workspace, "next_step") == []
    panel.workspace.undo_stack.undo()
    assert len(notes(panel.workspace, "next_step")) == 2


def test_without_a_workshop_the_lists_are_empty_and_nothing_can_be_added(panel: ProtocolPanel, tmp_path) -> None:
    panel.workspace.open_workshop(None)
    assert all(panel.models[kind].rowCount() == 0 for kind in KINDS)
    assert panel.photo_model.rowCount() == 0
    assert not panel.entries["decision"].isEnabled() and not panel.add_photo_action.isEnabled()
    assert not panel.add_photo_file(png_file(tmp_path))
    panel.workspace.open_workshop(WORKSHOP_ID)
    assert shown_texts(panel, "decision") == [text for k, text, *_ in NOTES if k == "decision"]
    assert panel.entries["decision"].isEnabled()


# --- photos -------------------------------------------------------------------------------------------


def test_the_demo_photo_is_listed_with_its_thumbnail(panel: ProtocolPanel) -> None:
    index = panel.photo_model.index(0, 0)
    assert index.data() == "Die Pinnwand nach der Punktabfrage"
    thumbnail = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(thumbnail, QPixmap) and not thumbnail.isNull()
    assert max(thumbnail.width(), thumbnail.height()) == panel.photo_model.side


def test_a_png_file_is_added_with_its_thumbnail_and_undone(panel: ProtocolPanel, tmp_path: Path) -> None:
    assert panel.add_photo_file(png_file(tmp_path))
    rows = photos(panel.workspace)
    assert len(rows) == 2
    assert (rows[1].media_type, rows[1].width, rows[1].height) == ("image/png", 320, 200)
    thumbnail = panel.photo_model.index(1, 0).data(Qt.ItemDataRole.DecorationRole)
    assert (thumbnail.width(), thumbnail.height()) == (panel.photo_model.side, panel.photo_model.side * 200 // 320)
    assert QColor(thumbnail.toImage().pixel(5, 5)) == QColor("#56B4E9")
    assert panel.photo_view.currentIndex().row() == 1  # ready for its caption
    panel.workspace.undo_stack.undo()
    assert len(photos(panel.workspace)) == 1 and panel.photo_model.rowCount() == 1


def test_a_new_photo_opens_its_caption_for_typing(panel: ProtocolPanel, qtbot, tmp_path: Path) -> None:
    assert panel.add_photo_file(png_file(tmp_path))
    qtbot.waitUntil(lambda: panel.photo_view.state() == QAbstractItemView.State.EditingState)
    Typist(qtbot, None).line("Flipchart „Ideen“ – Seite 2")  # whatever has the focus: the caption editor
    qtbot.waitUntil(lambda: panel.photo_view.state() != QAbstractItemView.State.EditingState)
    assert photos(panel.workspace)[1].caption == "Flipchart „Ideen“ – Seite 2"
    assert panel.photo_model.index(1, 0).data() == "Flipchart „Ideen“ – Seite 2"


def test_several_photos_are_deleted_as_one_undo_step(panel: ProtocolPanel, qtbot, tmp_path: Path) -> None:
    assert panel.add_photo_file(png_file(tmp_path))
    view = panel.photo_view
    focus(qtbot, view)
    view.selectAll()
    delete_as_one_undo_step(qtbot, view, panel.workspace)
    assert photos(panel.workspace) == []
    panel.workspace.undo_stack.undo()
    assert len(photos(panel.workspace)) == 2


def test_the_caption_is_edited_in_place(panel: ProtocolPanel, qtbot) -> None:
    view = panel.photo_view
    focus(qtbot, view)
    editor = open_cell_editor(qtbot, view, panel.photo_model.index(0, 0))
    editor.selectAll()
    Typist(qtbot, editor).line("Pinnwand „Schwachstellen“ – Stand 15 Uhr")
    wait_until_edited(qtbot, view)
    assert photos(panel.workspace)[0].caption == "Pinnwand „Schwachstellen“ – Stand 15 Uhr"
    panel.workspace.undo_stack.undo()
    assert photos(panel.workspace)[0].caption == "Die Pinnwand nach der Punktabfrage"


def test_del_deletes_the_photo_and_undo_brings_it_back(panel: ProtocolPanel, qtbot) -> None:
    view = panel.photo_view
    focus(qtbot, view)
    view.setCurrentIndex(panel.photo_model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert photos(panel.workspace) == [] and panel.photo_model.rowCount() == 0
    panel.workspace.undo_stack.undo()
    assert len(photos(panel.workspace)) == 1
    assert not panel.photo_model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()


def _refused(panel: ProtocolPanel, path: Path) -> str:
    count, before = panel.workspace.undo_stack.count(), photos(panel.workspace)
    assert not panel.add_photo_file(path)
    assert photos(panel.workspace) == before and panel.photo_model.rowCount() == len(before)
    assert panel.workspace.undo_stack.count() == count
    assert panel.photo_section.message.isVisible()
    return panel.photo_section.message.text()


def test_a_text_file_named_png_is_refused(panel: ProtocolPanel, tmp_path: Path) -> None:
    path = tmp_path / "notizen.png"
    path.write_text("Das ist kein Bild.\n", encoding="utf-8")
    assert _refused(panel, path) == tr("Photos", "This file is not a PNG or JPEG picture.")


def test_an_empty_file_is_refused(panel: ProtocolPanel, tmp_path: Path) -> None:
    path = tmp_path / "leer.jpg"
    path.write_bytes(b"")
    assert _refused(panel, path) == tr("Photos", "This file is not a PNG or JPEG picture.")


def test_a_jpeg_cut_off_in_its_header_is_refused(panel: ProtocolPanel, tmp_path: Path) -> None:
    path = tmp_path / "kaputt.jpg"
    path.write_bytes(jpeg_bytes(tmp_path)[:20])
    assert _refused(panel, path) == tr("NoteEdits", "The JPEG picture is damaged: its size cannot be read.")


@pytest.mark.parametrize("part", [0.3, 0.5, 0.9])
def test_a_jpeg_cut_off_in_its_image_data_is_refused(panel: ProtocolPanel, tmp_path: Path, part: float) -> None:
    data = jpeg_bytes(tmp_path)
    path = tmp_path / "halb.jpg"
    path.write_bytes(data[:int(len(data) * part)])
    # AddPhoto itself finds the missing end, so the command line and the window say the same
    assert _refused(panel, path) == tr("NoteEdits", "The picture is cut off: the file ends before the image does. "
                                                "Please copy it again from the camera or the phone.")


def test_a_missing_file_is_refused(panel: ProtocolPanel, tmp_path: Path) -> None:
    message = _refused(panel, tmp_path / "weg.png")
    assert message == tr("NoteEdits", "The file “{name}” does not exist (any more).", name="weg.png")


def test_a_folder_is_refused(panel: ProtocolPanel, tmp_path: Path) -> None:
    folder = tmp_path / "fotos.png"
    folder.mkdir()
    assert _refused(panel, folder) == tr("NoteEdits", "“{name}” is a folder, not a picture.", name="fotos.png")


def test_a_too_large_file_is_refused_without_reading_all_of_it(panel: ProtocolPanel, tmp_path: Path) -> None:
    path = png_file(tmp_path)
    with path.open("r+b") as file:
        file.truncate(MAX_PHOTO_BYTES + 4096)  # a sparse file: large on paper, cheap on disk
    message = _refused(panel, path)
    assert message == tr("NoteEdits", "The photo is larger than {limit} MB; please make it smaller first.",
                         limit=MAX_PHOTO_BYTES // (1024 * 1024))


def test_after_a_refusal_a_good_file_is_added_and_the_message_goes(panel: ProtocolPanel, tmp_path: Path) -> None:
    _refused(panel, tmp_path / "weg.png")
    assert panel.add_photo_file(png_file(tmp_path))
    assert not panel.photo_section.message.isVisible()


# --- the models ---------------------------------------------------------------------------------------


def test_the_table_models_pass_the_model_tester(panel: ProtocolPanel, qtmodeltester, tmp_path: Path) -> None:
    panel.add_photo_file(png_file(tmp_path))
    for kind in KINDS:
        qtmodeltester.check(panel.models[kind])
    qtmodeltester.check(panel.photo_model)
    panel.workspace.open_workshop(None)
    for kind in KINDS:
        qtmodeltester.check(panel.models[kind])
    qtmodeltester.check(panel.photo_model)
