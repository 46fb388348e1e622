"""What the protocol lists at its end: decisions, open points, next steps, and photos of the boards.

The facilitator types a line and presses Enter; the line is one ``AddNote`` on the undo stack, and a
refused line stays in its field with the sentence that says why. Cells edit in place (F2), Del
deletes, a photo is read from a file and checked before anything is stored. The tables read through
``werkstatt.read.notes`` after every change and write only through ``workspace.try_apply``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from werkstatt.edits import Edit, Macro
from werkstatt.edits.notes import (
    AddNote,
    AddPhoto,
    delete_note,
    delete_photo,
    edit_photo_caption,
    image_is_complete,
    note_change,
    read_photo_file,
)
from werkstatt.edits.records import SetNoteAgendaItem
from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.read import notes as notes_query
from werkstatt.read.notes import NoteRow, PhotoRow
from werkstatt.read.workshops import agenda_choices, note_items
from werkstatt.store.changes import Changes
from werkstatt.ui.common.edits import apply_or_explain
from werkstatt.ui.common.locale import qt_date_format
from werkstatt.ui.common.roles import ROW_ROLE, SORT_ROLE
from werkstatt.ui.common.rows import StoreRowsModel
from werkstatt.ui.findings.table import FindingsTable
from werkstatt.ui.protocol.note_agenda import CHOICES_ROLE, AgendaItemDelegate
from werkstatt.ui.workspace import Workspace

NO_DATE = QDate(2000, 1, 1)  # a date field's minimum stands for "no due date"
Index = QModelIndex | QPersistentModelIndex


def kind_texts() -> dict[str, tuple[str, str]]:
    """Title and entry prompt of each list, in the order of the protocol."""
    return {"decision": (tr("ProtocolPanel", "Decisions"), tr("ProtocolPanel", "New decision – Enter saves")),
            "open_point": (tr("ProtocolPanel", "Open points"), tr("ProtocolPanel", "New open point – Enter saves")),
            "next_step": (tr("ProtocolPanel", "Ne&xt steps"), tr("ProtocolPanel", "New next step – Enter saves"))}


def _python_date(value: QDate) -> dt.date | None:
    return value.toPython() if isinstance(value, QDate) and value.isValid() and value != NO_DATE else None


class _Rows(StoreRowsModel):
    """The workshop's rows (none without a workshop); the findings tables' reading and refreshing."""

    FOLLOWS_MODEL = False  # the workshop's notes and photos are the same whichever model is open

    def read(self) -> list[Any]:
        workshop_id = self.workspace.workshop_id
        return self.read_workshop(workshop_id) if workshop_id else []

    def read_workshop(self, workshop_id: str) -> list[Any]:
        raise NotImplementedError

    def concerns(self, changes: Changes) -> bool:
        return changes.touches("workshop_notes", "workshop_photos", "agenda_items", "workshops")

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags


class NoteTableModel(_Rows):
    """The notes of one kind; next steps also show who takes them on and by when; the last column
    (``col_top``) is the agenda item (TOP) the note was recorded under."""

    COL_TEXT, COL_OWNER, COL_DUE = range(3)
    FIELDS = ("text", "owner", "due_date")

    def __init__(self, workspace: Workspace, kind: str, parent: QObject | None = None) -> None:
        self.kind = kind
        self.col_top = 3 if kind == "next_step" else 1
        self.agenda: list[tuple[str, str]] = []  # (item id, "TOP n: title"), read with the rows
        self.assigned: dict[str, str] = {}  # note id -> agenda item id
        super().__init__(workspace, parent)

    def read_workshop(self, workshop_id: str) -> list[NoteRow]:
        with self.workspace.reading() as session:
            self.agenda = agenda_choices(session, workshop_id)
            self.assigned = dict(note_items(session, workshop_id))
            return notes_query.notes(session, workshop_id, self.kind)

    def headers(self) -> tuple[str, ...]:
        top = tr("ProtocolPanel", "TOP")
        if self.kind != "next_step":
            return tr("ProtocolPanel", "Text"), top
        return tr("ProtocolPanel", "Text"), tr("ProtocolPanel", "Who"), tr("ProtocolPanel", "By when"), top

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row: NoteRow = self.rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if column == self.col_top:
            return self._top_data(row, role)
        if column == self.COL_DUE:
            if role == Qt.ItemDataRole.DisplayRole:
                return QDate(row.due_date).toString(qt_date_format()) if row.due_date else ""
            if role == Qt.ItemDataRole.EditRole:
                return QDate(row.due_date) if row.due_date else NO_DATE
            if role == SORT_ROLE:
                return row.due_date.isoformat() if row.due_date else "9999"  # undated ones last
            return None
        value = row.text if column == self.COL_TEXT else row.owner
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        if role == SORT_ROLE:
            return index.row() if column == self.COL_TEXT else value.casefold()  # text: the order of the room
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TEXT:
            return row.text
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self.rows):
            return False
        if index.column() == self.col_top:
            note_id, item_id = self.rows[index.row()].id, str(value or "") or None
            return self.apply(lambda: None if self.assigned.get(note_id) == item_id
                               else SetNoteAgendaItem(note_id, item_id))
        field = self.FIELDS[index.column()]
        new = _python_date(value) if field == "due_date" else value
        return self.apply(lambda: note_change(self.rows[index.row()], field, new))


    def _top_data(self, row: NoteRow, role: int) -> Any:
        item_id = self.assigned.get(row.id, "")
        if role == Qt.ItemDataRole.EditRole:
            return item_id
        if role == CHOICES_ROLE:
            return self.agenda
        labels = dict(self.agenda)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return labels.get(item_id, "")
        if role == SORT_ROLE:  # in agenda order, notes under no item last
            order = [choice_id for choice_id, _label in self.agenda]
            return order.index(item_id) if item_id in order else len(order)
        return None


class PhotoTableModel(_Rows):
    """The photos of the workshop: caption (editable) with a thumbnail decoded once per photo."""

    def __init__(self, workspace: Workspace, side: int, parent: QObject | None = None) -> None:
        self.side = side
        self._thumbnails: dict[str, QPixmap] = {}
        super().__init__(workspace, parent)

    def read_workshop(self, workshop_id: str) -> list[PhotoRow]:
        with self.workspace.reading() as session:
            rows = notes_query.photos(session, workshop_id)
            for row in rows:
                if row.id not in self._thumbnails:  # a photo's picture never changes, only its caption
                    pixmap = QPixmap()
                    pixmap.loadFromData(notes_query.photo_data(session, row.id))
                    self._thumbnails[row.id] = pixmap if pixmap.isNull() else pixmap.scaled(
                        self.side, self.side, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)
        return rows

    def headers(self) -> tuple[str, ...]:
        return (tr("ProtocolPanel", "Caption"),)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row: PhotoRow = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return row.caption or tr("ProtocolPanel", "(no caption; F2 adds one)")
        if role == Qt.ItemDataRole.EditRole:
            return row.caption
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnails.get(row.id, QPixmap())
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = "PNG" if row.media_type == "image/png" else "JPEG"
            return tr("ProtocolPanel", "{kind} picture, {width} × {height} pixels", kind=kind, width=row.width,
                      height=row.height)
        if role == Qt.ItemDataRole.FontRole and not row.caption:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self.rows):
            return False
        row: PhotoRow = self.rows[index.row()]
        caption = str(value or "").strip()
        return self.apply(lambda: None if caption == row.caption else edit_photo_caption(row.id, caption))


class DueDateDelegate(QStyledItemDelegate):
    """A date field whose lowest value reads "no date", so a due date can be taken away again."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return due_date_edit(parent)  # the item delegate reads and writes its date (the user property)


def due_date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat(qt_date_format())
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(tr("ProtocolPanel", "no date"))
    edit.setDate(NO_DATE)
    edit.setAccessibleName(tr("ProtocolPanel", "By when"))
    return edit


class _Section(QWidget):
    """A title, a view, an entry area and a message line that says why input was refused."""

    def __init__(self, title: str, view: QAbstractItemView, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.title = QLabel(title, self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("ProtocolPanel", "Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(2, 0, 2, 0)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(view, 1)

    def finish(self) -> None:
        self.layout_.addWidget(self.message)

    def explain(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))


class ProtocolPanel(QWidget):
    """Decisions, open points, next steps and photos of the open workshop, side by side.

    Keys: Enter in an entry line adds it; in a table or the photo list F2 edits and Del deletes.
    ``add_photo_action`` ("Add photo…") opens a file dialog; ``add_photo_file`` does the same for a path.
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.models: dict[str, NoteTableModel] = {}
        self.tables: dict[str, FindingsTable] = {}
        self.entries: dict[str, QLineEdit] = {}
        self.sections: dict[str, _Section] = {}
        self.delete_note_actions: dict[str, QAction] = {}
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for kind, (title, prompt) in kind_texts().items():
            splitter.addWidget(self._note_section(kind, title, prompt))
        splitter.addWidget(self._photo_section())
        splitter.setChildrenCollapsible(False)
        for number, stretch in enumerate((2, 2, 3, 2)):  # next steps have three columns
            splitter.setStretchFactor(number, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setFocusProxy(self.entries["decision"])
        self._last_folder = ""
        workspace.workshop_changed.connect(self._workshop_changed)
        self._workshop_changed(workspace.workshop_id or "")

    # --- building ------------------------------------------------------------------------------------

    def _note_section(self, kind: str, title: str, prompt: str) -> QWidget:
        model = self.models[kind] = NoteTableModel(self.workspace, kind, self)
        table = self.tables[kind] = FindingsTable(model, title.replace("&", ""), NoteTableModel.COL_TEXT, self)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed)
        table.setWordWrap(True)  # a decision is a sentence; the column is narrow
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setItemDelegateForColumn(model.col_top, AgendaItemDelegate(table))
        if kind == "next_step":
            table.setItemDelegateForColumn(NoteTableModel.COL_DUE, DueDateDelegate(table))
            table.horizontalHeader().setSectionResizeMode(NoteTableModel.COL_DUE,
                                                          QHeaderView.ResizeMode.ResizeToContents)  # never "17.12.2…"
        self.delete_note_actions[kind] = self._action(table, tr("ProtocolPanel", "Delete"),
                                                      lambda: self.delete_notes(kind))
        section = self.sections[kind] = _Section(title, table, self)
        entry = self.entries[kind] = QLineEdit(section)
        entry.setAccessibleName(tr("ProtocolPanel", "New entry: {list}", list=title.replace("&", "")))
        entry.setPlaceholderText(prompt)
        entry.returnPressed.connect(lambda: self.add_note(kind))
        section.title.setBuddy(entry)
        section.layout_.addWidget(entry)
        if kind == "next_step":
            self.owner_entry = QLineEdit(section)
            self.owner_entry.setAccessibleName(tr("ProtocolPanel", "Who"))
            self.owner_entry.setPlaceholderText(tr("ProtocolPanel", "Who takes it on"))
            self.owner_entry.returnPressed.connect(lambda: self.add_note(kind))
            self.due_entry = due_date_edit(section)
            self.due_entry.lineEdit().returnPressed.connect(lambda: self.add_note(kind))
            row = QHBoxLayout()
            row.addWidget(self.owner_entry, 1)
            row.addWidget(self.due_entry)
            section.layout_.addLayout(row)
        section.finish()
        return section

    def _photo_section(self) -> QWidget:
        side = self.fontMetrics().height() * 5
        self.photo_model = PhotoTableModel(self.workspace, side, self)
        self.photo_view = QListView(self)
        self.photo_view.setModel(self.photo_model)
        self.photo_view.setAccessibleName(tr("ProtocolPanel", "Photos"))
        self.photo_view.setIconSize(QSize(side, side))
        self.photo_view.setWordWrap(True)
        self.photo_view.setSpacing(2)
        self.photo_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.photo_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.delete_photo_action = self._action(self.photo_view, tr("ProtocolPanel", "Delete photo"),
                                                self.delete_photos)
        section = self.photo_section = _Section(tr("ProtocolPanel", "Photos"), self.photo_view, self)
        section.title.setBuddy(self.photo_view)
        self.add_photo_action = QAction(tr("ProtocolPanel", "Add photo…"), self)
        self.add_photo_action.triggered.connect(lambda _checked=False: self.choose_photo())
        buttons = QHBoxLayout()
        for action in (self.add_photo_action, self.delete_photo_action):
            button = QToolButton(section)
            button.setDefaultAction(action)
            button.setAccessibleName(action.text().rstrip("…"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        section.layout_.addLayout(buttons)
        section.finish()
        return section

    def _action(self, view: QWidget, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # not while a cell editor has the key
        action.triggered.connect(lambda _checked=False: slot())
        view.addAction(action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return action

    def _workshop_changed(self, workshop_id: str) -> None:
        for widget in (*self.entries.values(), self.owner_entry, self.due_entry):
            widget.setEnabled(bool(workshop_id))
        self.add_photo_action.setEnabled(bool(workshop_id))
        for section in (*self.sections.values(), self.photo_section):
            section.explain("")

    # --- notes ---------------------------------------------------------------------------------------

    def add_note(self, kind: str) -> bool:
        """Store the typed line as a note of ``kind``; a refused line stays, with the reason below it."""
        section, entry = self.sections[kind], self.entries[kind]
        if not self.workspace.workshop_id:
            section.explain(tr("ProtocolPanel", "Open a workshop first."))
            return False
        owner = self.owner_entry.text() if kind == "next_step" else ""
        due = _python_date(self.due_entry.date()) if kind == "next_step" else None
        workshop_id = self.workspace.workshop_id
        if not apply_or_explain(self.workspace, lambda: AddNote(workshop_id, kind, entry.text(), owner, due),
                                section.explain):
            return False
        section.explain("")
        entry.clear()
        if kind == "next_step":
            self.owner_entry.clear()
            self.due_entry.setDate(NO_DATE)
        self.tables[kind].scrollToBottom()
        return True

    def delete_notes(self, kind: str) -> bool:
        ids = self.tables[kind].selected_ids()
        return self._delete(ids, delete_note, tr("ProtocolPanel", "Delete {n} notes", n=len(ids)))

    # --- photos --------------------------------------------------------------------------------------

    def choose_photo(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("ProtocolPanel", "Add photo"), self._last_folder,
            tr("ProtocolPanel", "Pictures (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)"))
        if not path:
            return False
        self._last_folder = str(Path(path).parent)
        return self.add_photo_file(Path(path))

    def add_photo_file(self, path: Path) -> bool:
        """Read a PNG or JPEG file and store it as a photo of the workshop; refused files store nothing."""
        section = self.photo_section
        workshop_id = self.workspace.workshop_id
        if not workshop_id:
            section.explain(tr("ProtocolPanel", "Open a workshop first."))
            return False
        before = {row.id for row in self.photo_model.rows}
        if not apply_or_explain(self.workspace, lambda: checked_photo(workshop_id, read_photo_file(path)),
                                section.explain):
            return False
        section.explain("")
        added = [number for number, row in enumerate(self.photo_model.rows) if row.id not in before]
        if added:
            index = self.photo_model.index(added[0], 0)
            self.photo_view.setCurrentIndex(index)
            if self.photo_view.isVisible():
                self.photo_view.edit(index)  # the caption is what the room will read in the protocol
        return True

    def delete_photos(self) -> bool:
        view = self.photo_view
        indexes = view.selectionModel().selectedRows() or ([view.currentIndex()] if view.currentIndex().isValid()
                                                           else [])
        ids = [index.data(ROW_ROLE).id for index in sorted(indexes, key=lambda index: index.row())]
        return self._delete(ids, delete_photo, tr("ProtocolPanel", "Delete {n} photos", n=len(ids)))

    # --- shared --------------------------------------------------------------------------------------

    def _delete(self, ids: list[str], make: Callable[[str], Edit], text: str) -> bool:
        """Several selected rows go in one transaction and one undo step."""
        if not ids:
            return False
        return self.workspace.try_apply(make(ids[0]) if len(ids) == 1 else Macro(text, [make(i) for i in ids]))


def checked_photo(workshop_id: str, data: bytes) -> AddPhoto:
    """The AddPhoto for ``data`` if the whole picture is there and Qt can show it; else EditError."""
    edit = AddPhoto(workshop_id, data)
    if not image_is_complete(data) or not QPixmap().loadFromData(data):
        raise EditError(tr("ProtocolPanel", "The picture is damaged or incomplete; please copy it again."))
    return edit

