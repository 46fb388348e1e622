"""The tables of the register panel: the columns they show over ``ui.common.rows.RowsModel``.

The panel's three tables (search hits, the Arbeitsteilung, processes per organisation) are the same
model with different columns, each column a header and a function of a row; keeping them apart
from the widgets lets the panel module stay about layout and edits. The search hits come a page at
a time (``PagedRowsModel``): a register of a Land has tens of thousands of processes, a screen shows 30.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Signal

from werkstatt.i18n import tr
from werkstatt.library import kind_word, status_word
from werkstatt.library.division import DivisionRow
from werkstatt.library.search import ProcessHit
from werkstatt.ui.common.rows import RowsModel

Index = QModelIndex | QPersistentModelIndex


class PagedRowsModel(RowsModel):
    """Rows fetched a page at a time: the first with the search, the next when the table is scrolled
    to its end (Qt asks ``canFetchMore``/``fetchMore``) or the user asks for more.

    ``fetch(offset, limit)`` reads the next rows of the same search; ``total`` is how many there are.
    """

    fetched = Signal()  # more rows came: the "N of M" label follows

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]], page_size: int,
                 parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self.page_size = page_size
        self.total = 0
        self._fetch: Callable[[int, int], list[Any]] | None = None

    def start(self, total: int, first_page: list[Any], fetch: Callable[[int, int], list[Any]]) -> None:
        self.total = max(total, len(first_page))
        self._fetch = fetch
        self.set_rows(first_page)
        self.fetched.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        more = self._fetch(len(self.rows), self.page_size)
        if not more:  # the data shrank since the count: what is shown is all there is
            self.total = len(self.rows)
        else:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
        self.fetched.emit()


def process_columns() -> list[tuple[str, Callable[[ProcessHit], Any]]]:
    return [
        (tr("RegisterModels", "Product area"), lambda hit: hit.product_area),
        (tr("RegisterModels", "Key"), lambda hit: hit.register_key),
        (tr("RegisterModels", "Process"), lambda hit: hit.name),
        (tr("RegisterModels", "Status"), lambda hit: status_word(hit.status)),
        (tr("RegisterModels", "Lead"), lambda hit: hit.lead_name),
        (tr("RegisterModels", "Owner"), lambda hit: hit.owner_name),
        (tr("RegisterModels", "Models"), lambda hit: hit.model_count),
        (tr("RegisterModels", "Library"), lambda hit: tr("RegisterModels", "yes") if hit.is_library else ""),
        (tr("RegisterModels", "Found in"), lambda hit: hit.snippet),
    ]


def model_summary(row: DivisionRow) -> str:
    """"Stadt Witten: as-is; Stadt Hattingen: as-is (adopted)" — who has drawn which models."""
    parts = []
    for organisation, models in row.models_by_organisation().items():
        kinds = ", ".join(kind_word(m.kind) + (tr("RegisterModels", " (adopted)") if m.adopted else "")
                          for m in models)
        parts.append(f"{organisation or tr('RegisterModels', 'no organisation')}: {kinds}")
    return "; ".join(parts)


def division_columns() -> list[tuple[str, Callable[[DivisionRow], Any]]]:
    return [
        (tr("RegisterModels", "Product area"), lambda row: row.product_area),
        (tr("RegisterModels", "Process"), lambda row: row.name),
        (tr("RegisterModels", "Status"), lambda row: status_word(row.status)),
        (tr("RegisterModels", "Lead"), lambda row: row.lead_name),
        (tr("RegisterModels", "Owner"), lambda row: row.owner_name),
        (tr("RegisterModels", "Models by organisation"), model_summary),
    ]


def load_columns() -> list[tuple[str, Callable[[Any], Any]]]:
    return [
        (tr("RegisterModels", "Organisation"), lambda load: load.name),
        (tr("RegisterModels", "Leads"), lambda load: load.leads),
        (tr("RegisterModels", "Owns"), lambda load: load.owns),
        (tr("RegisterModels", "Has modelled"), lambda load: load.modelled),
        (tr("RegisterModels", "Has adopted"), lambda load: load.adopted),
    ]
