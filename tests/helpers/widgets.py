"""What the window tests do to a widget besides showing it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget


def focus(qtbot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def open_cell_editor(qtbot, view: QAbstractItemView, index: QModelIndex) -> QWidget:
    """Start editing the cell at ``index`` with F2, as the keyboard does; the editor, which sits in the view."""
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view and editor.parent() is view.viewport()
    return editor


def wait_until_edited(qtbot, view: QAbstractItemView) -> None:
    """The delegate commits and closes its editor in a queued call: wait for it."""
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def delete_as_one_undo_step(qtbot, view: QAbstractItemView, workspace) -> None:
    """Press Delete on the view's selection: whatever it removes is one step on the undo stack."""
    count = workspace.undo_stack.count()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert workspace.undo_stack.count() == count + 1


def dialog_for(qtbot, panel, view: QAbstractItemView, key: Qt.Key, row: int | None = None):
    """Focus ``view`` (on ``row``, if given) and press ``key`` (Insert, F2): the dialog the panel opened."""
    view.setFocus()
    if row is not None:
        panel._select(view, row)
    qtbot.keyClick(view, key)
    return panel.pending
