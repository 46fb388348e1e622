"""The search half of the register panel: the field and filters, the hits a page at a time, and
whether the library changed at all since the panel last read it.

A register of a Land holds tens of thousands of processes, and every captured step emits
``workspace.data_changed`` (a bare signal). So the panel asks ``library_version`` — a handful of
index lookups — before it searches again, and it fetches the hits in pages of ``PAGE_SIZE``
(``werkstatt.library.search.find_processes`` with ``limit``/``offset``), with "N of M" below them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from werkstatt import i18n
from werkstatt.i18n import tr
from werkstatt.i18n.format import format_number
from werkstatt.library import status_word
from werkstatt.library.product_areas import product_areas
from werkstatt.library.search import ProcessHit, ProcessQuery, count_processes, find_processes
from werkstatt.model import PROCESS_STATUSES, ProcessModel
from werkstatt.read.workshops import ModelRef, all_models
from werkstatt.ui.common.sizing import compact_combo
from werkstatt.ui.register.models import PagedRowsModel, process_columns
from werkstatt.ui.workspace import Workspace

# The window's model choice lists every model only up to this many; a library beyond is found in the panel.
MODEL_CHOICE_LIMIT = 500
# Typing is debounced: fast typing runs one search after the last key, not one per key.
SEARCH_DELAY_MS = 250
PAGE_SIZE = 200

# What the panel shows comes from these; each part is one index lookup (a max over an index), so that
# asking costs the same at 500 and at 20,000 processes:
# - the change numbers SQLite's triggers give every written row of processes and process_models
#   (``local_changes``, index ix_local_changes_seq on (table_name, change_seq));
# - the newest updated_at of the same tables (indexed): a table whose triggers a migration dropped
#   still counts, and a sync numbers what it pulled as already read, so the numbers alone may stand still;
# - organisations (names, filters) and the registers synced with: newest updated_at and highest rowid,
#   so that an insert counts even with a clock set back; every sync writes its register's row;
# - which rows are library rows (sync_rows): its highest rowid only. sync_rows has no index on
#   updated_at (a large share of the file), and a max over it read 200,000 rows (270 ms); owners of
#   existing rows change only in a sync, which the register's row above shows.
LIBRARY_VERSION = text("""
SELECT (SELECT max(change_seq) FROM local_changes WHERE table_name = 'processes'),
       (SELECT max(change_seq) FROM local_changes WHERE table_name = 'process_models'),
       (SELECT max(updated_at) FROM processes), (SELECT max(rowid) FROM processes),
       (SELECT max(updated_at) FROM process_models), (SELECT max(rowid) FROM process_models),
       (SELECT max(updated_at) FROM organisations), (SELECT max(rowid) FROM organisations),
       (SELECT max(rowid) FROM sync_rows),
       (SELECT max(updated_at) FROM sync_registers), (SELECT max(rowid) FROM sync_registers)
""")


def library_version(session: Session) -> tuple[Any, ...]:
    """A value that changes whenever what the register panel shows may have changed, and not otherwise:
    an edit of a step, a lane, a pain point or a vote leaves it as it was."""
    return tuple(session.execute(LIBRARY_VERSION).one())


def offered_models(session: Session) -> list[ModelRef]:
    """Every live model, for the window's model choice when no workshop names any — unless the library
    is large: 30,000 entries in a combo box help nobody, and reading them took seconds at every start
    and at every edit. Then the choice stays empty and the register panel is the way to a model."""
    count = session.scalar(select(func.count()).select_from(ProcessModel).where(ProcessModel.deleted.is_(False)))
    return all_models(session) if (count or 0) <= MODEL_CHOICE_LIMIT else []


class RegisterSearch(QObject):
    """The search field, the filters and the paged hits; ``requested`` when the user asked for a search."""

    requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.queries = 0  # searches run (count and first page): for tests and the benchmark
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.requested)
        self.field = QLineEdit()
        self.field.setPlaceholderText(tr("RegisterSearch", "Search names, descriptions, tags, keys …"))
        self.field.setAccessibleName(tr("RegisterSearch", "Search the register"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(lambda _text: self.timer.start())
        self.field.returnPressed.connect(self.search_now)
        self.include_library = QCheckBox(tr("RegisterSearch", "Include li&brary"))
        self.include_library.setChecked(True)
        self.include_library.setAccessibleName(tr("RegisterSearch", "Include other organisations' library"))
        self.include_library.toggled.connect(self.requested)
        self.results_model = PagedRowsModel(process_columns(), PAGE_SIZE, self)
        self.results_model.fetched.connect(self._show_count)
        self.hits_label = QLabel()
        self.more_button = QPushButton(tr("RegisterSearch", "Load more"))
        self.more_button.setAccessibleName(tr("RegisterSearch", "Load more processes"))
        self.more_button.clicked.connect(lambda: self.results_model.fetchMore())
        self.more_button.hide()

    def build_grid(self, beside_search: QWidget) -> QGridLayout:
        """Search and filters in a grid of two filter pairs per row: in one row they made the window wider
        than a laptop screen."""
        grid = QGridLayout()
        search_label = QLabel(tr("RegisterSearch", "Sear&ch:"))
        search_label.setBuddy(self.field)
        grid.addWidget(search_label, 0, 0)
        grid.addWidget(self.field, 0, 1, 1, 3)
        grid.addWidget(beside_search, 0, 4)
        self.area_filter = self._labelled_combo(tr("RegisterSearch", "Pro&duct area:"), grid, 1, 0)
        self.status_filter = self._labelled_combo(tr("RegisterSearch", "Status:"), grid, 1, 2)
        self.organisation_filter = self._labelled_combo(tr("RegisterSearch", "Organ&isation:"), grid, 2, 0)
        self.lead_filter = self._labelled_combo(tr("RegisterSearch", "&Lead:"), grid, 2, 2)
        grid.addWidget(self.include_library, 2, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def _labelled_combo(self, label_text: str, grid: QGridLayout, row: int, column: int) -> QComboBox:
        combo = compact_combo(QComboBox())
        label = QLabel(label_text)
        label.setBuddy(combo)
        combo.setAccessibleName(label_text.replace("&", "").rstrip(":"))
        combo.activated.connect(lambda _index: self.search_now())
        grid.addWidget(label, row, column)
        grid.addWidget(combo, row, column + 1)
        return combo

    def refresh_filters(self, organisations: Sequence[tuple[str, str]]) -> None:
        """Refill the filters; ``organisations`` are (name, id)."""
        everything = tr("RegisterSearch", "(all)")
        fill(self.area_filter, [(area, area) for area in product_areas()], everything)
        fill(self.status_filter, [(status_word(s), s) for s in PROCESS_STATUSES], everything)
        fill(self.organisation_filter, organisations, everything)
        fill(self.lead_filter, organisations, everything)

    def query(self) -> ProcessQuery:
        return ProcessQuery(text=self.field.text(), product_area=self.area_filter.currentData() or "",
                            status=self.status_filter.currentData() or "",
                            organisation_id=self.organisation_filter.currentData() or None,
                            lead_organisation_id=self.lead_filter.currentData() or None,
                            include_library=self.include_library.isChecked())

    def search_now(self) -> None:
        self.timer.stop()
        self.requested.emit()

    def run(self) -> list[ProcessHit]:
        """Count the hits and show the first page; the next pages come with the same query."""
        self.timer.stop()
        query = self.query()
        self.queries += 1
        with self.workspace.reading() as session:
            total = count_processes(session, query)
            first = find_processes(session, query, limit=self.results_model.page_size) if total else []

        def fetch(offset: int, limit: int) -> list[ProcessHit]:
            with self.workspace.reading() as session:
                return find_processes(session, query, limit=limit, offset=offset)

        self.results_model.start(total, first, fetch)
        return first

    def _show_count(self) -> None:
        shown, total = self.results_model.rowCount(), self.results_model.total
        number = partial(format_number, lang=i18n.language())  # "20.000", not "20000"
        if shown < total:
            self.hits_label.setText(tr("RegisterSearch", "{shown} of {total} processes", shown=number(shown),
                                       total=number(total)))
        else:
            self.hits_label.setText(tr("RegisterSearch", "{count} processes", count=number(total)))
        self.more_button.setVisible(shown < total)


def fill(combo: QComboBox, entries: Sequence[tuple[str, Any]], first: str | None) -> None:
    """Refill a combo box and keep its current choice when it is still offered."""
    kept = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first, "")
    for entry_text, data in entries:
        combo.addItem(entry_text, data)
    found = combo.findData(kept)
    combo.setCurrentIndex(max(0, found))
    combo.blockSignals(False)
