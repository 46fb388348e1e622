"""A register of a few hundred to a few thousand processes for the process map's tests.

Inserted through the ORM in one session (so that whatever keeps the search current sees them), with
known counts per area, status and lead organisation; deterministic, no random numbers.
"""

from __future__ import annotations

from collections import Counter

from werkstatt.library.product_areas import NKF_PRODUCT_AREAS
from werkstatt.model import PROCESS_STATUSES, Organisation, Process, ProcessModel, new_id
from werkstatt.store.database import Store

SHORTS = ("EN-Kreis", "Witten", "Hattingen")
SUBJECTS = ("Führerschein", "Wohngeld", "Baugenehmigung", "Hundesteuer", "Gewerbe", "Straßenreinigung")


def fill_map_register(store: Store, count: int, *, areas: int = 6) -> dict[str, Counter[str]]:
    """``count`` processes over the first ``areas`` NKF areas; returns the counts by area, status, lead."""
    counts: dict[str, Counter[str]] = {"area": Counter(), "status": Counter(), "lead": Counter()}
    with store.session() as session:
        organisations = [Organisation(name=f"Verwaltung {short}", short_name=short) for short in SHORTS]
        session.add_all(organisations)
        session.flush()
        for number in range(count):
            area = NKF_PRODUCT_AREAS[number % areas]
            status = PROCESS_STATUSES[number % len(PROCESS_STATUSES)]
            lead = organisations[number % 7 % len(organisations)]
            name = f"{SUBJECTS[number % len(SUBJECTS)]}: Vorgang {number:05d}"
            process = Process(id=new_id(), name=name, product_area=area, status=status,
                              lead_organisation_id=lead.id, register_key=f"K-{number:05d}")
            session.add(process)
            counts["area"][area] += 1
            counts["status"][status] += 1
            counts["lead"][lead.short_name] += 1
            if number % 3 == 0:
                session.add(ProcessModel(process_id=process.id, name=f"{process.name} (Ist)",
                                         organisation_id=lead.id))
    return counts
