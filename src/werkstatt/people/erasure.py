"""Erasing and anonymising people, as a data-protection officer expects it (no Qt).

Erasing is deliberately not an edit: an undo step would keep the name in memory and bring it
back. It runs as one transaction on the store with ``secure_delete`` on, and afterwards the WAL is
checkpointed and truncated (and the file vacuumed if the name's bytes are still in it), so that
the name is gone from the file itself, not only hidden. What the workshop's results need stays:
the person's row keeps its organisation and becomes a placeholder ("Participant 3"), attendances,
voters and votes keep their rows, so totals and the breakdown by organisation do not change.
Rows of another organisation's library are read-only here: they are left as they are and named in
the plan, since that organisation must erase the name in the register.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import String, delete, exists, func, or_, select
from sqlalchemy.orm import Session

from werkstatt.errors import NotFoundError, WerkstattError
from werkstatt.i18n import SUPPORTED_LANGUAGES, speaking, tr
from werkstatt.model import Attendance, Base, Organisation, Person, RoundVoter, Workshop
from werkstatt.people.text import NamePattern, name_columns, name_pattern
from werkstatt.read import model as queries
from werkstatt.store.database import Store
from werkstatt.store.paths import backup_dir
from werkstatt.sync.ownership import library_owners

log = logging.getLogger(__name__)

# Every free-text column where a participant's name may have been typed (people_text reads them
# from the model). The person's own row is handled apart; attendances and voters hold only the id.
NAME_COLUMNS: tuple[tuple[type[Base], tuple[str, ...]], ...] = name_columns()
# The rows that tie a person to workshops: they stay (the results need them) and are listed in the plan.
LINK_TABLES: tuple[tuple[type[Base], Any], ...] = ((Attendance, Attendance.person_id),
                                                   (RoundVoter, RoundVoter.person_id))
_BACKUP_STAMP = r"-(\d{8}T\d{6})(\d{0,6})\d*Z-.+"


@dataclass(frozen=True)
class PersonSummary:
    id: str
    name: str
    function: str
    organisation: str  # organisation name or ""
    workshops: int  # workshops attended/invited
    last_workshop: dt.date | None


@dataclass(frozen=True)
class HeldRow:
    """A row from another organisation's library that mentions the name: read-only here, it is
    held in the register by that organisation and must be erased there."""

    table: str
    row_id: str
    organisation: str  # the owner's name


@dataclass(frozen=True)
class ErasePlan:
    """What erasing will do, for the confirmation."""

    person: PersonSummary
    rows: dict[str, int]  # table -> rows that hold the name or tie the person to a workshop
    backups: list[tuple[Path, dt.datetime]]  # backup files that still hold the name, with their dates
    held: list[HeldRow] = field(default_factory=list)  # left as they are: another organisation's rows


@dataclass(frozen=True)
class EraseReport:
    people: int
    rows: int
    backups_purged: list[Path]
    # False: another program (an open window) kept the WAL from being emptied; it goes at its next checkpoint.
    file_clean: bool = True
    tombstones_purged: int = 0
    held: list[HeldRow] = field(default_factory=list)
    # True: live rows (another organisation's library, a word that was no mention) still hold the name's letters.
    name_in_rows: bool = False


def held_sentences(held: list[HeldRow]) -> list[str]:
    """One sentence per organisation whose library rows mention the name."""
    counts: dict[str, int] = {}
    for row in held:
        counts[row.organisation] = counts.get(row.organisation, 0) + 1
    return [tr("People", "{rows} rows that mention the name belong to the library of {organisation} and are held "
                         "in the register: {organisation} must erase the name there.",
               rows=count, organisation=organisation) for organisation, count in sorted(counts.items())]


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


def _mentions(session: Session, name: str) -> tuple[list[tuple[Any, list[str]]], list[HeldRow]]:
    """Every row with a free-text value that holds the name, with those columns; and apart, the rows
    of another organisation's library among them (read-only here). Only the text columns are read
    (a photo row's image stays on disk unless its caption names someone)."""
    pattern = name_pattern(name)
    if pattern is None:
        return [], []
    organisations = {o.id: o.name for o in session.scalars(select(Organisation))}
    found, held = [], []
    for cls, columns in NAME_COLUMNS:
        owners = library_owners(session, cls.__tablename__) if cls.syncable else {}
        for row_id, *values in session.execute(select(cls.id, *(getattr(cls, column) for column in columns))):
            holding = [column for column, value in zip(columns, values, strict=True)
                       if pattern.search(column, value or "")]
            if holding and row_id in owners:
                owner = owners[row_id]
                held.append(HeldRow(cls.__tablename__, row_id, organisations.get(owner, owner)))
            elif holding:
                found.append((session.get(cls, row_id), holding))
    return found, held


def _links(session: Session, person_id: str) -> dict[str, int]:
    return {cls.__tablename__: int(session.scalar(select(func.count()).select_from(cls).where(column == person_id))
                                   or 0) for cls, column in LINK_TABLES}


def name_bytes(name: str) -> list[bytes]:
    """The forms a name's UTF-8 bytes may take in a file (composed and decomposed umlauts)."""
    forms = {unicodedata.normalize(form, name) for form in ("NFC", "NFD")} if name.strip() else set()
    return [form.encode("utf-8") for form in forms]


def _backup_name(db_path: Path) -> re.Pattern[str]:
    # store.database.backup names them "{stem}-{stamp}Z-{reason}{suffix}"; the folder is shared with
    # other databases' backups (and whatever else someone put there), which are none of ours.
    return re.compile(re.escape(db_path.stem) + _BACKUP_STAMP + re.escape(db_path.suffix or ".sqlite"))


def backup_date(path: Path, db_path: Path | None = None) -> dt.datetime | None:
    """When a backup was written, from the stamp in its name; None for a file that is no backup
    (of ``db_path``, when given). Never the file's time: copying a folder changes that."""
    match = (_backup_name(db_path).fullmatch(path.name) if db_path is not None
             else re.search(_BACKUP_STAMP, path.name))
    if match is None:
        return None
    try:
        moment = dt.datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=dt.UTC)
    except ValueError:  # digits in the right places, but no date
        return None
    # Two backups in one second (before and after a change) keep their order.
    return moment.replace(microsecond=int(match.group(2).ljust(6, "0")))


def backup_files(db_path: Path) -> list[tuple[Path, dt.datetime]]:
    """The backups made of this database, oldest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    dated = [(path, backup_date(path, db_path)) for path in folder.iterdir() if path.is_file()]
    return sorted(((path, date) for path, date in dated if date is not None), key=lambda b: (b[1], b[0].name))


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
        found, held = _mentions(session, person.name)
        for row, _columns in found:
            table = type(row).__tablename__
            rows[table] = rows.get(table, 0) + 1
    return ErasePlan(summary, {table: count for table, count in rows.items() if count},
                     backups_holding(store.path, [summary.name]), held)


# --- writing -----------------------------------------------------------------------------------


def _next_number(session: Session) -> int:
    numbers = [placeholder_number(name) for name in session.scalars(select(Person.name))]
    return max((n for n in numbers if n is not None), default=0) + 1


def _erase_in(session: Session, people: list[Person]) -> tuple[int, list[HeldRow]]:
    """Replace each person's name by a placeholder everywhere it was typed, except in another
    organisation's library rows (returned: they are held in the register); returns the rows changed."""
    changed = 0
    all_held: list[HeldRow] = []
    number = _next_number(session)
    for person in people:
        placeholder = tr("People", "Participant {n}", n=number)
        number += 1
        pattern: NamePattern | None = name_pattern(person.name)
        found, held = _mentions(session, person.name)
        for row, columns in found:
            assert pattern is not None
            for column in columns:
                setattr(row, column, pattern.sub(column, getattr(row, column), placeholder))
            changed += 1
        all_held += held
        # The e-mail address is the person's as much as the name: nothing of it is left.
        person.name, person.function, person.email = placeholder, "", ""
        changed += 1
        session.flush()  # one person's placeholder is in place before the next looks for mentions
    return changed, all_held


def _reindex(session: Session) -> None:
    """The library's search index keeps a folded copy of every fact sheet ("quastenbrueck"): fold the
    rewritten ones now, in the erasing transaction, and merge the index so that no segment keeps the
    old words (FTS5 only marks deleted entries until its segments are merged)."""
    from werkstatt.library import search_index

    if search_index.refresh(session):
        session.connection().exec_driver_sql(
            f"INSERT INTO {search_index.FTS}({search_index.FTS}) VALUES ('optimize')")


def _secure(session: Session) -> None:
    # Freed space in pages is overwritten with zeros rather than left holding the old text.
    session.connection().exec_driver_sql("PRAGMA secure_delete=ON")


def _rows_hold(store: Store, names: list[str]) -> bool:
    """Whether a live row still holds a name's letters as written (in any text column): another
    organisation's library row, or a word that was no mention ("zu lang" when erasing "Lang" is not)."""
    forms = [form.decode("utf-8") for name in names for form in name_bytes(name)]
    if not forms:
        return False
    with store.reading() as session:
        for table in Base.metadata.sorted_tables:
            texts = [column for column in table.columns if isinstance(column.type, String)]
            for column in texts:
                if session.scalar(select(exists().where(or_(*(func.instr(column, form) > 0 for form in forms))))):
                    return True
    return False


def _scrub_file(store: Store, names: list[str]) -> tuple[bool, bool]:
    """Move the WAL into the file and empty it; vacuum if a name's bytes are still in the file.
    Returns (clean, name_in_rows): clean is False only when another connection (an open window) kept
    the checkpoint from finishing; name_in_rows when live rows still hold a name, which is looked at
    first, since then no vacuum can take the name out of the file."""
    def checkpoint() -> bool:
        with store.engine.connect() as connection:
            busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return not (busy and busy[0])

    in_rows = bool(names) and _rows_hold(store, names)
    done = checkpoint()
    if names and not in_rows and file_holds(store.path, names):
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA secure_delete=ON")
            connection.exec_driver_sql("VACUUM")
        done = checkpoint()
    wal = Path(f"{store.path}-wal")
    clean = done and (in_rows or (not file_holds(store.path, names)
                                  and not (wal.exists() and file_holds(wal, names))))
    if not clean:
        log.warning("the database %s still holds an erased name until its next checkpoint", store.path)
    elif in_rows:
        log.info("rows of the database %s still hold the letters of an erased name", store.path)
    return clean, in_rows


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
        rows, held = _erase_in(session, [person])
        _reindex(session)
    clean, in_rows = _scrub_file(store, [name])
    purged = _purge([path for path, _date in backups_holding(store.path, [name])]) if purge_backups else []
    log.info("erased one person (%d rows, %d held by others); %d backups purged", rows, len(held), len(purged))
    return EraseReport(1, rows, purged, file_clean=clean, held=held, name_in_rows=in_rows)


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
        rows, held = _erase_in(session, people)
        _reindex(session)
        tombstones = _purge_tombstones(session, dt.datetime.combine(cutoff, dt.time(), dt.UTC))
    clean, in_rows = _scrub_file(store, names) if names or tombstones else (True, False)
    old = [path for path, date in backup_files(store.path) if date.date() < cutoff]
    purged = _purge(old)
    return EraseReport(len(people), rows, purged, file_clean=clean, tombstones_purged=tombstones, held=held,
                       name_in_rows=in_rows)


def apply_retention(store: Store, months: int | None, *, today: dt.date | None = None) -> EraseReport | None:
    """What start-up calls: None or 0 months means no retention rule; logs what it did."""
    if not months:
        return None
    report = anonymise_older_than(store, months, today=today)
    log.info("retention of %d months: %d people anonymised (%d rows), %d tombstones and %d backups removed",
             months, report.people, report.rows, report.tombstones_purged, len(report.backups_purged))
    return report
