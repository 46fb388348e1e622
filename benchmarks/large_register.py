"""A register of a whole Land: N fact sheets (default 400,000) with models, written through the register's schema.

    .venv/bin/python benchmarks/large_register.py ADDRESS [--processes N] [--seed S] [--steps-share F]
        [--organisations K] [--json]

ADDRESS is a register address as ``werkstatt register init`` takes it (a PostgreSQL database or a
SQLite file); the register is set up (migrated, the six administrations added) if it is not yet.

What it writes, as the register would hold it after the organisations' syncs:

* the six administrations and ``organisations`` − 6 more municipalities (Land scale), each owning its
  fact sheets and models (``owner_id``), numbered by generation in syncs of ``SYNC_ROWS`` fact sheets
  of one organisation (``sync_log`` and ``register_meta`` agree), revisions 1–4, dates in the last years;
* fact sheets in the NKF product areas with LeiKa-like keys and German names, descriptions, tags and
  legal bases drawn from a varied vocabulary (umlauts and ß included);
* 1–2 models per process (an Ist model, sometimes a Soll model; see BASED_ON);
* lanes, steps and flows for ``steps_share`` of the models (10–40 steps each).

On PostgreSQL the rows go in by COPY; as a superuser the register's triggers are bypassed for the
load (the generations are written as the register would number them) and the secondary indexes of
the filled tables and of ``process_search`` are dropped and rebuilt afterwards from their own
definitions, which is several times faster than maintaining a trigram index row by row; the search
table, which the triggers would keep, is filled in one INSERT … SELECT by the register's own
``werkstatt_refill_process_search()`` (migration r0003). On SQLite it is Core ``executemany``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from register_vocabulary import Vocabulary  # noqa: E402
from sqlalchemy import Engine, insert, select, text  # noqa: E402

from werkstatt.model import PROCESS_STATUSES  # noqa: E402
from werkstatt.register import schema  # noqa: E402
from werkstatt.register.admin import OrganisationEntry, default_organisations, init_register  # noqa: E402
from werkstatt.register.connect import open_register_engine, parse_address  # noqa: E402

SYNC_ROWS = 5_000  # fact sheets per (simulated) sync of one organisation
DEFAULT_STEPS_SHARE = 0.01
FILLED = ("processes", "process_models", "lanes", "steps", "flows")
# A Soll model names its Ist model in based_on_id only when True: on 2026-12-06 a laptop's pull failed on
# that (FOREIGN KEY constraint failed, when the Soll row came before its Ist row in the same pull).
BASED_ON = False
EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


@dataclass
class FillSummary:
    processes: int = 0
    models: int = 0
    lanes: int = 0
    steps: int = 0
    flows: int = 0
    organisations: int = 0
    generations: int = 0
    seconds: float = 0.0
    index_seconds: float = 0.0
    search_table_seconds: float = 0.0
    method: str = ""
    rows: dict[str, int] = field(default_factory=dict)


def land_organisations(count: int) -> list[OrganisationEntry]:
    """The project's six administrations, then municipalities of the Land up to ``count``."""
    entries = default_organisations()
    for index, town in enumerate(Vocabulary.TOWNS):
        if len(entries) >= count:
            break
        kind = "gemeinde" if index % 3 == 2 else "stadt"
        entries.append(OrganisationEntry(f"{'Gemeinde' if kind == 'gemeinde' else 'Stadt'} {town}", town, kind))
    number = 1
    while len(entries) < count:
        entries.append(OrganisationEntry(f"Gemeinde Musterort {number}", f"Musterort {number}", "gemeinde"))
        number += 1
    return entries[:max(count, 1)]


class _Rows:
    """The rows of the fill, table by table, in the order a sync writes them (parents first)."""

    def __init__(self, rng: random.Random, steps_share: float) -> None:
        self.rng = rng
        self.words = Vocabulary(rng)
        self.steps_share = steps_share

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def stamps(self) -> tuple[datetime, datetime, int]:
        created = EPOCH + timedelta(minutes=self.rng.randrange(0, 2 * 365 * 24 * 60))
        updated = created + timedelta(minutes=self.rng.randrange(0, 90 * 24 * 60))
        return created, updated, self.rng.randint(1, 4)

    def batch(self, owner: tuple[str, str], count: int, generation: int, lead: str,
              serial: int) -> dict[str, list[dict[str, Any]]]:
        rows: dict[str, list[dict[str, Any]]] = {name: [] for name in FILLED}
        owner_id, short = owner
        for number in range(serial, serial + count):
            fact = self.words.fact_sheet(short, number)
            created, updated, revision = self.stamps()
            process_id = self.uid()
            rows["processes"].append(dict(
                fact, id=process_id, owner_organisation_id=owner_id,
                lead_organisation_id=self.rng.choice((owner_id, owner_id, lead, None)),
                status=self.rng.choice(PROCESS_STATUSES),
                case_volume=self.rng.choice((None, self.rng.randrange(10, 50_000))),
                created_at=created, updated_at=updated, revision=revision, deleted=self.rng.random() < 0.01,
                owner_id=owner_id, generation=generation))
            based_on = None
            for kind in ("ist", "soll")[:self.rng.choice((1, 1, 2))]:
                model_id = self.uid()
                rows["process_models"].append(dict(
                    id=model_id, process_id=process_id, name=f"{fact['name']} ({kind.capitalize()})", kind=kind,
                    organisation_id=owner_id, based_on_id=based_on, description="", created_at=created,
                    updated_at=updated, revision=1, deleted=False, owner_id=owner_id, generation=generation))
                based_on = model_id if BASED_ON else None
                if self.rng.random() < self.steps_share:
                    self.structure(rows, model_id, owner_id, generation, created)
        return rows

    def structure(self, rows: dict[str, list[dict[str, Any]]], model_id: str, owner_id: str, generation: int,
                  at: datetime) -> None:
        common = dict(created_at=at, updated_at=at, revision=1, deleted=False, owner_id=owner_id,
                      generation=generation, model_id=model_id)
        lanes = [self.uid() for _ in range(self.rng.randint(2, 4))]
        for position, lane_id in enumerate(lanes):
            rows["lanes"].append(dict(common, id=lane_id, name=self.words.lane(), organisation_id=owner_id,
                                      position=position, pay_grade=self.rng.choice(("", "EG 6", "EG 9a", "A 11"))))
        count = self.rng.randint(10, 40)
        steps = [self.uid() for _ in range(count)]
        for position, step_id in enumerate(steps):
            kind = "start" if position == 0 else "end" if position == count - 1 else "task"
            rows["steps"].append(dict(
                common, id=step_id, lane_id=self.rng.choice(lanes), kind=kind, label=self.words.step(),
                block="", processing_minutes=self.rng.choice((None, 5.0, 15.0, 30.0)),
                waiting_minutes=self.rng.choice((None, 60.0, 1440.0)), probability=None,
                it_system=self.rng.choice(("", "OK.VERK", "Fachverfahren", "E-Akte")),
                medium=self.rng.choice(("paper", "email", "software")), notes="", position=float(position)))
        for source, target in pairwise(steps):
            rows["flows"].append(dict(common, id=self.uid(), source_id=source, target_id=target, label=""))


def fill_register(engine: Engine, processes: int, *, seed: int = 1, steps_share: float = DEFAULT_STEPS_SHARE,
                  organisations: int = 6, display: str | None = None) -> FillSummary:
    """Fill the register behind ``engine`` (set up if needed) with ``processes`` fact sheets and their models."""
    started = time.perf_counter()
    init_register(engine, land_organisations(organisations), display or str(engine.url))
    with engine.connect() as connection:
        ids = dict(connection.execute(select(schema.organisations.c.short_name, schema.organisations.c.id)).all())
        generation = int(connection.scalar(select(schema.register_meta.c.generation)) or 0)
    owners = [(ids[entry.short_name], entry.short_name) for entry in land_organisations(organisations)
              if entry.short_name in ids]
    lead = ids.get("EN-Kreis", owners[0][0])
    rng = random.Random(seed)
    rows = _Rows(rng, steps_share)
    # Bigger administrations have more processes: the Kreis and the cities take more than small towns.
    weights = [3.0 if index < 6 else rng.uniform(0.5, 2.0) for index in range(len(owners))]
    shares = [int(processes * weight / sum(weights)) for weight in weights]
    shares[0] += processes - sum(shares)
    summary = FillSummary(organisations=len(owners))
    writer = _PostgresWriter(engine) if engine.dialect.name == "postgresql" else _SqliteWriter(engine)
    summary.method = writer.method
    serial = 1
    with writer:
        for owner, share in zip(owners, shares, strict=True):
            for offset in range(0, share, SYNC_ROWS):
                count = min(SYNC_ROWS, share - offset)
                generation += 1
                batch = rows.batch(owner, count, generation, lead, serial)
                serial += count
                writer.write(batch, owner[0], generation)
                for name, values in batch.items():
                    summary.rows[name] = summary.rows.get(name, 0) + len(values)
                summary.generations += 1
    summary.index_seconds = writer.index_seconds
    summary.search_table_seconds = getattr(writer, "search_seconds", 0.0)
    summary.processes = summary.rows.get("processes", 0)
    summary.models = summary.rows.get("process_models", 0)
    summary.lanes, summary.steps, summary.flows = (summary.rows.get(name, 0) for name in ("lanes", "steps", "flows"))
    summary.seconds = time.perf_counter() - started
    return summary


def _sync_log(owner_id: str, generation: int, written: int) -> dict[str, Any]:
    return {"generation": generation, "organisation_id": owner_id, "at": datetime.now(UTC), "rows_written": written}


class _SqliteWriter:
    method = "sqlite executemany"
    index_seconds = 0.0

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __enter__(self) -> _SqliteWriter:
        return self

    def write(self, batch: dict[str, list[dict[str, Any]]], owner_id: str, generation: int) -> None:
        with self.engine.begin() as connection:
            for name in FILLED:
                if batch[name]:
                    connection.execute(insert(schema.tables[name]), batch[name])
            connection.execute(insert(schema.sync_log), [_sync_log(owner_id, generation, _count(batch))])
            connection.execute(schema.register_meta.update().values(generation=generation))

    def __exit__(self, *_exc: object) -> None:
        with self.engine.begin() as connection:
            connection.execute(text("ANALYZE"))


class _PostgresWriter:
    """COPY into the register's tables, one transaction per simulated sync."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.raw = engine.raw_connection()
        self.connection = self.raw.driver_connection
        self.superuser = bool(self.connection.execute(
            "SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0])
        self.method = "postgresql COPY" + (" (triggers bypassed, indexes rebuilt)" if self.superuser else "")
        self.indexes: list[tuple[str, str]] = []
        self.index_seconds = 0.0
        self.search_seconds = 0.0
        self.columns = {name: [column.name for column in schema.tables[name].columns] for name in FILLED}

    def __enter__(self) -> _PostgresWriter:
        # The load and the index builds take minutes; the register's limits are for a laptop's sync.
        self.connection.execute("SET statement_timeout = 0")
        self.connection.execute("SET idle_in_transaction_session_timeout = 0")
        self.connection.commit()
        if self.superuser:
            self.connection.execute("SET maintenance_work_mem = '512MB'")
            # Every secondary index of the filled tables, rebuilt after the load from its own definition.
            self.indexes = [tuple(row) for row in self.connection.execute(
                "SELECT indexname, indexdef FROM pg_indexes i WHERE schemaname = current_schema() "
                "AND tablename = ANY(%s) AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                "WHERE c.conname = i.indexname)", ([*FILLED, "process_search"],))]
            for name, _definition in self.indexes:
                self.connection.execute(f'DROP INDEX "{name}"')
            self.connection.commit()
        return self

    def write(self, batch: dict[str, list[dict[str, Any]]], owner_id: str, generation: int) -> None:
        with self.connection.transaction():
            if self.superuser:
                # The load is not a login's sync: the register's triggers would number it row by row.
                self.connection.execute("SET LOCAL session_replication_role = replica")
            for name in FILLED:
                if not batch[name]:
                    continue
                columns = self.columns[name]
                with self.connection.cursor().copy(f"COPY {name} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in batch[name]:
                        copy.write_row([_plain(row[column]) for column in columns])
            log = _sync_log(owner_id, generation, _count(batch))
            self.connection.execute(
                "INSERT INTO sync_log (generation, organisation_id, at, rows_written) VALUES (%s, %s, %s, %s)",
                (log["generation"], owner_id, _plain(log["at"]), log["rows_written"]))
            if self.superuser:
                self.connection.execute("UPDATE register_meta SET generation = %s WHERE id = 1", (generation,))

    def __exit__(self, *_exc: object) -> None:
        started = time.perf_counter()
        try:
            if self.superuser:
                # The triggers that keep the search table were bypassed: filled at once by the register's own
                # function (migration r0003), before its indexes are built again.
                self.connection.execute("SELECT werkstatt_refill_process_search()")
                self.connection.commit()
                self.search_seconds = time.perf_counter() - started
            for _name, definition in self.indexes:
                self.connection.execute(definition)
            self.connection.commit()
            self.connection.autocommit = True
            self.connection.execute("VACUUM ANALYZE")
            self.connection.autocommit = False
        finally:
            self.index_seconds = time.perf_counter() - started
            self.raw.close()


def _plain(value: Any) -> Any:
    """Naive UTC for the register's timestamp columns, as ``UTCDateTime`` stores them."""
    return value.astimezone(UTC).replace(tzinfo=None) if isinstance(value, datetime) else value


def _count(batch: dict[str, list[dict[str, Any]]]) -> int:
    return sum(len(values) for values in batch.values())


def iter_rows(processes: int, seed: int = 1) -> Iterator[dict[str, Any]]:
    """Fact sheets alone (no database): for looking at what the generator writes."""
    rows = _Rows(random.Random(seed), 0.0)
    for number in range(1, processes + 1):
        yield rows.words.fact_sheet("EN-Kreis", number)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("address")
    parser.add_argument("--processes", type=int, default=400_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--steps-share", type=float, default=DEFAULT_STEPS_SHARE)
    parser.add_argument("--organisations", type=int, default=6)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    engine = open_register_engine(parse_address(args.address))
    summary = fill_register(engine, args.processes, seed=args.seed, steps_share=args.steps_share,
                            organisations=args.organisations, display=args.address)
    engine.dispose()
    if args.json:
        print(json.dumps(asdict(summary), indent=2))
    else:
        print(f"{summary.processes} processes, {summary.models} models, {summary.steps} steps for "
              f"{summary.organisations} organisations in {summary.generations} syncs: {summary.seconds:.1f} s "
              f"({summary.method}; indexes {summary.index_seconds:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
