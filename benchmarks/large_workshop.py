"""A large workshop for the protocol benchmark and tests: N models × S steps, pain points, voting rounds.

Built through the same edits as the application (quick entry for the steps, the voting edits for
the rounds), in one transaction, so what the protocol reads is what a real workshop would hold.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from sqlalchemy import select

from werkstatt.capture import catalogue
from werkstatt.capture.session import CaptureSession
from werkstatt.edits import AddAgendaItem, AddMeasure, Create, InTransaction, SetAttendance
from werkstatt.edits.notes import AddNote
from werkstatt.edits.voting import PrepareRound, SetVote, open_round, reveal_round
from werkstatt.model import Organisation, Person, Process, ProcessModel, RoundOption, RoundVoter, Workshop
from werkstatt.read.findings import pain_points
from werkstatt.store.database import Store, open_store

LANES = ["Bürgerbüro", "Fachamt", "Kreis – Fachdienst", "Antragsteller/in", "IT-Dienstleister"]
CATEGORIES = ["Medienbruch", "Liegezeit", "Rückfrage", "Doppelerfassung", "Schnittstelle", "IT"]


def model_lines(model: int, steps: int, pain_points_per_model: int) -> list[str]:
    lines = [f">> {LANES[3]}: Antrag {model} stellen (10 min)"]
    every = max(1, steps // max(1, pain_points_per_model))
    marked = 0
    for index in range(1, steps - 1):
        lane = LANES[(index // 3) % len(LANES)]
        if index % 25 == 12:
            lines.append(f"{lane}: Unterlagen {model}.{index} vollständig?")
            lines.append(f"[nein] Unterlagen {model}.{index} nachfordern (8 min, 20 %)")
            lines.append(f"-> Unterlagen {model}.{index} vollständig?")
            lines.append(f"[ja] {lane}: Vorgang {model}.{index} weiterbearbeiten (6 min)")
            continue
        lines.append(f"{lane}: Schritt {model}.{index} bearbeiten ({3 + index % 17} min)")
        if index % every == 0 and marked < pain_points_per_model:
            marked += 1
            lines.append(f"! {CATEGORIES[index % len(CATEGORIES)]}: Schwachstelle {model}.{marked} "
                         f"bei Schritt {index}")
    lines.append(f"<< {LANES[3]}: Bescheid {model} erhalten")
    return lines


def build(store: Store, *, models: int = 5, steps: int = 200, pain_points_per_model: int = 60,
          rounds_per_model: int = 2, voters: int = 6) -> str:
    """The workshop's id; everything in one transaction."""
    workshop_id = str(uuid.uuid4())
    with store.session() as session:
        applier = InTransaction(session)
        org = applier.apply(Create(Organisation, name="Ennepe-Ruhr-Kreis", short_name="EN-Kreis", kind="kreis"))
        applier.apply(Create(Workshop, id=workshop_id, title=f"Große Prozesswerkstatt ({models} Modelle)",
                             date=dt.date(2027, 2, 1), place="Kreishaus Schwelm", facilitator="Moderation"))
        for number in range(voters):
            person = applier.apply(Create(Person, name=f"Person {number + 1}", organisation_id=org.id,
                                          function="Sachbearbeitung"))
            applier.apply(SetAttendance(workshop_id, person.id, True))
        blocks = catalogue.load_default()
        for model in range(models):
            process = applier.apply(Create(Process, name=f"Prozess {model + 1}", register_key=f"EN-X-{model:03}"))
            model_row = applier.apply(Create(ProcessModel, process_id=process.id, name=f"Prozess {model + 1} (Ist)",
                                             kind="ist"))
            applier.apply(AddAgendaItem(workshop_id, f"Prozess {model + 1} aufnehmen", planned_minutes=60,
                                        actual_minutes=70, process_model_id=model_row.id))
            capture = CaptureSession(applier, model_row.id, catalogue=blocks, workshop_id=workshop_id)
            for number, line in enumerate(model_lines(model + 1, steps, pain_points_per_model), start=1):
                capture.enter_line(line, number)
            found = pain_points(session, model_row.id)
            for index, row in enumerate(found[:10]):
                applier.apply(AddMeasure(f"Maßnahme {model + 1}.{index + 1} gegen „{row.text}“",
                                         workshop_id=workshop_id, model_id=model_row.id, owner="Fachamt",
                                         pain_point_ids=[row.id], effort=1 + index % 5, impact=5 - index % 5))
            for number in range(rounds_per_model):
                share = found[number::rounds_per_model]
                prepare = applier.apply(PrepareRound(
                    workshop_id, f"Runde {number + 1}: Was zuerst? (Prozess {model + 1})",
                    [("pain_point", row.id) for row in share], model_id=model_row.id, max_per_item=2))
                _vote(session, applier, prepare.round_id)
        applier.apply(AddNote(workshop_id, "decision", "Alle Ist-Prozesse gelten als aufgenommen."))
    return workshop_id


def _vote(session, applier: InTransaction, round_id: str) -> None:
    applier.apply(open_round(round_id))
    options = list(session.scalars(select(RoundOption.id).where(RoundOption.round_id == round_id)
                                   .order_by(RoundOption.position)))
    tokens = list(session.scalars(select(RoundVoter.token).where(RoundVoter.round_id == round_id)
                                  .order_by(RoundVoter.position)))
    for index, token in enumerate(tokens):
        for pick in range(2):
            applier.apply(SetVote(round_id, options[(index * 3 + pick * 7) % len(options)], token, 2))
    applier.apply(reveal_round(round_id))


if __name__ == "__main__":
    import sys

    path = Path(sys.argv[1] if len(sys.argv) > 1 else "large.sqlite")
    created = open_store(path)
    print(build(created))
    created.close()
