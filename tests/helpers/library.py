"""The library tests' shared pieces: a process put straight into the database, a library pulled from a register."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from werkstatt.model import Process, SyncRegister, SyncRow
from werkstatt.model.sync import HeldProcess


def add_process(store, name: str, **values) -> str:
    """A process row with ``values``, committed; its id."""
    with store.session() as session:
        process = Process(name=name, **values)
        session.add(process)
        session.flush()
        return process.id


def make_library(store, own_organisation: str, rows: Sequence[tuple[str, str, str]], *, held: bool = True) -> None:
    """This laptop syncs as ``own_organisation``; each (table, row id, owner) was pulled from the register,
    a process with its models' content when ``held`` (else only its catalogue entry)."""
    with store.session() as session:
        register = session.scalar(select(SyncRegister))
        if register is None:
            register = SyncRegister(url="sqlite:////srv/register.sqlite", organisation_id=own_organisation,
                                    register_organisation_id=own_organisation)
            session.add(register)
            session.flush()
        for table, row_id, owner in rows:
            session.add(SyncRow(register_id=register.id, table_name=table, row_id=row_id, base_revision=1,
                                local_revision=1, owner_id=owner))
            if held and table == "processes":
                session.add(HeldProcess(process_id=row_id, pinned=False, fetched_generation=1))
