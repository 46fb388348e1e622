"""Organisations as local data: create, rename, merge and delete them, add the project's six
administrations at once, give a lane its organisation, and guess a lane's organisation from its name.

Before this, only a register sync or the demo brought organisations onto a laptop; now the facilitator
enters them in the room. Every change is an undoable edit; names are compared the way people type
(``textmatch.fold``: any case, "ue" for "ü"), so "stadt witten" is the same as "Stadt Witten".

Deleting an organisation that people, lanes, measures, processes, models, rates or the sync setup
still name is refused with a sentence that says how many and points to "merge": silently detaching
would lose who works where, and merging a typo into the right organisation is what the facilitator
wants in that case. Only the workshops' "taking part" ticks are removed with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from sqlalchemy import UniqueConstraint, select
from sqlalchemy.orm import Session

from werkstatt.capture.textmatch import fold
from werkstatt.edits import validate
from werkstatt.edits.base import ChangeRow, Create, Delete, Edit, OnLiveRow, Planned, Restore, Update, live
from werkstatt.errors import EditError
from werkstatt.i18n import QT_TRANSLATE_NOOP, tr
from werkstatt.model import (
    ORGANISATION_KINDS,
    PROJECT_ADMINISTRATIONS,
    Base,
    Lane,
    Organisation,
    SyncRegister,
    Workshop,
    WorkshopOrganisation,
)

NAME_MAX = 200
SHORT_MAX = 40
_BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "revision", "deleted"})

KIND_NAMES = {
    "kreis": QT_TRANSLATE_NOOP("OrganisationEdits", "district (Kreis)"),
    "stadt": QT_TRANSLATE_NOOP("OrganisationEdits", "town (Stadt)"),
    "gemeinde": QT_TRANSLATE_NOOP("OrganisationEdits", "municipality (Gemeinde)"),
    "other": QT_TRANSLATE_NOOP("OrganisationEdits", "other administration"),
    "extern": QT_TRANSLATE_NOOP("OrganisationEdits", "outside party (citizens, businesses, TÜV …)"),
}


def kind_name(kind: str) -> str:
    """The kind as the facilitator reads it; unknown codes (from a newer register) as they are."""
    source = KIND_NAMES.get(kind)
    return tr("OrganisationEdits", source) if source else kind


class Named(Protocol):
    id: str
    name: str
    short_name: str


# --- checking ------------------------------------------------------------------------------------


def clean_organisation(values: dict[str, Any]) -> dict[str, Any]:
    """Name, short name and kind checked and tidied; an EditError names the first bad one."""
    if unknown := validate.unknown_fields(values, {"name", "short_name", "kind"}):
        raise EditError(tr("OrganisationEdits", "Organisations have no field {name}.", name=unknown))
    cleaned = dict(values)
    if "name" in cleaned:
        cleaned["name"] = validate.text(cleaned["name"] or "", tr("OrganisationEdits", "name of the organisation"),
                                        maximum=NAME_MAX)
        if "\n" in cleaned["name"] or "\t" in cleaned["name"]:
            raise EditError(tr("OrganisationEdits", "The name of the organisation must be one line."))
    if "short_name" in cleaned:
        cleaned["short_name"] = validate.text(cleaned["short_name"] or "", tr("OrganisationEdits", "short name"),
                                              maximum=SHORT_MAX, allow_empty=True)
        if "\n" in cleaned["short_name"] or "\t" in cleaned["short_name"]:
            raise EditError(tr("OrganisationEdits", "The short name must be one line."))
    if "kind" in cleaned and cleaned["kind"] not in ORGANISATION_KINDS:
        raise EditError(tr("OrganisationEdits", "Unknown kind of organisation: {kind}. Use one of: {kinds}.",
                           kind=cleaned["kind"], kinds=", ".join(ORGANISATION_KINDS)))
    return cleaned


def live_organisations(session: Session) -> list[Organisation]:
    return list(session.scalars(select(Organisation).where(Organisation.deleted.is_(False))
                                .order_by(Organisation.name, Organisation.id)))


def _check_unique(session: Session, name: str | None, short_name: str | None, except_id: str | None = None) -> None:
    """Refuse a name or short name that another live organisation already has (in any case or spelling)."""
    for other in live_organisations(session):
        if other.id == except_id:
            continue
        keys = {fold(other.name), fold(other.short_name)} - {""}
        if name is not None and fold(name) in keys:
            raise EditError(tr("OrganisationEdits", "There is already an organisation called “{name}”.",
                               name=other.name))
        if short_name and fold(short_name) in keys:
            raise EditError(tr("OrganisationEdits", "The short name “{short}” is already used by “{name}”.",
                               short=short_name, name=other.name))


def find_organisation(session: Session, given: str) -> Organisation:
    """The live organisation ``given`` names: its id, name or short name (any case, "ue" for "ü")."""
    key = fold(given)
    organisations = live_organisations(session)
    for organisation in organisations:
        if given.strip() == organisation.id:
            return organisation
    matches = [o for o in organisations if key and key in (fold(o.name), fold(o.short_name))]
    if not matches:
        known = ", ".join(o.short_name or o.name for o in organisations) or "–"
        raise EditError(tr("OrganisationEdits", "There is no organisation “{given}”; there are: {known}.",
                           given=given, known=known))
    return matches[0]


# --- create, change ------------------------------------------------------------------------------


class AddOrganisation(Planned):
    """A new organisation, taking part in ``workshop_id`` when given (one undo step for both);
    ``organisation_id`` is its id once applied."""

    def __init__(self, name: str, *, short_name: str = "", kind: str = "stadt", workshop_id: str | None = None) -> None:
        super().__init__(tr("OrganisationEdits", "Add organisation"))
        self.values = clean_organisation({"name": name, "short_name": short_name, "kind": kind})
        self.workshop_id = workshop_id
        self.organisation_id: str | None = None

    def plan(self, session: Session) -> list[Edit]:
        _check_unique(session, self.values["name"], self.values["short_name"])
        create = Create(Organisation, **self.values)
        self.organisation_id = create.id
        if self.workshop_id is None:
            return [create]
        live(session, Workshop, self.workshop_id)
        return [create, Create(WorkshopOrganisation, workshop_id=self.workshop_id, organisation_id=create.id)]


class EditOrganisation(ChangeRow):
    """Change any of name, short name and kind (rename)."""

    table = Organisation

    def __init__(self, organisation_id: str, **changes: Any) -> None:
        super().__init__(tr("OrganisationEdits", "Change organisation"), organisation_id, clean_organisation(changes))

    def check(self, session: Session, row: Organisation) -> None:
        _check_unique(session, self.changes.get("name"), self.changes.get("short_name"), self.row_id)


def missing_administrations(session: Session) -> list[tuple[str, str, str]]:
    """The project's administrations not yet here (compared by name and short name)."""
    present = {key for o in live_organisations(session) for key in (fold(o.name), fold(o.short_name)) if key}
    return [entry for entry in PROJECT_ADMINISTRATIONS
            if fold(entry[0]) not in present and fold(entry[1]) not in present]


class AddStartingSet(Planned):
    """The project's six administrations in one step, leaving out those already here."""

    def __init__(self) -> None:
        super().__init__(tr("OrganisationEdits", "Add the six administrations of the project"))
        self.created: list[str] = []

    def plan(self, session: Session) -> list[Edit]:
        missing = missing_administrations(session)
        if not missing:
            raise EditError(tr("OrganisationEdits", "The six administrations of the project are already there."))
        parts = [Create(Organisation, name=name, short_name=short, kind=kind) for name, short, kind in missing]
        self.created = [part.id for part in parts]
        return list(parts)


# --- who points at an organisation -----------------------------------------------------------------


def _referencing_columns() -> list[tuple[type[Base], Any]]:
    """(class, column) of every column that holds an organisation id, found from the foreign keys,
    so that a table added later is merged too without anyone remembering this function."""
    found = []
    for mapper in sorted(Base.registry.mappers, key=lambda m: m.class_.__name__):
        table = mapper.local_table
        for column in table.columns:
            if any(fk.column.table.name == Organisation.__tablename__ for fk in column.foreign_keys):
                found.append((mapper.class_, getattr(mapper.class_, column.key)))
    return found


def _unique_partners(cls: type[Base], column: Any) -> list[str] | None:
    """The other columns of a unique constraint that includes ``column`` (None when there is none)."""
    for constraint in cls.__table__.constraints:  # type: ignore[attr-defined]
        names = [c.name for c in getattr(constraint, "columns", ())]
        if isinstance(constraint, UniqueConstraint) and column.key in names:
            return [name for name in names if name != column.key]
    return None


def _live_rows(session: Session, cls: type[Base], column: Any, organisation_id: str) -> list[Any]:
    return list(session.scalars(select(cls).where(column == organisation_id, cls.deleted.is_(False))
                                .order_by(cls.id)))


REFERENCE_NAMES = {
    "Person": QT_TRANSLATE_NOOP("OrganisationEdits", "participants"),
    "Lane": QT_TRANSLATE_NOOP("OrganisationEdits", "lanes"),
    "Measure": QT_TRANSLATE_NOOP("OrganisationEdits", "measures"),
    "Process": QT_TRANSLATE_NOOP("OrganisationEdits", "register processes"),
    "ProcessModel": QT_TRANSLATE_NOOP("OrganisationEdits", "process models"),
    "RateSetting": QT_TRANSLATE_NOOP("OrganisationEdits", "rate settings"),
    "RoundVoter": QT_TRANSLATE_NOOP("OrganisationEdits", "voters"),
    "SyncRegister": QT_TRANSLATE_NOOP("OrganisationEdits", "sync settings"),
}


def _reference_name(kind: str) -> str:
    return tr("OrganisationEdits", REFERENCE_NAMES.get(kind, kind))


def references(session: Session, organisation_id: str) -> dict[str, int]:
    """How many live rows of each kind name the organisation (its workshops' ticks left out)."""
    counts: dict[str, int] = {}
    for cls, column in _referencing_columns():
        if cls.__name__ == "WorkshopOrganisation":
            continue
        n = len(_live_rows(session, cls, column, organisation_id))
        if n:
            counts[cls.__name__] = counts.get(cls.__name__, 0) + n
    return counts


# --- merge, delete -----------------------------------------------------------------------------------


class MergeOrganisations(Planned):
    """Merge ``source`` into ``target``: everything that named the source names the target, the source
    is tombstoned. Where a row may exist once per organisation (a workshop's tick, a rate override),
    the target's own row wins and the source's is dropped."""

    def __init__(self, source_id: str, target_id: str) -> None:
        super().__init__(tr("OrganisationEdits", "Merge organisations"))
        if source_id == target_id:
            raise EditError(tr("OrganisationEdits", "An organisation cannot be merged into itself."))
        self.source_id = source_id
        self.target_id = target_id

    def plan(self, session: Session) -> list[Edit]:
        source = live(session, Organisation, self.source_id)
        live(session, Organisation, self.target_id)
        if session.scalar(select(SyncRegister.id).where(SyncRegister.organisation_id == source.id,
                                                        SyncRegister.deleted.is_(False)).limit(1)):
            # The register knows this laptop by the source's register id: moving it would sync as the wrong one.
            raise EditError(tr("OrganisationEdits", "This laptop syncs with the register as “{name}”; merge the other "
                                        "organisation into it instead.", name=source.name))
        parts: list[Edit] = []
        for cls, column in _referencing_columns():
            partners = _unique_partners(cls, column)
            for row in _live_rows(session, cls, column, self.source_id):
                parts += self._move(session, cls, column, row, partners)
        return [*parts, Delete(Organisation, self.source_id)]

    def _move(self, session: Session, cls: type[Base], column: Any, row: Any, partners: list[str] | None) -> list[Edit]:
        if partners is None:
            return [Update(cls, row.id, **{column.key: self.target_id})]
        twin = session.scalar(select(cls).where(column == self.target_id, *(
            getattr(cls, name) == getattr(row, name) for name in partners)))
        if twin is None:
            return [Update(cls, row.id, **{column.key: self.target_id})]
        if not twin.deleted:
            return [Delete(cls, row.id)]
        # The target once had such a row and it was removed: bring it back with the source's values.
        data = {c.key: getattr(row, c.key) for c in cls.__table__.columns  # type: ignore[attr-defined]
                if c.key not in _BOOKKEEPING and c.key != column.key and c.key not in partners}
        return [Delete(cls, row.id), Restore(cls, twin.id), *([Update(cls, twin.id, **data)] if data else [])]


class DeleteOrganisation(OnLiveRow):
    """Tombstone an organisation and its workshops' ticks; refused while anything else names it."""

    table = Organisation

    def __init__(self, organisation_id: str) -> None:
        super().__init__(tr("OrganisationEdits", "Delete organisation"), organisation_id)

    def plan_for(self, session: Session, organisation: Organisation) -> list[Edit]:
        used = references(session, organisation.id)
        if used:
            uses = ", ".join(f"{n} {_reference_name(kind)}" for kind, n in used.items())
            raise EditError(tr("OrganisationEdits", "“{name}” is still named by {uses}; merge it into another "
                                                    "organisation instead, or change those first.",
                               name=organisation.name, uses=uses))
        ticks = [Delete(cls, row.id) for cls, column in _referencing_columns()
                 if cls.__name__ == "WorkshopOrganisation"
                 for row in _live_rows(session, cls, column, organisation.id)]
        return [*ticks, Delete(Organisation, organisation.id)]


# --- lanes ---------------------------------------------------------------------------------------------


class SetLaneOrganisation(Planned):
    """Say which organisation a lane belongs to (None: no organisation)."""

    def __init__(self, lane_id: str, organisation_id: str | None) -> None:
        super().__init__(tr("OrganisationEdits", "Change organisation of lane"))
        self.lane_id = lane_id
        self.organisation_id = organisation_id or None

    def plan(self, session: Session) -> list[Edit]:
        live(session, Lane, self.lane_id)
        if self.organisation_id is not None:
            live(session, Organisation, self.organisation_id)
        return [Update(Lane, self.lane_id, organisation_id=self.organisation_id)]


_WORD = re.compile(r"\w+")
# Words that open an administration's name but say nothing about which one it is.
_GENERIC = ("stadt", "gemeinde", "kreis")


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def _contains(words: Sequence[str], phrase: Sequence[str]) -> bool:
    n = len(phrase)
    return n > 0 and any(tuple(words[i:i + n]) == tuple(phrase) for i in range(len(words) - n + 1))


def suggest_organisation(lane_name: str, organisations: Iterable[Named]) -> str | None:
    """The id of the organisation a lane's name mentions ("Bürgerbüro Witten" → Stadt Witten), or None.

    Short names and names count as whole words after folding; "Stadt Hattingen" also matches as
    "Hattingen". The longest match wins; two organisations matching equally well give None.
    """
    words = _words(lane_name)
    best: dict[str, int] = {}
    for organisation in organisations:
        phrases = {_words(organisation.short_name), _words(organisation.name)}
        name_words = _words(organisation.name)
        if len(name_words) > 1 and name_words[0] in _GENERIC:
            phrases.add(name_words[1:])
        length = max((len(p) for p in phrases if _contains(words, p)), default=0)
        if length:
            best[organisation.id] = max(length, best.get(organisation.id, 0))
    if not best:
        return None
    top = max(best.values())
    winners = [org_id for org_id, length in best.items() if length == top]
    return winners[0] if len(winners) == 1 else None
