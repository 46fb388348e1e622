<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>CLI</name>
        <message>
            <location filename="../src/werkstatt/cli.py" line="129" />
            <source>Demo workshop created in {path} (id {id}).</source>
            <translation>Demo-Werkstatt in {path} angelegt (ID {id}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="145" />
            <source>Nothing here yet.</source>
            <translation>Noch nichts vorhanden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="131" />
            <source>The demo workshop already exists in {path} (id {id}).</source>
            <translation>Die Demo-Werkstatt ist in {path} bereits vorhanden (ID {id}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="215" />
            <source>The line is not UTF-8 text.</source>
            <translation>Die Zeile ist kein UTF-8-Text.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="91" />
            <source>There is no database at {path}. Create one with “werkstatt demo” or choose another with --db.</source>
            <translation>Unter {path} gibt es keine Datenbank. Legen Sie eine mit „werkstatt demo“ an oder wählen Sie mit --db eine andere.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="29" />
            <source>Werkstatt: run process workshops and share their results.</source>
            <translation>Werkstatt: Prozesswerkstätten moderieren und ihre Ergebnisse teilen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="54" />
            <source>acknowledge each line as JSON</source>
            <translation>jede Zeile als JSON bestätigen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="37" />
            <source>create the demo workshop (once)</source>
            <translation>die Demo-Werkstatt anlegen (einmalig)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="34" />
            <source>language of the messages</source>
            <translation>Sprache der Meldungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="39" />
            <source>list workshops, processes or models</source>
            <translation>Werkstätten, Prozesse oder Modelle auflisten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="45" />
            <location filename="../src/werkstatt/cli.py" line="41" />
            <source>machine-readable output</source>
            <translation>maschinenlesbare Ausgabe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="205" />
            <source>ok {line}: {message}</source>
            <translation>ok {line}: {message}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="52" />
            <source>read quick-entry lines from standard input</source>
            <translation>Schnelleingabe-Zeilen von der Standardeingabe lesen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="43" />
            <source>show a process model</source>
            <translation>ein Prozessmodell anzeigen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="32" />
            <source>the local database (default: WERKSTATT_DB or the user's data folder)</source>
            <translation>die lokale Datenbank (Standard: WERKSTATT_DB oder der Datenordner des Benutzers)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="25" />
            <source>werkstatt: {problem}. See “werkstatt --help”.</source>
            <translation>werkstatt: {problem}. Siehe „werkstatt --help“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="115" />
            <source>Show a model with “werkstatt show MODEL_ID”, add steps with “werkstatt capture MODEL_ID”; “werkstatt --help” lists all commands.</source>
            <translation>Ein Modell zeigt „werkstatt show MODELL_ID“, Schritte fügt „werkstatt capture MODELL_ID“ hinzu; „werkstatt --help“ führt alle Befehle auf.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="112" />
            <source>This build of Werkstatt has no window yet. The database {path} holds:</source>
            <translation>Diese Ausgabe von Werkstatt hat noch kein Fenster. Die Datenbank {path} enthält:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="181" />
            <source>Diagram written to {path}.</source>
            <translation>Diagramm nach {path} geschrieben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="50" />
            <source>the file to write</source>
            <translation>die zu schreibende Datei</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="47" />
            <source>write a process model as a diagram file</source>
            <translation>ein Prozessmodell als Diagrammdatei schreiben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="163" />
            <source>decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="164" />
            <source>end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="163" />
            <source>start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="164" />
            <source>subprocess</source>
            <translation>Teilprozess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="163" />
            <source>task</source>
            <translation>Schritt</translation>
        </message>
    </context>
    <context>
        <name>Capture</name>
        <message>
            <location filename="../src/werkstatt/capture.py" line="181" />
            <source>A note needs a step before it.</source>
            <translation>Eine Notiz braucht einen Schritt davor.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="105" />
            <source>Capture step</source>
            <translation>Schritt erfassen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="86" />
            <source>Comment, not stored.</source>
            <translation>Kommentar, nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="159" />
            <source>Connected to “{label}”.</source>
            <translation>Verbunden mit „{label}“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="113" />
            <source>Lane “{lane}” created.</source>
            <translation>Bahn „{lane}“ angelegt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="169" />
            <source>No step is labelled “{label}”.</source>
            <translation>Kein Schritt heißt „{label}“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="187" />
            <source>Note added to “{label}”.</source>
            <translation>Notiz zu „{label}“ hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="170" />
            <source>Several steps begin with “{label}”: write more of the label.</source>
            <translation>Mehrere Schritte beginnen mit „{label}“: bitte mehr von der Bezeichnung schreiben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="111" />
            <source>Step “{label}” stored in lane “{lane}”.</source>
            <translation>Schritt „{label}“ in Bahn „{lane}“ gespeichert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="119" />
            <source>The first step needs a lane: write “Lane: step”.</source>
            <translation>Der erste Schritt braucht eine Bahn: „Bahn: Schritt“ schreiben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="123" />
            <source>The lane of the previous step was deleted: name a lane.</source>
            <translation>Die Bahn des vorigen Schritts wurde gelöscht: bitte eine Bahn nennen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="132" />
            <source>There is no decision yet for the branch “{branch}”.</source>
            <translation>Für den Zweig „{branch}“ gibt es noch keine Entscheidung.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="155" />
            <source>There is no step to connect from.</source>
            <translation>Es gibt keinen Schritt, von dem aus verbunden werden kann.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="150" />
            <source>Unknown building block “{name}”.</source>
            <translation>Unbekannter Baustein „{name}“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="148" />
            <source>Unknown building block “{name}”; did you mean: {suggestions}?</source>
            <translation>Unbekannter Baustein „{name}“; gemeint war vielleicht: {suggestions}?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="177" />
            <source>Pain point “{text}” stored.</source>
            <translation>Schwachstelle „{text}“ gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <location filename="../src/werkstatt/catalogue.py" line="89" />
            <source>The building block file {origin} is not usable: {reason}.</source>
            <translation>Die Bausteindatei {origin} ist nicht verwendbar: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/catalogue.py" line="80" />
            <source>The building block file {path} cannot be read: {reason}.</source>
            <translation>Die Bausteindatei {path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/catalogue.py" line="119" />
            <source>an entry lacks {field}</source>
            <translation>einem Eintrag fehlt {field}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/catalogue.py" line="115" />
            <source>block {id} is empty or named twice</source>
            <translation>Baustein {id} ist leer oder doppelt benannt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/catalogue.py" line="98" />
            <source>it is not a Werkstatt building block file</source>
            <translation>sie ist keine Werkstatt-Bausteindatei</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/catalogue.py" line="96" />
            <source>it is not valid JSON in UTF-8 ({detail})</source>
            <translation>sie ist kein gültiges JSON in UTF-8 ({detail})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/catalogue.py" line="121" />
            <source>it lists no building blocks</source>
            <translation>sie enthält keine Bausteine</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/catalogue.py" line="100" />
            <source>it was written for a newer version of Werkstatt</source>
            <translation>sie wurde für eine neuere Werkstatt-Version geschrieben</translation>
        </message>
    </context>
    <context>
        <name>Edits</name>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="201" />
            <source>Add agenda item</source>
            <translation>Tagesordnungspunkt hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="66" />
            <source>Add lane</source>
            <translation>Bahn hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="102" />
            <source>Add measure</source>
            <translation>Maßnahme hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="47" />
            <source>Add pain point</source>
            <translation>Schwachstelle hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="144" />
            <source>Add step</source>
            <translation>Schritt hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="285" />
            <source>An end event has no outgoing flow.</source>
            <translation>Ein Endereignis hat keinen ausgehenden Fluss.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="215" />
            <source>Change agenda item</source>
            <translation>Tagesordnungspunkt ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="145" />
            <source>Change attendance</source>
            <translation>Anwesenheit ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="186" />
            <source>Change kind of step</source>
            <translation>Art des Schritts ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="119" />
            <source>Change measure</source>
            <translation>Maßnahme ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="65" />
            <source>Change pain point</source>
            <translation>Schwachstelle ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="190" />
            <source>Change step</source>
            <translation>Schritt ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="274" />
            <source>Connect steps</source>
            <translation>Schritte verbinden</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="230" />
            <source>Delete agenda item</source>
            <translation>Tagesordnungspunkt löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="297" />
            <source>Delete flow</source>
            <translation>Fluss löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="116" />
            <source>Delete lane</source>
            <translation>Bahn löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="124" />
            <source>Delete measure</source>
            <translation>Maßnahme löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="72" />
            <source>Delete pain point</source>
            <translation>Schwachstelle löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="224" />
            <source>Delete step</source>
            <translation>Schritt löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="33" />
            <source>IT system</source>
            <translation>IT-System</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="254" />
            <source>Insert step</source>
            <translation>Schritt einfügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="292" />
            <source>Label flow</source>
            <translation>Fluss beschriften</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="220" />
            <source>Move agenda item</source>
            <translation>Tagesordnungspunkt verschieben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="103" />
            <source>Move lane</source>
            <translation>Bahn verschieben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="198" />
            <source>Move step</source>
            <translation>Schritt verschieben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="283" />
            <source>Only steps of the same process model can be connected.</source>
            <translation>Nur Schritte desselben Prozessmodells lassen sich verbinden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="178" />
            <source>Remove participant</source>
            <translation>Teilnehmende entfernen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="95" />
            <source>Rename lane</source>
            <translation>Bahn umbenennen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="182" />
            <source>Rename step</source>
            <translation>Schritt umbenennen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="25" />
            <source>Steps have no attribute {name}.</source>
            <translation>Schritte haben kein Merkmal {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="92" />
            <source>The due date must be a date.</source>
            <translation>Der Termin muss ein Datum sein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="210" />
            <location filename="../src/werkstatt/edits/process.py" line="156" />
            <source>The lane belongs to another process model.</source>
            <translation>Die Bahn gehört zu einem anderen Prozessmodell.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="126" />
            <source>The lane {name} still holds {count} steps: choose the lane they move to.</source>
            <translation>Die Bahn „{name}“ enthält noch {count} Schritte: bitte die Bahn wählen, in die sie wechseln.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="38" />
            <source>The probability must be between 0 and 100 %.</source>
            <translation>Die Wahrscheinlichkeit muss zwischen 0 und 100 % liegen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="57" />
            <source>The step belongs to another process model.</source>
            <translation>Der Schritt gehört zu einem anderen Prozessmodell.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="130" />
            <source>The steps must move to another lane of the same model.</source>
            <translation>Die Schritte müssen in eine andere Bahn desselben Modells wechseln.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="38" />
            <source>The {kind} to change no longer exists.</source>
            <translation>Das zu ändernde Element ({kind}) gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="123" />
            <source>The {kind} to restore no longer exists.</source>
            <translation>Das wiederherzustellende Element ({kind}) gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="22" />
            <source>The {what} contains control characters.</source>
            <translation>Das Feld „{what}“ enthält Steuerzeichen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="19" />
            <source>The {what} is too long (at most {maximum} characters).</source>
            <translation>Das Feld „{what}“ ist zu lang (höchstens {maximum} Zeichen).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="30" />
            <source>The {what} must be between 0 and 1,000,000 minutes.</source>
            <translation>Das Feld „{what}“ muss zwischen 0 und 1.000.000 Minuten liegen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="58" />
            <source>The {what} must be between {low} and {high}.</source>
            <translation>Das Feld „{what}“ muss zwischen {low} und {high} liegen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="17" />
            <source>The {what} must not be empty.</source>
            <translation>Das Feld „{what}“ darf nicht leer sein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="77" />
            <source>There is already a lane named {name}.</source>
            <translation>Es gibt bereits eine Bahn „{name}“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="287" />
            <source>These steps are already connected.</source>
            <translation>Diese Schritte sind bereits verbunden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="44" />
            <source>Unknown kind of step: {kind}.</source>
            <translation>Unbekannte Art von Schritt: {kind}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="90" />
            <source>Unknown measure status: {status}.</source>
            <translation>Unbekannter Maßnahmenstatus: {status}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="50" />
            <source>Unknown medium: {medium}.</source>
            <translation>Unbekanntes Medium: {medium}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="38" />
            <source>Unknown pain point category: {category}.</source>
            <translation>Unbekannte Kategorie für Schwachstellen: {category}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="187" />
            <location filename="../src/werkstatt/edits/base.py" line="49" />
            <source>agenda item</source>
            <translation>Tagesordnungspunkt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="29" />
            <source>building block</source>
            <translation>Baustein</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="190" />
            <source>duration in minutes</source>
            <translation>Dauer in Minuten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="46" />
            <source>flow</source>
            <translation>Fluss</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="293" />
            <location filename="../src/werkstatt/edits/process.py" line="277" />
            <location filename="../src/werkstatt/edits/process.py" line="149" />
            <source>flow label</source>
            <translation>Flussbeschriftung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="45" />
            <source>lane</source>
            <translation>Bahn</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="95" />
            <location filename="../src/werkstatt/edits/process.py" line="68" />
            <source>lane name</source>
            <translation>Bahnname</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="85" />
            <location filename="../src/werkstatt/edits/base.py" line="48" />
            <source>measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="35" />
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="87" />
            <source>owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="36" />
            <location filename="../src/werkstatt/edits/base.py" line="47" />
            <source>pain point</source>
            <translation>Schwachstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="50" />
            <source>process model</source>
            <translation>Prozessmodell</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="30" />
            <source>processing time</source>
            <translation>Bearbeitungszeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="40" />
            <source>severity</source>
            <translation>Schwere</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="44" />
            <source>step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="27" />
            <source>step label</source>
            <translation>Schrittbezeichnung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="31" />
            <source>waiting time</source>
            <translation>Liegezeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="51" />
            <source>workshop</source>
            <translation>Werkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="93" />
            <source>effort</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="93" />
            <source>impact</source>
            <translation>Wirkung</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../src/werkstatt/export.py" line="49" />
            <location filename="../src/werkstatt/export.py" line="43" />
            <source>Unknown format {format}: choose svg, png, dot or pdf.</source>
            <translation>Unbekanntes Format {format}: bitte svg, png, dot oder pdf wählen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/export.py" line="69" />
            <location filename="../src/werkstatt/export.py" line="59" />
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/export.py" line="52" />
            <source>{path} is a folder; give a file name.</source>
            <translation>{path} ist ein Ordner; bitte einen Dateinamen angeben.</translation>
        </message>
    </context>
    <context>
        <name>Queries</name>
        <message>
            <location filename="../src/werkstatt/queries.py" line="31" />
            <source>The id {id} is ambiguous: give more characters.</source>
            <translation>Die ID {id} ist nicht eindeutig: bitte mehr Zeichen angeben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/queries.py" line="32" />
            <source>There is no {what} with the id {id}.</source>
            <translation>Es gibt kein {what} mit der ID {id}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/queries.py" line="36" />
            <source>process model</source>
            <translation>Prozessmodell</translation>
        </message>
    </context>
    <context>
        <name>QuickEntry</name>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="332" />
            <source>A probability must be between 0 and 100 %.</source>
            <translation>Eine Wahrscheinlichkeit muss zwischen 0 und 100 % liegen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="105" />
            <source>Line {number}: {message}</source>
            <translation>Zeile {number}: {message}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="196" />
            <source>Name the step to connect to after “-&gt;”.</source>
            <translation>Nach „-&gt;“ bitte den Schritt nennen, zu dem verbunden wird.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="185" />
            <source>The branch label in “[]” is empty.</source>
            <translation>Die Zweigbeschriftung in „[]“ ist leer.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="183" />
            <source>The branch label in “[…]” is not closed.</source>
            <translation>Die Zweigbeschriftung in „[…]“ ist nicht geschlossen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="224" />
            <source>The building block in “[]” is empty.</source>
            <translation>Der Baustein in „[]“ ist leer.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="221" />
            <source>The building block in “[…]” is not opened.</source>
            <translation>Der Baustein in „[…]“ ist nicht geöffnet.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="130" />
            <source>The line contains the control character U+{code:04X} at column {column}.</source>
            <translation>Die Zeile enthält das Steuerzeichen U+{code:04X} an Stelle {column}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="120" />
            <source>The line is too long ({length} characters, at most {maximum}).</source>
            <translation>Die Zeile ist zu lang ({length} Zeichen, höchstens {maximum}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="144" />
            <source>The note after “&gt;” is empty.</source>
            <translation>Die Notiz nach „&gt;“ ist leer.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="396" />
            <source>The pain point after “!” is empty.</source>
            <translation>Die Schwachstelle nach „!“ ist leer.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="397" />
            <source>The pain point is too long (at most {maximum} characters).</source>
            <translation>Die Schwachstelle ist zu lang (höchstens {maximum} Zeichen).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="229" />
            <source>The step has no label.</source>
            <translation>Der Schritt hat keine Bezeichnung.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="416" />
            <source>The step label is too long ({length} characters, at most {maximum}).</source>
            <translation>Die Schrittbezeichnung ist zu lang ({length} Zeichen, höchstens {maximum}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="348" />
            <source>The time “{part}” is implausibly long.</source>
            <translation>Die Zeitangabe „{part}“ ist unplausibel lang.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="344" />
            <source>Unknown unit of time “{unit}”; use min, h or Tage.</source>
            <translation>Unbekannte Zeiteinheit „{unit}“; bitte min, h oder Tage verwenden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="322" />
            <source>“{part}” is not a time like “10 min” or “2 h”.</source>
            <translation>„{part}“ ist keine Zeitangabe wie „10 min“ oder „2 h“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="193" />
            <source>A start or end event cannot be a link: write a step after it.</source>
            <translation>Ein Start- oder Endereignis kann keine Verbindung sein: bitte danach einen Schritt schreiben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="126" />
            <source>The line contains the invalid character U+{code:04X} at column {column}.</source>
            <translation>Die Zeile enthält das ungültige Zeichen U+{code:04X} an Stelle {column}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="334" />
            <source>The probability is given twice.</source>
            <translation>Die Wahrscheinlichkeit ist doppelt angegeben.</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="137" />
            <source>A database cannot be created at {path}: {reason}.</source>
            <translation>Unter {path} kann keine Datenbank angelegt werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="160" />
            <source>No backup of {path} could be written to {folder} ({reason}); the database was not changed.</source>
            <translation>Es konnte keine Sicherung von {path} in {folder} geschrieben werden ({reason}); die Datenbank wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="104" />
            <source>The database {path} cannot be read: {reason}.</source>
            <translation>Die Datenbank {path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="77" />
            <source>The database {path} cannot be written (no permission).</source>
            <translation>Die Datenbank {path} kann nicht geschrieben werden (keine Berechtigung).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="75" />
            <source>The database {path} is in use by another program; try again.</source>
            <translation>Die Datenbank {path} wird gerade von einem anderen Programm benutzt; bitte erneut versuchen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="82" />
            <source>The database {path} reported an error: {detail}</source>
            <translation>Die Datenbank {path} meldet einen Fehler: {detail}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/migrate.py" line="49" />
            <source>The database {path} was written by a newer version of Werkstatt (schema {revision}); update Werkstatt to open it. The file was left unchanged.</source>
            <translation>Die Datenbank {path} wurde von einer neueren Werkstatt-Version geschrieben (Schema {revision}); bitte Werkstatt aktualisieren, um sie zu öffnen. Die Datei blieb unverändert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="79" />
            <source>The disk holding {path} is full; nothing was saved.</source>
            <translation>Der Datenträger von {path} ist voll; es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="86" />
            <source>The file {path} is not a readable Werkstatt database (damaged or of another kind); it was left unchanged. Restore a copy from {backups} or choose another file with --db.</source>
            <translation>Die Datei {path} ist keine lesbare Werkstatt-Datenbank (beschädigt oder von anderer Art); sie blieb unverändert. Stellen Sie eine Sicherung aus {backups} wieder her oder wählen Sie mit --db eine andere Datei.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="127" />
            <source>The folder {folder} for the database cannot be created: {reason}.</source>
            <translation>Der Ordner {folder} für die Datenbank kann nicht angelegt werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="101" />
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} ist ein Ordner, keine Datenbankdatei.</translation>
        </message>
    </context>
</TS>
