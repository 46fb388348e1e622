"""Two laptops sync at the same moment: both get through, and the register numbers their commits one after the other."""

from __future__ import annotations

import threading

from sqlalchemy import select

from werkstatt.demo import create_demo
from werkstatt.edits import Create
from werkstatt.edits.editor import Editor
from werkstatt.model import Process
from werkstatt.register import schema


def test_two_laptops_syncing_at_once_both_get_through(register, laptops) -> None:
    create_demo(laptops["k"])
    Editor(laptops["w"]).apply(Create(Process, name="Gewerbeanmeldung", product_area="15 Wirtschaft und Tourismus"))
    register.engine_for("EN-Kreis")
    register.engine_for("Witten")
    start = threading.Barrier(2)
    results: dict[str, object] = {}

    def run(laptop: str, organisation: str) -> None:
        start.wait()
        try:
            results[laptop] = register.sync(laptops[laptop], organisation)
        except Exception as error:  # reported below, with the other thread's result
            results[laptop] = error

    threads = [threading.Thread(target=run, args=("k", "EN-Kreis")),
               threading.Thread(target=run, args=("w", "Witten"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(isinstance(result, Exception) for result in results.values()), results
    assert register.generation() == 2
    names = {row[schema.tables["processes"].c.keys().index("name")] for row in register.dump()["processes"]}
    assert {"Gewerbeanmeldung", "Fahrerlaubnis: Ersterteilung (Klasse B)"} <= names
    # The one that went second received the first's rows already; after one more sync each has both.
    for laptop, organisation in (("w", "Witten"), ("k", "EN-Kreis")):
        register.sync(laptops[laptop], organisation)
        with laptops[laptop].reading() as session:
            assert set(session.scalars(select(Process.name))) == names
