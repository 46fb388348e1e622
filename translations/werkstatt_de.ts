<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>AdoptModel</name>
        <message>
            <location filename="../src/werkstatt/library/adopt.py" line="57" />
            <source> (variant {organisation})</source>
            <translation> (Variante {organisation})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/adopt.py" line="65" />
            <source>Adopt model as own variant</source>
            <translation>Modell als eigene Variante übernehmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/adopt.py" line="78" />
            <source>The organisation that should adopt the model no longer exists.</source>
            <translation>Die Organisation, die das Modell übernehmen soll, gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/adopt.py" line="68" />
            <source>model name</source>
            <translation>Modellname</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/adopt.py" line="74" />
            <source>Only the name of this model is on this laptop: take its process along for workshops and sync, then adopt it.</source>
            <translation>Von diesem Modell ist nur der Name auf diesem Laptop: Nehmen Sie seinen Prozess für die Werkstatt mit und synchronisieren Sie, dann übernehmen Sie es.</translation>
        </message>
    </context>
    <context>
        <name>AgendaTimer</name>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="144" />
            <source>&amp;Next item</source>
            <translation>&amp;Nächster Punkt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="129" />
            <source>Agenda item</source>
            <translation>Tagesordnungspunkt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="132" />
            <source>Current agenda item</source>
            <translation>Aktueller Tagesordnungspunkt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="145" />
            <source>Finish this item and start the next</source>
            <translation>Diesen Punkt beenden und den nächsten starten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="110" />
            <source>No agenda item is running.</source>
            <translation>Kein Tagesordnungspunkt läuft.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="118" />
            <source>Over time by {minutes} min</source>
            <translation>{minutes} min über der geplanten Zeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="136" />
            <source>Over-time warning</source>
            <translation>Hinweis auf Zeitüberschreitung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="143" />
            <source>Pause the agenda timer</source>
            <translation>Zeitmessung anhalten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="134" />
            <source>Planned and elapsed minutes</source>
            <translation>Geplante und vergangene Minuten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="141" />
            <source>Start the chosen agenda item</source>
            <translation>Gewählten Tagesordnungspunkt starten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="112" />
            <source>elapsed {elapsed} min (no time planned)</source>
            <translation>{elapsed} min vergangen (keine Zeit geplant)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="185" />
            <source>paused</source>
            <translation>angehalten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="113" />
            <source>planned {planned} min · elapsed {elapsed} min</source>
            <translation>geplant {planned} min · vergangen {elapsed} min</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="185" />
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="142" />
            <source>Pa&amp;use</source>
            <translation>Pa&amp;use</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="140" />
            <source>Sta&amp;rt</source>
            <translation>&amp;Starten</translation>
        </message>
    </context>
    <context>
        <name>Analysis</name>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="239" />
            <source>Lane “{lane}”: {problem}; using {rate} €/h ({source}).</source>
            <translation>Bahn „{lane}“: {problem}; gerechnet mit {rate} €/h ({source}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="366" />
            <source>Step “{label}” has a probability outside 0–100 % (limited to that range).</source>
            <translation>Der Schritt „{label}“ hat eine Wahrscheinlichkeit außerhalb von 0–100 % (auf diesen Bereich begrenzt).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="210" />
            <source>Step “{label}” has no processing time (counted as 0 min).</source>
            <translation>Der Schritt „{label}“ hat keine Bearbeitungszeit (mit 0 min gezählt).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="379" />
            <source>The branches of “{label}” add up to more than 100 %.</source>
            <translation>Die Zweige von „{label}“ ergeben zusammen mehr als 100 %.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="215" />
            <source>The process has no case volume: annual effort, FTE and cost are 0 until it is entered.</source>
            <translation>Für den Prozess ist keine Fallzahl erfasst: Jahresaufwand, VZÄ und Kosten bleiben 0, bis sie eingetragen ist.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="104" />
            <source>given for this analysis</source>
            <translation>für diese Auswertung angegeben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="193" />
            <source>{n} loop(s): their steps count once per case, not repeated.</source>
            <translation>{n} Schleife(n): Ihre Schritte zählen einmal je Fall, Wiederholungen werden nicht hochgerechnet.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="299" />
            <source>(no lane)</source>
            <translation>(ohne Bahn)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="233" />
            <source>no pay grade given</source>
            <translation>keine Entgeltgruppe angegeben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="231" />
            <source>no rate known (counted as 0 €)</source>
            <translation>kein Satz bekannt (mit 0 € gezählt)</translation>
        </message>
    </context>
    <context>
        <name>AnalysisCli</name>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="192" />
            <source>As-is: {name}  {id}</source>
            <translation>Ist: {name}  {id}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="132" />
            <source>Case volume per year: {volume}</source>
            <translation>Fallzahl pro Jahr: {volume}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="208" />
            <source>Handovers removed:</source>
            <translation>Entfallene Übergaben:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="151" />
            <source>Handovers: {n} (between organisations: {cross})</source>
            <translation>Übergaben: {n} (zwischen Organisationen: {cross})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="164" />
            <source>IT systems: {systems}</source>
            <translation>IT-Verfahren: {systems}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="170" />
            <source>Lanes:</source>
            <translation>Bahnen:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="168" />
            <source>Loop: {source} → {target}</source>
            <translation>Schleife: {source} → {target}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="210" />
            <source>Media breaks removed:</source>
            <translation>Entfallene Medienbrüche:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="156" />
            <source>Media breaks: {n}</source>
            <translation>Medienbrüche: {n}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="186" />
            <source>Plausibility notes:</source>
            <translation>Plausibilitätshinweise:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="181" />
            <source>Rates used:</source>
            <translation>Verwendete Sätze:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="201" />
            <source>Saved per year: {hours} h, {fte} FTE, {cost} €</source>
            <translation>Einsparung pro Jahr: {hours} h, {fte} VZÄ, {cost} €</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="207" />
            <source>Steps added:</source>
            <translation>Neue Schritte:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="206" />
            <source>Steps removed:</source>
            <translation>Entfallene Schritte:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="166" />
            <source>Steps without IT support: {n}</source>
            <translation>Schritte ohne IT-Unterstützung: {n}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="123" />
            <source>Steps: {steps} ({decisions} decisions), lanes: {lanes}, organisations: {orgs}, loops: {loops}</source>
            <translation>Schritte: {steps} ({decisions} Entscheidungen), Bahnen: {lanes}, Organisationen: {orgs}, Schleifen: {loops}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="193" />
            <source>To-be: {name}  {id}</source>
            <translation>Soll: {name}  {id}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="165" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="133" />
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="177" />
            <source>{lane}: {minutes} min per case, {hours} h per year × {rate} €/h = {cost} €</source>
            <translation>{lane}: {minutes} min je Fall, {hours} h pro Jahr × {rate} €/h = {cost} €</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="161" />
            <source>{previous} → {step}: {before} → {after}</source>
            <translation>{previous} → {step}: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="159" />
            <source>{step} ({block})</source>
            <translation>{step} ({block})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="248" />
            <source>Only at {name}: {steps}</source>
            <translation>Nur bei {name}: {steps}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="228" />
            <source>There is no process with the id {id}.</source>
            <translation>Es gibt keinen Prozess mit der ID {id}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="149" />
            <source>Parallel splits: {n} (every branch happens; the lead time follows the longest)</source>
            <translation>Parallele Verzweigungen: {n} (jeder Zweig findet statt; die Durchlaufzeit folgt dem längsten)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="134" />
            <source>Annual effort of the administrations: {hours} h = {fte} FTE, annual cost: {cost} €</source>
            <translation>Jahresaufwand der Verwaltungen: {hours} h = {fte} VZÄ, Jahreskosten: {cost} €</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="204" />
            <source>Outside parties' time saved per year: {hours} h</source>
            <translation>Eingesparte Zeit externer Beteiligter pro Jahr: {hours} h</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="142" />
            <source>Time of outside parties (not in FTE and cost): {minutes} min per case, {hours} h per year</source>
            <translation>Zeit externer Beteiligter (nicht in VZÄ und Kosten): {minutes} min je Fall, {hours} h pro Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="173" />
            <source>{lane}: {minutes} min per case, {hours} h per year (outside party, not costed)</source>
            <translation>{lane}: {minutes} min je Fall, {hours} h pro Jahr (externe Beteiligte, nicht bepreist)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="183" />
            <source>{name}: {value} (source: {source})</source>
            <translation>{name}: {value} (Quelle: {source})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="145" />
            <source>{party}: {minutes} min per case, {hours} h per year</source>
            <translation>{party}: {minutes} min je Fall, {hours} h pro Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="137" />
            <source>{party}: {minutes} min per case, {hours} h per year = {fte} FTE, {cost} €</source>
            <translation>{party}: {minutes} min je Fall, {hours} h pro Jahr = {fte} VZÄ, {cost} €</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="129" />
            <source>Lead time (longest path, each step once): {total} ({processing} processing, {waiting} waiting)</source>
            <translation>Durchlaufzeit (längster Pfad, jeder Schritt einmal): {total} ({processing} Bearbeitung, {waiting} Liegezeit)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="127" />
            <source>Time per case (weighted by the share of cases): {processing} processing, {waiting} waiting</source>
            <translation>Zeit je Fall (gewichtet mit dem Anteil der Fälle): {processing} Bearbeitung, {waiting} Liegezeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="28" />
            <source>compare two process models (as-is and to-be)</source>
            <translation>zwei Prozessmodelle vergleichen (Ist und Soll)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="26" />
            <source>the figures of a process model: time, effort, FTE, cost, handovers, media breaks</source>
            <translation>die Kennzahlen eines Prozessmodells: Zeit, Aufwand, VZÄ, Kosten, Übergaben, Medienbrüche</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="30" />
            <source>the organisations' models of one register process side by side</source>
            <translation>die Modelle der Organisationen zu einem Registerprozess nebeneinander</translation>
        </message>
    </context>
    <context>
        <name>AnalysisCompare</name>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="39" />
            <source>Annual cost of the administrations</source>
            <translation>Jahreskosten der Verwaltungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="36" />
            <source>Annual effort of the administrations</source>
            <translation>Jahresaufwand der Verwaltungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="34" />
            <source>Case volume per year</source>
            <translation>Fallzahl pro Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="19" />
            <source>Decisions</source>
            <translation>Entscheidungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="38" />
            <source>FTE of the administrations</source>
            <translation>VZÄ der Verwaltungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="23" />
            <source>Handovers</source>
            <translation>Übergaben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="24" />
            <source>Handovers between organisations</source>
            <translation>Übergaben zwischen Organisationen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="20" />
            <source>Lanes</source>
            <translation>Bahnen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="33" />
            <source>Lead time (longest path)</source>
            <translation>Durchlaufzeit (längster Pfad)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="27" />
            <source>Loops</source>
            <translation>Schleifen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="26" />
            <source>Media breaks</source>
            <translation>Medienbrüche</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="21" />
            <source>Organisations involved</source>
            <translation>Beteiligte Organisationen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="41" />
            <source>Outside parties' time per case</source>
            <translation>Zeit externer Beteiligter je Fall</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="43" />
            <source>Outside parties' time per year</source>
            <translation>Zeit externer Beteiligter pro Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="30" />
            <source>Processing time per case</source>
            <translation>Bearbeitungszeit je Fall</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="18" />
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="28" />
            <source>Steps without IT support</source>
            <translation>Schritte ohne IT-Unterstützung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="32" />
            <source>Waiting time per case</source>
            <translation>Liegezeit je Fall</translation>
        </message>
    </context>
    <context>
        <name>AnalysisHighlight</name>
        <message>
            <location filename="../src/werkstatt/ui/analysis/highlight.py" line="47" />
            <source>Handover</source>
            <translation>Übergabe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/highlight.py" line="47" />
            <source>Media break</source>
            <translation>Medienbruch</translation>
        </message>
    </context>
    <context>
        <name>AnalysisPanel</name>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="288" />
            <source>&amp;Rates of the analysis…</source>
            <translation>&amp;Sätze der Analyse …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="446" />
            <source>(no comparison)</source>
            <translation>(kein Vergleich)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="253" />
            <source>Analysed model</source>
            <translation>Analysiertes Modell</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="216" />
            <source>As-is</source>
            <translation>Ist</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="318" />
            <source>As-is vs to-be</source>
            <translation>Ist/Soll</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="95" />
            <source>Case volume per year</source>
            <translation>Fallzahl pro Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="217" />
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="483" />
            <source>Choose another model of the same process (e.g. the to-be) to compare.</source>
            <translation>Wählen Sie ein anderes Modell desselben Prozesses (z. B. den Soll-Prozess) zum Vergleich.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="276" />
            <source>Compare with</source>
            <translation>Vergleichen mit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="280" />
            <source>Comparison</source>
            <translation>Vergleich</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="195" />
            <source>Cost saved per year</source>
            <translation>Eingesparte Kosten pro Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="76" />
            <source>Decisions</source>
            <translation>Entscheidungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="194" />
            <source>FTE saved</source>
            <translation>Eingesparte VZÄ</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="217" />
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="137" />
            <source>Figure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="317" />
            <source>Figures</source>
            <translation>Kennzahlen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="79" />
            <source>Handovers</source>
            <translation>Übergaben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="198" />
            <source>Handovers removed</source>
            <translation>Entfallene Übergaben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="286" />
            <source>Highlight &amp;handovers</source>
            <translation>Ü&amp;bergaben hervorheben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="287" />
            <source>Highlight &amp;media breaks</source>
            <translation>&amp;Medienbrüche hervorheben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="192" />
            <source>Hours saved per year</source>
            <translation>Eingesparte Stunden pro Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="260" />
            <source>Key figures</source>
            <translation>Kennzahlen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="73" />
            <source>Lanes</source>
            <translation>Bahnen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="92" />
            <source>Lead time (longest path)</source>
            <translation>Durchlaufzeit (längster Pfad)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="77" />
            <source>Loops</source>
            <translation>Schleifen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="84" />
            <source>Media breaks</source>
            <translation>Medienbrüche</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="200" />
            <source>Media breaks removed</source>
            <translation>Entfallene Medienbrüche</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="477" />
            <source>No gaps: every figure has its input.</source>
            <translation>Keine Lücken: Jede Kennzahl hat ihre Angaben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="391" />
            <source>No process model is open.</source>
            <translation>Kein Prozessmodell geöffnet.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="74" />
            <source>Organisations involved</source>
            <translation>Beteiligte Organisationen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="255" />
            <source>Overhead on personnel cost</source>
            <translation>Gemeinkostenzuschlag auf die Personalkosten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="475" />
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="270" />
            <source>Plausibility notes</source>
            <translation>Plausibilitätshinweise</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="89" />
            <source>Processing time per case</source>
            <translation>Bearbeitungszeit je Fall</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="93" />
            <source>Processing {p} + waiting {w}</source>
            <translation>Bearbeitung {p} + Liegezeit {w}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="470" />
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="267" />
            <source>Rates used</source>
            <translation>Verwendete Sätze</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="71" />
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="197" />
            <source>Steps added</source>
            <translation>Neue Schritte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="196" />
            <source>Steps removed</source>
            <translation>Entfallene Schritte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="87" />
            <source>Steps without IT support</source>
            <translation>Schritte ohne IT-Unterstützung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="216" />
            <source>To-be</source>
            <translation>Soll</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="137" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="91" />
            <source>Waiting time per case</source>
            <translation>Liegezeit je Fall</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="284" />
            <source>What the to-be saves</source>
            <translation>Was der Soll-Prozess einspart</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="499" />
            <source>as-is</source>
            <translation>Ist</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="256" />
            <source>no overhead</source>
            <translation>ohne Zuschlag</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="96" />
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="257" />
            <source>overhead for non-office work</source>
            <translation>Zuschlag für Nicht-Büroarbeitsplätze</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="256" />
            <source>overhead for office work</source>
            <translation>Zuschlag für Büroarbeitsplätze</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="499" />
            <source>to-be</source>
            <translation>Soll</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="80" />
            <source>{n} ({m} between organisations)</source>
            <translation>{n} ({m} zwischen Organisationen)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="193" />
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="183" />
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="107" />
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="99" />
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="179" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="72" />
            <source>{n} of them tasks</source>
            <translation>davon {n} Tätigkeiten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="90" />
            <source>Σ minutes × probability of every step</source>
            <translation>Σ Minuten × Wahrscheinlichkeit aller Schritte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="488" />
            <source>“{to_be}” needs {h} h, {fte} FTE and {cost} more per year than “{as_is}”.</source>
            <translation>„{to_be}“ braucht im Jahr {h} h, {fte} VZÄ und {cost} mehr als „{as_is}“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="485" />
            <source>“{to_be}” saves {h} h, {fte} FTE and {cost} per year against “{as_is}”.</source>
            <translation>„{to_be}“ spart gegenüber „{as_is}“ im Jahr {h} h, {fte} VZÄ und {cost}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="277" />
            <source>Compare with:</source>
            <translation>&amp;Vergleichen mit:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="297" />
            <source>Overhead:</source>
            <translation>Au&amp;fschlag:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="103" />
            <source>Annual cost of the administrations</source>
            <translation>Jahreskosten der Verwaltungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="98" />
            <source>Annual effort of the administrations</source>
            <translation>Jahresaufwand der Verwaltungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="100" />
            <source>Case volume × the administrations' processing time per case ({m})</source>
            <translation>Fallzahl × Bearbeitungszeit der Verwaltungen je Fall ({m})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="108" />
            <source>Citizens', businesses' and inspection bodies' time (Erfüllungsaufwand), not in FTE or cost</source>
            <translation>Zeit von Bürgerinnen und Bürgern, Unternehmen und Prüfstellen (Erfüllungsaufwand), nicht in VZÄ oder Kosten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="263" />
            <source>Effort of the administrations</source>
            <translation>Aufwand der Verwaltungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="102" />
            <source>FTE of the administrations</source>
            <translation>VZÄ der Verwaltungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="106" />
            <source>Outside parties' time per year</source>
            <translation>Zeit externer Beteiligter pro Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="264" />
            <source>Time of the outside parties</source>
            <translation>Zeit der externen Beteiligten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="473" />
            <source>… and {n} more (all of them in the protocol).</source>
            <translation>… und {n} weitere (alle im Protokoll).</translation>
        </message>
    </context>
    <context>
        <name>AnalysisTables</name>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="39" />
            <source>(≈ {n} days)</source>
            <translation>(≈ {n} Tage)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="41" />
            <source>(≈ {n} h)</source>
            <translation>(≈ {n} h)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="93" />
            <source>Administration</source>
            <translation>Verwaltung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="94" />
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="94" />
            <source>FTE</source>
            <translation>VZÄ</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="90" />
            <source>Outside party</source>
            <translation>Externe Beteiligte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="90" />
            <source>Per case</source>
            <translation>Je Fall</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="93" />
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="91" />
            <source>Per year</source>
            <translation>Pro Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="69" />
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="78" />
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="76" />
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="37" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="46" />
            <source>{n} €</source>
            <translation>{n} €</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../src/werkstatt/ui/app.py" line="198" />
            <source>Werkstatt cannot open its database</source>
            <translation>Werkstatt kann seine Datenbank nicht öffnen</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <location filename="../src/werkstatt/ui/common/background.py" line="97" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>BpmnExport</name>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_export.py" line="229" />
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_export.py" line="223" />
            <source>{path} is a folder; give a file name.</source>
            <translation>{path} ist ein Ordner; bitte einen Dateinamen angeben.</translation>
        </message>
    </context>
    <context>
        <name>BpmnExtras</name>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_extras.py" line="110" />
            <source>the value „{value}“ of {attribute} in Werkstatt's extension, which is not valid</source>
            <translation>der Wert „{value}“ von {attribute} in Werkstatts Erweiterung, der nicht gültig ist</translation>
        </message>
    </context>
    <context>
        <name>BpmnImport</name>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="65" />
            <source>Became: {what}.</source>
            <translation>Übernommen: {what}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="144" />
            <source>Import {name}</source>
            <translation>{name} importieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="67" />
            <source>Not taken over: {what}.</source>
            <translation>Nicht übernommen: {what}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="64" />
            <source>Read from {name}: {counts}.</source>
            <translation>Gelesen aus {name}: {counts}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="230" />
            <source>Some of the file's ids exist here already (an earlier, deleted import?); the model was imported as a copy with new ids.</source>
            <translation>Einige IDs der Datei gibt es hier schon (ein früherer, gelöschter Import?); das Modell wurde als Kopie mit neuen IDs importiert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="168" />
            <source>The model belongs to the register process „{name}“ that is already here.</source>
            <translation>Das Modell gehört zum Registerprozess „{name}“, der hier schon vorhanden ist.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="93" />
            <source>association</source>
            <translation>Assoziation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="94" />
            <source>category (of groups)</source>
            <translation>Kategorie (von Gruppen)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="104" />
            <source>condition of an event</source>
            <translation>Bedingung eines Ereignisses</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="102" />
            <source>cycle of a timer event</source>
            <translation>Zyklus eines Zeitereignisses</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="90" />
            <source>data association (input)</source>
            <translation>Datenassoziation (Eingabe)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="91" />
            <source>data association (output)</source>
            <translation>Datenassoziation (Ausgabe)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="107" />
            <source>data input</source>
            <translation>Dateneingabe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="88" />
            <source>data object</source>
            <translation>Datenobjekt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="88" />
            <source>data object reference</source>
            <translation>Datenobjekt-Verweis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="107" />
            <source>data output</source>
            <translation>Datenausgabe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="92" />
            <source>data state</source>
            <translation>Datenzustand</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="89" />
            <source>data store</source>
            <translation>Datenspeicher</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="89" />
            <source>data store reference</source>
            <translation>Datenspeicher-Verweis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="103" />
            <source>duration of a timer event</source>
            <translation>Dauer eines Zeitereignisses</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="96" />
            <source>error definition</source>
            <translation>Fehlerdefinition</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="96" />
            <source>escalation definition</source>
            <translation>Eskalationsdefinition</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="81" />
            <source>events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="80" />
            <source>gateways</source>
            <translation>Gateways</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="105" />
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="104" />
            <source>global task</source>
            <translation>globale Aufgabe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="94" />
            <source>group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="108" />
            <source>input set</source>
            <translation>Eingabemenge</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="92" />
            <source>input/output specification</source>
            <translation>Ein-/Ausgabe-Spezifikation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="106" />
            <source>interface</source>
            <translation>Schnittstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="97" />
            <source>item definition</source>
            <translation>Elementdefinition</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="79" />
            <source>lanes</source>
            <translation>Bahnen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="101" />
            <source>loop marker</source>
            <translation>Schleifenmarkierung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="95" />
            <source>message definition</source>
            <translation>Nachrichtendefinition</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="116" />
            <source>message flow</source>
            <translation>Nachrichtenfluss</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="82" />
            <source>message flows</source>
            <translation>Nachrichtenflüsse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="100" />
            <source>multi-instance marker</source>
            <translation>Mehrfachinstanz-Markierung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="108" />
            <source>output set</source>
            <translation>Ausgabemenge</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="99" />
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="99" />
            <source>performer</source>
            <translation>Ausführende</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="78" />
            <source>pools</source>
            <translation>Pools</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="120" />
            <source>pools and lanes → {n} lanes</source>
            <translation>Pools und Bahnen → {n} Bahnen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="78" />
            <source>processes</source>
            <translation>Prozesse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="105" />
            <source>property</source>
            <translation>Eigenschaft</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="106" />
            <source>relationship</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="97" />
            <source>resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="98" />
            <source>responsible person (potential owner)</source>
            <translation>Verantwortliche Person (potenzieller Eigentümer)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="116" />
            <source>sequence flow</source>
            <translation>Sequenzfluss</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="81" />
            <source>sequence flows</source>
            <translation>Sequenzflüsse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="95" />
            <source>signal definition</source>
            <translation>Signaldefinition</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="80" />
            <source>sub-processes</source>
            <translation>Unterprozesse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="79" />
            <source>tasks</source>
            <translation>Aufgaben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="93" />
            <source>text annotation</source>
            <translation>Textanmerkung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="133" />
            <source>the drawing ({diagrams} diagrams, {shapes} shapes: positions, sizes, colours, fonts); Werkstatt lays the model out itself</source>
            <translation>die Zeichnung ({diagrams} Diagramme, {shapes} Formen: Positionen, Größen, Farben, Schriften); Werkstatt ordnet das Modell selbst an</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="257" />
            <source>the organisation {id}, which is not known here</source>
            <translation>die Organisation {id}, die hier nicht bekannt ist</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="102" />
            <source>time of a timer event</source>
            <translation>Zeitpunkt eines Zeitereignisses</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="127" />
            <source>{n} extension elements of another tool ({namespace})</source>
            <translation>{n} Erweiterungselemente eines anderen Werkzeugs ({namespace})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="118" />
            <source>{n} × {type} → {kind}</source>
            <translation>{n} × {type} → {kind}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="214" />
            <source>Already here — the model „{name}“ from {file} is in this database already (imported or created here before), so nothing was imported; import it as a copy to have it twice.</source>
            <translation>Schon vorhanden — das Modell „{name}“ aus {file} ist bereits in dieser Datenbank (früher importiert oder hier angelegt), daher wurde nichts importiert; importieren Sie es als Kopie, um es zweimal zu haben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="182" />
            <source>the fact sheet ({fields}) → the register process „{name}“</source>
            <translation>der Steckbrief ({fields}) → der Registerprozess „{name}“</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="247" />
            <source>the file's values of {fields} for the register process „{name}“, which is here already and keeps its own fact sheet</source>
            <translation>die Werte der Datei für {fields} des Registerprozesses „{name}“, der hier schon vorhanden ist und seinen eigenen Steckbrief behält</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="130" />
            <source>{n} extension attributes of another tool ({namespace})</source>
            <translation>{n} Erweiterungsattribute eines anderen Werkzeugs ({namespace})</translation>
        </message>
    </context>
    <context>
        <name>BpmnRead</name>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="384" />
            <source>BPMN: {type}</source>
            <translation>BPMN: {type}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="205" />
            <source>Imported process</source>
            <translation>Importierter Prozess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="356" />
            <source>Lane {n}</source>
            <translation>Bahn {n}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="207" />
            <source>Pool {n}</source>
            <translation>Pool {n}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="302" />
            <source>The file {name} is broken: the pool {pool} refers to the process {ref}, which is not in the file.</source>
            <translation>Die Datei {name} ist fehlerhaft: Der Pool {pool} verweist auf den Prozess {ref}, der nicht in der Datei steht.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="444" />
            <source>The file {name} is broken: the {kind} {flow} points to {ref}, which is not in the file.</source>
            <translation>Die Datei {name} ist fehlerhaft: Der {kind} {flow} zeigt auf {ref}, das nicht in der Datei steht.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="473" />
            <source>message flow</source>
            <translation>Nachrichtenfluss</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="451" />
            <source>sequence flow</source>
            <translation>Sequenzfluss</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="392" />
            <source>the attachment of the boundary event {event} to {host}; it is a step of its own in the same lane</source>
            <translation>die Anheftung des Randereignisses {event} an {host}; es ist ein eigener Schritt in derselben Bahn</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="466" />
            <source>the condition of the flow {flow}</source>
            <translation>die Bedingung des Flusses {flow}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="423" />
            <source>the content of the collapsed sub-process {name}: {nodes} and {flows} sequence flows; the sub-process is one step</source>
            <translation>der Inhalt des zugeklappten Unterprozesses {name}: {nodes} und {flows} Sequenzflüsse; der Unterprozess ist ein Schritt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="420" />
            <source>the content of the expanded sub-process {name}: {nodes} and {flows} sequence flows; the sub-process is one step</source>
            <translation>der Inhalt des aufgeklappten Unterprozesses {name}: {nodes} und {flows} Sequenzflüsse; der Unterprozess ist ein Schritt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="426" />
            <source>the content of the sub-process {name}: {nodes} and {flows} sequence flows; the sub-process is one step</source>
            <translation>der Inhalt des Unterprozesses {name}: {nodes} und {flows} Sequenzflüsse; der Unterprozess ist ein Schritt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="285" />
            <source>the documentation of {count} elements that do not become steps ({names})</source>
            <translation>die Dokumentation von {count} Elementen, die keine Schritte werden ({names})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="288" />
            <source>the end of {count} names longer than Werkstatt's fields ({names}); they are shortened with „…“</source>
            <translation>das Ende von {count} Namen, die länger sind als Werkstatts Felder ({names}); sie sind mit „…“ gekürzt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="483" />
            <source>the exact end of the message flow {flow} at {inner}; it ends at the sub-process {outer}</source>
            <translation>das genaue Ende des Nachrichtenflusses {flow} an {inner}; er endet am Unterprozess {outer}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="348" />
            <source>the lanes of {count} elements that are in no lane of the pool „{pool}“ ({names}); they are in the lane „{pool}“</source>
            <translation>die Bahnzuordnung von {count} Elementen, die in keiner Bahn des Pools „{pool}“ liegen ({names}); sie stehen in der Bahn „{pool}“</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="479" />
            <source>the message flow {flow}, which ends at {end}, not at a step</source>
            <translation>der Nachrichtenfluss {flow}, der an {end} endet, nicht an einem Schritt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="316" />
            <source>the process {name}, which holds no steps</source>
            <translation>der Prozess {name}, der keine Schritte enthält</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="364" />
            <source>the references of the lane „{lane}“ to elements not in the file ({refs})</source>
            <translation>die Verweise der Bahn „{lane}“ auf Elemente, die nicht in der Datei stehen ({refs})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="459" />
            <source>the sequence flow {flow}, which does not join two steps of one pool</source>
            <translation>der Sequenzfluss {flow}, der nicht zwei Schritte eines Pools verbindet</translation>
        </message>
    </context>
    <context>
        <name>BpmnScan</name>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="93" />
            <source>The file {name} contains a document type declaration (DTD), which Werkstatt refuses for safety.</source>
            <translation>Die Datei {name} enthält eine Dokumenttyp-Deklaration (DTD), die Werkstatt aus Sicherheitsgründen ablehnt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="96" />
            <source>The file {name} declares entities or refers to other files, which Werkstatt refuses for safety.</source>
            <translation>Die Datei {name} deklariert Entitäten oder verweist auf andere Dateien, was Werkstatt aus Sicherheitsgründen ablehnt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="136" />
            <source>The file {name} has more than {limit} XML elements; Werkstatt does not import files this large.</source>
            <translation>Die Datei {name} hat mehr als {limit} XML-Elemente; so große Dateien importiert Werkstatt nicht.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="116" />
            <source>The file {name} is XML but not BPMN 2.0 (it starts with &lt;{tag}&gt;).</source>
            <translation>Die Datei {name} ist XML, aber kein BPMN 2.0 (sie beginnt mit &lt;{tag}&gt;).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="111" />
            <source>The file {name} is a web page (HTML), not a BPMN file.</source>
            <translation>Die Datei {name} ist eine Webseite (HTML), keine BPMN-Datei.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="180" />
            <source>The file {name} is broken: the id {id} is used twice.</source>
            <translation>Die Datei {name} ist fehlerhaft: Die ID {id} kommt zweimal vor.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="106" />
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="86" />
            <source>The file {name} is empty.</source>
            <translation>Die Datei {name} ist leer.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="100" />
            <source>The file {name} is not readable XML (broken in line {line}).</source>
            <translation>Die Datei {name} ist kein lesbares XML (fehlerhaft in Zeile {line}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="103" />
            <source>The file {name} is not readable XML (its encoding is broken).</source>
            <translation>Die Datei {name} ist kein lesbares XML (ihre Zeichenkodierung ist fehlerhaft).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="88" />
            <source>The file {name} is too large to import (more than {mb} MB).</source>
            <translation>Die Datei {name} ist zu groß für einen Import (mehr als {mb} MB).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="140" />
            <source>The file {name} nests its elements more than {limit} levels deep; Werkstatt does not import files built like this.</source>
            <translation>Die Datei {name} verschachtelt ihre Elemente mehr als {limit} Ebenen tief; so gebaute Dateien importiert Werkstatt nicht.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="114" />
            <source>The file {name} uses the namespace {ns}, not that of BPMN 2.0.</source>
            <translation>Die Datei {name} verwendet den Namensraum {ns}, nicht den von BPMN 2.0.</translation>
        </message>
    </context>
    <context>
        <name>BpmnWords</name>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="74" />
            <source>LeiKa key</source>
            <translation>LeiKa-Schlüssel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="19" />
            <source>ad-hoc sub-process</source>
            <translation>Ad-hoc-Unterprozess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="28" />
            <source>boundary event</source>
            <translation>Randereignis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="17" />
            <source>business rule task</source>
            <translation>Geschäftsregelaufgabe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="18" />
            <source>call activity</source>
            <translation>Aufrufaktivität</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="40" />
            <source>cancel</source>
            <translation>Abbruch</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="77" />
            <source>case volume per year</source>
            <translation>Fallzahl pro Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="39" />
            <source>compensation</source>
            <translation>Kompensation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="24" />
            <source>complex gateway</source>
            <translation>komplexes Gateway</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="64" />
            <source>complex splits</source>
            <translation>komplexe Verzweigungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="38" />
            <source>condition</source>
            <translation>Bedingung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="62" />
            <source>decisions</source>
            <translation>Entscheidungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="73" />
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="25" />
            <source>end event</source>
            <translation>Endereignis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="65" />
            <source>end steps</source>
            <translation>End-Schritte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="36" />
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="37" />
            <source>escalation</source>
            <translation>Eskalation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="23" />
            <source>event-based gateway</source>
            <translation>ereignisbasiertes Gateway</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="64" />
            <source>event-based splits</source>
            <translation>ereignisbasierte Verzweigungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="20" />
            <source>exclusive gateway</source>
            <translation>exklusives Gateway</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="66" />
            <source>flows</source>
            <translation>Flüsse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="29" />
            <source>implicit throw event</source>
            <translation>implizites auslösendes Ereignis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="21" />
            <source>inclusive gateway</source>
            <translation>inklusives Gateway</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="63" />
            <source>inclusive splits</source>
            <translation>inklusive Verzweigungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="27" />
            <source>intermediate catch event</source>
            <translation>Zwischenereignis, eintretend</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="26" />
            <source>intermediate throw event</source>
            <translation>Zwischenereignis, auslösend</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="76" />
            <source>lead organisation</source>
            <translation>federführende Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="77" />
            <source>legal basis</source>
            <translation>Rechtsgrundlage</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="38" />
            <source>link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="15" />
            <source>manual task</source>
            <translation>manuelle Aufgabe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="35" />
            <source>message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="75" />
            <source>owner</source>
            <translation>zuständige Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="22" />
            <source>parallel gateway</source>
            <translation>paralleles Gateway</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="63" />
            <source>parallel splits</source>
            <translation>parallele Verzweigungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="74" />
            <source>product area</source>
            <translation>Produktbereich</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="16" />
            <source>receive task</source>
            <translation>Empfangsaufgabe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="73" />
            <source>register key</source>
            <translation>Registerschlüssel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="17" />
            <source>script task</source>
            <translation>Skriptaufgabe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="16" />
            <source>send task</source>
            <translation>Sendeaufgabe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="15" />
            <source>service task</source>
            <translation>Serviceaufgabe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="36" />
            <source>signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="24" />
            <source>start event</source>
            <translation>Startereignis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="65" />
            <source>start steps</source>
            <translation>Start-Schritte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="76" />
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="18" />
            <source>sub-process</source>
            <translation>Unterprozess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="66" />
            <source>sub-process steps</source>
            <translation>Unterprozess-Schritte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="78" />
            <source>tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="14" />
            <source>task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="62" />
            <source>task steps</source>
            <translation>Aufgaben-Schritte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="41" />
            <source>terminate</source>
            <translation>Terminierung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="91" />
            <source>that the event {node} does not interrupt</source>
            <translation>dass das Ereignis {node} nicht unterbricht</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="93" />
            <source>the compensation marker of {node}</source>
            <translation>die Kompensationsmarkierung von {node}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="88" />
            <source>the marking of the flow {flow} as the default flow of {node}</source>
            <translation>die Kennzeichnung des Flusses {flow} als Standardfluss von {node}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="95" />
            <source>the start by an event of the event sub-process {node}; it is a sub-process step like any other</source>
            <translation>der Start durch ein Ereignis beim Ereignis-Unterprozess {node}; er ist ein Unterprozess-Schritt wie jeder andere</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="35" />
            <source>timer</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="19" />
            <source>transaction</source>
            <translation>Transaktion</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="14" />
            <source>user task</source>
            <translation>Benutzeraufgabe</translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <location filename="../src/werkstatt/cli.py" line="61" />
            <source>Werkstatt: run process workshops and share their results.</source>
            <translation>Werkstatt: Prozesswerkstätten moderieren und ihre Ergebnisse teilen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="66" />
            <source>language of the messages</source>
            <translation>Sprache der Meldungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="64" />
            <source>the local database (default: WERKSTATT_DB or the user's data folder)</source>
            <translation>die lokale Datenbank (Standard: WERKSTATT_DB oder der Datenordner des Benutzers)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="52" />
            <source>werkstatt: {problem}. See “werkstatt --help”.</source>
            <translation>werkstatt: {problem}. Siehe „werkstatt --help“.</translation>
        </message>
    </context>
    <context>
        <name>Capture</name>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="282" />
            <source>A note needs a step before it.</source>
            <translation>Eine Notiz braucht einen Schritt davor.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="142" />
            <source>Capture step</source>
            <translation>Schritt erfassen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="118" />
            <source>Comment, not stored.</source>
            <translation>Kommentar, nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="260" />
            <source>Connected to “{label}”.</source>
            <translation>Verbunden mit „{label}“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="162" />
            <source>Lane “{lane}” created.</source>
            <translation>Bahn „{lane}“ angelegt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="270" />
            <source>No step is labelled “{label}”.</source>
            <translation>Kein Schritt heißt „{label}“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="288" />
            <source>Note added to “{label}”.</source>
            <translation>Notiz zu „{label}“ hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="271" />
            <source>Several steps begin with “{label}”: write more of the label.</source>
            <translation>Mehrere Schritte beginnen mit „{label}“: bitte mehr von der Bezeichnung schreiben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="150" />
            <source>Step “{label}” stored in lane “{lane}”.</source>
            <translation>Schritt „{label}“ in Bahn „{lane}“ gespeichert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="169" />
            <source>The first step needs a lane: write “Lane: step”.</source>
            <translation>Der erste Schritt braucht eine Bahn: „Bahn: Schritt“ schreiben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="173" />
            <source>The lane of the previous step was deleted: name a lane.</source>
            <translation>Die Bahn des vorigen Schritts wurde gelöscht: bitte eine Bahn nennen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="231" />
            <source>There is no decision yet for the branch “{branch}”.</source>
            <translation>Für den Zweig „{branch}“ gibt es noch keine Entscheidung.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="254" />
            <source>There is no step to connect from.</source>
            <translation>Es gibt keinen Schritt, von dem aus verbunden werden kann.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="249" />
            <source>Unknown building block “{name}”.</source>
            <translation>Unbekannter Baustein „{name}“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="247" />
            <source>Unknown building block “{name}”; did you mean: {suggestions}?</source>
            <translation>Unbekannter Baustein „{name}“; gemeint war vielleicht: {suggestions}?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="278" />
            <source>Pain point “{text}” stored.</source>
            <translation>Schwachstelle „{text}“ gespeichert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="218" />
            <source>Insert step</source>
            <translation>Schritt einfügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="195" />
            <source>Only a step can be inserted here: write “Lane: step” or the step text.</source>
            <translation>Hier lässt sich nur ein Schritt einfügen: „Bahn: Schritt“ oder den Text des Schritts schreiben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="226" />
            <source>Step “{label}” inserted in lane “{lane}”.</source>
            <translation>Schritt „{label}“ in Bahn „{lane}“ eingefügt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="210" />
            <source>An end event cannot stand between two steps.</source>
            <translation>Ein Endereignis kann nicht zwischen zwei Schritten stehen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="201" />
            <source>Nothing follows an end event: insert after the step before it.</source>
            <translation>Auf ein Endereignis folgt nichts: bitte nach dem Schritt davor einfügen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="154" />
            <source>It follows “{label}”, which was captured elsewhere meanwhile.</source>
            <translation>Er folgt auf „{label}“, das inzwischen anderswo erfasst wurde.</translation>
        </message>
    </context>
    <context>
        <name>CaptureCLI</name>
        <message>
            <location filename="../src/werkstatt/capture/cli.py" line="62" />
            <source>The line is not UTF-8 text.</source>
            <translation>Die Zeile ist kein UTF-8-Text.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/cli.py" line="22" />
            <source>acknowledge each line as JSON</source>
            <translation>jede Zeile als JSON bestätigen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/cli.py" line="52" />
            <source>ok {line}: {message}</source>
            <translation>ok {line}: {message}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/cli.py" line="20" />
            <source>read quick-entry lines from standard input</source>
            <translation>Schnelleingabe-Zeilen von der Standardeingabe lesen</translation>
        </message>
    </context>
    <context>
        <name>CaptureLine</name>
        <message>
            <location filename="../src/werkstatt/ui/capture/line.py" line="46" />
            <source>Lane: step text (10 min) [building block] — Enter stores</source>
            <translation>Bahn: Schritt (10 min) [Baustein] – Eingabetaste speichert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/line.py" line="45" />
            <source>Quick entry</source>
            <translation>Schnelleingabe</translation>
        </message>
    </context>
    <context>
        <name>CapturePanel</name>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="377" />
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="378" />
            <source>Connect the selected step to:</source>
            <translation>Den ausgewählten Schritt verbinden mit:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="301" />
            <source>Insert after “{label}” — Esc ends inserting.</source>
            <translation>Einfügen nach „{label}“ – Esc beendet das Einfügen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="360" />
            <source>Lane for the selected step:</source>
            <translation>Bahn für den ausgewählten Schritt:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="359" />
            <source>Move to lane</source>
            <translation>In andere Bahn verschieben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="297" />
            <source>New steps are added at the end.</source>
            <translation>Neue Schritte kommen ans Ende.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="145" />
            <source>Open a process model first (Workshop tab or the model list).</source>
            <translation>Bitte zuerst ein Prozessmodell öffnen (Reiter Workshop oder die Modellauswahl).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="228" />
            <source>Paste {count} lines</source>
            <translation>{count} Zeilen einfügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="112" />
            <source>Result of the last entry</source>
            <translation>Ergebnis der letzten Eingabe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="331" />
            <source>Select a step first (Up/Down in the entry line, or click it).</source>
            <translation>Bitte zuerst einen Schritt auswählen (Pfeil hoch/runter in der Eingabezeile oder anklicken).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="116" />
            <source>Steps in capture order</source>
            <translation>Schritte in Erfassungsreihenfolge</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="369" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="365" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="254" />
            <source>{stored} lines stored, {count} refused: {reasons}</source>
            <translation>{stored} Zeilen gespeichert, {count} abgelehnt: {reasons}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="257" />
            <source>{stored} lines stored.</source>
            <translation>{stored} Zeilen gespeichert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="390" />
            <source>Step deleted; its {count} pain points now belong to the whole process.</source>
            <translation>Schritt gelöscht; seine Schwachstellen ({count}) gelten jetzt für den ganzen Prozess.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="238" />
            <source>line {number}: {reason}</source>
            <translation>Zeile {number}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <location filename="../src/werkstatt/capture/catalogue.py" line="84" />
            <source>The building block file {origin} is not usable: {reason}.</source>
            <translation>Die Bausteindatei {origin} ist nicht verwendbar: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/catalogue.py" line="75" />
            <source>The building block file {path} cannot be read: {reason}.</source>
            <translation>Die Bausteindatei {path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/catalogue.py" line="114" />
            <source>an entry lacks {field}</source>
            <translation>einem Eintrag fehlt {field}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/catalogue.py" line="110" />
            <source>block {id} is empty or named twice</source>
            <translation>Baustein {id} ist leer oder doppelt benannt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/catalogue.py" line="93" />
            <source>it is not a Werkstatt building block file</source>
            <translation>sie ist keine Werkstatt-Bausteindatei</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/catalogue.py" line="91" />
            <source>it is not valid JSON in UTF-8 ({detail})</source>
            <translation>sie ist kein gültiges JSON in UTF-8 ({detail})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/catalogue.py" line="116" />
            <source>it lists no building blocks</source>
            <translation>sie enthält keine Bausteine</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/catalogue.py" line="95" />
            <source>it was written for a newer version of Werkstatt</source>
            <translation>sie wurde für eine neuere Werkstatt-Version geschrieben</translation>
        </message>
    </context>
    <context>
        <name>CommonEdits</name>
        <message>
            <location filename="../src/werkstatt/ui/common/edits.py" line="33" />
            <source>The change could not be saved.</source>
            <translation>Die Änderung konnte nicht gespeichert werden.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="76" />
            <source>Both versions side by side</source>
            <translation>Beide Fassungen nebeneinander</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="54" />
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="74" />
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="94" />
            <source>Fields that differ are marked with ≠ and printed in bold.</source>
            <translation>Abweichende Felder sind mit ≠ markiert und fett gedruckt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="103" />
            <source>Keep &amp;both (mine as a variant)</source>
            <translation>&amp;Beide behalten (meine als Variante)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="101" />
            <source>Keep &amp;mine</source>
            <translation>&amp;Meine behalten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="74" />
            <source>My version</source>
            <translation>Meine Fassung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="71" />
            <source>Open conflicts</source>
            <translation>Offene Konflikte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="197" />
            <source>Replace your version of {what} on this laptop with the register's? Yours cannot be brought back afterwards; “Keep both” keeps it as a variant.</source>
            <translation>Ihre Fassung von {what} auf diesem Laptop durch die des Registers ersetzen? Ihre lässt sich danach nicht zurückholen; „Beide behalten“ bewahrt sie als Variante.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="58" />
            <source>Sync conflicts</source>
            <translation>Konflikte der Synchronisierung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="102" />
            <source>Take &amp;theirs</source>
            <translation>&amp;Ihre übernehmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="185" />
            <source>Take theirs</source>
            <translation>Ihre übernehmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="104" />
            <source>The next sync sends your version as a new revision.</source>
            <translation>Die nächste Synchronisierung sendet Ihre Fassung als neue Revision.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="105" />
            <source>The register's version replaces yours on this laptop.</source>
            <translation>Die Fassung des Registers ersetzt Ihre auf diesem Laptop.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="212" />
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="149" />
            <source>There are no open conflicts.</source>
            <translation>Keine offenen Konflikte.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="64" />
            <source>These rows were changed on this laptop and in the register since the last sync. Nothing was overwritten; choose which version counts. The next sync carries the choice out.</source>
            <translation>Diese Zeilen wurden seit der letzten Synchronisierung auf diesem Laptop und im Register geändert. Nichts wurde überschrieben; wählen Sie, welche Fassung gilt. Die nächste Synchronisierung führt die Wahl aus.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="175" />
            <source>This field differs.</source>
            <translation>Dieses Feld weicht ab.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="75" />
            <source>Version in the register</source>
            <translation>Fassung im Register</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="98" />
            <source>What was done</source>
            <translation>Was getan wurde</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="106" />
            <source>Your version of the whole model becomes a variant based on the original; the original takes the register's version.</source>
            <translation>Ihre Fassung des ganzen Modells wird eine Variante auf Grundlage des Originals; das Original übernimmt die Fassung des Registers.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../src/werkstatt/ui/crash.py" line="75" />
            <source>&amp;Copy report</source>
            <translation>Bericht &amp;kopieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/crash.py" line="69" />
            <source>A copy is in {path}.</source>
            <translation>Eine Kopie liegt in {path}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/crash.py" line="74" />
            <source>Error report</source>
            <translation>Fehlerbericht</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/crash.py" line="66" />
            <source>Werkstatt ran into an error in its own code. Everything you entered before is saved. Please send this report to the Werkstatt team.</source>
            <translation>Werkstatt ist auf einen Fehler im eigenen Programm gestoßen. Alles, was Sie bis hierhin eingegeben haben, ist gespeichert. Bitte senden Sie diesen Bericht an das Werkstatt-Team.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/crash.py" line="65" />
            <source>Werkstatt: an error in the program</source>
            <translation>Werkstatt: ein Fehler im Programm</translation>
        </message>
    </context>
    <context>
        <name>CsvExport</name>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="211" />
            <source>(whole process)</source>
            <translation>(ganzer Prozess)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="258" />
            <source>Benefit</source>
            <translation>Nutzen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="168" />
            <source>Building block</source>
            <translation>Baustein</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="206" />
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="237" />
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="258" />
            <location filename="../src/werkstatt/interchange/csv_export.py" line="238" />
            <source>Effort</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="259" />
            <location filename="../src/werkstatt/interchange/csv_export.py" line="239" />
            <location filename="../src/werkstatt/interchange/csv_export.py" line="207" />
            <location filename="../src/werkstatt/interchange/csv_export.py" line="170" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="169" />
            <source>IT system</source>
            <translation>IT-System</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="238" />
            <source>Impact</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="257" />
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="257" />
            <location filename="../src/werkstatt/interchange/csv_export.py" line="167" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="206" />
            <location filename="../src/werkstatt/interchange/csv_export.py" line="167" />
            <source>Lane</source>
            <translation>Schwimmbahn</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="236" />
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="207" />
            <source>Measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="170" />
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="236" />
            <location filename="../src/werkstatt/interchange/csv_export.py" line="205" />
            <location filename="../src/werkstatt/interchange/csv_export.py" line="167" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="170" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="207" />
            <source>Pain point</source>
            <translation>Schwachstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="239" />
            <source>Pain points</source>
            <translation>Schwachstellen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="169" />
            <source>Probability</source>
            <translation>Wahrscheinlichkeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="236" />
            <location filename="../src/werkstatt/interchange/csv_export.py" line="205" />
            <source>Process model</source>
            <translation>Prozessmodell</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="168" />
            <source>Processing time (min)</source>
            <translation>Bearbeitungszeit (min)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="258" />
            <source>Quadrant</source>
            <translation>Quadrant</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="257" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="237" />
            <source>Responsible</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="237" />
            <source>Responsible organisation</source>
            <translation>Verantwortliche Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="206" />
            <source>Severity</source>
            <translation>Schwere</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="238" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="205" />
            <location filename="../src/werkstatt/interchange/csv_export.py" line="167" />
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="95" />
            <source>The CSV file cannot be written to {path}: {reason}.</source>
            <translation>Die CSV-Datei kann nicht nach {path} geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="107" />
            <source>There is no CSV dialect “{name}”; choose excel-de or rfc4180.</source>
            <translation>Es gibt keinen CSV-Dialekt „{name}“; wählen Sie excel-de oder rfc4180.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="113" />
            <source>There is no CSV of “{what}”; choose steps, pain-points, measures or votes.</source>
            <translation>Es gibt kein CSV von „{what}“; wählen Sie steps, pain-points, measures oder votes.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="187" />
            <source>There is no workshop or process model with the id {id}.</source>
            <translation>Es gibt keine Werkstatt und kein Prozessmodell mit der ID {id}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="257" />
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="169" />
            <source>Waiting time (min)</source>
            <translation>Liegezeit (min)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="256" />
            <source>keep as is</source>
            <translation>so lassen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="255" />
            <source>measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="141" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="255" />
            <source>pain point</source>
            <translation>Schwachstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="141" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
    </context>
    <context>
        <name>DiagramPaper</name>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="423" />
            <source>Orange badges give the number of pain points at a step; tinted boxes with a bar and a number give the step's share of the votes.</source>
            <translation>Orange Kreise geben die Zahl der Schwachstellen an einem Schritt an; getönte Kästen mit Balken und Zahl den Anteil des Schritts an den Punkten.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="418" />
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="413" />
            <source>Overview (step numbers as in the step table)</source>
            <translation>Übersicht (Schrittnummern wie in der Schrittliste)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="433" />
            <source>Part {n} of {total}</source>
            <translation>Teil {n} von {total}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="434" />
            <source>Part {n} of {total} of the diagram of “{model}”: lanes {lanes}.</source>
            <translation>Teil {n} von {total} des Diagramms „{model}“: Bahnen {lanes}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="439" />
            <source>Part {n} of {total} of the diagram of “{model}”: lanes {lanes}; steps {first} to {last} (from “{first_label}” to “{last_label}”).</source>
            <translation>Teil {n} von {total} des Diagramms „{model}“: Bahnen {lanes}; Schritte {first} bis {last} (von „{first_label}“ bis „{last_label}“).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="438" />
            <source>Part {n} of {total}: steps {first}–{last}</source>
            <translation>Teil {n} von {total}: Schritte {first}–{last}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="414" />
            <source>Swimlane diagram of “{model}”, the whole process on one page: {count} steps in the lanes {lanes}. The boxes show the step numbers of the table “Steps of {model}” (column No.), which lists every step in full.</source>
            <translation>Swimlane-Diagramm „{model}“, der ganze Prozess auf einer Seite: {count} Schritte in den Bahnen {lanes}. Die Kästen zeigen die Schrittnummern der Tabelle „Schritte von {model}“ (Spalte Nr.), die jeden Schritt vollständig aufführt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="419" />
            <source>Swimlane diagram of “{model}”, the whole process on one page: {count} steps in the lanes {lanes}. The full list of steps is the table “Steps of {model}”.</source>
            <translation>Swimlane-Diagramm „{model}“, der ganze Prozess auf einer Seite: {count} Schritte in den Bahnen {lanes}. Die vollständige Liste der Schritte ist die Tabelle „Schritte von {model}“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="97" />
            <source>pain points at the step</source>
            <translation>Schwachstellen am Schritt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="98" />
            <source>share of the votes in the latest dot vote (tint and bar), votes as a number</source>
            <translation>Anteil der Punkte in der letzten Punktabfrage (Tönung und Balken), Punkte als Zahl</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="333" />
            <source>{votes} votes</source>
            <translation>{votes} Punkte</translation>
        </message>
    </context>
    <context>
        <name>DiagramView</name>
        <message>
            <location filename="../src/werkstatt/ui/capture/diagram_view.py" line="40" />
            <source>Swimlane diagram</source>
            <translation>Swimlane-Diagramm</translation>
        </message>
    </context>
    <context>
        <name>EditBase</name>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="58" />
            <source>The {kind} to change no longer exists.</source>
            <translation>Das zu ändernde Element ({kind}) gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="145" />
            <source>The {kind} to restore no longer exists.</source>
            <translation>Das wiederherzustellende Element ({kind}) gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="69" />
            <source>agenda item</source>
            <translation>Tagesordnungspunkt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="66" />
            <source>flow</source>
            <translation>Fluss</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="65" />
            <source>lane</source>
            <translation>Bahn</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="73" />
            <source>link between measure and pain point</source>
            <translation>Verknüpfung von Maßnahme und Schwachstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="68" />
            <source>measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="74" />
            <source>organisation of the workshop</source>
            <translation>beteiligte Organisation der Werkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="67" />
            <source>pain point</source>
            <translation>Schwachstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="72" />
            <source>participation</source>
            <translation>Teilnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="70" />
            <source>process model</source>
            <translation>Prozessmodell</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="64" />
            <source>step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="71" />
            <source>workshop</source>
            <translation>Werkstatt</translation>
        </message>
    </context>
    <context>
        <name>EditValidation</name>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="94" />
            <source>IT system</source>
            <translation>IT-System</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="126" />
            <source>The probability must be between 0 and 100 %.</source>
            <translation>Die Wahrscheinlichkeit muss zwischen 0 und 100 % liegen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="39" />
            <source>The {what} contains control characters.</source>
            <translation>Das Feld „{what}“ enthält Steuerzeichen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="41" />
            <source>The {what} contains the bidirectional control character U+{code:04X} at position {column}, which can make text read as something else.</source>
            <translation>Das Feld „{what}“ enthält an Stelle {column} das Richtungssteuerzeichen U+{code:04X}, mit dem Text als etwas anderes gelesen werden kann.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="75" />
            <location filename="../src/werkstatt/edits/validate.py" line="36" />
            <source>The {what} is too long (at most {maximum} characters).</source>
            <translation>Das Feld „{what}“ ist zu lang (höchstens {maximum} Zeichen).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="118" />
            <source>The {what} must be between 0 and 1,000,000 minutes.</source>
            <translation>Das Feld „{what}“ muss zwischen 0 und 1.000.000 Minuten liegen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="146" />
            <source>The {what} must be between {low} and {high}.</source>
            <translation>Das Feld „{what}“ muss zwischen {low} und {high} liegen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="34" />
            <source>The {what} must not be empty.</source>
            <translation>Das Feld „{what}“ darf nicht leer sein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="132" />
            <source>Unknown kind of step: {kind}.</source>
            <translation>Unbekannte Art von Schritt: {kind}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="138" />
            <source>Unknown medium: {medium}.</source>
            <translation>Unbekanntes Medium: {medium}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="100" />
            <source>agenda item</source>
            <translation>Tagesordnungspunkt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="93" />
            <source>building block</source>
            <translation>Baustein</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="110" />
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="96" />
            <source>flow label</source>
            <translation>Flussbeschriftung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="91" />
            <source>lane name</source>
            <translation>Bahnname</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="98" />
            <source>measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="105" />
            <source>model name</source>
            <translation>Modellname</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="101" />
            <location filename="../src/werkstatt/edits/validate.py" line="95" />
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="102" />
            <location filename="../src/werkstatt/edits/validate.py" line="99" />
            <source>owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="97" />
            <source>pain point</source>
            <translation>Schwachstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="103" />
            <source>photo caption</source>
            <translation>Bildunterschrift</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="104" />
            <source>question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="92" />
            <source>step label</source>
            <translation>Schrittbezeichnung</translation>
        </message>
    </context>
    <context>
        <name>Edits</name>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="69" />
            <source>Add lane</source>
            <translation>Bahn hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="172" />
            <source>Add step</source>
            <translation>Schritt hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="414" />
            <source>An end event has no outgoing flow.</source>
            <translation>Ein Endereignis hat keinen ausgehenden Fluss.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="250" />
            <source>Change kind of step</source>
            <translation>Art des Schritts ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="254" />
            <source>Change step</source>
            <translation>Schritt ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="403" />
            <source>Connect steps</source>
            <translation>Schritte verbinden</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="426" />
            <source>Delete flow</source>
            <translation>Fluss löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="118" />
            <source>Delete lane</source>
            <translation>Bahn löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="355" />
            <source>Delete step</source>
            <translation>Schritt löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="34" />
            <source>IT system</source>
            <translation>IT-System</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="383" />
            <source>Insert step</source>
            <translation>Schritt einfügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="421" />
            <source>Label flow</source>
            <translation>Fluss beschriften</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="108" />
            <source>Move lane</source>
            <translation>Bahn verschieben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="262" />
            <source>Move step</source>
            <translation>Schritt verschieben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="412" />
            <source>Only steps of the same process model can be connected.</source>
            <translation>Nur Schritte desselben Prozessmodells lassen sich verbinden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="98" />
            <source>Rename lane</source>
            <translation>Bahn umbenennen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="246" />
            <source>Rename step</source>
            <translation>Schritt umbenennen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="26" />
            <source>Steps have no attribute {name}.</source>
            <translation>Schritte haben kein Merkmal {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="274" />
            <location filename="../src/werkstatt/edits/process.py" line="188" />
            <source>The lane belongs to another process model.</source>
            <translation>Die Bahn gehört zu einem anderen Prozessmodell.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="128" />
            <source>The lane {name} still holds {count} steps: choose the lane they move to.</source>
            <translation>Die Bahn „{name}“ enthält noch {count} Schritte: bitte die Bahn wählen, in die sie wechseln.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="132" />
            <source>The steps must move to another lane of the same model.</source>
            <translation>Die Schritte müssen in eine andere Bahn desselben Modells wechseln.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="80" />
            <source>There is already a lane named {name}.</source>
            <translation>Es gibt bereits eine Bahn „{name}“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="416" />
            <source>These steps are already connected.</source>
            <translation>Diese Schritte sind bereits verbunden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="30" />
            <source>building block</source>
            <translation>Baustein</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="422" />
            <location filename="../src/werkstatt/edits/process.py" line="406" />
            <location filename="../src/werkstatt/edits/process.py" line="334" />
            <location filename="../src/werkstatt/edits/process.py" line="177" />
            <source>flow label</source>
            <translation>Flussbeschriftung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="99" />
            <location filename="../src/werkstatt/edits/process.py" line="71" />
            <source>lane name</source>
            <translation>Bahnname</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="37" />
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="31" />
            <source>processing time</source>
            <translation>Bearbeitungszeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="28" />
            <source>step label</source>
            <translation>Schrittbezeichnung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="32" />
            <source>waiting time</source>
            <translation>Liegezeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="339" />
            <source>A start or end event cannot become a decision.</source>
            <translation>Ein Start- oder Endereignis kann keine Entscheidung werden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="295" />
            <source>Move step down</source>
            <translation>Schritt nach unten verschieben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="295" />
            <source>Move step up</source>
            <translation>Schritt nach oben verschieben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="305" />
            <source>The step is already the first one.</source>
            <translation>Der Schritt ist bereits der erste.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="306" />
            <source>The step is already the last one.</source>
            <translation>Der Schritt ist bereits der letzte.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="332" />
            <source>Turn into a decision</source>
            <translation>In eine Entscheidung umwandeln</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="316" />
            <source>“{first}” and “{second}” are no plain sequence (a branch leaves or joins between them): connect the steps anew instead.</source>
            <translation>„{first}“ und „{second}“ folgen nicht einfach aufeinander (eine Verzweigung beginnt oder endet zwischen ihnen): bitte die Schritte stattdessen neu verbinden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="221" />
            <source>“{label}” was continued elsewhere meanwhile, and the process now ends with “{end}”: connect the new step where it belongs.</source>
            <translation>„{label}“ wurde inzwischen anderswo fortgesetzt, und der Prozess endet jetzt mit „{end}“: Verbinden Sie den neuen Schritt dort, wo er hingehört.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../src/werkstatt/render/export.py" line="41" />
            <location filename="../src/werkstatt/render/export.py" line="35" />
            <source>Unknown format {format}: choose svg, png, dot or pdf.</source>
            <translation>Unbekanntes Format {format}: bitte svg, png, dot oder pdf wählen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/render/export.py" line="51" />
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/render/export.py" line="44" />
            <source>{path} is a folder; give a file name.</source>
            <translation>{path} ist ein Ordner; bitte einen Dateinamen angeben.</translation>
        </message>
    </context>
    <context>
        <name>FactSheet</name>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="73" />
            <source>A fact sheet has no field {name}.</source>
            <translation>Ein Steckbrief hat kein Feld {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="107" />
            <source>Edit fact sheet</source>
            <translation>Steckbrief bearbeiten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="46" />
            <source>The LeiKa key must have exactly 14 digits (for example 99050048262000).</source>
            <translation>Der LeiKa-Schlüssel muss genau 14 Ziffern haben (zum Beispiel 99050048262000).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="63" />
            <location filename="../src/werkstatt/library/fact_sheet.py" line="60" />
            <location filename="../src/werkstatt/library/fact_sheet.py" line="54" />
            <source>The case volume must be a whole number of at least 0.</source>
            <translation>Die Fallzahl muss eine ganze Zahl ab 0 sein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="65" />
            <source>The case volume must be at most {maximum} per year.</source>
            <translation>Die Fallzahl darf höchstens {maximum} pro Jahr betragen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="122" />
            <source>The organisation chosen for the fact sheet does not exist.</source>
            <translation>Die für den Steckbrief gewählte Organisation gibt es nicht.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="112" />
            <source>This process belongs to the library of {organisation} and cannot be changed here; adopt one of its models instead.</source>
            <translation>Dieser Prozess gehört zur Bibliothek von {organisation} und kann hier nicht geändert werden; übernehmen Sie stattdessen eines seiner Modelle.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="116" />
            <source>Unknown product area: {area}.</source>
            <translation>Unbekannter Produktbereich: {area}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="96" />
            <source>Unknown status of a process: {status}.</source>
            <translation>Unbekannter Status eines Prozesses: {status}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="78" />
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="86" />
            <source>legal basis</source>
            <translation>Rechtsgrundlage</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="77" />
            <source>process name</source>
            <translation>Prozessname</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="75" />
            <source>register key</source>
            <translation>Registerschlüssel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="88" />
            <source>tags</source>
            <translation>Schlagworte</translation>
        </message>
    </context>
    <context>
        <name>FeedbackLine</name>
        <message>
            <location filename="../src/werkstatt/ui/capture/line.py" line="174" />
            <source>Copy message</source>
            <translation>Meldung kopieren</translation>
        </message>
    </context>
    <context>
        <name>FindingDialogs</name>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="285" />
            <source>&amp;Answers:</source>
            <translation>&amp;Löst:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="128" />
            <source>&amp;Category:</source>
            <translation>&amp;Kategorie:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="263" />
            <source>&amp;Due by</source>
            <translation>&amp;Fällig am</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="279" />
            <source>&amp;Effort (1–5):</source>
            <translation>&amp;Aufwand (1–5):</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="281" />
            <source>&amp;Impact (1–5):</source>
            <translation>W&amp;irkung (1–5):</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="124" />
            <source>&amp;Pain point:</source>
            <translation>Sch&amp;wachstelle:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="250" />
            <source>&amp;What:</source>
            <translation>&amp;Was:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="134" />
            <source>1 low, 2 medium, 3 high (Alt+1, Alt+2, Alt+3)</source>
            <translation>1 gering, 2 mittel, 3 hoch (Alt+1, Alt+2, Alt+3)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="150" />
            <source>Attached to</source>
            <translation>Gehört zu</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="156" />
            <source>Attached to:</source>
            <translation>Gehört zu:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="276" />
            <source>By when:</source>
            <translation>Bis wann:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="128" />
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="319" />
            <source>Change measure</source>
            <translation>Maßnahme ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="266" />
            <source>Due date</source>
            <translation>Fälligkeitsdatum</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="279" />
            <source>Effort</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="264" />
            <source>Has a due date</source>
            <translation>Hat einen Termin</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="281" />
            <source>Impact</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="247" />
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="71" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="409" />
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="175" />
            <source>Open a process model first.</source>
            <translation>Bitte zuerst ein Prozessmodell öffnen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="418" />
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="303" />
            <source>Open a workshop or a process model first.</source>
            <translation>Bitte zuerst eine Werkstatt oder ein Prozessmodell öffnen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="111" />
            <source>Pain point</source>
            <translation>Schwachstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="124" />
            <source>Pain point text</source>
            <translation>Text der Schwachstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="326" />
            <source>Pain points of the measure</source>
            <translation>Schwachstellen der Maßnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="194" />
            <source>Pain points this measure answers</source>
            <translation>Schwachstellen, die diese Maßnahme angeht</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="131" />
            <source>Severity from 1 to 3</source>
            <translation>Schwere von 1 bis 3</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="277" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="230" />
            <source>The measure no longer exists.</source>
            <translation>Die Maßnahme gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="120" />
            <source>The pain point no longer exists.</source>
            <translation>Die Schwachstelle gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="253" />
            <source>W&amp;ho:</source>
            <translation>W&amp;er:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="126" />
            <source>What goes wrong here?</source>
            <translation>Was läuft hier schief?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="250" />
            <source>What is to be done</source>
            <translation>Was zu tun ist</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="253" />
            <source>Who does it</source>
            <translation>Wer es übernimmt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="142" />
            <source>a step (none selected)</source>
            <translation>einen Schritt (keiner ausgewählt)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="143" />
            <source>the &amp;whole process</source>
            <translation>den ganzen &amp;Prozess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="198" />
            <source>whole process</source>
            <translation>ganzer Prozess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="101" />
            <source>– (not rated)</source>
            <translation>– (nicht bewertet)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="277" />
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="135" />
            <source>Se&amp;verity:</source>
            <translation>Sch&amp;were:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="141" />
            <source>the s&amp;tep “{label}”</source>
            <translation>den Schri&amp;tt „{label}“</translation>
        </message>
    </context>
    <context>
        <name>FindingFields</name>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="113" />
            <source>Link measure to pain points</source>
            <translation>Maßnahme mit Schwachstellen verknüpfen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="79" />
            <source>The severity must be 1, 2 or 3.</source>
            <translation>Die Schwere muss 1, 2 oder 3 sein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="41" />
            <source>The {what} must be a whole number.</source>
            <translation>{what}: Bitte eine ganze Zahl angeben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="97" />
            <source>effort</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="97" />
            <source>impact</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="77" />
            <source>severity</source>
            <translation>Schwere</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="56" />
            <source>“{value}” is not a date (YYYY-MM-DD).</source>
            <translation>„{value}“ ist kein Datum (JJJJ-MM-TT).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="74" />
            <source>“{value}” is not a pain point category.</source>
            <translation>„{value}“ ist keine Kategorie für Schwachstellen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="94" />
            <source>“{value}” is not a status of a measure.</source>
            <translation>„{value}“ ist kein Status einer Maßnahme.</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="62" />
            <source>Double entry/duplicate work</source>
            <translation>Doppelerfassung/Doppelarbeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="64" />
            <source>Idle/waiting time</source>
            <translation>Liege-/Wartezeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="63" />
            <source>Interface/handover</source>
            <translation>Schnittstelle/Übergabe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="69" />
            <source>Legal or formal hurdle</source>
            <translation>rechtliche oder formale Hürde</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="68" />
            <source>Loop/rework</source>
            <translation>Schleife/Rückläufer</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="61" />
            <source>Media break</source>
            <translation>Medienbruch</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="67" />
            <source>Missing IT support</source>
            <translation>fehlende IT-Unterstützung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="70" />
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="65" />
            <source>Query/missing documents</source>
            <translation>Rückfrage/Nachforderung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="66" />
            <source>Unclear responsibility</source>
            <translation>unklare Zuständigkeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="79" />
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="80" />
            <source>dropped</source>
            <translation>verworfen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="78" />
            <source>in progress</source>
            <translation>in Arbeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="77" />
            <source>open</source>
            <translation>offen</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="230" />
            <source>&amp;Measures</source>
            <translation>&amp;Maßnahmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="73" />
            <source>(whole process)</source>
            <translation>(ganzer Prozess)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="218" />
            <source>Add measure…</source>
            <translation>Maßnahme hinzufügen…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="214" />
            <source>Add pain point…</source>
            <translation>Schwachstelle hinzufügen…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="55" />
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="220" />
            <source>Delete measure</source>
            <translation>Maßnahme löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="216" />
            <source>Delete pain point</source>
            <translation>Schwachstelle löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="324" />
            <source>Delete {n} measures</source>
            <translation>{n} Maßnahmen löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="309" />
            <source>Delete {n} pain points</source>
            <translation>{n} Schwachstellen löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="114" />
            <source>Due</source>
            <translation>Bis wann</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="219" />
            <source>Edit measure…</source>
            <translation>Maßnahme bearbeiten…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="215" />
            <source>Edit pain point…</source>
            <translation>Schwachstelle bearbeiten…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="115" />
            <source>Effort</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="115" />
            <source>Impact</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="55" />
            <source>Lane</source>
            <translation>Bahn</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="221" />
            <source>Link to pain points…</source>
            <translation>Mit Schwachstellen verknüpfen…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="114" />
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="201" />
            <location filename="../src/werkstatt/ui/findings/panel.py" line="56" />
            <source>Measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="56" />
            <source>Pain point</source>
            <translation>Schwachstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="199" />
            <location filename="../src/werkstatt/ui/findings/panel.py" line="116" />
            <source>Pain points</source>
            <translation>Schwachstellen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="56" />
            <source>Severity</source>
            <translation>Schwere</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="115" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="55" />
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="114" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="227" />
            <source>Pain po&amp;ints</source>
            <translation>Schwa&amp;chstellen</translation>
        </message>
    </context>
    <context>
        <name>GuideFiles</name>
        <message>
            <location filename="../src/werkstatt/i18n/guide.py" line="47" />
            <source>The user guide ({name}) is missing from this installation of Werkstatt. Please ask your IT department to install Werkstatt again.</source>
            <translation>Das Benutzerhandbuch ({name}) fehlt in dieser Werkstatt-Installation. Bitte lassen Sie Werkstatt von Ihrer IT-Abteilung neu installieren.</translation>
        </message>
    </context>
    <context>
        <name>Interchange</name>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="90" />
            <source>BPMN files (*.bpmn *.xml)</source>
            <translation>BPMN-Dateien (*.bpmn *.xml)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="138" />
            <source>BPMN files (*.bpmn)</source>
            <translation>BPMN-Dateien (*.bpmn)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="217" />
            <source>CSV for German Excel (*.csv)</source>
            <translation>CSV für deutsches Excel (*.csv)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="138" />
            <source>Export BPMN</source>
            <translation>BPMN exportieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="234" />
            <source>Export PicXML</source>
            <translation>PicXML exportieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="50" />
            <source>Export as &amp;CSV…</source>
            <translation>Als &amp;CSV exportieren …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="217" />
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="216" />
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="203" />
            <source>Export as CSV</source>
            <translation>Als CSV exportieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="163" />
            <source>Export package</source>
            <translation>Paket exportieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="51" />
            <source>Export the fact sheet as Pic&amp;XML…</source>
            <translation>Steckbrief als Pic&amp;XML exportieren …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="233" />
            <source>Export the fact sheet as PicXML</source>
            <translation>Steckbrief als PicXML exportieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="45" />
            <source>Export the model as BP&amp;MN…</source>
            <translation>Modell als BP&amp;MN exportieren …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="137" />
            <source>Export the model as BPMN</source>
            <translation>Modell als BPMN exportieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="48" />
            <source>Export the workshop as a packa&amp;ge…</source>
            <translation>Workshop als Pa&amp;ket exportieren …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="162" />
            <source>Export the workshop as a package</source>
            <translation>Workshop als Paket exportieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="44" />
            <source>Import &amp;BPMN…</source>
            <translation>&amp;BPMN importieren …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="121" />
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="101" />
            <source>Import BPMN</source>
            <translation>BPMN importieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="89" />
            <source>Import a BPMN file</source>
            <translation>Eine BPMN-Datei importieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="46" />
            <source>Import a workshop pac&amp;kage…</source>
            <translation>Workshop-Paket &amp;importieren …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="168" />
            <source>Import a workshop package</source>
            <translation>Ein Workshop-Paket importieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="40" />
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="39" />
            <source>Import and export</source>
            <translation>Import und Export</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="194" />
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="178" />
            <source>Import package</source>
            <translation>Paket importieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="201" />
            <source>Measures of the open workshop</source>
            <translation>Maßnahmen des geöffneten Workshops</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="126" />
            <source>Open a process model first.</source>
            <translation>Öffnen Sie zuerst ein Prozessmodell.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="228" />
            <source>Open a process model of a register process first.</source>
            <translation>Öffnen Sie zuerst ein Prozessmodell eines Registerprozesses.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="211" />
            <source>Open a workshop and a process model first.</source>
            <translation>Öffnen Sie zuerst einen Workshop und ein Prozessmodell.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="157" />
            <source>Open a workshop first.</source>
            <translation>Öffnen Sie zuerst einen Workshop.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="191" />
            <source>Package imported.</source>
            <translation>Paket importiert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="200" />
            <source>Pain points of the open model</source>
            <translation>Schwachstellen des geöffneten Modells</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="234" />
            <source>PicXML files (*.xml)</source>
            <translation>PicXML-Dateien (*.xml)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="101" />
            <source>Reading the file…</source>
            <translation>Die Datei wird gelesen …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="178" />
            <source>Reading the package…</source>
            <translation>Das Paket wird gelesen …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="98" />
            <source>Reading {name}…</source>
            <translation>{name} wird gelesen …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="199" />
            <source>Steps of the open model</source>
            <translation>Schritte des geöffneten Modells</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="204" />
            <source>What to export:</source>
            <translation>Was exportiert werden soll:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="169" />
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="163" />
            <source>Workshop packages (*.werkstatt)</source>
            <translation>Workshop-Pakete (*.werkstatt)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="139" />
            <source>Writing the BPMN file…</source>
            <translation>Die BPMN-Datei wird geschrieben …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="218" />
            <source>Writing the CSV file…</source>
            <translation>Die CSV-Datei wird geschrieben …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="235" />
            <source>Writing the fact sheet…</source>
            <translation>Der Steckbrief wird geschrieben …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="164" />
            <source>Writing the package…</source>
            <translation>Das Paket wird geschrieben …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="150" />
            <source>Written to {path}.</source>
            <translation>Nach {path} geschrieben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="113" />
            <source>The model “{name}” is here already (imported or drawn here before). Import it once more as a copy, with new ids?</source>
            <translation>Das Modell „{name}“ ist schon hier (früher importiert oder hier gezeichnet). Noch einmal als Kopie mit neuen IDs importieren?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="183" />
            <source>Import the workshop package “{name}”? Its rows are merged into your workshops by their ids; nothing here is deleted, and newer rows here are kept.</source>
            <translation>Das Werkstatt-Paket „{name}“ importieren? Seine Einträge werden anhand ihrer IDs mit Ihren Workshops zusammengeführt; hier wird nichts gelöscht, und neuere Einträge hier bleiben erhalten.</translation>
        </message>
    </context>
    <context>
        <name>InterchangeCLI</name>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="95" />
            <source>There is no file {path}.</source>
            <translation>Es gibt keine Datei {path}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="137" />
            <source>Written to {path}.</source>
            <translation>Nach {path} geschrieben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="74" />
            <source>a .werkstatt workshop package</source>
            <translation>ein .werkstatt-Workshop-Paket</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="67" />
            <source>a BPMN 2.0 file as a new register process with its model</source>
            <translation>eine BPMN-2.0-Datei als neuer Registerprozess mit seinem Modell</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="37" />
            <source>a process model as BPMN 2.0 with diagram interchange (bpmn.io, Camunda, Signavio, ADONIS)</source>
            <translation>ein Prozessmodell als BPMN 2.0 mit Diagrammdaten (bpmn.io, Camunda, Signavio, ADONIS)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="41" />
            <source>a register process's fact sheet as PicXML 3.0 (PICTURE platform)</source>
            <translation>den Steckbrief eines Registerprozesses als PicXML 3.0 (PICTURE-Plattform)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="45" />
            <source>a workshop as a .werkstatt package, to hand to a colleague</source>
            <translation>einen Workshop als .werkstatt-Paket, um ihn weiterzugeben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="57" />
            <source>excel-de: semicolons and decimal commas for German Excel (default); rfc4180: plain CSV</source>
            <translation>excel-de: Semikolons und Dezimalkommas für deutsches Excel (Vorgabe); rfc4180: einfaches CSV</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="49" />
            <source>leave the participants out of the package</source>
            <translation>die Teilnehmenden nicht ins Paket aufnehmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="65" />
            <source>read a BPMN file or a workshop package</source>
            <translation>eine BPMN-Datei oder ein Workshop-Paket einlesen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="51" />
            <source>steps, pain points, measures or vote results as CSV</source>
            <translation>Schritte, Schwachstellen, Maßnahmen oder Abstimmungsergebnisse als CSV</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="81" />
            <source>the file to write</source>
            <translation>die zu schreibende Datei</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="54" />
            <source>the model (steps), the workshop or model (pain points, measures) or the round (votes)</source>
            <translation>das Modell (Schritte), der Workshop oder das Modell (Schwachstellen, Maßnahmen) oder die Runde (Stimmen)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="70" />
            <source>the name of the new process</source>
            <translation>der Name des neuen Prozesses</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="33" />
            <source>the swimlane diagram as {format}</source>
            <translation>das Schwimmbahnen-Diagramm als {format}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="29" />
            <source>write a diagram, BPMN, a fact sheet, a workshop package or CSV</source>
            <translation>ein Diagramm, BPMN, einen Steckbrief, ein Workshop-Paket oder CSV schreiben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="97" />
            <source>{path} cannot be read: {reason}.</source>
            <translation>{path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="89" />
            <source>{path} is a folder, not a file.</source>
            <translation>{path} ist ein Ordner, keine Datei.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="91" />
            <source>{path} is too large to import ({size} MB).</source>
            <translation>{path} ist zu groß zum Importieren ({size} MB).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="151" />
            <source>The new model: {id}</source>
            <translation>Das neue Modell: {id}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="72" />
            <source>import with new ids, also when the model is already here</source>
            <translation>mit neuen IDs importieren, auch wenn das Modell schon hier ist</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="60" />
            <source>write cells that look like spreadsheet formulas (=, +, -, @) unchanged instead of prefixing an apostrophe</source>
            <translation>Zellen, die wie Tabellenformeln aussehen (=, +, -, @), unverändert schreiben, statt ein Apostroph voranzustellen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="119" />
            <source>Diagram written to {path}.</source>
            <translation>Diagramm nach {path} geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>LaneGuard</name>
        <message>
            <location filename="../src/werkstatt/capture/lane_guard.py" line="99" />
            <source>New lane “{typed}”? Tab: “{existing}” · Enter: new lane</source>
            <translation>Neue Bahn „{typed}“? Tab: „{existing}“ · Enter: neue Bahn</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/lane_guard.py" line="103" />
            <source>Line {number}: {message}</source>
            <translation>Zeile {number}: {message}</translation>
        </message>
    </context>
    <context>
        <name>LaterPanels</name>
        <message>
            <location filename="../src/werkstatt/ui/later_panels.py" line="46" />
            <source>Messages from phones</source>
            <translation>Meldungen von Handys</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/later_panels.py" line="67" />
            <source>Show messages from phones</source>
            <translation>Meldungen von Handys zeigen</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <location filename="../src/werkstatt/library/__init__.py" line="24" />
            <source>as-is</source>
            <translation>Ist</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/__init__.py" line="17" />
            <source>identified</source>
            <translation>identifiziert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/__init__.py" line="19" />
            <source>implemented</source>
            <translation>umgesetzt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/__init__.py" line="17" />
            <source>in survey</source>
            <translation>in Erhebung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/__init__.py" line="18" />
            <source>modelled</source>
            <translation>modelliert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/__init__.py" line="18" />
            <source>optimised</source>
            <translation>optimiert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/__init__.py" line="24" />
            <source>to-be</source>
            <translation>Soll</translation>
        </message>
    </context>
    <context>
        <name>LibraryCLI</name>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="95" />
            <source>--limit must be at least 1.</source>
            <translation>--limit muss mindestens 1 sein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="106" />
            <source>No process matches.</source>
            <translation>Kein Prozess passt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="147" />
            <source>There is no process “{given}”.</source>
            <translation>Es gibt keinen Prozess „{given}“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="196" />
            <source>There is no status “{given}”; there are: {known}.</source>
            <translation>Es gibt keinen Status „{given}“; vorhanden sind: {known}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="51" />
            <source>a process by its register key or id (the first characters of the id are enough)</source>
            <translation>ein Prozess mit seinem Registerschlüssel oder seiner ID (die ersten Zeichen der ID genügen)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="167" />
            <source>library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="48" />
            <source>no longer take processes along (what came stays)</source>
            <translation>Prozesse nicht mehr mitnehmen (was gekommen ist, bleibt)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="42" />
            <source>only processes this organisation owns or has a model of</source>
            <translation>nur Prozesse, die dieser Organisation gehören oder von denen sie ein Modell hat</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="39" />
            <source>only this product area (its name or its number)</source>
            <translation>nur dieser Produktbereich (sein Name oder seine Nummer)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="40" />
            <source>only this status</source>
            <translation>nur dieser Status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="32" />
            <source>search the process library (register)</source>
            <translation>die Prozessbibliothek (das Register) durchsuchen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="44" />
            <source>show at most N processes (default {count})</source>
            <translation>höchstens N Prozesse zeigen (Vorgabe {count})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="46" />
            <source>take processes along for workshops: the next sync brings their models, to work on them offline</source>
            <translation>Prozesse für die Werkstatt mitnehmen: die nächste Synchronisierung bringt ihre Modelle, um offline daran zu arbeiten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="34" />
            <source>the processes whose fact sheet contains all the words, as the register tab finds them</source>
            <translation>die Prozesse, deren Steckbrief alle Wörter enthält, wie sie der Reiter Register findet</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="37" />
            <source>words that must all occur (any case, “ue” for “ü”)</source>
            <translation>Wörter, die alle vorkommen müssen (Groß-/Kleinschreibung egal, „ue“ für „ü“)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="165" />
            <source>{count} models</source>
            <translation>{count} Modelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="129" />
            <source>{name}: no longer taken along.</source>
            <translation>{name}: wird nicht mehr mitgenommen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="133" />
            <source>{name}: taken along; its models are on this laptop.</source>
            <translation>{name}: wird mitgenommen; seine Modelle sind auf diesem Laptop.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="131" />
            <source>{name}: taken along; its models come with the next sync.</source>
            <translation>{name}: wird mitgenommen; seine Modelle kommen mit der nächsten Synchronisierung.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="113" />
            <source>{shown} of {count} processes; --limit shows more.</source>
            <translation>{shown} von {count} Prozessen; --limit zeigt mehr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="149" />
            <source>“{given}” names more than one process; give more of its id.</source>
            <translation>„{given}“ passt auf mehr als einen Prozess; geben Sie mehr von seiner ID an.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="164" />
            <source>1 model</source>
            <translation>1 Modell</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="68" />
            <source>Process map written to {path}.</source>
            <translation>Prozesslandkarte nach {path} geschrieben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="29" />
            <source>paper size of the PDF pages (landscape)</source>
            <translation>Papierformat der PDF-Seiten (quer)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="27" />
            <source>the file to write: .svg, .pdf, .png or .dot</source>
            <translation>die zu schreibende Datei: .svg, .pdf, .png oder .dot</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="24" />
            <source>write the process map (Prozesslandkarte) of the register, grouped by product area</source>
            <translation>die Prozesslandkarte des Registers schreiben, nach Produktbereichen gruppiert</translation>
        </message>
    </context>
    <context>
        <name>LibraryGuard</name>
        <message>
            <location filename="../src/werkstatt/store/library_guard.py" line="42" />
            <source>This belongs to the process library of {owner} and cannot be changed here; adopt the model as your own variant to change it.</source>
            <translation>Das gehört zur Prozessbibliothek von {owner} und kann hier nicht geändert werden; übernehmen Sie das Modell als eigene Variante, um es zu ändern.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="305" />
            <source>&amp;About Werkstatt</source>
            <translation>&amp;Über Werkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="255" />
            <source>&amp;Actual size</source>
            <translation>&amp;Originalgröße</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="228" />
            <source>&amp;Connect to a step (loop back)…</source>
            <translation>Mit einem Schritt &amp;verbinden (Rücksprung) …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="215" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="256" />
            <source>&amp;Fit the whole diagram</source>
            <translation>Ganzes Diagramm ein&amp;passen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="300" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="219" />
            <source>&amp;Insert after the selected step</source>
            <translation>Nach dem ausgewählten Schritt &amp;einfügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="303" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="293" />
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="272" />
            <source>&amp;Projector</source>
            <translation>&amp;Projektor</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="213" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="196" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="291" />
            <source>&amp;Settings</source>
            <translation>&amp;Einstellungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="194" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="245" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="200" />
            <source>&amp;Workshop</source>
            <translation>&amp;Workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="201" />
            <source>&amp;Workshops…</source>
            <translation>&amp;Workshops …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="476" />
            <source>About Werkstatt</source>
            <translation>Über Werkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="241" />
            <source>Add a &amp;measure…</source>
            <translation>&amp;Maßnahme hinzufügen …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="239" />
            <source>Add a &amp;pain point…</source>
            <translation>&amp;Schwachstelle hinzufügen …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="93" />
            <source>Capture</source>
            <translation>Erfassung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="230" />
            <source>Delete the selected step</source>
            <translation>Ausgewählten Schritt löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="232" />
            <source>Edit the selected step's details</source>
            <translation>Details des ausgewählten Schritts bearbeiten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="257" />
            <source>F&amp;ollow the selection</source>
            <translation>Der Auswahl &amp;folgen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="218" />
            <source>Go to the entry line</source>
            <translation>Zur Eingabezeile</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="472" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="223" />
            <source>Move step &amp;down</source>
            <translation>Schritt nach &amp;unten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="221" />
            <source>Move step &amp;up</source>
            <translation>Schritt nach &amp;oben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="225" />
            <source>Move step to another &amp;lane…</source>
            <translation>Schritt in andere &amp;Bahn verschieben …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="97" />
            <source>Pain points and measures</source>
            <translation>Schwachstellen und Maßnahmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="141" />
            <source>Process model</source>
            <translation>Prozessmodell</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="309" />
            <source>Process model:</source>
            <translation>Prozessmodell:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="118" />
            <source>Projector</source>
            <translation>Projektor</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="473" />
            <source>The language changes when Werkstatt is started again.</source>
            <translation>Die Sprache wechselt beim nächsten Start von Werkstatt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="227" />
            <source>Turn into a &amp;decision</source>
            <translation>In eine &amp;Entscheidung umwandeln</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="477" />
            <source>Werkstatt {version}: run process workshops, capture the process live and share the results.</source>
            <translation>Werkstatt {version}: Prozesswerkstätten moderieren, Prozesse live erfassen und die Ergebnisse teilen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="307" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="252" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Vergrößern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="254" />
            <source>Zoom &amp;out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="268" />
            <source>Go to the &amp;votes</source>
            <translation>Zu den &amp;Stimmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="100" />
            <source>Voting</source>
            <translation>Abstimmung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="267" />
            <source>V&amp;oting</source>
            <translation>Abstimmun&amp;g</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="102" />
            <source>Protocol</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="123" />
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="105" />
            <source>Process register</source>
            <translation>Prozessregister</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="286" />
            <source>Show the process &amp;register</source>
            <translation>Prozess&amp;register zeigen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="284" />
            <source>Re&amp;gister</source>
            <translation>Reg&amp;ister</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="209" />
            <source>Import and e&amp;xport</source>
            <translation>Import und E&amp;xport</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="301" />
            <source>&amp;User guide</source>
            <translation>&amp;Benutzerhandbuch</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="136" />
            <source>Process (Ctrl+2)</source>
            <translation>Prozess (Strg+2)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="135" />
            <source>Workshop (Ctrl+1)</source>
            <translation>Werkstatt (Strg+1)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="248" />
            <source>&amp;Process page</source>
            <translation>Seite P&amp;rozess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="246" />
            <source>&amp;Workshop page</source>
            <translation>Seite &amp;Werkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="206" />
            <source>P&amp;eople…</source>
            <translation>P&amp;ersonen …</translation>
        </message>
    </context>
    <context>
        <name>NetworkChoice</name>
        <message>
            <location filename="../src/werkstatt/ui/phones/network_choice.py" line="86" />
            <source>&amp;Network:</source>
            <translation>&amp;Netzwerk:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/network_choice.py" line="78" />
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/network_choice.py" line="76" />
            <source>Network for the phones</source>
            <translation>Netzwerk für die Handys</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/network_choice.py" line="82" />
            <source>The phones must be in the same network: the room's Wi-Fi or this laptop's hotspot.</source>
            <translation>Die Handys müssen im selben Netzwerk sein: im WLAN des Raums oder im Hotspot dieses Laptops.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/network_choice.py" line="53" />
            <source>This laptop only (test)</source>
            <translation>Nur dieser Laptop (Test)</translation>
        </message>
    </context>
    <context>
        <name>NewRoundDialog</name>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="63" />
            <source>&amp;Cap per item:</source>
            <translation>&amp;Höchstens pro Thema:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="61" />
            <source>&amp;Dots per person:</source>
            <translation>&amp;Punkte pro Person:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="70" />
            <source>&amp;Entry:</source>
            <translation>E&amp;ingabe:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="60" />
            <source>&amp;Items:</source>
            <translation>&amp;Themen:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="55" />
            <source>&amp;Method:</source>
            <translation>&amp;Methode:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="66" />
            <source>&amp;Own proposals may be voted for</source>
            <translation>&amp;Eigene Vorschläge dürfen gewählt werden</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="82" />
            <source>&amp;Prepare round</source>
            <translation>Runde &amp;vorbereiten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="54" />
            <source>&amp;Question:</source>
            <translation>&amp;Frage:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="74" />
            <source>&amp;Scale:</source>
            <translation>&amp;Skala:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="65" />
            <source>1 means no stacking: one dot per item at most.</source>
            <translation>1 heißt nicht kumulierbar: höchstens ein Punkt pro Thema.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="75" />
            <source>1–5</source>
            <translation>1–5</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="76" />
            <source>2×2 matrix (low/high)</source>
            <translation>2×2-Matrix (niedrig/hoch)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="63" />
            <source>Cap per item</source>
            <translation>Höchstens pro Thema</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="62" />
            <source>Dots per person</source>
            <translation>Punkte pro Person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="70" />
            <source>Entry</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="58" />
            <source>Items voted on</source>
            <translation>Themen, über die abgestimmt wird</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="124" />
            <source>Measure: {text}</source>
            <translation>Maßnahme: {text}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="80" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="55" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="77" />
            <source>Minimum &amp;group size:</source>
            <translation>Mindest&amp;gruppengröße:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="78" />
            <source>Minimum group size for the breakdown</source>
            <translation>Mindestgruppengröße für die Aufschlüsselung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="49" />
            <source>New voting round</source>
            <translation>Neue Abstimmungsrunde</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="216" />
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="192" />
            <source>Open a workshop first.</source>
            <translation>Öffnen Sie zuerst eine Werkstatt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="67" />
            <source>Own proposals may be voted for</source>
            <translation>Eigene Vorschläge dürfen gewählt werden</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="122" />
            <source>Pain point: {text}</source>
            <translation>Schwachstelle: {text}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="52" />
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="74" />
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="51" />
            <source>Which pain points should we tackle first?</source>
            <translation>Welche Schwachstellen sollen wir zuerst angehen?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="64" />
            <source>no cap</source>
            <translation>keine Grenze</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="71" />
            <source>per person (a grid)</source>
            <translation>pro Person (Raster)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="72" />
            <source>totals read off the wall</source>
            <translation>Summen von der Wand abgelesen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="73" />
            <source>from the participants' phones</source>
            <translation>von den Handys der Teilnehmenden</translation>
        </message>
    </context>
    <context>
        <name>NoNames</name>
        <message>
            <location filename="../src/werkstatt/protocol/no_names.py" line="34" />
            <source>a participant</source>
            <translation>eine teilnehmende Person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/no_names.py" line="33" />
            <source>{function} ({organisation})</source>
            <translation>{function} ({organisation})</translation>
        </message>
    </context>
    <context>
        <name>NoteAgenda</name>
        <message>
            <location filename="../src/werkstatt/ui/protocol/note_agenda.py" line="24" />
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/note_agenda.py" line="23" />
            <source>Agenda item</source>
            <translation>Tagesordnungspunkt</translation>
        </message>
    </context>
    <context>
        <name>NoteEdits</name>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="41" />
            <source>A note is a decision, an open point or a next step.</source>
            <translation>Eine Notiz ist ein Beschluss, ein offener Punkt oder ein nächster Schritt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="59" />
            <source>Add note</source>
            <translation>Notiz hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="128" />
            <source>Add photo</source>
            <translation>Foto hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="75" />
            <source>Change note</source>
            <translation>Notiz ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="150" />
            <source>Change photo caption</source>
            <translation>Bildunterschrift ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="79" />
            <source>Delete note</source>
            <translation>Notiz löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="154" />
            <source>Delete photo</source>
            <translation>Foto löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="113" />
            <source>The JPEG picture is damaged: its size cannot be read.</source>
            <translation>Das JPEG-Bild ist beschädigt: Seine Größe lässt sich nicht lesen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="52" />
            <source>The due date is not a date.</source>
            <translation>Der Termin ist kein Datum.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="47" />
            <source>The note needs a text.</source>
            <translation>Die Notiz braucht einen Text.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="88" />
            <source>The photo is larger than {limit} MB; please make it smaller first.</source>
            <translation>Das Foto ist größer als {limit} MB; bitte verkleinern Sie es zuerst.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="121" />
            <source>The picture is cut off: the file ends before the image does. Please copy it again from the camera or the phone.</source>
            <translation>Das Bild ist abgeschnitten: Die Datei endet vor dem Bild. Bitte kopieren Sie es noch einmal von der Kamera oder dem Telefon.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="118" />
            <source>The picture says it is {width} × {height} pixels, which cannot be right.</source>
            <translation>Das Bild gibt {width} × {height} Pixel an, das kann nicht stimmen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="95" />
            <source>This file is not a PNG or JPEG picture.</source>
            <translation>Diese Datei ist kein PNG- oder JPEG-Bild.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="44" />
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="50" />
            <source>note's owner</source>
            <translation>Verantwortliche Person der Notiz</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="149" />
            <location filename="../src/werkstatt/edits/notes.py" line="130" />
            <source>photo caption</source>
            <translation>Bildunterschrift</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="235" />
            <source>The file “{name}” cannot be read (error {code}).</source>
            <translation>Die Datei „{name}“ lässt sich nicht lesen (Fehler {code}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="229" />
            <source>The file “{name}” does not exist (any more).</source>
            <translation>Die Datei „{name}“ gibt es nicht (mehr).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="233" />
            <source>You may not read the file “{name}”.</source>
            <translation>Sie dürfen die Datei „{name}“ nicht lesen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="231" />
            <source>“{name}” is a folder, not a picture.</source>
            <translation>„{name}“ ist ein Ordner, kein Bild.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEdits</name>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="44" />
            <source>district (Kreis)</source>
            <translation>Kreis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="211" />
            <source>lanes</source>
            <translation>Bahnen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="212" />
            <source>measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="46" />
            <source>municipality (Gemeinde)</source>
            <translation>Gemeinde</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="47" />
            <source>other administration</source>
            <translation>andere Verwaltung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="48" />
            <source>outside party (citizens, businesses, TÜV …)</source>
            <translation>extern (Bürger, Unternehmen, TÜV …)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="210" />
            <source>participants</source>
            <translation>Teilnehmenden</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="214" />
            <source>process models</source>
            <translation>Prozessmodellen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="215" />
            <source>rate settings</source>
            <translation>Kostensätzen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="213" />
            <source>register processes</source>
            <translation>Registerprozessen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="217" />
            <source>sync settings</source>
            <translation>Sync-Einstellungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="45" />
            <source>town (Stadt)</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="216" />
            <source>voters</source>
            <translation>Abstimmenden</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="130" />
            <source>Add organisation</source>
            <translation>Organisation hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="168" />
            <source>Add the six administrations of the project</source>
            <translation>Die sechs Verwaltungen des Projekts hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="248" />
            <source>An organisation cannot be merged into itself.</source>
            <translation>Eine Organisation kann nicht mit sich selbst zusammengeführt werden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="151" />
            <source>Change organisation</source>
            <translation>Organisation ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="310" />
            <source>Change organisation of lane</source>
            <translation>Organisation der Bahn ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="288" />
            <source>Delete organisation</source>
            <translation>Organisation löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="246" />
            <source>Merge organisations</source>
            <translation>Organisationen zusammenführen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="70" />
            <source>Organisations have no field {name}.</source>
            <translation>Organisationen haben kein Feld {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="76" />
            <source>The name of the organisation must be one line.</source>
            <translation>Der Name der Organisation muss eine Zeile sein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="81" />
            <source>The short name must be one line.</source>
            <translation>Die Kurzbezeichnung muss eine Zeile sein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="103" />
            <source>The short name “{short}” is already used by “{name}”.</source>
            <translation>Die Kurzbezeichnung „{short}“ hat schon „{name}“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="174" />
            <source>The six administrations of the project are already there.</source>
            <translation>Die sechs Verwaltungen des Projekts sind schon da.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="100" />
            <source>There is already an organisation called “{name}”.</source>
            <translation>Es gibt schon eine Organisation „{name}“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="117" />
            <source>There is no organisation “{given}”; there are: {known}.</source>
            <translation>Es gibt keine Organisation „{given}“; vorhanden sind: {known}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="258" />
            <source>This laptop syncs with the register as “{name}”; merge the other organisation into it instead.</source>
            <translation>Dieser Laptop synchronisiert mit dem Register als „{name}“; führen Sie stattdessen die andere Organisation mit ihr zusammen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="83" />
            <source>Unknown kind of organisation: {kind}. Use one of: {kinds}.</source>
            <translation>Unbekannte Art der Organisation: {kind}. Möglich sind: {kinds}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="73" />
            <source>name of the organisation</source>
            <translation>Name der Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="78" />
            <source>short name</source>
            <translation>Kurzbezeichnung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="294" />
            <source>“{name}” is still named by {uses}; merge it into another organisation instead, or change those first.</source>
            <translation>„{name}“ wird noch genannt von {uses}; führen Sie sie stattdessen mit einer anderen Organisation zusammen oder ändern Sie diese zuerst.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationManager</name>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="143" />
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="141" />
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="112" />
            <source>&amp;Into:</source>
            <translation>&amp;In:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="79" />
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="142" />
            <source>&amp;Merge into…</source>
            <translation>&amp;Zusammenführen mit …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="71" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="140" />
            <source>&amp;New…</source>
            <translation>&amp;Neu …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="72" />
            <source>&amp;Short name:</source>
            <translation>&amp;Kurzbezeichnung:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="152" />
            <source>Add from the &amp;register</source>
            <translation>Aus dem &amp;Register hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="156" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="75" />
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="53" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="109" />
            <source>Merge into</source>
            <translation>Zusammenführen mit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="100" />
            <source>Merge “{name}” into …</source>
            <translation>„{name}“ zusammenführen mit …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="136" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="52" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="67" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="132" />
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="130" />
            <source>Organisations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="151" />
            <source>Organisations of the register</source>
            <translation>Organisationen des Registers</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="103" />
            <source>Participants, lanes, measures and processes of “{name}” then belong to the organisation chosen here; “{name}” is removed.</source>
            <translation>Teilnehmende, Bahnen, Maßnahmen und Prozesse von „{name}“ gehören dann zur hier gewählten Organisation; „{name}“ wird entfernt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="52" />
            <source>Short name</source>
            <translation>Kurzbezeichnung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="147" />
            <source>Starting set: the project's six administrations</source>
            <translation>Startset: die sechs Verwaltungen des Projekts</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="118" />
            <source>There is no other organisation to merge into.</source>
            <translation>Es gibt keine andere Organisation zum Zusammenführen.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationValidation</name>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="89" />
            <source>name of the organisation</source>
            <translation>Name der Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="90" />
            <source>short name</source>
            <translation>Kurzbezeichnung</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsCLI</name>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="208" />
            <source>Added: {names}.</source>
            <translation>Hinzugefügt: {names}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="201" />
            <source>Give either a name or --starting-set, not both.</source>
            <translation>Geben Sie entweder einen Namen oder --starting-set an, nicht beides.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="212" />
            <source>Give the name of the organisation to add.</source>
            <translation>Geben Sie den Namen der neuen Organisation an.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="215" />
            <source>Organisation added (id {id}).</source>
            <translation>Organisation hinzugefügt (ID {id}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="228" />
            <source>Organisation “{name}” changed.</source>
            <translation>Organisation „{name}“ geändert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="234" />
            <source>Organisation “{name}” removed.</source>
            <translation>Organisation „{name}“ entfernt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="226" />
            <source>Say what to change: a new name, --short or --kind.</source>
            <translation>Sagen Sie, was sich ändern soll: ein neuer Name, --short oder --kind.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="205" />
            <source>The six administrations of the project are already there.</source>
            <translation>Die sechs Verwaltungen des Projekts sind schon da.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="248" />
            <source>There are no organisations yet; “werkstatt organisations starter” adds the six administrations of the project.</source>
            <translation>Es gibt noch keine Organisationen; „werkstatt organisations starter“ fügt die sechs Verwaltungen des Projekts hinzu.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="48" />
            <source>add an organisation</source>
            <translation>eine Organisation hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="55" />
            <source>add the six administrations of the project (those not there yet)</source>
            <translation>die sechs Verwaltungen des Projekts hinzufügen (die noch fehlenden)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="54" />
            <source>add the six administrations of the project instead</source>
            <translation>stattdessen die sechs Verwaltungen des Projekts hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="57" />
            <source>change an organisation's name, short name or kind</source>
            <translation>Name, Kurzbezeichnung oder Art einer Organisation ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="59" />
            <source>id, name or short name</source>
            <translation>ID, Name oder Kurzbezeichnung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="52" />
            <source>its kind (extern: citizens, businesses, TÜV …)</source>
            <translation>ihre Art (extern: Bürger, Unternehmen, TÜV …)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="50" />
            <source>its short name</source>
            <translation>ihre Kurzbezeichnung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="44" />
            <source>list, add, rename or remove the organisations</source>
            <translation>die Organisationen auflisten, hinzufügen, umbenennen oder entfernen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="63" />
            <source>merge one organisation into another</source>
            <translation>eine Organisation mit einer anderen zusammenführen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="66" />
            <source>remove an organisation nothing names</source>
            <translation>eine Organisation entfernen, die nirgends genannt wird</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="62" />
            <source>the new kind</source>
            <translation>die neue Art</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="61" />
            <source>the new short name</source>
            <translation>die neue Kurzbezeichnung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="47" />
            <source>the organisations on this laptop</source>
            <translation>die Organisationen auf diesem Laptop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="231" />
            <source>“{name}” was merged into “{into}”.</source>
            <translation>„{name}“ wurde mit „{into}“ zusammengeführt.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../src/werkstatt/ui/projector/overview.py" line="69" />
            <source>Overview of the whole process</source>
            <translation>Überblick über den ganzen Prozess</translation>
        </message>
    </context>
    <context>
        <name>Package</name>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="277" />
            <source>The file {path} is not a Werkstatt package (its manifest names another format).</source>
            <translation>Die Datei {path} ist kein Werkstatt-Paket (ihr Manifest nennt ein anderes Format).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="176" />
            <source>The file {path} is not a readable Werkstatt package (damaged or of another kind).</source>
            <translation>Die Datei {path} ist kein lesbares Werkstatt-Paket (beschädigt oder von anderer Art).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="163" />
            <source>The package {path} cannot be read: {reason}.</source>
            <translation>Das Paket {path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="283" />
            <source>The package {path} has format version {theirs}, but this Werkstatt reads format version {ours} only: update Werkstatt to import it.</source>
            <translation>Das Paket {path} hat die Formatversion {theirs}, diese Werkstatt liest aber nur Formatversion {ours}: Aktualisieren Sie Werkstatt, um es zu importieren.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="154" />
            <source>The package {path} was refused: {reason}</source>
            <translation>Das Paket {path} wurde abgelehnt: {reason}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="391" />
            <source>a row of “{name}” has no value for “{column}”.</source>
            <translation>eine Zeile von „{name}“ hat keinen Wert für „{column}“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="350" />
            <source>it does not contain the workshop its manifest names.</source>
            <translation>es enthält die Werkstatt nicht, die sein Manifest nennt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="213" />
            <source>it has no manifest.json.</source>
            <translation>es hat keine manifest.json.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="337" />
            <source>it holds more than {limit} rows.</source>
            <translation>es enthält mehr als {limit} Zeilen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="184" />
            <source>it holds {n} files, more than the {limit} allowed.</source>
            <translation>es enthält {n} Dateien, mehr als die erlaubten {limit}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="221" />
            <location filename="../src/werkstatt/interchange/package_read.py" line="210" />
            <source>its content would take more than {limit} MB unpacked.</source>
            <translation>sein Inhalt wäre entpackt größer als {limit} MB.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="252" />
            <source>the content of “{name}” does not match its checksum in the manifest.</source>
            <translation>der Inhalt von „{name}“ passt nicht zu seiner Prüfsumme im Manifest.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="347" />
            <source>the entry “{name}” belongs to no row.</source>
            <translation>der Eintrag „{name}“ gehört zu keiner Zeile.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="198" />
            <source>the entry “{name}” has a name Werkstatt does not write.</source>
            <translation>der Eintrag „{name}“ hat einen Namen, den Werkstatt nicht schreibt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="191" />
            <source>the entry “{name}” has an absolute path.</source>
            <translation>der Eintrag „{name}“ hat einen absoluten Pfad.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="196" />
            <source>the entry “{name}” is a symbolic link.</source>
            <translation>der Eintrag „{name}“ ist ein symbolischer Link.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="201" />
            <source>the entry “{name}” is encrypted.</source>
            <translation>der Eintrag „{name}“ ist verschlüsselt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="229" />
            <source>the entry “{name}” is larger than its directory says.</source>
            <translation>der Eintrag „{name}“ ist größer, als sein Verzeichnis angibt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="240" />
            <source>the entry “{name}” is not listed in the manifest.</source>
            <translation>der Eintrag „{name}“ steht nicht im Manifest.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="327" />
            <source>the entry “{name}” is not part of a Werkstatt package.</source>
            <translation>der Eintrag „{name}“ gehört nicht zu einem Werkstatt-Paket.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="206" />
            <source>the entry “{name}” occurs twice.</source>
            <translation>der Eintrag „{name}“ kommt zweimal vor.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="193" />
            <source>the entry “{name}” points outside the package (“..”).</source>
            <translation>der Eintrag „{name}“ zeigt aus dem Paket hinaus („..“).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="203" />
            <source>the entry “{name}” uses a compression Werkstatt does not write.</source>
            <translation>der Eintrag „{name}“ verwendet eine Kompression, die Werkstatt nicht schreibt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="166" />
            <source>the file is larger than {limit} MB.</source>
            <translation>die Datei ist größer als {limit} MB.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="246" />
            <source>the manifest lists “{name}”, which is missing.</source>
            <translation>das Manifest nennt „{name}“, das fehlt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="342" />
            <source>the row {id} occurs twice in “{name}”.</source>
            <translation>die Zeile {id} kommt in „{name}“ zweimal vor.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="248" />
            <source>the size of “{name}” does not match the manifest.</source>
            <translation>die Größe von „{name}“ stimmt nicht mit dem Manifest überein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="272" />
            <source>“{name}” does not have the expected structure.</source>
            <translation>„{name}“ hat nicht den erwarteten Aufbau.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="377" />
            <source>“{name}” has a column “{column}” this Werkstatt does not know; the package may come from a newer version.</source>
            <translation>„{name}“ hat eine Spalte „{column}“, die diese Werkstatt nicht kennt; das Paket stammt vielleicht aus einer neueren Version.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="268" />
            <source>“{name}” is not valid JSON.</source>
            <translation>„{name}“ ist kein gültiges JSON.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="401" />
            <source>the value of “{column}” in the row {id} of “{name}” has the wrong type or an unknown value.</source>
            <translation>der Wert von „{column}“ in der Zeile {id} von „{name}“ hat den falschen Typ oder einen unbekannten Wert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="367" />
            <source>the photo {id}: {reason}</source>
            <translation>das Foto {id}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PackageWrite</name>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="267" />
            <source>Import workshop “{title}”</source>
            <translation>Werkstatt „{title}“ importieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="242" />
            <source>Organisations taken as the ones already here (same name): {names}.</source>
            <translation>Als bereits vorhandene Organisationen übernommen (gleicher Name): {names}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="105" />
            <source>The package cannot be written to {path}: {reason}.</source>
            <translation>Das Paket kann nicht nach {path} geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="308" />
            <source>The package does not fit the data here (a row it names is missing or would exist twice); nothing was imported.</source>
            <translation>Das Paket passt nicht zu den Daten hier (eine Zeile, auf die es verweist, fehlt oder gäbe es doppelt); es wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="441" />
            <source>The package refers to a row that neither it nor this database contains ({table} {id}); nothing was imported.</source>
            <translation>Das Paket verweist auf eine Zeile, die weder in ihm noch in dieser Datenbank steht ({table} {id}); es wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="85" />
            <source>There is no workshop with the id {id}.</source>
            <translation>Es gibt keine Werkstatt mit der ID {id}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="238" />
            <source>Workshop “{title}” imported: {created} rows new, {updated} updated, {unchanged} unchanged.</source>
            <translation>Werkstatt „{title}“ importiert: {created} Zeilen neu, {updated} aktualisiert, {unchanged} unverändert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="250" />
            <source>{n} rows belong to another organisation's process library and were left unchanged.</source>
            <translation>{n} Zeilen gehören zur Prozessbibliothek einer anderen Organisation und blieben unverändert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="253" />
            <source>{n} rows were already here under another id and were skipped.</source>
            <translation>{n} Zeilen gab es hier schon unter einer anderen ID; sie wurden übersprungen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="247" />
            <source>{n} rows were kept as they are here, because they were changed here more recently.</source>
            <translation>{n} Zeilen blieben wie hier, weil sie hier zuletzt geändert wurden.</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <location filename="../src/werkstatt/people/erasure.py" line="279" />
            <location filename="../src/werkstatt/people/erasure.py" line="108" />
            <source>Participant {n}</source>
            <translation>Teilnehmende/r {n}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/erasure.py" line="164" />
            <source>Several people are called {name}: give the id instead (“werkstatt people list” shows it).</source>
            <translation>Mehrere Personen heißen {name}: Geben Sie stattdessen die Kennung an („werkstatt people list“ zeigt sie).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/erasure.py" line="362" />
            <source>The backup {path} could not be deleted: {reason}.</source>
            <translation>Die Sicherung {path} konnte nicht gelöscht werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/erasure.py" line="425" />
            <source>The retention must be at least one month.</source>
            <translation>Die Aufbewahrungsfrist muss mindestens einen Monat betragen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/erasure.py" line="154" />
            <source>There is no person with the id or name {id}.</source>
            <translation>Es gibt keine Person mit der Kennung oder dem Namen {id}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/erasure.py" line="94" />
            <source>{rows} rows that mention the name belong to the library of {organisation} and are held in the register: {organisation} must erase the name there.</source>
            <translation>{rows} Zeilen, die den Namen nennen, gehören zur Bibliothek von {organisation} und liegen im Register: {organisation} muss den Namen dort löschen.</translation>
        </message>
    </context>
    <context>
        <name>PeopleCLI</name>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="139" />
            <source>Another program (an open Werkstatt window?) is using the database: the old text leaves the file when it is closed.</source>
            <translation>Ein anderes Programm (ein offenes Werkstatt-Fenster?) benutzt die Datenbank: Der alte Text verschwindet aus der Datei, wenn es geschlossen wird.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="116" />
            <source>Erased: {rows} rows no longer hold the name; {backups} backups deleted.</source>
            <translation>Gelöscht: {rows} Zeilen enthalten den Namen nicht mehr; {backups} Sicherungen gelöscht.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="180" />
            <source>Erasing cannot be undone, and an open window drops its undo history for it.</source>
            <translation>Das Löschen kann nicht rückgängig gemacht werden, und ein offenes Fenster verwirft dafür seinen Rückgängig-Verlauf.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="167" />
            <source>Erasing {name} replaces the name by a placeholder and removes the function; the organisation, attendance and votes stay.</source>
            <translation>Das Löschen von {name} ersetzt den Namen durch einen Platzhalter und entfernt die Funktion; Organisation, Anwesenheit und Stimmen bleiben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="112" />
            <source>Nothing was changed: add --yes to erase {name}.</source>
            <translation>Nichts wurde geändert: Fügen Sie --yes hinzu, um {name} zu löschen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="155" />
            <source>There are no people on this laptop.</source>
            <translation>Auf diesem Laptop sind keine Personen gespeichert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="177" />
            <source>These backups still hold the name (--purge-backups deletes them):</source>
            <translation>Diese Sicherungen enthalten den Namen noch (--purge-backups löscht sie):</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="175" />
            <source>These backups still hold the name and will be deleted:</source>
            <translation>Diese Sicherungen enthalten den Namen noch und werden gelöscht:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="82" />
            <source>also delete the backups that still hold the name</source>
            <translation>auch die Sicherungen löschen, die den Namen noch enthalten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="83" />
            <source>anonymise the people whose last workshop is older than a limit</source>
            <translation>die Personen anonymisieren, deren letzte Werkstatt länger als eine Frist zurückliegt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="76" />
            <source>erase a person's name and function everywhere (cannot be undone)</source>
            <translation>Name und Funktion einer Person überall löschen (kann nicht rückgängig gemacht werden)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="30" />
            <source>give the age as a number of months from 1 to {max} followed by m, such as 12m, not “{value}”</source>
            <translation>geben Sie das Alter als Zahl von Monaten zwischen 1 und {max} mit nachgestelltem m an, etwa 12m, nicht „{value}“</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="78" />
            <source>id, id prefix or exact name</source>
            <translation>Kennung, Anfang der Kennung oder genauer Name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="72" />
            <source>list, erase or anonymise the people (personal data)</source>
            <translation>Personen auflisten, löschen oder anonymisieren (personenbezogene Daten)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="79" />
            <source>really erase (without it: only show what would happen)</source>
            <translation>wirklich löschen (ohne: nur zeigen, was geschähe)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="86" />
            <source>the limit in months, such as 12m</source>
            <translation>die Frist in Monaten, etwa 12m</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="75" />
            <source>the people on this laptop</source>
            <translation>die Personen auf diesem Laptop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="160" />
            <source>{count} workshops, last {date}</source>
            <translation>{count} Werkstätten, zuletzt {date}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="122" />
            <source>{people} people anonymised ({rows} rows), {tombstones} deleted rows purged, {backups} older backups deleted.</source>
            <translation>{people} Personen anonymisiert ({rows} Zeilen), {tombstones} gelöschte Zeilen endgültig entfernt, {backups} ältere Sicherungen gelöscht.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="142" />
            <source>Other rows still contain the letters of the name (another person of that name, or a word that is no mention of the person), so the file still holds them.</source>
            <translation>Andere Zeilen enthalten noch die Buchstaben des Namens (eine andere Person dieses Namens oder ein Wort, das die Person nicht meint), daher steht er noch in der Datei.</translation>
        </message>
    </context>
    <context>
        <name>PeopleManager</name>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="116" />
            <source>&amp;Erase</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="197" />
            <source>&amp;Erase person…</source>
            <translation>Person &amp;löschen …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="165" />
            <source>1 person anonymised after {months} months</source>
            <translation>1 Person nach {months} Monaten anonymisiert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="113" />
            <source>Also delete these &amp;backups</source>
            <translation>Auch diese &amp;Sicherungen löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="214" />
            <source>Anonymise the names of participants</source>
            <translation>Namen der Teilnehmenden</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="81" />
            <source>Backups that still hold the name:</source>
            <translation>Sicherungen, die den Namen noch enthalten:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="218" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="204" />
            <source>Erase person</source>
            <translation>Person löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="156" />
            <source>Erase person (GDPR) …</source>
            <translation>Person löschen (DSGVO) …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="99" />
            <source>Erase “{name}”</source>
            <translation>„{name}“ löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="53" />
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="54" />
            <source>Last workshop</source>
            <translation>Letzte Werkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="212" />
            <source>Months after the workshop</source>
            <translation>Monate nach der Werkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="53" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="53" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="195" />
            <location filename="../src/werkstatt/ui/workshop/people.py" line="193" />
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="78" />
            <source>Rows concerned:</source>
            <translation>Betroffene Einträge:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="101" />
            <source>The name and function of “{name}” are replaced by a placeholder everywhere on this laptop; votes and attendance stay counted. This cannot be undone.</source>
            <translation>Name und Funktion von „{name}“ werden auf diesem Laptop überall durch einen Platzhalter ersetzt; Stimmen und Anwesenheit bleiben gezählt. Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="130" />
            <source>The name leaves the database file when Werkstatt starts again.</source>
            <translation>Der Name verschwindet aus der Datenbankdatei, wenn Werkstatt neu gestartet wird.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="110" />
            <source>The undo history is cleared, so that the name cannot come back.</source>
            <translation>Die Rückgängig-Liste wird geleert, damit der Name nicht zurückkommen kann.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="108" />
            <source>What is erased</source>
            <translation>Was gelöscht wird</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="54" />
            <source>Workshops</source>
            <translation>Werkstätten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="70" />
            <source>agenda items that name them</source>
            <translation>Tagesordnungspunkte, die sie nennen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="64" />
            <source>invitations to workshops (kept without the name)</source>
            <translation>Einladungen zu Werkstätten (bleiben ohne Namen)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="67" />
            <source>measures that name them</source>
            <translation>Maßnahmen, die sie nennen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="216" />
            <source>months after the workshop (when Werkstatt starts)</source>
            <translation>Monate nach der Werkstatt anonymisieren (beim Start von Werkstatt)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="210" />
            <source>never (off)</source>
            <translation>nie (aus)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="72" />
            <source>open sync conflicts that name them</source>
            <translation>Offene Abgleich-Konflikte, die sie nennen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="68" />
            <source>pain points that name them</source>
            <translation>Schwachstellen, die sie nennen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="71" />
            <source>photo captions that name them</source>
            <translation>Fotobeschriftungen, die sie nennen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="63" />
            <source>the person's name and function</source>
            <translation>Name und Funktion der Person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="65" />
            <source>voters of voting rounds (kept without the name)</source>
            <translation>Abstimmende in Abstimmungsrunden (bleiben ohne Namen)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="66" />
            <source>workshop notes that name them</source>
            <translation>Werkstatt-Notizen, die sie nennen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="69" />
            <source>workshops that name them (facilitator, goal)</source>
            <translation>Werkstätten, die sie nennen (Moderation, Ziel)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="166" />
            <source>{count} people anonymised after {months} months</source>
            <translation>{count} Personen nach {months} Monaten anonymisiert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="128" />
            <source>“{name}” erased.</source>
            <translation>„{name}“ gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>PhoneBridge</name>
        <message>
            <location filename="../src/werkstatt/ui/phones/bridge.py" line="164" />
            <source>Open a process model first: the messages belong to one.</source>
            <translation>Öffnen Sie zuerst ein Prozessmodell: Die Meldungen gehören zu einem.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/bridge.py" line="218" />
            <source>The phones cannot be let in: {reason}</source>
            <translation>Die Handys können nicht hereingelassen werden: {reason}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/bridge.py" line="137" />
            <source>The voting round is gone.</source>
            <translation>Die Abstimmungsrunde gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/bridge.py" line="144" />
            <source>This round has been revealed; reopen it first.</source>
            <translation>Diese Runde ist aufgedeckt; öffnen Sie sie zuerst wieder.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/bridge.py" line="140" />
            <source>This round takes its votes in the grid or from the wall; prepare a round “from the participants' phones” for that.</source>
            <translation>Diese Runde nimmt die Stimmen im Raster oder von der Wand auf; bereiten Sie dafür eine Runde „von den Handys der Teilnehmenden“ vor.</translation>
        </message>
    </context>
    <context>
        <name>PhoneCLI</name>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="101" />
            <source>Open for phones: {url}  (code {code})</source>
            <translation>Offen für Handys: {url}  (Code {code})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="102" />
            <source>Serving until the round is revealed; Ctrl+C stops.</source>
            <translation>Läuft, bis die Runde aufgedeckt wird; Strg+C beendet.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="122" />
            <source>Stopped serving the round.</source>
            <translation>Die Runde ist für Handys geschlossen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="81" />
            <source>This round has been revealed; reopen it first.</source>
            <translation>Diese Runde ist aufgedeckt; öffnen Sie sie zuerst wieder.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="77" />
            <source>This round takes its votes in the grid or from the wall; prepare a round “from phones” to open it for phones.</source>
            <translation>Diese Runde nimmt ihre Stimmen im Raster oder von der Wand; bereiten Sie eine Runde „von den Handys“ vor, um sie für Handys zu öffnen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="37" />
            <source>how long the result stays reachable after the reveal (default: 30)</source>
            <translation>wie lange das Ergebnis nach dem Aufdecken erreichbar bleibt (Vorgabe: 30)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="28" />
            <source>open a voting round for the phones in the room, without a window</source>
            <translation>eine Abstimmungsrunde für die Handys im Raum öffnen, ohne Fenster</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="32" />
            <source>the address of this computer in the room's network (default: 127.0.0.1, this computer only)</source>
            <translation>die Adresse dieses Computers im Netz des Raums (Vorgabe: 127.0.0.1, nur dieser Computer)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="35" />
            <source>the port (default: the first free one of 8730–8739; 0: any free port)</source>
            <translation>der Port (Vorgabe: der erste freie von 8730–8739; 0: irgendein freier Port)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="48" />
            <source>“{text}” is not a port number (0 to 65535).</source>
            <translation>„{text}“ ist keine Portnummer (0 bis 65535).</translation>
        </message>
    </context>
    <context>
        <name>PhoneInbox</name>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="92" />
            <source>&amp;Accept</source>
            <translation>&amp;Übernehmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="90" />
            <source>&amp;Category:</source>
            <translation>&amp;Kategorie:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="137" />
            <source>&amp;Edit …</source>
            <translation>&amp;Bearbeiten …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="89" />
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="179" />
            <source>(the whole process)</source>
            <translation>(der ganze Prozess)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="136" />
            <source>A&amp;ccept</source>
            <translation>Ü&amp;bernehmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="127" />
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="84" />
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="138" />
            <source>D&amp;iscard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="78" />
            <source>Edit message</source>
            <translation>Meldung bearbeiten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="127" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="126" />
            <source>Messages from the phones</source>
            <translation>Meldungen von den Handys</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="70" />
            <source>Pain point</source>
            <translation>Schwachstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="202" />
            <source>Phones send to {address}, code {code}</source>
            <translation>Handys senden an {address}, Code {code}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="70" />
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="128" />
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="122" />
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="121" />
            <source>Take messages from phones</source>
            <translation>Meldungen von Handys annehmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="127" />
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="81" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
    </context>
    <context>
        <name>PhoneNetwork</name>
        <message>
            <location filename="../src/werkstatt/phones/network.py" line="42" />
            <source>Pick one network (the hotspot or the room's Wi-Fi), not all of them: {host} would offer the round on every network.</source>
            <translation>Wählen Sie ein Netz (den Hotspot oder das WLAN des Raums), nicht alle: {host} böte die Runde in jedem Netz an.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/network.py" line="45" />
            <source>{host} is reachable from the internet; phones join only over a local network (Wi-Fi or hotspot).</source>
            <translation>{host} ist aus dem Internet erreichbar; Handys nehmen nur über ein lokales Netz (WLAN oder Hotspot) teil.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/network.py" line="40" />
            <source>“{host}” is not an IP address of this computer.</source>
            <translation>„{host}“ ist keine IP-Adresse dieses Computers.</translation>
        </message>
    </context>
    <context>
        <name>PhoneRoom</name>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="205" />
            <source>No voting round is open for phones right now.</source>
            <translation>Gerade ist keine Abstimmungsrunde für Handys offen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="193" />
            <source>The facilitator is not taking pain points from phones right now.</source>
            <translation>Die Moderation nimmt gerade keine Schwachstellen von Handys an.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="233" />
            <source>The voting round is gone.</source>
            <translation>Die Abstimmungsrunde gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="141" />
            <source>This code is not valid (any more). Scan the code on the projector again.</source>
            <translation>Dieser Code gilt nicht (mehr). Scannen Sie den Code am Beamer noch einmal.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="184" />
            <source>This phone has not joined the round. Scan the code again.</source>
            <translation>Dieses Handy nimmt an der Runde nicht teil. Scannen Sie den Code noch einmal.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="178" />
            <source>Too many ballots from this phone; wait a moment and send again.</source>
            <translation>Zu viele Stimmzettel von diesem Handy; warten Sie einen Moment und senden Sie noch einmal.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="195" />
            <source>Too many messages from this phone; wait a minute.</source>
            <translation>Zu viele Meldungen von diesem Handy; warten Sie eine Minute.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="166" />
            <source>Too many phones joined from this address; wait a moment.</source>
            <translation>Zu viele Handys von dieser Adresse; warten Sie einen Moment.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="145" />
            <source>Too many requests from this phone; wait a moment.</source>
            <translation>Zu viele Anfragen von diesem Handy; warten Sie einen Moment.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="140" />
            <source>Too many wrong codes from this device; wait a minute.</source>
            <translation>Zu viele falsche Codes von diesem Gerät; warten Sie eine Minute.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="186" />
            <source>phone {n}</source>
            <translation>Handy {n}</translation>
        </message>
    </context>
    <context>
        <name>PhoneServer</name>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="276" />
            <source>Dots and ratings cannot be negative.</source>
            <translation>Punkte und Bewertungen können nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="141" />
            <source>No free port to listen on at {host} ({first}–{last}): {reason}</source>
            <translation>Kein freier Port an {host} ({first}–{last}): {reason}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="178" />
            <source>Not found.</source>
            <translation>Nicht gefunden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="163" />
            <source>Only phones in the room's network may join.</source>
            <translation>Nur Handys im Netz des Raums können teilnehmen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="274" />
            <source>Only whole numbers can be given.</source>
            <translation>Es gehen nur ganze Zahlen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="181" />
            <source>Something went wrong on the laptop; please try again.</source>
            <translation>Auf dem Laptop ist etwas schiefgegangen; bitte versuchen Sie es noch einmal.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="265" />
            <source>The ballot could not be read.</source>
            <translation>Der Stimmzettel ließ sich nicht lesen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="257" />
            <location filename="../src/werkstatt/phones/server.py" line="205" />
            <location filename="../src/werkstatt/phones/server.py" line="203" />
            <source>The request could not be read.</source>
            <translation>Die Anfrage ließ sich nicht lesen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="174" />
            <source>The request is too large.</source>
            <translation>Die Anfrage ist zu groß.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="166" />
            <source>This request did not come from the voting page.</source>
            <translation>Diese Anfrage kam nicht von der Abstimmungsseite.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="176" />
            <source>This request is not allowed.</source>
            <translation>Diese Anfrage ist nicht erlaubt.</translation>
        </message>
    </context>
    <context>
        <name>PhoneVoting</name>
        <message>
            <location filename="../src/werkstatt/ui/phones/voting_actions.py" line="56" />
            <source>&amp;Close for phones</source>
            <translation>Für Handys &amp;schließen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/voting_actions.py" line="101" />
            <source>Choose a voting round first.</source>
            <translation>Wählen Sie zuerst eine Abstimmungsrunde.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/voting_actions.py" line="53" />
            <source>Open for &amp;phones</source>
            <translation>Für &amp;Handys öffnen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/voting_actions.py" line="54" />
            <source>Open the round and show the code for the phones on the projector</source>
            <translation>Die Runde eröffnen und den Code für die Handys am Projektor zeigen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/voting_actions.py" line="57" />
            <source>Take back the last phone ballot</source>
            <translation>Letzten Handy-Stimmzettel zurücknehmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/voting_actions.py" line="39" />
            <source>not open for phones</source>
            <translation>nicht für Handys geöffnet</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/voting_actions.py" line="36" />
            <source>phones join at {address}, code {code}</source>
            <translation>Handys unter {address}, Code {code}</translation>
        </message>
    </context>
    <context>
        <name>Photos</name>
        <message>
            <location filename="../src/werkstatt/files/photos.py" line="71" />
            <source>The JPEG picture is damaged: its structure cannot be read.</source>
            <translation>Das JPEG-Bild ist beschädigt: Sein Aufbau lässt sich nicht lesen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/files/photos.py" line="144" />
            <source>The PNG picture is damaged: its structure cannot be read.</source>
            <translation>Das PNG-Bild ist beschädigt: Sein Aufbau lässt sich nicht lesen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/files/photos.py" line="216" />
            <location filename="../src/werkstatt/files/photos.py" line="210" />
            <source>The photo cannot be turned upright because its picture cannot be read.</source>
            <translation>Das Foto lässt sich nicht aufrichten, weil sein Bild nicht lesbar ist.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/files/photos.py" line="58" />
            <source>This file is not a PNG or JPEG picture.</source>
            <translation>Diese Datei ist kein PNG- oder JPEG-Bild.</translation>
        </message>
    </context>
    <context>
        <name>PicXML</name>
        <message>
            <location filename="../src/werkstatt/interchange/picxml.py" line="113" />
            <source>The fact sheet cannot be written to {path}: {reason}.</source>
            <translation>Der Steckbrief kann nicht nach {path} geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/picxml.py" line="77" />
            <source>There is no register process with the id {id}.</source>
            <translation>Es gibt keinen Registerprozess mit der ID {id}.</translation>
        </message>
    </context>
    <context>
        <name>ProcessMap</name>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="212" />
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="137" />
            <source>Process map</source>
            <translation>Prozesslandkarte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="201" />
            <source>dashed: from another organisation's library</source>
            <translation>gestrichelt: aus der Bibliothek einer anderen Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="278" />
            <source>All product areas</source>
            <translation>Alle Produktbereiche</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="220" />
            <source>Each box on the area pages: register key and number of models, name, status and lead organisation.</source>
            <translation>Jeder Kasten auf den Bereichsseiten: Registerschlüssel und Zahl der Modelle, Name, Status und federführende Organisation.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="255" />
            <source>Lead organisations</source>
            <translation>Federführende Organisationen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="211" />
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="237" />
            <source>Overview — page {page} of {pages}</source>
            <translation>Übersicht — Seite {page} von {pages}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="178" />
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="177" />
            <source>Process map · as of {date}</source>
            <translation>Prozesslandkarte · Stand {date}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="248" />
            <source>Processes</source>
            <translation>Prozesse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="327" />
            <source>Processes in this area: {count}</source>
            <translation>Prozesse in diesem Bereich: {count}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="216" />
            <source>Processes: {count} · product areas: {areas} · from other organisations' libraries: {library}</source>
            <translation>Prozesse: {count} · Produktbereiche: {areas} · aus Bibliotheken anderer Organisationen: {library}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="246" />
            <source>Product area</source>
            <translation>Produktbereich</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="423" />
            <source>Unknown paper size {paper}: choose A4 or A3.</source>
            <translation>Unbekanntes Papierformat {paper}: Wählen Sie A4 oder A3.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="212" />
            <source>as of {date}</source>
            <translation>Stand {date}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="253" />
            <source>by status</source>
            <translation>nach Status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="348" />
            <source>models: {count}</source>
            <translation>Modelle: {count}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="293" />
            <source>no lead</source>
            <translation>ohne Federführung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="326" />
            <source>{area} — page {page} of {pages}</source>
            <translation>{area} — Seite {page} von {pages}</translation>
        </message>
    </context>
    <context>
        <name>ProcessMapDialog</name>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="50" />
            <source>&amp;Save as…</source>
            <translation>&amp;Speichern unter …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="75" />
            <source>Graphviz DOT (*.dot)</source>
            <translation>Graphviz DOT (*.dot)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="72" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="74" />
            <source>PNG picture (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="42" />
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="41" />
            <source>Process map</source>
            <translation>Prozesslandkarte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="44" />
            <source>Process map grouped by product area</source>
            <translation>Prozesslandkarte nach Produktbereichen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="98" />
            <source>Process map not saved</source>
            <translation>Prozesslandkarte nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="73" />
            <source>SVG picture (*.svg)</source>
            <translation>SVG-Grafik (*.svg)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="76" />
            <source>Save process map</source>
            <translation>Prozesslandkarte speichern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="51" />
            <source>Save process map as</source>
            <translation>Prozesslandkarte speichern unter</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="100" />
            <source>Saved to {path}.</source>
            <translation>Gespeichert unter {path}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="77" />
            <source>process-map</source>
            <translation>prozesslandkarte</translation>
        </message>
    </context>
    <context>
        <name>ProcessMapFile</name>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="247" />
            <location filename="../src/werkstatt/library/process_map.py" line="243" />
            <source>Graphviz could not draw the process map: {reason}.</source>
            <translation>Graphviz konnte die Prozesslandkarte nicht zeichnen: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="236" />
            <source>Graphviz is not installed (the program dot is missing): install the package graphviz.</source>
            <translation>Graphviz ist nicht installiert (das Programm dot fehlt): Installieren Sie das Paket graphviz.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="205" />
            <source>Legend</source>
            <translation>Legende</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="180" />
            <source>Process map</source>
            <translation>Prozesslandkarte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="262" />
            <location filename="../src/werkstatt/library/process_map.py" line="223" />
            <source>Unknown format {format}: the file name must end in .svg, .pdf, .png or .dot.</source>
            <translation>Unbekanntes Format {format}: Der Dateiname muss auf .svg, .pdf, .png oder .dot enden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="214" />
            <source>[status · lead organisation]</source>
            <translation>[Status · federführende Organisation]</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="211" />
            <source>dashed: from another organisation's library</source>
            <translation>gestrichelt: aus der Bibliothek einer anderen Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="153" />
            <source>without product area</source>
            <translation>ohne Produktbereich</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="277" />
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="266" />
            <source>{path} is a folder; give a file name.</source>
            <translation>{path} ist ein Ordner; geben Sie einen Dateinamen an.</translation>
        </message>
    </context>
    <context>
        <name>ProcessMapView</name>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="286" />
            <source>&amp;Whole map</source>
            <translation>&amp;Ganze Karte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="282" />
            <source>Find processes on the map…</source>
            <translation>Prozesse auf der Karte suchen…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="325" />
            <source>Loading the map…</source>
            <translation>Die Karte wird geladen…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="280" />
            <source>Process map</source>
            <translation>Prozesslandkarte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="291" />
            <source>Process map grouped by product area</source>
            <translation>Prozesslandkarte nach Produktbereichen gruppiert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="190" />
            <source>Processes: {count}</source>
            <translation>Prozesse: {count}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="283" />
            <source>Search the process map</source>
            <translation>Prozesslandkarte durchsuchen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="390" />
            <location filename="../src/werkstatt/ui/register/map_view.py" line="192" />
            <source>found: {count}</source>
            <translation>gefunden: {count}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="353" />
            <source>The register has no processes yet.</source>
            <translation>Das Register enthält noch keine Prozesse.</translation>
        </message>
    </context>
    <context>
        <name>ProcessSearch</name>
        <message>
            <location filename="../src/werkstatt/library/search.py" line="82" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/search.py" line="82" />
            <source>Legal basis</source>
            <translation>Rechtsgrundlage</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/search.py" line="81" />
            <source>Register key</source>
            <translation>Registerschlüssel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/search.py" line="81" />
            <source>Tags</source>
            <translation>Schlagworte</translation>
        </message>
    </context>
    <context>
        <name>ProductAreas</name>
        <message>
            <location filename="../src/werkstatt/library/product_areas.py" line="70" />
            <source>The file {path} cannot be read: {reason}.</source>
            <translation>Die Datei {path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/product_areas.py" line="76" />
            <location filename="../src/werkstatt/library/product_areas.py" line="73" />
            <source>The file {path} is not a JSON list of product areas.</source>
            <translation>Die Datei {path} ist keine JSON-Liste von Produktbereichen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/product_areas.py" line="80" />
            <location filename="../src/werkstatt/library/product_areas.py" line="60" />
            <source>The list of product areas is empty.</source>
            <translation>Die Liste der Produktbereiche ist leer.</translation>
        </message>
    </context>
    <context>
        <name>ProjectorController</name>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="107" />
            <source>&amp;Black screen</source>
            <translation>&amp;Schwarzbild</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="108" />
            <source>&amp;Freeze picture</source>
            <translation>Bild &amp;einfrieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="110" />
            <source>&amp;Room and readability…</source>
            <translation>&amp;Raum und Lesbarkeit …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="109" />
            <source>&amp;Swap screens</source>
            <translation>Bildschirme &amp;tauschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="170" />
            <source>Only one screen: the projector is a preview window.</source>
            <translation>Nur ein Bildschirm: Der Projektor ist ein Vorschaufenster.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="113" />
            <source>Show &amp;agenda</source>
            <translation>T&amp;agesordnung zeigen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="111" />
            <source>Show &amp;diagram</source>
            <translation>&amp;Diagramm zeigen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="106" />
            <source>Show &amp;projector</source>
            <translation>&amp;Projektor zeigen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="112" />
            <source>Show pain p&amp;oints</source>
            <translation>Sch&amp;wachstellen zeigen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="159" />
            <source>The projector is off.</source>
            <translation>Der Projektor ist aus.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="179" />
            <source>The projector shows on screen {name}.</source>
            <translation>Der Projektor zeigt auf dem Bildschirm {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="189" />
            <location filename="../src/werkstatt/ui/projector/controller.py" line="184" />
            <source>There is no second screen to swap with.</source>
            <translation>Es gibt keinen zweiten Bildschirm zum Tauschen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="114" />
            <source>Show &amp;vote</source>
            <translation>&amp;Abstimmung zeigen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="115" />
            <source>&amp;Overview of the whole process</source>
            <translation>Ü&amp;berblick über den ganzen Prozess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="310" />
            <source>The projector is off (F5 shows it).</source>
            <translation>Der Projektor ist aus (F5 schaltet ihn ein).</translation>
        </message>
    </context>
    <context>
        <name>ProjectorOverview</name>
        <message>
            <location filename="../src/werkstatt/ui/projector/overview.py" line="287" />
            <source>… and {n} more</source>
            <translation>… und {n} weitere</translation>
        </message>
    </context>
    <context>
        <name>ProjectorPages</name>
        <message>
            <location filename="../src/werkstatt/ui/projector/pages.py" line="168" />
            <source>+{minutes} min</source>
            <translation>+{minutes} min</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/pages.py" line="150" />
            <source>Agenda</source>
            <translation>Tagesordnung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/pages.py" line="134" />
            <source>No pain points yet.</source>
            <translation>Noch keine Schwachstellen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/pages.py" line="131" />
            <source>Pain points</source>
            <translation>Schwachstellen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/pages.py" line="153" />
            <source>The agenda is empty.</source>
            <translation>Die Tagesordnung ist leer.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/pages.py" line="165" />
            <source>{elapsed} min</source>
            <translation>{elapsed} min</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/pages.py" line="162" />
            <source>{elapsed} of {planned} min</source>
            <translation>{elapsed} von {planned} min</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/pages.py" line="159" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/pages.py" line="92" />
            <source>… and {n} more</source>
            <translation>… und {n} weitere</translation>
        </message>
    </context>
    <context>
        <name>ProjectorThumbnail</name>
        <message>
            <location filename="../src/werkstatt/ui/projector/thumbnail.py" line="23" />
            <source>What the projector shows</source>
            <translation>Was der Projektor zeigt</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../src/werkstatt/ui/projector/window.py" line="127" />
            <source>+{minutes} min</source>
            <translation>+{minutes} min</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/window.py" line="86" />
            <source>Werkstatt projector</source>
            <translation>Werkstatt – Projektor</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/window.py" line="221" />
            <source>Werkstatt projector (single-screen preview)</source>
            <translation>Werkstatt – Projektor (Vorschau auf einem Bildschirm)</translation>
        </message>
    </context>
    <context>
        <name>Protocol</name>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="251" />
            <source>Cases per year</source>
            <translation>Fälle pro Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="245" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="252" />
            <source>Legal basis</source>
            <translation>Rechtsgrundlage</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="247" />
            <source>LeiKa key</source>
            <translation>LeiKa-Schlüssel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="249" />
            <source>Modelled by</source>
            <translation>Modelliert von</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="248" />
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="246" />
            <source>Product area</source>
            <translation>Produktbereich</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="244" />
            <source>Register key</source>
            <translation>Registerschlüssel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="250" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="253" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="87" />
            <source>as-is</source>
            <translation>Ist</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="80" />
            <source>decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="83" />
            <source>end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="91" />
            <source>identified</source>
            <translation>identifiziert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="93" />
            <source>implemented</source>
            <translation>umgesetzt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="91" />
            <source>in survey</source>
            <translation>in Erhebung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="92" />
            <source>modelled</source>
            <translation>modelliert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="92" />
            <source>optimised</source>
            <translation>optimiert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="79" />
            <source>start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="82" />
            <source>subprocess</source>
            <translation>Teilprozess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="79" />
            <source>task</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="87" />
            <source>to-be</source>
            <translation>Soll</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="98" />
            <source>There is no workshop with the id {id}.</source>
            <translation>Es gibt keine Werkstatt mit der ID {id}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="82" />
            <source>complex branching</source>
            <translation>Komplexe Verzweigung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="81" />
            <source>event-based decision</source>
            <translation>Ereignisbasierte Entscheidung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="81" />
            <source>inclusive branching</source>
            <translation>Inklusive Verzweigung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="80" />
            <source>parallel branching</source>
            <translation>Parallele Verzweigung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="160" />
            <source>Facilitation</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="162" />
            <source>Minute taking</source>
            <translation>Protokollführung</translation>
        </message>
    </context>
    <context>
        <name>ProtocolAttachments</name>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="99" />
            <source>Measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="74" />
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="97" />
            <source>Pain-points</source>
            <translation>Schwachstellen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="77" />
            <source>The process model “{name}” as BPMN 2.0, for any BPMN tool</source>
            <translation>Das Prozessmodell „{name}“ als BPMN 2.0, für jedes BPMN-Werkzeug</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="154" />
            <source>The workshop as a Werkstatt package, to import and continue it</source>
            <translation>Die Werkstatt als Werkstatt-Paket, zum Importieren und Weiterarbeiten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="100" />
            <source>The workshop's measures as CSV, for a spreadsheet</source>
            <translation>Die Maßnahmen der Werkstatt als CSV, für eine Tabellenkalkulation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="98" />
            <source>The workshop's pain points as CSV, for a spreadsheet</source>
            <translation>Die Schwachstellen der Werkstatt als CSV, für eine Tabellenkalkulation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="107" />
            <source>Responsible</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="67" />
            <source>There is no workshop with the id {id}.</source>
            <translation>Es gibt keine Werkstatt mit der ID {id}.</translation>
        </message>
    </context>
    <context>
        <name>ProtocolCLI</name>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="75" />
            <source>E-mail draft written to {path}; open it in your mail program to send it.</source>
            <translation>E-Mail-Entwurf nach {path} geschrieben; öffnen Sie ihn in Ihrem E-Mail-Programm, um ihn zu versenden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="68" />
            <source>Protocol written to {path}.</source>
            <translation>Protokoll geschrieben: {path}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="82" />
            <source>The e-mail draft and the protocol cannot be the same file {path}.</source>
            <translation>E-Mail-Entwurf und Protokoll können nicht dieselbe Datei {path} sein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="73" />
            <source>The protocol was written to {path}, the e-mail draft was not: {reason}</source>
            <translation>Das Protokoll wurde nach {path} geschrieben, der E-Mail-Entwurf nicht: {reason}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="88" />
            <source>There is no folder {path} for the e-mail draft.</source>
            <translation>Den Ordner {path} für den E-Mail-Entwurf gibt es nicht.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="32" />
            <source>also write an e-mail draft to the participants with the PDF attached</source>
            <translation>zusätzlich einen E-Mail-Entwurf an die Teilnehmenden mit dem PDF im Anhang schreiben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="26" />
            <source>language of the protocol</source>
            <translation>Sprache des Protokolls</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="28" />
            <source>name only the organisations of the participants, not the people</source>
            <translation>von den Teilnehmenden nur die Organisationen nennen, nicht die Personen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="30" />
            <source>paper size of the diagrams' overview pages</source>
            <translation>Papierformat der Übersichtsseiten der Diagramme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="24" />
            <source>the PDF file to write</source>
            <translation>die PDF-Datei, die geschrieben wird</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="22" />
            <source>write the PDF protocol of a workshop</source>
            <translation>das PDF-Protokoll einer Werkstatt schreiben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="85" />
            <source>{path} is a folder; give a file name for the e-mail draft.</source>
            <translation>{path} ist ein Ordner; bitte geben Sie einen Dateinamen für den E-Mail-Entwurf an.</translation>
        </message>
    </context>
    <context>
        <name>ProtocolExport</name>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="57" />
            <source>&amp;Choose…</source>
            <translation>&amp;Auswählen…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="62" />
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="73" />
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="65" />
            <source>&amp;Name the participants (otherwise only their organisations)</source>
            <translation>&amp;Teilnehmende namentlich nennen (sonst nur ihre Organisationen)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="189" />
            <source>&amp;Protocol as PDF…</source>
            <translation>&amp;Protokoll als PDF…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="81" />
            <source>&amp;Write PDF</source>
            <translation>&amp;PDF schreiben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="214" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="55" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="70" />
            <source>Language of the protocol</source>
            <translation>Sprache des Protokolls</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="196" />
            <source>Open a workshop first: the protocol is written for a workshop.</source>
            <translation>Öffnen Sie zuerst eine Werkstatt: Das Protokoll wird für eine Werkstatt geschrieben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="88" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="95" />
            <source>Please give a file name.</source>
            <translation>Bitte geben Sie einen Dateinamen an.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="211" />
            <location filename="../src/werkstatt/ui/protocol/export.py" line="187" />
            <source>Protocol</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="219" />
            <source>Protocol written to {path}.</source>
            <translation>Protokoll geschrieben: {path}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="46" />
            <source>Protocol {title}{date}.pdf</source>
            <translation>Protokoll {title}{date}.pdf</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="87" />
            <source>Save the protocol as</source>
            <translation>Protokoll speichern unter</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="44" />
            <source>Workshop</source>
            <translation>Werkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="52" />
            <source>Write the protocol</source>
            <translation>Protokoll schreiben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="224" />
            <source>Writing the protocol was cancelled.</source>
            <translation>Das Schreiben des Protokolls wurde abgebrochen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="212" />
            <source>Writing the protocol…</source>
            <translation>Das Protokoll wird geschrieben…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="78" />
            <source>&amp;Diagram pages:</source>
            <translation>Dia&amp;grammseiten:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="77" />
            <source>A3 landscape (larger diagrams)</source>
            <translation>A3 quer (größere Diagramme)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="76" />
            <source>A4 landscape</source>
            <translation>A4 quer</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="75" />
            <source>Paper size of the diagram pages</source>
            <translation>Papierformat der Diagrammseiten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="129" />
            <source>The protocol could not be written: {reason}</source>
            <translation>Das Protokoll konnte nicht geschrieben werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ProtocolFigures</name>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="46" />
            <source>An average over all cases in calendar days of 24 hours, each waiting time weighted by the share of cases that wait there, so lower than the plain sum of the step table.</source>
            <translation>Ein Durchschnitt über alle Fälle in Kalendertagen zu 24 Stunden, jede Liegezeit gewichtet mit dem Anteil der Fälle, die dort warten, daher niedriger als die einfache Summe der Schritttabelle.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="42" />
            <source>An average over all cases, so lower than the plain sum of the step table: each step's minutes are weighted by the share of cases that take it (30 % of cases: 30 % of its minutes), in every lane including the outside parties.</source>
            <translation>Ein Durchschnitt über alle Fälle, daher niedriger als die einfache Summe der Schritttabelle: Die Minuten jedes Schritts zählen mit dem Anteil der Fälle, die ihn durchlaufen (30 % der Fälle: 30 % seiner Minuten), in allen Bahnen einschließlich der externen Beteiligten.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="61" />
            <source>Case volume × the administrations' processing time per case ({minutes}); the outside parties' time is not included.</source>
            <translation>Fallzahl × Bearbeitungszeit der Verwaltungen je Fall ({minutes}); die Zeit externer Beteiligter ist nicht enthalten.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="119" />
            <source>Cost saved per year</source>
            <translation>Eingesparte Kosten pro Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="68" />
            <source>Each lane's hours × the hourly rate of its pay grade; the outside parties are not costed.</source>
            <translation>Stunden jeder Bahn × Stundensatz ihrer Entgeltgruppe; externe Beteiligte werden nicht bepreist.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="118" />
            <source>FTE saved</source>
            <translation>Eingesparte VZÄ</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="125" />
            <source>Handovers removed</source>
            <translation>Entfallene Übergaben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="117" />
            <source>Hours saved per year</source>
            <translation>Eingesparte Stunden pro Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="126" />
            <source>Media breaks removed</source>
            <translation>Entfallene Medienbrüche</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="89" />
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="58" />
            <source>One case along the longest path without repeats ({processing} processing, {waiting} waiting), in calendar days of 24 hours, not weighted.</source>
            <translation>Ein Fall entlang des längsten Pfads ohne Wiederholungen ({processing} Bearbeitung, {waiting} Liegezeit), in Kalendertagen zu 24 Stunden, ungewichtet.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="54" />
            <source>One case along the longest path without repeats ({processing} processing, {waiting} waiting); it is shorter than the average waiting time because the average also counts the waits of loops and side branches this path does not take.</source>
            <translation>Ein Fall entlang des längsten Pfads ohne Wiederholungen ({processing} Bearbeitung, {waiting} Liegezeit); diese Durchlaufzeit ist kürzer als die durchschnittliche Liegezeit, weil der Durchschnitt auch die Liegezeiten von Schleifen und Nebenzweigen zählt, die dieser Pfad nicht nimmt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="120" />
            <source>Outside parties' hours saved per year</source>
            <translation>Eingesparte Stunden externer Beteiligter pro Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="88" />
            <source>Source: {source}</source>
            <translation>Quelle: {source}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="124" />
            <source>Steps added</source>
            <translation>Hinzugekommene Schritte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="123" />
            <source>Steps removed</source>
            <translation>Entfallene Schritte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="65" />
            <source>The administrations' annual effort divided by the working time of one FTE ({hours} h/year).</source>
            <translation>Jahresaufwand der Verwaltungen geteilt durch die Arbeitszeit eines VZÄ ({hours} h/Jahr).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="72" />
            <source>The time citizens, businesses and inspection bodies spend on the cases (Erfüllungsaufwand); it is in neither the FTE nor the cost.</source>
            <translation>Die Zeit, die Bürgerinnen und Bürger, Unternehmen und Prüfstellen für die Fälle aufwenden (Erfüllungsaufwand); sie ist weder in den VZÄ noch in den Kosten enthalten.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="31" />
            <source>{n} FTE</source>
            <translation>{n} VZÄ</translation>
        </message>
    </context>
    <context>
        <name>ProtocolFormat</name>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="22" />
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="24" />
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="26" />
            <source>December</source>
            <translation>Dezember</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="21" />
            <source>February</source>
            <translation>Februar</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="21" />
            <source>January</source>
            <translation>Januar</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="24" />
            <source>July</source>
            <translation>Juli</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="23" />
            <source>June</source>
            <translation>Juni</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="22" />
            <source>March</source>
            <translation>März</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="23" />
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="26" />
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="25" />
            <source>October</source>
            <translation>Oktober</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="25" />
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="29" />
            <source>1 day</source>
            <translation>1 Tag</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="30" />
            <source>{n} days</source>
            <translation>{n} Tage</translation>
        </message>
    </context>
    <context>
        <name>ProtocolHtml</name>
        <message>
            <location filename="../src/werkstatt/protocol/html.py" line="253" />
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html.py" line="280" />
            <source>Protocol of the process workshop</source>
            <translation>Protokoll der Prozesswerkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html.py" line="284" />
            <source>Protocol of the process workshop on {date}</source>
            <translation>Protokoll der Prozesswerkstatt am {date}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html.py" line="282" />
            <source>Protocol of the process workshop on {date} in {place}</source>
            <translation>Protokoll der Prozesswerkstatt am {date} in {place}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html.py" line="265" />
            <source>Protocol: {title}</source>
            <translation>Protokoll: {title}</translation>
        </message>
    </context>
    <context>
        <name>ProtocolHtmlModel</name>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="74" />
            <source>Administration</source>
            <translation>Verwaltung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="70" />
            <source>Administrations together</source>
            <translation>Verwaltungen zusammen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="32" />
            <source>Analysis figures</source>
            <translation>Kennzahlen der Analyse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="142" />
            <source>Block</source>
            <translation>Baustein</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="175" />
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="76" />
            <source>Cost per year</source>
            <translation>Kosten im Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="35" />
            <source>Effort by party</source>
            <translation>Aufwand nach Beteiligten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="75" />
            <source>FTE</source>
            <translation>VZÄ</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="29" />
            <source>Fact sheet: {name}</source>
            <translation>Steckbrief: {name}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="85" />
            <location filename="../src/werkstatt/protocol/html_model.py" line="75" />
            <source>Hours per year</source>
            <translation>Stunden im Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="148" />
            <source>IT system</source>
            <translation>IT-System</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="139" />
            <location filename="../src/werkstatt/protocol/html_model.py" line="25" />
            <source>Lane</source>
            <translation>Bahn</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="24" />
            <source>Lanes and their organisations</source>
            <translation>Bahnen und ihre Organisationen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="84" />
            <location filename="../src/werkstatt/protocol/html_model.py" line="74" />
            <source>Minutes per case</source>
            <translation>Minuten je Fall</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="170" />
            <source>No pain points were recorded.</source>
            <translation>Es wurden keine Schwachstellen erfasst.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="138" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="25" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="80" />
            <source>Outside parties (citizens, businesses, inspection bodies): their time, not the administrations' effort, so no FTE and no cost.</source>
            <translation>Externe Beteiligte (Bürgerinnen und Bürger, Unternehmen, Prüfstellen): ihre Zeit, nicht der Aufwand der Verwaltungen, daher ohne VZÄ und Kosten.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="84" />
            <source>Outside party</source>
            <translation>Externe Beteiligte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="102" />
            <source>Overview of the diagram {name}</source>
            <translation>Übersicht des Diagramms {name}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="175" />
            <source>Pain point</source>
            <translation>Schwachstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="168" />
            <source>Pain points in {name}</source>
            <translation>Schwachstellen: {name}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="103" />
            <source>Part {n} of {total} of the diagram {name}</source>
            <translation>Teil {n} von {total} des Ablaufdiagramms {name}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="94" />
            <source>Process diagram: {name}</source>
            <translation>Ablaufdiagramm: {name}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="143" />
            <source>Processing</source>
            <translation>Bearbeitung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="175" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="147" />
            <source>Share of cases</source>
            <translation>Anteil der Fälle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="177" />
            <location filename="../src/werkstatt/protocol/html_model.py" line="140" />
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="131" />
            <source>Steps of {name}</source>
            <translation>Arbeitsschritte: {name}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="158" />
            <source>Sum of all steps (unweighted)</source>
            <translation>Summe aller Schritte (ungewichtet)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="97" />
            <source>The model has no diagram yet.</source>
            <translation>Das Modell hat noch kein Ablaufdiagramm.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="133" />
            <source>The model has no steps yet.</source>
            <translation>Das Modell hat noch keine Arbeitsschritte.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="161" />
            <source>The sum adds every step once, as if each case passed all of them; the analysis figures weight each step by the share of cases that pass it, so the two differ.</source>
            <translation>Die Summe zählt jeden Schritt einmal, als durchliefe jeder Fall alle Schritte; die Kennzahlen der Analyse gewichten jeden Schritt mit dem Anteil der Fälle, die ihn durchlaufen, daher weichen beide voneinander ab.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="177" />
            <source>Votes</source>
            <translation>Stimmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="145" />
            <source>Waiting</source>
            <translation>Wartezeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="107" />
            <source>back: overview</source>
            <translation>zurück: Übersicht</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="108" />
            <source>back: part {n} of {total}</source>
            <translation>zurück: Teil {n} von {total}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="120" />
            <source>continued: part {n} of {total}</source>
            <translation>weiter: Teil {n} von {total}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="134" />
            <source>task</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="173" />
            <source>whole process</source>
            <translation>ganzer Prozess</translation>
        </message>
    </context>
    <context>
        <name>ProtocolMail</name>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="104" />
            <source>Dear participants,</source>
            <translation>Sehr geehrte Damen und Herren,</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="116" />
            <source>Kind regards</source>
            <translation>Mit freundlichen Grüßen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="43" />
            <source>Minutes of the process workshop “{title}”</source>
            <translation>Protokoll der Prozesswerkstatt „{title}“</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="41" />
            <source>Minutes of the process workshop “{title}” of {date}</source>
            <translation>Protokoll der Prozesswerkstatt „{title}“ vom {date}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="109" />
            <source>The PDF is an archivable PDF/A document for the e-file. The process models are attached to it as BPMN files, which any BPMN tool opens, together with the pain points and measures as CSV; your PDF viewer lists them under its attachments.</source>
            <translation>Das PDF ist ein archivierbares PDF/A-Dokument für die E-Akte. Die Prozessmodelle sind darin als BPMN-Dateien eingebettet, die jedes BPMN-Werkzeug öffnet, dazu die Schwachstellen und Maßnahmen als CSV; Ihr PDF-Programm zeigt sie unter seinen Anlagen (Anhängen).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="57" />
            <source>The e-mail address “{address}” cannot be used in a draft.</source>
            <translation>Die E-Mail-Adresse „{address}“ kann in einem Entwurf nicht verwendet werden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="167" />
            <source>The e-mail draft cannot be written to {path}: {reason}.</source>
            <translation>Der E-Mail-Entwurf kann nicht nach {path} geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="132" />
            <source>The protocol {path} cannot be read for the e-mail draft: {reason}.</source>
            <translation>Das Protokoll {path} kann für den E-Mail-Entwurf nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="143" />
            <source>The sender “{sender}” is not an e-mail address.</source>
            <translation>Der Absender „{sender}“ ist keine E-Mail-Adresse.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="114" />
            <source>These minutes are a draft. Please send corrections and additions by reply; the final version follows.</source>
            <translation>Dieses Protokoll ist ein Entwurf. Bitte senden Sie Korrekturen und Ergänzungen als Antwort auf diese E-Mail; die endgültige Fassung folgt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="107" />
            <source>please find attached the minutes of the process workshop “{title}” ({file}).</source>
            <translation>anbei erhalten Sie das Protokoll der Prozesswerkstatt „{title}“ ({file}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="105" />
            <source>please find attached the minutes of the process workshop “{title}” of {date} ({file}).</source>
            <translation>anbei erhalten Sie das Protokoll der Prozesswerkstatt „{title}“ vom {date} ({file}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="162" />
            <source>{path} is a folder; give a file name for the e-mail draft.</source>
            <translation>{path} ist ein Ordner; bitte geben Sie einen Dateinamen für den E-Mail-Entwurf an.</translation>
        </message>
    </context>
    <context>
        <name>ProtocolPanel</name>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="205" />
            <source>(no caption; F2 adds one)</source>
            <translation>(ohne Bildunterschrift; F2 fügt eine hinzu)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="413" />
            <source>Add photo</source>
            <translation>Foto hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="354" />
            <source>Add photo…</source>
            <translation>Foto hinzufügen …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="242" />
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="120" />
            <source>By when</source>
            <translation>Bis wann</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="196" />
            <source>Caption</source>
            <translation>Bildunterschrift</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="315" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="350" />
            <source>Delete photo</source>
            <translation>Foto löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="407" />
            <source>Delete {n} notes</source>
            <translation>{n} Einträge löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="445" />
            <source>Delete {n} photos</source>
            <translation>{n} Fotos löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="255" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="69" />
            <source>Ne&amp;xt steps</source>
            <translation>N&amp;ächste Schritte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="67" />
            <source>New decision – Enter saves</source>
            <translation>Neuer Beschluss – Enter speichert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="319" />
            <source>New entry: {list}</source>
            <translation>Neuer Eintrag: {list}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="69" />
            <source>New next step – Enter saves</source>
            <translation>Neuer nächster Schritt – Enter speichert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="68" />
            <source>New open point – Enter saves</source>
            <translation>Neuer offener Punkt – Enter speichert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="425" />
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="389" />
            <source>Open a workshop first.</source>
            <translation>Öffnen Sie zuerst einen Workshop.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="352" />
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="343" />
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="414" />
            <source>Pictures (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="120" />
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="119" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="460" />
            <source>The picture is damaged or incomplete; please copy it again.</source>
            <translation>Das Bild ist beschädigt oder unvollständig; bitte kopieren Sie es noch einmal.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="326" />
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="120" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="327" />
            <source>Who takes it on</source>
            <translation>Wer übernimmt es</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="240" />
            <source>no date</source>
            <translation>kein Termin</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="212" />
            <source>{kind} picture, {width} × {height} pixels</source>
            <translation>{kind}-Bild, {width} × {height} Pixel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="67" />
            <source>Decisions</source>
            <translation>Besch&amp;lüsse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="68" />
            <source>Open points</source>
            <translation>Offene Pun&amp;kte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="117" />
            <source>TOP</source>
            <translation>TOP</translation>
        </message>
    </context>
    <context>
        <name>ProtocolPdf</name>
        <message>
            <location filename="../src/werkstatt/protocol/pdf.py" line="291" />
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/pdf.py" line="293" />
            <source>Protocol of the process workshop</source>
            <translation>Protokoll der Prozesswerkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/pdf.py" line="330" />
            <source>The disk is full; the protocol {path} could not be written.</source>
            <translation>Der Datenträger ist voll; das Protokoll {path} konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/pdf.py" line="324" />
            <source>The folder {folder} does not exist.</source>
            <translation>Der Ordner {folder} existiert nicht.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/pdf.py" line="331" />
            <source>The protocol could not be written to {path}: {reason}.</source>
            <translation>Das Protokoll konnte nicht nach {path} geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/pdf.py" line="55" />
            <source>The protocol was not written: the export was cancelled.</source>
            <translation>Das Protokoll wurde nicht geschrieben: Der Export wurde abgebrochen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/pdf.py" line="326" />
            <source>You may not write to {path}: permission denied.</source>
            <translation>Sie dürfen nicht nach {path} schreiben: Zugriff verweigert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/pdf.py" line="328" />
            <source>{path} is a folder, not a file name.</source>
            <translation>{path} ist ein Ordner, kein Dateiname.</translation>
        </message>
    </context>
    <context>
        <name>ProtocolRecord</name>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="49" />
            <source>Date, time and place</source>
            <translation>Datum, Uhrzeit und Ort</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="43" />
            <source>Distri&amp;bution:</source>
            <translation>Verteiler:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="40" />
            <source>Distribution list</source>
            <translation>Verteiler</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="45" />
            <source>File reference</source>
            <translation>Aktenzeichen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="44" />
            <source>File reference:</source>
            <translation>A&amp;ktenzeichen:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="36" />
            <source>Minute taker</source>
            <translation>Protokollführung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="35" />
            <source>Minutes taken b&amp;y:</source>
            <translation>Protokoll&amp;führung:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="48" />
            <source>Next meeting</source>
            <translation>Nächster Termin</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="47" />
            <source>Next meeting:</source>
            <translation>N&amp;ächster Termin:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="41" />
            <source>One recipient per line</source>
            <translation>Ein Empfänger je Zeile</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="30" />
            <source>Protocol</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="50" />
            <source>Protocol finali&amp;zed (no longer a draft)</source>
            <translation>Protokoll ist endg&amp;ültig (nicht mehr Entwurf)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="51" />
            <source>Protocol is final</source>
            <translation>Protokoll ist endgültig</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="46" />
            <source>optional</source>
            <translation>optional</translation>
        </message>
    </context>
    <context>
        <name>ProtocolRenderer</name>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="106" />
            <source>Actual</source>
            <translation>Tatsächlich</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="105" />
            <source>Agenda item</source>
            <translation>Tagesordnungspunkt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="159" />
            <source>Answers: {pain_points}</source>
            <translation>Behebt: {pain_points}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="65" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="59" />
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="197" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="168" />
            <source>By when</source>
            <translation>Bis wann</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="26" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="187" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="125" />
            <source>Decision</source>
            <translation>Beschluss</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="187" />
            <source>Decisions</source>
            <translation>Beschlüsse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="106" />
            <source>Difference</source>
            <translation>Abweichung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="169" />
            <source>Effort / impact</source>
            <translation>Aufwand / Wirkung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="177" />
            <source>Effort and impact from 1 (low) to 5 (high); the priority is the rank in the latest vote.</source>
            <translation>Aufwand und Wirkung von 1 (gering) bis 5 (hoch); die Priorität ist der Rang in der letzten Abstimmung.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="28" />
            <source>Facilitation</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="64" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="58" />
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="145" />
            <source>Further voting rounds</source>
            <translation>Weitere Abstimmungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="90" />
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="88" />
            <source>Goal and agenda</source>
            <translation>Ziel und Tagesordnung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="167" />
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="152" />
            <source>Measure plan</source>
            <translation>Maßnahmenplan</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="58" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="62" />
            <source>Names are left out of this protocol; participants are listed by function and organisation only.</source>
            <translation>Namen sind in diesem Protokoll ausgelassen; die Teilnehmenden sind nur mit Funktion und Organisation aufgeführt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="189" />
            <source>Next steps</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="92" />
            <source>No agenda was recorded.</source>
            <translation>Es wurde keine Tagesordnung erfasst.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="154" />
            <source>No measures were agreed.</source>
            <translation>Es wurden keine Maßnahmen vereinbart.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="48" />
            <source>No participants were recorded.</source>
            <translation>Es wurden keine Teilnehmenden erfasst.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="192" />
            <source>None recorded.</source>
            <translation>Keine erfasst.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="188" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="125" />
            <source>Open point</source>
            <translation>Offener Punkt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="188" />
            <source>Open points</source>
            <translation>Offene Punkte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="64" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="59" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="30" />
            <source>Organisations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="46" />
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="212" />
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="27" />
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="105" />
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="173" />
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="31" />
            <source>Process models</source>
            <translation>Prozessmodelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="38" />
            <source>Protocol of the process workshop</source>
            <translation>Protokoll der Prozesswerkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="168" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="41" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="189" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="126" />
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="217" />
            <source>This photo could not be read.</source>
            <translation>Dieses Foto konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="103" />
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="196" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="167" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="54" />
            <source>absent</source>
            <translation>abwesend</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="54" />
            <source>present</source>
            <translation>anwesend</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="50" />
            <source>{present} of {total} invited people took part.</source>
            <translation>{present} von {total} eingeladenen Personen haben teilgenommen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="110" />
            <source>▲ marks items that took longer than planned.</source>
            <translation>▲ markiert Punkte, die länger gedauert haben als geplant.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="134" />
            <source>As-is</source>
            <translation>Ist</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="137" />
            <source>As-is and to-be: {title}</source>
            <translation>Ist und Soll: {title}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="135" />
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="134" />
            <source>Figure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="134" />
            <source>To-be</source>
            <translation>Soll</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="36" />
            <source>Approved by:</source>
            <translation>Genehmigt durch:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="35" />
            <source>Approved on:</source>
            <translation>Genehmigt am:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="240" />
            <source>Attachments</source>
            <translation>Anlagen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="247" />
            <source>Content</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="67" />
            <source>Distribution list</source>
            <translation>Verteiler</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="33" />
            <source>Draft: not yet approved</source>
            <translation>Entwurf: noch nicht genehmigt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="179" />
            <source>Effort and impact from 1 (low) to 5 (high).</source>
            <translation>Aufwand und Wirkung von 1 (gering) bis 5 (hoch).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="247" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="25" />
            <source>File reference</source>
            <translation>Aktenzeichen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="32" />
            <source>Final version</source>
            <translation>Endgültige Fassung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="105" />
            <source>Item</source>
            <translation>TOP</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="29" />
            <source>Minutes taken by</source>
            <translation>Protokollführung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="204" />
            <source>Next meeting</source>
            <translation>Nächster Termin</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="71" />
            <source>No distribution list was recorded.</source>
            <translation>Es wurde kein Verteiler erfasst.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="205" />
            <source>No next meeting was set.</source>
            <translation>Es wurde kein nächster Termin vereinbart.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="120" />
            <source>No result was recorded for this item.</source>
            <translation>Zu diesem Punkt wurde kein Ergebnis festgehalten.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="247" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="196" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="167" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="214" />
            <source>Photo {n} of {total}</source>
            <translation>Foto {n} von {total}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="111" />
            <source>Results of the agenda items</source>
            <translation>Ergebnisse der Tagesordnungspunkte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="113" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="98" />
            <source>TOP {n}</source>
            <translation>TOP {n}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="243" />
            <source>These files are embedded in this PDF; open them from your PDF viewer's attachment list. The BPMN files open in any BPMN tool (Camunda Modeler, bpmn.io, Signavio …).</source>
            <translation>Diese Dateien sind in dieses PDF eingebettet; Sie öffnen sie über die Anlagenliste Ihres PDF-Programms. Die BPMN-Dateien öffnen sich in jedem BPMN-Werkzeug (Camunda Modeler, bpmn.io, Signavio …).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="242" />
            <source>This protocol has no attachments.</source>
            <translation>Dieses Protokoll hat keine Anlagen.</translation>
        </message>
    </context>
    <context>
        <name>ProtocolSend</name>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="114" />
            <source>E-mail draft written to {path}.</source>
            <translation>E-Mail-Entwurf nach {path} geschrieben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="117" />
            <source>No mail program opened the draft {path}; open it by hand to send it.</source>
            <translation>Kein E-Mail-Programm hat den Entwurf {path} geöffnet; öffnen Sie ihn von Hand, um ihn zu versenden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="93" />
            <source>Open a workshop first: the protocol is sent for a workshop.</source>
            <translation>Öffnen Sie zuerst eine Werkstatt: Das Protokoll wird für eine Werkstatt versendet.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="87" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="86" />
            <source>Save the protocol as</source>
            <translation>Protokoll speichern unter</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="79" />
            <source>Send the p&amp;rotocol…</source>
            <translation>Protokoll &amp;versenden…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="107" />
            <location filename="../src/werkstatt/ui/protocol/send.py" line="76" />
            <source>Send the protocol</source>
            <translation>Protokoll versenden</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="121" />
            <source>Sending the protocol was cancelled.</source>
            <translation>Das Versenden des Protokolls wurde abgebrochen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="61" />
            <source>The protocol was written to {path}, the e-mail draft was not: {reason}</source>
            <translation>Das Protokoll wurde nach {path} geschrieben, der E-Mail-Entwurf nicht: {reason}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="80" />
            <source>Write the protocol as PDF and open an e-mail draft to the participants with it attached</source>
            <translation>Das Protokoll als PDF schreiben und einen E-Mail-Entwurf an die Teilnehmenden mit dem PDF im Anhang öffnen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="108" />
            <source>Writing the protocol and the e-mail draft…</source>
            <translation>Das Protokoll und der E-Mail-Entwurf werden geschrieben…</translation>
        </message>
    </context>
    <context>
        <name>ProtocolVotes</name>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="24" />
            <source>1 dot per person</source>
            <translation>1 Punkt pro Person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="56" />
            <source>Bars show the total resistance: the lowest wins.</source>
            <translation>Die Balken zeigen den Gesamtwiderstand: Der geringste gewinnt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="52" />
            <source>Benefit</source>
            <translation>Nutzen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="23" />
            <source>Dot vote</source>
            <translation>Punktabfrage</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="51" />
            <source>Effort</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="34" />
            <source>Effort and benefit</source>
            <translation>Aufwand und Nutzen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="59" />
            <source>Items with equal scores share a rank (in bold).</source>
            <translation>Einträge mit gleichem Ergebnis teilen sich einen Rang (fett gedruckt).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="51" />
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="81" />
            <source>Option</source>
            <translation>Option</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="52" />
            <source>Quadrant</source>
            <translation>Quadrant</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="81" />
            <location filename="../src/werkstatt/protocol/html_votes.py" line="51" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="31" />
            <source>Systemic consensus</source>
            <translation>Systemisches Konsensieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="47" />
            <source>The round had nothing to vote on.</source>
            <translation>In dieser Runde gab es nichts abzustimmen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="43" />
            <source>Vote: {question}</source>
            <translation>Abstimmung: {question}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="81" />
            <source>Votes</source>
            <translation>Stimmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="28" />
            <source>at most {n} dots per item</source>
            <translation>höchstens {n} Punkte je Eintrag</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="27" />
            <source>no stacking</source>
            <translation>kein Häufeln</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="32" />
            <source>resistance 0 to 10 per option; the lowest total wins</source>
            <translation>Widerstand 0 bis 10 je Option; der geringste Gesamtwiderstand gewinnt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="36" />
            <source>scale 1 to 5</source>
            <translation>Skala 1 bis 5</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="35" />
            <source>scale low/high</source>
            <translation>Skala niedrig/hoch</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="29" />
            <source>stacking allowed</source>
            <translation>Häufeln erlaubt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="25" />
            <source>{n} dots per person</source>
            <translation>{n} Punkte pro Person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="37" />
            <source>{voters} of {eligible} voted</source>
            <translation>{voters} von {eligible} haben abgestimmt</translation>
        </message>
    </context>
    <context>
        <name>Queries</name>
        <message>
            <location filename="../src/werkstatt/read/model.py" line="38" />
            <source>The id {id} is ambiguous: give more characters.</source>
            <translation>Die ID {id} ist nicht eindeutig: bitte mehr Zeichen angeben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/model.py" line="43" />
            <source>There is no process model with the id {id}.</source>
            <translation>Es gibt kein Prozessmodell mit der ID {id}.</translation>
        </message>
    </context>
    <context>
        <name>QuickEntry</name>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="345" />
            <source>A probability must be between 0 and 100 %.</source>
            <translation>Eine Wahrscheinlichkeit muss zwischen 0 und 100 % liegen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="108" />
            <source>Line {number}: {message}</source>
            <translation>Zeile {number}: {message}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="203" />
            <source>Name the step to connect to after “-&gt;”.</source>
            <translation>Nach „-&gt;“ bitte den Schritt nennen, zu dem verbunden wird.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="192" />
            <source>The branch label in “[]” is empty.</source>
            <translation>Die Zweigbeschriftung in „[]“ ist leer.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="190" />
            <source>The branch label in “[…]” is not closed.</source>
            <translation>Die Zweigbeschriftung in „[…]“ ist nicht geschlossen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="231" />
            <source>The building block in “[]” is empty.</source>
            <translation>Der Baustein in „[]“ ist leer.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="228" />
            <source>The building block in “[…]” is not opened.</source>
            <translation>Der Baustein in „[…]“ ist nicht geöffnet.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="137" />
            <source>The line contains the control character U+{code:04X} at column {column}.</source>
            <translation>Die Zeile enthält das Steuerzeichen U+{code:04X} an Stelle {column}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="123" />
            <source>The line is too long ({length} characters, at most {maximum}).</source>
            <translation>Die Zeile ist zu lang ({length} Zeichen, höchstens {maximum}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="151" />
            <source>The note after “&gt;” is empty.</source>
            <translation>Die Notiz nach „&gt;“ ist leer.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="401" />
            <source>The pain point after “!” is empty.</source>
            <translation>Die Schwachstelle nach „!“ ist leer.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="402" />
            <source>The pain point is too long (at most {maximum} characters).</source>
            <translation>Die Schwachstelle ist zu lang (höchstens {maximum} Zeichen).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="237" />
            <source>The step has no label.</source>
            <translation>Der Schritt hat keine Bezeichnung.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="421" />
            <source>The step label is too long ({length} characters, at most {maximum}).</source>
            <translation>Die Schrittbezeichnung ist zu lang ({length} Zeichen, höchstens {maximum}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="361" />
            <source>The time “{part}” is implausibly long.</source>
            <translation>Die Zeitangabe „{part}“ ist unplausibel lang.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="335" />
            <source>“{part}” is not a time like “10 min” or “2 h”.</source>
            <translation>„{part}“ ist keine Zeitangabe wie „10 min“ oder „2 h“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="200" />
            <source>A start or end event cannot be a link: write a step after it.</source>
            <translation>Ein Start- oder Endereignis kann keine Verbindung sein: bitte danach einen Schritt schreiben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="129" />
            <source>The line contains the invalid character U+{code:04X} at column {column}.</source>
            <translation>Die Zeile enthält das ungültige Zeichen U+{code:04X} an Stelle {column}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="347" />
            <source>The probability is given twice.</source>
            <translation>Die Wahrscheinlichkeit ist doppelt angegeben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="357" />
            <source>Unknown unit of time “{unit}”; use min, h or days.</source>
            <translation>Unbekannte Zeiteinheit „{unit}“; bitte min, h oder Tage verwenden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="133" />
            <source>The line contains the bidirectional control character U+{code:04X} at column {column}, which can make text read as something else.</source>
            <translation>Die Zeile enthält an Stelle {column} das Richtungssteuerzeichen U+{code:04X}, mit dem Text als etwas anderes gelesen werden kann.</translation>
        </message>
    </context>
    <context>
        <name>RateEdits</name>
        <message>
            <location filename="../src/werkstatt/edits/rates.py" line="37" />
            <source>Change rate</source>
            <translation>Satz ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/rates.py" line="37" />
            <source>Reset rate to default</source>
            <translation>Satz auf den Standardwert zurücksetzen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/rates.py" line="42" />
            <source>{value} is outside what makes sense here ({low} to {high}).</source>
            <translation>{value} liegt außerhalb dessen, was hier sinnvoll ist ({low} bis {high}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/rates.py" line="32" />
            <source>“{key}” is not a rate the analysis knows.</source>
            <translation>„{key}“ ist kein Satz, den die Analyse kennt.</translation>
        </message>
    </context>
    <context>
        <name>Rates</name>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="19" />
            <source>KGSt</source>
            <translation>KGSt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="17" />
            <source>KGSt report 8/2025 (as quoted by a municipality)</source>
            <translation>KGSt-Bericht 8/2025 (zitiert nach einer Kommune)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="18" />
            <source>KGSt report 8/2025 (as quoted)</source>
            <translation>KGSt-Bericht 8/2025 (zitiert)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="86" />
            <source>no hourly rate known for pay grade {grade}</source>
            <translation>kein Stundensatz für die Entgeltgruppe {grade} bekannt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="84" />
            <source>no pay grade given</source>
            <translation>keine Entgeltgruppe angegeben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="89" />
            <source>no rate known (counted as 0 €)</source>
            <translation>kein Satz bekannt (mit 0 € gezählt)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="143" />
            <source>own value</source>
            <translation>eigener Wert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="108" />
            <source>Hourly rate without pay grade</source>
            <translation>Stundensatz ohne Entgeltgruppe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="110" />
            <source>Hourly rate {grade}</source>
            <translation>Stundensatz {grade}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="112" />
            <source>Overhead on personnel cost</source>
            <translation>Gemeinkostenzuschlag auf Personalkosten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="114" />
            <source>Working hours per year</source>
            <translation>Jahresarbeitszeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="106" />
            <source>Working time per FTE</source>
            <translation>Arbeitszeit je VZÄ</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="126" />
            <location filename="../src/werkstatt/analysis/rates.py" line="124" />
            <source>{n} h/year</source>
            <translation>{n} h/Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="127" />
            <source>{n} €/h</source>
            <translation>{n} €/h</translation>
        </message>
    </context>
    <context>
        <name>RatesDialog</name>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="134" />
            <source>All organisations</source>
            <translation>Alle Organisationen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="95" />
            <source>Amount</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="50" />
            <source>Annual working hours, civil servants</source>
            <translation>Jahresarbeitsstunden, Beamtinnen und Beamte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="49" />
            <source>Annual working hours, employees</source>
            <translation>Jahresarbeitsstunden, Beschäftigte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="89" />
            <source>Change a value and press Enter to store it. An empty field goes back to the value that applies without it.</source>
            <translation>Ändern Sie einen Wert und drücken Sie die Eingabetaste, um ihn zu speichern. Ein leeres Feld kehrt zu dem Wert zurück, der ohne ihn gilt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="53" />
            <source>Hourly rate without pay grade</source>
            <translation>Stundensatz ohne Entgeltgruppe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="55" />
            <source>Hourly rate {grade}</source>
            <translation>Stundensatz {grade}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="86" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="52" />
            <source>Overhead, non-office work</source>
            <translation>Gemeinkostenzuschlag, Nicht-Büroarbeitsplatz</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="51" />
            <source>Overhead, office work</source>
            <translation>Gemeinkostenzuschlag, Büroarbeitsplatz</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="95" />
            <source>Rate</source>
            <translation>Kennwert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="78" />
            <source>Rates &amp;apply to:</source>
            <translation>Sätze &amp;gelten für:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="77" />
            <source>Rates apply to</source>
            <translation>Sätze gelten für</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="72" />
            <source>Rates of the analysis</source>
            <translation>Sätze der Analyse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="96" />
            <source>Set for</source>
            <translation>Festgelegt für</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="96" />
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="154" />
            <source>Source of {what}</source>
            <translation>Quelle von {what}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="189" />
            <source>all organisations</source>
            <translation>alle Organisationen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="195" />
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="193" />
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="195" />
            <source>none: counted as 0 €</source>
            <translation>keiner: zählt als 0 €</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="244" />
            <source>own value</source>
            <translation>eigener Wert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="186" />
            <source>this organisation</source>
            <translation>diese Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="238" />
            <source>“{text}” is not a number.</source>
            <translation>„{text}“ ist keine Zahl.</translation>
        </message>
    </context>
    <context>
        <name>ReadCLI</name>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="53" />
            <source>Nothing here yet.</source>
            <translation>Noch nichts vorhanden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="76" />
            <source>complex</source>
            <translation>Komplex</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="74" />
            <source>decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="77" />
            <source>end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="76" />
            <source>event-based</source>
            <translation>Ereignisbasiert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="75" />
            <source>inclusive</source>
            <translation>Inklusiv</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="17" />
            <source>list workshops, processes, models or voting rounds</source>
            <translation>Werkstätten, Prozesse, Modelle oder Abstimmungsrunden auflisten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="75" />
            <source>parallel</source>
            <translation>Parallel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="22" />
            <source>show a process model</source>
            <translation>ein Prozessmodell anzeigen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="74" />
            <source>start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="77" />
            <source>subprocess</source>
            <translation>Teilprozess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="74" />
            <source>task</source>
            <translation>Schritt</translation>
        </message>
    </context>
    <context>
        <name>RecordEdits</name>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="195" />
            <source>Add agenda item</source>
            <translation>Tagesordnungspunkt hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="113" />
            <source>Add measure</source>
            <translation>Maßnahme hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="48" />
            <source>Add pain point</source>
            <translation>Schwachstelle hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="244" />
            <source>Assign note to agenda item</source>
            <translation>Notiz einem Tagesordnungspunkt zuordnen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="222" />
            <source>Change agenda item</source>
            <translation>Tagesordnungspunkt ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="149" />
            <source>Change attendance</source>
            <translation>Anwesenheit ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="130" />
            <source>Change measure</source>
            <translation>Maßnahme ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="66" />
            <source>Change pain point</source>
            <translation>Schwachstelle ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="236" />
            <source>Delete agenda item</source>
            <translation>Tagesordnungspunkt löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="139" />
            <source>Delete measure</source>
            <translation>Maßnahme löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="87" />
            <source>Delete pain point</source>
            <translation>Schwachstelle löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="229" />
            <source>Move agenda item</source>
            <translation>Tagesordnungspunkt verschieben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="212" />
            <source>Record time of agenda item</source>
            <translation>Zeit des Tagesordnungspunkts erfassen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="169" />
            <source>Remove participant</source>
            <translation>Teilnehmende entfernen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="253" />
            <source>The agenda item belongs to another workshop.</source>
            <translation>Der Tagesordnungspunkt gehört zu einem anderen Workshop.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="103" />
            <source>The due date must be a date.</source>
            <translation>Der Termin muss ein Datum sein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="251" />
            <source>The note no longer exists.</source>
            <translation>Die Notiz gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="58" />
            <source>The step belongs to another process model.</source>
            <translation>Der Schritt gehört zu einem anderen Prozessmodell.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="101" />
            <source>Unknown measure status: {status}.</source>
            <translation>Unbekannter Maßnahmenstatus: {status}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="39" />
            <source>Unknown pain point category: {category}.</source>
            <translation>Unbekannte Kategorie für Schwachstellen: {category}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="178" />
            <source>agenda item</source>
            <translation>Tagesordnungspunkt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="184" />
            <source>duration in minutes</source>
            <translation>Dauer in Minuten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="104" />
            <source>effort</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="104" />
            <source>impact</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="96" />
            <source>measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="98" />
            <source>owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="37" />
            <source>pain point</source>
            <translation>Schwachstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="181" />
            <source>result of the agenda item</source>
            <translation>Ergebnis des Tagesordnungspunkts</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="41" />
            <source>severity</source>
            <translation>Schwere</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <location filename="../src/werkstatt/register/admin.py" line="129" />
            <source>Login roles exist only on a PostgreSQL register; a SQLite register file is protected by the file permissions of its folder.</source>
            <translation>Anmelderollen gibt es nur bei einem PostgreSQL-Register; eine SQLite-Registerdatei wird durch die Dateirechte ihres Ordners geschützt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/admin.py" line="109" />
            <source>The register has no organisation “{name}”; it has: {names}.</source>
            <translation>Das Register kennt keine Organisation „{name}“; es kennt: {names}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/admin.py" line="60" />
            <source>The register {address} has an older schema; its administrator upgrades it with “werkstatt register init {address}”. Nothing was changed.</source>
            <translation>Das Register {address} hat ein älteres Schema; seine Administration aktualisiert es mit „werkstatt register init {address}“. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/admin.py" line="52" />
            <source>The register {address} is not set up yet; its administrator sets it up with “werkstatt register init {address}”.</source>
            <translation>Das Register {address} ist noch nicht eingerichtet; seine Administration richtet es mit „werkstatt register init {address}“ ein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/admin.py" line="56" />
            <source>The register {address} was set up by a newer version of Werkstatt (schema {revision}); update Werkstatt to sync with it. Nothing was changed.</source>
            <translation>Das Register {address} wurde von einer neueren Werkstatt-Version eingerichtet (Schema {revision}); aktualisieren Sie Werkstatt, um damit abzugleichen. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/admin.py" line="137" />
            <source>“{role}” cannot be a role name: use lower-case letters, digits and underscores.</source>
            <translation>„{role}“ kann kein Rollenname sein: verwenden Sie Kleinbuchstaben, Ziffern und Unterstriche.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/admin.py" line="92" />
            <source>“{spec}” is not an organisation; write it as Name:Short name[:kind], for example “Stadt Witten:Witten:stadt”.</source>
            <translation>„{spec}“ ist keine Organisation; schreiben Sie Name:Kurzname[:Art], zum Beispiel „Stadt Witten:Witten:stadt“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/admin.py" line="97" />
            <source>The kind of organisation “{kind}” is unknown; use kreis, stadt, gemeinde, other or extern.</source>
            <translation>Die Art der Organisation „{kind}“ ist unbekannt; verwenden Sie kreis, stadt, gemeinde, other oder extern.</translation>
        </message>
    </context>
    <context>
        <name>RegisterActions</name>
        <message>
            <location filename="../src/werkstatt/ui/register/actions.py" line="28" />
            <source>&amp;Sync with the register…</source>
            <translation>Mit dem Register &amp;synchronisieren …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/actions.py" line="31" />
            <source>Process &amp;map…</source>
            <translation>Prozess&amp;landkarte …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/actions.py" line="30" />
            <source>Resolve &amp;conflicts…</source>
            <translation>&amp;Konflikte lösen …</translation>
        </message>
    </context>
    <context>
        <name>RegisterCLI</name>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="87" />
            <source>No password came on standard input; the role was not changed.</source>
            <translation>Auf der Standardeingabe kam kein Passwort; die Rolle wurde nicht geändert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="81" />
            <source>Organisations added: {names}.</source>
            <translation>Hinzugefügte Organisationen: {names}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="94" />
            <source>The login role {role} may now read the register and write the rows of {org}.</source>
            <translation>Die Anmelderolle {role} darf jetzt das Register lesen und die Zeilen von {org} schreiben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="79" />
            <source>The register {address} is ready.</source>
            <translation>Das Register {address} ist bereit.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="21" />
            <source>a SQLite file or postgresql://user@host/database</source>
            <translation>eine SQLite-Datei oder postgresql://benutzer@host/datenbank</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="23" />
            <source>an organisation to add (repeatable); default: the project's six administrations</source>
            <translation>eine hinzuzufügende Organisation (mehrfach möglich); Vorgabe: die sechs Verwaltungen des Projekts</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="20" />
            <source>create or upgrade a register and its organisations</source>
            <translation>ein Register und seine Organisationen anlegen oder aktualisieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="25" />
            <source>create the PostgreSQL login role of an organisation</source>
            <translation>die PostgreSQL-Anmelderolle einer Organisation anlegen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="32" />
            <source>read the role's new password from standard input</source>
            <translation>das neue Passwort der Rolle von der Standardeingabe lesen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="17" />
            <source>set up the shared register (for its administrator)</source>
            <translation>das gemeinsame Register einrichten (für seine Administration)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="29" />
            <source>the role's name (default: werkstatt_&lt;org&gt;)</source>
            <translation>der Name der Rolle (Vorgabe: werkstatt_&lt;org&gt;)</translation>
        </message>
    </context>
    <context>
        <name>RegisterConnect</name>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="172" />
            <source>A register file address needs a path, as in sqlite:///PATH/register.sqlite.</source>
            <translation>Die Adresse einer Registerdatei braucht einen Pfad, wie in sqlite:///PFAD/register.sqlite.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="176" />
            <source>A register file address takes no options after “?”.</source>
            <translation>Die Adresse einer Registerdatei nimmt keine Optionen nach „?“ an.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="151" />
            <source>Give the register address as a URL, as in {example}, not as key=value pairs.</source>
            <translation>Geben Sie die Registeradresse als URL an, wie in {example}, nicht als Schlüssel=Wert-Paare.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="355" />
            <source>No password was given for the register {address}.</source>
            <translation>Für das Register {address} wurde kein Passwort angegeben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="145" />
            <source>No register address was given.</source>
            <translation>Es wurde keine Registeradresse angegeben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="350" />
            <source>Password of {user} for the register {address}:</source>
            <translation>Passwort von {user} für das Register {address}:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="297" />
            <source>The file {path} is not a SQLite register file.</source>
            <translation>Die Datei {path} ist keine SQLite-Registerdatei.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="279" />
            <source>The folder {folder} of the register file does not exist or cannot be reached (is the network share connected?).</source>
            <translation>Der Ordner {folder} der Registerdatei existiert nicht oder ist nicht erreichbar (ist das Netzlaufwerk verbunden?).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="122" />
            <source>The register address cannot be read ({reason}); write it as {example}.</source>
            <translation>Die Registeradresse ist nicht lesbar ({reason}); schreiben Sie sie in der Form {example}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="136" />
            <source>The register address gives the option “{option}” twice.</source>
            <translation>Die Registeradresse nennt die Option „{option}“ zweimal.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="129" />
            <source>The register address has an invalid port; give a number from 1 to 65535, as in {example}.</source>
            <translation>Die Registeradresse hat einen ungültigen Port; geben Sie eine Zahl von 1 bis 65535 an, wie in {example}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="210" />
            <source>The register address has sslmode={value}, which PostgreSQL does not know; valid values are {values}.</source>
            <translation>Die Registeradresse enthält sslmode={value}, das PostgreSQL nicht kennt; gültig sind {values}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="198" />
            <source>The register address has the option “{option}”, which Werkstatt does not use; allowed are {options}.</source>
            <translation>Die Registeradresse enthält die Option „{option}“, die Werkstatt nicht verwendet; erlaubt sind {options}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="113" />
            <source>The register address must not contain a password: give the address without it; Werkstatt asks for the password once and keeps it in the operating system's keyring (or put it in the PostgreSQL password file ~/.pgpass).</source>
            <translation>Die Registeradresse darf kein Passwort enthalten: Geben Sie die Adresse ohne Passwort an; Werkstatt fragt einmal danach und bewahrt es im Schlüsselbund des Betriebssystems auf (oder tragen Sie es in die PostgreSQL-Passwortdatei ~/.pgpass ein).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="217" />
            <source>The register address names no database; add it after the server, as in {example}.</source>
            <translation>Die Registeradresse nennt keine Datenbank; ergänzen Sie sie nach dem Server, wie in {example}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="161" />
            <source>The register address starts with “{scheme}://”, which Werkstatt does not know; use a file path, sqlite:///PATH or {example}.</source>
            <translation>Die Registeradresse beginnt mit „{scheme}://“, das Werkstatt nicht kennt; verwenden Sie einen Dateipfad, sqlite:///PFAD oder {example}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="292" />
            <source>The register file {path} cannot be read: {reason}.</source>
            <translation>Die Registerdatei {path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="147" />
            <source>it contains a NUL character</source>
            <translation>sie enthält ein NUL-Zeichen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="207" />
            <source>it has a part after “#”</source>
            <translation>sie hat einen Teil nach „#“</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="190" />
            <source>its server part is malformed</source>
            <translation>ihr Serverteil ist fehlerhaft</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="222" />
            <source>the database name contains “/”</source>
            <translation>der Datenbankname enthält „/“</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="286" />
            <source>{path} is a folder, not a register file.</source>
            <translation>{path} ist ein Ordner, keine Registerdatei.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="362" />
            <source>This system has no keyring, so the password was used for this time only and not kept; to be asked no more, put it in the PostgreSQL password file ~/.pgpass.</source>
            <translation>Dieses System hat keinen Schlüsselbund, daher wurde das Passwort nur für dieses Mal verwendet und nicht gespeichert; um nicht mehr gefragt zu werden, tragen Sie es in die PostgreSQL-Passwortdatei ~/.pgpass ein.</translation>
        </message>
    </context>
    <context>
        <name>RegisterCredentials</name>
        <message>
            <location filename="../src/werkstatt/register/credentials.py" line="37" />
            <source>A register file has no password; only a PostgreSQL register needs one.</source>
            <translation>Eine Registerdatei hat kein Passwort; nur ein PostgreSQL-Register braucht eines.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/credentials.py" line="71" />
            <source>The keyring refused to forget the password ({reason}).</source>
            <translation>Der Schlüsselbund konnte das Passwort nicht löschen ({reason}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/credentials.py" line="54" />
            <source>The keyring refused to keep the password ({reason}); try again, or use the PostgreSQL password file ~/.pgpass.</source>
            <translation>Der Schlüsselbund hat das Passwort nicht aufgenommen ({reason}); versuchen Sie es erneut oder verwenden Sie die PostgreSQL-Passwortdatei ~/.pgpass.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/credentials.py" line="41" />
            <source>This system has no keyring to keep the register password in; put the password in the PostgreSQL password file ~/.pgpass instead (a line host:port:database:user:password, readable only by you).</source>
            <translation>Dieses System hat keinen Schlüsselbund für das Registerpasswort; tragen Sie das Passwort stattdessen in die PostgreSQL-Passwortdatei ~/.pgpass ein (eine Zeile host:port:datenbank:benutzer:passwort, nur für Sie lesbar).</translation>
        </message>
    </context>
    <context>
        <name>RegisterErrors</name>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="131" />
            <source>Another sync changed the same rows in the register {address} while this one ran. Nothing was changed; sync again.</source>
            <translation>Eine andere Synchronisierung hat dieselben Zeilen im Register {address} geändert, während diese lief. Es wurde nichts geändert; synchronisieren Sie noch einmal.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="105" />
            <source>The connection to the register {address} was lost during the work; the register was left as it was. Try again.</source>
            <translation>Die Verbindung zum Register {address} ist während der Arbeit abgebrochen; das Register blieb unverändert. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="143" />
            <source>The file {path} is not a SQLite register file.</source>
            <translation>Die Datei {path} ist keine SQLite-Registerdatei.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="145" />
            <source>The register file {path} cannot be opened; is the network share connected?</source>
            <translation>Die Registerdatei {path} lässt sich nicht öffnen; ist das Netzlaufwerk verbunden?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="141" />
            <source>The register file {path} cannot be written (no permission).</source>
            <translation>Die Registerdatei {path} kann nicht geschrieben werden (keine Berechtigung).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="138" />
            <source>The register file {path} is in use by another laptop; try again in a moment.</source>
            <translation>Die Registerdatei {path} wird gerade von einem anderen Laptop benutzt; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="147" />
            <source>The register file {path} reported an error: {detail}</source>
            <translation>Die Registerdatei {path} meldet einen Fehler: {detail}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="96" />
            <source>The register refused this work for {user} (no permission: {detail}); the register was left as it was.</source>
            <translation>Das Register hat diesen Vorgang für {user} abgelehnt (keine Berechtigung: {detail}); das Register blieb unverändert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="84" />
            <source>The register server {server} accepts only encrypted connections; add sslmode=verify-full (with sslrootcert=…) to the address.</source>
            <translation>Der Registerserver {server} nimmt nur verschlüsselte Verbindungen an; ergänzen Sie die Adresse um sslmode=verify-full (mit sslrootcert=…).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="108" />
            <source>The register server {server} cannot be reached (connection refused or timed out); check the address, the network and that the server is running.</source>
            <translation>Der Registerserver {server} ist nicht erreichbar (Verbindung abgelehnt oder Zeitüberschreitung); prüfen Sie die Adresse, das Netzwerk und ob der Server läuft.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="81" />
            <source>The register server {server} does not support encrypted connections (SSL), but the address asks for sslmode={sslmode}; ask its administrator to enable SSL.</source>
            <translation>Der Registerserver {server} unterstützt keine verschlüsselten Verbindungen (SSL), die Adresse verlangt aber sslmode={sslmode}; bitten Sie die Administration, SSL einzuschalten.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="90" />
            <source>The register server {server} has no database {database}; check the address.</source>
            <translation>Der Registerserver {server} hat keine Datenbank {database}; prüfen Sie die Adresse.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="87" />
            <source>The register server's certificate could not be checked ({detail}); check sslrootcert, sslcert and sslkey in the address.</source>
            <translation>Das Zertifikat des Registerservers konnte nicht geprüft werden ({detail}); prüfen Sie sslrootcert, sslcert und sslkey in der Adresse.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="99" />
            <source>The register server's name {host} is unknown; check the address and the network.</source>
            <translation>Der Name des Registerservers {host} ist unbekannt; prüfen Sie die Adresse und das Netzwerk.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="128" />
            <source>The register {address} did not finish the work in time (it is busy or overloaded). Nothing was changed; try again later.</source>
            <translation>Das Register {address} ist mit der Arbeit nicht rechtzeitig fertig geworden (es ist beschäftigt oder überlastet). Es wurde nichts geändert; versuchen Sie es später noch einmal.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="93" />
            <source>The register {address} has no login {user}; ask its administrator to create it.</source>
            <translation>Das Register {address} kennt keine Anmeldung {user}; bitten Sie die Administration, sie anzulegen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="125" />
            <source>The register {address} is busy: another sync is writing to it and did not finish in time. Nothing was changed; try again in a moment.</source>
            <translation>Das Register {address} ist beschäftigt: Eine andere Synchronisierung schreibt gerade hinein und wurde nicht rechtzeitig fertig. Es wurde nichts geändert; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="75" />
            <source>The register {address} refused the password for {user}; update the stored password and try again.</source>
            <translation>Das Register {address} hat das Passwort für {user} abgelehnt; aktualisieren Sie das gespeicherte Passwort und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="111" />
            <source>The register {address} reported an error: {detail}</source>
            <translation>Das Register {address} meldet einen Fehler: {detail}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="78" />
            <source>The register {address} wants a password for {user} and none is known; give it when Werkstatt asks (it is kept in the keyring), or put it in ~/.pgpass.</source>
            <translation>Das Register {address} verlangt ein Passwort für {user}, und keines ist bekannt; geben Sie es ein, wenn Werkstatt danach fragt (es wird im Schlüsselbund aufbewahrt), oder tragen Sie es in ~/.pgpass ein.</translation>
        </message>
    </context>
    <context>
        <name>RegisterModels</name>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="82" />
            <source> (adopted)</source>
            <translation> (übernommen)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="74" />
            <source>Found in</source>
            <translation>Fundstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="105" />
            <source>Has adopted</source>
            <translation>Übernommen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="104" />
            <source>Has modelled</source>
            <translation>Modelliert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="67" />
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="93" />
            <location filename="../src/werkstatt/ui/register/models.py" line="70" />
            <source>Lead</source>
            <translation>Federführung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="102" />
            <source>Leads</source>
            <translation>Federführend für</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="73" />
            <source>Library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="72" />
            <source>Models</source>
            <translation>Modelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="95" />
            <source>Models by organisation</source>
            <translation>Modelle je Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="101" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="94" />
            <location filename="../src/werkstatt/ui/register/models.py" line="71" />
            <source>Owner</source>
            <translation>Eigentümer</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="103" />
            <source>Owns</source>
            <translation>Eigentümer von</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="91" />
            <location filename="../src/werkstatt/ui/register/models.py" line="68" />
            <source>Process</source>
            <translation>Prozess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="90" />
            <location filename="../src/werkstatt/ui/register/models.py" line="66" />
            <source>Product area</source>
            <translation>Produktbereich</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="92" />
            <location filename="../src/werkstatt/ui/register/models.py" line="69" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="73" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="84" />
            <source>no organisation</source>
            <translation>keine Organisation</translation>
        </message>
    </context>
    <context>
        <name>RegisterOffline</name>
        <message>
            <location filename="../src/werkstatt/ui/register/offline.py" line="61" />
            <source>Only the fact sheet and the model names are on this laptop. Take the process along and sync to open or adopt its models.</source>
            <translation>Auf diesem Laptop sind nur der Steckbrief und die Namen der Modelle. Nehmen Sie den Prozess mit und synchronisieren Sie, um seine Modelle zu öffnen oder zu übernehmen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/offline.py" line="58" />
            <source>Only the fact sheet and the model names are on this laptop; the models come with the next sync.</source>
            <translation>Auf diesem Laptop sind nur der Steckbrief und die Namen der Modelle; die Modelle kommen mit der nächsten Synchronisierung.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/offline.py" line="27" />
            <source>Take along for workshops (available offline)</source>
            <translation>Für die Werkstatt mitnehmen (offline verfügbar)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/offline.py" line="28" />
            <source>Take the process along for workshops</source>
            <translation>Den Prozess für die Werkstatt mitnehmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/offline.py" line="55" />
            <source>The models of this process are on this laptop (available offline).</source>
            <translation>Die Modelle dieses Prozesses sind auf diesem Laptop (offline verfügbar).</translation>
        </message>
    </context>
    <context>
        <name>RegisterPanel</name>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="387" />
            <source> (adopted)</source>
            <translation> (übernommen)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="389" />
            <source> [library]</source>
            <translation> [Bibliothek]</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="104" />
            <source>&amp;Division of labour</source>
            <translation>&amp;Arbeitsteilung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="103" />
            <source>&amp;Processes</source>
            <translation>&amp;Prozesse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="257" />
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="464" />
            <source>Adopt as own variant</source>
            <translation>Als eigene Variante übernehmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="207" />
            <source>Adopt the selected model as own variant</source>
            <translation>Gewähltes Modell als eigene Variante übernehmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="468" />
            <source>Choose the adopting organisation</source>
            <translation>Übernehmende Organisation wählen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="162" />
            <source>Fact sheet</source>
            <translation>Steckbrief</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="378" />
            <source>From the library of {organisation}: read-only; adopt a model to work on it.</source>
            <translation>Aus der Bibliothek von {organisation}: nur lesbar; übernehmen Sie ein Modell, um daran zu arbeiten.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="190" />
            <source>Lead (models for all):</source>
            <translation>Federführung (modelliert für alle):</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="188" />
            <source>LeiKa ke&amp;y:</source>
            <translation>LeiKa-Schlüssel:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="200" />
            <source>Models of the process</source>
            <translation>Modelle des Prozesses</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="213" />
            <source>Models:</source>
            <translation>Modelle:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="204" />
            <source>Open the selected model</source>
            <translation>Gewähltes Modell öffnen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="189" />
            <source>Owner:</source>
            <translation>Eigentümer:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="115" />
            <source>Process &amp;map…</source>
            <translation>Prozess&amp;landkarte …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="86" />
            <source>Process register</source>
            <translation>Prozessregister</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="128" />
            <source>Processes found</source>
            <translation>Gefundene Prozesse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="240" />
            <source>Processes per organisation</source>
            <translation>Prozesse je Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="186" />
            <source>Product area:</source>
            <translation>Produktbereich:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="185" />
            <source>Register &amp;key:</source>
            <translation>Registerschlüssel:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="116" />
            <source>Show the process map</source>
            <translation>Prozesslandkarte anzeigen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="187" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="458" />
            <source>There is no organisation that could adopt the model.</source>
            <translation>Es gibt keine Organisation, die das Modell übernehmen könnte.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="465" />
            <source>Which organisation adopts the model?</source>
            <translation>Welche Organisation übernimmt das Modell?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="236" />
            <source>Who models which process</source>
            <translation>Wer welchen Prozess modelliert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="206" />
            <source>Adop&amp;t as own variant</source>
            <translation>Als eigene Varian&amp;te übernehmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="191" />
            <source>Case volume per year:</source>
            <translation>Fallzahl pro &amp;Jahr:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="198" />
            <source>Description:</source>
            <translation>Beschreibung:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="192" />
            <source>Legal basis:</source>
            <translation>Rechtsgrundlage:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="184" />
            <source>N&amp;ame:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="203" />
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="193" />
            <source>Tags (comma-separated):</source>
            <translation>Schlagworte (durch Komma getrennt):</translation>
        </message>
    </context>
    <context>
        <name>RegisterSearch</name>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="116" />
            <source>&amp;Lead:</source>
            <translation>Fe&amp;derführung:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="134" />
            <source>(all)</source>
            <translation>(alle)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="92" />
            <source>Include li&amp;brary</source>
            <translation>Bibliothek einbe&amp;ziehen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="94" />
            <source>Include other organisations' library</source>
            <translation>Bibliothek der anderen Organisationen einbeziehen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="99" />
            <source>Load more</source>
            <translation>Weitere laden</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="100" />
            <source>Load more processes</source>
            <translation>Weitere Prozesse laden</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="115" />
            <source>Organ&amp;isation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="113" />
            <source>Pro&amp;duct area:</source>
            <translation>Produ&amp;ktbereich:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="108" />
            <source>Sear&amp;ch:</source>
            <translation>Su&amp;chen:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="87" />
            <source>Search names, descriptions, tags, keys …</source>
            <translation>Namen, Beschreibungen, Schlagworte, Schlüssel durchsuchen …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="88" />
            <source>Search the register</source>
            <translation>Register durchsuchen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="114" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="174" />
            <source>{count} processes</source>
            <translation>{count} Prozesse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="171" />
            <source>{shown} of {total} processes</source>
            <translation>{shown} von {total} Prozessen</translation>
        </message>
    </context>
    <context>
        <name>RegisterWaiting</name>
        <message>
            <location filename="../src/werkstatt/register/waiting.py" line="60" />
            <source>Waiting for the register {address}: it is busy, perhaps with another sync. Werkstatt gives up after {seconds} seconds.</source>
            <translation>Warte auf das Register {address}: Es ist beschäftigt, vielleicht mit einer anderen Synchronisierung. Werkstatt gibt nach {seconds} Sekunden auf.</translation>
        </message>
    </context>
    <context>
        <name>RoomDialog</name>
        <message>
            <location filename="../src/werkstatt/ui/projector/room.py" line="44" />
            <source>&amp;Farthest viewer:</source>
            <translation>&amp;Hinterste Reihe:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/room.py" line="45" />
            <source>&amp;Picture height:</source>
            <translation>&amp;Bildhöhe:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/room.py" line="33" />
            <source>Distance to the farthest viewer in metres</source>
            <translation>Abstand zur hintersten Reihe in Metern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/room.py" line="35" />
            <source>Height of the projected picture in metres</source>
            <translation>Höhe des projizierten Bildes in Metern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/room.py" line="63" />
            <source>Minimum font size on the projector: {size} px (at {height} px picture height).</source>
            <translation>Mindestschriftgröße auf dem Projektor: {size} px (bei {height} px Bildhöhe).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/room.py" line="30" />
            <source>Room and readability</source>
            <translation>Raum und Lesbarkeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/room.py" line="67" />
            <source>The farthest viewer sits more than 6 × the picture height away: the diagram will show only a part around the selected step. A larger picture helps.</source>
            <translation>Die hinterste Reihe sitzt weiter als 6 × die Bildhöhe entfernt: Das Diagramm zeigt dann nur einen Ausschnitt um den ausgewählten Schritt. Ein größeres Bild hilft.</translation>
        </message>
    </context>
    <context>
        <name>RoomEdits</name>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="147" />
            <source>A message has at most {n} characters.</source>
            <translation>Eine Meldung hat höchstens {n} Zeichen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="135" />
            <source>A pain point from the room</source>
            <translation>Schwachstelle aus dem Raum</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="47" />
            <source>A phone joined the voting round</source>
            <translation>Ein Handy nimmt an der Abstimmung teil</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="161" />
            <source>Accept pain point from the room</source>
            <translation>Schwachstelle aus dem Raum übernehmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="76" />
            <source>Ballot from a phone</source>
            <translation>Stimmzettel eines Handys</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="75" />
            <source>Ballot from {voter}</source>
            <translation>Stimmzettel von {voter}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="174" />
            <source>Discard message from the room</source>
            <translation>Meldung aus dem Raum verwerfen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="145" />
            <source>The message is empty.</source>
            <translation>Die Meldung ist leer.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="57" />
            <source>The round is closed: phones can no longer join it.</source>
            <translation>Die Runde ist geschlossen: Handys können nicht mehr teilnehmen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="150" />
            <source>The step belongs to another process model.</source>
            <translation>Der Schritt gehört zu einem anderen Prozessmodell.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="143" />
            <source>This kind of message is not known.</source>
            <translation>Diese Art von Meldung ist nicht bekannt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="184" />
            <source>This message has already been dealt with.</source>
            <translation>Diese Meldung ist schon erledigt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="61" />
            <source>This round already has {n} phones; no more can join.</source>
            <translation>Diese Runde hat schon {n} Handys; weitere können nicht teilnehmen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="55" />
            <source>This round is not open for phones.</source>
            <translation>Diese Runde ist nicht für Handys offen.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutOverlay</name>
        <message>
            <location filename="../src/werkstatt/ui/help/shortcuts.py" line="35" />
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/shortcuts.py" line="47" />
            <source>Keyboard shortcuts — any key closes this overview</source>
            <translation>Tastenkürzel – jede Taste schließt diese Übersicht</translation>
        </message>
    </context>
    <context>
        <name>Sizing</name>
        <message>
            <location filename="../src/werkstatt/ui/common/sizing.py" line="68" />
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/common/sizing.py" line="66" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
    </context>
    <context>
        <name>StepFields</name>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="14" />
            <source>(not given)</source>
            <translation>(nicht angegeben)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="84" />
            <source>The probability must be between 0 and 100 %.</source>
            <translation>Die Wahrscheinlichkeit muss zwischen 0 und 100 % liegen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="28" />
            <source>decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="16" />
            <source>e-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="34" />
            <source>end event</source>
            <translation>Endereignis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="21" />
            <source>fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="19" />
            <source>in person</source>
            <translation>persönlich</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="22" />
            <source>other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="15" />
            <source>paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="17" />
            <source>phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="20" />
            <source>post</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="18" />
            <source>software</source>
            <translation>Software</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="26" />
            <source>start event</source>
            <translation>Startereignis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="33" />
            <source>subprocess</source>
            <translation>Teilprozess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="27" />
            <source>task</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="82" />
            <source>“{text}” is not a percentage; write e.g. 30 %.</source>
            <translation>„{text}“ ist keine Prozentangabe; bitte z. B. 30 % schreiben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="57" />
            <source>“{text}” is not a time: {reason}</source>
            <translation>„{text}“ ist keine Zeitangabe: {reason}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="66" />
            <source>“{text}” is not a time; write e.g. 10 min, 1.5 h or 3 days.</source>
            <translation>„{text}“ ist keine Zeitangabe; bitte z. B. 10 min, 1,5 h oder 3 Tage schreiben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="32" />
            <source>complex branching</source>
            <translation>Komplexe Verzweigung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="31" />
            <source>event-based decision</source>
            <translation>Ereignisbasierte Entscheidung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="30" />
            <source>inclusive branching (OR)</source>
            <translation>Inklusive Verzweigung (ODER)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="29" />
            <source>parallel branching (AND)</source>
            <translation>Parallele Verzweigung (UND)</translation>
        </message>
    </context>
    <context>
        <name>StepInspector</name>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="135" />
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="46" />
            <source>No step selected.</source>
            <translation>Kein Schritt ausgewählt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="142" />
            <source>Step “{label}”</source>
            <translation>Schritt „{label}“</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="62" />
            <source>always (or e.g. 30 %)</source>
            <translation>immer (oder z. B. 30 %)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="58" />
            <source>e.g. 10 min or 1.5 h</source>
            <translation>z. B. 10 min oder 1,5 h</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="60" />
            <source>e.g. 3 days</source>
            <translation>z. B. 3 Tage</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="80" />
            <source>Building block</source>
            <translation>Baustein</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="84" />
            <source>IT system</source>
            <translation>IT-System</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="80" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="78" />
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="78" />
            <source>Lane</source>
            <translation>Bahn</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="84" />
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="85" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="83" />
            <source>Probability</source>
            <translation>Wahrscheinlichkeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="81" />
            <source>Processing time</source>
            <translation>Bearbeitungszeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="82" />
            <source>Waiting time</source>
            <translation>Liegezeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="221" />
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="79" />
            <source>Organisation of the lane</source>
            <translation>Organisation der Bahn</translation>
        </message>
    </context>
    <context>
        <name>StepListModel</name>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="51" />
            <source>{label}, lane {lane}</source>
            <translation>{label}, Bahn {lane}</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="153" />
            <source>A database cannot be created at {path}: {reason}.</source>
            <translation>Unter {path} kann keine Datenbank angelegt werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="185" />
            <source>No backup of {path} could be written to {folder} ({reason}); the database was not changed.</source>
            <translation>Es konnte keine Sicherung von {path} in {folder} geschrieben werden ({reason}); die Datenbank wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="128" />
            <source>The database {path} cannot be written (no permission).</source>
            <translation>Die Datenbank {path} kann nicht geschrieben werden (keine Berechtigung).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="126" />
            <source>The database {path} is in use by another program; try again.</source>
            <translation>Die Datenbank {path} wird gerade von einem anderen Programm benutzt; bitte erneut versuchen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="313" />
            <location filename="../src/werkstatt/store/database.py" line="135" />
            <source>The database {path} reported an error: {detail}</source>
            <translation>Die Datenbank {path} meldet einen Fehler: {detail}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="130" />
            <source>The disk holding {path} is full; nothing was saved.</source>
            <translation>Der Datenträger von {path} ist voll; es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="143" />
            <source>The folder {folder} for the database cannot be created: {reason}.</source>
            <translation>Der Ordner {folder} für die Datenbank kann nicht angelegt werden: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>StoreCLI</name>
        <message>
            <location filename="../src/werkstatt/store/cli.py" line="106" />
            <source>Demo workshop created in {path} (id {id}).</source>
            <translation>Demo-Werkstatt in {path} angelegt (ID {id}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/cli.py" line="108" />
            <source>The demo workshop already exists in {path} (id {id}).</source>
            <translation>Die Demo-Werkstatt ist in {path} bereits vorhanden (ID {id}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/cli.py" line="59" />
            <source>There is no database at {path}. Create one with “werkstatt demo” or choose another with --db.</source>
            <translation>Unter {path} gibt es keine Datenbank. Legen Sie eine mit „werkstatt demo“ an oder wählen Sie mit --db eine andere.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/cli.py" line="27" />
            <source>create the demo workshop (once)</source>
            <translation>die Demo-Werkstatt anlegen (einmalig)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/cli.py" line="29" />
            <source>read every page of the database and say whether it is intact (changes nothing)</source>
            <translation>jede Seite der Datenbank lesen und sagen, ob sie unversehrt ist (ändert nichts)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/cli.py" line="48" />
            <source>machine-readable output</source>
            <translation>maschinenlesbare Ausgabe</translation>
        </message>
    </context>
    <context>
        <name>StoreCheck</name>
        <message>
            <location filename="../src/werkstatt/ui/store_check.py" line="41" />
            <source>Check the &amp;database…</source>
            <translation>&amp;Datenbank prüfen …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/store_check.py" line="101" />
            <location filename="../src/werkstatt/ui/store_check.py" line="93" />
            <location filename="../src/werkstatt/ui/store_check.py" line="83" />
            <source>Check the database</source>
            <translation>Datenbank prüfen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/store_check.py" line="64" />
            <source>Checking the database</source>
            <translation>Die Datenbank wird geprüft</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/store_check.py" line="42" />
            <source>Read every page of the database and say whether it is intact.</source>
            <translation>Jede Seite der Datenbank lesen und melden, ob sie unversehrt ist.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/store_check.py" line="84" />
            <source>Reading every page of {path} …</source>
            <translation>Jede Seite von {path} wird gelesen …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/store_check.py" line="66" />
            <source>Werkstatt was not closed properly last time; checking the database in the background …</source>
            <translation>Werkstatt wurde zuletzt nicht ordnungsgemäß beendet; die Datenbank wird im Hintergrund geprüft …</translation>
        </message>
    </context>
    <context>
        <name>StoreCheckReport</name>
        <message>
            <location filename="../src/werkstatt/store/check.py" line="48" />
            <source>The check of {path} was cancelled; the database was not changed.</source>
            <translation>Die Prüfung von {path} wurde abgebrochen; die Datenbank wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/check.py" line="52" />
            <source>The database {path} is damaged ({problem}); it was left unchanged. Restore a copy from {backups} before working on.</source>
            <translation>Die Datenbank {path} ist beschädigt ({problem}); sie wurde nicht verändert. Stellen Sie eine Kopie aus {backups} wieder her, bevor Sie weiterarbeiten.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/check.py" line="51" />
            <source>The database {path} was checked completely and is in order.</source>
            <translation>Die Datenbank {path} wurde vollständig geprüft und ist in Ordnung.</translation>
        </message>
    </context>
    <context>
        <name>StoreInspect</name>
        <message>
            <location filename="../src/werkstatt/store/inspect.py" line="174" />
            <source>The database {path} cannot be read: {reason}.</source>
            <translation>Die Datenbank {path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/inspect.py" line="70" />
            <source>The database {path} lies on a read-only drive or in a folder that cannot be written; it was left unchanged. Copy it into a writable folder to work in it, or choose another file with --db.</source>
            <translation>Die Datenbank {path} liegt auf einem schreibgeschützten Laufwerk oder in einem Ordner ohne Schreibrecht; sie blieb unverändert. Kopieren Sie sie in einen beschreibbaren Ordner, um darin zu arbeiten, oder wählen Sie mit --db eine andere Datei.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/inspect.py" line="65" />
            <source>The file {path} is not a Werkstatt database (it belongs to another program); it was left unchanged. Choose a Werkstatt database with --db.</source>
            <translation>Die Datei {path} ist keine Werkstatt-Datenbank (sie gehört zu einem anderen Programm); sie blieb unverändert. Wählen Sie mit --db eine Werkstatt-Datenbank.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/inspect.py" line="55" />
            <source>The file {path} is not a readable Werkstatt database (damaged or of another kind); it was left unchanged. Restore a copy from {backups} or choose another file with --db.</source>
            <translation>Die Datei {path} ist keine lesbare Werkstatt-Datenbank (beschädigt oder von anderer Art); sie blieb unverändert. Stellen Sie eine Sicherung aus {backups} wieder her oder wählen Sie mit --db eine andere Datei.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/inspect.py" line="76" />
            <source>There is no Werkstatt database at {path} yet; nothing was created there.</source>
            <translation>Unter {path} gibt es noch keine Werkstatt-Datenbank; dort wurde nichts angelegt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/inspect.py" line="171" />
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} ist ein Ordner, keine Datenbankdatei.</translation>
        </message>
    </context>
    <context>
        <name>StoreMigrate</name>
        <message>
            <location filename="../src/werkstatt/store/migrate.py" line="108" />
            <source>The database {path} was written by a newer version of Werkstatt (schema {revision}); update Werkstatt to open it. The file was left unchanged.</source>
            <translation>Die Datenbank {path} wurde von einer neueren Werkstatt-Version geschrieben (Schema {revision}); bitte Werkstatt aktualisieren, um sie zu öffnen. Die Datei blieb unverändert.</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="95" />
            <source>Choose mine, theirs or both.</source>
            <translation>Wählen Sie mine, theirs oder both.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="55" />
            <source>Fact sheet</source>
            <translation>Steckbrief</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="56" />
            <source>Flow</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="56" />
            <source>Lane</source>
            <translation>Bahn</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="58" />
            <source>Link between measure and pain point</source>
            <translation>Verknüpfung von Maßnahme und Schwachstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="57" />
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="57" />
            <source>Pain point</source>
            <translation>Schwachstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="55" />
            <source>Process model</source>
            <translation>Prozessmodell</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="56" />
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="103" />
            <source>The register's version was taken over here.</source>
            <translation>Die Fassung des Registers wurde hier übernommen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="88" />
            <source>There is no open conflict with the id {id}.</source>
            <translation>Es gibt keinen offenen Konflikt mit der ID {id}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="100" />
            <source>Your version is kept; the next sync sends it to the register.</source>
            <translation>Ihre Fassung bleibt; der nächste Abgleich sendet sie an das Register.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="178" />
            <source>Your version of the model is now the variant “{name}”; the original took the register's version ({count} conflicts).</source>
            <translation>Ihre Fassung des Modells ist jetzt die Variante „{name}“; das Original hat die Fassung des Registers übernommen ({count} Konflikte).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="168" />
            <source>Your version was kept as a copy ({id}); the original took the register's version.</source>
            <translation>Ihre Fassung bleibt als Kopie erhalten ({id}); das Original hat die Fassung des Registers übernommen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="187" />
            <source>{name} (my version)</source>
            <translation>{name} (meine Fassung)</translation>
        </message>
    </context>
    <context>
        <name>SyncCLI</name>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="123" />
            <source>    {column}: mine “{mine}” – theirs “{theirs}”</source>
            <translation>    {column}: meine „{mine}“ – ihre „{theirs}“</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="89" />
            <source>Nothing had changed on either side.</source>
            <translation>Auf keiner Seite hatte sich etwas geändert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="91" />
            <source>Sent: {n} rows. Received: {m} rows.</source>
            <translation>Gesendet: {n} Zeilen. Empfangen: {m} Zeilen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="86" />
            <source>Synced with {address} as {org}.</source>
            <translation>Abgeglichen mit {address} als {org}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="118" />
            <source>There are no open conflicts.</source>
            <translation>Es gibt keine offenen Konflikte.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="49" />
            <source>This laptop has not synced yet: give the register with --register URL and the organisation with --as ORG.</source>
            <translation>Dieser Laptop hat noch nicht abgeglichen: geben Sie das Register mit --register URL und die Organisation mit --as ORG an.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="39" />
            <source>keep mine, take theirs, or keep both (mine becomes a variant)</source>
            <translation>meine behalten, ihre übernehmen oder beide behalten (meine wird eine Variante)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="33" />
            <source>list or resolve sync conflicts</source>
            <translation>Konflikte des Abgleichs auflisten oder lösen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="36" />
            <source>resolve one conflict</source>
            <translation>einen Konflikt lösen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="24" />
            <source>send this laptop's results to the register and receive the library</source>
            <translation>die Ergebnisse dieses Laptops an das Register senden und die Bibliothek empfangen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="35" />
            <source>the open conflicts, both versions</source>
            <translation>die offenen Konflikte, beide Fassungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="29" />
            <source>the organisation this laptop syncs as (default: the last one)</source>
            <translation>die Organisation, als die dieser Laptop abgleicht (Vorgabe: die zuletzt verwendete)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="27" />
            <source>the register (default: the last one used)</source>
            <translation>das Register (Vorgabe: das zuletzt verwendete)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="96" />
            <source>{n} changes to other organisations' library rows were not sent; adopt the model as your own variant to change it.</source>
            <translation>{n} Änderungen an Bibliothekszeilen anderer Organisationen wurden nicht gesendet; übernehmen Sie das Modell als eigene Variante, um es zu ändern.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="93" />
            <source>{n} conflicts: these rows changed here and in the register; nothing was overwritten. See “werkstatt conflicts list”.</source>
            <translation>{n} Konflikte: diese Zeilen haben sich hier und im Register geändert; nichts wurde überschrieben. Siehe „werkstatt conflicts list“.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="99" />
            <source>{n} statements sent to the register.</source>
            <translation>{n} Anweisungen an das Register gesendet.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="25" />
            <source>Exit codes: 0 everything was sent, 1 the sync failed (nothing was changed), 3 there are conflicts, 4 edits to other organisations' library rows were not sent.</source>
            <translation>Rückgabewerte: 0 alles wurde gesendet, 1 die Synchronisierung ist fehlgeschlagen (nichts wurde geändert), 3 es gibt Konflikte, 4 Änderungen an Bibliothekszeilen anderer Organisationen wurden nicht gesendet.</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="105" />
            <source>&amp;Keep in the system's keyring</source>
            <translation>&amp;Im Schlüsselbund des Systems speichern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="104" />
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="165" />
            <source>&amp;Register:</source>
            <translation>&amp;Register:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="185" />
            <source>&amp;Synchronise</source>
            <translation>&amp;Synchronisieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="269" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="266" />
            <source>Connecting to the register…</source>
            <translation>Verbindung zum Register wird hergestellt …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="319" />
            <source>No password was given; nothing was synced.</source>
            <translation>Es wurde kein Passwort eingegeben; nichts wurde synchronisiert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="167" />
            <source>Organisation this laptop syncs as</source>
            <translation>Organisation, für die dieser Laptop synchronisiert</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="103" />
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="163" />
            <source>Register address</source>
            <translation>Adresse des Registers</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="96" />
            <source>Register password</source>
            <translation>Passwort für das Register</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="187" />
            <source>Resolve &amp;conflicts…</source>
            <translation>&amp;Konflikte lösen…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="181" />
            <source>Result of the sync</source>
            <translation>Ergebnis der Synchronisierung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="170" />
            <source>Sent: fact sheets, process models with lanes, steps and flows, pain points, measures and the totals of the votes. Received: the published library of the other organisations (read-only until adopted). Participants' names and individual votes stay on this laptop.</source>
            <translation>Gesendet werden: Steckbriefe, Prozessmodelle mit Bahnen, Schritten und Verbindungen, Schwachstellen, Maßnahmen und die Summen der Abstimmungen. Empfangen wird: die veröffentlichte Bibliothek der anderen Organisationen (schreibgeschützt, bis sie übernommen wird). Namen der Teilnehmenden und einzelne Stimmen bleiben auf diesem Laptop.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="277" />
            <source>Stopping the sync…</source>
            <translation>Die Synchronisierung wird angehalten …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="266" />
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="143" />
            <source>Sync</source>
            <translation>Synchronisierung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="168" />
            <source>Sync &amp;as:</source>
            <translation>Synchronisieren &amp;als:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="153" />
            <source>Sync with the register</source>
            <translation>Mit dem Register synchronisieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="298" />
            <source>Synced with {address}.</source>
            <translation>Mit {address} synchronisiert.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="109" />
            <source>This system has no keyring; the password is used for this sync only (or put it in ~/.pgpass).</source>
            <translation>Dieses System hat keinen Schlüsselbund; das Passwort gilt nur für diese Synchronisierung (oder tragen Sie es in ~/.pgpass ein).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="161" />
            <source>a file path, or postgresql://user@host/database?sslmode=verify-full</source>
            <translation>ein Dateipfad oder postgresql://benutzer@server/datenbank?sslmode=verify-full</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="259" />
            <source>Choose the organisation this laptop syncs as.</source>
            <translation>Wählen Sie die Organisation, für die dieser Laptop synchronisiert.</translation>
        </message>
    </context>
    <context>
        <name>SyncDisplay</name>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="289" />
            <source>{n} conflicts: these rows changed here and in the register; nothing was overwritten. See “werkstatt conflicts list”.</source>
            <translation>{n} Konflikte: diese Zeilen haben sich hier und im Register geändert; nichts wurde überschrieben. Siehe „werkstatt conflicts list“.</translation>
        </message>
    </context>
    <context>
        <name>SyncEngine</name>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="334" />
            <source>Done.</source>
            <translation>Fertig.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="302" />
            <source>Reading the changes on this laptop…</source>
            <translation>Änderungen auf diesem Laptop werden gelesen …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="324" />
            <source>Receiving the register's changes…</source>
            <translation>Änderungen des Registers werden empfangen …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="327" />
            <source>Recording the result on this laptop…</source>
            <translation>Ergebnis wird auf diesem Laptop festgehalten …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="285" />
            <source>Say which organisation this laptop syncs as with --as, for example “--as Witten”. The register {address} has: {names}.</source>
            <translation>Sagen Sie mit --as, als welche Organisation dieser Laptop synchronisiert, zum Beispiel „--as Witten“. Das Register {address} hat: {names}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="372" />
            <source>Sending this laptop's changes…</source>
            <translation>Änderungen dieses Laptops werden gesendet …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="340" />
            <source>The connection to the register {address} broke off during the sync; the register was left as it was and nothing here was marked as sent. Sync again when the connection is back.</source>
            <translation>Die Verbindung zum Register {address} ist während des Abgleichs abgebrochen; das Register blieb, wie es war, und hier wurde nichts als gesendet vermerkt. Gleichen Sie erneut ab, sobald die Verbindung wieder steht.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="289" />
            <source>The register login belongs to another organisation than “{name}”; sync as that organisation or log in with its role.</source>
            <translation>Die Anmeldung am Register gehört zu einer anderen Organisation als „{name}“; gleichen Sie als diese Organisation ab oder melden Sie sich mit deren Rolle an.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="275" />
            <source>The register {address} has no organisation “{name}”; it has: {names}.</source>
            <translation>Das Register {address} kennt keine Organisation „{name}“; es kennt: {names}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="345" />
            <source>The register {address} refused a change: this login may not write it. Nothing was changed. ({detail})</source>
            <translation>Das Register {address} hat eine Änderung abgelehnt: diese Anmeldung darf sie nicht schreiben. Es wurde nichts geändert. ({detail})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="347" />
            <source>The register {address} reported an error; nothing was changed there: {detail}</source>
            <translation>Das Register {address} meldet einen Fehler; dort wurde nichts geändert: {detail}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="400" />
            <location filename="../src/werkstatt/sync/engine.py" line="395" />
            <location filename="../src/werkstatt/sync/engine.py" line="323" />
            <source>The sync was stopped; nothing was changed in the register.</source>
            <translation>Der Abgleich wurde abgebrochen; im Register wurde nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>SyncFields</name>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="56" />
            <source>Based on</source>
            <translation>Beruht auf</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="42" />
            <source>Building block</source>
            <translation>Baustein</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="67" />
            <source>Cases per year</source>
            <translation>Fälle pro Jahr</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="71" />
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="76" />
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="40" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="73" />
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="74" />
            <source>Effort</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="55" />
            <source>Fact sheet</source>
            <translation>Steckbrief</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="53" />
            <source>From step</source>
            <translation>Von Schritt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="46" />
            <source>IT system</source>
            <translation>IT-System</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="75" />
            <source>Impact</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="41" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="37" />
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="51" />
            <source>Lane</source>
            <translation>Bahn</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="62" />
            <source>Lead organisation</source>
            <translation>Federführende Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="68" />
            <source>Legal basis</source>
            <translation>Rechtsgrundlage</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="65" />
            <source>LeiKa key</source>
            <translation>LeiKa-Schlüssel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="58" />
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="47" />
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="38" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="48" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="60" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="61" />
            <source>Owning organisation</source>
            <translation>Verantwortliche Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="59" />
            <source>Pain point</source>
            <translation>Schwachstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="70" />
            <source>Pay grade</source>
            <translation>Entgeltgruppe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="49" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="45" />
            <source>Probability</source>
            <translation>Wahrscheinlichkeit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="50" />
            <source>Process model</source>
            <translation>Prozessmodell</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="43" />
            <source>Processing time (min)</source>
            <translation>Bearbeitungszeit (min)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="64" />
            <source>Product area</source>
            <translation>Produktbereich</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="63" />
            <source>Register key</source>
            <translation>Registerschlüssel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="72" />
            <source>Severity</source>
            <translation>Schwere</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="66" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="52" />
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="69" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="39" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="54" />
            <source>To step</source>
            <translation>Zu Schritt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="44" />
            <source>Waiting time (min)</source>
            <translation>Liegezeit (min)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="57" />
            <source>Workshop</source>
            <translation>Werkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="119" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="119" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
    </context>
    <context>
        <name>SyncPull</name>
        <message>
            <location filename="../src/werkstatt/sync/pull.py" line="98" />
            <source>Receiving the register's changes… ({count} rows)</source>
            <translation>Änderungen des Registers werden empfangen … ({count} Zeilen)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/pull.py" line="101" />
            <source>The sync was stopped; nothing was changed in the register. Part of the library came; the next sync goes on from there.</source>
            <translation>Die Synchronisierung wurde angehalten; im Register wurde nichts geändert. Ein Teil der Bibliothek ist angekommen; die nächste Synchronisierung macht dort weiter.</translation>
        </message>
    </context>
    <context>
        <name>SyncRows</name>
        <message>
            <location filename="../src/werkstatt/sync/rows.py" line="113" />
            <source>The register does not know the organisation “{name}”; rows that name it were sent without it. Its administrator can add it with “werkstatt register init --organisation”.</source>
            <translation>Das Register kennt die Organisation „{name}“ nicht; Zeilen, die sie nennen, wurden ohne sie gesendet. Die Administration des Registers kann sie mit „werkstatt register init --organisation“ ergänzen.</translation>
        </message>
    </context>
    <context>
        <name>SyncSummary</name>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="291" />
            <source>{n} conflicts: these rows changed here and in the register; nothing was overwritten. Choose which version counts with “Resolve conflicts…”.</source>
            <translation>Konflikte: {n}. Diese Zeilen wurden hier und im Register geändert; nichts wurde überschrieben. Mit „Konflikte lösen…“ wählen Sie, welche Fassung gilt.</translation>
        </message>
    </context>
    <context>
        <name>TopItemsPanel</name>
        <message>
            <location filename="../src/werkstatt/ui/projector/view.py" line="75" />
            <source>1 dot</source>
            <translation>1 Punkt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/view.py" line="66" />
            <source>Most dots</source>
            <translation>Die meisten Punkte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/view.py" line="67" />
            <source>The number on a marker: its dots</source>
            <translation>Die Zahl an der Markierung: ihre Punkte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/view.py" line="74" />
            <source>{n} dots</source>
            <translation>{n} Punkte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/view.py" line="81" />
            <source>… and {n} more</source>
            <translation>… und {n} weitere</translation>
        </message>
    </context>
    <context>
        <name>UserGuide</name>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="215" />
            <source>&amp;Contents</source>
            <translation>&amp;Inhalt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="206" />
            <source>&amp;Find:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="208" />
            <source>&amp;Next</source>
            <translation>&amp;Weitersuchen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="194" />
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="202" />
            <source>Find in the guide</source>
            <translation>Im Handbuch suchen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="201" />
            <source>Find in the guide ({keys})</source>
            <translation>Im Handbuch suchen ({keys})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="351" />
            <source>Not found.</source>
            <translation>Nicht gefunden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="212" />
            <source>Result of the search</source>
            <translation>Ergebnis der Suche</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="192" />
            <source>User guide</source>
            <translation>Benutzerhandbuch</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="182" />
            <source>Werkstatt user guide</source>
            <translation>Werkstatt – Benutzerhandbuch</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="93" />
            <source>The page {name} is not part of this installation; it is in Werkstatt's documentation.</source>
            <translation>Die Seite {name} ist nicht Teil dieser Installation; sie steht in den Unterlagen zu Werkstatt.</translation>
        </message>
    </context>
    <context>
        <name>VoteGrid</name>
        <message>
            <location filename="../src/werkstatt/ui/voting/grid.py" line="263" />
            <source>Votes</source>
            <translation>Stimmen</translation>
        </message>
    </context>
    <context>
        <name>VotePage</name>
        <message>
            <location filename="../src/werkstatt/ui/projector/vote.py" line="170" />
            <source>… and {n} more</source>
            <translation>… und {n} weitere</translation>
        </message>
    </context>
    <context>
        <name>VoteScreen</name>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="176" />
            <source>1 dot per person</source>
            <translation>1 Punkt pro Person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="297" />
            <source>Benefit →</source>
            <translation>Nutzen →</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="206" />
            <source>Choose a round in the voting panel to show it here.</source>
            <translation>Wählen Sie im Abstimmungsbereich eine Runde, um sie hier zu zeigen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="173" />
            <source>Effort and benefit of each measure</source>
            <translation>Aufwand und Nutzen je Maßnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="297" />
            <source>Effort →</source>
            <translation>Aufwand →</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="47" />
            <source>Fill-ins</source>
            <translation>Nebenbei erledigen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="46" />
            <source>Major projects</source>
            <translation>Großprojekte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="205" />
            <source>No voting round</source>
            <translation>Keine Abstimmung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="46" />
            <source>Quick wins</source>
            <translation>Schnell umsetzbar</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="167" />
            <source>Resistance 0 to 10 per option</source>
            <translation>Widerstand 0 bis 10 je Option</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="274" />
            <source>Result: dots per item</source>
            <translation>Ergebnis: Punkte je Eintrag</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="296" />
            <source>Result: effort and benefit</source>
            <translation>Ergebnis: Aufwand und Nutzen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="47" />
            <source>Thankless tasks</source>
            <translation>Eher lassen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="217" />
            <source>To vote on</source>
            <translation>Zur Wahl stehen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="273" />
            <source>Total resistance: the lowest wins</source>
            <translation>Gesamtwiderstand: der geringste gewinnt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="239" />
            <source>Voting is open: please place your dots on the wall</source>
            <translation>Die Abstimmung läuft: Bitte kleben Sie Ihre Punkte an die Wand</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="237" />
            <source>Voting is open: totals are shown when the round is revealed</source>
            <translation>Die Abstimmung läuft: Ergebnisse erscheinen erst bei der Auflösung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="184" />
            <source>at most {n} per item</source>
            <translation>höchstens {n} pro Eintrag</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="183" />
            <source>at most {n} per measure</source>
            <translation>höchstens {n} pro Maßnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="182" />
            <source>at most {n} per pain point</source>
            <translation>höchstens {n} pro Schwachstelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="174" />
            <source>high benefit at little effort first</source>
            <translation>hoher Nutzen bei wenig Aufwand zuerst</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="171" />
            <source>low or high</source>
            <translation>niedrig oder hoch</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="189" />
            <source>no dots on own proposals</source>
            <translation>keine Punkte auf eigene Vorschläge</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="180" />
            <source>no stacking</source>
            <translation>Punkte nicht häufen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="188" />
            <source>own proposals allowed</source>
            <translation>eigene Vorschläge erlaubt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="186" />
            <source>stacking allowed</source>
            <translation>Punkte dürfen gehäuft werden</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="168" />
            <source>the lowest total resistance wins</source>
            <translation>der geringste Gesamtwiderstand gewinnt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="234" />
            <source>{finished} of {total} finished</source>
            <translation>{finished} von {total} fertig</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="172" />
            <source>{low} to {high}</source>
            <translation>{low} bis {high}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="393" />
            <source>{name} ({n} voters)</source>
            <translation>{name} ({n} Personen)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="177" />
            <source>{n} dots per person</source>
            <translation>{n} Punkte pro Person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="392" />
            <source>{name} (1 voter)</source>
            <translation>{name} (1 Person)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="256" />
            <source>Code: {code}</source>
            <translation>Code: {code}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="254" />
            <source>Scan the code with your phone and vote there</source>
            <translation>Scannen Sie den Code mit Ihrem Handy und stimmen Sie dort ab</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="252" />
            <source>Voting is open, but not yet for the phones</source>
            <translation>Die Abstimmung ist offen, aber noch nicht für die Handys</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="246" />
            <source>{finished} of {total} have voted</source>
            <translation>{finished} von {total} haben abgestimmt</translation>
        </message>
    </context>
    <context>
        <name>VoteTableModel</name>
        <message>
            <location filename="../src/werkstatt/ui/voting/grid.py" line="195" />
            <source>A vote is a whole number.</source>
            <translation>Eine Stimme ist eine ganze Zahl.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/grid.py" line="240" />
            <location filename="../src/werkstatt/ui/voting/grid.py" line="229" />
            <location filename="../src/werkstatt/ui/voting/grid.py" line="208" />
            <source>Choose a voting round first.</source>
            <translation>Wählen Sie zuerst eine Abstimmungsrunde.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/grid.py" line="139" />
            <source>Item</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/grid.py" line="210" />
            <source>Move to a voter's column to enter a value.</source>
            <translation>Gehen Sie in die Spalte einer abstimmenden Person, um einen Wert einzugeben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/grid.py" line="231" />
            <source>Move to a voter's column to mark them as finished.</source>
            <translation>Gehen Sie in die Spalte einer abstimmenden Person, um sie als fertig zu markieren.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/grid.py" line="242" />
            <source>Move to a voter's column to say who proposed the item.</source>
            <translation>Gehen Sie in die Spalte einer abstimmenden Person, um sie als Urheber des Themas zu markieren.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/grid.py" line="141" />
            <source>Total</source>
            <translation>Summe</translation>
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="109" />
            <source>A resistance is rated from 0 (none) to 10 (strongest); {value} is not on that scale.</source>
            <translation>Der Widerstand wird von 0 (keiner) bis 10 (stärkster) bewertet; {value} liegt nicht auf dieser Skala.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="124" />
            <source>A round needs at least one item to vote on.</source>
            <translation>Eine Runde braucht mindestens einen Punkt, über den abgestimmt wird.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="92" />
            <source>A total cannot be negative.</source>
            <translation>Eine Summe kann nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="70" />
            <source>At most {cap} dots per item: {voter} cannot give {value} to “{item}”.</source>
            <translation>Höchstens {cap} Punkte pro Thema: {voter} kann „{item}“ nicht {value} geben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="115" />
            <source>Benefit is rated from {low} to {high}; {value} is not on that scale.</source>
            <translation>Der Nutzen wird von {low} bis {high} bewertet; {value} liegt nicht auf dieser Skala.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="117" />
            <location filename="../src/werkstatt/voting/rules.py" line="64" />
            <source>Dots cannot be negative.</source>
            <translation>Punkte können nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="69" />
            <source>Dots may not be stacked in this round: one dot per item at most.</source>
            <translation>In dieser Runde dürfen Punkte nicht gehäuft werden: höchstens ein Punkt pro Thema.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="127" />
            <source>Each person needs at least one dot.</source>
            <translation>Jede Person braucht mindestens einen Punkt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="112" />
            <source>Effort is rated from {low} to {high}; {value} is not on that scale.</source>
            <translation>Der Aufwand wird von {low} bis {high} bewertet; {value} liegt nicht auf dieser Skala.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="87" />
            <source>Nobody votes in this round yet: add the participants who vote first.</source>
            <translation>In dieser Runde stimmt noch niemand ab: Nehmen Sie zuerst die Abstimmenden auf.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="22" />
            <source>Person {n}</source>
            <translation>Person {n}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="129" />
            <source>The cap per item must be at least 1 (1 means no stacking).</source>
            <translation>Die Obergrenze pro Thema muss mindestens 1 sein (1 heißt: nicht häufen).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="131" />
            <source>The minimum group size for the breakdown must be at least 1.</source>
            <translation>Die Mindestgröße der Gruppen für die Aufschlüsselung muss mindestens 1 sein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="32" />
            <source>The round has not been opened yet: open it before entering votes.</source>
            <translation>Die Runde ist noch nicht eröffnet: Eröffnen Sie sie, bevor Sie Stimmen eintragen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="34" />
            <source>The round is closed: reopen it to change votes.</source>
            <translation>Die Runde ist abgeschlossen: Öffnen Sie sie erneut, um Stimmen zu ändern.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="23" />
            <source>The wall</source>
            <translation>Die Wand</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="101" />
            <source>The wall can hold at most {limit} dots ({voters} voters × {budget}); with {value} here it would hold {total}.</source>
            <translation>An der Wand können höchstens {limit} Punkte hängen ({voters} Abstimmende × {budget}); mit {value} hier wären es {total}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="37" />
            <source>This item is no longer part of the round.</source>
            <translation>Dieser Punkt gehört nicht mehr zur Runde.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="45" />
            <source>This person does not vote in this round (absent or removed from it).</source>
            <translation>Diese Person stimmt in dieser Runde nicht ab (abwesend oder aus der Runde genommen).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="39" />
            <source>This round does not ask for that value.</source>
            <translation>Nach diesem Wert fragt diese Runde nicht.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="42" />
            <source>This round takes totals read off the wall, not votes per person.</source>
            <translation>Diese Runde nimmt die Summen von der Wand auf, keine Stimmen pro Person.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="43" />
            <source>This round takes votes per person, not totals from the wall.</source>
            <translation>Diese Runde nimmt Stimmen pro Person auf, keine Summen von der Wand.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="23" />
            <source>This voter</source>
            <translation>Diese Person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="75" />
            <source>{voter} has {budget} dots and has given {used} elsewhere: {value} more would make {total}.</source>
            <translation>{voter} hat {budget} Punkte und schon {used} anderswo vergeben: {value} weitere ergäben {total}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="66" />
            <source>{voter} proposed “{item}”; in this round nobody votes for their own proposals.</source>
            <translation>{voter} hat „{item}“ eingebracht; in dieser Runde stimmt niemand für eigene Vorschläge.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="95" />
            <source>“{item}” can have at most {limit} on the wall ({voters} voters × {each}).</source>
            <translation>„{item}“ kann an der Wand höchstens {limit} haben ({voters} Abstimmende × {each}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="21" />
            <source>Phone {n}</source>
            <translation>Handy {n}</translation>
        </message>
    </context>
    <context>
        <name>VotingCLI</name>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="43" />
            <source>There is no voting round with the id {id}.</source>
            <translation>Es gibt keine Abstimmungsrunde mit der ID {id}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="81" />
            <source>The round has not been revealed: these totals are provisional.</source>
            <translation>Die Runde ist noch nicht aufgedeckt: Diese Summen sind vorläufig.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="85" />
            <source>benefit {benefit:g}, effort {effort:g}</source>
            <translation>Nutzen {benefit:g}, Aufwand {effort:g}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="55" />
            <source>dot vote</source>
            <translation>Mehrpunktabfrage</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="55" />
            <source>effort/benefit</source>
            <translation>Aufwand/Nutzen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="60" />
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="60" />
            <source>prepared</source>
            <translation>vorbereitet</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="26" />
            <source>results of voting rounds</source>
            <translation>Ergebnisse von Abstimmungsrunden</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="61" />
            <source>revealed</source>
            <translation>aufgedeckt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="56" />
            <source>systemic consensus</source>
            <translation>Systemisches Konsensieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="28" />
            <source>the ranked items of a round with their totals</source>
            <translation>die Punkte einer Runde nach Rang, mit ihren Summen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="78" />
            <source>{method}, {state}; {voters} of {eligible} voted.</source>
            <translation>{method}, {state}; {voters} von {eligible} haben abgestimmt.</translation>
        </message>
    </context>
    <context>
        <name>VotingEdits</name>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="148" />
            <source>A round needs at least one item to vote on.</source>
            <translation>Eine Runde braucht mindestens einen Punkt, über den abgestimmt wird.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="120" />
            <location filename="../src/werkstatt/edits/voting.py" line="78" />
            <source>A voting round needs a question.</source>
            <translation>Eine Abstimmungsrunde braucht eine Frage.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="225" />
            <source>Add voter</source>
            <translation>Abstimmende Person aufnehmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="112" />
            <source>Change the rules of the voting round</source>
            <translation>Regeln der Abstimmungsrunde ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="167" />
            <source>Delete voting round</source>
            <translation>Abstimmungsrunde löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="81" />
            <source>Effort and benefit are rated for measures only.</source>
            <translation>Aufwand und Nutzen werden nur für Maßnahmen bewertet.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="175" />
            <source>Enter vote</source>
            <translation>Stimme eintragen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="211" />
            <source>Mark voter as finished</source>
            <translation>Als fertig markieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="212" />
            <source>Mark voter as not finished</source>
            <translation>Als nicht fertig markieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="150" />
            <source>Nobody votes in this round: mark the participants present first.</source>
            <translation>In dieser Runde stimmt niemand ab: Markieren Sie zuerst die Teilnehmenden als anwesend.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="259" />
            <source>Only a pain point or a measure can have been proposed by someone.</source>
            <translation>Nur eine Schwachstelle oder eine Maßnahme kann jemand eingebracht haben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="142" />
            <source>Only a prepared round can be opened.</source>
            <translation>Nur eine vorbereitete Runde kann eröffnet werden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="144" />
            <source>Only a revealed round can be reopened.</source>
            <translation>Nur eine aufgedeckte Runde kann wieder geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="143" />
            <source>Only an open round can be revealed.</source>
            <translation>Nur eine offene Runde kann aufgedeckt werden.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="134" />
            <source>Open voting round</source>
            <translation>Abstimmungsrunde eröffnen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="63" />
            <source>Prepare voting round</source>
            <translation>Abstimmungsrunde vorbereiten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="225" />
            <source>Remove voter</source>
            <translation>Abstimmende Person herausnehmen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="135" />
            <source>Reopen voting round</source>
            <translation>Abstimmungsrunde wieder öffnen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="134" />
            <source>Reveal voting results</source>
            <translation>Abstimmungsergebnis aufdecken</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="250" />
            <source>Set who proposed the item</source>
            <translation>Festhalten, wer den Punkt eingebracht hat</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="256" />
            <source>The round is closed: reopen it to change it.</source>
            <translation>Die Runde ist abgeschlossen: Öffnen Sie sie erneut, um sie zu ändern.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="230" />
            <source>The round is closed: reopen it to change who votes.</source>
            <translation>Die Runde ist abgeschlossen: Öffnen Sie sie erneut, um zu ändern, wer abstimmt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="116" />
            <source>The rules are fixed once the round is open.</source>
            <translation>Sobald die Runde eröffnet ist, stehen die Regeln fest.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="76" />
            <source>This kind of voting round is not known.</source>
            <translation>Diese Art von Abstimmungsrunde ist nicht bekannt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="203" />
            <source>This person does not vote in this round.</source>
            <translation>Diese Person stimmt in dieser Runde nicht ab.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="263" />
            <source>This person has already given dots to the item; remove them first, because nobody votes for their own proposals in this round.</source>
            <translation>Diese Person hat dem Punkt schon Punkte gegeben; entfernen Sie sie zuerst, denn in dieser Runde stimmt niemand für eigene Vorschläge.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="217" />
            <source>Voters can finish only while the round is open.</source>
            <translation>Fertig melden kann man sich nur, solange die Runde offen ist.</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="72" />
            <source>&amp;Delete round</source>
            <translation>Runde &amp;löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="68" />
            <source>&amp;New round…</source>
            <translation>&amp;Neue Runde…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="69" />
            <source>&amp;Open round</source>
            <translation>Runde &amp;eröffnen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="70" />
            <source>&amp;Reveal</source>
            <translation>&amp;Aufdecken</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="211" />
            <source>Choose a voting round first.</source>
            <translation>Wählen Sie zuerst eine Abstimmungsrunde.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="73" />
            <source>Mark &amp;finished</source>
            <translation>Als &amp;fertig markieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="74" />
            <source>Mark the voter of the current column as finished (Ctrl+Return in the grid)</source>
            <translation>Die Person der aktuellen Spalte als fertig markieren (Strg+Eingabe im Raster)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="57" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="71" />
            <source>R&amp;eopen</source>
            <translation>&amp;Wieder öffnen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="54" />
            <source>State of the round</source>
            <translation>Stand der Runde</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="239" />
            <source>The round was deleted; undo brings it back.</source>
            <translation>Die Runde wurde gelöscht; Rückgängig holt sie zurück.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="48" />
            <source>Voting round</source>
            <translation>Abstimmungsrunde</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="229" />
            <source>Not revealed: the round stays open.</source>
            <translation>Nicht aufgedeckt: Die Runde bleibt offen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="224" />
            <source>Reveal the round?</source>
            <translation>Runde aufdecken?</translation>
        </message>
    </context>
    <context>
        <name>VotingProgress</name>
        <message>
            <location filename="../src/werkstatt/voting/progress.py" line="30" />
            <source>Only {finished} of {total} have finished. Reveal anyway?</source>
            <translation>Erst {finished} von {total} sind fertig. Trotzdem aufdecken?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/progress.py" line="54" />
            <source>{name} has finished; next: {next}.</source>
            <translation>{name} ist fertig; weiter mit {next}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/progress.py" line="53" />
            <source>{name} has finished; now everybody has finished.</source>
            <translation>{name} ist fertig; jetzt sind alle fertig.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/progress.py" line="36" />
            <source>{voters} of {eligible} voted</source>
            <translation>{voters} von {eligible} haben abgestimmt</translation>
        </message>
    </context>
    <context>
        <name>VotingResults</name>
        <message>
            <location filename="../src/werkstatt/voting/results.py" line="208" />
            <source>All voters belong to one organisation: there is no breakdown.</source>
            <translation>Alle Abstimmenden gehören zu einer Organisation: Es gibt keine Aufschlüsselung.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/results.py" line="219" />
            <source>Breakdown by organisation hidden: fewer than {minimum} voters in {names}.</source>
            <translation>Aufschlüsselung nach Organisation ausgeblendet: weniger als {minimum} Abstimmende bei {names}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/results.py" line="231" />
            <location filename="../src/werkstatt/voting/results.py" line="221" />
            <source>No organisation</source>
            <translation>Ohne Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/results.py" line="130" />
            <source>Nobody has voted yet.</source>
            <translation>Noch hat niemand abgestimmt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/results.py" line="200" />
            <source>Totals read off the wall have no breakdown by organisation.</source>
            <translation>Summen von der Wand lassen sich nicht nach Organisation aufschlüsseln.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/results.py" line="119" />
            <source>{n} ballots were incomplete; each missing rating counts as 10, the strongest resistance.</source>
            <translation>{n} Stimmzettel waren unvollständig; jede fehlende Bewertung zählt als 10, der stärkste Widerstand.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/results.py" line="128" />
            <source>{n} items have no rating yet and are listed last.</source>
            <translation>{n} Maßnahmen sind noch nicht bewertet und stehen am Ende.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/results.py" line="202" />
            <source>The phones voted anonymously: there is no breakdown by organisation.</source>
            <translation>Abgestimmt wurde anonym mit Handys: Es gibt keine Aufschlüsselung nach Organisation.</translation>
        </message>
    </context>
    <context>
        <name>VotingRounds</name>
        <message>
            <location filename="../src/werkstatt/voting/rounds.py" line="158" />
            <source>(removed)</source>
            <translation>(entfernt)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rounds.py" line="155" />
            <source>Keep as is</source>
            <translation>So lassen, wie es ist</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rounds.py" line="167" />
            <source>There is no voting round with the id {id}.</source>
            <translation>Es gibt keine Abstimmungsrunde mit der ID {id}.</translation>
        </message>
    </context>
    <context>
        <name>VotingText</name>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="80" />
            <source>; no dots for own proposals</source>
            <translation>; keine Punkte für eigene Vorschläge</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="87" />
            <source>; totals read off the wall</source>
            <translation>; Summen von der Wand abgelesen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="54" />
            <source>Benefit</source>
            <translation>Nutzen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="41" />
            <source>Dot vote</source>
            <translation>Mehrpunktabfrage</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="53" />
            <source>Dots</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="54" />
            <source>Effort</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="85" />
            <source>Effort and benefit {low}–{high} per measure</source>
            <translation>Aufwand und Nutzen {low}–{high} pro Maßnahme</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="41" />
            <source>Effort/benefit</source>
            <translation>Aufwand/Nutzen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="99" />
            <source>No voting round chosen.</source>
            <translation>Keine Abstimmungsrunde gewählt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="53" />
            <source>Resistance</source>
            <translation>Widerstand</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="82" />
            <source>Resistance 0–10 per option; the lowest total wins</source>
            <translation>Widerstand 0–10 pro Option; die niedrigste Summe gewinnt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="42" />
            <source>Systemic consensus</source>
            <translation>Systemisches Konsensieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="47" />
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="47" />
            <source>prepared</source>
            <translation>vorbereitet</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="48" />
            <source>revealed</source>
            <translation>aufgedeckt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="75" />
            <source>{budget} dots per person, at most {cap} per item</source>
            <translation>{budget} Punkte pro Person, höchstens {cap} pro Thema</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="73" />
            <source>{budget} dots per person, no stacking</source>
            <translation>{budget} Punkte pro Person, nicht kumulierbar</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="78" />
            <source>{budget} dots per person, stacking allowed</source>
            <translation>{budget} Punkte pro Person, kumulieren erlaubt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="93" />
            <source>{finished} of {count} have finished</source>
            <translation>{finished} von {count} sind fertig</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="60" />
            <source>{question} ({method}, {state})</source>
            <translation>{question} ({method}, {state})</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <location filename="../src/werkstatt/ui/help/welcome.py" line="32" />
            <source>Create demo workshop</source>
            <translation>Demo-Werkstatt anlegen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/welcome.py" line="40" />
            <source>Demo workshop</source>
            <translation>Demo-Werkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/welcome.py" line="33" />
            <source>Start empty</source>
            <translation>Leer beginnen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/welcome.py" line="29" />
            <source>There is no workshop yet. Shall Werkstatt create the demo workshop „Prozesswerkstatt Führerscheinantrag“ to look around in?</source>
            <translation>Es gibt noch keine Werkstatt. Soll Werkstatt die Demo-Werkstatt „Prozesswerkstatt Führerscheinantrag“ zum Ausprobieren anlegen?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/welcome.py" line="28" />
            <source>Welcome to Werkstatt</source>
            <translation>Willkommen bei Werkstatt</translation>
        </message>
    </context>
    <context>
        <name>WindowCLI</name>
        <message>
            <location filename="../src/werkstatt/ui/cli.py" line="33" />
            <source>There is no file {path} to open.</source>
            <translation>Es gibt keine Datei {path} zum Öffnen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/cli.py" line="43" />
            <source>There is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). The commands in “werkstatt --help” work without one.</source>
            <translation>Es gibt keinen Bildschirm, auf dem sich das Fenster öffnen ließe (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Die Befehle aus „werkstatt --help“ arbeiten auch ohne.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/cli.py" line="23" />
            <source>open the window, and offer to import a workshop package (what a double click on a .werkstatt file does)</source>
            <translation>das Fenster öffnen und anbieten, ein Werkstatt-Paket zu importieren (was ein Doppelklick auf eine .werkstatt-Datei tut)</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialogs</name>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="224" />
            <source>&amp;Actual:</source>
            <translation>T&amp;atsächlich:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="197" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="195" />
            <source>&amp;Function:</source>
            <translation>&amp;Funktion:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="190" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="192" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="265" />
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="221" />
            <source>&amp;Planned:</source>
            <translation>&amp;Geplant:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="263" />
            <source>&amp;Register process:</source>
            <translation>&amp;Registerprozess:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="236" />
            <source>&amp;Result:</source>
            <translation>&amp;Ergebnis:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="220" />
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="84" />
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="224" />
            <source>Actual minutes</source>
            <translation>Tatsächliche Minuten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="217" />
            <source>Agenda item</source>
            <translation>Tagesordnungspunkt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="67" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="302" />
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="280" />
            <source>Choose a process or type the name of a new one.</source>
            <translation>Bitte einen Prozess wählen oder den Namen eines neuen eingeben.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="254" />
            <source>Discuss process</source>
            <translation>Prozess besprechen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="198" />
            <source>E-mail address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="62" />
            <source>Error message</source>
            <translation>Fehlermeldung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="66" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="192" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="187" />
            <source>Participant</source>
            <translation>Teilnehmende Person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="266" />
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="222" />
            <source>Planned minutes</source>
            <translation>Geplante Minuten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="228" />
            <source>Process &amp;model:</source>
            <translation>Prozess&amp;modell:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="229" />
            <source>Process model</source>
            <translation>Prozessmodell</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="257" />
            <source>Register processes</source>
            <translation>Prozesse im Prozessregister</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="234" />
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="199" />
            <source>optional, for sending the protocol</source>
            <translation>optional, für den Versand des Protokolls</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="264" />
            <source>or &amp;new process:</source>
            <translation>oder &amp;neuer Prozess:</translation>
        </message>
    </context>
    <context>
        <name>WorkshopEdits</name>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="238" />
            <source>Add participant</source>
            <translation>Teilnehmende hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="262" />
            <source>Change participant</source>
            <translation>Teilnehmende ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="185" />
            <source>Change participating organisations</source>
            <translation>Beteiligte Organisationen ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="107" />
            <source>Change workshop</source>
            <translation>Werkstatt ändern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="101" />
            <source>Create workshop</source>
            <translation>Werkstatt anlegen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="164" />
            <source>Delete workshop</source>
            <translation>Werkstatt löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="309" />
            <source>Discuss process</source>
            <translation>Prozess besprechen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="133" />
            <source>Duplicate workshop</source>
            <translation>Werkstatt duplizieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="357" />
            <source>New process</source>
            <translation>Neuer Prozess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="218" />
            <source>Participants have no field {name}.</source>
            <translation>Teilnehmende haben kein Feld {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="111" />
            <source>Rename workshop</source>
            <translation>Werkstatt umbenennen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="194" />
            <source>The organisation no longer exists.</source>
            <translation>Die Organisation gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="347" />
            <location filename="../src/werkstatt/edits/workshops.py" line="317" />
            <source>The process no longer exists in the register.</source>
            <translation>Den Prozess gibt es im Prozessregister nicht mehr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="65" />
            <source>The workshop date must be a date.</source>
            <translation>Das Datum der Werkstatt muss ein Datum sein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="67" />
            <source>Unknown workshop status: {status}.</source>
            <translation>Unbekannter Stand der Werkstatt: {status}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="49" />
            <source>Workshops have no field {name}.</source>
            <translation>Werkstätten haben kein Feld {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="58" />
            <source>facilitator</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="224" />
            <source>function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="61" />
            <source>goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="221" />
            <source>participant's name</source>
            <translation>Name der teilnehmenden Person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="55" />
            <source>place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="356" />
            <location filename="../src/werkstatt/edits/workshops.py" line="333" />
            <source>process name</source>
            <translation>Prozessname</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="52" />
            <source>workshop title</source>
            <translation>Titel der Werkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="274" />
            <location filename="../src/werkstatt/edits/workshops.py" line="273" />
            <source>{name} (as-is)</source>
            <translation>{name} (Ist)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="117" />
            <location filename="../src/werkstatt/edits/workshops.py" line="116" />
            <source>{title} (copy)</source>
            <translation>{title} (Kopie)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="377" />
            <source>Delete agenda item</source>
            <translation>Tagesordnungspunkt löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="330" />
            <source>Link agenda item to process</source>
            <translation>Tagesordnungspunkt mit Prozess verknüpfen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="91" />
            <source>The {what} must fit on one line.</source>
            <translation>Das Feld „{what}“ muss in eine Zeile passen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="95" />
            <source>Whether the protocol is final must be yes or no.</source>
            <translation>Ob das Protokoll endgültig ist, muss Ja oder Nein sein.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="79" />
            <source>distribution list</source>
            <translation>Verteiler</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="206" />
            <source>e-mail address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="86" />
            <source>file reference</source>
            <translation>Aktenzeichen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="85" />
            <source>minute taker</source>
            <translation>Protokollführung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="87" />
            <source>next meeting</source>
            <translation>nächster Termin</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="211" />
            <source>“{address}” is not an e-mail address: it needs exactly one @ with text on both sides and no spaces.</source>
            <translation>„{address}“ ist keine E-Mail-Adresse: Sie braucht genau ein @ mit Text auf beiden Seiten und keine Leerzeichen.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopManager</name>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="231" />
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="228" />
            <source>&amp;New…</source>
            <translation>&amp;Neu …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="226" />
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="229" />
            <source>&amp;Rename…</source>
            <translation>&amp;Umbenennen …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="398" />
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="381" />
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="242" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="233" />
            <source>Create &amp;demo workshop</source>
            <translation>&amp;Demo-Werkstatt anlegen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="230" />
            <source>D&amp;uplicate</source>
            <translation>Du&amp;plizieren</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="151" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="214" />
            <source>Filter by title, place or date…</source>
            <translation>Nach Titel, Ort oder Datum filtern …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="215" />
            <source>Filter workshops</source>
            <translation>Werkstätten filtern</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="153" />
            <source>Models</source>
            <translation>Modelle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="380" />
            <source>New workshop</source>
            <translation>Neue Werkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="189" />
            <source>Not opened lately</source>
            <translation>In letzter Zeit nicht geöffnet</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="153" />
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="152" />
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="151" />
            <source>Recent</source>
            <translation>Zuletzt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="189" />
            <source>Recently opened</source>
            <translation>Zuletzt geöffnet</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="236" />
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="396" />
            <source>Rename workshop</source>
            <translation>Werkstatt umbenennen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="224" />
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="152" />
            <source>Status</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="442" />
            <source>The demo workshop is ready. Press Enter to open it.</source>
            <translation>Die Demo-Werkstatt ist angelegt. Mit der Eingabetaste öffnen Sie sie.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="151" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="241" />
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="234" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="386" />
            <source>Workshop created.</source>
            <translation>Werkstatt angelegt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="418" />
            <source>Workshop duplicated. Ctrl+Z takes the copy away again.</source>
            <translation>Werkstatt dupliziert. Strg+Z nimmt die Kopie wieder weg.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="403" />
            <source>Workshop renamed.</source>
            <translation>Werkstatt umbenannt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="430" />
            <source>Workshop „{title}“ deleted. Ctrl+Z brings it back.</source>
            <translation>Werkstatt „{title}“ gelöscht. Strg+Z holt sie zurück.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="218" />
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="210" />
            <source>Workshops</source>
            <translation>Werkstätten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="64" />
            <source>done</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="63" />
            <source>planned</source>
            <translation>geplant</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="63" />
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="353" />
            <source>Undone: {action}.</source>
            <translation>Rückgängig gemacht: {action}.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopQueries</name>
        <message>
            <location filename="../src/werkstatt/read/workshops.py" line="119" />
            <source>The workshop no longer exists.</source>
            <translation>Die Werkstatt gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/workshops.py" line="234" />
            <source>TOP {number}: {title}</source>
            <translation>TOP {number}: {title}</translation>
        </message>
    </context>
    <context>
        <name>WorkshopSetupPanel</name>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="171" />
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="173" />
            <source>&amp;Facilitator:</source>
            <translation>&amp;Moderation:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="162" />
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="110" />
            <source>Actual (min)</source>
            <translation>Tatsächlich (min)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="270" />
            <source>Add agenda item…</source>
            <translation>Tagesordnungspunkt hinzufügen …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="253" />
            <source>Add participant…</source>
            <translation>Teilnehmende hinzufügen …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="266" />
            <source>Agenda</source>
            <translation>Tagesordnung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="109" />
            <source>Agenda item</source>
            <translation>Tagesordnungspunkt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="168" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="274" />
            <source>Delete agenda item</source>
            <translation>Tagesordnungspunkt löschen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="278" />
            <source>Discuss process</source>
            <translation>Prozess besprechen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="271" />
            <source>Edit agenda item…</source>
            <translation>Tagesordnungspunkt bearbeiten …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="254" />
            <source>Edit participant…</source>
            <translation>Teilnehmende bearbeiten …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="87" />
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="177" />
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="131" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="273" />
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="272" />
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="86" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="132" />
            <source>No workshop is open.</source>
            <translation>Es ist keine Werkstatt geöffnet.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="86" />
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="72" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="248" />
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="202" />
            <source>Participating organisations</source>
            <translation>Beteiligte Organisationen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="109" />
            <source>Planned (min)</source>
            <translation>Geplant (min)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="87" />
            <source>Present</source>
            <translation>Anwesend</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="110" />
            <source>Process model</source>
            <translation>Prozessmodell</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="255" />
            <source>Remove participant</source>
            <translation>Teilnehmende entfernen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="181" />
            <source>Status</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="160" />
            <source>Workshop</source>
            <translation>Werkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="101" />
            <source>absent</source>
            <translation>abwesend</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="167" />
            <source>no date</source>
            <translation>kein Datum</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="101" />
            <source>present</source>
            <translation>anwesend</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="277" />
            <source>Discuss pro&amp;cess…</source>
            <translation>P&amp;rozess besprechen …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="172" />
            <source>P&amp;lace:</source>
            <translation>&amp;Ort:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="179" />
            <source>A&amp;im:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="264" />
            <source>&amp;Agenda</source>
            <translation>Tagesordn&amp;ung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="211" />
            <source>&amp;Manage…</source>
            <translation>&amp;Verwalten …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="205" />
            <source>&amp;New…</source>
            <translation>&amp;Neu …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="209" />
            <source>Add the six administrations of the project</source>
            <translation>Die sechs Verwaltungen des Projekts hinzufügen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="212" />
            <source>Manage organisations</source>
            <translation>Organisationen verwalten</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="206" />
            <source>New organisation</source>
            <translation>Neue Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="197" />
            <source>Organisations ta&amp;king part</source>
            <translation>Beteiligte Organi&amp;sationen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="245" />
            <source>Pa&amp;rticipants</source>
            <translation>Tei&amp;lnehmende</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="185" />
            <source>Stat&amp;us:</source>
            <translation>Stand:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="208" />
            <source>The si&amp;x administrations</source>
            <translation>Se&amp;chs Verwaltungen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="111" />
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
    </context>
    <context>
        <name>WorkshopValidation</name>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="84" />
            <source>facilitator</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="87" />
            <source>function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="85" />
            <source>goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="86" />
            <source>participant's name</source>
            <translation>Name der teilnehmenden Person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="83" />
            <source>place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="88" />
            <source>process name</source>
            <translation>Prozessname</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="82" />
            <source>workshop title</source>
            <translation>Titel der Werkstatt</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../src/werkstatt/ui/workspace.py" line="58" />
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workspace.py" line="203" />
            <source>Redone: {what}</source>
            <translation>Wiederholt: {what}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workspace.py" line="163" />
            <location filename="../src/werkstatt/ui/workspace.py" line="131" />
            <source>Saved: {what}</source>
            <translation>Gespeichert: {what}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workspace.py" line="202" />
            <source>Undone: {what}</source>
            <translation>Rückgängig gemacht: {what}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workspace.py" line="196" />
            <source>The undo history was cleared, because it no longer matches the data.</source>
            <translation>Der Verlauf zum Rückgängigmachen wurde geleert, weil er nicht mehr zu den Daten passt.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workspace.py" line="208" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
    </context>
</TS>
