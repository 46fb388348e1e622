"""The demo workshop: a driving licence application, taken by a city and decided by the Kreis.

The process is typed in the quick-entry syntax, exactly as a facilitator would,
so the demo also shows what that syntax can do. All people are invented.
"""

from __future__ import annotations

import datetime as dt
import uuid
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.capture import catalogue
from werkstatt.capture.session import CaptureSession
from werkstatt.edits import (
    AddAgendaItem,
    AddMeasure,
    Create,
    InTransaction,
    SetAttendance,
    Update,
)
from werkstatt.edits.notes import AddNote, AddPhoto
from werkstatt.edits.process import live_lanes
from werkstatt.edits.rates import SetRate
from werkstatt.edits.records import SetNoteAgendaItem
from werkstatt.edits.room import SuggestFromRoom
from werkstatt.edits.voting import PrepareRound, SetVote, open_round, reveal_round
from werkstatt.model import (
    PROJECT_ADMINISTRATIONS,
    AgendaItem,
    Attendance,
    Lane,
    Organisation,
    PainPoint,
    Person,
    Process,
    ProcessModel,
    RoundOption,
    RoundVoter,
    VotingRound,
    Workshop,
    WorkshopNote,
    WorkshopOrganisation,
    WorkshopPhoto,
)
from werkstatt.store.database import Store

NAMESPACE = uuid.UUID("6c1f0c3e-6b0e-4f51-9a51-5e2f8f1d0a77")
WORKSHOP_ID = str(uuid.uuid5(NAMESPACE, "workshop/fuehrerschein"))
MODEL_ID = str(uuid.uuid5(NAMESPACE, "model/fuehrerschein/ist"))
PROCESS_ID = str(uuid.uuid5(NAMESPACE, "process/fuehrerschein"))
ROUND_ID = str(uuid.uuid5(NAMESPACE, "round/fuehrerschein/schwachstellen"))

ORGANISATIONS = PROJECT_ADMINISTRATIONS
# The outside parties of the process (kind "extern"): their time is reported apart from the
# administrations' effort, and they are not among the workshop's organisations (nobody came for them).
APPLICANTS = "Antragstellende (Bürgerinnen und Bürger)"
TESTING_BODY = "TÜV (Technische Prüfstelle)"
OUTSIDE_PARTIES = ((APPLICANTS, "Antragstellende", "extern"), (TESTING_BODY, "TÜV", "extern"))
# lane -> (organisation name, pay grade): who does which part; outside parties have no pay grade
LANE_OWNERS = {
    "Antragsteller/in": (APPLICANTS, ""),
    "Bürgerbüro Witten": ("Stadt Witten", "E 8"),
    "Fahrerlaubnisbehörde EN-Kreis": ("Ennepe-Ruhr-Kreis", "E 9a"),
    "Prüforganisation TÜV": (TESTING_BODY, ""),
}

# (name, organisation short name, function, present)
PARTICIPANTS = [
    ("Erika Musterfrau", "EN-Kreis", "Sachgebietsleitung Fahrerlaubnisbehörde", True),
    ("Max Mustermann", "EN-Kreis", "Sachbearbeitung Fahrerlaubnisse", True),
    ("Paula Probe", "Witten", "Leitung Bürgerbüro", True),
    ("Theo Testmann", "Witten", "Sachbearbeitung Bürgerbüro", True),
    ("Berta Beispiel", "Hattingen", "Sachbearbeitung Bürgerbüro", True),
    ("Otto Omnibus", "Gevelsberg", "Organisationsentwicklung", True),
    ("Lina Lorem", "Wetter", "Digitalisierungsbeauftragte", True),
    ("Ida Ipsum", "Sprockhövel", "Sachbearbeitung Bürgerbüro", False),
]

PROCESS_LINES = """\
# Ist-Prozess, aufgenommen in der Prozesswerkstatt
>> Antragsteller/in: Antrag auf Ersterteilung stellen (15 min)
Bürgerbüro Witten: Antrag und Unterlagen entgegennehmen (10 min) [Dokument/Information entgegennehmen]
Gebühr kassieren (3 min) [Kassieren/Einzahlung entgegennehmen]
Antrag in Fachverfahren erfassen (8 min) [Daten in EDV übernehmen]
!! Medienbruch: Papierantrag wird im Bürgerbüro abgetippt
Unterlagen an den Kreis senden (5 min, Liegezeit 3 Tage) [Dokument/Information versenden]
!!! Liegezeit: Die Akte ist per Kurierpost drei Tage unterwegs
Fahrerlaubnisbehörde EN-Kreis: Antrag formell prüfen (12 min) [Formell prüfen]
Unterlagen vollständig?
[nein] Fehlende Unterlagen nachfordern (10 min, 30 %) [Rückfrage durchführen]
!! Rückfrage: Sehtest oder Erste-Hilfe-Nachweis fehlen oft
Antragsteller/in: Unterlagen nachreichen (20 min, Liegezeit 10 Tage)
-> Antrag formell prüfen
[ja] Fahrerlaubnisbehörde EN-Kreis: Register abfragen (KBA, FAER) (5 min) [Recherche durchführen]
> Abfrage beim Kraftfahrt-Bundesamt: Fahreignungsregister und Zentrales Fahrerlaubnisregister
Prüfauftrag erteilen (5 min) [Dokument/Information versenden]
! Doppelerfassung: Prüfauftrag wird im Portal der Prüforganisation erneut eingegeben
Prüforganisation TÜV: Theoretische Prüfung abnehmen (45 min)
Fahrerlaubnisbehörde EN-Kreis: Führerschein bestellen (5 min) [Dokument/Information versenden]
Bundesdruckerei: Kartenführerschein herstellen und versenden (Liegezeit 10 Tage)
Fahrerlaubnisbehörde EN-Kreis: Führerschein an Prüforganisation geben (4 min) [Dokument/Information versenden]
! Schnittstelle: Niemand sieht, ob der Führerschein vor dem Prüftermin angekommen ist
Prüforganisation TÜV: Praktische Prüfung abnehmen (60 min, Liegezeit 14 Tage)
Prüfung bestanden?
[nein] Antragsteller/in: Wiederholungsprüfung vereinbaren (10 min, 25 %)
! Zuständigkeit: Unklar, wer den Termin für die Wiederholung vergibt
-> Praktische Prüfung abnehmen
[ja] Prüforganisation TÜV: Führerschein aushändigen (5 min) [Dokument/Information versenden]
Fahrerlaubnisbehörde EN-Kreis: Vorgang abschließen und ablegen (6 min) [Dokument archivieren/ablegen]
! IT: Die Akte wird ausgedruckt und in Papier abgelegt
<< Antragsteller/in: Fahrerlaubnis erteilt
"""

# (title, planned, actual minutes, discusses the model, result as the protocol states it per TOP)
AGENDA = [
    ("Begrüßung, Ziele und Vorstellungsrunde", 15, 20, False,
     "Ziele und Ablauf der Werkstatt sind allen bekannt; die sechs Verwaltungen sind vertreten (Sprockhövel "
     "entschuldigt)."),
    ("Ist-Prozess Führerscheinantrag aufnehmen", 90, 95, True,
     "Der Ist-Prozess ist mit 21 Schritten in fünf Bahnen aufgenommen und von allen bestätigt."),
    ("Schwachstellen sammeln und einordnen", 30, 30, True,
     "Sieben Schwachstellen sind benannt und Schritten zugeordnet."),
    ("Punktabfrage: Was gehen wir zuerst an?", 20, 15, False,
     "Liegezeit der Kurierpost und Medienbruch im Bürgerbüro haben die meisten Punkte."),
    ("Maßnahmen vereinbaren", 30, 35, False, "Vier Maßnahmen mit Verantwortlichen und Terminen vereinbart."),
    ("Abschluss und nächste Schritte", 10, 10, False, ""),
]

# What the protocol's title page and distribution list say (issue 19).
RECORD = {
    "minute_taker": "Max Mustermann (Ennepe-Ruhr-Kreis)",
    "distribution": "Teilnehmende der Werkstatt\nEnnepe-Ruhr-Kreis, Fahrerlaubnisbehörde\nStadt Witten, Bürgerbüro\n"
                    "Stadt Hattingen, Bürgerbüro\nStadt Gevelsberg, Organisationsentwicklung\n"
                    "Stadt Wetter (Ruhr), Digitalisierung\nStadt Sprockhövel, Bürgerbüro",
    "file_reference": "EN 32.1-FS-2026/04",
    "next_meeting": "4. Februar 2027, 9:00 Uhr, Rathaus Witten, Raum 112: Soll-Prozess",
}

# (what, owner, due in days, category of the pain points it answers, effort, impact)
MEASURES = [
    ("Online-Antrag mit Upload der Nachweise einführen", "Stadt Witten, Bürgerbüro", 180, "media_break", 4, 5),
    ("Elektronische Aktenübergabe Bürgerbüro → Kreis statt Kurierpost", "Ennepe-Ruhr-Kreis, IT", 120, "waiting",
     3, 5),
    ("Checkliste der Nachweise auf allen Websites der Städte veröffentlichen", "Stadt Hattingen", 30, "query", 1, 3),
    ("Schnittstelle zum Portal der Prüforganisation klären", "Ennepe-Ruhr-Kreis, Fahrerlaubnisbehörde", 90,
     "double_entry", 3, 4),
]

# (kind, text, owner, due in days, agenda item (TOP) it was recorded under, 1-based)
NOTES = [
    ("decision", "Der Ist-Prozess gilt als abgestimmt und geht als Referenz in die Prozessbibliothek.", "", None, 2),
    ("decision", "Witten modelliert den Soll-Prozess für alle Städte (Arbeitsteilung).", "Stadt Witten", None, 5),
    ("open_point", "Klären, ob das Fachverfahren einen Upload der Nachweise annehmen kann.", "", None, 5),
    ("open_point", "Fallzahlen der anderen Städte fehlen noch.", "", None, 6),
    ("next_step", "Fallzahlen 2025 je Stadt an den Kreis melden", "alle Städte", 14, 6),
    ("next_step", "Soll-Prozess in der nächsten Prozesswerkstatt vorstellen", "Stadt Witten", 42, 6),
]

# Dots per present participant and pain point category, as read off the wall.
VOTES = {
    "Erika Musterfrau": {"waiting": 2, "double_entry": 1, "handover": 1},
    "Max Mustermann": {"double_entry": 2, "media_break": 2},
    "Paula Probe": {"media_break": 2, "query": 2},
    "Theo Testmann": {"media_break": 2, "waiting": 1, "query": 1},
    "Berta Beispiel": {"query": 2, "waiting": 2},
    "Otto Omnibus": {"waiting": 2, "media_break": 1, "missing_it": 1},
    "Lina Lorem": {"missing_it": 2, "media_break": 1, "waiting": 1},
}


def create_demo(store: Store) -> tuple[str, bool]:
    """Create the demo workshop once; return its id and whether it was created now."""
    with store.session() as session:
        existing = session.get(Workshop, WORKSHOP_ID)
        if existing is not None and not existing.deleted:
            return WORKSHOP_ID, False
        if existing is not None:  # deleted earlier: bring it back as it was, its rows are all still there
            _restore(session)
        else:
            _build(session)
    return WORKSHOP_ID, True


def _restore(session: Session) -> None:
    session.get(Workshop, WORKSHOP_ID).deleted = False
    for cls in (AgendaItem, Attendance, WorkshopOrganisation, VotingRound, WorkshopNote, WorkshopPhoto):
        for row in session.scalars(select(cls).where(cls.workshop_id == WORKSHOP_ID)):
            row.deleted = False


def _organisations(session: Session, applier: InTransaction, listed: tuple[tuple[str, str, str], ...] = ORGANISATIONS
                   ) -> dict[str, str]:
    ids: dict[str, str] = {}
    for name, short, kind in listed:
        found = session.scalar(select(Organisation).where(Organisation.name == name, Organisation.deleted.is_(False)))
        if found is None:
            create = applier.apply(Create(Organisation, name=name, short_name=short, kind=kind))
            assert isinstance(create, Create)
            ids[short] = create.id
        else:
            ids[short] = found.id
    return ids


def _build(session: Session) -> None:
    applier = InTransaction(session)
    orgs = _organisations(session, applier)
    _organisations(session, applier, OUTSIDE_PARTIES)
    today = dt.date(2026, 12, 3)
    applier.apply(Create(
        Process, id=PROCESS_ID, register_key="EN-FS-001", name="Fahrerlaubnis: Ersterteilung (Klasse B)",
        description="Vom Antrag im Bürgerbüro der Stadt bis zur Aushändigung des Führerscheins durch die "
                    "Prüforganisation; die Fahrerlaubnisbehörde des Kreises entscheidet.",
        product_area="02 Sicherheit und Ordnung", owner_organisation_id=orgs["EN-Kreis"],
        lead_organisation_id=orgs["Witten"], status="in_survey", case_volume=2400,
        legal_basis="Fahrerlaubnis-Verordnung (FeV)", tags="Führerschein, Bürgerbüro, Kreis-Stadt"))
    applier.apply(Create(
        ProcessModel, id=MODEL_ID, process_id=PROCESS_ID, name="Führerscheinantrag (Ist)", kind="ist",
        organisation_id=orgs["Witten"], description="Ist-Prozess, wie ihn Witten und der Kreis heute gemeinsam "
                                                     "bearbeiten."))
    applier.apply(Create(
        Workshop, id=WORKSHOP_ID, title="Prozesswerkstatt Führerscheinantrag", date=today,
        place="Kreishaus Schwelm, Sitzungsraum 2", facilitator="Dora Demo (Moderation)",
        goal="Den Ist-Prozess zwischen Bürgerbüros und Fahrerlaubnisbehörde gemeinsam aufnehmen, "
             "Schwachstellen benennen und erste Maßnahmen vereinbaren.", status="done", **RECORD))
    for short in orgs:
        applier.apply(Create(WorkshopOrganisation, workshop_id=WORKSHOP_ID, organisation_id=orgs[short]))

    people: dict[str, str] = {}
    for name, org, function, present in PARTICIPANTS:
        domain = org.lower().replace("-", "").replace("ö", "oe")  # ASCII, as the administrations' domains are
        email = name.lower().replace(" ", ".") + "@" + domain + ".example"  # for the e-mail draft
        person = applier.apply(Create(Person, name=name, organisation_id=orgs[org], function=function,
                                      email=email))
        assert isinstance(person, Create)
        people[name] = person.id
        applier.apply(SetAttendance(WORKSHOP_ID, person.id, present))

    agenda_items = []
    for title, planned, actual, discusses_model, result in AGENDA:
        item = applier.apply(AddAgendaItem(WORKSHOP_ID, title, planned_minutes=planned, actual_minutes=actual,
                                           process_model_id=MODEL_ID if discusses_model else None, result=result))
        assert isinstance(item, AddAgendaItem)
        agenda_items.append(item.item_id)

    capture = CaptureSession(applier, MODEL_ID, catalogue=catalogue.load_default(), workshop_id=WORKSHOP_ID)
    for number, line in enumerate(PROCESS_LINES.splitlines(), start=1):
        capture.enter_line(line, number)
    for edit in lane_assignments(session, MODEL_ID):
        applier.apply(edit)

    pain_points = {p.category: p.id for p in session.scalars(
        select(PainPoint).where(PainPoint.model_id == MODEL_ID).order_by(PainPoint.created_at))}
    for text, owner, due_in, category, effort, impact in MEASURES:
        applier.apply(AddMeasure(text, workshop_id=WORKSHOP_ID, model_id=MODEL_ID, owner=owner,
                                 due_date=today + dt.timedelta(days=due_in), effort=effort, impact=impact,
                                 pain_point_ids=[pain_points[category]]))

    round_id = ROUND_ID
    applier.apply(PrepareRound(
        WORKSHOP_ID, "Welche Schwachstellen sollen wir zuerst angehen?",
        [("pain_point", pain_point_id) for pain_point_id in pain_points.values()], model_id=MODEL_ID,
        method="dots", max_per_item=2, own_proposals_allowed=True, round_id=round_id))
    applier.apply(open_round(round_id))
    tokens = {voter.person_id: voter.token for voter in session.scalars(
        select(RoundVoter).where(RoundVoter.round_id == round_id))}
    options = {option.target_id: option.id for option in session.scalars(
        select(RoundOption).where(RoundOption.round_id == round_id))}
    for voter, dots in VOTES.items():
        for category, value in dots.items():
            applier.apply(SetVote(round_id, options[pain_points[category]], tokens[people[voter]], value))
    applier.apply(reveal_round(round_id))

    for kind, text, owner, due_in, top in NOTES:
        note = applier.apply(AddNote(WORKSHOP_ID, kind, text, owner,
                                     today + dt.timedelta(days=due_in) if due_in is not None else None))
        assert isinstance(note, AddNote) and note.note_id
        applier.apply(SetNoteAgendaItem(note.note_id, agenda_items[top - 1]))
    # The Kreis costs its own hours from its cost accounting; everyone else uses the KGSt defaults.
    applier.apply(SetRate(orgs["EN-Kreis"], "rate:E 9a", 64.10, "Kosten- und Leistungsrechnung EN-Kreis 2026"))
    photo = resources.files("werkstatt.resources").joinpath("demo", "pinnwand.jpg").read_bytes()
    applier.apply(AddPhoto(WORKSHOP_ID, photo, "Die Pinnwand nach der Punktabfrage"))
    # A question a participant sent from a phone during the capture, still waiting in the inbox.
    asked_on = session.scalar(select(PainPoint.step_id).where(PainPoint.id == pain_points["media_break"]))
    applier.apply(SuggestFromRoom(WORKSHOP_ID, MODEL_ID, asked_on, "question", "query",
                                  "Warum wird der Antrag nicht gleich online gestellt?"))


def lane_assignments(session: Session, model_id: str) -> list[Update]:
    """The edits that give the demo's lanes in ``model_id`` their organisation and pay grade.

    Public because a to-be typed from PROCESS_LINES (in tests, or by hand) gets the same lanes by name
    but no organisations; without them its effort would count the applicant's and the TÜV's time.
    """
    ids = {o.name: o.id for o in session.scalars(select(Organisation).where(Organisation.deleted.is_(False)))}
    edits = []
    for lane in live_lanes(session, model_id):
        if lane.name in LANE_OWNERS and LANE_OWNERS[lane.name][0] in ids:
            name, grade = LANE_OWNERS[lane.name]
            edits.append(Update(Lane, lane.id, organisation_id=ids[name], **({"pay_grade": grade} if grade else {})))
    return edits
