"""Which processes' models this laptop keeps whole; the rest of the library is only its catalogue.

A laptop always pulls the register's catalogue: every process (fact sheet, owners, product area) and
every model's row (name, kind, organisation), so that search, the process map, model counts and the
division of labour work for the whole library. The content of a model (lanes, steps, flows, pain
points, measures and their links) comes only for the processes the laptop holds:

- processes on the agenda of a workshop here (``AgendaItem.process_model_id`` → model → process),
- processes with a model of this laptop's organisation based on another (adopted), and the source's process,
- processes with a model of the organisation this laptop syncs as,
- processes the facilitator pinned ("für die Werkstatt mitnehmen"), see :func:`pin_process`.

A small register (at most ``WHOLE_LIBRARY_UP_TO`` processes) is held whole: it costs little room and
every model is then available offline. A process that becomes held gets all of its content at the next
sync (or at once with :func:`fetch_processes`), whatever the sync cursor says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Engine, and_, select, true, union
from sqlalchemy.orm import Session, aliased

from werkstatt.model import AgendaItem, ProcessModel, SyncRegister, SyncRow, Workshop, utcnow
from werkstatt.model.base import chunked
from werkstatt.model.sync import HeldProcess, local_changes
from werkstatt.store.database import Store

# A register with at most this many processes is kept whole on every laptop.
WHOLE_LIBRARY_UP_TO = 250
OFFLINE = "offline"
CATALOGUE_ONLY = "catalogue_only"
# Made once: an alias built per call costs its column proxies again (about 20 ms, at every sync).
_SOURCE = aliased(ProcessModel)


def held_process_ids(session: Session) -> set[str]:
    """The processes this laptop holds for a reason of its own (agenda, adoption, own organisation, pin)."""
    return {row for row in session.scalars(held_process_query(session)) if row}


def held_process_query(session: Session, changed_since: int | None = None) -> Any:
    """The union of the reasons as one select of process ids (some may be NULL), for use in SQL.

    ``changed_since``: only the models numbered from that change number on (werkstatt.model.sync) count
    for the reasons that come from models (own, adopted). A sync asks so for the reasons new since the
    last one: the whole set grows with the laptop's own library and was read at every sync."""
    register = SyncRegister.current(session)
    # Adopted here: a model of this laptop's organisation based on another (a library model's Soll
    # variant of another organisation is not an adoption by this laptop). Before the first sync every
    # model is this laptop's own.
    own = ProcessModel.organisation_id == register.organisation_id if register is not None else true()
    if changed_since is not None:
        # An adopted model's source is here whenever the adopting model is (its key), so a change of
        # the adopting model is enough to find the adoption.
        own = and_(own, ProcessModel.id.in_(select(local_changes.c.row_id).where(
            local_changes.c.table_name == "process_models", local_changes.c.change_seq >= changed_since)))
    adopted = select(ProcessModel.based_on_id).where(ProcessModel.based_on_id.is_not(None),
                                                     ProcessModel.deleted.is_(False), own)
    source = _SOURCE
    queries = [
        select(ProcessModel.process_id).join(AgendaItem, AgendaItem.process_model_id == ProcessModel.id)
        .join(Workshop, Workshop.id == AgendaItem.workshop_id)
        .where(AgendaItem.deleted.is_(False), Workshop.deleted.is_(False)),
        # An IN list, not a join: a join on based_on_id (no index) would scan the models once per model.
        select(source.process_id).where(source.id.in_(adopted)),
        select(HeldProcess.process_id).where(HeldProcess.pinned.is_(True)),
    ]
    if register is not None:
        queries.append(select(ProcessModel.process_id).where(own))
    else:
        queries.append(select(ProcessModel.process_id).where(ProcessModel.based_on_id.is_not(None)))
    return union(*queries)


def _with_session(target: Session | Store, action: Callable[[Session], Any]) -> Any:
    if isinstance(target, Session):
        return action(target)
    with target.session() as session:
        return action(session)


def pin_process(target: Session | Store, process_id: str) -> None:
    """Take the process along ("für die Werkstatt mitnehmen"): its models' content comes with the next sync."""

    def pin(session: Session) -> None:
        row = session.scalar(select(HeldProcess).where(HeldProcess.process_id == process_id))
        if row is None:
            session.add(HeldProcess(process_id=process_id, pinned=True, pinned_at=utcnow()))
        elif not row.pinned:
            row.pinned, row.pinned_at = True, utcnow()
        session.flush()

    _with_session(target, pin)


def unpin_process(target: Session | Store, process_id: str) -> None:
    """No longer take it along. What was fetched stays here (it is no longer kept current unless held
    for another reason); nothing is deleted, so nothing a workshop refers to goes missing."""

    def unpin(session: Session) -> None:
        row = session.scalar(select(HeldProcess).where(HeldProcess.process_id == process_id))
        if row is not None and row.pinned:
            row.pinned, row.pinned_at = False, None
            session.flush()

    _with_session(target, unpin)


def pinned_process_ids(session: Session) -> set[str]:
    return set(session.scalars(select(HeldProcess.process_id).where(HeldProcess.pinned.is_(True))))


def offline_state(session: Session, process_ids: Iterable[str]) -> dict[str, str]:
    """Process id → ``"offline"`` (its models' content is on this laptop) or ``"catalogue_only"`` (only
    its fact sheet and model names are; the content comes on demand when online).

    A process that is not from another organisation's library (made here, or never synced) is offline.
    """
    wanted = list(dict.fromkeys(process_ids))
    states = dict.fromkeys(wanted, OFFLINE)
    register = SyncRegister.current(session)
    if register is None:
        return states
    for chunk in chunked(wanted):
        library = set(session.scalars(select(SyncRow.row_id).where(
            SyncRow.register_id == register.id, SyncRow.table_name == "processes", SyncRow.row_id.in_(chunk),
            SyncRow.owner_id != register.organisation_id)))
        fetched = set(session.scalars(select(HeldProcess.process_id).where(
            HeldProcess.process_id.in_(chunk), HeldProcess.fetched_generation.is_not(None))))
        for process_id in library - fetched:
            states[process_id] = CATALOGUE_ONLY
    return states


def fetch_processes(store: Store, engine: Engine, process_ids: Iterable[str], *, display: str,
                    organisation: str | None = None, progress: Any = None, cancelled: Any = None) -> Any:
    """Pin the processes and sync now, which pulls their models' content ("on demand when online").

    A whole sync rather than a pull alone: it is incremental, so it costs little more, and the laptop's
    own changes never wait behind a fetch. Returns the sync's report.
    """
    from werkstatt.sync.engine import sync

    ids = list(process_ids)
    with store.session() as session:
        for process_id in ids:
            pin_process(session, process_id)
    return sync(store, engine, display=display, organisation=organisation, progress=progress, cancelled=cancelled)
