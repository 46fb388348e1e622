"""German words for the generated register (benchmarks/large_register.py): varied enough that search has work.

Each product area has its own subjects, laws and tags; names combine a subject with an action and
sometimes a qualifier, so that a word occurs in a few hundred to a few ten thousand of 400,000 fact
sheets, as in a real register. Umlauts, ß and capitals are there on purpose.
"""

from __future__ import annotations

import random
from typing import Any

from werkstatt.library.product_areas import NKF_PRODUCT_AREAS

AREAS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # area number: (subjects, legal bases, tags)
    "01": (("Personalausweis", "Dienstreise", "Stellenausschreibung", "Beihilfe", "Ratsvorlage", "Aktenvernichtung",
            "Posteingang", "Beschaffung", "Urlaubsantrag", "Zeugnis", "Fortbildung", "Datenschutzauskunft"),
           ("§ 10 GO NRW", "LBG NRW", "TVöD", "DSGVO Art. 15", "VgV", "UVgO"),
           ("Personal", "Organisation", "Vergabe", "IT", "Rat", "Datenschutz")),
    "02": (("Gewerbeanmeldung", "Führerschein", "Fahrzeugzulassung", "Meldebescheinigung", "Hundesteuer",
            "Sondernutzungserlaubnis", "Gaststättenerlaubnis", "Fundsache", "Bußgeldverfahren", "Waffenschein",
            "Anwohnerparkausweis", "Wohnsitzummeldung", "Eheschließung", "Sterbeurkunde", "Einbürgerung"),
           ("§ 14 GewO", "§ 2 StVG", "FeV", "FZV", "BMG", "OWiG", "GastG", "WaffG", "PStG", "StAG", "StVO § 45"),
           ("Bürgerbüro", "Ordnungsamt", "Straßenverkehr", "Meldewesen", "Standesamt", "Gefahrenabwehr")),
    "03": (("Schülerfahrkosten", "Schulanmeldung", "Offene Ganztagsschule", "Schulbuchausleihe", "Lernmittel",
            "Schulentwicklungsplan", "Mittagsverpflegung"),
           ("SchulG NRW", "SchfkVO", "LernMVO"), ("Schule", "OGS", "Schülerbeförderung")),
    "04": (("Bibliotheksausweis", "Musikschulvertrag", "Kulturförderung", "Archivbenutzung", "Museumsführung",
            "Volkshochschulkurs"), ("KulturGB NRW", "ArchivG NRW", "WbG NRW"), ("Kultur", "Bildung", "VHS")),
    "05": (("Wohngeld", "Grundsicherung", "Hilfe zur Pflege", "Eingliederungshilfe", "Bildungs- und Teilhabepaket",
            "Schwerbehindertenausweis", "Asylbewerberleistung", "Blindengeld", "Rundfunkbeitragsbefreiung"),
           ("WoGG", "SGB XII", "SGB IX", "AsylbLG", "GHBG NRW", "§ 4 RBStV"),
           ("Soziales", "Leistung", "Teilhabe", "Pflege", "Existenzsicherung")),
    "06": (("Elterngeld", "Kita-Platz", "Unterhaltsvorschuss", "Beistandschaft", "Kindertagespflege",
            "Jugendgerichtshilfe", "Inobhutnahme", "Elternbeitrag", "Vaterschaftsanerkennung"),
           ("BEEG", "KiBiz", "UVG", "SGB VIII", "§ 42 SGB VIII", "BGB § 1592"),
           ("Jugendamt", "Familie", "Kinderschutz", "Kindertagesbetreuung")),
    "07": (("Belehrung nach Infektionsschutzgesetz", "Trinkwasserüberwachung", "Schuleingangsuntersuchung",
            "Heilpraktikererlaubnis", "Amtsärztliches Gutachten", "Impfberatung"),
           ("IfSG", "TrinkwV", "ÖGDG NRW", "HeilprG"), ("Gesundheitsamt", "Hygiene", "Prävention")),
    "08": (("Sporthallenbelegung", "Sportförderung", "Ehrenamtspauschale", "Schwimmbadnutzung"),
           ("Sportförderrichtlinie", "SportFG"), ("Sport", "Vereine", "Ehrenamt")),
    "09": (("Bebauungsplan", "Flächennutzungsplan", "Vermessung", "Geodatenauskunft", "Vorkaufsrecht",
            "Städtebauförderung"),
           ("BauGB § 1", "BauGB § 24", "VermKatG NRW", "GeoZG"), ("Planung", "Geodaten", "Stadtentwicklung")),
    "10": (("Bauantrag", "Baugenehmigung", "Abgeschlossenheitsbescheinigung", "Denkmalschutzerlaubnis",
            "Wohnberechtigungsschein", "Abrissanzeige", "Baulastenauskunft", "Nutzungsänderung"),
           ("BauO NRW § 64", "BauO NRW § 74", "DSchG NRW", "WFNG NRW", "BauO NRW § 85"),
           ("Bauaufsicht", "Denkmal", "Wohnen", "Genehmigung")),
    "11": (("Abfallgebühr", "Sperrmüllabholung", "Biotonne", "Kanalanschluss", "Grundstücksentwässerung",
            "Straßenreinigung"), ("KrWG", "LWG NRW", "KAG NRW", "StrReinG NRW"),
           ("Entsorgung", "Gebühren", "Abwasser")),
    "12": (("Straßensperrung", "Parkausweis für Schwerbehinderte", "Schwertransport", "Haltverbotszone",
            "Aufgrabungsgenehmigung", "ÖPNV-Ticket", "Baustellenbeschilderung"),
           ("StVO § 46", "StrWG NRW § 18", "ÖPNVG NRW"), ("Verkehr", "Straße", "Mobilität")),
    "13": (("Baumfällgenehmigung", "Grünflächenpflege", "Friedhofsgebühr", "Grabnutzungsrecht",
            "Landschaftsschutzbefreiung"), ("BNatSchG", "LNatSchG NRW", "BestG NRW", "Baumschutzsatzung"),
           ("Grün", "Friedhof", "Naturschutz")),
    "14": (("Immissionsschutzbeschwerde", "Altlastenauskunft", "Lärmaktionsplan", "Heizölbehälteranzeige",
            "Klimaschutzförderung"), ("BImSchG", "BBodSchG", "AwSV", "KlimaG NRW"),
           ("Umwelt", "Lärm", "Klima", "Boden")),
    "15": (("Wirtschaftsförderung", "Marktstandvergabe", "Gewerbeflächenvermittlung", "Tourismusinformation",
            "Sondernutzung Außengastronomie"), ("GewO § 70", "MarktO", "EFRE-Richtlinie"),
           ("Wirtschaft", "Tourismus", "Markt")),
    "16": (("Grundsteuer", "Gewerbesteuer", "Vergnügungssteuer", "Zweitwohnungsteuer", "Mahnverfahren",
            "Stundung", "Vollstreckung", "Haushaltsplan"), ("GrStG", "GewStG", "KAG NRW", "VwVG NRW", "GemHVO"),
           ("Finanzen", "Steuern", "Kasse", "Haushalt")),
    "17": (("Stiftungsaufsicht", "Stipendium", "Stiftungsmittel"), ("StiftG NRW",), ("Stiftung", "Förderung")),
}

ACTIONS = ("beantragen", "bearbeiten", "prüfen", "bewilligen", "ablehnen", "ändern", "verlängern", "ausstellen",
           "erteilen", "widerrufen", "abmelden", "ummelden", "erstatten", "festsetzen", "zurücknehmen", "anzeigen")
QUALIFIERS = ("", "", "", "für Minderjährige", "im vereinfachten Verfahren", "bei Umzug", "online",
              "nach Fristablauf", "für Unternehmen", "mit Härtefall", "für Auslandsfälle", "in Eilfällen",
              "für Menschen mit Behinderung", "über das Serviceportal", "außerhalb der Öffnungszeiten")
SENTENCES = (
    "Die {owner} nimmt den Antrag entgegen und prüft die Unterlagen auf Vollständigkeit.",
    "Fehlende Nachweise werden schriftlich nachgefordert; die Frist beträgt {days} Tage.",
    "Die Sachbearbeitung erfolgt im Fachverfahren, der Bescheid wird per Post oder elektronisch zugestellt.",
    "Rückfragen klärt die zuständige Stelle telefonisch oder per E-Mail mit den Antragstellenden.",
    "Gebühren werden nach der Verwaltungsgebührenordnung erhoben und vor Aushändigung fällig.",
    "Der Vorgang wird in der E-Akte abgelegt und nach Ablauf der Aufbewahrungsfrist gelöscht.",
    "Bei Widerspruch gibt das Fachamt den Vorgang an die Widerspruchsstelle ab.",
    "Die Übermittlung an das Landesamt geschieht über die XÖV-Schnittstelle.",
    "Das Ergebnis wird dem Bürgerbüro mitgeteilt, das die Aushändigung übernimmt.",
    "Für Außentermine wird ein Ortstermin mit den Beteiligten vereinbart.",
    "Eine Zweitschrift geht an die Kämmerei zur Buchung der Forderung.",
    "Die Prüfung umfasst Identität, Zuständigkeit und die sachlichen Voraussetzungen.",
)
LANES = ("Bürgerbüro", "Sachbearbeitung", "Teamleitung", "Kasse", "Fachamt", "Antragsteller", "Poststelle",
         "Bauaufsicht", "Jugendamt", "Gesundheitsamt", "Straßenverkehrsbehörde")
STEP_VERBS = ("Antrag prüfen", "Unterlagen nachfordern", "Bescheid erstellen", "Gebühr berechnen",
              "Akte anlegen", "Stellungnahme einholen", "Termin vereinbaren", "Daten erfassen", "Zahlung prüfen",
              "Bescheid versenden", "Vorgang abschließen", "Rückfrage klären", "Unterschrift einholen",
              "Fristen überwachen", "Akte schließen")
# Municipalities of North Rhine-Westphalia (public names), for organisations beyond the project's six.
TOWNS = ("Bochum", "Dortmund", "Hagen", "Herne", "Schwelm", "Ennepetal", "Breckerfeld", "Herdecke", "Unna",
         "Schwerte", "Iserlohn", "Lüdenscheid", "Altena", "Meinerzhagen", "Plettenberg", "Arnsberg", "Soest",
         "Lippstadt", "Hamm", "Münster", "Bielefeld", "Gütersloh", "Paderborn", "Detmold", "Minden", "Essen",
         "Mülheim an der Ruhr", "Oberhausen", "Duisburg", "Düsseldorf", "Köln", "Bonn", "Aachen", "Düren",
         "Euskirchen", "Siegen", "Olpe", "Wuppertal", "Solingen", "Remscheid", "Velbert", "Ratingen", "Krefeld",
         "Mönchengladbach", "Viersen", "Kleve", "Wesel", "Bottrop", "Gelsenkirchen", "Recklinghausen",
         "Marl", "Dorsten", "Borken", "Coesfeld", "Steinfurt", "Warendorf", "Höxter", "Brilon", "Meschede")


class Vocabulary:
    TOWNS = TOWNS

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.areas = [(area, AREAS[area[:2]]) for area in NKF_PRODUCT_AREAS]
        # Realistic weights: public order and social benefits hold many processes, foundations few.
        self.weights = [6, 9, 3, 2, 7, 6, 3, 1, 3, 6, 3, 3, 2, 2, 2, 5, 1]

    def fact_sheet(self, short: str, number: int) -> dict[str, Any]:
        rng = self.rng
        area, (subjects, laws, tags) = rng.choices(self.areas, self.weights)[0]
        subject = rng.choice(subjects)
        qualifier = rng.choice(QUALIFIERS)
        name = f"{subject} {rng.choice(ACTIONS)}" + (f" {qualifier}" if qualifier else "")
        sentences = rng.sample(SENTENCES, rng.randint(1, 3))
        description = f"{subject}: " + " ".join(sentence.format(owner="Verwaltung", days=rng.choice((7, 14, 28)))
                                                for sentence in sentences)
        return {
            "register_key": f"{short.upper()[:3]}-{area[:2]}-{number:06d}",
            "name": name,
            "description": description,
            "product_area": area,
            "leika_key": f"99{rng.randrange(10**11, 10**12)}",
            "legal_basis": ", ".join(rng.sample(laws, min(len(laws), rng.randint(1, 2)))),
            "tags": ", ".join(rng.sample(tags, min(len(tags), rng.randint(1, 3)))),
        }

    def lane(self) -> str:
        return self.rng.choice(LANES)

    def step(self) -> str:
        return self.rng.choice(STEP_VERBS)
