"""Which local rows came from another organisation's library (read-only here until adopted).

A row pulled from the register keeps, in ``sync_rows``, the organisation that owns it there (by its local id).
Rows owned by someone other than the organisation this laptop syncs as are the library: shown,
analysed and adopted, never edited in place.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.model import Organisation, SyncRegister, SyncRow
from werkstatt.model.base import chunked


def current_register(session: Session) -> SyncRegister | None:
    """The register this laptop synced with last (a laptop normally has exactly one)."""
    return SyncRegister.current(session)


def library_owners(session: Session, table_name: str, row_ids: Collection[str] | None = None) -> dict[str, str]:
    """Row id → local organisation id of the owner, for the rows of ``table_name`` that belong to others.

    ``row_ids`` asks about those rows only: one process's view need not read a 20,000-process library.
    """
    register = current_register(session)
    if register is None:
        return {}
    query = select(SyncRow.row_id, SyncRow.owner_id).where(
        SyncRow.register_id == register.id, SyncRow.table_name == table_name,
        SyncRow.owner_id != register.organisation_id)
    if row_ids is None:
        return dict(session.execute(query).tuples().all())
    owners: dict[str, str] = {}
    for chunk in chunked(list(row_ids)):
        owners.update(session.execute(query.where(SyncRow.row_id.in_(chunk))).tuples().all())
    return owners


def library_owner_name(session: Session, table_name: str, row_id: str) -> str | None:
    """The name of the organisation whose library row this is, or None for an own row."""
    register = current_register(session)
    if register is None:
        return None
    owner = session.scalar(select(SyncRow.owner_id).where(
        SyncRow.register_id == register.id, SyncRow.table_name == table_name, SyncRow.row_id == row_id,
        SyncRow.owner_id != register.organisation_id))
    if owner is None:
        return None
    organisation = session.get(Organisation, owner)
    return organisation.name if organisation is not None else owner
