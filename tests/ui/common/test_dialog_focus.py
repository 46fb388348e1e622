"""Every dialog of the application opens with the keyboard in an input field, never on a button.

A button with the focus is pressed by Space: typing "Neue Werkstatt" into a dialog that opened on
its OK button pressed OK at the first space, and the text was gone. The dialogs are listed one by
one below; a guard reads src/werkstatt/ui and fails when a dialog class or a QInputDialog call
appears that the list does not open.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QWidget,
)

from helpers.paths import REPO
from helpers.typist import Typist
from werkstatt.capture import catalogue
from werkstatt.demo import MODEL_ID, WORKSHOP_ID

UI = REPO / "src" / "werkstatt" / "ui"
INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QDateEdit)
CHOOSERS = (QTableView, QListView)  # for dialogs whose whole job is to pick one entry

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(demo_workspace, qtbot):
    from werkstatt.ui.main_window import MainWindow
    from werkstatt.ui.settings import Settings

    main = MainWindow(demo_workspace, Settings(), catalogue.load_default())
    qtbot.addWidget(main)
    main.show()
    main.open_workshop(WORKSHOP_ID)
    main.open_model(MODEL_ID)
    return main


def first_step(workspace) -> str:
    view = workspace.view()
    return next(step.id for step in view.steps if step.kind == "task")


# --- what opens each dialog ------------------------------------------------------------------------
# name -> (opens the dialog and returns it, or None when it is modal and caught while it runs;
#          the widget types its first focus may have besides the input fields)

def _pain_point(window):
    from werkstatt.ui.findings.dialogs import PainPointDialog

    return PainPointDialog(window.workspace, window)


def _measure(window):
    from werkstatt.ui.findings.dialogs import MeasureDialog

    return MeasureDialog(window.workspace, window)


def _links(window):
    from werkstatt.edits import AddMeasure
    from werkstatt.ui.findings.dialogs import LinkDialog

    workspace = window.workspace
    edit = workspace.apply(AddMeasure("Online-Antrag", workshop_id=workspace.workshop_id, model_id=workspace.model_id))
    return LinkDialog(workspace, edit.measure_id, window)


def _conflicts(window):
    from werkstatt.ui.register.conflict_dialog import ConflictDialog

    return ConflictDialog(window.workspace, window)


def _process_map(window):
    from werkstatt.ui.register.map_dialog import ProcessMapDialog

    return ProcessMapDialog(window.workspace.store, window)


def _protocol(window):
    from werkstatt.ui.protocol.export import ProtocolOptionsDialog

    return ProtocolOptionsDialog(Path.home() / "Protokoll.pdf", window)


def _rates(window):
    from werkstatt.ui.analysis.rates_dialog import RatesDialog

    return RatesDialog(window.workspace, window)


def _guide(window):
    from werkstatt.ui.help.guide import UserGuideDialog

    return UserGuideDialog(window)


def _crash(window):
    from werkstatt.ui.crash import CrashDialog

    return CrashDialog("Traceback (most recent call last):\n  …\nValueError", None, window)


def _room(window):
    from werkstatt.ui.projector.room import RoomDialog

    return RoomDialog(12.0, 2.0, 1080, window)


def _new_round(window):
    from werkstatt.ui.voting.dialogs import NewRoundDialog

    return NewRoundDialog(window.workspace, window)


def _message(window):
    from werkstatt.ui.phones.inbox import Message, MessageDialog

    return MessageDialog(Message("m1", "pain_point", "waiting", "Der Antrag liegt drei Tage", "Antrag prüfen"),
                         window)


def _network(window):
    from werkstatt.ui.phones.network_choice import NetworkChoice, NetworkDialog

    return NetworkDialog([NetworkChoice("wlan0 – 192.168.178.23", "192.168.178.23")], "", window)


def _password(window):
    from werkstatt.ui.register.sync_dialog import PasswordDialog

    return PasswordDialog("postgresql://witten@register.example/werkstatt", True, window)


def _sync(window):
    from werkstatt.ui.register.sync_dialog import SyncDialog

    return SyncDialog(window.workspace, window)


def _manager(window):
    from werkstatt.ui.workshop.manager import WorkshopManager

    return WorkshopManager(window.workspace, window.settings, window)


def _new_workshop(window):
    manager = _manager(window)
    manager.show()
    return manager.new_workshop()


def _rename_workshop(window):
    manager = _manager(window)
    manager.show()
    return manager.rename_selected()


def _participant(window):
    return window.setup.add_participant()


def _agenda_item(window):
    return window.setup.add_agenda_item()


def _discuss(window):
    return window.setup.discuss_process()


def _link_process(window):
    from werkstatt.ui.workshop.dialogs import LinkProcessDialog

    detail = window.setup.detail
    return LinkProcessDialog(window.workspace, detail.id, detail.agenda[0].id, window)


def _organisations(window):
    from werkstatt.ui.workshop.organisations import OrganisationManager

    return OrganisationManager(window.workspace, window)


def _organisation_form(window):
    from werkstatt.ui.workshop.organisations import OrganisationForm

    return OrganisationForm(window.workspace, None, window)


def _merge_form(window):
    manager = _organisations(window)
    manager.show()
    manager.view.selectRow(0)
    return manager.merge_selected()


def _people(window):
    from werkstatt.ui.workshop.people import PeopleManager

    return PeopleManager(window.workspace, window.settings, window)


def _erase_person(window):
    from werkstatt.ui.workshop.people import ErasePersonDialog

    participant = window.setup.detail.participants[0]
    return ErasePersonDialog(window.workspace, participant.person_id, window)


def _move_to_lane(window):
    window.workspace.select_step(first_step(window.workspace))
    window.capture.move_to_lane()


def _connect_loop(window):
    window.workspace.select_step(first_step(window.workspace))
    window.capture.connect_loop()


def _export_csv(window):
    window.interchange.export_csv()


def _adopting_organisation(window):
    window.register_panel.ask_organisation([("o1", "Stadt Witten"), ("o2", "Stadt Hattingen")])


DIALOGS: dict[str, tuple[Callable, tuple[type, ...]]] = {
    "WorkshopManager": (_manager, ()),
    "FormDialog:new-workshop": (_new_workshop, ()),
    "FormDialog:rename-workshop": (_rename_workshop, ()),
    "ParticipantDialog": (_participant, ()),
    "AgendaItemDialog": (_agenda_item, ()),
    "DiscussProcessDialog": (_discuss, CHOOSERS),
    "LinkProcessDialog": (_link_process, CHOOSERS),
    "OrganisationManager": (_organisations, CHOOSERS),
    "OrganisationForm": (_organisation_form, ()),
    "MergeForm": (_merge_form, ()),
    "PeopleManager": (_people, CHOOSERS),
    "ErasePersonDialog": (_erase_person, ()),
    "PainPointDialog": (_pain_point, ()),
    "MeasureDialog": (_measure, ()),
    "LinkDialog": (_links, CHOOSERS),
    "ConflictDialog": (_conflicts, CHOOSERS),
    # A picture to look at and save: the arrows and Page Up/Down scroll it, nothing is typed.
    "ProcessMapDialog": (_process_map, (QAbstractScrollArea,)),
    "ProtocolOptionsDialog": (_protocol, ()),
    "RatesDialog": (_rates, ()),
    "UserGuideDialog": (_guide, ()),
    "CrashDialog": (_crash, ()),
    "RoomDialog": (_room, ()),
    "NewRoundDialog": (_new_round, ()),
    "MessageDialog": (_message, ()),
    "NetworkDialog": (_network, ()),
    "PasswordDialog": (_password, ()),
    "SyncDialog": (_sync, ()),
    "QInputDialog:capture.panel:move_to_lane": (_move_to_lane, ()),
    "QInputDialog:capture.panel:connect_loop": (_connect_loop, ()),
    "QInputDialog:interchange_actions:export_csv": (_export_csv, ()),
    "QInputDialog:register.panel:ask_organisation": (_adopting_organisation, ()),
}

# Base classes only their subclasses above show.
BASES = {"_EditDialog", "_FormDialog"}


def open_and_look(qtbot, window, name: str) -> tuple[str, type | None, str]:
    """Open the dialog ``name`` as the application does and close it again.

    Returns what had the focus: a problem ("" when the focus was inside the dialog), the focused
    widget's type and its text. Nothing of the dialog is kept: a QInputDialog deletes itself.
    """
    opener, _allowed = DIALOGS[name]
    caught: list[tuple[str, type | None, str]] = []
    # Once this dialog was looked at, the search below stops: left running, it caught the modal
    # dialog of a later test and closed it before that test could look.
    finished: list[bool] = []

    def catch() -> None:  # a modal dialog runs its own loop: look at it from inside and close it
        if finished:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isActiveWindow():
            if isinstance(dialog, QDialog):
                # The offscreen platform activates nothing by itself once an earlier dialog closed
                # (a window manager would): ask for it, as the window manager does for a new dialog.
                dialog.activateWindow()
            QTimer.singleShot(10, catch)
            return
        QTimer.singleShot(50, lambda: look(dialog))  # the focus comes with the activation

    def look(dialog: QDialog) -> None:
        caught.append(describe(dialog))
        dialog.reject()

    QTimer.singleShot(0, catch)
    dialog = opener(window)
    if dialog is not None:
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        qtbot.wait(50)  # the focus comes with the activation
        result = describe(dialog)
        finished.append(True)
        dialog.reject()
        return result
    qtbot.waitUntil(lambda: bool(caught))
    finished.append(True)
    return caught[0]


def describe(dialog: QDialog) -> tuple[str, type | None, str]:
    focused: QWidget | None = QApplication.focusWidget()
    if focused is None or focused.window() is not dialog:
        focused = dialog.focusWidget()
    if focused is None:
        return "nothing has the focus", None, ""
    if focused.window() is not dialog:
        return f"the focus is in {type(focused.window()).__name__}", type(focused), ""
    text = getattr(focused, "text", None)
    return "", type(focused), text() if callable(text) else ""


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_dialog_opens_with_the_focus_in_an_input_field(qtbot, window, name: str) -> None:
    problem, kind, text = open_and_look(qtbot, window, name)
    _opener, allowed = DIALOGS[name]
    assert not problem, f"{name}: {problem}"
    assert kind is not None and issubclass(kind, INPUTS + allowed), f"{name}: {kind.__name__} {text!r}"


def test_typing_a_title_with_spaces_keeps_it_until_enter(qtbot, window) -> None:
    from werkstatt.read.workshops import workshop_summaries
    from werkstatt.ui.workshop.manager import WorkshopManager

    manager = WorkshopManager(window.workspace, window.settings, window)
    qtbot.addWidget(manager)
    manager.show()
    qtbot.waitActive(manager)
    dialog = manager.new_workshop()
    qtbot.waitActive(dialog)
    qtbot.wait(50)
    typist = Typist(qtbot, None)  # types into whatever has the focus, as the keyboard does
    typist.type("Neue Werkstatt Gewerbe")
    line = dialog.form.itemAt(0, dialog.form.ItemRole.FieldRole).widget()
    assert line.text() == "Neue Werkstatt Gewerbe"
    assert dialog.isVisible() and not dialog.error.isVisible()
    with qtbot.waitSignal(manager.workshop_chosen) as chosen:
        typist.key(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    with window.workspace.reading() as session:
        created = [s for s in workshop_summaries(session) if s.id == chosen.args[0]]
    assert [s.title for s in created] == ["Neue Werkstatt Gewerbe"]


def test_a_refused_title_keeps_the_text_and_says_why_in_full(qtbot, window) -> None:
    from werkstatt.ui.workshop.manager import WorkshopManager

    manager = WorkshopManager(window.workspace, window.settings, window)
    qtbot.addWidget(manager)
    manager.show()
    dialog = manager.new_workshop()
    qtbot.waitActive(dialog)
    qtbot.wait(50)
    typist = Typist(qtbot, None)
    typist.type("   ")
    typist.key(Qt.Key.Key_Return)
    line = dialog.form.itemAt(0, dialog.form.ItemRole.FieldRole).widget()
    assert dialog.isVisible() and line.text() == "   " and QApplication.focusWidget() is line
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert dialog.error.text()
    assert dialog.error.heightForWidth(dialog.error.width()) <= dialog.error.height(), "the message is clipped"


# --- the guard -------------------------------------------------------------------------------------


def dialog_classes() -> set[str]:
    """Classes in src/werkstatt/ui that derive, directly or through another one there, from QDialog."""
    bases: dict[str, set[str]] = {}
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
    dialogs = {"QDialog"}
    while True:
        more = {name for name, parents in bases.items() if parents & dialogs} - dialogs
        if not more:
            return dialogs - {"QDialog"}
        dialogs |= more


def input_dialog_sites() -> set[str]:
    """``module:function`` (module dotted below ui/) of every function in src/werkstatt/ui that opens a QInputDialog."""
    sites = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
                    isinstance(n, ast.Name) and n.id == "QInputDialog" for n in ast.walk(node)):
                sites.add(f"{path.relative_to(UI).with_suffix('').as_posix().replace('/', '.')}:{node.name}")
    return sites


def test_every_dialog_of_the_application_is_in_the_list() -> None:
    classes = {name.split(":")[0] for name in DIALOGS if not name.startswith("QInputDialog:")}
    assert dialog_classes() - BASES == classes
    listed_sites = {name.removeprefix("QInputDialog:") for name in DIALOGS if name.startswith("QInputDialog:")}
    assert input_dialog_sites() == listed_sites


def test_the_guard_finds_a_dialog_class_and_an_input_dialog(tmp_path, monkeypatch) -> None:
    module = tmp_path / "extra.py"
    module.write_text("class Base(QDialog):\n    pass\n\n\nclass Extra(Base):\n    pass\n\n\n"
                      "def ask(parent):\n    return QInputDialog.getText(parent, 'a', 'b')\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "UI", tmp_path)
    assert dialog_classes() == {"Base", "Extra"}
    assert input_dialog_sites() == {"extra:ask"}
