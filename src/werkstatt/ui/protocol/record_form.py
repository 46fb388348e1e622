"""The protocol fields of the open workshop on its setup page: Protokollführung, Verteiler, Aktenzeichen,
next meeting, and whether the protocol is final (else it says "Entwurf").

Like the workshop's other fields, each one is saved as one undoable edit when the user leaves it,
through the setup panel's ``commit``; a refused value stays in its field with the sentence below the
form. Reading again (after any change anywhere) never overwrites a field being typed in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from werkstatt.edits.workshops import clean_distribution
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.read.workshops import WorkshopDetail
from werkstatt.ui.common.lines_edit import LinesEdit

# (field, value, the line edit it came from or None); the setup panel's _commit
Commit = Callable[[str, Any, QLineEdit | None], None]


class ProtocolRecordBox(QGroupBox):
    """The fields; ``fill`` shows a workshop's values, leaving alone the field that is being typed in."""

    def __init__(self, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(tr("ProtocolRecord", "Protocol"), parent)
        self._commit = commit
        self._shown_distribution = ""
        # Few letters are left for Alt on the workshop page (menus, form, groups): not every field gets one.
        form = QFormLayout(self)
        self.minute_taker_edit = self._line(form, tr("ProtocolRecord", "Minutes taken b&y:"),
                                            tr("ProtocolRecord", "Minute taker"), "minute_taker")
        self.distribution_edit = LinesEdit()
        self.distribution_edit.setTabChangesFocus(True)
        self.distribution_edit.setMaximumHeight(self.distribution_edit.fontMetrics().lineSpacing() * 5)
        self.distribution_edit.setAccessibleName(tr("ProtocolRecord", "Distribution list"))
        self.distribution_edit.setPlaceholderText(tr("ProtocolRecord", "One recipient per line"))
        self.distribution_edit.editingFinished.connect(self._distribution_finished)
        form.addRow(tr("ProtocolRecord", "Distri&bution:"), self.distribution_edit)
        self.file_reference_edit = self._line(form, tr("ProtocolRecord", "File reference:"),
                                              tr("ProtocolRecord", "File reference"), "file_reference")
        self.file_reference_edit.setPlaceholderText(tr("ProtocolRecord", "optional"))
        self.next_meeting_edit = self._line(form, tr("ProtocolRecord", "Next meeting:"),
                                            tr("ProtocolRecord", "Next meeting"), "next_meeting")
        self.next_meeting_edit.setPlaceholderText(tr("ProtocolRecord", "Date, time and place"))
        self.final_box = QCheckBox(tr("ProtocolRecord", "Protocol finali&zed (no longer a draft)"))
        self.final_box.setAccessibleName(tr("ProtocolRecord", "Protocol is final"))
        self.final_box.clicked.connect(lambda checked: self._commit("protocol_final", bool(checked), None))
        form.addRow(self.final_box)

    def _line(self, form: QFormLayout, label: str, name: str, field: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(name)
        line.editingFinished.connect(lambda: self._commit(field, line.text(), line))
        form.addRow(label, line)
        return line

    def _distribution_finished(self) -> None:
        typed = self.distribution_edit.toPlainText()
        try:
            value = clean_distribution(typed)
        except WerkstattError:
            value = typed  # the edit refuses it again and says why; the text stays
        if value != self._shown_distribution:
            self._commit("distribution", value, None)

    def fill(self, detail: WorkshopDetail) -> None:
        for line, value in ((self.minute_taker_edit, detail.minute_taker),
                            (self.file_reference_edit, detail.file_reference),
                            (self.next_meeting_edit, detail.next_meeting)):
            if not (line.hasFocus() and line.isModified()):  # never overwrite what is being typed
                line.setText(value)
        self._shown_distribution = detail.distribution
        if not self.distribution_edit.hasFocus():
            self.distribution_edit.setPlainText(detail.distribution)
        self.final_box.setChecked(detail.protocol_final)
