"""A laptop database holding a large library: N processes of six administrations, as a pull leaves them.

Made through ``open_store`` (so the schema, triggers and marks are the application's own) and then
filled with Core inserts in one transaction, because 20,000 processes through the edits would take
longer than the benchmarks they serve. The laptop syncs as the Ennepe-Ruhr-Kreis: the rows of the
other five organisations carry their owner in ``sync_rows`` the way ``sync/local_apply.py`` writes
it, so they are the library (``include_library``) and read-only here.

Deterministic for a seed: the same call makes the same names, keys and texts.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from pathlib import Path
from typing import Any

from werkstatt.library.product_areas import NKF_PRODUCT_AREAS
from werkstatt.model import PROCESS_STATUSES, Lane, Organisation, Process, ProcessModel, Step, SyncRegister, SyncRow
from werkstatt.model.organisation import PROJECT_ADMINISTRATIONS
from werkstatt.store.database import open_store

LAPTOP = "EN-Kreis"
# (subject, product area index, legal basis): what citizens and businesses come to an administration for.
SUBJECTS = [
    ("Führerschein", 1, "Fahrerlaubnis-Verordnung (FeV)"), ("Fahrzeugzulassung", 1, "Fahrzeug-Zulassungsverordnung"),
    ("Gewerbe", 14, "Gewerbeordnung (GewO) § 14"), ("Gaststättenerlaubnis", 14, "Gaststättengesetz NRW"),
    ("Personalausweis", 1, "Personalausweisgesetz (PAuswG)"), ("Reisepass", 1, "Passgesetz (PassG)"),
    ("Wohnsitz", 1, "Bundesmeldegesetz (BMG)"), ("Hundesteuer", 15, "Hundesteuersatzung"),
    ("Grundsteuer", 15, "Grundsteuergesetz (GrStG)"), ("Wohngeld", 4, "Wohngeldgesetz (WoGG)"),
    ("Elterngeld", 5, "Bundeselterngeld- und Elternzeitgesetz"), ("Kita-Platz", 5, "Kinderbildungsgesetz (KiBiz)"),
    ("Baugenehmigung", 9, "Landesbauordnung NRW (BauO NRW) § 74"), ("Bauvoranfrage", 9, "BauO NRW § 77"),
    ("Abfallbehälter", 10, "Abfallsatzung"), ("Straßenreinigung", 10, "Straßenreinigungssatzung"),
    ("Sondernutzung", 11, "Straßen- und Wegegesetz NRW (StrWG) § 18"), ("Parkausweis", 11, "StVO § 46"),
    ("Baumfällung", 12, "Baumschutzsatzung"), ("Immissionsschutz", 13, "BImSchG"),
    ("Schülerfahrkosten", 2, "Schülerfahrkostenverordnung"), ("Schulanmeldung", 2, "Schulgesetz NRW"),
    ("Bibliotheksausweis", 3, "Benutzungsordnung der Stadtbibliothek"), ("Sportstätte", 7, "Sportstättensatzung"),
    ("Impfung", 6, "Infektionsschutzgesetz (IfSG)"), ("Trinkwasser", 6, "Trinkwasserverordnung"),
    ("Eheschließung", 0, "Personenstandsgesetz (PStG)"), ("Geburt", 0, "Personenstandsgesetz (PStG) § 18"),
    ("Sterbefall", 0, "Personenstandsgesetz (PStG) § 28"), ("Beihilfe", 0, "Beihilfenverordnung NRW"),
    ("Stellenbesetzung", 0, "Landesbeamtengesetz NRW"), ("Rechnungseingang", 15, "Kommunalhaushaltsverordnung"),
    ("Fundsache", 1, "BGB §§ 965 ff."), ("Waffenschein", 1, "Waffengesetz (WaffG)"),
    ("Jagdschein", 12, "Bundesjagdgesetz (BJagdG)"), ("Fischereischein", 12, "Landesfischereigesetz NRW"),
    ("Wirtschaftsförderung", 14, "Richtlinie Wirtschaftsförderung"), ("Stiftungsaufsicht", 16, "Stiftungsgesetz NRW"),
    ("Geodaten", 8, "Geodatenzugangsgesetz NRW"), ("Vermessung", 8, "Vermessungs- und Katastergesetz NRW"),
]
ACTIONS = ["Anmeldung", "Ummeldung", "Abmeldung", "Umtausch", "Ersterteilung", "Verlängerung", "Ersatz bei Verlust",
           "Antrag", "Widerspruch", "Auskunft", "Änderung", "Bescheinigung", "Erstattung", "Befreiung"]
TAGS = ["Bürgerbüro", "Online-Antrag", "OZG", "Kreis-Stadt", "Gebühr", "Termin", "Schriftform", "E-Akte",
        "Unternehmen", "Familie", "Fristsache", "Außendienst", "Zahlung", "Nachweis"]
PHRASES = ["Die Antragstellerin reicht die Unterlagen im Bürgerbüro oder online ein.",
           "Die Sachbearbeitung prüft die Vollständigkeit und fordert fehlende Nachweise an.",
           "Der Bescheid wird schriftlich zugestellt; Gebühren nach der Verwaltungsgebührenordnung.",
           "Rückfragen an das Fachamt des Kreises verlängern die Liegezeit erheblich.",
           "Zuständig ist die Stadt, bei kreisangehörigen Gemeinden teilweise der Kreis.",
           "Medienbruch zwischen Fachverfahren und E-Akte, Daten werden doppelt erfasst.",
           "Die Zahlung erfolgt vor Ort mit Karte oder per Überweisung nach Rechnungsstellung.",
           "Für Unternehmen gilt ein eigenes Verfahren über das Unternehmenskonto.",
           "Straßenverkehrsbehörde und Ordnungsamt stimmen sich über die Auflagen ab.",
           "Die Aushändigung erfolgt persönlich gegen Vorlage des Ausweises."]
LANE_NAMES = ["Antragsteller/in", "Bürgerbüro", "Fachamt", "Kreis – Fachdienst"]
STEP_LABELS = ["Antrag stellen", "Unterlagen prüfen", "Bescheid erstellen", "Gebühr erheben", "Bescheid erhalten"]


def fill_library(path: Path, processes: int = 20000, seed: int = 1, *, index: bool = True) -> dict[str, int]:
    """Create the laptop database at ``path`` with ``processes`` processes; the row counts by table.

    ``index``: fold and index the library for search afterwards, as the sync does after a pull.
    """
    rng = random.Random(seed)

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    now = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    common = {"created_at": now, "updated_at": now, "revision": 1, "deleted": False}
    orgs = {short: new_id() for _name, short, _kind in PROJECT_ADMINISTRATIONS}
    register_id = new_id()
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in ("processes", "process_models", "lanes", "steps")}
    owners: list[tuple[str, str, str]] = []  # (table, row id, owner)
    for number in range(processes):
        subject, area, legal = SUBJECTS[number % len(SUBJECTS)]
        action = ACTIONS[(number // len(SUBJECTS)) % len(ACTIONS)]
        variant = number // (len(SUBJECTS) * len(ACTIONS))
        owner = rng.choice(list(orgs))
        process_id = new_id()
        # Half of the names as one German compound ("Gewerbeanmeldung"), half with a colon.
        compound = " " not in action and (number // len(SUBJECTS)) % 2 == 0
        name = (f"{subject}{action.lower()}" if compound else f"{subject}: {action}") + (
            f" ({owner} {variant})" if variant else "")
        rows["processes"].append({
            "id": process_id, **common, "register_key": f"99{rng.randrange(10**12):012d}", "name": name,
            "description": " ".join(rng.sample(PHRASES, 3)), "product_area": NKF_PRODUCT_AREAS[area],
            "leika_key": f"99{rng.randrange(10**12):012d}", "owner_organisation_id": orgs[owner],
            "lead_organisation_id": orgs[rng.choice(list(orgs))],
            "status": rng.choice(PROCESS_STATUSES),
            "case_volume": rng.randrange(10, 50000), "legal_basis": legal,
            "tags": ", ".join(rng.sample(TAGS, rng.randint(1, 3)))})
        owners.append(("processes", process_id, orgs[owner]))
        for kind in ("ist", "soll")[:rng.randint(1, 2)]:
            model_org = orgs[rng.choice(list(orgs))]
            model_id = new_id()
            rows["process_models"].append({
                "id": model_id, **common, "process_id": process_id, "name": f"{name} ({kind.capitalize()})",
                "kind": kind, "organisation_id": model_org, "based_on_id": None, "description": ""})
            owners.append(("process_models", model_id, model_org))
            lanes = []
            for position, lane_name in enumerate(rng.sample(LANE_NAMES, 2)):
                lane_id = new_id()
                lanes.append(lane_id)
                rows["lanes"].append({"id": lane_id, **common, "model_id": model_id, "name": lane_name,
                                      "organisation_id": model_org, "position": position, "pay_grade": ""})
                owners.append(("lanes", lane_id, model_org))
            for position, label in enumerate(STEP_LABELS[:3]):
                step_id = new_id()
                rows["steps"].append({
                    "id": step_id, **common, "model_id": model_id, "lane_id": lanes[position % 2], "kind": "task",
                    "label": label, "block": "", "processing_minutes": float(5 + position * 7),
                    "waiting_minutes": None, "probability": None, "it_system": "", "medium": "", "notes": "",
                    "position": float(position)})
                owners.append(("steps", step_id, model_org))
    store = open_store(Path(path))
    tables = {"processes": Process.__table__, "process_models": ProcessModel.__table__, "lanes": Lane.__table__,
              "steps": Step.__table__}
    try:
        with store.engine.begin() as connection:
            connection.execute(Organisation.__table__.insert(), [
                {"id": orgs[short], **common, "name": name, "short_name": short, "kind": kind}
                for name, short, kind in PROJECT_ADMINISTRATIONS])
            connection.execute(SyncRegister.__table__.insert(), [{
                "id": register_id, **common, "url": "postgresql://register.example/werkstatt",
                "organisation_id": orgs[LAPTOP], "register_organisation_id": orgs[LAPTOP], "generation": 1,
                "last_sync_at": now, "sent_seq": None, "changes_read_at": now}])
            for name, table in tables.items():
                connection.execute(table.insert(), rows[name])
            connection.execute(SyncRow.__table__.insert(), [
                {"id": new_id(), **common, "register_id": register_id, "table_name": table, "row_id": row_id,
                 "base_revision": 1, "local_revision": 1, "owner_id": owner, "digest": ""}
                for table, row_id, owner in owners])
        if index:
            from werkstatt.library.search import refresh_search_index

            with store.session() as session:
                refresh_search_index(session)
    finally:
        store.close()
    counts = {name: len(value) for name, value in rows.items()}
    counts["sync_rows"] = len(owners)
    return counts


if __name__ == "__main__":
    import sys
    import time

    started = time.perf_counter()
    print(fill_library(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 20000),
          f"{time.perf_counter() - started:.1f} s")
