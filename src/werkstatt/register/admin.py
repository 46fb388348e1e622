"""Setting a register up: its schema, its organisations, and (on PostgreSQL) one login role per organisation."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Engine, func, insert, select, text
from sqlalchemy.engine import Connection

from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.model import ORGANISATION_KINDS, PROJECT_ADMINISTRATIONS, new_id, utcnow
from werkstatt.register import migrate
from werkstatt.register.schema import OWNED_TABLES, organisations, register_members, register_meta
from werkstatt.register.waiting import DEFAULT_TIMEOUTS

# Server-side defaults for the organisations' logins (the program sets the same on each connection).
ROLE_TIMEOUTS = {"lock_timeout": DEFAULT_TIMEOUTS.lock, "statement_timeout": DEFAULT_TIMEOUTS.statement,
                 "idle_in_transaction_session_timeout": DEFAULT_TIMEOUTS.idle_in_transaction}

# Organisations get the same id in every register, so a register set up twice knows them again.
ORGANISATION_NAMESPACE = uuid.UUID("0b5d8a52-58a4-4c0e-a0a9-4d6f0e1b9a31")


class RegisterSetupError(WerkstattError):
    """The register cannot be set up or used as it is."""


@dataclass(frozen=True)
class OrganisationEntry:
    name: str
    short_name: str
    kind: str = "stadt"

    @property
    def register_id(self) -> str:
        return str(uuid.uuid5(ORGANISATION_NAMESPACE, self.short_name.casefold()))


def default_organisations() -> list[OrganisationEntry]:
    """The administrations of the project Werkstatt is first built for (the Kreis and its cities)."""
    return [OrganisationEntry(name, short, kind) for name, short, kind in PROJECT_ADMINISTRATIONS]


def check_schema(engine: Engine, display: str) -> None:
    """Refuse a register that is not set up, or was set up by a newer Werkstatt."""
    current = migrate.current_revision(engine)
    if current is None:
        raise RegisterSetupError(tr(
            "Register", "The register {address} is not set up yet; its administrator sets it up with "
            "“werkstatt register init {address}”.", address=display))
    if current not in migrate.known_revisions():
        raise RegisterSetupError(tr(
            "Register", "The register {address} was set up by a newer version of Werkstatt (schema {revision}); "
            "update Werkstatt to sync with it. Nothing was changed.", address=display, revision=current))
    if current != migrate.head_revision():
        raise RegisterSetupError(tr(
            "Register", "The register {address} has an older schema; its administrator upgrades it with "
            "“werkstatt register init {address}”. Nothing was changed.", address=display))


def init_register(engine: Engine, entries: Iterable[OrganisationEntry], display: str) -> list[str]:
    """Create or upgrade the register and add the organisations it does not have yet; returns the added names."""
    current = migrate.current_revision(engine)
    if current is not None and current not in migrate.known_revisions():
        check_schema(engine, display)
    migrate.upgrade(engine)
    added: list[str] = []
    with engine.begin() as connection:
        if connection.scalar(select(func.count()).select_from(register_meta)) == 0:
            connection.execute(insert(register_meta).values(id=1, register_id=new_id(), generation=0,
                                                            created_at=utcnow()))
        known = {(row.short_name.casefold()) for row in connection.execute(select(organisations.c.short_name))}
        for entry in entries:
            if entry.short_name.casefold() in known:
                continue
            connection.execute(insert(organisations).values(
                id=entry.register_id, name=entry.name, short_name=entry.short_name, kind=entry.kind,
                created_at=utcnow()))
            known.add(entry.short_name.casefold())
            added.append(entry.name)
    return added


def parse_organisation(spec: str) -> OrganisationEntry:
    """``Name:Short[:kind]`` from the command line."""
    parts = [part.strip() for part in spec.split(":")]
    if len(parts) not in (2, 3) or not all(parts):
        raise RegisterSetupError(tr(
            "Register", "“{spec}” is not an organisation; write it as Name:Short name[:kind], "
            "for example “Stadt Witten:Witten:stadt”.", spec=spec))
    kind = parts[2] if len(parts) == 3 else "stadt"
    if kind not in ORGANISATION_KINDS:
        raise RegisterSetupError(tr("Register", "The kind of organisation “{kind}” is unknown; use kreis, stadt, "
                                    "gemeinde, other or extern.", kind=kind))
    return OrganisationEntry(parts[0], parts[1], kind)


def find_organisation(connection: Connection, given: str) -> tuple[str, str]:
    """(id, name) of the register organisation called ``given`` (short name or name, any case)."""
    wanted = given.strip().casefold()
    rows = connection.execute(select(organisations.c.id, organisations.c.name, organisations.c.short_name)).all()
    for row in rows:
        if wanted in (row.short_name.casefold(), row.name.casefold(), row.id):
            return row.id, row.name
    raise RegisterSetupError(tr(
        "Register", "The register has no organisation “{name}”; it has: {names}.", name=given,
        names=", ".join(sorted(row.short_name for row in rows)) or "–"))


def role_name_for(short_name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", short_name.casefold().replace("ä", "ae").replace("ö", "oe")
                  .replace("ü", "ue").replace("ß", "ss")).strip("_")
    return f"werkstatt_{slug}"[:63]


def grant_organisation(engine: Engine, organisation: str, *, role: str | None, password: str | None) -> str:
    """Create (or update) the PostgreSQL login role of an organisation; returns the role's name.

    The role may read every row and write, through row-level security, only rows its
    organisation owns; the tables' structure, the organisations and the members are read-only to it.
    It can neither hold the register's generation lock nor advance the generation: the register
    numbers the rows of a sync when it commits.
    """
    if engine.dialect.name != "postgresql":
        raise RegisterSetupError(tr(
            "Register", "Login roles exist only on a PostgreSQL register; a SQLite register file is protected "
            "by the file permissions of its folder."))
    with engine.begin() as connection:
        organisation_id, _name = find_organisation(connection, organisation)
        short = connection.scalar(select(organisations.c.short_name).where(organisations.c.id == organisation_id))
        role = role or role_name_for(short)
        if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", role):
            raise RegisterSetupError(tr("Register", "“{role}” cannot be a role name: use lower-case letters, digits "
                                        "and underscores.", role=role))
        exists = connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role})
        verb = "ALTER" if exists else "CREATE"
        if password is None:
            connection.execute(text(f'{verb} ROLE "{role}" LOGIN'))
        else:
            # Utility statements take no bind parameters: quote the literal on the server instead.
            literal = connection.scalar(text("SELECT quote_literal(:password)"), {"password": password})
            connection.execute(text(f'{verb} ROLE "{role}" LOGIN PASSWORD {literal}'))
        database = connection.scalar(text("SELECT current_database()"))
        connection.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO "{role}"'))
        connection.execute(text(f'GRANT USAGE ON SCHEMA public TO "{role}"'))
        connection.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"'))
        owned = ", ".join((*OWNED_TABLES, "sync_log"))
        connection.execute(text(f'GRANT INSERT, UPDATE ON {owned} TO "{role}"'))
        # Neither function locks nor advances anything (register migration r0002): the register numbers
        # a sync's rows itself when it commits. The sync reads the generation through them.
        connection.execute(text(f'GRANT EXECUTE ON FUNCTION werkstatt_org(), werkstatt_lock_generation(), '
                                f'werkstatt_next_generation() TO "{role}"'))
        # Also a login used by hand cannot keep row locks for ever: the server ends an idle transaction.
        for setting, seconds in ROLE_TIMEOUTS.items():
            connection.execute(text(f'ALTER ROLE "{role}" IN DATABASE "{database}" SET {setting} = '
                                    f"'{round(seconds * 1000)}ms'"))
        connection.execute(register_members.delete().where(register_members.c.role_name == role))
        connection.execute(insert(register_members).values(role_name=role, organisation_id=organisation_id))
    return role
