"""Erasing and anonymising people, as a data-protection officer expects it (no Qt).

Erasing is deliberately not an edit: an undo step would keep the name in memory and bring it
back. It runs as one transaction on the store with ``secure_delete`` on, and afterwards the WAL is
checkpointed and truncated (and the file vacuumed if the name's bytes are still in it), so that
the name is gone from the file itself, not only hidden. What the workshop's results need stays:
the person's row keeps its organisation and becomes a placeholder ("Participant 3"), attendances,
voters and votes keep their rows, so totals and the breakdown by organisation do not change.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from werkstatt import queries
from werkstatt.errors import NotFoundError, WerkstattError
from werkstatt.i18n import SUPPORTED_LANGUAGES, speaking, tr
from werkstatt.model import (
    AgendaItem,
    Attendance,
    Base,
    Measure,
    Organisation,
    PainPoint,
    Person,
    RoundVoter,
    SyncConflict,
    Workshop,
    WorkshopNote,
    WorkshopPhoto,
)
from werkstatt.store import Store, backup_dir

log = logging.getLogger(__name__)

# Every free-text column where a participant's name may have been typed: owners of notes and
# measures, the facilitator, and texts that may mention someone ("Frau X klärt das"). The person's
# own row is handled apart; attendances and voters hold only the person's id.
NAME_COLUMNS: tuple[tuple[type[Base], tuple[str, ...]], ...] = (
    (WorkshopNote, ("owner", "text")),
    (Measure, ("owner", "text")),
    (PainPoint, ("text",)),
    (Workshop, ("facilitator", "goal")),
    (AgendaItem, ("title",)),
    (WorkshopPhoto, ("caption",)),
    (SyncConflict, ("theirs", "mine")),  # JSON copies of measures and pain points
)
# The rows that tie a person to workshops: they stay (the results need them) and are listed in the plan.
LINK_TABLES: tuple[tuple[type[Base], Any], ...] = ((Attendance, Attendance.person_id),
                                                   (RoundVoter, RoundVoter.person_id))
_BACKUP_STAMP = re.compile(r"-(\d{8}T\d{6})\d*Z-")


@dataclass(frozen=True)
class PersonSummary:
    id: str
    name: str
    function: str
    organisation: str  # organisation name or ""
    workshops: int  # workshops attended/invited
    last_workshop: dt.date | None


@dataclass(frozen=True)
class ErasePlan:
    """What erasing will do, for the confirmation."""

    person: PersonSummary
    rows: dict[str, int]  # table -> rows that hold the name or tie the person to a workshop
    backups: list[tuple[Path, dt.datetime]]  # backup files that still hold the name, with their dates


@dataclass(frozen=True)
class EraseReport:
    people: int
    rows: int
    backups_purged: list[Path]
    # False: another program (an open window) kept the WAL from being emptied; it goes at its next checkpoint.
    file_clean: bool = True
    tombstones_purged: int = 0


# --- reading -----------------------------------------------------------------------------------


def _placeholder_patterns() -> list[re.Pattern[str]]:
    """The placeholder names in every language, so that an erased person is recognised whatever
    language the laptop spoke when it was erased."""
    patterns = []
    for code in SUPPORTED_LANGUAGES:
        with speaking(code):
            before, _, after = tr("People", "Participant {n}", n="\x00").partition("\x00")
        patterns.append(re.compile(f"^{re.escape(before)}(\\d+){re.escape(after)}$"))
    return patterns


def placeholder_number(name: str) -> int | None:
    """The number of a placeholder name ("Teilnehmende/r 3" → 3), None for a real name."""
    for pattern in _placeholder_patterns():
        match = pattern.match(name)
        if match:
            return int(match.group(1))
    return None


def is_erased(person: Person) -> bool:
    return not person.function and placeholder_number(person.name) is not None


def _workshop_dates(session: Session) -> dict[str, list[dt.date]]:
    """Per person, the dates of the (live) workshops they were invited to; a workshop without a
    date counts from the day it was created."""
    rows = session.execute(
        select(Attendance.person_id, Workshop.date, Workshop.created_at)
        .join(Workshop, Workshop.id == Attendance.workshop_id)
        .where(Attendance.deleted.is_(False), Workshop.deleted.is_(False)))
    dates: dict[str, list[dt.date]] = {}
    for person_id, date, created in rows:
        dates.setdefault(person_id, []).append(date or created.date())
    return dates


def _summary(person: Person, organisations: dict[str, str], dates: dict[str, list[dt.date]]) -> PersonSummary:
    own = dates.get(person.id, [])
    return PersonSummary(person.id, person.name, person.function, organisations.get(person.organisation_id or "", ""),
                         len(own), max(own) if own else None)


def list_people(session: Session) -> list[PersonSummary]:
    organisations = {o.id: o.name for o in session.scalars(select(Organisation))}
    dates = _workshop_dates(session)
    people = session.scalars(select(Person).where(Person.deleted.is_(False)).order_by(Person.name, Person.id))
    return [_summary(person, organisations, dates) for person in people]


def find_person(session: Session, given: str) -> Person:
    """The person with the id (or unique id prefix) ``given``, or failing that the one of that exact name."""
    missing = tr("People", "There is no person with the id or name {id}.")
    try:
        return queries.find(session, Person, given, missing)
    except NotFoundError:
        wanted = _fold(given)
        if not wanted:
            raise
        named = [p for p in session.scalars(select(Person).where(Person.deleted.is_(False)))
                 if _fold(p.name) == wanted]
        if len(named) > 1:
            raise NotFoundError(tr("People", "Several people are called {name}: give the id instead "
                                             "(“werkstatt people list” shows it).", name=given.strip())) from None
        if not named:
            raise
        return named[0]


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split())).casefold()


def _name_pattern(name: str) -> re.Pattern[str] | None:
    """The name as typed anywhere: any case, any run of spaces, also as a JSON string escapes it."""
    words = name.split()
    if not words:
        return None
    spaced = r"\s+".join(re.escape(unicodedata.normalize("NFC", word)) for word in words)
    escaped = re.escape(json.dumps(" ".join(words))[1:-1])
    # Whole words only: erasing "Max" must not turn "Maximum" into "Participant 1imum".
    return re.compile(f"(?<!\\w)(?:{spaced}|{escaped})(?!\\w)", re.IGNORECASE)


def _mentions(session: Session, name: str) -> list[tuple[Any, list[str]]]:
    """Every row with a free-text value that holds the name, with those columns. Only the text
    columns are read (a photo row's image stays on disk unless its caption names someone)."""
    pattern = _name_pattern(name)
    if pattern is None:
        return []
    found = []
    for cls, columns in NAME_COLUMNS:
        for row_id, *values in session.execute(select(cls.id, *(getattr(cls, column) for column in columns))):
            holding = [column for column, value in zip(columns, values, strict=True)
                       if pattern.search(unicodedata.normalize("NFC", value or ""))]
            if holding:
                found.append((session.get(cls, row_id), holding))
    return found


def _links(session: Session, person_id: str) -> dict[str, int]:
    return {cls.__tablename__: int(session.scalar(select(func.count()).select_from(cls).where(column == person_id))
                                   or 0) for cls, column in LINK_TABLES}


def name_bytes(name: str) -> list[bytes]:
    """The forms a name's UTF-8 bytes may take in a file (composed and decomposed umlauts)."""
    forms = {unicodedata.normalize(form, name) for form in ("NFC", "NFD")} if name.strip() else set()
    return [form.encode("utf-8") for form in forms]


def backup_date(path: Path) -> dt.datetime:
    """When a backup was written: from its name (store.database.backup stamps it), else the file's time."""
    match = _BACKUP_STAMP.search(path.name)
    if match:
        return dt.datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=dt.UTC)
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)


def backup_files(db_path: Path) -> list[tuple[Path, dt.datetime]]:
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(((path, backup_date(path)) for path in folder.iterdir() if path.is_file()), key=lambda b: b[1])


def file_holds(path: Path, names: list[str]) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return any(form in data for name in names for form in name_bytes(name))


def backups_holding(db_path: Path, names: list[str]) -> list[tuple[Path, dt.datetime]]:
    return [(path, date) for path, date in backup_files(db_path) if file_holds(path, names)]


def erase_plan(store: Store, person_id: str) -> ErasePlan:
    with store.reading() as session:
        person = find_person(session, person_id)
        organisations = {o.id: o.name for o in session.scalars(select(Organisation))}
        summary = _summary(person, organisations, _workshop_dates(session))
        rows = {"people": 1, **_links(session, person.id)}
        for row, _columns in _mentions(session, person.name):
            table = type(row).__tablename__
            rows[table] = rows.get(table, 0) + 1
    return ErasePlan(summary, {table: count for table, count in rows.items() if count},
                     backups_holding(store.path, [summary.name]))


# --- writing -----------------------------------------------------------------------------------


def _next_number(session: Session) -> int:
    numbers = [placeholder_number(name) for name in session.scalars(select(Person.name))]
    return max((n for n in numbers if n is not None), default=0) + 1


def _erase_in(session: Session, people: list[Person]) -> int:
    """Replace each person's name by a placeholder everywhere it was typed; returns the rows changed."""
    changed = 0
    number = _next_number(session)
    for person in people:
        placeholder = tr("People", "Participant {n}", n=number)
        number += 1
        pattern = _name_pattern(person.name)
        for row, columns in _mentions(session, person.name):
            assert pattern is not None
            for column in columns:
                value = unicodedata.normalize("NFC", getattr(row, column))
                setattr(row, column, pattern.sub(placeholder.replace("\\", r"\\"), value))
            changed += 1
        person.name, person.function = placeholder, ""
        changed += 1
        session.flush()  # one person's placeholder is in place before the next looks for mentions
    return changed


def _secure(session: Session) -> None:
    # Freed space in pages is overwritten with zeros rather than left holding the old text.
    session.connection().exec_driver_sql("PRAGMA secure_delete=ON")


def _scrub_file(store: Store, names: list[str]) -> bool:
    """Move the WAL into the file and empty it; vacuum if a name's bytes are still in the file.
    False when another connection (an open window) kept the checkpoint from finishing."""
    def checkpoint() -> bool:
        with store.engine.connect() as connection:
            busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return not (busy and busy[0])

    done = checkpoint()
    if names and file_holds(store.path, names):
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA secure_delete=ON")
            connection.exec_driver_sql("VACUUM")
        done = checkpoint()
    wal = Path(f"{store.path}-wal")
    clean = done and not file_holds(store.path, names) and not (wal.exists() and file_holds(wal, names))
    if not clean:
        log.warning("the database %s still holds an erased name until its next checkpoint", store.path)
    return clean


def _purge(paths: list[Path]) -> list[Path]:
    purged = []
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise WerkstattError(tr("People", "The backup {path} could not be deleted: {reason}.",
                                    path=path, reason=error.strerror or error)) from error
        purged.append(path)
    return purged


def erase_person(store: Store, person_id: str, *, purge_backups: bool) -> EraseReport:
    """Erase one person's name and function everywhere (not undoable); optionally delete the backups
    that still hold the name."""
    with store.session() as session:
        _secure(session)
        person = find_person(session, person_id)
        name = person.name
        rows = _erase_in(session, [person])
    clean = _scrub_file(store, [name])
    purged = _purge([path for path, _date in backups_holding(store.path, [name])]) if purge_backups else []
    log.info("erased one person (%d rows); %d backups purged", rows, len(purged))
    return EraseReport(1, rows, purged, file_clean=clean)


def months_before(today: dt.date, months: int) -> dt.date:
    """``today`` moved back by calendar months (31 March less one month is 28 or 29 February)."""
    index = today.year * 12 + today.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return dt.date(year, month, min(today.day, (following - dt.timedelta(days=1)).day))


def due_for_anonymising(session: Session, cutoff: dt.date) -> list[Person]:
    """The not yet erased people (tombstoned ones too) whose last workshop is before ``cutoff``;
    people in no workshop count from the day their row was created."""
    dates = _workshop_dates(session)
    due = []
    for person in session.scalars(select(Person).order_by(Person.created_at, Person.id)):
        last = max(dates[person.id]) if person.id in dates else person.created_at.date()
        if last < cutoff and not is_erased(person):
            due.append(person)
    return due


def _purge_tombstones(session: Session, before: dt.datetime) -> int:
    """Hard-delete tombstones of the tables that never go to a register, older than ``before``.
    Children first; a tombstone another row still points at stays."""
    tables = [table for table in reversed(Base.metadata.sorted_tables)
              if any(not mapper.class_.syncable for mapper in Base.registry.mappers
                     if mapper.local_table is table)]
    purged = 0
    for table in tables:
        condition = table.c.deleted.is_(True) & (table.c.updated_at < before)
        for other in Base.metadata.sorted_tables:
            for key in other.foreign_keys:
                if key.column.table is table:
                    condition &= ~exists().where(key.parent == table.c.id)
        purged += session.execute(delete(table).where(condition)).rowcount or 0
    return purged


def anonymise_older_than(store: Store, months: int, *, today: dt.date | None = None) -> EraseReport:
    """Anonymise everyone whose last workshop is more than ``months`` months before ``today``, purge
    older tombstones of personal tables and delete older backups."""
    if months < 1:
        raise WerkstattError(tr("People", "The retention must be at least one month."))
    cutoff = months_before(today or dt.date.today(), months)
    with store.session() as session:
        _secure(session)
        people = due_for_anonymising(session, cutoff)
        names = [person.name for person in people]
        rows = _erase_in(session, people)
        tombstones = _purge_tombstones(session, dt.datetime.combine(cutoff, dt.time(), dt.UTC))
    clean = _scrub_file(store, names) if names or tombstones else True
    old = [path for path, date in backup_files(store.path) if date.date() < cutoff]
    purged = _purge(old)
    return EraseReport(len(people), rows, purged, file_clean=clean, tombstones_purged=tombstones)


def apply_retention(store: Store, months: int | None, *, today: dt.date | None = None) -> EraseReport | None:
    """What start-up calls: None or 0 months means no retention rule; logs what it did."""
    if not months:
        return None
    report = anonymise_older_than(store, months, today=today)
    log.info("retention of %d months: %d people anonymised (%d rows), %d tombstones and %d backups removed",
             months, report.people, report.rows, report.tombstones_purged, len(report.backups_purged))
    return report
