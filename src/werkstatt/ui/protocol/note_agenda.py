"""The TOP column of the protocol panel's note tables: under which agenda item a decision, open point or
next step was recorded, chosen from a list of the workshop's agenda items ("(none)": the workshop as a whole).

The note table model keeps the choices and the assignments it read with its rows; the delegate only
shows them in a combo box and hands the chosen id back, which the model applies as one undoable
``SetNoteAgendaItem``.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from werkstatt.i18n import tr
from werkstatt.ui.common.roles import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex
# The role under which the note model offers the agenda items to choose from: [(id, label), …].


def agenda_combo(parent: QWidget | None, choices: list[tuple[str, str]], current: str | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(tr("NoteAgenda", "Agenda item"))
    combo.addItem(tr("NoteAgenda", "(none)"), "")
    for item_id, label in choices:
        combo.addItem(label, item_id)
    combo.setCurrentIndex(max(0, combo.findData(current or "")))
    return combo


class AgendaItemDelegate(QStyledItemDelegate):
    """A combo box of the workshop's agenda items; the model's EditRole is the item's id ("" for none)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = agenda_combo(parent, index.data(CHOICES_ROLE) or [], index.data(Qt.ItemDataRole.EditRole))
        # A choice is made with one click or key: it is applied at once, not when the cell loses focus.
        combo.activated.connect(lambda _number, combo=combo: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)
