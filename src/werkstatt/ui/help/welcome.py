"""The welcome on the very first start: an empty database is offered the demo workshop, once, in a
box over the main window (its parent), not in the middle of the desktop."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from werkstatt.demo import create_demo
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.read.workshops import workshop_count
from werkstatt.ui.settings import DEMO_OFFERED, Settings
from werkstatt.ui.workspace import Workspace


def offer_demo_on_first_start(parent: QWidget | None, workspace: Workspace, settings: Settings) -> str | None:
    """On the very first start with an empty database, offer the demo workshop (once).

    Returns the id of the demo workshop when the user took it (and it is then the most recent
    workshop), otherwise None; the caller then shows the workshop manager or what was open last.
    """
    if settings.get(DEMO_OFFERED):
        return None
    with workspace.reading() as session:
        if workshop_count(session):
            return None
    settings.set(DEMO_OFFERED, True)
    box = QMessageBox(QMessageBox.Icon.Question, tr("Welcome", "Welcome to Werkstatt"),
                      tr("Welcome", "There is no workshop yet. Shall Werkstatt create the demo workshop "
                                            "„Prozesswerkstatt Führerscheinantrag“ to look around in?"),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(tr("Welcome", "Create demo workshop"))
    box.button(QMessageBox.StandardButton.No).setText(tr("Welcome", "Start empty"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return None
    try:
        workshop_id, _created = create_demo(workspace.store)
    except WerkstattError as error:
        QMessageBox.warning(parent, tr("Welcome", "Demo workshop"), error.message)
        return None
    workspace.changed_outside()
    settings.remember_workshop(workshop_id)
    return workshop_id
