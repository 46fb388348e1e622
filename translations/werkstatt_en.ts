<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>AdoptModel</name>
        <message>
            <location filename="../src/werkstatt/library/adopt.py" line="57" />
            <source> (variant {organisation})</source>
            <translation> (variant {organisation})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/adopt.py" line="65" />
            <source>Adopt model as own variant</source>
            <translation>Adopt model as own variant</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/adopt.py" line="78" />
            <source>The organisation that should adopt the model no longer exists.</source>
            <translation>The organisation that should adopt the model no longer exists.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/adopt.py" line="68" />
            <source>model name</source>
            <translation>model name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/adopt.py" line="74" />
            <source>Only the name of this model is on this laptop: take its process along for workshops and sync, then adopt it.</source>
            <translation>Only the name of this model is on this laptop: take its process along for workshops and sync, then adopt it.</translation>
        </message>
    </context>
    <context>
        <name>AgendaTimer</name>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="144" />
            <source>&amp;Next item</source>
            <translation>&amp;Next item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="129" />
            <source>Agenda item</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="132" />
            <source>Current agenda item</source>
            <translation>Current agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="145" />
            <source>Finish this item and start the next</source>
            <translation>Finish this item and start the next</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="110" />
            <source>No agenda item is running.</source>
            <translation>No agenda item is running.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="118" />
            <source>Over time by {minutes} min</source>
            <translation>Over time by {minutes} min</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="136" />
            <source>Over-time warning</source>
            <translation>Over-time warning</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="143" />
            <source>Pause the agenda timer</source>
            <translation>Pause the agenda timer</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="134" />
            <source>Planned and elapsed minutes</source>
            <translation>Planned and elapsed minutes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="141" />
            <source>Start the chosen agenda item</source>
            <translation>Start the chosen agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="112" />
            <source>elapsed {elapsed} min (no time planned)</source>
            <translation>elapsed {elapsed} min (no time planned)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="185" />
            <source>paused</source>
            <translation>paused</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="113" />
            <source>planned {planned} min · elapsed {elapsed} min</source>
            <translation>planned {planned} min · elapsed {elapsed} min</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="185" />
            <source>running</source>
            <translation>running</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="142" />
            <source>Pa&amp;use</source>
            <translation>Pa&amp;use</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/agenda_timer.py" line="140" />
            <source>Sta&amp;rt</source>
            <translation>Sta&amp;rt</translation>
        </message>
    </context>
    <context>
        <name>Analysis</name>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="239" />
            <source>Lane “{lane}”: {problem}; using {rate} €/h ({source}).</source>
            <translation>Lane “{lane}”: {problem}; using {rate} €/h ({source}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="366" />
            <source>Step “{label}” has a probability outside 0–100 % (limited to that range).</source>
            <translation>Step “{label}” has a probability outside 0–100 % (limited to that range).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="210" />
            <source>Step “{label}” has no processing time (counted as 0 min).</source>
            <translation>Step “{label}” has no processing time (counted as 0 min).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="379" />
            <source>The branches of “{label}” add up to more than 100 %.</source>
            <translation>The branches of “{label}” add up to more than 100 %.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="215" />
            <source>The process has no case volume: annual effort, FTE and cost are 0 until it is entered.</source>
            <translation>The process has no case volume: annual effort, FTE and cost are 0 until it is entered.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="104" />
            <source>given for this analysis</source>
            <translation>given for this analysis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="193" />
            <source>{n} loop(s): their steps count once per case, not repeated.</source>
            <translation>{n} loop(s): their steps count once per case, not repeated.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="299" />
            <source>(no lane)</source>
            <translation>(no lane)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="233" />
            <source>no pay grade given</source>
            <translation>no pay grade given</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/figures.py" line="231" />
            <source>no rate known (counted as 0 €)</source>
            <translation>no rate known (counted as 0 €)</translation>
        </message>
    </context>
    <context>
        <name>AnalysisCli</name>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="192" />
            <source>As-is: {name}  {id}</source>
            <translation>As-is: {name}  {id}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="132" />
            <source>Case volume per year: {volume}</source>
            <translation>Case volume per year: {volume}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="208" />
            <source>Handovers removed:</source>
            <translation>Handovers removed:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="151" />
            <source>Handovers: {n} (between organisations: {cross})</source>
            <translation>Handovers: {n} (between organisations: {cross})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="164" />
            <source>IT systems: {systems}</source>
            <translation>IT systems: {systems}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="170" />
            <source>Lanes:</source>
            <translation>Lanes:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="168" />
            <source>Loop: {source} → {target}</source>
            <translation>Loop: {source} → {target}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="210" />
            <source>Media breaks removed:</source>
            <translation>Media breaks removed:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="156" />
            <source>Media breaks: {n}</source>
            <translation>Media breaks: {n}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="186" />
            <source>Plausibility notes:</source>
            <translation>Plausibility notes:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="181" />
            <source>Rates used:</source>
            <translation>Rates used:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="201" />
            <source>Saved per year: {hours} h, {fte} FTE, {cost} €</source>
            <translation>Saved per year: {hours} h, {fte} FTE, {cost} €</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="207" />
            <source>Steps added:</source>
            <translation>Steps added:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="206" />
            <source>Steps removed:</source>
            <translation>Steps removed:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="166" />
            <source>Steps without IT support: {n}</source>
            <translation>Steps without IT support: {n}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="123" />
            <source>Steps: {steps} ({decisions} decisions), lanes: {lanes}, organisations: {orgs}, loops: {loops}</source>
            <translation>Steps: {steps} ({decisions} decisions), lanes: {lanes}, organisations: {orgs}, loops: {loops}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="193" />
            <source>To-be: {name}  {id}</source>
            <translation>To-be: {name}  {id}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="165" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="133" />
            <source>not given</source>
            <translation>not given</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="177" />
            <source>{lane}: {minutes} min per case, {hours} h per year × {rate} €/h = {cost} €</source>
            <translation>{lane}: {minutes} min per case, {hours} h per year × {rate} €/h = {cost} €</translation>
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
            <translation>Only at {name}: {steps}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="228" />
            <source>There is no process with the id {id}.</source>
            <translation>There is no process with the id {id}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="149" />
            <source>Parallel splits: {n} (every branch happens; the lead time follows the longest)</source>
            <translation>Parallel splits: {n} (every branch happens; the lead time follows the longest)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="134" />
            <source>Annual effort of the administrations: {hours} h = {fte} FTE, annual cost: {cost} €</source>
            <translation>Annual effort of the administrations: {hours} h = {fte} FTE, annual cost: {cost} €</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="204" />
            <source>Outside parties' time saved per year: {hours} h</source>
            <translation>Outside parties' time saved per year: {hours} h</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="142" />
            <source>Time of outside parties (not in FTE and cost): {minutes} min per case, {hours} h per year</source>
            <translation>Time of outside parties (not in FTE and cost): {minutes} min per case, {hours} h per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="173" />
            <source>{lane}: {minutes} min per case, {hours} h per year (outside party, not costed)</source>
            <translation>{lane}: {minutes} min per case, {hours} h per year (outside party, not costed)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="183" />
            <source>{name}: {value} (source: {source})</source>
            <translation>{name}: {value} (source: {source})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="145" />
            <source>{party}: {minutes} min per case, {hours} h per year</source>
            <translation>{party}: {minutes} min per case, {hours} h per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="137" />
            <source>{party}: {minutes} min per case, {hours} h per year = {fte} FTE, {cost} €</source>
            <translation>{party}: {minutes} min per case, {hours} h per year = {fte} FTE, {cost} €</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="129" />
            <source>Lead time (longest path, each step once): {total} ({processing} processing, {waiting} waiting)</source>
            <translation>Lead time (longest path, each step once): {total} ({processing} processing, {waiting} waiting)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="127" />
            <source>Time per case (weighted by the share of cases): {processing} processing, {waiting} waiting</source>
            <translation>Time per case (weighted by the share of cases): {processing} processing, {waiting} waiting</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="28" />
            <source>compare two process models (as-is and to-be)</source>
            <translation>compare two process models (as-is and to-be)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="26" />
            <source>the figures of a process model: time, effort, FTE, cost, handovers, media breaks</source>
            <translation>the figures of a process model: time, effort, FTE, cost, handovers, media breaks</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/cli.py" line="30" />
            <source>the organisations' models of one register process side by side</source>
            <translation>the organisations' models of one register process side by side</translation>
        </message>
    </context>
    <context>
        <name>AnalysisCompare</name>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="39" />
            <source>Annual cost of the administrations</source>
            <translation>Annual cost of the administrations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="36" />
            <source>Annual effort of the administrations</source>
            <translation>Annual effort of the administrations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="34" />
            <source>Case volume per year</source>
            <translation>Case volume per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="19" />
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="38" />
            <source>FTE of the administrations</source>
            <translation>FTE of the administrations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="23" />
            <source>Handovers</source>
            <translation>Handovers</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="24" />
            <source>Handovers between organisations</source>
            <translation>Handovers between organisations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="20" />
            <source>Lanes</source>
            <translation>Lanes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="33" />
            <source>Lead time (longest path)</source>
            <translation>Lead time (longest path)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="27" />
            <source>Loops</source>
            <translation>Loops</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="26" />
            <source>Media breaks</source>
            <translation>Media breaks</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="21" />
            <source>Organisations involved</source>
            <translation>Organisations involved</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="41" />
            <source>Outside parties' time per case</source>
            <translation>Outside parties' time per case</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="43" />
            <source>Outside parties' time per year</source>
            <translation>Outside parties' time per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="30" />
            <source>Processing time per case</source>
            <translation>Processing time per case</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="18" />
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="28" />
            <source>Steps without IT support</source>
            <translation>Steps without IT support</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/compare.py" line="32" />
            <source>Waiting time per case</source>
            <translation>Waiting time per case</translation>
        </message>
    </context>
    <context>
        <name>AnalysisHighlight</name>
        <message>
            <location filename="../src/werkstatt/ui/analysis/highlight.py" line="47" />
            <source>Handover</source>
            <translation>Handover</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/highlight.py" line="47" />
            <source>Media break</source>
            <translation>Media break</translation>
        </message>
    </context>
    <context>
        <name>AnalysisPanel</name>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="288" />
            <source>&amp;Rates of the analysis…</source>
            <translation>&amp;Rates of the analysis…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="446" />
            <source>(no comparison)</source>
            <translation>(no comparison)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="253" />
            <source>Analysed model</source>
            <translation>Analysed model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="216" />
            <source>As-is</source>
            <translation>As-is</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="318" />
            <source>As-is vs to-be</source>
            <translation>As-is vs to-be</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="95" />
            <source>Case volume per year</source>
            <translation>Case volume per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="217" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="483" />
            <source>Choose another model of the same process (e.g. the to-be) to compare.</source>
            <translation>Choose another model of the same process (e.g. the to-be) to compare.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="276" />
            <source>Compare with</source>
            <translation>Compare with</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="280" />
            <source>Comparison</source>
            <translation>Comparison</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="195" />
            <source>Cost saved per year</source>
            <translation>Cost saved per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="76" />
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="194" />
            <source>FTE saved</source>
            <translation>FTE saved</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="217" />
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="137" />
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="317" />
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="79" />
            <source>Handovers</source>
            <translation>Handovers</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="198" />
            <source>Handovers removed</source>
            <translation>Handovers removed</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="286" />
            <source>Highlight &amp;handovers</source>
            <translation>Highlight &amp;handovers</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="287" />
            <source>Highlight &amp;media breaks</source>
            <translation>Highlight &amp;media breaks</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="192" />
            <source>Hours saved per year</source>
            <translation>Hours saved per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="260" />
            <source>Key figures</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="73" />
            <source>Lanes</source>
            <translation>Lanes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="92" />
            <source>Lead time (longest path)</source>
            <translation>Lead time (longest path)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="77" />
            <source>Loops</source>
            <translation>Loops</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="84" />
            <source>Media breaks</source>
            <translation>Media breaks</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="200" />
            <source>Media breaks removed</source>
            <translation>Media breaks removed</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="477" />
            <source>No gaps: every figure has its input.</source>
            <translation>No gaps: every figure has its input.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="391" />
            <source>No process model is open.</source>
            <translation>No process model is open.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="74" />
            <source>Organisations involved</source>
            <translation>Organisations involved</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="255" />
            <source>Overhead on personnel cost</source>
            <translation>Overhead on personnel cost</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="475" />
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="270" />
            <source>Plausibility notes</source>
            <translation>Plausibility notes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="89" />
            <source>Processing time per case</source>
            <translation>Processing time per case</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="93" />
            <source>Processing {p} + waiting {w}</source>
            <translation>Processing {p} + waiting {w}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="470" />
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="267" />
            <source>Rates used</source>
            <translation>Rates used</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="71" />
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="197" />
            <source>Steps added</source>
            <translation>Steps added</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="196" />
            <source>Steps removed</source>
            <translation>Steps removed</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="87" />
            <source>Steps without IT support</source>
            <translation>Steps without IT support</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="216" />
            <source>To-be</source>
            <translation>To-be</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="137" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="91" />
            <source>Waiting time per case</source>
            <translation>Waiting time per case</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="284" />
            <source>What the to-be saves</source>
            <translation>What the to-be saves</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="499" />
            <source>as-is</source>
            <translation>as-is</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="256" />
            <source>no overhead</source>
            <translation>no overhead</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="96" />
            <source>not given</source>
            <translation>not given</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="257" />
            <source>overhead for non-office work</source>
            <translation>overhead for non-office work</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="256" />
            <source>overhead for office work</source>
            <translation>overhead for office work</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="499" />
            <source>to-be</source>
            <translation>to-be</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="80" />
            <source>{n} ({m} between organisations)</source>
            <translation>{n} ({m} between organisations)</translation>
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
            <translation>{n} of them tasks</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="90" />
            <source>Σ minutes × probability of every step</source>
            <translation>Σ minutes × probability of every step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="488" />
            <source>“{to_be}” needs {h} h, {fte} FTE and {cost} more per year than “{as_is}”.</source>
            <translation>“{to_be}” needs {h} h, {fte} FTE and {cost} more per year than “{as_is}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="485" />
            <source>“{to_be}” saves {h} h, {fte} FTE and {cost} per year against “{as_is}”.</source>
            <translation>“{to_be}” saves {h} h, {fte} FTE and {cost} per year against “{as_is}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="277" />
            <source>Compare with:</source>
            <translation>Compare with:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="297" />
            <source>Overhead:</source>
            <translation>Overhead:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="103" />
            <source>Annual cost of the administrations</source>
            <translation>Annual cost of the administrations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="98" />
            <source>Annual effort of the administrations</source>
            <translation>Annual effort of the administrations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="100" />
            <source>Case volume × the administrations' processing time per case ({m})</source>
            <translation>Case volume × the administrations' processing time per case ({m})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="108" />
            <source>Citizens', businesses' and inspection bodies' time (Erfüllungsaufwand), not in FTE or cost</source>
            <translation>Citizens', businesses' and inspection bodies' time (Erfüllungsaufwand), not in FTE or cost</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="263" />
            <source>Effort of the administrations</source>
            <translation>Effort of the administrations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="102" />
            <source>FTE of the administrations</source>
            <translation>FTE of the administrations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="106" />
            <source>Outside parties' time per year</source>
            <translation>Outside parties' time per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="264" />
            <source>Time of the outside parties</source>
            <translation>Time of the outside parties</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/panel.py" line="473" />
            <source>… and {n} more (all of them in the protocol).</source>
            <translation>… and {n} more (all of them in the protocol).</translation>
        </message>
    </context>
    <context>
        <name>AnalysisTables</name>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="39" />
            <source>(≈ {n} days)</source>
            <translation>(≈ {n} days)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="41" />
            <source>(≈ {n} h)</source>
            <translation>(≈ {n} h)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="93" />
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="94" />
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="94" />
            <source>FTE</source>
            <translation>FTE</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="90" />
            <source>Outside party</source>
            <translation>Outside party</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="90" />
            <source>Per case</source>
            <translation>Per case</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="93" />
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="91" />
            <source>Per year</source>
            <translation>Per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/tables.py" line="69" />
            <source>Total</source>
            <translation>Total</translation>
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
            <translation>Werkstatt cannot open its database</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <location filename="../src/werkstatt/ui/common/background.py" line="97" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>BpmnExport</name>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_export.py" line="229" />
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} cannot be written: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_export.py" line="223" />
            <source>{path} is a folder; give a file name.</source>
            <translation>{path} is a folder; give a file name.</translation>
        </message>
    </context>
    <context>
        <name>BpmnExtras</name>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_extras.py" line="110" />
            <source>the value „{value}“ of {attribute} in Werkstatt's extension, which is not valid</source>
            <translation>the value „{value}“ of {attribute} in Werkstatt's extension, which is not valid</translation>
        </message>
    </context>
    <context>
        <name>BpmnImport</name>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="65" />
            <source>Became: {what}.</source>
            <translation>Became: {what}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="144" />
            <source>Import {name}</source>
            <translation>Import {name}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="67" />
            <source>Not taken over: {what}.</source>
            <translation>Not taken over: {what}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="64" />
            <source>Read from {name}: {counts}.</source>
            <translation>Read from {name}: {counts}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="230" />
            <source>Some of the file's ids exist here already (an earlier, deleted import?); the model was imported as a copy with new ids.</source>
            <translation>Some of the file's ids exist here already (an earlier, deleted import?); the model was imported as a copy with new ids.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="168" />
            <source>The model belongs to the register process „{name}“ that is already here.</source>
            <translation>The model belongs to the register process „{name}“ that is already here.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="93" />
            <source>association</source>
            <translation>association</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="94" />
            <source>category (of groups)</source>
            <translation>category (of groups)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="104" />
            <source>condition of an event</source>
            <translation>condition of an event</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="102" />
            <source>cycle of a timer event</source>
            <translation>cycle of a timer event</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="90" />
            <source>data association (input)</source>
            <translation>data association (input)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="91" />
            <source>data association (output)</source>
            <translation>data association (output)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="107" />
            <source>data input</source>
            <translation>data input</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="88" />
            <source>data object</source>
            <translation>data object</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="88" />
            <source>data object reference</source>
            <translation>data object reference</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="107" />
            <source>data output</source>
            <translation>data output</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="92" />
            <source>data state</source>
            <translation>data state</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="89" />
            <source>data store</source>
            <translation>data store</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="89" />
            <source>data store reference</source>
            <translation>data store reference</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="103" />
            <source>duration of a timer event</source>
            <translation>duration of a timer event</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="96" />
            <source>error definition</source>
            <translation>error definition</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="96" />
            <source>escalation definition</source>
            <translation>escalation definition</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="81" />
            <source>events</source>
            <translation>events</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="80" />
            <source>gateways</source>
            <translation>gateways</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="105" />
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="104" />
            <source>global task</source>
            <translation>global task</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="94" />
            <source>group</source>
            <translation>group</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="108" />
            <source>input set</source>
            <translation>input set</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="92" />
            <source>input/output specification</source>
            <translation>input/output specification</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="106" />
            <source>interface</source>
            <translation>interface</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="97" />
            <source>item definition</source>
            <translation>item definition</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="79" />
            <source>lanes</source>
            <translation>lanes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="101" />
            <source>loop marker</source>
            <translation>loop marker</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="95" />
            <source>message definition</source>
            <translation>message definition</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="116" />
            <source>message flow</source>
            <translation>message flow</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="82" />
            <source>message flows</source>
            <translation>message flows</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="100" />
            <source>multi-instance marker</source>
            <translation>multi-instance marker</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="108" />
            <source>output set</source>
            <translation>output set</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="99" />
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="99" />
            <source>performer</source>
            <translation>performer</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="78" />
            <source>pools</source>
            <translation>pools</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="120" />
            <source>pools and lanes → {n} lanes</source>
            <translation>pools and lanes → {n} lanes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="78" />
            <source>processes</source>
            <translation>processes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="105" />
            <source>property</source>
            <translation>property</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="106" />
            <source>relationship</source>
            <translation>relationship</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="97" />
            <source>resource</source>
            <translation>resource</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="98" />
            <source>responsible person (potential owner)</source>
            <translation>responsible person (potential owner)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="116" />
            <source>sequence flow</source>
            <translation>sequence flow</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="81" />
            <source>sequence flows</source>
            <translation>sequence flows</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="95" />
            <source>signal definition</source>
            <translation>signal definition</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="80" />
            <source>sub-processes</source>
            <translation>sub-processes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="79" />
            <source>tasks</source>
            <translation>tasks</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="93" />
            <source>text annotation</source>
            <translation>text annotation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="133" />
            <source>the drawing ({diagrams} diagrams, {shapes} shapes: positions, sizes, colours, fonts); Werkstatt lays the model out itself</source>
            <translation>the drawing ({diagrams} diagrams, {shapes} shapes: positions, sizes, colours, fonts); Werkstatt lays the model out itself</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="257" />
            <source>the organisation {id}, which is not known here</source>
            <translation>the organisation {id}, which is not known here</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="102" />
            <source>time of a timer event</source>
            <translation>time of a timer event</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="127" />
            <source>{n} extension elements of another tool ({namespace})</source>
            <translation>{n} extension elements of another tool ({namespace})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="118" />
            <source>{n} × {type} → {kind}</source>
            <translation>{n} × {type} → {kind}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="214" />
            <source>Already here — the model „{name}“ from {file} is in this database already (imported or created here before), so nothing was imported; import it as a copy to have it twice.</source>
            <translation>Already here — the model „{name}“ from {file} is in this database already (imported or created here before), so nothing was imported; import it as a copy to have it twice.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="182" />
            <source>the fact sheet ({fields}) → the register process „{name}“</source>
            <translation>the fact sheet ({fields}) → the register process „{name}“</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="247" />
            <source>the file's values of {fields} for the register process „{name}“, which is here already and keeps its own fact sheet</source>
            <translation>the file's values of {fields} for the register process „{name}“, which is here already and keeps its own fact sheet</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_import.py" line="130" />
            <source>{n} extension attributes of another tool ({namespace})</source>
            <translation>{n} extension attributes of another tool ({namespace})</translation>
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
            <translation>Imported process</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="356" />
            <source>Lane {n}</source>
            <translation>Lane {n}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="207" />
            <source>Pool {n}</source>
            <translation>Pool {n}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="302" />
            <source>The file {name} is broken: the pool {pool} refers to the process {ref}, which is not in the file.</source>
            <translation>The file {name} is broken: the pool {pool} refers to the process {ref}, which is not in the file.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="444" />
            <source>The file {name} is broken: the {kind} {flow} points to {ref}, which is not in the file.</source>
            <translation>The file {name} is broken: the {kind} {flow} points to {ref}, which is not in the file.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="473" />
            <source>message flow</source>
            <translation>message flow</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="451" />
            <source>sequence flow</source>
            <translation>sequence flow</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="392" />
            <source>the attachment of the boundary event {event} to {host}; it is a step of its own in the same lane</source>
            <translation>the attachment of the boundary event {event} to {host}; it is a step of its own in the same lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="466" />
            <source>the condition of the flow {flow}</source>
            <translation>the condition of the flow {flow}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="423" />
            <source>the content of the collapsed sub-process {name}: {nodes} and {flows} sequence flows; the sub-process is one step</source>
            <translation>the content of the collapsed sub-process {name}: {nodes} and {flows} sequence flows; the sub-process is one step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="420" />
            <source>the content of the expanded sub-process {name}: {nodes} and {flows} sequence flows; the sub-process is one step</source>
            <translation>the content of the expanded sub-process {name}: {nodes} and {flows} sequence flows; the sub-process is one step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="426" />
            <source>the content of the sub-process {name}: {nodes} and {flows} sequence flows; the sub-process is one step</source>
            <translation>the content of the sub-process {name}: {nodes} and {flows} sequence flows; the sub-process is one step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="285" />
            <source>the documentation of {count} elements that do not become steps ({names})</source>
            <translation>the documentation of {count} elements that do not become steps ({names})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="288" />
            <source>the end of {count} names longer than Werkstatt's fields ({names}); they are shortened with „…“</source>
            <translation>the end of {count} names longer than Werkstatt's fields ({names}); they are shortened with „…“</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="483" />
            <source>the exact end of the message flow {flow} at {inner}; it ends at the sub-process {outer}</source>
            <translation>the exact end of the message flow {flow} at {inner}; it ends at the sub-process {outer}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="348" />
            <source>the lanes of {count} elements that are in no lane of the pool „{pool}“ ({names}); they are in the lane „{pool}“</source>
            <translation>the lanes of {count} elements that are in no lane of the pool „{pool}“ ({names}); they are in the lane „{pool}“</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="479" />
            <source>the message flow {flow}, which ends at {end}, not at a step</source>
            <translation>the message flow {flow}, which ends at {end}, not at a step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="316" />
            <source>the process {name}, which holds no steps</source>
            <translation>the process {name}, which holds no steps</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="364" />
            <source>the references of the lane „{lane}“ to elements not in the file ({refs})</source>
            <translation>the references of the lane „{lane}“ to elements not in the file ({refs})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_read.py" line="459" />
            <source>the sequence flow {flow}, which does not join two steps of one pool</source>
            <translation>the sequence flow {flow}, which does not join two steps of one pool</translation>
        </message>
    </context>
    <context>
        <name>BpmnScan</name>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="93" />
            <source>The file {name} contains a document type declaration (DTD), which Werkstatt refuses for safety.</source>
            <translation>The file {name} contains a document type declaration (DTD), which Werkstatt refuses for safety.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="96" />
            <source>The file {name} declares entities or refers to other files, which Werkstatt refuses for safety.</source>
            <translation>The file {name} declares entities or refers to other files, which Werkstatt refuses for safety.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="136" />
            <source>The file {name} has more than {limit} XML elements; Werkstatt does not import files this large.</source>
            <translation>The file {name} has more than {limit} XML elements; Werkstatt does not import files this large.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="116" />
            <source>The file {name} is XML but not BPMN 2.0 (it starts with &lt;{tag}&gt;).</source>
            <translation>The file {name} is XML but not BPMN 2.0 (it starts with &lt;{tag}&gt;).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="111" />
            <source>The file {name} is a web page (HTML), not a BPMN file.</source>
            <translation>The file {name} is a web page (HTML), not a BPMN file.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="180" />
            <source>The file {name} is broken: the id {id} is used twice.</source>
            <translation>The file {name} is broken: the id {id} is used twice.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="106" />
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="86" />
            <source>The file {name} is empty.</source>
            <translation>The file {name} is empty.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="100" />
            <source>The file {name} is not readable XML (broken in line {line}).</source>
            <translation>The file {name} is not readable XML (broken in line {line}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="103" />
            <source>The file {name} is not readable XML (its encoding is broken).</source>
            <translation>The file {name} is not readable XML (its encoding is broken).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="88" />
            <source>The file {name} is too large to import (more than {mb} MB).</source>
            <translation>The file {name} is too large to import (more than {mb} MB).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="140" />
            <source>The file {name} nests its elements more than {limit} levels deep; Werkstatt does not import files built like this.</source>
            <translation>The file {name} nests its elements more than {limit} levels deep; Werkstatt does not import files built like this.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_scan.py" line="114" />
            <source>The file {name} uses the namespace {ns}, not that of BPMN 2.0.</source>
            <translation>The file {name} uses the namespace {ns}, not that of BPMN 2.0.</translation>
        </message>
    </context>
    <context>
        <name>BpmnWords</name>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="74" />
            <source>LeiKa key</source>
            <translation>LeiKa key</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="19" />
            <source>ad-hoc sub-process</source>
            <translation>ad-hoc sub-process</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="28" />
            <source>boundary event</source>
            <translation>boundary event</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="17" />
            <source>business rule task</source>
            <translation>business rule task</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="18" />
            <source>call activity</source>
            <translation>call activity</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="40" />
            <source>cancel</source>
            <translation>cancel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="77" />
            <source>case volume per year</source>
            <translation>case volume per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="39" />
            <source>compensation</source>
            <translation>compensation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="24" />
            <source>complex gateway</source>
            <translation>complex gateway</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="64" />
            <source>complex splits</source>
            <translation>complex splits</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="38" />
            <source>condition</source>
            <translation>condition</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="62" />
            <source>decisions</source>
            <translation>decisions</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="73" />
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="25" />
            <source>end event</source>
            <translation>end event</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="65" />
            <source>end steps</source>
            <translation>end steps</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="36" />
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="37" />
            <source>escalation</source>
            <translation>escalation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="23" />
            <source>event-based gateway</source>
            <translation>event-based gateway</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="64" />
            <source>event-based splits</source>
            <translation>event-based splits</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="20" />
            <source>exclusive gateway</source>
            <translation>exclusive gateway</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="66" />
            <source>flows</source>
            <translation>flows</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="29" />
            <source>implicit throw event</source>
            <translation>implicit throw event</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="21" />
            <source>inclusive gateway</source>
            <translation>inclusive gateway</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="63" />
            <source>inclusive splits</source>
            <translation>inclusive splits</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="27" />
            <source>intermediate catch event</source>
            <translation>intermediate catch event</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="26" />
            <source>intermediate throw event</source>
            <translation>intermediate throw event</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="76" />
            <source>lead organisation</source>
            <translation>lead organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="77" />
            <source>legal basis</source>
            <translation>legal basis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="38" />
            <source>link</source>
            <translation>link</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="15" />
            <source>manual task</source>
            <translation>manual task</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="35" />
            <source>message</source>
            <translation>message</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="75" />
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="22" />
            <source>parallel gateway</source>
            <translation>parallel gateway</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="63" />
            <source>parallel splits</source>
            <translation>parallel splits</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="74" />
            <source>product area</source>
            <translation>product area</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="16" />
            <source>receive task</source>
            <translation>receive task</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="73" />
            <source>register key</source>
            <translation>register key</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="17" />
            <source>script task</source>
            <translation>script task</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="16" />
            <source>send task</source>
            <translation>send task</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="15" />
            <source>service task</source>
            <translation>service task</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="36" />
            <source>signal</source>
            <translation>signal</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="24" />
            <source>start event</source>
            <translation>start event</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="65" />
            <source>start steps</source>
            <translation>start steps</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="76" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="18" />
            <source>sub-process</source>
            <translation>sub-process</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="66" />
            <source>sub-process steps</source>
            <translation>sub-process steps</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="78" />
            <source>tags</source>
            <translation>tags</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="14" />
            <source>task</source>
            <translation>task</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="62" />
            <source>task steps</source>
            <translation>task steps</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="41" />
            <source>terminate</source>
            <translation>terminate</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="91" />
            <source>that the event {node} does not interrupt</source>
            <translation>that the event {node} does not interrupt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="93" />
            <source>the compensation marker of {node}</source>
            <translation>the compensation marker of {node}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="88" />
            <source>the marking of the flow {flow} as the default flow of {node}</source>
            <translation>the marking of the flow {flow} as the default flow of {node}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="95" />
            <source>the start by an event of the event sub-process {node}; it is a sub-process step like any other</source>
            <translation>the start by an event of the event sub-process {node}; it is a sub-process step like any other</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="35" />
            <source>timer</source>
            <translation>timer</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="19" />
            <source>transaction</source>
            <translation>transaction</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/bpmn_words.py" line="14" />
            <source>user task</source>
            <translation>user task</translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <location filename="../src/werkstatt/cli.py" line="61" />
            <source>Werkstatt: run process workshops and share their results.</source>
            <translation>Werkstatt: run process workshops and share their results.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="66" />
            <source>language of the messages</source>
            <translation>language of the messages</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="64" />
            <source>the local database (default: WERKSTATT_DB or the user's data folder)</source>
            <translation>the local database (default: WERKSTATT_DB or the user's data folder)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="52" />
            <source>werkstatt: {problem}. See “werkstatt --help”.</source>
            <translation>werkstatt: {problem}. See “werkstatt --help”.</translation>
        </message>
    </context>
    <context>
        <name>Capture</name>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="282" />
            <source>A note needs a step before it.</source>
            <translation>A note needs a step before it.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="142" />
            <source>Capture step</source>
            <translation>Capture step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="118" />
            <source>Comment, not stored.</source>
            <translation>Comment, not stored.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="260" />
            <source>Connected to “{label}”.</source>
            <translation>Connected to “{label}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="162" />
            <source>Lane “{lane}” created.</source>
            <translation>Lane “{lane}” created.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="270" />
            <source>No step is labelled “{label}”.</source>
            <translation>No step is labelled “{label}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="288" />
            <source>Note added to “{label}”.</source>
            <translation>Note added to “{label}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="271" />
            <source>Several steps begin with “{label}”: write more of the label.</source>
            <translation>Several steps begin with “{label}”: write more of the label.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="150" />
            <source>Step “{label}” stored in lane “{lane}”.</source>
            <translation>Step “{label}” stored in lane “{lane}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="169" />
            <source>The first step needs a lane: write “Lane: step”.</source>
            <translation>The first step needs a lane: write “Lane: step”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="173" />
            <source>The lane of the previous step was deleted: name a lane.</source>
            <translation>The lane of the previous step was deleted: name a lane.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="231" />
            <source>There is no decision yet for the branch “{branch}”.</source>
            <translation>There is no decision yet for the branch “{branch}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="254" />
            <source>There is no step to connect from.</source>
            <translation>There is no step to connect from.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="249" />
            <source>Unknown building block “{name}”.</source>
            <translation>Unknown building block “{name}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="247" />
            <source>Unknown building block “{name}”; did you mean: {suggestions}?</source>
            <translation>Unknown building block “{name}”; did you mean: {suggestions}?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="278" />
            <source>Pain point “{text}” stored.</source>
            <translation>Pain point “{text}” stored.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="218" />
            <source>Insert step</source>
            <translation>Insert step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="195" />
            <source>Only a step can be inserted here: write “Lane: step” or the step text.</source>
            <translation>Only a step can be inserted here: write “Lane: step” or the step text.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="226" />
            <source>Step “{label}” inserted in lane “{lane}”.</source>
            <translation>Step “{label}” inserted in lane “{lane}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="210" />
            <source>An end event cannot stand between two steps.</source>
            <translation>An end event cannot stand between two steps.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="201" />
            <source>Nothing follows an end event: insert after the step before it.</source>
            <translation>Nothing follows an end event: insert after the step before it.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/session.py" line="154" />
            <source>It follows “{label}”, which was captured elsewhere meanwhile.</source>
            <translation>It follows “{label}”, which was captured elsewhere meanwhile.</translation>
        </message>
    </context>
    <context>
        <name>CaptureCLI</name>
        <message>
            <location filename="../src/werkstatt/capture/cli.py" line="62" />
            <source>The line is not UTF-8 text.</source>
            <translation>The line is not UTF-8 text.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/cli.py" line="22" />
            <source>acknowledge each line as JSON</source>
            <translation>acknowledge each line as JSON</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/cli.py" line="52" />
            <source>ok {line}: {message}</source>
            <translation>ok {line}: {message}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/cli.py" line="20" />
            <source>read quick-entry lines from standard input</source>
            <translation>read quick-entry lines from standard input</translation>
        </message>
    </context>
    <context>
        <name>CaptureLine</name>
        <message>
            <location filename="../src/werkstatt/ui/capture/line.py" line="46" />
            <source>Lane: step text (10 min) [building block] — Enter stores</source>
            <translation>Lane: step text (10 min) [building block] — Enter stores</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/line.py" line="45" />
            <source>Quick entry</source>
            <translation>Quick entry</translation>
        </message>
    </context>
    <context>
        <name>CapturePanel</name>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="377" />
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="378" />
            <source>Connect the selected step to:</source>
            <translation>Connect the selected step to:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="301" />
            <source>Insert after “{label}” — Esc ends inserting.</source>
            <translation>Insert after “{label}” — Esc ends inserting.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="360" />
            <source>Lane for the selected step:</source>
            <translation>Lane for the selected step:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="359" />
            <source>Move to lane</source>
            <translation>Move to lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="297" />
            <source>New steps are added at the end.</source>
            <translation>New steps are added at the end.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="145" />
            <source>Open a process model first (Workshop tab or the model list).</source>
            <translation>Open a process model first (Workshop tab or the model list).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="228" />
            <source>Paste {count} lines</source>
            <translation>Paste {count} lines</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="112" />
            <source>Result of the last entry</source>
            <translation>Result of the last entry</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="331" />
            <source>Select a step first (Up/Down in the entry line, or click it).</source>
            <translation>Select a step first (Up/Down in the entry line, or click it).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="116" />
            <source>Steps in capture order</source>
            <translation>Steps in capture order</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="369" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="365" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="254" />
            <source>{stored} lines stored, {count} refused: {reasons}</source>
            <translation>{stored} lines stored, {count} refused: {reasons}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="257" />
            <source>{stored} lines stored.</source>
            <translation>{stored} lines stored.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="390" />
            <source>Step deleted; its {count} pain points now belong to the whole process.</source>
            <translation>Step deleted; its {count} pain points now belong to the whole process.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="238" />
            <source>line {number}: {reason}</source>
            <translation>line {number}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <location filename="../src/werkstatt/capture/catalogue.py" line="84" />
            <source>The building block file {origin} is not usable: {reason}.</source>
            <translation>The building block file {origin} is not usable: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/catalogue.py" line="75" />
            <source>The building block file {path} cannot be read: {reason}.</source>
            <translation>The building block file {path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/catalogue.py" line="114" />
            <source>an entry lacks {field}</source>
            <translation>an entry lacks {field}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/catalogue.py" line="110" />
            <source>block {id} is empty or named twice</source>
            <translation>block {id} is empty or named twice</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/catalogue.py" line="93" />
            <source>it is not a Werkstatt building block file</source>
            <translation>it is not a Werkstatt building block file</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/catalogue.py" line="91" />
            <source>it is not valid JSON in UTF-8 ({detail})</source>
            <translation>it is not valid JSON in UTF-8 ({detail})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/catalogue.py" line="116" />
            <source>it lists no building blocks</source>
            <translation>it lists no building blocks</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/catalogue.py" line="95" />
            <source>it was written for a newer version of Werkstatt</source>
            <translation>it was written for a newer version of Werkstatt</translation>
        </message>
    </context>
    <context>
        <name>CommonEdits</name>
        <message>
            <location filename="../src/werkstatt/ui/common/edits.py" line="33" />
            <source>The change could not be saved.</source>
            <translation>The change could not be saved.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="76" />
            <source>Both versions side by side</source>
            <translation>Both versions side by side</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="54" />
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="74" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="94" />
            <source>Fields that differ are marked with ≠ and printed in bold.</source>
            <translation>Fields that differ are marked with ≠ and printed in bold.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="103" />
            <source>Keep &amp;both (mine as a variant)</source>
            <translation>Keep &amp;both (mine as a variant)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="101" />
            <source>Keep &amp;mine</source>
            <translation>Keep &amp;mine</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="74" />
            <source>My version</source>
            <translation>My version</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="71" />
            <source>Open conflicts</source>
            <translation>Open conflicts</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="197" />
            <source>Replace your version of {what} on this laptop with the register's? Yours cannot be brought back afterwards; “Keep both” keeps it as a variant.</source>
            <translation>Replace your version of {what} on this laptop with the register's? Yours cannot be brought back afterwards; “Keep both” keeps it as a variant.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="58" />
            <source>Sync conflicts</source>
            <translation>Sync conflicts</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="102" />
            <source>Take &amp;theirs</source>
            <translation>Take &amp;theirs</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="185" />
            <source>Take theirs</source>
            <translation>Take theirs</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="104" />
            <source>The next sync sends your version as a new revision.</source>
            <translation>The next sync sends your version as a new revision.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="105" />
            <source>The register's version replaces yours on this laptop.</source>
            <translation>The register's version replaces yours on this laptop.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="212" />
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="149" />
            <source>There are no open conflicts.</source>
            <translation>There are no open conflicts.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="64" />
            <source>These rows were changed on this laptop and in the register since the last sync. Nothing was overwritten; choose which version counts. The next sync carries the choice out.</source>
            <translation>These rows were changed on this laptop and in the register since the last sync. Nothing was overwritten; choose which version counts. The next sync carries the choice out.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="175" />
            <source>This field differs.</source>
            <translation>This field differs.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="75" />
            <source>Version in the register</source>
            <translation>Version in the register</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="98" />
            <source>What was done</source>
            <translation>What was done</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/conflict_dialog.py" line="106" />
            <source>Your version of the whole model becomes a variant based on the original; the original takes the register's version.</source>
            <translation>Your version of the whole model becomes a variant based on the original; the original takes the register's version.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../src/werkstatt/ui/crash.py" line="75" />
            <source>&amp;Copy report</source>
            <translation>&amp;Copy report</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/crash.py" line="69" />
            <source>A copy is in {path}.</source>
            <translation>A copy is in {path}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/crash.py" line="74" />
            <source>Error report</source>
            <translation>Error report</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/crash.py" line="66" />
            <source>Werkstatt ran into an error in its own code. Everything you entered before is saved. Please send this report to the Werkstatt team.</source>
            <translation>Werkstatt ran into an error in its own code. Everything you entered before is saved. Please send this report to the Werkstatt team.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/crash.py" line="65" />
            <source>Werkstatt: an error in the program</source>
            <translation>Werkstatt: an error in the program</translation>
        </message>
    </context>
    <context>
        <name>CsvExport</name>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="211" />
            <source>(whole process)</source>
            <translation>(whole process)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="258" />
            <source>Benefit</source>
            <translation>Benefit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="168" />
            <source>Building block</source>
            <translation>Building block</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="206" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="237" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="258" />
            <location filename="../src/werkstatt/interchange/csv_export.py" line="238" />
            <source>Effort</source>
            <translation>Effort</translation>
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
            <translation>IT system</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="238" />
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="257" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="257" />
            <location filename="../src/werkstatt/interchange/csv_export.py" line="167" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="206" />
            <location filename="../src/werkstatt/interchange/csv_export.py" line="167" />
            <source>Lane</source>
            <translation>Lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="236" />
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="207" />
            <source>Measures</source>
            <translation>Measures</translation>
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
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="170" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="207" />
            <source>Pain point</source>
            <translation>Pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="239" />
            <source>Pain points</source>
            <translation>Pain points</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="169" />
            <source>Probability</source>
            <translation>Probability</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="236" />
            <location filename="../src/werkstatt/interchange/csv_export.py" line="205" />
            <source>Process model</source>
            <translation>Process model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="168" />
            <source>Processing time (min)</source>
            <translation>Processing time (min)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="258" />
            <source>Quadrant</source>
            <translation>Quadrant</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="257" />
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="237" />
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="237" />
            <source>Responsible organisation</source>
            <translation>Responsible organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="206" />
            <source>Severity</source>
            <translation>Severity</translation>
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
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="95" />
            <source>The CSV file cannot be written to {path}: {reason}.</source>
            <translation>The CSV file cannot be written to {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="107" />
            <source>There is no CSV dialect “{name}”; choose excel-de or rfc4180.</source>
            <translation>There is no CSV dialect “{name}”; choose excel-de or rfc4180.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="113" />
            <source>There is no CSV of “{what}”; choose steps, pain-points, measures or votes.</source>
            <translation>There is no CSV of “{what}”; choose steps, pain-points, measures or votes.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="187" />
            <source>There is no workshop or process model with the id {id}.</source>
            <translation>There is no workshop or process model with the id {id}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="257" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="169" />
            <source>Waiting time (min)</source>
            <translation>Waiting time (min)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="256" />
            <source>keep as is</source>
            <translation>keep as is</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="255" />
            <source>measure</source>
            <translation>measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="141" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="255" />
            <source>pain point</source>
            <translation>pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/csv_export.py" line="141" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>DiagramPaper</name>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="423" />
            <source>Orange badges give the number of pain points at a step; tinted boxes with a bar and a number give the step's share of the votes.</source>
            <translation>Orange badges give the number of pain points at a step; tinted boxes with a bar and a number give the step's share of the votes.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="418" />
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="413" />
            <source>Overview (step numbers as in the step table)</source>
            <translation>Overview (step numbers as in the step table)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="433" />
            <source>Part {n} of {total}</source>
            <translation>Part {n} of {total}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="434" />
            <source>Part {n} of {total} of the diagram of “{model}”: lanes {lanes}.</source>
            <translation>Part {n} of {total} of the diagram of “{model}”: lanes {lanes}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="439" />
            <source>Part {n} of {total} of the diagram of “{model}”: lanes {lanes}; steps {first} to {last} (from “{first_label}” to “{last_label}”).</source>
            <translation>Part {n} of {total} of the diagram of “{model}”: lanes {lanes}; steps {first} to {last} (from “{first_label}” to “{last_label}”).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="438" />
            <source>Part {n} of {total}: steps {first}–{last}</source>
            <translation>Part {n} of {total}: steps {first}–{last}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="414" />
            <source>Swimlane diagram of “{model}”, the whole process on one page: {count} steps in the lanes {lanes}. The boxes show the step numbers of the table “Steps of {model}” (column No.), which lists every step in full.</source>
            <translation>Swimlane diagram of “{model}”, the whole process on one page: {count} steps in the lanes {lanes}. The boxes show the step numbers of the table “Steps of {model}” (column No.), which lists every step in full.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="419" />
            <source>Swimlane diagram of “{model}”, the whole process on one page: {count} steps in the lanes {lanes}. The full list of steps is the table “Steps of {model}”.</source>
            <translation>Swimlane diagram of “{model}”, the whole process on one page: {count} steps in the lanes {lanes}. The full list of steps is the table “Steps of {model}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="97" />
            <source>pain points at the step</source>
            <translation>pain points at the step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="98" />
            <source>share of the votes in the latest dot vote (tint and bar), votes as a number</source>
            <translation>share of the votes in the latest dot vote (tint and bar), votes as a number</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/diagram_paper.py" line="333" />
            <source>{votes} votes</source>
            <translation>{votes} votes</translation>
        </message>
    </context>
    <context>
        <name>DiagramView</name>
        <message>
            <location filename="../src/werkstatt/ui/capture/diagram_view.py" line="40" />
            <source>Swimlane diagram</source>
            <translation>Swimlane diagram</translation>
        </message>
    </context>
    <context>
        <name>EditBase</name>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="58" />
            <source>The {kind} to change no longer exists.</source>
            <translation>The {kind} to change no longer exists.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="145" />
            <source>The {kind} to restore no longer exists.</source>
            <translation>The {kind} to restore no longer exists.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="69" />
            <source>agenda item</source>
            <translation>agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="66" />
            <source>flow</source>
            <translation>flow</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="65" />
            <source>lane</source>
            <translation>lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="73" />
            <source>link between measure and pain point</source>
            <translation>link between measure and pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="68" />
            <source>measure</source>
            <translation>measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="74" />
            <source>organisation of the workshop</source>
            <translation>organisation of the workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="67" />
            <source>pain point</source>
            <translation>pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="72" />
            <source>participation</source>
            <translation>participation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="70" />
            <source>process model</source>
            <translation>process model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="64" />
            <source>step</source>
            <translation>step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="71" />
            <source>workshop</source>
            <translation>workshop</translation>
        </message>
    </context>
    <context>
        <name>EditValidation</name>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="94" />
            <source>IT system</source>
            <translation>IT system</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="126" />
            <source>The probability must be between 0 and 100 %.</source>
            <translation>The probability must be between 0 and 100 %.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="39" />
            <source>The {what} contains control characters.</source>
            <translation>The {what} contains control characters.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="41" />
            <source>The {what} contains the bidirectional control character U+{code:04X} at position {column}, which can make text read as something else.</source>
            <translation>The {what} contains the bidirectional control character U+{code:04X} at position {column}, which can make text read as something else.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="75" />
            <location filename="../src/werkstatt/edits/validate.py" line="36" />
            <source>The {what} is too long (at most {maximum} characters).</source>
            <translation>The {what} is too long (at most {maximum} characters).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="118" />
            <source>The {what} must be between 0 and 1,000,000 minutes.</source>
            <translation>The {what} must be between 0 and 1,000,000 minutes.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="146" />
            <source>The {what} must be between {low} and {high}.</source>
            <translation>The {what} must be between {low} and {high}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="34" />
            <source>The {what} must not be empty.</source>
            <translation>The {what} must not be empty.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="132" />
            <source>Unknown kind of step: {kind}.</source>
            <translation>Unknown kind of step: {kind}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="138" />
            <source>Unknown medium: {medium}.</source>
            <translation>Unknown medium: {medium}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="100" />
            <source>agenda item</source>
            <translation>agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="93" />
            <source>building block</source>
            <translation>building block</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="110" />
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="96" />
            <source>flow label</source>
            <translation>flow label</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="91" />
            <source>lane name</source>
            <translation>lane name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="98" />
            <source>measure</source>
            <translation>measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="105" />
            <source>model name</source>
            <translation>model name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="101" />
            <location filename="../src/werkstatt/edits/validate.py" line="95" />
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="102" />
            <location filename="../src/werkstatt/edits/validate.py" line="99" />
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="97" />
            <source>pain point</source>
            <translation>pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="103" />
            <source>photo caption</source>
            <translation>photo caption</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="104" />
            <source>question</source>
            <translation>question</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="92" />
            <source>step label</source>
            <translation>step label</translation>
        </message>
    </context>
    <context>
        <name>Edits</name>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="69" />
            <source>Add lane</source>
            <translation>Add lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="172" />
            <source>Add step</source>
            <translation>Add step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="414" />
            <source>An end event has no outgoing flow.</source>
            <translation>An end event has no outgoing flow.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="250" />
            <source>Change kind of step</source>
            <translation>Change kind of step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="254" />
            <source>Change step</source>
            <translation>Change step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="403" />
            <source>Connect steps</source>
            <translation>Connect steps</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="426" />
            <source>Delete flow</source>
            <translation>Delete flow</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="118" />
            <source>Delete lane</source>
            <translation>Delete lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="355" />
            <source>Delete step</source>
            <translation>Delete step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="34" />
            <source>IT system</source>
            <translation>IT system</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="383" />
            <source>Insert step</source>
            <translation>Insert step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="421" />
            <source>Label flow</source>
            <translation>Label flow</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="108" />
            <source>Move lane</source>
            <translation>Move lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="262" />
            <source>Move step</source>
            <translation>Move step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="412" />
            <source>Only steps of the same process model can be connected.</source>
            <translation>Only steps of the same process model can be connected.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="98" />
            <source>Rename lane</source>
            <translation>Rename lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="246" />
            <source>Rename step</source>
            <translation>Rename step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="26" />
            <source>Steps have no attribute {name}.</source>
            <translation>Steps have no attribute {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="274" />
            <location filename="../src/werkstatt/edits/process.py" line="188" />
            <source>The lane belongs to another process model.</source>
            <translation>The lane belongs to another process model.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="128" />
            <source>The lane {name} still holds {count} steps: choose the lane they move to.</source>
            <translation>The lane {name} still holds {count} steps: choose the lane they move to.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="132" />
            <source>The steps must move to another lane of the same model.</source>
            <translation>The steps must move to another lane of the same model.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="80" />
            <source>There is already a lane named {name}.</source>
            <translation>There is already a lane named {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="416" />
            <source>These steps are already connected.</source>
            <translation>These steps are already connected.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="30" />
            <source>building block</source>
            <translation>building block</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="422" />
            <location filename="../src/werkstatt/edits/process.py" line="406" />
            <location filename="../src/werkstatt/edits/process.py" line="334" />
            <location filename="../src/werkstatt/edits/process.py" line="177" />
            <source>flow label</source>
            <translation>flow label</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="99" />
            <location filename="../src/werkstatt/edits/process.py" line="71" />
            <source>lane name</source>
            <translation>lane name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="37" />
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="31" />
            <source>processing time</source>
            <translation>processing time</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="28" />
            <source>step label</source>
            <translation>step label</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="32" />
            <source>waiting time</source>
            <translation>waiting time</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="339" />
            <source>A start or end event cannot become a decision.</source>
            <translation>A start or end event cannot become a decision.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="295" />
            <source>Move step down</source>
            <translation>Move step down</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="295" />
            <source>Move step up</source>
            <translation>Move step up</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="305" />
            <source>The step is already the first one.</source>
            <translation>The step is already the first one.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="306" />
            <source>The step is already the last one.</source>
            <translation>The step is already the last one.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="332" />
            <source>Turn into a decision</source>
            <translation>Turn into a decision</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="316" />
            <source>“{first}” and “{second}” are no plain sequence (a branch leaves or joins between them): connect the steps anew instead.</source>
            <translation>“{first}” and “{second}” are no plain sequence (a branch leaves or joins between them): connect the steps anew instead.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="221" />
            <source>“{label}” was continued elsewhere meanwhile, and the process now ends with “{end}”: connect the new step where it belongs.</source>
            <translation>“{label}” was continued elsewhere meanwhile, and the process now ends with “{end}”: connect the new step where it belongs.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../src/werkstatt/render/export.py" line="41" />
            <location filename="../src/werkstatt/render/export.py" line="35" />
            <source>Unknown format {format}: choose svg, png, dot or pdf.</source>
            <translation>Unknown format {format}: choose svg, png, dot or pdf.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/render/export.py" line="51" />
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} cannot be written: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/render/export.py" line="44" />
            <source>{path} is a folder; give a file name.</source>
            <translation>{path} is a folder; give a file name.</translation>
        </message>
    </context>
    <context>
        <name>FactSheet</name>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="73" />
            <source>A fact sheet has no field {name}.</source>
            <translation>A fact sheet has no field {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="107" />
            <source>Edit fact sheet</source>
            <translation>Edit fact sheet</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="46" />
            <source>The LeiKa key must have exactly 14 digits (for example 99050048262000).</source>
            <translation>The LeiKa key must have exactly 14 digits (for example 99050048262000).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="63" />
            <location filename="../src/werkstatt/library/fact_sheet.py" line="60" />
            <location filename="../src/werkstatt/library/fact_sheet.py" line="54" />
            <source>The case volume must be a whole number of at least 0.</source>
            <translation>The case volume must be a whole number of at least 0.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="65" />
            <source>The case volume must be at most {maximum} per year.</source>
            <translation>The case volume must be at most {maximum} per year.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="122" />
            <source>The organisation chosen for the fact sheet does not exist.</source>
            <translation>The organisation chosen for the fact sheet does not exist.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="112" />
            <source>This process belongs to the library of {organisation} and cannot be changed here; adopt one of its models instead.</source>
            <translation>This process belongs to the library of {organisation} and cannot be changed here; adopt one of its models instead.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="116" />
            <source>Unknown product area: {area}.</source>
            <translation>Unknown product area: {area}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="96" />
            <source>Unknown status of a process: {status}.</source>
            <translation>Unknown status of a process: {status}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="78" />
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="86" />
            <source>legal basis</source>
            <translation>legal basis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="77" />
            <source>process name</source>
            <translation>process name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="75" />
            <source>register key</source>
            <translation>register key</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/fact_sheet.py" line="88" />
            <source>tags</source>
            <translation>tags</translation>
        </message>
    </context>
    <context>
        <name>FeedbackLine</name>
        <message>
            <location filename="../src/werkstatt/ui/capture/line.py" line="174" />
            <source>Copy message</source>
            <translation>Copy message</translation>
        </message>
    </context>
    <context>
        <name>FindingDialogs</name>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="285" />
            <source>&amp;Answers:</source>
            <translation>&amp;Answers:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="128" />
            <source>&amp;Category:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="263" />
            <source>&amp;Due by</source>
            <translation>&amp;Due by</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="279" />
            <source>&amp;Effort (1–5):</source>
            <translation>&amp;Effort (1–5):</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="281" />
            <source>&amp;Impact (1–5):</source>
            <translation>&amp;Impact (1–5):</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="124" />
            <source>&amp;Pain point:</source>
            <translation>&amp;Pain point:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="250" />
            <source>&amp;What:</source>
            <translation>&amp;What:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="134" />
            <source>1 low, 2 medium, 3 high (Alt+1, Alt+2, Alt+3)</source>
            <translation>1 low, 2 medium, 3 high (Alt+1, Alt+2, Alt+3)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="150" />
            <source>Attached to</source>
            <translation>Attached to</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="156" />
            <source>Attached to:</source>
            <translation>Attached to:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="276" />
            <source>By when:</source>
            <translation>By when:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="128" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="319" />
            <source>Change measure</source>
            <translation>Change measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="266" />
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="279" />
            <source>Effort</source>
            <translation>Effort</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="264" />
            <source>Has a due date</source>
            <translation>Has a due date</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="281" />
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="247" />
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="71" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="409" />
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="175" />
            <source>Open a process model first.</source>
            <translation>Open a process model first.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="418" />
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="303" />
            <source>Open a workshop or a process model first.</source>
            <translation>Open a workshop or a process model first.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="111" />
            <source>Pain point</source>
            <translation>Pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="124" />
            <source>Pain point text</source>
            <translation>Pain point text</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="326" />
            <source>Pain points of the measure</source>
            <translation>Pain points of the measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="194" />
            <source>Pain points this measure answers</source>
            <translation>Pain points this measure answers</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="131" />
            <source>Severity from 1 to 3</source>
            <translation>Severity from 1 to 3</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="277" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="230" />
            <source>The measure no longer exists.</source>
            <translation>The measure no longer exists.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="120" />
            <source>The pain point no longer exists.</source>
            <translation>The pain point no longer exists.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="253" />
            <source>W&amp;ho:</source>
            <translation>W&amp;ho:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="126" />
            <source>What goes wrong here?</source>
            <translation>What goes wrong here?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="250" />
            <source>What is to be done</source>
            <translation>What is to be done</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="253" />
            <source>Who does it</source>
            <translation>Who does it</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="142" />
            <source>a step (none selected)</source>
            <translation>a step (none selected)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="143" />
            <source>the &amp;whole process</source>
            <translation>the &amp;whole process</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="198" />
            <source>whole process</source>
            <translation>whole process</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="101" />
            <source>– (not rated)</source>
            <translation>– (not rated)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="277" />
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="135" />
            <source>Se&amp;verity:</source>
            <translation>Se&amp;verity:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/dialogs.py" line="141" />
            <source>the s&amp;tep “{label}”</source>
            <translation>the s&amp;tep “{label}”</translation>
        </message>
    </context>
    <context>
        <name>FindingFields</name>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="113" />
            <source>Link measure to pain points</source>
            <translation>Link measure to pain points</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="79" />
            <source>The severity must be 1, 2 or 3.</source>
            <translation>The severity must be 1, 2 or 3.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="41" />
            <source>The {what} must be a whole number.</source>
            <translation>The {what} must be a whole number.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="97" />
            <source>effort</source>
            <translation>effort</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="97" />
            <source>impact</source>
            <translation>impact</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="77" />
            <source>severity</source>
            <translation>severity</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="56" />
            <source>“{value}” is not a date (YYYY-MM-DD).</source>
            <translation>“{value}” is not a date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="74" />
            <source>“{value}” is not a pain point category.</source>
            <translation>“{value}” is not a pain point category.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/finding_fields.py" line="94" />
            <source>“{value}” is not a status of a measure.</source>
            <translation>“{value}” is not a status of a measure.</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="62" />
            <source>Double entry/duplicate work</source>
            <translation>Double entry/duplicate work</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="64" />
            <source>Idle/waiting time</source>
            <translation>Idle/waiting time</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="63" />
            <source>Interface/handover</source>
            <translation>Interface/handover</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="69" />
            <source>Legal or formal hurdle</source>
            <translation>Legal or formal hurdle</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="68" />
            <source>Loop/rework</source>
            <translation>Loop/rework</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="61" />
            <source>Media break</source>
            <translation>Media break</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="67" />
            <source>Missing IT support</source>
            <translation>Missing IT support</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="70" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="65" />
            <source>Query/missing documents</source>
            <translation>Query/missing documents</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="66" />
            <source>Unclear responsibility</source>
            <translation>Unclear responsibility</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="79" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="80" />
            <source>dropped</source>
            <translation>dropped</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="78" />
            <source>in progress</source>
            <translation>in progress</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/findings.py" line="77" />
            <source>open</source>
            <translation>open</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="230" />
            <source>&amp;Measures</source>
            <translation>&amp;Measures</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="73" />
            <source>(whole process)</source>
            <translation>(whole process)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="218" />
            <source>Add measure…</source>
            <translation>Add measure…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="214" />
            <source>Add pain point…</source>
            <translation>Add pain point…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="55" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="220" />
            <source>Delete measure</source>
            <translation>Delete measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="216" />
            <source>Delete pain point</source>
            <translation>Delete pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="324" />
            <source>Delete {n} measures</source>
            <translation>Delete {n} measures</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="309" />
            <source>Delete {n} pain points</source>
            <translation>Delete {n} pain points</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="114" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="219" />
            <source>Edit measure…</source>
            <translation>Edit measure…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="215" />
            <source>Edit pain point…</source>
            <translation>Edit pain point…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="115" />
            <source>Effort</source>
            <translation>Effort</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="115" />
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="55" />
            <source>Lane</source>
            <translation>Lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="221" />
            <source>Link to pain points…</source>
            <translation>Link to pain points…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="114" />
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="201" />
            <location filename="../src/werkstatt/ui/findings/panel.py" line="56" />
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="56" />
            <source>Pain point</source>
            <translation>Pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="199" />
            <location filename="../src/werkstatt/ui/findings/panel.py" line="116" />
            <source>Pain points</source>
            <translation>Pain points</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="56" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="115" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="55" />
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="114" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/findings/panel.py" line="227" />
            <source>Pain po&amp;ints</source>
            <translation>Pain po&amp;ints</translation>
        </message>
    </context>
    <context>
        <name>GuideFiles</name>
        <message>
            <location filename="../src/werkstatt/i18n/guide.py" line="47" />
            <source>The user guide ({name}) is missing from this installation of Werkstatt. Please ask your IT department to install Werkstatt again.</source>
            <translation>The user guide ({name}) is missing from this installation of Werkstatt. Please ask your IT department to install Werkstatt again.</translation>
        </message>
    </context>
    <context>
        <name>Interchange</name>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="90" />
            <source>BPMN files (*.bpmn *.xml)</source>
            <translation>BPMN files (*.bpmn *.xml)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="138" />
            <source>BPMN files (*.bpmn)</source>
            <translation>BPMN files (*.bpmn)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="217" />
            <source>CSV for German Excel (*.csv)</source>
            <translation>CSV for German Excel (*.csv)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="138" />
            <source>Export BPMN</source>
            <translation>Export BPMN</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="234" />
            <source>Export PicXML</source>
            <translation>Export PicXML</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="50" />
            <source>Export as &amp;CSV…</source>
            <translation>Export as &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="217" />
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="216" />
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="203" />
            <source>Export as CSV</source>
            <translation>Export as CSV</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="163" />
            <source>Export package</source>
            <translation>Export package</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="51" />
            <source>Export the fact sheet as Pic&amp;XML…</source>
            <translation>Export the fact sheet as Pic&amp;XML…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="233" />
            <source>Export the fact sheet as PicXML</source>
            <translation>Export the fact sheet as PicXML</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="45" />
            <source>Export the model as BP&amp;MN…</source>
            <translation>Export the model as BP&amp;MN…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="137" />
            <source>Export the model as BPMN</source>
            <translation>Export the model as BPMN</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="48" />
            <source>Export the workshop as a packa&amp;ge…</source>
            <translation>Export the workshop as a packa&amp;ge…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="162" />
            <source>Export the workshop as a package</source>
            <translation>Export the workshop as a package</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="44" />
            <source>Import &amp;BPMN…</source>
            <translation>Import &amp;BPMN…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="121" />
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="101" />
            <source>Import BPMN</source>
            <translation>Import BPMN</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="89" />
            <source>Import a BPMN file</source>
            <translation>Import a BPMN file</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="46" />
            <source>Import a workshop pac&amp;kage…</source>
            <translation>Import a workshop pac&amp;kage…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="168" />
            <source>Import a workshop package</source>
            <translation>Import a workshop package</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="40" />
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="39" />
            <source>Import and export</source>
            <translation>Import and export</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="194" />
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="178" />
            <source>Import package</source>
            <translation>Import package</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="201" />
            <source>Measures of the open workshop</source>
            <translation>Measures of the open workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="126" />
            <source>Open a process model first.</source>
            <translation>Open a process model first.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="228" />
            <source>Open a process model of a register process first.</source>
            <translation>Open a process model of a register process first.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="211" />
            <source>Open a workshop and a process model first.</source>
            <translation>Open a workshop and a process model first.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="157" />
            <source>Open a workshop first.</source>
            <translation>Open a workshop first.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="191" />
            <source>Package imported.</source>
            <translation>Package imported.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="200" />
            <source>Pain points of the open model</source>
            <translation>Pain points of the open model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="234" />
            <source>PicXML files (*.xml)</source>
            <translation>PicXML files (*.xml)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="101" />
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="178" />
            <source>Reading the package…</source>
            <translation>Reading the package…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="98" />
            <source>Reading {name}…</source>
            <translation>Reading {name}…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="199" />
            <source>Steps of the open model</source>
            <translation>Steps of the open model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="204" />
            <source>What to export:</source>
            <translation>What to export:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="169" />
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="163" />
            <source>Workshop packages (*.werkstatt)</source>
            <translation>Workshop packages (*.werkstatt)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="139" />
            <source>Writing the BPMN file…</source>
            <translation>Writing the BPMN file…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="218" />
            <source>Writing the CSV file…</source>
            <translation>Writing the CSV file…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="235" />
            <source>Writing the fact sheet…</source>
            <translation>Writing the fact sheet…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="164" />
            <source>Writing the package…</source>
            <translation>Writing the package…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="150" />
            <source>Written to {path}.</source>
            <translation>Written to {path}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="113" />
            <source>The model “{name}” is here already (imported or drawn here before). Import it once more as a copy, with new ids?</source>
            <translation>The model “{name}” is here already (imported or drawn here before). Import it once more as a copy, with new ids?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/interchange_actions.py" line="183" />
            <source>Import the workshop package “{name}”? Its rows are merged into your workshops by their ids; nothing here is deleted, and newer rows here are kept.</source>
            <translation>Import the workshop package “{name}”? Its rows are merged into your workshops by their ids; nothing here is deleted, and newer rows here are kept.</translation>
        </message>
    </context>
    <context>
        <name>InterchangeCLI</name>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="95" />
            <source>There is no file {path}.</source>
            <translation>There is no file {path}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="137" />
            <source>Written to {path}.</source>
            <translation>Written to {path}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="74" />
            <source>a .werkstatt workshop package</source>
            <translation>a .werkstatt workshop package</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="67" />
            <source>a BPMN 2.0 file as a new register process with its model</source>
            <translation>a BPMN 2.0 file as a new register process with its model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="37" />
            <source>a process model as BPMN 2.0 with diagram interchange (bpmn.io, Camunda, Signavio, ADONIS)</source>
            <translation>a process model as BPMN 2.0 with diagram interchange (bpmn.io, Camunda, Signavio, ADONIS)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="41" />
            <source>a register process's fact sheet as PicXML 3.0 (PICTURE platform)</source>
            <translation>a register process's fact sheet as PicXML 3.0 (PICTURE platform)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="45" />
            <source>a workshop as a .werkstatt package, to hand to a colleague</source>
            <translation>a workshop as a .werkstatt package, to hand to a colleague</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="57" />
            <source>excel-de: semicolons and decimal commas for German Excel (default); rfc4180: plain CSV</source>
            <translation>excel-de: semicolons and decimal commas for German Excel (default); rfc4180: plain CSV</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="49" />
            <source>leave the participants out of the package</source>
            <translation>leave the participants out of the package</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="65" />
            <source>read a BPMN file or a workshop package</source>
            <translation>read a BPMN file or a workshop package</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="51" />
            <source>steps, pain points, measures or vote results as CSV</source>
            <translation>steps, pain points, measures or vote results as CSV</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="81" />
            <source>the file to write</source>
            <translation>the file to write</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="54" />
            <source>the model (steps), the workshop or model (pain points, measures) or the round (votes)</source>
            <translation>the model (steps), the workshop or model (pain points, measures) or the round (votes)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="70" />
            <source>the name of the new process</source>
            <translation>the name of the new process</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="33" />
            <source>the swimlane diagram as {format}</source>
            <translation>the swimlane diagram as {format}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="29" />
            <source>write a diagram, BPMN, a fact sheet, a workshop package or CSV</source>
            <translation>write a diagram, BPMN, a fact sheet, a workshop package or CSV</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="97" />
            <source>{path} cannot be read: {reason}.</source>
            <translation>{path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="89" />
            <source>{path} is a folder, not a file.</source>
            <translation>{path} is a folder, not a file.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="91" />
            <source>{path} is too large to import ({size} MB).</source>
            <translation>{path} is too large to import ({size} MB).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="151" />
            <source>The new model: {id}</source>
            <translation>The new model: {id}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="72" />
            <source>import with new ids, also when the model is already here</source>
            <translation>import with new ids, also when the model is already here</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="60" />
            <source>write cells that look like spreadsheet formulas (=, +, -, @) unchanged instead of prefixing an apostrophe</source>
            <translation>write cells that look like spreadsheet formulas (=, +, -, @) unchanged instead of prefixing an apostrophe</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/cli.py" line="119" />
            <source>Diagram written to {path}.</source>
            <translation>Diagram written to {path}.</translation>
        </message>
    </context>
    <context>
        <name>LaneGuard</name>
        <message>
            <location filename="../src/werkstatt/capture/lane_guard.py" line="99" />
            <source>New lane “{typed}”? Tab: “{existing}” · Enter: new lane</source>
            <translation>New lane “{typed}”? Tab: “{existing}” · Enter: new lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/lane_guard.py" line="103" />
            <source>Line {number}: {message}</source>
            <translation>Line {number}: {message}</translation>
        </message>
    </context>
    <context>
        <name>LaterPanels</name>
        <message>
            <location filename="../src/werkstatt/ui/later_panels.py" line="46" />
            <source>Messages from phones</source>
            <translation>Messages from phones</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/later_panels.py" line="67" />
            <source>Show messages from phones</source>
            <translation>Show messages from phones</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <location filename="../src/werkstatt/library/__init__.py" line="24" />
            <source>as-is</source>
            <translation>as-is</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/__init__.py" line="17" />
            <source>identified</source>
            <translation>identified</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/__init__.py" line="19" />
            <source>implemented</source>
            <translation>implemented</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/__init__.py" line="17" />
            <source>in survey</source>
            <translation>in survey</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/__init__.py" line="18" />
            <source>modelled</source>
            <translation>modelled</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/__init__.py" line="18" />
            <source>optimised</source>
            <translation>optimised</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/__init__.py" line="24" />
            <source>to-be</source>
            <translation>to-be</translation>
        </message>
    </context>
    <context>
        <name>LibraryCLI</name>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="95" />
            <source>--limit must be at least 1.</source>
            <translation>--limit must be at least 1.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="106" />
            <source>No process matches.</source>
            <translation>No process matches.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="147" />
            <source>There is no process “{given}”.</source>
            <translation>There is no process “{given}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="196" />
            <source>There is no status “{given}”; there are: {known}.</source>
            <translation>There is no status “{given}”; there are: {known}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="51" />
            <source>a process by its register key or id (the first characters of the id are enough)</source>
            <translation>a process by its register key or id (the first characters of the id are enough)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="167" />
            <source>library</source>
            <translation>library</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="48" />
            <source>no longer take processes along (what came stays)</source>
            <translation>no longer take processes along (what came stays)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="42" />
            <source>only processes this organisation owns or has a model of</source>
            <translation>only processes this organisation owns or has a model of</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="39" />
            <source>only this product area (its name or its number)</source>
            <translation>only this product area (its name or its number)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="40" />
            <source>only this status</source>
            <translation>only this status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="32" />
            <source>search the process library (register)</source>
            <translation>search the process library (register)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="44" />
            <source>show at most N processes (default {count})</source>
            <translation>show at most N processes (default {count})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="46" />
            <source>take processes along for workshops: the next sync brings their models, to work on them offline</source>
            <translation>take processes along for workshops: the next sync brings their models, to work on them offline</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="34" />
            <source>the processes whose fact sheet contains all the words, as the register tab finds them</source>
            <translation>the processes whose fact sheet contains all the words, as the register tab finds them</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="37" />
            <source>words that must all occur (any case, “ue” for “ü”)</source>
            <translation>words that must all occur (any case, “ue” for “ü”)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="165" />
            <source>{count} models</source>
            <translation>{count} models</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="129" />
            <source>{name}: no longer taken along.</source>
            <translation>{name}: no longer taken along.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="133" />
            <source>{name}: taken along; its models are on this laptop.</source>
            <translation>{name}: taken along; its models are on this laptop.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="131" />
            <source>{name}: taken along; its models come with the next sync.</source>
            <translation>{name}: taken along; its models come with the next sync.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="113" />
            <source>{shown} of {count} processes; --limit shows more.</source>
            <translation>{shown} of {count} processes; --limit shows more.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="149" />
            <source>“{given}” names more than one process; give more of its id.</source>
            <translation>“{given}” names more than one process; give more of its id.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="164" />
            <source>1 model</source>
            <translation>1 model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="68" />
            <source>Process map written to {path}.</source>
            <translation>Process map written to {path}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="29" />
            <source>paper size of the PDF pages (landscape)</source>
            <translation>paper size of the PDF pages (landscape)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="27" />
            <source>the file to write: .svg, .pdf, .png or .dot</source>
            <translation>the file to write: .svg, .pdf, .png or .dot</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/cli.py" line="24" />
            <source>write the process map (Prozesslandkarte) of the register, grouped by product area</source>
            <translation>write the process map (Prozesslandkarte) of the register, grouped by product area</translation>
        </message>
    </context>
    <context>
        <name>LibraryGuard</name>
        <message>
            <location filename="../src/werkstatt/store/library_guard.py" line="42" />
            <source>This belongs to the process library of {owner} and cannot be changed here; adopt the model as your own variant to change it.</source>
            <translation>This belongs to the process library of {owner} and cannot be changed here; adopt the model as your own variant to change it.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="305" />
            <source>&amp;About Werkstatt</source>
            <translation>&amp;About Werkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="255" />
            <source>&amp;Actual size</source>
            <translation>&amp;Actual size</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="228" />
            <source>&amp;Connect to a step (loop back)…</source>
            <translation>&amp;Connect to a step (loop back)…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="215" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="256" />
            <source>&amp;Fit the whole diagram</source>
            <translation>&amp;Fit the whole diagram</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="300" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="219" />
            <source>&amp;Insert after the selected step</source>
            <translation>&amp;Insert after the selected step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="303" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="293" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="272" />
            <source>&amp;Projector</source>
            <translation>&amp;Projector</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="213" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="196" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="291" />
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="194" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="245" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="200" />
            <source>&amp;Workshop</source>
            <translation>&amp;Workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="201" />
            <source>&amp;Workshops…</source>
            <translation>&amp;Workshops…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="476" />
            <source>About Werkstatt</source>
            <translation>About Werkstatt</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="241" />
            <source>Add a &amp;measure…</source>
            <translation>Add a &amp;measure…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="239" />
            <source>Add a &amp;pain point…</source>
            <translation>Add a &amp;pain point…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="93" />
            <source>Capture</source>
            <translation>Capture</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="230" />
            <source>Delete the selected step</source>
            <translation>Delete the selected step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="232" />
            <source>Edit the selected step's details</source>
            <translation>Edit the selected step's details</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="257" />
            <source>F&amp;ollow the selection</source>
            <translation>F&amp;ollow the selection</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="218" />
            <source>Go to the entry line</source>
            <translation>Go to the entry line</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="472" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="223" />
            <source>Move step &amp;down</source>
            <translation>Move step &amp;down</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="221" />
            <source>Move step &amp;up</source>
            <translation>Move step &amp;up</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="225" />
            <source>Move step to another &amp;lane…</source>
            <translation>Move step to another &amp;lane…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="97" />
            <source>Pain points and measures</source>
            <translation>Pain points and measures</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="141" />
            <source>Process model</source>
            <translation>Process model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="309" />
            <source>Process model:</source>
            <translation>Process model:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="118" />
            <source>Projector</source>
            <translation>Projector</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="473" />
            <source>The language changes when Werkstatt is started again.</source>
            <translation>The language changes when Werkstatt is started again.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="227" />
            <source>Turn into a &amp;decision</source>
            <translation>Turn into a &amp;decision</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="477" />
            <source>Werkstatt {version}: run process workshops, capture the process live and share the results.</source>
            <translation>Werkstatt {version}: run process workshops, capture the process live and share the results.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="307" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="252" />
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="254" />
            <source>Zoom &amp;out</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="268" />
            <source>Go to the &amp;votes</source>
            <translation>Go to the &amp;votes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="100" />
            <source>Voting</source>
            <translation>Voting</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="267" />
            <source>V&amp;oting</source>
            <translation>V&amp;oting</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="102" />
            <source>Protocol</source>
            <translation>Protocol</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="123" />
            <source>Analysis</source>
            <translation>Analysis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="105" />
            <source>Process register</source>
            <translation>Process register</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="286" />
            <source>Show the process &amp;register</source>
            <translation>Show the process &amp;register</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="284" />
            <source>Re&amp;gister</source>
            <translation>Re&amp;gister</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="209" />
            <source>Import and e&amp;xport</source>
            <translation>Import and e&amp;xport</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="301" />
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="136" />
            <source>Process (Ctrl+2)</source>
            <translation>Process (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="135" />
            <source>Workshop (Ctrl+1)</source>
            <translation>Workshop (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="248" />
            <source>&amp;Process page</source>
            <translation>&amp;Process page</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="246" />
            <source>&amp;Workshop page</source>
            <translation>&amp;Workshop page</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/main_window.py" line="206" />
            <source>P&amp;eople…</source>
            <translation>P&amp;eople…</translation>
        </message>
    </context>
    <context>
        <name>NetworkChoice</name>
        <message>
            <location filename="../src/werkstatt/ui/phones/network_choice.py" line="86" />
            <source>&amp;Network:</source>
            <translation>&amp;Network:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/network_choice.py" line="78" />
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/network_choice.py" line="76" />
            <source>Network for the phones</source>
            <translation>Network for the phones</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/network_choice.py" line="82" />
            <source>The phones must be in the same network: the room's Wi-Fi or this laptop's hotspot.</source>
            <translation>The phones must be in the same network: the room's Wi-Fi or this laptop's hotspot.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/network_choice.py" line="53" />
            <source>This laptop only (test)</source>
            <translation>This laptop only (test)</translation>
        </message>
    </context>
    <context>
        <name>NewRoundDialog</name>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="63" />
            <source>&amp;Cap per item:</source>
            <translation>&amp;Cap per item:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="61" />
            <source>&amp;Dots per person:</source>
            <translation>&amp;Dots per person:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="70" />
            <source>&amp;Entry:</source>
            <translation>&amp;Entry:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="60" />
            <source>&amp;Items:</source>
            <translation>&amp;Items:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="55" />
            <source>&amp;Method:</source>
            <translation>&amp;Method:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="66" />
            <source>&amp;Own proposals may be voted for</source>
            <translation>&amp;Own proposals may be voted for</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="82" />
            <source>&amp;Prepare round</source>
            <translation>&amp;Prepare round</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="54" />
            <source>&amp;Question:</source>
            <translation>&amp;Question:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="74" />
            <source>&amp;Scale:</source>
            <translation>&amp;Scale:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="65" />
            <source>1 means no stacking: one dot per item at most.</source>
            <translation>1 means no stacking: one dot per item at most.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="75" />
            <source>1–5</source>
            <translation>1–5</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="76" />
            <source>2×2 matrix (low/high)</source>
            <translation>2×2 matrix (low/high)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="63" />
            <source>Cap per item</source>
            <translation>Cap per item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="62" />
            <source>Dots per person</source>
            <translation>Dots per person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="70" />
            <source>Entry</source>
            <translation>Entry</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="58" />
            <source>Items voted on</source>
            <translation>Items voted on</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="124" />
            <source>Measure: {text}</source>
            <translation>Measure: {text}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="80" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="55" />
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="77" />
            <source>Minimum &amp;group size:</source>
            <translation>Minimum &amp;group size:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="78" />
            <source>Minimum group size for the breakdown</source>
            <translation>Minimum group size for the breakdown</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="49" />
            <source>New voting round</source>
            <translation>New voting round</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="216" />
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="192" />
            <source>Open a workshop first.</source>
            <translation>Open a workshop first.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="67" />
            <source>Own proposals may be voted for</source>
            <translation>Own proposals may be voted for</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="122" />
            <source>Pain point: {text}</source>
            <translation>Pain point: {text}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="52" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="74" />
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="51" />
            <source>Which pain points should we tackle first?</source>
            <translation>Which pain points should we tackle first?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="64" />
            <source>no cap</source>
            <translation>no cap</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="71" />
            <source>per person (a grid)</source>
            <translation>per person (a grid)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="72" />
            <source>totals read off the wall</source>
            <translation>totals read off the wall</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/dialogs.py" line="73" />
            <source>from the participants' phones</source>
            <translation>from the participants' phones</translation>
        </message>
    </context>
    <context>
        <name>NoNames</name>
        <message>
            <location filename="../src/werkstatt/protocol/no_names.py" line="34" />
            <source>a participant</source>
            <translation>a participant</translation>
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
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/note_agenda.py" line="23" />
            <source>Agenda item</source>
            <translation>Agenda item</translation>
        </message>
    </context>
    <context>
        <name>NoteEdits</name>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="41" />
            <source>A note is a decision, an open point or a next step.</source>
            <translation>A note is a decision, an open point or a next step.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="59" />
            <source>Add note</source>
            <translation>Add note</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="128" />
            <source>Add photo</source>
            <translation>Add photo</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="75" />
            <source>Change note</source>
            <translation>Change note</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="150" />
            <source>Change photo caption</source>
            <translation>Change photo caption</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="79" />
            <source>Delete note</source>
            <translation>Delete note</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="154" />
            <source>Delete photo</source>
            <translation>Delete photo</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="113" />
            <source>The JPEG picture is damaged: its size cannot be read.</source>
            <translation>The JPEG picture is damaged: its size cannot be read.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="52" />
            <source>The due date is not a date.</source>
            <translation>The due date is not a date.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="47" />
            <source>The note needs a text.</source>
            <translation>The note needs a text.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="88" />
            <source>The photo is larger than {limit} MB; please make it smaller first.</source>
            <translation>The photo is larger than {limit} MB; please make it smaller first.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="121" />
            <source>The picture is cut off: the file ends before the image does. Please copy it again from the camera or the phone.</source>
            <translation>The picture is cut off: the file ends before the image does. Please copy it again from the camera or the phone.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="118" />
            <source>The picture says it is {width} × {height} pixels, which cannot be right.</source>
            <translation>The picture says it is {width} × {height} pixels, which cannot be right.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="95" />
            <source>This file is not a PNG or JPEG picture.</source>
            <translation>This file is not a PNG or JPEG picture.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="44" />
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="50" />
            <source>note's owner</source>
            <translation>note's owner</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="149" />
            <location filename="../src/werkstatt/edits/notes.py" line="130" />
            <source>photo caption</source>
            <translation>photo caption</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="235" />
            <source>The file “{name}” cannot be read (error {code}).</source>
            <translation>The file “{name}” cannot be read (error {code}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="229" />
            <source>The file “{name}” does not exist (any more).</source>
            <translation>The file “{name}” does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="233" />
            <source>You may not read the file “{name}”.</source>
            <translation>You may not read the file “{name}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/notes.py" line="231" />
            <source>“{name}” is a folder, not a picture.</source>
            <translation>“{name}” is a folder, not a picture.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEdits</name>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="44" />
            <source>district (Kreis)</source>
            <translation>district (Kreis)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="211" />
            <source>lanes</source>
            <translation>lanes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="212" />
            <source>measures</source>
            <translation>measures</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="46" />
            <source>municipality (Gemeinde)</source>
            <translation>municipality (Gemeinde)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="47" />
            <source>other administration</source>
            <translation>other administration</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="48" />
            <source>outside party (citizens, businesses, TÜV …)</source>
            <translation>outside party (citizens, businesses, TÜV …)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="210" />
            <source>participants</source>
            <translation>participants</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="214" />
            <source>process models</source>
            <translation>process models</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="215" />
            <source>rate settings</source>
            <translation>rate settings</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="213" />
            <source>register processes</source>
            <translation>register processes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="217" />
            <source>sync settings</source>
            <translation>sync settings</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="45" />
            <source>town (Stadt)</source>
            <translation>town (Stadt)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="216" />
            <source>voters</source>
            <translation>voters</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="130" />
            <source>Add organisation</source>
            <translation>Add organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="168" />
            <source>Add the six administrations of the project</source>
            <translation>Add the six administrations of the project</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="248" />
            <source>An organisation cannot be merged into itself.</source>
            <translation>An organisation cannot be merged into itself.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="151" />
            <source>Change organisation</source>
            <translation>Change organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="310" />
            <source>Change organisation of lane</source>
            <translation>Change organisation of lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="288" />
            <source>Delete organisation</source>
            <translation>Delete organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="246" />
            <source>Merge organisations</source>
            <translation>Merge organisations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="70" />
            <source>Organisations have no field {name}.</source>
            <translation>Organisations have no field {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="76" />
            <source>The name of the organisation must be one line.</source>
            <translation>The name of the organisation must be one line.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="81" />
            <source>The short name must be one line.</source>
            <translation>The short name must be one line.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="103" />
            <source>The short name “{short}” is already used by “{name}”.</source>
            <translation>The short name “{short}” is already used by “{name}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="174" />
            <source>The six administrations of the project are already there.</source>
            <translation>The six administrations of the project are already there.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="100" />
            <source>There is already an organisation called “{name}”.</source>
            <translation>There is already an organisation called “{name}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="117" />
            <source>There is no organisation “{given}”; there are: {known}.</source>
            <translation>There is no organisation “{given}”; there are: {known}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="258" />
            <source>This laptop syncs with the register as “{name}”; merge the other organisation into it instead.</source>
            <translation>This laptop syncs with the register as “{name}”; merge the other organisation into it instead.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="83" />
            <source>Unknown kind of organisation: {kind}. Use one of: {kinds}.</source>
            <translation>Unknown kind of organisation: {kind}. Use one of: {kinds}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="73" />
            <source>name of the organisation</source>
            <translation>name of the organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="78" />
            <source>short name</source>
            <translation>short name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/organisations.py" line="294" />
            <source>“{name}” is still named by {uses}; merge it into another organisation instead, or change those first.</source>
            <translation>“{name}” is still named by {uses}; merge it into another organisation instead, or change those first.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationManager</name>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="143" />
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="141" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="112" />
            <source>&amp;Into:</source>
            <translation>&amp;Into:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="79" />
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="142" />
            <source>&amp;Merge into…</source>
            <translation>&amp;Merge into…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="71" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="140" />
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="72" />
            <source>&amp;Short name:</source>
            <translation>&amp;Short name:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="152" />
            <source>Add from the &amp;register</source>
            <translation>Add from the &amp;register</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="156" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="75" />
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="53" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="109" />
            <source>Merge into</source>
            <translation>Merge into</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="100" />
            <source>Merge “{name}” into …</source>
            <translation>Merge “{name}” into …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="136" />
            <source>Message</source>
            <translation>Message</translation>
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
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="151" />
            <source>Organisations of the register</source>
            <translation>Organisations of the register</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="103" />
            <source>Participants, lanes, measures and processes of “{name}” then belong to the organisation chosen here; “{name}” is removed.</source>
            <translation>Participants, lanes, measures and processes of “{name}” then belong to the organisation chosen here; “{name}” is removed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="52" />
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="147" />
            <source>Starting set: the project's six administrations</source>
            <translation>Starting set: the project's six administrations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/organisations.py" line="118" />
            <source>There is no other organisation to merge into.</source>
            <translation>There is no other organisation to merge into.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationValidation</name>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="89" />
            <source>name of the organisation</source>
            <translation>name of the organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="90" />
            <source>short name</source>
            <translation>short name</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsCLI</name>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="208" />
            <source>Added: {names}.</source>
            <translation>Added: {names}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="201" />
            <source>Give either a name or --starting-set, not both.</source>
            <translation>Give either a name or --starting-set, not both.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="212" />
            <source>Give the name of the organisation to add.</source>
            <translation>Give the name of the organisation to add.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="215" />
            <source>Organisation added (id {id}).</source>
            <translation>Organisation added (id {id}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="228" />
            <source>Organisation “{name}” changed.</source>
            <translation>Organisation “{name}” changed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="234" />
            <source>Organisation “{name}” removed.</source>
            <translation>Organisation “{name}” removed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="226" />
            <source>Say what to change: a new name, --short or --kind.</source>
            <translation>Say what to change: a new name, --short or --kind.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="205" />
            <source>The six administrations of the project are already there.</source>
            <translation>The six administrations of the project are already there.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="248" />
            <source>There are no organisations yet; “werkstatt organisations starter” adds the six administrations of the project.</source>
            <translation>There are no organisations yet; “werkstatt organisations starter” adds the six administrations of the project.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="48" />
            <source>add an organisation</source>
            <translation>add an organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="55" />
            <source>add the six administrations of the project (those not there yet)</source>
            <translation>add the six administrations of the project (those not there yet)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="54" />
            <source>add the six administrations of the project instead</source>
            <translation>add the six administrations of the project instead</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="57" />
            <source>change an organisation's name, short name or kind</source>
            <translation>change an organisation's name, short name or kind</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="59" />
            <source>id, name or short name</source>
            <translation>id, name or short name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="52" />
            <source>its kind (extern: citizens, businesses, TÜV …)</source>
            <translation>its kind (extern: citizens, businesses, TÜV …)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="50" />
            <source>its short name</source>
            <translation>its short name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="44" />
            <source>list, add, rename or remove the organisations</source>
            <translation>list, add, rename or remove the organisations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="63" />
            <source>merge one organisation into another</source>
            <translation>merge one organisation into another</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="66" />
            <source>remove an organisation nothing names</source>
            <translation>remove an organisation nothing names</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="62" />
            <source>the new kind</source>
            <translation>the new kind</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="61" />
            <source>the new short name</source>
            <translation>the new short name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="47" />
            <source>the organisations on this laptop</source>
            <translation>the organisations on this laptop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="231" />
            <source>“{name}” was merged into “{into}”.</source>
            <translation>“{name}” was merged into “{into}”.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../src/werkstatt/ui/projector/overview.py" line="69" />
            <source>Overview of the whole process</source>
            <translation>Overview of the whole process</translation>
        </message>
    </context>
    <context>
        <name>Package</name>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="277" />
            <source>The file {path} is not a Werkstatt package (its manifest names another format).</source>
            <translation>The file {path} is not a Werkstatt package (its manifest names another format).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="176" />
            <source>The file {path} is not a readable Werkstatt package (damaged or of another kind).</source>
            <translation>The file {path} is not a readable Werkstatt package (damaged or of another kind).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="163" />
            <source>The package {path} cannot be read: {reason}.</source>
            <translation>The package {path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="283" />
            <source>The package {path} has format version {theirs}, but this Werkstatt reads format version {ours} only: update Werkstatt to import it.</source>
            <translation>The package {path} has format version {theirs}, but this Werkstatt reads format version {ours} only: update Werkstatt to import it.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="154" />
            <source>The package {path} was refused: {reason}</source>
            <translation>The package {path} was refused: {reason}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="391" />
            <source>a row of “{name}” has no value for “{column}”.</source>
            <translation>a row of “{name}” has no value for “{column}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="350" />
            <source>it does not contain the workshop its manifest names.</source>
            <translation>it does not contain the workshop its manifest names.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="213" />
            <source>it has no manifest.json.</source>
            <translation>it has no manifest.json.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="337" />
            <source>it holds more than {limit} rows.</source>
            <translation>it holds more than {limit} rows.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="184" />
            <source>it holds {n} files, more than the {limit} allowed.</source>
            <translation>it holds {n} files, more than the {limit} allowed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="221" />
            <location filename="../src/werkstatt/interchange/package_read.py" line="210" />
            <source>its content would take more than {limit} MB unpacked.</source>
            <translation>its content would take more than {limit} MB unpacked.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="252" />
            <source>the content of “{name}” does not match its checksum in the manifest.</source>
            <translation>the content of “{name}” does not match its checksum in the manifest.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="347" />
            <source>the entry “{name}” belongs to no row.</source>
            <translation>the entry “{name}” belongs to no row.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="198" />
            <source>the entry “{name}” has a name Werkstatt does not write.</source>
            <translation>the entry “{name}” has a name Werkstatt does not write.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="191" />
            <source>the entry “{name}” has an absolute path.</source>
            <translation>the entry “{name}” has an absolute path.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="196" />
            <source>the entry “{name}” is a symbolic link.</source>
            <translation>the entry “{name}” is a symbolic link.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="201" />
            <source>the entry “{name}” is encrypted.</source>
            <translation>the entry “{name}” is encrypted.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="229" />
            <source>the entry “{name}” is larger than its directory says.</source>
            <translation>the entry “{name}” is larger than its directory says.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="240" />
            <source>the entry “{name}” is not listed in the manifest.</source>
            <translation>the entry “{name}” is not listed in the manifest.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="327" />
            <source>the entry “{name}” is not part of a Werkstatt package.</source>
            <translation>the entry “{name}” is not part of a Werkstatt package.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="206" />
            <source>the entry “{name}” occurs twice.</source>
            <translation>the entry “{name}” occurs twice.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="193" />
            <source>the entry “{name}” points outside the package (“..”).</source>
            <translation>the entry “{name}” points outside the package (“..”).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="203" />
            <source>the entry “{name}” uses a compression Werkstatt does not write.</source>
            <translation>the entry “{name}” uses a compression Werkstatt does not write.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="166" />
            <source>the file is larger than {limit} MB.</source>
            <translation>the file is larger than {limit} MB.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="246" />
            <source>the manifest lists “{name}”, which is missing.</source>
            <translation>the manifest lists “{name}”, which is missing.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="342" />
            <source>the row {id} occurs twice in “{name}”.</source>
            <translation>the row {id} occurs twice in “{name}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="248" />
            <source>the size of “{name}” does not match the manifest.</source>
            <translation>the size of “{name}” does not match the manifest.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="272" />
            <source>“{name}” does not have the expected structure.</source>
            <translation>“{name}” does not have the expected structure.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="377" />
            <source>“{name}” has a column “{column}” this Werkstatt does not know; the package may come from a newer version.</source>
            <translation>“{name}” has a column “{column}” this Werkstatt does not know; the package may come from a newer version.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="268" />
            <source>“{name}” is not valid JSON.</source>
            <translation>“{name}” is not valid JSON.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="401" />
            <source>the value of “{column}” in the row {id} of “{name}” has the wrong type or an unknown value.</source>
            <translation>the value of “{column}” in the row {id} of “{name}” has the wrong type or an unknown value.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package_read.py" line="367" />
            <source>the photo {id}: {reason}</source>
            <translation>the photo {id}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PackageWrite</name>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="267" />
            <source>Import workshop “{title}”</source>
            <translation>Import workshop “{title}”</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="242" />
            <source>Organisations taken as the ones already here (same name): {names}.</source>
            <translation>Organisations taken as the ones already here (same name): {names}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="105" />
            <source>The package cannot be written to {path}: {reason}.</source>
            <translation>The package cannot be written to {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="308" />
            <source>The package does not fit the data here (a row it names is missing or would exist twice); nothing was imported.</source>
            <translation>The package does not fit the data here (a row it names is missing or would exist twice); nothing was imported.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="441" />
            <source>The package refers to a row that neither it nor this database contains ({table} {id}); nothing was imported.</source>
            <translation>The package refers to a row that neither it nor this database contains ({table} {id}); nothing was imported.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="85" />
            <source>There is no workshop with the id {id}.</source>
            <translation>There is no workshop with the id {id}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="238" />
            <source>Workshop “{title}” imported: {created} rows new, {updated} updated, {unchanged} unchanged.</source>
            <translation>Workshop “{title}” imported: {created} rows new, {updated} updated, {unchanged} unchanged.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="250" />
            <source>{n} rows belong to another organisation's process library and were left unchanged.</source>
            <translation>{n} rows belong to another organisation's process library and were left unchanged.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="253" />
            <source>{n} rows were already here under another id and were skipped.</source>
            <translation>{n} rows were already here under another id and were skipped.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/package.py" line="247" />
            <source>{n} rows were kept as they are here, because they were changed here more recently.</source>
            <translation>{n} rows were kept as they are here, because they were changed here more recently.</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <location filename="../src/werkstatt/people/erasure.py" line="279" />
            <location filename="../src/werkstatt/people/erasure.py" line="108" />
            <source>Participant {n}</source>
            <translation>Participant {n}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/erasure.py" line="164" />
            <source>Several people are called {name}: give the id instead (“werkstatt people list” shows it).</source>
            <translation>Several people are called {name}: give the id instead (“werkstatt people list” shows it).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/erasure.py" line="362" />
            <source>The backup {path} could not be deleted: {reason}.</source>
            <translation>The backup {path} could not be deleted: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/erasure.py" line="425" />
            <source>The retention must be at least one month.</source>
            <translation>The retention must be at least one month.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/erasure.py" line="154" />
            <source>There is no person with the id or name {id}.</source>
            <translation>There is no person with the id or name {id}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/erasure.py" line="94" />
            <source>{rows} rows that mention the name belong to the library of {organisation} and are held in the register: {organisation} must erase the name there.</source>
            <translation>{rows} rows that mention the name belong to the library of {organisation} and are held in the register: {organisation} must erase the name there.</translation>
        </message>
    </context>
    <context>
        <name>PeopleCLI</name>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="139" />
            <source>Another program (an open Werkstatt window?) is using the database: the old text leaves the file when it is closed.</source>
            <translation>Another program (an open Werkstatt window?) is using the database: the old text leaves the file when it is closed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="116" />
            <source>Erased: {rows} rows no longer hold the name; {backups} backups deleted.</source>
            <translation>Erased: {rows} rows no longer hold the name; {backups} backups deleted.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="180" />
            <source>Erasing cannot be undone, and an open window drops its undo history for it.</source>
            <translation>Erasing cannot be undone, and an open window drops its undo history for it.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="167" />
            <source>Erasing {name} replaces the name by a placeholder and removes the function; the organisation, attendance and votes stay.</source>
            <translation>Erasing {name} replaces the name by a placeholder and removes the function; the organisation, attendance and votes stay.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="112" />
            <source>Nothing was changed: add --yes to erase {name}.</source>
            <translation>Nothing was changed: add --yes to erase {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="155" />
            <source>There are no people on this laptop.</source>
            <translation>There are no people on this laptop.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="177" />
            <source>These backups still hold the name (--purge-backups deletes them):</source>
            <translation>These backups still hold the name (--purge-backups deletes them):</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="175" />
            <source>These backups still hold the name and will be deleted:</source>
            <translation>These backups still hold the name and will be deleted:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="82" />
            <source>also delete the backups that still hold the name</source>
            <translation>also delete the backups that still hold the name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="83" />
            <source>anonymise the people whose last workshop is older than a limit</source>
            <translation>anonymise the people whose last workshop is older than a limit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="76" />
            <source>erase a person's name and function everywhere (cannot be undone)</source>
            <translation>erase a person's name and function everywhere (cannot be undone)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="30" />
            <source>give the age as a number of months from 1 to {max} followed by m, such as 12m, not “{value}”</source>
            <translation>give the age as a number of months from 1 to {max} followed by m, such as 12m, not “{value}”</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="78" />
            <source>id, id prefix or exact name</source>
            <translation>id, id prefix or exact name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="72" />
            <source>list, erase or anonymise the people (personal data)</source>
            <translation>list, erase or anonymise the people (personal data)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="79" />
            <source>really erase (without it: only show what would happen)</source>
            <translation>really erase (without it: only show what would happen)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="86" />
            <source>the limit in months, such as 12m</source>
            <translation>the limit in months, such as 12m</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="75" />
            <source>the people on this laptop</source>
            <translation>the people on this laptop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="160" />
            <source>{count} workshops, last {date}</source>
            <translation>{count} workshops, last {date}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="122" />
            <source>{people} people anonymised ({rows} rows), {tombstones} deleted rows purged, {backups} older backups deleted.</source>
            <translation>{people} people anonymised ({rows} rows), {tombstones} deleted rows purged, {backups} older backups deleted.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/people/cli.py" line="142" />
            <source>Other rows still contain the letters of the name (another person of that name, or a word that is no mention of the person), so the file still holds them.</source>
            <translation>Other rows still contain the letters of the name (another person of that name, or a word that is no mention of the person), so the file still holds them.</translation>
        </message>
    </context>
    <context>
        <name>PeopleManager</name>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="116" />
            <source>&amp;Erase</source>
            <translation>&amp;Erase</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="197" />
            <source>&amp;Erase person…</source>
            <translation>&amp;Erase person…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="165" />
            <source>1 person anonymised after {months} months</source>
            <translation>1 person anonymised after {months} months</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="113" />
            <source>Also delete these &amp;backups</source>
            <translation>Also delete these &amp;backups</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="214" />
            <source>Anonymise the names of participants</source>
            <translation>Anonymise the names of participants</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="81" />
            <source>Backups that still hold the name:</source>
            <translation>Backups that still hold the name:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="218" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="204" />
            <source>Erase person</source>
            <translation>Erase person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="156" />
            <source>Erase person (GDPR) …</source>
            <translation>Erase person (GDPR) …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="99" />
            <source>Erase “{name}”</source>
            <translation>Erase “{name}”</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="53" />
            <source>Function</source>
            <translation>Function</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="54" />
            <source>Last workshop</source>
            <translation>Last workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="212" />
            <source>Months after the workshop</source>
            <translation>Months after the workshop</translation>
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
            <translation>People</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="78" />
            <source>Rows concerned:</source>
            <translation>Rows concerned:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="101" />
            <source>The name and function of “{name}” are replaced by a placeholder everywhere on this laptop; votes and attendance stay counted. This cannot be undone.</source>
            <translation>The name and function of “{name}” are replaced by a placeholder everywhere on this laptop; votes and attendance stay counted. This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="130" />
            <source>The name leaves the database file when Werkstatt starts again.</source>
            <translation>The name leaves the database file when Werkstatt starts again.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="110" />
            <source>The undo history is cleared, so that the name cannot come back.</source>
            <translation>The undo history is cleared, so that the name cannot come back.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="108" />
            <source>What is erased</source>
            <translation>What is erased</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="54" />
            <source>Workshops</source>
            <translation>Workshops</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="70" />
            <source>agenda items that name them</source>
            <translation>agenda items that name them</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="64" />
            <source>invitations to workshops (kept without the name)</source>
            <translation>invitations to workshops (kept without the name)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="67" />
            <source>measures that name them</source>
            <translation>measures that name them</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="216" />
            <source>months after the workshop (when Werkstatt starts)</source>
            <translation>months after the workshop (when Werkstatt starts)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="210" />
            <source>never (off)</source>
            <translation>never (off)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="72" />
            <source>open sync conflicts that name them</source>
            <translation>open sync conflicts that name them</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="68" />
            <source>pain points that name them</source>
            <translation>pain points that name them</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="71" />
            <source>photo captions that name them</source>
            <translation>photo captions that name them</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="63" />
            <source>the person's name and function</source>
            <translation>the person's name and function</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="65" />
            <source>voters of voting rounds (kept without the name)</source>
            <translation>voters of voting rounds (kept without the name)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="66" />
            <source>workshop notes that name them</source>
            <translation>workshop notes that name them</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="69" />
            <source>workshops that name them (facilitator, goal)</source>
            <translation>workshops that name them (facilitator, goal)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="166" />
            <source>{count} people anonymised after {months} months</source>
            <translation>{count} people anonymised after {months} months</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/people.py" line="128" />
            <source>“{name}” erased.</source>
            <translation>“{name}” erased.</translation>
        </message>
    </context>
    <context>
        <name>PhoneBridge</name>
        <message>
            <location filename="../src/werkstatt/ui/phones/bridge.py" line="164" />
            <source>Open a process model first: the messages belong to one.</source>
            <translation>Open a process model first: the messages belong to one.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/bridge.py" line="218" />
            <source>The phones cannot be let in: {reason}</source>
            <translation>The phones cannot be let in: {reason}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/bridge.py" line="137" />
            <source>The voting round is gone.</source>
            <translation>The voting round is gone.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/bridge.py" line="144" />
            <source>This round has been revealed; reopen it first.</source>
            <translation>This round has been revealed; reopen it first.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/bridge.py" line="140" />
            <source>This round takes its votes in the grid or from the wall; prepare a round “from the participants' phones” for that.</source>
            <translation>This round takes its votes in the grid or from the wall; prepare a round “from the participants' phones” for that.</translation>
        </message>
    </context>
    <context>
        <name>PhoneCLI</name>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="101" />
            <source>Open for phones: {url}  (code {code})</source>
            <translation>Open for phones: {url}  (code {code})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="102" />
            <source>Serving until the round is revealed; Ctrl+C stops.</source>
            <translation>Serving until the round is revealed; Ctrl+C stops.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="122" />
            <source>Stopped serving the round.</source>
            <translation>Stopped serving the round.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="81" />
            <source>This round has been revealed; reopen it first.</source>
            <translation>This round has been revealed; reopen it first.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="77" />
            <source>This round takes its votes in the grid or from the wall; prepare a round “from phones” to open it for phones.</source>
            <translation>This round takes its votes in the grid or from the wall; prepare a round “from phones” to open it for phones.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="37" />
            <source>how long the result stays reachable after the reveal (default: 30)</source>
            <translation>how long the result stays reachable after the reveal (default: 30)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="28" />
            <source>open a voting round for the phones in the room, without a window</source>
            <translation>open a voting round for the phones in the room, without a window</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="32" />
            <source>the address of this computer in the room's network (default: 127.0.0.1, this computer only)</source>
            <translation>the address of this computer in the room's network (default: 127.0.0.1, this computer only)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="35" />
            <source>the port (default: the first free one of 8730–8739; 0: any free port)</source>
            <translation>the port (default: the first free one of 8730–8739; 0: any free port)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/cli.py" line="48" />
            <source>“{text}” is not a port number (0 to 65535).</source>
            <translation>“{text}” is not a port number (0 to 65535).</translation>
        </message>
    </context>
    <context>
        <name>PhoneInbox</name>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="92" />
            <source>&amp;Accept</source>
            <translation>&amp;Accept</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="90" />
            <source>&amp;Category:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="137" />
            <source>&amp;Edit …</source>
            <translation>&amp;Edit …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="89" />
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="179" />
            <source>(the whole process)</source>
            <translation>(the whole process)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="136" />
            <source>A&amp;ccept</source>
            <translation>A&amp;ccept</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="127" />
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="84" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="138" />
            <source>D&amp;iscard</source>
            <translation>D&amp;iscard</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="78" />
            <source>Edit message</source>
            <translation>Edit message</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="127" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="126" />
            <source>Messages from the phones</source>
            <translation>Messages from the phones</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="70" />
            <source>Pain point</source>
            <translation>Pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="202" />
            <source>Phones send to {address}, code {code}</source>
            <translation>Phones send to {address}, code {code}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="70" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="128" />
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="122" />
            <location filename="../src/werkstatt/ui/phones/inbox.py" line="121" />
            <source>Take messages from phones</source>
            <translation>Take messages from phones</translation>
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
            <translation>Pick one network (the hotspot or the room's Wi-Fi), not all of them: {host} would offer the round on every network.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/network.py" line="45" />
            <source>{host} is reachable from the internet; phones join only over a local network (Wi-Fi or hotspot).</source>
            <translation>{host} is reachable from the internet; phones join only over a local network (Wi-Fi or hotspot).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/network.py" line="40" />
            <source>“{host}” is not an IP address of this computer.</source>
            <translation>“{host}” is not an IP address of this computer.</translation>
        </message>
    </context>
    <context>
        <name>PhoneRoom</name>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="205" />
            <source>No voting round is open for phones right now.</source>
            <translation>No voting round is open for phones right now.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="193" />
            <source>The facilitator is not taking pain points from phones right now.</source>
            <translation>The facilitator is not taking pain points from phones right now.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="233" />
            <source>The voting round is gone.</source>
            <translation>The voting round is gone.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="141" />
            <source>This code is not valid (any more). Scan the code on the projector again.</source>
            <translation>This code is not valid (any more). Scan the code on the projector again.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="184" />
            <source>This phone has not joined the round. Scan the code again.</source>
            <translation>This phone has not joined the round. Scan the code again.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="178" />
            <source>Too many ballots from this phone; wait a moment and send again.</source>
            <translation>Too many ballots from this phone; wait a moment and send again.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="195" />
            <source>Too many messages from this phone; wait a minute.</source>
            <translation>Too many messages from this phone; wait a minute.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="166" />
            <source>Too many phones joined from this address; wait a moment.</source>
            <translation>Too many phones joined from this address; wait a moment.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="145" />
            <source>Too many requests from this phone; wait a moment.</source>
            <translation>Too many requests from this phone; wait a moment.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="140" />
            <source>Too many wrong codes from this device; wait a minute.</source>
            <translation>Too many wrong codes from this device; wait a minute.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/room.py" line="186" />
            <source>phone {n}</source>
            <translation>phone {n}</translation>
        </message>
    </context>
    <context>
        <name>PhoneServer</name>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="276" />
            <source>Dots and ratings cannot be negative.</source>
            <translation>Dots and ratings cannot be negative.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="141" />
            <source>No free port to listen on at {host} ({first}–{last}): {reason}</source>
            <translation>No free port to listen on at {host} ({first}–{last}): {reason}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="178" />
            <source>Not found.</source>
            <translation>Not found.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="163" />
            <source>Only phones in the room's network may join.</source>
            <translation>Only phones in the room's network may join.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="274" />
            <source>Only whole numbers can be given.</source>
            <translation>Only whole numbers can be given.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="181" />
            <source>Something went wrong on the laptop; please try again.</source>
            <translation>Something went wrong on the laptop; please try again.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="265" />
            <source>The ballot could not be read.</source>
            <translation>The ballot could not be read.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="257" />
            <location filename="../src/werkstatt/phones/server.py" line="205" />
            <location filename="../src/werkstatt/phones/server.py" line="203" />
            <source>The request could not be read.</source>
            <translation>The request could not be read.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="174" />
            <source>The request is too large.</source>
            <translation>The request is too large.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="166" />
            <source>This request did not come from the voting page.</source>
            <translation>This request did not come from the voting page.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/phones/server.py" line="176" />
            <source>This request is not allowed.</source>
            <translation>This request is not allowed.</translation>
        </message>
    </context>
    <context>
        <name>PhoneVoting</name>
        <message>
            <location filename="../src/werkstatt/ui/phones/voting_actions.py" line="56" />
            <source>&amp;Close for phones</source>
            <translation>&amp;Close for phones</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/voting_actions.py" line="101" />
            <source>Choose a voting round first.</source>
            <translation>Choose a voting round first.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/voting_actions.py" line="53" />
            <source>Open for &amp;phones</source>
            <translation>Open for &amp;phones</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/voting_actions.py" line="54" />
            <source>Open the round and show the code for the phones on the projector</source>
            <translation>Open the round and show the code for the phones on the projector</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/voting_actions.py" line="57" />
            <source>Take back the last phone ballot</source>
            <translation>Take back the last phone ballot</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/voting_actions.py" line="39" />
            <source>not open for phones</source>
            <translation>not open for phones</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/phones/voting_actions.py" line="36" />
            <source>phones join at {address}, code {code}</source>
            <translation>phones join at {address}, code {code}</translation>
        </message>
    </context>
    <context>
        <name>Photos</name>
        <message>
            <location filename="../src/werkstatt/files/photos.py" line="71" />
            <source>The JPEG picture is damaged: its structure cannot be read.</source>
            <translation>The JPEG picture is damaged: its structure cannot be read.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/files/photos.py" line="144" />
            <source>The PNG picture is damaged: its structure cannot be read.</source>
            <translation>The PNG picture is damaged: its structure cannot be read.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/files/photos.py" line="216" />
            <location filename="../src/werkstatt/files/photos.py" line="210" />
            <source>The photo cannot be turned upright because its picture cannot be read.</source>
            <translation>The photo cannot be turned upright because its picture cannot be read.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/files/photos.py" line="58" />
            <source>This file is not a PNG or JPEG picture.</source>
            <translation>This file is not a PNG or JPEG picture.</translation>
        </message>
    </context>
    <context>
        <name>PicXML</name>
        <message>
            <location filename="../src/werkstatt/interchange/picxml.py" line="113" />
            <source>The fact sheet cannot be written to {path}: {reason}.</source>
            <translation>The fact sheet cannot be written to {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/interchange/picxml.py" line="77" />
            <source>There is no register process with the id {id}.</source>
            <translation>There is no register process with the id {id}.</translation>
        </message>
    </context>
    <context>
        <name>ProcessMap</name>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="212" />
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="137" />
            <source>Process map</source>
            <translation>Process map</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="201" />
            <source>dashed: from another organisation's library</source>
            <translation>dashed: from another organisation's library</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="278" />
            <source>All product areas</source>
            <translation>All product areas</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="220" />
            <source>Each box on the area pages: register key and number of models, name, status and lead organisation.</source>
            <translation>Each box on the area pages: register key and number of models, name, status and lead organisation.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="255" />
            <source>Lead organisations</source>
            <translation>Lead organisations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="211" />
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="237" />
            <source>Overview — page {page} of {pages}</source>
            <translation>Overview — page {page} of {pages}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="178" />
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="177" />
            <source>Process map · as of {date}</source>
            <translation>Process map · as of {date}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="248" />
            <source>Processes</source>
            <translation>Processes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="327" />
            <source>Processes in this area: {count}</source>
            <translation>Processes in this area: {count}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="216" />
            <source>Processes: {count} · product areas: {areas} · from other organisations' libraries: {library}</source>
            <translation>Processes: {count} · product areas: {areas} · from other organisations' libraries: {library}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="246" />
            <source>Product area</source>
            <translation>Product area</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="423" />
            <source>Unknown paper size {paper}: choose A4 or A3.</source>
            <translation>Unknown paper size {paper}: choose A4 or A3.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="212" />
            <source>as of {date}</source>
            <translation>as of {date}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="253" />
            <source>by status</source>
            <translation>by status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="348" />
            <source>models: {count}</source>
            <translation>models: {count}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="293" />
            <source>no lead</source>
            <translation>no lead</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map_pdf.py" line="326" />
            <source>{area} — page {page} of {pages}</source>
            <translation>{area} — page {page} of {pages}</translation>
        </message>
    </context>
    <context>
        <name>ProcessMapDialog</name>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="50" />
            <source>&amp;Save as…</source>
            <translation>&amp;Save as…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="75" />
            <source>Graphviz DOT (*.dot)</source>
            <translation>Graphviz DOT (*.dot)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="72" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="74" />
            <source>PNG picture (*.png)</source>
            <translation>PNG picture (*.png)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="42" />
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="41" />
            <source>Process map</source>
            <translation>Process map</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="44" />
            <source>Process map grouped by product area</source>
            <translation>Process map grouped by product area</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="98" />
            <source>Process map not saved</source>
            <translation>Process map not saved</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="73" />
            <source>SVG picture (*.svg)</source>
            <translation>SVG picture (*.svg)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="76" />
            <source>Save process map</source>
            <translation>Save process map</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="51" />
            <source>Save process map as</source>
            <translation>Save process map as</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="100" />
            <source>Saved to {path}.</source>
            <translation>Saved to {path}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_dialog.py" line="77" />
            <source>process-map</source>
            <translation>process-map</translation>
        </message>
    </context>
    <context>
        <name>ProcessMapFile</name>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="247" />
            <location filename="../src/werkstatt/library/process_map.py" line="243" />
            <source>Graphviz could not draw the process map: {reason}.</source>
            <translation>Graphviz could not draw the process map: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="236" />
            <source>Graphviz is not installed (the program dot is missing): install the package graphviz.</source>
            <translation>Graphviz is not installed (the program dot is missing): install the package graphviz.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="205" />
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="180" />
            <source>Process map</source>
            <translation>Process map</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="262" />
            <location filename="../src/werkstatt/library/process_map.py" line="223" />
            <source>Unknown format {format}: the file name must end in .svg, .pdf, .png or .dot.</source>
            <translation>Unknown format {format}: the file name must end in .svg, .pdf, .png or .dot.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="214" />
            <source>[status · lead organisation]</source>
            <translation>[status · lead organisation]</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="211" />
            <source>dashed: from another organisation's library</source>
            <translation>dashed: from another organisation's library</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="153" />
            <source>without product area</source>
            <translation>without product area</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="277" />
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} cannot be written: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/process_map.py" line="266" />
            <source>{path} is a folder; give a file name.</source>
            <translation>{path} is a folder; give a file name.</translation>
        </message>
    </context>
    <context>
        <name>ProcessMapView</name>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="286" />
            <source>&amp;Whole map</source>
            <translation>&amp;Whole map</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="282" />
            <source>Find processes on the map…</source>
            <translation>Find processes on the map…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="325" />
            <source>Loading the map…</source>
            <translation>Loading the map…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="280" />
            <source>Process map</source>
            <translation>Process map</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="291" />
            <source>Process map grouped by product area</source>
            <translation>Process map grouped by product area</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="190" />
            <source>Processes: {count}</source>
            <translation>Processes: {count}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="283" />
            <source>Search the process map</source>
            <translation>Search the process map</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="390" />
            <location filename="../src/werkstatt/ui/register/map_view.py" line="192" />
            <source>found: {count}</source>
            <translation>found: {count}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/map_view.py" line="353" />
            <source>The register has no processes yet.</source>
            <translation>The register has no processes yet.</translation>
        </message>
    </context>
    <context>
        <name>ProcessSearch</name>
        <message>
            <location filename="../src/werkstatt/library/search.py" line="82" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/search.py" line="82" />
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/search.py" line="81" />
            <source>Register key</source>
            <translation>Register key</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/search.py" line="81" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
    </context>
    <context>
        <name>ProductAreas</name>
        <message>
            <location filename="../src/werkstatt/library/product_areas.py" line="70" />
            <source>The file {path} cannot be read: {reason}.</source>
            <translation>The file {path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/product_areas.py" line="76" />
            <location filename="../src/werkstatt/library/product_areas.py" line="73" />
            <source>The file {path} is not a JSON list of product areas.</source>
            <translation>The file {path} is not a JSON list of product areas.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/library/product_areas.py" line="80" />
            <location filename="../src/werkstatt/library/product_areas.py" line="60" />
            <source>The list of product areas is empty.</source>
            <translation>The list of product areas is empty.</translation>
        </message>
    </context>
    <context>
        <name>ProjectorController</name>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="107" />
            <source>&amp;Black screen</source>
            <translation>&amp;Black screen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="108" />
            <source>&amp;Freeze picture</source>
            <translation>&amp;Freeze picture</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="110" />
            <source>&amp;Room and readability…</source>
            <translation>&amp;Room and readability…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="109" />
            <source>&amp;Swap screens</source>
            <translation>&amp;Swap screens</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="170" />
            <source>Only one screen: the projector is a preview window.</source>
            <translation>Only one screen: the projector is a preview window.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="113" />
            <source>Show &amp;agenda</source>
            <translation>Show &amp;agenda</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="111" />
            <source>Show &amp;diagram</source>
            <translation>Show &amp;diagram</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="106" />
            <source>Show &amp;projector</source>
            <translation>Show &amp;projector</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="112" />
            <source>Show pain p&amp;oints</source>
            <translation>Show pain p&amp;oints</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="159" />
            <source>The projector is off.</source>
            <translation>The projector is off.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="179" />
            <source>The projector shows on screen {name}.</source>
            <translation>The projector shows on screen {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="189" />
            <location filename="../src/werkstatt/ui/projector/controller.py" line="184" />
            <source>There is no second screen to swap with.</source>
            <translation>There is no second screen to swap with.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="114" />
            <source>Show &amp;vote</source>
            <translation>Show &amp;vote</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="115" />
            <source>&amp;Overview of the whole process</source>
            <translation>&amp;Overview of the whole process</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/controller.py" line="310" />
            <source>The projector is off (F5 shows it).</source>
            <translation>The projector is off (F5 shows it).</translation>
        </message>
    </context>
    <context>
        <name>ProjectorOverview</name>
        <message>
            <location filename="../src/werkstatt/ui/projector/overview.py" line="287" />
            <source>… and {n} more</source>
            <translation>… and {n} more</translation>
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
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/pages.py" line="134" />
            <source>No pain points yet.</source>
            <translation>No pain points yet.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/pages.py" line="131" />
            <source>Pain points</source>
            <translation>Pain points</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/pages.py" line="153" />
            <source>The agenda is empty.</source>
            <translation>The agenda is empty.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/pages.py" line="165" />
            <source>{elapsed} min</source>
            <translation>{elapsed} min</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/pages.py" line="162" />
            <source>{elapsed} of {planned} min</source>
            <translation>{elapsed} of {planned} min</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/pages.py" line="159" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/pages.py" line="92" />
            <source>… and {n} more</source>
            <translation>… and {n} more</translation>
        </message>
    </context>
    <context>
        <name>ProjectorThumbnail</name>
        <message>
            <location filename="../src/werkstatt/ui/projector/thumbnail.py" line="23" />
            <source>What the projector shows</source>
            <translation>What the projector shows</translation>
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
            <translation>Werkstatt projector</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/window.py" line="221" />
            <source>Werkstatt projector (single-screen preview)</source>
            <translation>Werkstatt projector (single-screen preview)</translation>
        </message>
    </context>
    <context>
        <name>Protocol</name>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="251" />
            <source>Cases per year</source>
            <translation>Cases per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="245" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="252" />
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="247" />
            <source>LeiKa key</source>
            <translation>LeiKa key</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="249" />
            <source>Modelled by</source>
            <translation>Modelled by</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="248" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="246" />
            <source>Product area</source>
            <translation>Product area</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="244" />
            <source>Register key</source>
            <translation>Register key</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="250" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="253" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="87" />
            <source>as-is</source>
            <translation>as-is</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="80" />
            <source>decision</source>
            <translation>decision</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="83" />
            <source>end</source>
            <translation>end</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="91" />
            <source>identified</source>
            <translation>identified</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="93" />
            <source>implemented</source>
            <translation>implemented</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="91" />
            <source>in survey</source>
            <translation>in survey</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="92" />
            <source>modelled</source>
            <translation>modelled</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="92" />
            <source>optimised</source>
            <translation>optimised</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="79" />
            <source>start</source>
            <translation>start</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="82" />
            <source>subprocess</source>
            <translation>subprocess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="79" />
            <source>task</source>
            <translation>task</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="87" />
            <source>to-be</source>
            <translation>to-be</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="98" />
            <source>There is no workshop with the id {id}.</source>
            <translation>There is no workshop with the id {id}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="82" />
            <source>complex branching</source>
            <translation>complex branching</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="81" />
            <source>event-based decision</source>
            <translation>event-based decision</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="81" />
            <source>inclusive branching</source>
            <translation>inclusive branching</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="80" />
            <source>parallel branching</source>
            <translation>parallel branching</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="160" />
            <source>Facilitation</source>
            <translation>Facilitation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/content.py" line="162" />
            <source>Minute taking</source>
            <translation>Minute taking</translation>
        </message>
    </context>
    <context>
        <name>ProtocolAttachments</name>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="99" />
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="74" />
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="97" />
            <source>Pain-points</source>
            <translation>Pain-points</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="77" />
            <source>The process model “{name}” as BPMN 2.0, for any BPMN tool</source>
            <translation>The process model “{name}” as BPMN 2.0, for any BPMN tool</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="154" />
            <source>The workshop as a Werkstatt package, to import and continue it</source>
            <translation>The workshop as a Werkstatt package, to import and continue it</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="100" />
            <source>The workshop's measures as CSV, for a spreadsheet</source>
            <translation>The workshop's measures as CSV, for a spreadsheet</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="98" />
            <source>The workshop's pain points as CSV, for a spreadsheet</source>
            <translation>The workshop's pain points as CSV, for a spreadsheet</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="107" />
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/attachments.py" line="67" />
            <source>There is no workshop with the id {id}.</source>
            <translation>There is no workshop with the id {id}.</translation>
        </message>
    </context>
    <context>
        <name>ProtocolCLI</name>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="75" />
            <source>E-mail draft written to {path}; open it in your mail program to send it.</source>
            <translation>E-mail draft written to {path}; open it in your mail program to send it.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="68" />
            <source>Protocol written to {path}.</source>
            <translation>Protocol written to {path}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="82" />
            <source>The e-mail draft and the protocol cannot be the same file {path}.</source>
            <translation>The e-mail draft and the protocol cannot be the same file {path}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="73" />
            <source>The protocol was written to {path}, the e-mail draft was not: {reason}</source>
            <translation>The protocol was written to {path}, the e-mail draft was not: {reason}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="88" />
            <source>There is no folder {path} for the e-mail draft.</source>
            <translation>There is no folder {path} for the e-mail draft.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="32" />
            <source>also write an e-mail draft to the participants with the PDF attached</source>
            <translation>also write an e-mail draft to the participants with the PDF attached</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="26" />
            <source>language of the protocol</source>
            <translation>language of the protocol</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="28" />
            <source>name only the organisations of the participants, not the people</source>
            <translation>name only the organisations of the participants, not the people</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="30" />
            <source>paper size of the diagrams' overview pages</source>
            <translation>paper size of the diagrams' overview pages</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="24" />
            <source>the PDF file to write</source>
            <translation>the PDF file to write</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="22" />
            <source>write the PDF protocol of a workshop</source>
            <translation>write the PDF protocol of a workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/cli.py" line="85" />
            <source>{path} is a folder; give a file name for the e-mail draft.</source>
            <translation>{path} is a folder; give a file name for the e-mail draft.</translation>
        </message>
    </context>
    <context>
        <name>ProtocolExport</name>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="57" />
            <source>&amp;Choose…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="62" />
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="73" />
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="65" />
            <source>&amp;Name the participants (otherwise only their organisations)</source>
            <translation>&amp;Name the participants (otherwise only their organisations)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="189" />
            <source>&amp;Protocol as PDF…</source>
            <translation>&amp;Protocol as PDF…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="81" />
            <source>&amp;Write PDF</source>
            <translation>&amp;Write PDF</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="214" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="55" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="70" />
            <source>Language of the protocol</source>
            <translation>Language of the protocol</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="196" />
            <source>Open a workshop first: the protocol is written for a workshop.</source>
            <translation>Open a workshop first: the protocol is written for a workshop.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="88" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="95" />
            <source>Please give a file name.</source>
            <translation>Please give a file name.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="211" />
            <location filename="../src/werkstatt/ui/protocol/export.py" line="187" />
            <source>Protocol</source>
            <translation>Protocol</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="219" />
            <source>Protocol written to {path}.</source>
            <translation>Protocol written to {path}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="46" />
            <source>Protocol {title}{date}.pdf</source>
            <translation>Protocol {title}{date}.pdf</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="87" />
            <source>Save the protocol as</source>
            <translation>Save the protocol as</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="44" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="52" />
            <source>Write the protocol</source>
            <translation>Write the protocol</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="224" />
            <source>Writing the protocol was cancelled.</source>
            <translation>Writing the protocol was cancelled.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="212" />
            <source>Writing the protocol…</source>
            <translation>Writing the protocol…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="78" />
            <source>&amp;Diagram pages:</source>
            <translation>&amp;Diagram pages:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="77" />
            <source>A3 landscape (larger diagrams)</source>
            <translation>A3 landscape (larger diagrams)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="76" />
            <source>A4 landscape</source>
            <translation>A4 landscape</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="75" />
            <source>Paper size of the diagram pages</source>
            <translation>Paper size of the diagram pages</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/export.py" line="129" />
            <source>The protocol could not be written: {reason}</source>
            <translation>The protocol could not be written: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ProtocolFigures</name>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="46" />
            <source>An average over all cases in calendar days of 24 hours, each waiting time weighted by the share of cases that wait there, so lower than the plain sum of the step table.</source>
            <translation>An average over all cases in calendar days of 24 hours, each waiting time weighted by the share of cases that wait there, so lower than the plain sum of the step table.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="42" />
            <source>An average over all cases, so lower than the plain sum of the step table: each step's minutes are weighted by the share of cases that take it (30 % of cases: 30 % of its minutes), in every lane including the outside parties.</source>
            <translation>An average over all cases, so lower than the plain sum of the step table: each step's minutes are weighted by the share of cases that take it (30 % of cases: 30 % of its minutes), in every lane including the outside parties.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="61" />
            <source>Case volume × the administrations' processing time per case ({minutes}); the outside parties' time is not included.</source>
            <translation>Case volume × the administrations' processing time per case ({minutes}); the outside parties' time is not included.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="119" />
            <source>Cost saved per year</source>
            <translation>Cost saved per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="68" />
            <source>Each lane's hours × the hourly rate of its pay grade; the outside parties are not costed.</source>
            <translation>Each lane's hours × the hourly rate of its pay grade; the outside parties are not costed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="118" />
            <source>FTE saved</source>
            <translation>FTE saved</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="125" />
            <source>Handovers removed</source>
            <translation>Handovers removed</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="117" />
            <source>Hours saved per year</source>
            <translation>Hours saved per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="126" />
            <source>Media breaks removed</source>
            <translation>Media breaks removed</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="89" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="58" />
            <source>One case along the longest path without repeats ({processing} processing, {waiting} waiting), in calendar days of 24 hours, not weighted.</source>
            <translation>One case along the longest path without repeats ({processing} processing, {waiting} waiting), in calendar days of 24 hours, not weighted.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="54" />
            <source>One case along the longest path without repeats ({processing} processing, {waiting} waiting); it is shorter than the average waiting time because the average also counts the waits of loops and side branches this path does not take.</source>
            <translation>One case along the longest path without repeats ({processing} processing, {waiting} waiting); it is shorter than the average waiting time because the average also counts the waits of loops and side branches this path does not take.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="120" />
            <source>Outside parties' hours saved per year</source>
            <translation>Outside parties' hours saved per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="88" />
            <source>Source: {source}</source>
            <translation>Source: {source}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="124" />
            <source>Steps added</source>
            <translation>Steps added</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="123" />
            <source>Steps removed</source>
            <translation>Steps removed</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="65" />
            <source>The administrations' annual effort divided by the working time of one FTE ({hours} h/year).</source>
            <translation>The administrations' annual effort divided by the working time of one FTE ({hours} h/year).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="72" />
            <source>The time citizens, businesses and inspection bodies spend on the cases (Erfüllungsaufwand); it is in neither the FTE nor the cost.</source>
            <translation>The time citizens, businesses and inspection bodies spend on the cases (Erfüllungsaufwand); it is in neither the FTE nor the cost.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/figures_text.py" line="31" />
            <source>{n} FTE</source>
            <translation>{n} FTE</translation>
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
            <translation>December</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="21" />
            <source>February</source>
            <translation>February</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="21" />
            <source>January</source>
            <translation>January</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="24" />
            <source>July</source>
            <translation>July</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="23" />
            <source>June</source>
            <translation>June</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="22" />
            <source>March</source>
            <translation>March</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="23" />
            <source>May</source>
            <translation>May</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="26" />
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="25" />
            <source>October</source>
            <translation>October</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="25" />
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="29" />
            <source>1 day</source>
            <translation>1 day</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/i18n/format.py" line="30" />
            <source>{n} days</source>
            <translation>{n} days</translation>
        </message>
    </context>
    <context>
        <name>ProtocolHtml</name>
        <message>
            <location filename="../src/werkstatt/protocol/html.py" line="253" />
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html.py" line="280" />
            <source>Protocol of the process workshop</source>
            <translation>Protocol of the process workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html.py" line="284" />
            <source>Protocol of the process workshop on {date}</source>
            <translation>Protocol of the process workshop on {date}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html.py" line="282" />
            <source>Protocol of the process workshop on {date} in {place}</source>
            <translation>Protocol of the process workshop on {date} in {place}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html.py" line="265" />
            <source>Protocol: {title}</source>
            <translation>Protocol: {title}</translation>
        </message>
    </context>
    <context>
        <name>ProtocolHtmlModel</name>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="74" />
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="70" />
            <source>Administrations together</source>
            <translation>Administrations together</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="32" />
            <source>Analysis figures</source>
            <translation>Analysis figures</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="142" />
            <source>Block</source>
            <translation>Block</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="175" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="76" />
            <source>Cost per year</source>
            <translation>Cost per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="35" />
            <source>Effort by party</source>
            <translation>Effort by party</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="75" />
            <source>FTE</source>
            <translation>FTE</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="29" />
            <source>Fact sheet: {name}</source>
            <translation>Fact sheet: {name}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="85" />
            <location filename="../src/werkstatt/protocol/html_model.py" line="75" />
            <source>Hours per year</source>
            <translation>Hours per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="148" />
            <source>IT system</source>
            <translation>IT system</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="139" />
            <location filename="../src/werkstatt/protocol/html_model.py" line="25" />
            <source>Lane</source>
            <translation>Lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="24" />
            <source>Lanes and their organisations</source>
            <translation>Lanes and their organisations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="84" />
            <location filename="../src/werkstatt/protocol/html_model.py" line="74" />
            <source>Minutes per case</source>
            <translation>Minutes per case</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="170" />
            <source>No pain points were recorded.</source>
            <translation>No pain points were recorded.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="138" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="25" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="80" />
            <source>Outside parties (citizens, businesses, inspection bodies): their time, not the administrations' effort, so no FTE and no cost.</source>
            <translation>Outside parties (citizens, businesses, inspection bodies): their time, not the administrations' effort, so no FTE and no cost.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="84" />
            <source>Outside party</source>
            <translation>Outside party</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="102" />
            <source>Overview of the diagram {name}</source>
            <translation>Overview of the diagram {name}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="175" />
            <source>Pain point</source>
            <translation>Pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="168" />
            <source>Pain points in {name}</source>
            <translation>Pain points in {name}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="103" />
            <source>Part {n} of {total} of the diagram {name}</source>
            <translation>Part {n} of {total} of the diagram {name}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="94" />
            <source>Process diagram: {name}</source>
            <translation>Process diagram: {name}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="143" />
            <source>Processing</source>
            <translation>Processing</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="175" />
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="147" />
            <source>Share of cases</source>
            <translation>Share of cases</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="177" />
            <location filename="../src/werkstatt/protocol/html_model.py" line="140" />
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="131" />
            <source>Steps of {name}</source>
            <translation>Steps of {name}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="158" />
            <source>Sum of all steps (unweighted)</source>
            <translation>Sum of all steps (unweighted)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="97" />
            <source>The model has no diagram yet.</source>
            <translation>The model has no diagram yet.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="133" />
            <source>The model has no steps yet.</source>
            <translation>The model has no steps yet.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="161" />
            <source>The sum adds every step once, as if each case passed all of them; the analysis figures weight each step by the share of cases that pass it, so the two differ.</source>
            <translation>The sum adds every step once, as if each case passed all of them; the analysis figures weight each step by the share of cases that pass it, so the two differ.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="177" />
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="145" />
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="107" />
            <source>back: overview</source>
            <translation>back: overview</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="108" />
            <source>back: part {n} of {total}</source>
            <translation>back: part {n} of {total}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="120" />
            <source>continued: part {n} of {total}</source>
            <translation>continued: part {n} of {total}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="134" />
            <source>task</source>
            <translation>task</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_model.py" line="173" />
            <source>whole process</source>
            <translation>whole process</translation>
        </message>
    </context>
    <context>
        <name>ProtocolMail</name>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="104" />
            <source>Dear participants,</source>
            <translation>Dear participants,</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="116" />
            <source>Kind regards</source>
            <translation>Kind regards</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="43" />
            <source>Minutes of the process workshop “{title}”</source>
            <translation>Minutes of the process workshop “{title}”</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="41" />
            <source>Minutes of the process workshop “{title}” of {date}</source>
            <translation>Minutes of the process workshop “{title}” of {date}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="109" />
            <source>The PDF is an archivable PDF/A document for the e-file. The process models are attached to it as BPMN files, which any BPMN tool opens, together with the pain points and measures as CSV; your PDF viewer lists them under its attachments.</source>
            <translation>The PDF is an archivable PDF/A document for the e-file. The process models are attached to it as BPMN files, which any BPMN tool opens, together with the pain points and measures as CSV; your PDF viewer lists them under its attachments.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="57" />
            <source>The e-mail address “{address}” cannot be used in a draft.</source>
            <translation>The e-mail address “{address}” cannot be used in a draft.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="167" />
            <source>The e-mail draft cannot be written to {path}: {reason}.</source>
            <translation>The e-mail draft cannot be written to {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="132" />
            <source>The protocol {path} cannot be read for the e-mail draft: {reason}.</source>
            <translation>The protocol {path} cannot be read for the e-mail draft: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="143" />
            <source>The sender “{sender}” is not an e-mail address.</source>
            <translation>The sender “{sender}” is not an e-mail address.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="114" />
            <source>These minutes are a draft. Please send corrections and additions by reply; the final version follows.</source>
            <translation>These minutes are a draft. Please send corrections and additions by reply; the final version follows.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="107" />
            <source>please find attached the minutes of the process workshop “{title}” ({file}).</source>
            <translation>please find attached the minutes of the process workshop “{title}” ({file}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="105" />
            <source>please find attached the minutes of the process workshop “{title}” of {date} ({file}).</source>
            <translation>please find attached the minutes of the process workshop “{title}” of {date} ({file}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/mail.py" line="162" />
            <source>{path} is a folder; give a file name for the e-mail draft.</source>
            <translation>{path} is a folder; give a file name for the e-mail draft.</translation>
        </message>
    </context>
    <context>
        <name>ProtocolPanel</name>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="205" />
            <source>(no caption; F2 adds one)</source>
            <translation>(no caption; F2 adds one)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="413" />
            <source>Add photo</source>
            <translation>Add photo</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="354" />
            <source>Add photo…</source>
            <translation>Add photo…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="242" />
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="120" />
            <source>By when</source>
            <translation>By when</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="196" />
            <source>Caption</source>
            <translation>Caption</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="315" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="350" />
            <source>Delete photo</source>
            <translation>Delete photo</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="407" />
            <source>Delete {n} notes</source>
            <translation>Delete {n} notes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="445" />
            <source>Delete {n} photos</source>
            <translation>Delete {n} photos</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="255" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="69" />
            <source>Ne&amp;xt steps</source>
            <translation>Ne&amp;xt steps</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="67" />
            <source>New decision – Enter saves</source>
            <translation>New decision – Enter saves</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="319" />
            <source>New entry: {list}</source>
            <translation>New entry: {list}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="69" />
            <source>New next step – Enter saves</source>
            <translation>New next step – Enter saves</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="68" />
            <source>New open point – Enter saves</source>
            <translation>New open point – Enter saves</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="425" />
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="389" />
            <source>Open a workshop first.</source>
            <translation>Open a workshop first.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="352" />
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="343" />
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="414" />
            <source>Pictures (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</source>
            <translation>Pictures (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</translation>
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
            <translation>The picture is damaged or incomplete; please copy it again.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="326" />
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="120" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="327" />
            <source>Who takes it on</source>
            <translation>Who takes it on</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="240" />
            <source>no date</source>
            <translation>no date</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="212" />
            <source>{kind} picture, {width} × {height} pixels</source>
            <translation>{kind} picture, {width} × {height} pixels</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="67" />
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/panel.py" line="68" />
            <source>Open points</source>
            <translation>Open points</translation>
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
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/pdf.py" line="293" />
            <source>Protocol of the process workshop</source>
            <translation>Protocol of the process workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/pdf.py" line="330" />
            <source>The disk is full; the protocol {path} could not be written.</source>
            <translation>The disk is full; the protocol {path} could not be written.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/pdf.py" line="324" />
            <source>The folder {folder} does not exist.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/pdf.py" line="331" />
            <source>The protocol could not be written to {path}: {reason}.</source>
            <translation>The protocol could not be written to {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/pdf.py" line="55" />
            <source>The protocol was not written: the export was cancelled.</source>
            <translation>The protocol was not written: the export was cancelled.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/pdf.py" line="326" />
            <source>You may not write to {path}: permission denied.</source>
            <translation>You may not write to {path}: permission denied.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/pdf.py" line="328" />
            <source>{path} is a folder, not a file name.</source>
            <translation>{path} is a folder, not a file name.</translation>
        </message>
    </context>
    <context>
        <name>ProtocolRecord</name>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="49" />
            <source>Date, time and place</source>
            <translation>Date, time and place</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="43" />
            <source>Distri&amp;bution:</source>
            <translation>Distri&amp;bution:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="40" />
            <source>Distribution list</source>
            <translation>Distribution list</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="45" />
            <source>File reference</source>
            <translation>File reference</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="44" />
            <source>File reference:</source>
            <translation>File reference:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="36" />
            <source>Minute taker</source>
            <translation>Minute taker</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="35" />
            <source>Minutes taken b&amp;y:</source>
            <translation>Minutes taken b&amp;y:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="48" />
            <source>Next meeting</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="47" />
            <source>Next meeting:</source>
            <translation>Next meeting:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="41" />
            <source>One recipient per line</source>
            <translation>One recipient per line</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="30" />
            <source>Protocol</source>
            <translation>Protocol</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="50" />
            <source>Protocol finali&amp;zed (no longer a draft)</source>
            <translation>Protocol finali&amp;zed (no longer a draft)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/record_form.py" line="51" />
            <source>Protocol is final</source>
            <translation>Protocol is final</translation>
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
            <translation>Actual</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="105" />
            <source>Agenda item</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="159" />
            <source>Answers: {pain_points}</source>
            <translation>Answers: {pain_points}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="65" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="59" />
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="197" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="168" />
            <source>By when</source>
            <translation>By when</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="26" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="187" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="125" />
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="187" />
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="106" />
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="169" />
            <source>Effort / impact</source>
            <translation>Effort / impact</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="177" />
            <source>Effort and impact from 1 (low) to 5 (high); the priority is the rank in the latest vote.</source>
            <translation>Effort and impact from 1 (low) to 5 (high); the priority is the rank in the latest vote.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="28" />
            <source>Facilitation</source>
            <translation>Facilitation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="64" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="58" />
            <source>Function</source>
            <translation>Function</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="145" />
            <source>Further voting rounds</source>
            <translation>Further voting rounds</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="90" />
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="88" />
            <source>Goal and agenda</source>
            <translation>Goal and agenda</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="167" />
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="152" />
            <source>Measure plan</source>
            <translation>Measure plan</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="58" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="62" />
            <source>Names are left out of this protocol; participants are listed by function and organisation only.</source>
            <translation>Names are left out of this protocol; participants are listed by function and organisation only.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="189" />
            <source>Next steps</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="92" />
            <source>No agenda was recorded.</source>
            <translation>No agenda was recorded.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="154" />
            <source>No measures were agreed.</source>
            <translation>No measures were agreed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="48" />
            <source>No participants were recorded.</source>
            <translation>No participants were recorded.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="192" />
            <source>None recorded.</source>
            <translation>None recorded.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="188" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="125" />
            <source>Open point</source>
            <translation>Open point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="188" />
            <source>Open points</source>
            <translation>Open points</translation>
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
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="46" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="212" />
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="27" />
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="105" />
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="173" />
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="31" />
            <source>Process models</source>
            <translation>Process models</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="38" />
            <source>Protocol of the process workshop</source>
            <translation>Protocol of the process workshop</translation>
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
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="217" />
            <source>This photo could not be read.</source>
            <translation>This photo could not be read.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="103" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="196" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="167" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="54" />
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="54" />
            <source>present</source>
            <translation>present</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="50" />
            <source>{present} of {total} invited people took part.</source>
            <translation>{present} of {total} invited people took part.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="110" />
            <source>▲ marks items that took longer than planned.</source>
            <translation>▲ marks items that took longer than planned.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="134" />
            <source>As-is</source>
            <translation>As-is</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="137" />
            <source>As-is and to-be: {title}</source>
            <translation>As-is and to-be: {title}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="135" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="134" />
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="134" />
            <source>To-be</source>
            <translation>To-be</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="36" />
            <source>Approved by:</source>
            <translation>Approved by:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="35" />
            <source>Approved on:</source>
            <translation>Approved on:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="240" />
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="247" />
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="67" />
            <source>Distribution list</source>
            <translation>Distribution list</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="33" />
            <source>Draft: not yet approved</source>
            <translation>Draft: not yet approved</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="179" />
            <source>Effort and impact from 1 (low) to 5 (high).</source>
            <translation>Effort and impact from 1 (low) to 5 (high).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="247" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="25" />
            <source>File reference</source>
            <translation>File reference</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="32" />
            <source>Final version</source>
            <translation>Final version</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="105" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="29" />
            <source>Minutes taken by</source>
            <translation>Minutes taken by</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="204" />
            <source>Next meeting</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="71" />
            <source>No distribution list was recorded.</source>
            <translation>No distribution list was recorded.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="205" />
            <source>No next meeting was set.</source>
            <translation>No next meeting was set.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="120" />
            <source>No result was recorded for this item.</source>
            <translation>No result was recorded for this item.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="247" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="196" />
            <location filename="../src/werkstatt/protocol/html_sections.py" line="167" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="214" />
            <source>Photo {n} of {total}</source>
            <translation>Photo {n} of {total}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="111" />
            <source>Results of the agenda items</source>
            <translation>Results of the agenda items</translation>
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
            <translation>These files are embedded in this PDF; open them from your PDF viewer's attachment list. The BPMN files open in any BPMN tool (Camunda Modeler, bpmn.io, Signavio …).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_sections.py" line="242" />
            <source>This protocol has no attachments.</source>
            <translation>This protocol has no attachments.</translation>
        </message>
    </context>
    <context>
        <name>ProtocolSend</name>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="114" />
            <source>E-mail draft written to {path}.</source>
            <translation>E-mail draft written to {path}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="117" />
            <source>No mail program opened the draft {path}; open it by hand to send it.</source>
            <translation>No mail program opened the draft {path}; open it by hand to send it.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="93" />
            <source>Open a workshop first: the protocol is sent for a workshop.</source>
            <translation>Open a workshop first: the protocol is sent for a workshop.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="87" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="86" />
            <source>Save the protocol as</source>
            <translation>Save the protocol as</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="79" />
            <source>Send the p&amp;rotocol…</source>
            <translation>Send the p&amp;rotocol…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="107" />
            <location filename="../src/werkstatt/ui/protocol/send.py" line="76" />
            <source>Send the protocol</source>
            <translation>Send the protocol</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="121" />
            <source>Sending the protocol was cancelled.</source>
            <translation>Sending the protocol was cancelled.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="61" />
            <source>The protocol was written to {path}, the e-mail draft was not: {reason}</source>
            <translation>The protocol was written to {path}, the e-mail draft was not: {reason}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="80" />
            <source>Write the protocol as PDF and open an e-mail draft to the participants with it attached</source>
            <translation>Write the protocol as PDF and open an e-mail draft to the participants with it attached</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/protocol/send.py" line="108" />
            <source>Writing the protocol and the e-mail draft…</source>
            <translation>Writing the protocol and the e-mail draft…</translation>
        </message>
    </context>
    <context>
        <name>ProtocolVotes</name>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="24" />
            <source>1 dot per person</source>
            <translation>1 dot per person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="56" />
            <source>Bars show the total resistance: the lowest wins.</source>
            <translation>Bars show the total resistance: the lowest wins.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="52" />
            <source>Benefit</source>
            <translation>Benefit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="23" />
            <source>Dot vote</source>
            <translation>Dot vote</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="51" />
            <source>Effort</source>
            <translation>Effort</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="34" />
            <source>Effort and benefit</source>
            <translation>Effort and benefit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="59" />
            <source>Items with equal scores share a rank (in bold).</source>
            <translation>Items with equal scores share a rank (in bold).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="51" />
            <source>Measure</source>
            <translation>Measure</translation>
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
            <translation>Rank</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="31" />
            <source>Systemic consensus</source>
            <translation>Systemic consensus</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="47" />
            <source>The round had nothing to vote on.</source>
            <translation>The round had nothing to vote on.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="43" />
            <source>Vote: {question}</source>
            <translation>Vote: {question}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="81" />
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="28" />
            <source>at most {n} dots per item</source>
            <translation>at most {n} dots per item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="27" />
            <source>no stacking</source>
            <translation>no stacking</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="32" />
            <source>resistance 0 to 10 per option; the lowest total wins</source>
            <translation>resistance 0 to 10 per option; the lowest total wins</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="36" />
            <source>scale 1 to 5</source>
            <translation>scale 1 to 5</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="35" />
            <source>scale low/high</source>
            <translation>scale low/high</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="29" />
            <source>stacking allowed</source>
            <translation>stacking allowed</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="25" />
            <source>{n} dots per person</source>
            <translation>{n} dots per person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/protocol/html_votes.py" line="37" />
            <source>{voters} of {eligible} voted</source>
            <translation>{voters} of {eligible} voted</translation>
        </message>
    </context>
    <context>
        <name>Queries</name>
        <message>
            <location filename="../src/werkstatt/read/model.py" line="38" />
            <source>The id {id} is ambiguous: give more characters.</source>
            <translation>The id {id} is ambiguous: give more characters.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/model.py" line="43" />
            <source>There is no process model with the id {id}.</source>
            <translation>There is no process model with the id {id}.</translation>
        </message>
    </context>
    <context>
        <name>QuickEntry</name>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="345" />
            <source>A probability must be between 0 and 100 %.</source>
            <translation>A probability must be between 0 and 100 %.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="108" />
            <source>Line {number}: {message}</source>
            <translation>Line {number}: {message}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="203" />
            <source>Name the step to connect to after “-&gt;”.</source>
            <translation>Name the step to connect to after “-&gt;”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="192" />
            <source>The branch label in “[]” is empty.</source>
            <translation>The branch label in “[]” is empty.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="190" />
            <source>The branch label in “[…]” is not closed.</source>
            <translation>The branch label in “[…]” is not closed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="231" />
            <source>The building block in “[]” is empty.</source>
            <translation>The building block in “[]” is empty.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="228" />
            <source>The building block in “[…]” is not opened.</source>
            <translation>The building block in “[…]” is not opened.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="137" />
            <source>The line contains the control character U+{code:04X} at column {column}.</source>
            <translation>The line contains the control character U+{code:04X} at column {column}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="123" />
            <source>The line is too long ({length} characters, at most {maximum}).</source>
            <translation>The line is too long ({length} characters, at most {maximum}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="151" />
            <source>The note after “&gt;” is empty.</source>
            <translation>The note after “&gt;” is empty.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="401" />
            <source>The pain point after “!” is empty.</source>
            <translation>The pain point after “!” is empty.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="402" />
            <source>The pain point is too long (at most {maximum} characters).</source>
            <translation>The pain point is too long (at most {maximum} characters).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="237" />
            <source>The step has no label.</source>
            <translation>The step has no label.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="421" />
            <source>The step label is too long ({length} characters, at most {maximum}).</source>
            <translation>The step label is too long ({length} characters, at most {maximum}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="361" />
            <source>The time “{part}” is implausibly long.</source>
            <translation>The time “{part}” is implausibly long.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="335" />
            <source>“{part}” is not a time like “10 min” or “2 h”.</source>
            <translation>“{part}” is not a time like “10 min” or “2 h”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="200" />
            <source>A start or end event cannot be a link: write a step after it.</source>
            <translation>A start or end event cannot be a link: write a step after it.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="129" />
            <source>The line contains the invalid character U+{code:04X} at column {column}.</source>
            <translation>The line contains the invalid character U+{code:04X} at column {column}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="347" />
            <source>The probability is given twice.</source>
            <translation>The probability is given twice.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="357" />
            <source>Unknown unit of time “{unit}”; use min, h or days.</source>
            <translation>Unknown unit of time “{unit}”; use min, h or days.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/syntax.py" line="133" />
            <source>The line contains the bidirectional control character U+{code:04X} at column {column}, which can make text read as something else.</source>
            <translation>The line contains the bidirectional control character U+{code:04X} at column {column}, which can make text read as something else.</translation>
        </message>
    </context>
    <context>
        <name>RateEdits</name>
        <message>
            <location filename="../src/werkstatt/edits/rates.py" line="37" />
            <source>Change rate</source>
            <translation>Change rate</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/rates.py" line="37" />
            <source>Reset rate to default</source>
            <translation>Reset rate to default</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/rates.py" line="42" />
            <source>{value} is outside what makes sense here ({low} to {high}).</source>
            <translation>{value} is outside what makes sense here ({low} to {high}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/rates.py" line="32" />
            <source>“{key}” is not a rate the analysis knows.</source>
            <translation>“{key}” is not a rate the analysis knows.</translation>
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
            <translation>KGSt report 8/2025 (as quoted by a municipality)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="18" />
            <source>KGSt report 8/2025 (as quoted)</source>
            <translation>KGSt report 8/2025 (as quoted)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="86" />
            <source>no hourly rate known for pay grade {grade}</source>
            <translation>no hourly rate known for pay grade {grade}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="84" />
            <source>no pay grade given</source>
            <translation>no pay grade given</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="89" />
            <source>no rate known (counted as 0 €)</source>
            <translation>no rate known (counted as 0 €)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="143" />
            <source>own value</source>
            <translation>own value</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="108" />
            <source>Hourly rate without pay grade</source>
            <translation>Hourly rate without pay grade</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="110" />
            <source>Hourly rate {grade}</source>
            <translation>Hourly rate {grade}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="112" />
            <source>Overhead on personnel cost</source>
            <translation>Overhead on personnel cost</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="114" />
            <source>Working hours per year</source>
            <translation>Working hours per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="106" />
            <source>Working time per FTE</source>
            <translation>Working time per FTE</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/analysis/rates.py" line="126" />
            <location filename="../src/werkstatt/analysis/rates.py" line="124" />
            <source>{n} h/year</source>
            <translation>{n} h/year</translation>
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
            <translation>All organisations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="95" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="50" />
            <source>Annual working hours, civil servants</source>
            <translation>Annual working hours, civil servants</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="49" />
            <source>Annual working hours, employees</source>
            <translation>Annual working hours, employees</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="89" />
            <source>Change a value and press Enter to store it. An empty field goes back to the value that applies without it.</source>
            <translation>Change a value and press Enter to store it. An empty field goes back to the value that applies without it.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="53" />
            <source>Hourly rate without pay grade</source>
            <translation>Hourly rate without pay grade</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="55" />
            <source>Hourly rate {grade}</source>
            <translation>Hourly rate {grade}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="86" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="52" />
            <source>Overhead, non-office work</source>
            <translation>Overhead, non-office work</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="51" />
            <source>Overhead, office work</source>
            <translation>Overhead, office work</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="95" />
            <source>Rate</source>
            <translation>Rate</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="78" />
            <source>Rates &amp;apply to:</source>
            <translation>Rates &amp;apply to:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="77" />
            <source>Rates apply to</source>
            <translation>Rates apply to</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="72" />
            <source>Rates of the analysis</source>
            <translation>Rates of the analysis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="96" />
            <source>Set for</source>
            <translation>Set for</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="96" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="154" />
            <source>Source of {what}</source>
            <translation>Source of {what}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="189" />
            <source>all organisations</source>
            <translation>all organisations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="195" />
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="193" />
            <source>default</source>
            <translation>default</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="195" />
            <source>none: counted as 0 €</source>
            <translation>none: counted as 0 €</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="244" />
            <source>own value</source>
            <translation>own value</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="186" />
            <source>this organisation</source>
            <translation>this organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/analysis/rates_dialog.py" line="238" />
            <source>“{text}” is not a number.</source>
            <translation>“{text}” is not a number.</translation>
        </message>
    </context>
    <context>
        <name>ReadCLI</name>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="53" />
            <source>Nothing here yet.</source>
            <translation>Nothing here yet.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="76" />
            <source>complex</source>
            <translation>complex</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="74" />
            <source>decision</source>
            <translation>decision</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="77" />
            <source>end</source>
            <translation>end</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="76" />
            <source>event-based</source>
            <translation>event-based</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="75" />
            <source>inclusive</source>
            <translation>inclusive</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="17" />
            <source>list workshops, processes, models or voting rounds</source>
            <translation>list workshops, processes, models or voting rounds</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="75" />
            <source>parallel</source>
            <translation>parallel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="22" />
            <source>show a process model</source>
            <translation>show a process model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="74" />
            <source>start</source>
            <translation>start</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="77" />
            <source>subprocess</source>
            <translation>subprocess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/read/cli.py" line="74" />
            <source>task</source>
            <translation>task</translation>
        </message>
    </context>
    <context>
        <name>RecordEdits</name>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="195" />
            <source>Add agenda item</source>
            <translation>Add agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="113" />
            <source>Add measure</source>
            <translation>Add measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="48" />
            <source>Add pain point</source>
            <translation>Add pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="244" />
            <source>Assign note to agenda item</source>
            <translation>Assign note to agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="222" />
            <source>Change agenda item</source>
            <translation>Change agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="149" />
            <source>Change attendance</source>
            <translation>Change attendance</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="130" />
            <source>Change measure</source>
            <translation>Change measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="66" />
            <source>Change pain point</source>
            <translation>Change pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="236" />
            <source>Delete agenda item</source>
            <translation>Delete agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="139" />
            <source>Delete measure</source>
            <translation>Delete measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="87" />
            <source>Delete pain point</source>
            <translation>Delete pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="229" />
            <source>Move agenda item</source>
            <translation>Move agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="212" />
            <source>Record time of agenda item</source>
            <translation>Record time of agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="169" />
            <source>Remove participant</source>
            <translation>Remove participant</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="253" />
            <source>The agenda item belongs to another workshop.</source>
            <translation>The agenda item belongs to another workshop.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="103" />
            <source>The due date must be a date.</source>
            <translation>The due date must be a date.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="251" />
            <source>The note no longer exists.</source>
            <translation>The note no longer exists.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="58" />
            <source>The step belongs to another process model.</source>
            <translation>The step belongs to another process model.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="101" />
            <source>Unknown measure status: {status}.</source>
            <translation>Unknown measure status: {status}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="39" />
            <source>Unknown pain point category: {category}.</source>
            <translation>Unknown pain point category: {category}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="178" />
            <source>agenda item</source>
            <translation>agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="184" />
            <source>duration in minutes</source>
            <translation>duration in minutes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="104" />
            <source>effort</source>
            <translation>effort</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="104" />
            <source>impact</source>
            <translation>impact</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="96" />
            <source>measure</source>
            <translation>measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="98" />
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="37" />
            <source>pain point</source>
            <translation>pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="181" />
            <source>result of the agenda item</source>
            <translation>result of the agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/records.py" line="41" />
            <source>severity</source>
            <translation>severity</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <location filename="../src/werkstatt/register/admin.py" line="129" />
            <source>Login roles exist only on a PostgreSQL register; a SQLite register file is protected by the file permissions of its folder.</source>
            <translation>Login roles exist only on a PostgreSQL register; a SQLite register file is protected by the file permissions of its folder.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/admin.py" line="109" />
            <source>The register has no organisation “{name}”; it has: {names}.</source>
            <translation>The register has no organisation “{name}”; it has: {names}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/admin.py" line="60" />
            <source>The register {address} has an older schema; its administrator upgrades it with “werkstatt register init {address}”. Nothing was changed.</source>
            <translation>The register {address} has an older schema; its administrator upgrades it with “werkstatt register init {address}”. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/admin.py" line="52" />
            <source>The register {address} is not set up yet; its administrator sets it up with “werkstatt register init {address}”.</source>
            <translation>The register {address} is not set up yet; its administrator sets it up with “werkstatt register init {address}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/admin.py" line="56" />
            <source>The register {address} was set up by a newer version of Werkstatt (schema {revision}); update Werkstatt to sync with it. Nothing was changed.</source>
            <translation>The register {address} was set up by a newer version of Werkstatt (schema {revision}); update Werkstatt to sync with it. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/admin.py" line="137" />
            <source>“{role}” cannot be a role name: use lower-case letters, digits and underscores.</source>
            <translation>“{role}” cannot be a role name: use lower-case letters, digits and underscores.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/admin.py" line="92" />
            <source>“{spec}” is not an organisation; write it as Name:Short name[:kind], for example “Stadt Witten:Witten:stadt”.</source>
            <translation>“{spec}” is not an organisation; write it as Name:Short name[:kind], for example “Stadt Witten:Witten:stadt”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/admin.py" line="97" />
            <source>The kind of organisation “{kind}” is unknown; use kreis, stadt, gemeinde, other or extern.</source>
            <translation>The kind of organisation “{kind}” is unknown; use kreis, stadt, gemeinde, other or extern.</translation>
        </message>
    </context>
    <context>
        <name>RegisterActions</name>
        <message>
            <location filename="../src/werkstatt/ui/register/actions.py" line="28" />
            <source>&amp;Sync with the register…</source>
            <translation>&amp;Sync with the register…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/actions.py" line="31" />
            <source>Process &amp;map…</source>
            <translation>Process &amp;map…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/actions.py" line="30" />
            <source>Resolve &amp;conflicts…</source>
            <translation>Resolve &amp;conflicts…</translation>
        </message>
    </context>
    <context>
        <name>RegisterCLI</name>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="87" />
            <source>No password came on standard input; the role was not changed.</source>
            <translation>No password came on standard input; the role was not changed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="81" />
            <source>Organisations added: {names}.</source>
            <translation>Organisations added: {names}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="94" />
            <source>The login role {role} may now read the register and write the rows of {org}.</source>
            <translation>The login role {role} may now read the register and write the rows of {org}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="79" />
            <source>The register {address} is ready.</source>
            <translation>The register {address} is ready.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="21" />
            <source>a SQLite file or postgresql://user@host/database</source>
            <translation>a SQLite file or postgresql://user@host/database</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="23" />
            <source>an organisation to add (repeatable); default: the project's six administrations</source>
            <translation>an organisation to add (repeatable); default: the project's six administrations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="20" />
            <source>create or upgrade a register and its organisations</source>
            <translation>create or upgrade a register and its organisations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="25" />
            <source>create the PostgreSQL login role of an organisation</source>
            <translation>create the PostgreSQL login role of an organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="32" />
            <source>read the role's new password from standard input</source>
            <translation>read the role's new password from standard input</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="17" />
            <source>set up the shared register (for its administrator)</source>
            <translation>set up the shared register (for its administrator)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/cli.py" line="29" />
            <source>the role's name (default: werkstatt_&lt;org&gt;)</source>
            <translation>the role's name (default: werkstatt_&lt;org&gt;)</translation>
        </message>
    </context>
    <context>
        <name>RegisterConnect</name>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="172" />
            <source>A register file address needs a path, as in sqlite:///PATH/register.sqlite.</source>
            <translation>A register file address needs a path, as in sqlite:///PATH/register.sqlite.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="176" />
            <source>A register file address takes no options after “?”.</source>
            <translation>A register file address takes no options after “?”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="151" />
            <source>Give the register address as a URL, as in {example}, not as key=value pairs.</source>
            <translation>Give the register address as a URL, as in {example}, not as key=value pairs.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="355" />
            <source>No password was given for the register {address}.</source>
            <translation>No password was given for the register {address}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="145" />
            <source>No register address was given.</source>
            <translation>No register address was given.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="350" />
            <source>Password of {user} for the register {address}:</source>
            <translation>Password of {user} for the register {address}:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="297" />
            <source>The file {path} is not a SQLite register file.</source>
            <translation>The file {path} is not a SQLite register file.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="279" />
            <source>The folder {folder} of the register file does not exist or cannot be reached (is the network share connected?).</source>
            <translation>The folder {folder} of the register file does not exist or cannot be reached (is the network share connected?).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="122" />
            <source>The register address cannot be read ({reason}); write it as {example}.</source>
            <translation>The register address cannot be read ({reason}); write it as {example}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="136" />
            <source>The register address gives the option “{option}” twice.</source>
            <translation>The register address gives the option “{option}” twice.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="129" />
            <source>The register address has an invalid port; give a number from 1 to 65535, as in {example}.</source>
            <translation>The register address has an invalid port; give a number from 1 to 65535, as in {example}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="210" />
            <source>The register address has sslmode={value}, which PostgreSQL does not know; valid values are {values}.</source>
            <translation>The register address has sslmode={value}, which PostgreSQL does not know; valid values are {values}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="198" />
            <source>The register address has the option “{option}”, which Werkstatt does not use; allowed are {options}.</source>
            <translation>The register address has the option “{option}”, which Werkstatt does not use; allowed are {options}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="113" />
            <source>The register address must not contain a password: give the address without it; Werkstatt asks for the password once and keeps it in the operating system's keyring (or put it in the PostgreSQL password file ~/.pgpass).</source>
            <translation>The register address must not contain a password: give the address without it; Werkstatt asks for the password once and keeps it in the operating system's keyring (or put it in the PostgreSQL password file ~/.pgpass).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="217" />
            <source>The register address names no database; add it after the server, as in {example}.</source>
            <translation>The register address names no database; add it after the server, as in {example}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="161" />
            <source>The register address starts with “{scheme}://”, which Werkstatt does not know; use a file path, sqlite:///PATH or {example}.</source>
            <translation>The register address starts with “{scheme}://”, which Werkstatt does not know; use a file path, sqlite:///PATH or {example}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="292" />
            <source>The register file {path} cannot be read: {reason}.</source>
            <translation>The register file {path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="147" />
            <source>it contains a NUL character</source>
            <translation>it contains a NUL character</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="207" />
            <source>it has a part after “#”</source>
            <translation>it has a part after “#”</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="190" />
            <source>its server part is malformed</source>
            <translation>its server part is malformed</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="222" />
            <source>the database name contains “/”</source>
            <translation>the database name contains “/”</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="286" />
            <source>{path} is a folder, not a register file.</source>
            <translation>{path} is a folder, not a register file.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/connect.py" line="362" />
            <source>This system has no keyring, so the password was used for this time only and not kept; to be asked no more, put it in the PostgreSQL password file ~/.pgpass.</source>
            <translation>This system has no keyring, so the password was used for this time only and not kept; to be asked no more, put it in the PostgreSQL password file ~/.pgpass.</translation>
        </message>
    </context>
    <context>
        <name>RegisterCredentials</name>
        <message>
            <location filename="../src/werkstatt/register/credentials.py" line="37" />
            <source>A register file has no password; only a PostgreSQL register needs one.</source>
            <translation>A register file has no password; only a PostgreSQL register needs one.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/credentials.py" line="71" />
            <source>The keyring refused to forget the password ({reason}).</source>
            <translation>The keyring refused to forget the password ({reason}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/credentials.py" line="54" />
            <source>The keyring refused to keep the password ({reason}); try again, or use the PostgreSQL password file ~/.pgpass.</source>
            <translation>The keyring refused to keep the password ({reason}); try again, or use the PostgreSQL password file ~/.pgpass.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/credentials.py" line="41" />
            <source>This system has no keyring to keep the register password in; put the password in the PostgreSQL password file ~/.pgpass instead (a line host:port:database:user:password, readable only by you).</source>
            <translation>This system has no keyring to keep the register password in; put the password in the PostgreSQL password file ~/.pgpass instead (a line host:port:database:user:password, readable only by you).</translation>
        </message>
    </context>
    <context>
        <name>RegisterErrors</name>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="131" />
            <source>Another sync changed the same rows in the register {address} while this one ran. Nothing was changed; sync again.</source>
            <translation>Another sync changed the same rows in the register {address} while this one ran. Nothing was changed; sync again.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="105" />
            <source>The connection to the register {address} was lost during the work; the register was left as it was. Try again.</source>
            <translation>The connection to the register {address} was lost during the work; the register was left as it was. Try again.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="143" />
            <source>The file {path} is not a SQLite register file.</source>
            <translation>The file {path} is not a SQLite register file.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="145" />
            <source>The register file {path} cannot be opened; is the network share connected?</source>
            <translation>The register file {path} cannot be opened; is the network share connected?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="141" />
            <source>The register file {path} cannot be written (no permission).</source>
            <translation>The register file {path} cannot be written (no permission).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="138" />
            <source>The register file {path} is in use by another laptop; try again in a moment.</source>
            <translation>The register file {path} is in use by another laptop; try again in a moment.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="147" />
            <source>The register file {path} reported an error: {detail}</source>
            <translation>The register file {path} reported an error: {detail}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="96" />
            <source>The register refused this work for {user} (no permission: {detail}); the register was left as it was.</source>
            <translation>The register refused this work for {user} (no permission: {detail}); the register was left as it was.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="84" />
            <source>The register server {server} accepts only encrypted connections; add sslmode=verify-full (with sslrootcert=…) to the address.</source>
            <translation>The register server {server} accepts only encrypted connections; add sslmode=verify-full (with sslrootcert=…) to the address.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="108" />
            <source>The register server {server} cannot be reached (connection refused or timed out); check the address, the network and that the server is running.</source>
            <translation>The register server {server} cannot be reached (connection refused or timed out); check the address, the network and that the server is running.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="81" />
            <source>The register server {server} does not support encrypted connections (SSL), but the address asks for sslmode={sslmode}; ask its administrator to enable SSL.</source>
            <translation>The register server {server} does not support encrypted connections (SSL), but the address asks for sslmode={sslmode}; ask its administrator to enable SSL.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="90" />
            <source>The register server {server} has no database {database}; check the address.</source>
            <translation>The register server {server} has no database {database}; check the address.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="87" />
            <source>The register server's certificate could not be checked ({detail}); check sslrootcert, sslcert and sslkey in the address.</source>
            <translation>The register server's certificate could not be checked ({detail}); check sslrootcert, sslcert and sslkey in the address.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="99" />
            <source>The register server's name {host} is unknown; check the address and the network.</source>
            <translation>The register server's name {host} is unknown; check the address and the network.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="128" />
            <source>The register {address} did not finish the work in time (it is busy or overloaded). Nothing was changed; try again later.</source>
            <translation>The register {address} did not finish the work in time (it is busy or overloaded). Nothing was changed; try again later.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="93" />
            <source>The register {address} has no login {user}; ask its administrator to create it.</source>
            <translation>The register {address} has no login {user}; ask its administrator to create it.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="125" />
            <source>The register {address} is busy: another sync is writing to it and did not finish in time. Nothing was changed; try again in a moment.</source>
            <translation>The register {address} is busy: another sync is writing to it and did not finish in time. Nothing was changed; try again in a moment.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="75" />
            <source>The register {address} refused the password for {user}; update the stored password and try again.</source>
            <translation>The register {address} refused the password for {user}; update the stored password and try again.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="111" />
            <source>The register {address} reported an error: {detail}</source>
            <translation>The register {address} reported an error: {detail}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/register/errors.py" line="78" />
            <source>The register {address} wants a password for {user} and none is known; give it when Werkstatt asks (it is kept in the keyring), or put it in ~/.pgpass.</source>
            <translation>The register {address} wants a password for {user} and none is known; give it when Werkstatt asks (it is kept in the keyring), or put it in ~/.pgpass.</translation>
        </message>
    </context>
    <context>
        <name>RegisterModels</name>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="82" />
            <source> (adopted)</source>
            <translation> (adopted)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="74" />
            <source>Found in</source>
            <translation>Found in</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="105" />
            <source>Has adopted</source>
            <translation>Has adopted</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="104" />
            <source>Has modelled</source>
            <translation>Has modelled</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="67" />
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="93" />
            <location filename="../src/werkstatt/ui/register/models.py" line="70" />
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="102" />
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="73" />
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="72" />
            <source>Models</source>
            <translation>Models</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="95" />
            <source>Models by organisation</source>
            <translation>Models by organisation</translation>
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
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="103" />
            <source>Owns</source>
            <translation>Owns</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="91" />
            <location filename="../src/werkstatt/ui/register/models.py" line="68" />
            <source>Process</source>
            <translation>Process</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="90" />
            <location filename="../src/werkstatt/ui/register/models.py" line="66" />
            <source>Product area</source>
            <translation>Product area</translation>
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
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/models.py" line="84" />
            <source>no organisation</source>
            <translation>no organisation</translation>
        </message>
    </context>
    <context>
        <name>RegisterOffline</name>
        <message>
            <location filename="../src/werkstatt/ui/register/offline.py" line="61" />
            <source>Only the fact sheet and the model names are on this laptop. Take the process along and sync to open or adopt its models.</source>
            <translation>Only the fact sheet and the model names are on this laptop. Take the process along and sync to open or adopt its models.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/offline.py" line="58" />
            <source>Only the fact sheet and the model names are on this laptop; the models come with the next sync.</source>
            <translation>Only the fact sheet and the model names are on this laptop; the models come with the next sync.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/offline.py" line="27" />
            <source>Take along for workshops (available offline)</source>
            <translation>Take along for workshops (available offline)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/offline.py" line="28" />
            <source>Take the process along for workshops</source>
            <translation>Take the process along for workshops</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/offline.py" line="55" />
            <source>The models of this process are on this laptop (available offline).</source>
            <translation>The models of this process are on this laptop (available offline).</translation>
        </message>
    </context>
    <context>
        <name>RegisterPanel</name>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="387" />
            <source> (adopted)</source>
            <translation> (adopted)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="389" />
            <source> [library]</source>
            <translation> [library]</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="104" />
            <source>&amp;Division of labour</source>
            <translation>&amp;Division of labour</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="103" />
            <source>&amp;Processes</source>
            <translation>&amp;Processes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="257" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="464" />
            <source>Adopt as own variant</source>
            <translation>Adopt as own variant</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="207" />
            <source>Adopt the selected model as own variant</source>
            <translation>Adopt the selected model as own variant</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="468" />
            <source>Choose the adopting organisation</source>
            <translation>Choose the adopting organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="162" />
            <source>Fact sheet</source>
            <translation>Fact sheet</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="378" />
            <source>From the library of {organisation}: read-only; adopt a model to work on it.</source>
            <translation>From the library of {organisation}: read-only; adopt a model to work on it.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="190" />
            <source>Lead (models for all):</source>
            <translation>Lead (models for all):</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="188" />
            <source>LeiKa ke&amp;y:</source>
            <translation>LeiKa ke&amp;y:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="200" />
            <source>Models of the process</source>
            <translation>Models of the process</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="213" />
            <source>Models:</source>
            <translation>Models:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="204" />
            <source>Open the selected model</source>
            <translation>Open the selected model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="189" />
            <source>Owner:</source>
            <translation>Owner:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="115" />
            <source>Process &amp;map…</source>
            <translation>Process &amp;map…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="86" />
            <source>Process register</source>
            <translation>Process register</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="128" />
            <source>Processes found</source>
            <translation>Processes found</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="240" />
            <source>Processes per organisation</source>
            <translation>Processes per organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="186" />
            <source>Product area:</source>
            <translation>Product area:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="185" />
            <source>Register &amp;key:</source>
            <translation>Register &amp;key:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="116" />
            <source>Show the process map</source>
            <translation>Show the process map</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="187" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="458" />
            <source>There is no organisation that could adopt the model.</source>
            <translation>There is no organisation that could adopt the model.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="465" />
            <source>Which organisation adopts the model?</source>
            <translation>Which organisation adopts the model?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="236" />
            <source>Who models which process</source>
            <translation>Who models which process</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="206" />
            <source>Adop&amp;t as own variant</source>
            <translation>Adop&amp;t as own variant</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="191" />
            <source>Case volume per year:</source>
            <translation>Case volume per year:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="198" />
            <source>Description:</source>
            <translation>Description:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="192" />
            <source>Legal basis:</source>
            <translation>Legal basis:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="184" />
            <source>N&amp;ame:</source>
            <translation>N&amp;ame:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="203" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/panel.py" line="193" />
            <source>Tags (comma-separated):</source>
            <translation>Tags (comma-separated):</translation>
        </message>
    </context>
    <context>
        <name>RegisterSearch</name>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="116" />
            <source>&amp;Lead:</source>
            <translation>&amp;Lead:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="134" />
            <source>(all)</source>
            <translation>(all)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="92" />
            <source>Include li&amp;brary</source>
            <translation>Include li&amp;brary</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="94" />
            <source>Include other organisations' library</source>
            <translation>Include other organisations' library</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="99" />
            <source>Load more</source>
            <translation>Load more</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="100" />
            <source>Load more processes</source>
            <translation>Load more processes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="115" />
            <source>Organ&amp;isation:</source>
            <translation>Organ&amp;isation:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="113" />
            <source>Pro&amp;duct area:</source>
            <translation>Pro&amp;duct area:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="108" />
            <source>Sear&amp;ch:</source>
            <translation>Sear&amp;ch:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="87" />
            <source>Search names, descriptions, tags, keys …</source>
            <translation>Search names, descriptions, tags, keys …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="88" />
            <source>Search the register</source>
            <translation>Search the register</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="114" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="174" />
            <source>{count} processes</source>
            <translation>{count} processes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/search.py" line="171" />
            <source>{shown} of {total} processes</source>
            <translation>{shown} of {total} processes</translation>
        </message>
    </context>
    <context>
        <name>RegisterWaiting</name>
        <message>
            <location filename="../src/werkstatt/register/waiting.py" line="60" />
            <source>Waiting for the register {address}: it is busy, perhaps with another sync. Werkstatt gives up after {seconds} seconds.</source>
            <translation>Waiting for the register {address}: it is busy, perhaps with another sync. Werkstatt gives up after {seconds} seconds.</translation>
        </message>
    </context>
    <context>
        <name>RoomDialog</name>
        <message>
            <location filename="../src/werkstatt/ui/projector/room.py" line="44" />
            <source>&amp;Farthest viewer:</source>
            <translation>&amp;Farthest viewer:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/room.py" line="45" />
            <source>&amp;Picture height:</source>
            <translation>&amp;Picture height:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/room.py" line="33" />
            <source>Distance to the farthest viewer in metres</source>
            <translation>Distance to the farthest viewer in metres</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/room.py" line="35" />
            <source>Height of the projected picture in metres</source>
            <translation>Height of the projected picture in metres</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/room.py" line="63" />
            <source>Minimum font size on the projector: {size} px (at {height} px picture height).</source>
            <translation>Minimum font size on the projector: {size} px (at {height} px picture height).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/room.py" line="30" />
            <source>Room and readability</source>
            <translation>Room and readability</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/room.py" line="67" />
            <source>The farthest viewer sits more than 6 × the picture height away: the diagram will show only a part around the selected step. A larger picture helps.</source>
            <translation>The farthest viewer sits more than 6 × the picture height away: the diagram will show only a part around the selected step. A larger picture helps.</translation>
        </message>
    </context>
    <context>
        <name>RoomEdits</name>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="147" />
            <source>A message has at most {n} characters.</source>
            <translation>A message has at most {n} characters.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="135" />
            <source>A pain point from the room</source>
            <translation>A pain point from the room</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="47" />
            <source>A phone joined the voting round</source>
            <translation>A phone joined the voting round</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="161" />
            <source>Accept pain point from the room</source>
            <translation>Accept pain point from the room</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="76" />
            <source>Ballot from a phone</source>
            <translation>Ballot from a phone</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="75" />
            <source>Ballot from {voter}</source>
            <translation>Ballot from {voter}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="174" />
            <source>Discard message from the room</source>
            <translation>Discard message from the room</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="145" />
            <source>The message is empty.</source>
            <translation>The message is empty.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="57" />
            <source>The round is closed: phones can no longer join it.</source>
            <translation>The round is closed: phones can no longer join it.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="150" />
            <source>The step belongs to another process model.</source>
            <translation>The step belongs to another process model.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="143" />
            <source>This kind of message is not known.</source>
            <translation>This kind of message is not known.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="184" />
            <source>This message has already been dealt with.</source>
            <translation>This message has already been dealt with.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="61" />
            <source>This round already has {n} phones; no more can join.</source>
            <translation>This round already has {n} phones; no more can join.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/room.py" line="55" />
            <source>This round is not open for phones.</source>
            <translation>This round is not open for phones.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutOverlay</name>
        <message>
            <location filename="../src/werkstatt/ui/help/shortcuts.py" line="35" />
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/shortcuts.py" line="47" />
            <source>Keyboard shortcuts — any key closes this overview</source>
            <translation>Keyboard shortcuts — any key closes this overview</translation>
        </message>
    </context>
    <context>
        <name>Sizing</name>
        <message>
            <location filename="../src/werkstatt/ui/common/sizing.py" line="68" />
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/common/sizing.py" line="66" />
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
    </context>
    <context>
        <name>StepFields</name>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="14" />
            <source>(not given)</source>
            <translation>(not given)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="84" />
            <source>The probability must be between 0 and 100 %.</source>
            <translation>The probability must be between 0 and 100 %.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="28" />
            <source>decision</source>
            <translation>decision</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="16" />
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="34" />
            <source>end event</source>
            <translation>end event</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="21" />
            <source>fax</source>
            <translation>fax</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="19" />
            <source>in person</source>
            <translation>in person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="22" />
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="15" />
            <source>paper</source>
            <translation>paper</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="17" />
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="20" />
            <source>post</source>
            <translation>post</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="18" />
            <source>software</source>
            <translation>software</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="26" />
            <source>start event</source>
            <translation>start event</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="33" />
            <source>subprocess</source>
            <translation>subprocess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="27" />
            <source>task</source>
            <translation>task</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="82" />
            <source>“{text}” is not a percentage; write e.g. 30 %.</source>
            <translation>“{text}” is not a percentage; write e.g. 30 %.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="57" />
            <source>“{text}” is not a time: {reason}</source>
            <translation>“{text}” is not a time: {reason}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="66" />
            <source>“{text}” is not a time; write e.g. 10 min, 1.5 h or 3 days.</source>
            <translation>“{text}” is not a time; write e.g. 10 min, 1.5 h or 3 days.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="32" />
            <source>complex branching</source>
            <translation>complex branching</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="31" />
            <source>event-based decision</source>
            <translation>event-based decision</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="30" />
            <source>inclusive branching (OR)</source>
            <translation>inclusive branching (OR)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture/fields.py" line="29" />
            <source>parallel branching (AND)</source>
            <translation>parallel branching (AND)</translation>
        </message>
    </context>
    <context>
        <name>StepInspector</name>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="135" />
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="46" />
            <source>No step selected.</source>
            <translation>No step selected.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="142" />
            <source>Step “{label}”</source>
            <translation>Step “{label}”</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="62" />
            <source>always (or e.g. 30 %)</source>
            <translation>always (or e.g. 30 %)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="58" />
            <source>e.g. 10 min or 1.5 h</source>
            <translation>e.g. 10 min or 1.5 h</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="60" />
            <source>e.g. 3 days</source>
            <translation>e.g. 3 days</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="80" />
            <source>Building block</source>
            <translation>Building block</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="84" />
            <source>IT system</source>
            <translation>IT system</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="80" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="78" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="78" />
            <source>Lane</source>
            <translation>Lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="84" />
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="85" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="83" />
            <source>Probability</source>
            <translation>Probability</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="81" />
            <source>Processing time</source>
            <translation>Processing time</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="82" />
            <source>Waiting time</source>
            <translation>Waiting time</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="221" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/capture/inspector.py" line="79" />
            <source>Organisation of the lane</source>
            <translation>Organisation of the lane</translation>
        </message>
    </context>
    <context>
        <name>StepListModel</name>
        <message>
            <location filename="../src/werkstatt/ui/capture/panel.py" line="51" />
            <source>{label}, lane {lane}</source>
            <translation>{label}, lane {lane}</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="153" />
            <source>A database cannot be created at {path}: {reason}.</source>
            <translation>A database cannot be created at {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="185" />
            <source>No backup of {path} could be written to {folder} ({reason}); the database was not changed.</source>
            <translation>No backup of {path} could be written to {folder} ({reason}); the database was not changed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="128" />
            <source>The database {path} cannot be written (no permission).</source>
            <translation>The database {path} cannot be written (no permission).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="126" />
            <source>The database {path} is in use by another program; try again.</source>
            <translation>The database {path} is in use by another program; try again.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="313" />
            <location filename="../src/werkstatt/store/database.py" line="135" />
            <source>The database {path} reported an error: {detail}</source>
            <translation>The database {path} reported an error: {detail}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="130" />
            <source>The disk holding {path} is full; nothing was saved.</source>
            <translation>The disk holding {path} is full; nothing was saved.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="143" />
            <source>The folder {folder} for the database cannot be created: {reason}.</source>
            <translation>The folder {folder} for the database cannot be created: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>StoreCLI</name>
        <message>
            <location filename="../src/werkstatt/store/cli.py" line="106" />
            <source>Demo workshop created in {path} (id {id}).</source>
            <translation>Demo workshop created in {path} (id {id}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/cli.py" line="108" />
            <source>The demo workshop already exists in {path} (id {id}).</source>
            <translation>The demo workshop already exists in {path} (id {id}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/cli.py" line="59" />
            <source>There is no database at {path}. Create one with “werkstatt demo” or choose another with --db.</source>
            <translation>There is no database at {path}. Create one with “werkstatt demo” or choose another with --db.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/cli.py" line="27" />
            <source>create the demo workshop (once)</source>
            <translation>create the demo workshop (once)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/cli.py" line="29" />
            <source>read every page of the database and say whether it is intact (changes nothing)</source>
            <translation>read every page of the database and say whether it is intact (changes nothing)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/cli.py" line="48" />
            <source>machine-readable output</source>
            <translation>machine-readable output</translation>
        </message>
    </context>
    <context>
        <name>StoreCheck</name>
        <message>
            <location filename="../src/werkstatt/ui/store_check.py" line="41" />
            <source>Check the &amp;database…</source>
            <translation>Check the &amp;database…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/store_check.py" line="101" />
            <location filename="../src/werkstatt/ui/store_check.py" line="93" />
            <location filename="../src/werkstatt/ui/store_check.py" line="83" />
            <source>Check the database</source>
            <translation>Check the database</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/store_check.py" line="64" />
            <source>Checking the database</source>
            <translation>Checking the database</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/store_check.py" line="42" />
            <source>Read every page of the database and say whether it is intact.</source>
            <translation>Read every page of the database and say whether it is intact.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/store_check.py" line="84" />
            <source>Reading every page of {path} …</source>
            <translation>Reading every page of {path} …</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/store_check.py" line="66" />
            <source>Werkstatt was not closed properly last time; checking the database in the background …</source>
            <translation>Werkstatt was not closed properly last time; checking the database in the background …</translation>
        </message>
    </context>
    <context>
        <name>StoreCheckReport</name>
        <message>
            <location filename="../src/werkstatt/store/check.py" line="48" />
            <source>The check of {path} was cancelled; the database was not changed.</source>
            <translation>The check of {path} was cancelled; the database was not changed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/check.py" line="52" />
            <source>The database {path} is damaged ({problem}); it was left unchanged. Restore a copy from {backups} before working on.</source>
            <translation>The database {path} is damaged ({problem}); it was left unchanged. Restore a copy from {backups} before working on.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/check.py" line="51" />
            <source>The database {path} was checked completely and is in order.</source>
            <translation>The database {path} was checked completely and is in order.</translation>
        </message>
    </context>
    <context>
        <name>StoreInspect</name>
        <message>
            <location filename="../src/werkstatt/store/inspect.py" line="174" />
            <source>The database {path} cannot be read: {reason}.</source>
            <translation>The database {path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/inspect.py" line="70" />
            <source>The database {path} lies on a read-only drive or in a folder that cannot be written; it was left unchanged. Copy it into a writable folder to work in it, or choose another file with --db.</source>
            <translation>The database {path} lies on a read-only drive or in a folder that cannot be written; it was left unchanged. Copy it into a writable folder to work in it, or choose another file with --db.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/inspect.py" line="65" />
            <source>The file {path} is not a Werkstatt database (it belongs to another program); it was left unchanged. Choose a Werkstatt database with --db.</source>
            <translation>The file {path} is not a Werkstatt database (it belongs to another program); it was left unchanged. Choose a Werkstatt database with --db.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/inspect.py" line="55" />
            <source>The file {path} is not a readable Werkstatt database (damaged or of another kind); it was left unchanged. Restore a copy from {backups} or choose another file with --db.</source>
            <translation>The file {path} is not a readable Werkstatt database (damaged or of another kind); it was left unchanged. Restore a copy from {backups} or choose another file with --db.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/inspect.py" line="76" />
            <source>There is no Werkstatt database at {path} yet; nothing was created there.</source>
            <translation>There is no Werkstatt database at {path} yet; nothing was created there.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/inspect.py" line="171" />
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} is a folder, not a database file.</translation>
        </message>
    </context>
    <context>
        <name>StoreMigrate</name>
        <message>
            <location filename="../src/werkstatt/store/migrate.py" line="108" />
            <source>The database {path} was written by a newer version of Werkstatt (schema {revision}); update Werkstatt to open it. The file was left unchanged.</source>
            <translation>The database {path} was written by a newer version of Werkstatt (schema {revision}); update Werkstatt to open it. The file was left unchanged.</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="95" />
            <source>Choose mine, theirs or both.</source>
            <translation>Choose mine, theirs or both.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="55" />
            <source>Fact sheet</source>
            <translation>Fact sheet</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="56" />
            <source>Flow</source>
            <translation>Flow</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="56" />
            <source>Lane</source>
            <translation>Lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="58" />
            <source>Link between measure and pain point</source>
            <translation>Link between measure and pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="57" />
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="57" />
            <source>Pain point</source>
            <translation>Pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="55" />
            <source>Process model</source>
            <translation>Process model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="56" />
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="103" />
            <source>The register's version was taken over here.</source>
            <translation>The register's version was taken over here.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="88" />
            <source>There is no open conflict with the id {id}.</source>
            <translation>There is no open conflict with the id {id}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="100" />
            <source>Your version is kept; the next sync sends it to the register.</source>
            <translation>Your version is kept; the next sync sends it to the register.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="178" />
            <source>Your version of the model is now the variant “{name}”; the original took the register's version ({count} conflicts).</source>
            <translation>Your version of the model is now the variant “{name}”; the original took the register's version ({count} conflicts).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="168" />
            <source>Your version was kept as a copy ({id}); the original took the register's version.</source>
            <translation>Your version was kept as a copy ({id}); the original took the register's version.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/conflicts.py" line="187" />
            <source>{name} (my version)</source>
            <translation>{name} (my version)</translation>
        </message>
    </context>
    <context>
        <name>SyncCLI</name>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="123" />
            <source>    {column}: mine “{mine}” – theirs “{theirs}”</source>
            <translation>    {column}: mine “{mine}” – theirs “{theirs}”</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="89" />
            <source>Nothing had changed on either side.</source>
            <translation>Nothing had changed on either side.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="91" />
            <source>Sent: {n} rows. Received: {m} rows.</source>
            <translation>Sent: {n} rows. Received: {m} rows.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="86" />
            <source>Synced with {address} as {org}.</source>
            <translation>Synced with {address} as {org}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="118" />
            <source>There are no open conflicts.</source>
            <translation>There are no open conflicts.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="49" />
            <source>This laptop has not synced yet: give the register with --register URL and the organisation with --as ORG.</source>
            <translation>This laptop has not synced yet: give the register with --register URL and the organisation with --as ORG.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="39" />
            <source>keep mine, take theirs, or keep both (mine becomes a variant)</source>
            <translation>keep mine, take theirs, or keep both (mine becomes a variant)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="33" />
            <source>list or resolve sync conflicts</source>
            <translation>list or resolve sync conflicts</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="36" />
            <source>resolve one conflict</source>
            <translation>resolve one conflict</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="24" />
            <source>send this laptop's results to the register and receive the library</source>
            <translation>send this laptop's results to the register and receive the library</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="35" />
            <source>the open conflicts, both versions</source>
            <translation>the open conflicts, both versions</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="29" />
            <source>the organisation this laptop syncs as (default: the last one)</source>
            <translation>the organisation this laptop syncs as (default: the last one)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="27" />
            <source>the register (default: the last one used)</source>
            <translation>the register (default: the last one used)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="96" />
            <source>{n} changes to other organisations' library rows were not sent; adopt the model as your own variant to change it.</source>
            <translation>{n} changes to other organisations' library rows were not sent; adopt the model as your own variant to change it.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="93" />
            <source>{n} conflicts: these rows changed here and in the register; nothing was overwritten. See “werkstatt conflicts list”.</source>
            <translation>{n} conflicts: these rows changed here and in the register; nothing was overwritten. See “werkstatt conflicts list”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="99" />
            <source>{n} statements sent to the register.</source>
            <translation>{n} statements sent to the register.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/cli.py" line="25" />
            <source>Exit codes: 0 everything was sent, 1 the sync failed (nothing was changed), 3 there are conflicts, 4 edits to other organisations' library rows were not sent.</source>
            <translation>Exit codes: 0 everything was sent, 1 the sync failed (nothing was changed), 3 there are conflicts, 4 edits to other organisations' library rows were not sent.</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="105" />
            <source>&amp;Keep in the system's keyring</source>
            <translation>&amp;Keep in the system's keyring</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="104" />
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="165" />
            <source>&amp;Register:</source>
            <translation>&amp;Register:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="185" />
            <source>&amp;Synchronise</source>
            <translation>&amp;Synchronise</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="269" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="266" />
            <source>Connecting to the register…</source>
            <translation>Connecting to the register…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="319" />
            <source>No password was given; nothing was synced.</source>
            <translation>No password was given; nothing was synced.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="167" />
            <source>Organisation this laptop syncs as</source>
            <translation>Organisation this laptop syncs as</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="103" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="163" />
            <source>Register address</source>
            <translation>Register address</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="96" />
            <source>Register password</source>
            <translation>Register password</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="187" />
            <source>Resolve &amp;conflicts…</source>
            <translation>Resolve &amp;conflicts…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="181" />
            <source>Result of the sync</source>
            <translation>Result of the sync</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="170" />
            <source>Sent: fact sheets, process models with lanes, steps and flows, pain points, measures and the totals of the votes. Received: the published library of the other organisations (read-only until adopted). Participants' names and individual votes stay on this laptop.</source>
            <translation>Sent: fact sheets, process models with lanes, steps and flows, pain points, measures and the totals of the votes. Received: the published library of the other organisations (read-only until adopted). Participants' names and individual votes stay on this laptop.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="277" />
            <source>Stopping the sync…</source>
            <translation>Stopping the sync…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="266" />
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="143" />
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="168" />
            <source>Sync &amp;as:</source>
            <translation>Sync &amp;as:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="153" />
            <source>Sync with the register</source>
            <translation>Sync with the register</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="298" />
            <source>Synced with {address}.</source>
            <translation>Synced with {address}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="109" />
            <source>This system has no keyring; the password is used for this sync only (or put it in ~/.pgpass).</source>
            <translation>This system has no keyring; the password is used for this sync only (or put it in ~/.pgpass).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="161" />
            <source>a file path, or postgresql://user@host/database?sslmode=verify-full</source>
            <translation>a file path, or postgresql://user@host/database?sslmode=verify-full</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/register/sync_dialog.py" line="259" />
            <source>Choose the organisation this laptop syncs as.</source>
            <translation>Choose the organisation this laptop syncs as.</translation>
        </message>
    </context>
    <context>
        <name>SyncDisplay</name>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="289" />
            <source>{n} conflicts: these rows changed here and in the register; nothing was overwritten. See “werkstatt conflicts list”.</source>
            <translation>{n} conflicts: these rows changed here and in the register; nothing was overwritten. See “werkstatt conflicts list”.</translation>
        </message>
    </context>
    <context>
        <name>SyncEngine</name>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="334" />
            <source>Done.</source>
            <translation>Done.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="302" />
            <source>Reading the changes on this laptop…</source>
            <translation>Reading the changes on this laptop…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="324" />
            <source>Receiving the register's changes…</source>
            <translation>Receiving the register's changes…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="327" />
            <source>Recording the result on this laptop…</source>
            <translation>Recording the result on this laptop…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="285" />
            <source>Say which organisation this laptop syncs as with --as, for example “--as Witten”. The register {address} has: {names}.</source>
            <translation>Say which organisation this laptop syncs as with --as, for example “--as Witten”. The register {address} has: {names}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="372" />
            <source>Sending this laptop's changes…</source>
            <translation>Sending this laptop's changes…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="340" />
            <source>The connection to the register {address} broke off during the sync; the register was left as it was and nothing here was marked as sent. Sync again when the connection is back.</source>
            <translation>The connection to the register {address} broke off during the sync; the register was left as it was and nothing here was marked as sent. Sync again when the connection is back.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="289" />
            <source>The register login belongs to another organisation than “{name}”; sync as that organisation or log in with its role.</source>
            <translation>The register login belongs to another organisation than “{name}”; sync as that organisation or log in with its role.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="275" />
            <source>The register {address} has no organisation “{name}”; it has: {names}.</source>
            <translation>The register {address} has no organisation “{name}”; it has: {names}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="345" />
            <source>The register {address} refused a change: this login may not write it. Nothing was changed. ({detail})</source>
            <translation>The register {address} refused a change: this login may not write it. Nothing was changed. ({detail})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="347" />
            <source>The register {address} reported an error; nothing was changed there: {detail}</source>
            <translation>The register {address} reported an error; nothing was changed there: {detail}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/engine.py" line="400" />
            <location filename="../src/werkstatt/sync/engine.py" line="395" />
            <location filename="../src/werkstatt/sync/engine.py" line="323" />
            <source>The sync was stopped; nothing was changed in the register.</source>
            <translation>The sync was stopped; nothing was changed in the register.</translation>
        </message>
    </context>
    <context>
        <name>SyncFields</name>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="56" />
            <source>Based on</source>
            <translation>Based on</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="42" />
            <source>Building block</source>
            <translation>Building block</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="67" />
            <source>Cases per year</source>
            <translation>Cases per year</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="71" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="76" />
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="40" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="73" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="74" />
            <source>Effort</source>
            <translation>Effort</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="55" />
            <source>Fact sheet</source>
            <translation>Fact sheet</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="53" />
            <source>From step</source>
            <translation>From step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="46" />
            <source>IT system</source>
            <translation>IT system</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="75" />
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="41" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="37" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="51" />
            <source>Lane</source>
            <translation>Lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="62" />
            <source>Lead organisation</source>
            <translation>Lead organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="68" />
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="65" />
            <source>LeiKa key</source>
            <translation>LeiKa key</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="58" />
            <source>Measure</source>
            <translation>Measure</translation>
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
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="60" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="61" />
            <source>Owning organisation</source>
            <translation>Owning organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="59" />
            <source>Pain point</source>
            <translation>Pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="70" />
            <source>Pay grade</source>
            <translation>Pay grade</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="49" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="45" />
            <source>Probability</source>
            <translation>Probability</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="50" />
            <source>Process model</source>
            <translation>Process model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="43" />
            <source>Processing time (min)</source>
            <translation>Processing time (min)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="64" />
            <source>Product area</source>
            <translation>Product area</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="63" />
            <source>Register key</source>
            <translation>Register key</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="72" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="66" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="52" />
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="69" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="39" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="54" />
            <source>To step</source>
            <translation>To step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="44" />
            <source>Waiting time (min)</source>
            <translation>Waiting time (min)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="57" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="119" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="119" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>SyncPull</name>
        <message>
            <location filename="../src/werkstatt/sync/pull.py" line="98" />
            <source>Receiving the register's changes… ({count} rows)</source>
            <translation>Receiving the register's changes… ({count} rows)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/sync/pull.py" line="101" />
            <source>The sync was stopped; nothing was changed in the register. Part of the library came; the next sync goes on from there.</source>
            <translation>The sync was stopped; nothing was changed in the register. Part of the library came; the next sync goes on from there.</translation>
        </message>
    </context>
    <context>
        <name>SyncRows</name>
        <message>
            <location filename="../src/werkstatt/sync/rows.py" line="113" />
            <source>The register does not know the organisation “{name}”; rows that name it were sent without it. Its administrator can add it with “werkstatt register init --organisation”.</source>
            <translation>The register does not know the organisation “{name}”; rows that name it were sent without it. Its administrator can add it with “werkstatt register init --organisation”.</translation>
        </message>
    </context>
    <context>
        <name>SyncSummary</name>
        <message>
            <location filename="../src/werkstatt/sync/gui_support.py" line="291" />
            <source>{n} conflicts: these rows changed here and in the register; nothing was overwritten. Choose which version counts with “Resolve conflicts…”.</source>
            <translation>{n} conflicts: these rows changed here and in the register; nothing was overwritten. Choose which version counts with “Resolve conflicts…”.</translation>
        </message>
    </context>
    <context>
        <name>TopItemsPanel</name>
        <message>
            <location filename="../src/werkstatt/ui/projector/view.py" line="75" />
            <source>1 dot</source>
            <translation>1 dot</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/view.py" line="66" />
            <source>Most dots</source>
            <translation>Most dots</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/view.py" line="67" />
            <source>The number on a marker: its dots</source>
            <translation>The number on a marker: its dots</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/view.py" line="74" />
            <source>{n} dots</source>
            <translation>{n} dots</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/projector/view.py" line="81" />
            <source>… and {n} more</source>
            <translation>… and {n} more</translation>
        </message>
    </context>
    <context>
        <name>UserGuide</name>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="215" />
            <source>&amp;Contents</source>
            <translation>&amp;Contents</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="206" />
            <source>&amp;Find:</source>
            <translation>&amp;Find:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="208" />
            <source>&amp;Next</source>
            <translation>&amp;Next</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="194" />
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="202" />
            <source>Find in the guide</source>
            <translation>Find in the guide</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="201" />
            <source>Find in the guide ({keys})</source>
            <translation>Find in the guide ({keys})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="351" />
            <source>Not found.</source>
            <translation>Not found.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="212" />
            <source>Result of the search</source>
            <translation>Result of the search</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="192" />
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="182" />
            <source>Werkstatt user guide</source>
            <translation>Werkstatt user guide</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/guide.py" line="93" />
            <source>The page {name} is not part of this installation; it is in Werkstatt's documentation.</source>
            <translation>The page {name} is not part of this installation; it is in Werkstatt's documentation.</translation>
        </message>
    </context>
    <context>
        <name>VoteGrid</name>
        <message>
            <location filename="../src/werkstatt/ui/voting/grid.py" line="263" />
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
    </context>
    <context>
        <name>VotePage</name>
        <message>
            <location filename="../src/werkstatt/ui/projector/vote.py" line="170" />
            <source>… and {n} more</source>
            <translation>… and {n} more</translation>
        </message>
    </context>
    <context>
        <name>VoteScreen</name>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="176" />
            <source>1 dot per person</source>
            <translation>1 dot per person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="297" />
            <source>Benefit →</source>
            <translation>Benefit →</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="206" />
            <source>Choose a round in the voting panel to show it here.</source>
            <translation>Choose a round in the voting panel to show it here.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="173" />
            <source>Effort and benefit of each measure</source>
            <translation>Effort and benefit of each measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="297" />
            <source>Effort →</source>
            <translation>Effort →</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="47" />
            <source>Fill-ins</source>
            <translation>Fill-ins</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="46" />
            <source>Major projects</source>
            <translation>Major projects</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="205" />
            <source>No voting round</source>
            <translation>No voting round</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="46" />
            <source>Quick wins</source>
            <translation>Quick wins</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="167" />
            <source>Resistance 0 to 10 per option</source>
            <translation>Resistance 0 to 10 per option</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="274" />
            <source>Result: dots per item</source>
            <translation>Result: dots per item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="296" />
            <source>Result: effort and benefit</source>
            <translation>Result: effort and benefit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="47" />
            <source>Thankless tasks</source>
            <translation>Thankless tasks</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="217" />
            <source>To vote on</source>
            <translation>To vote on</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="273" />
            <source>Total resistance: the lowest wins</source>
            <translation>Total resistance: the lowest wins</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="239" />
            <source>Voting is open: please place your dots on the wall</source>
            <translation>Voting is open: please place your dots on the wall</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="237" />
            <source>Voting is open: totals are shown when the round is revealed</source>
            <translation>Voting is open: totals are shown when the round is revealed</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="184" />
            <source>at most {n} per item</source>
            <translation>at most {n} per item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="183" />
            <source>at most {n} per measure</source>
            <translation>at most {n} per measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="182" />
            <source>at most {n} per pain point</source>
            <translation>at most {n} per pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="174" />
            <source>high benefit at little effort first</source>
            <translation>high benefit at little effort first</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="171" />
            <source>low or high</source>
            <translation>low or high</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="189" />
            <source>no dots on own proposals</source>
            <translation>no dots on own proposals</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="180" />
            <source>no stacking</source>
            <translation>no stacking</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="188" />
            <source>own proposals allowed</source>
            <translation>own proposals allowed</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="186" />
            <source>stacking allowed</source>
            <translation>stacking allowed</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="168" />
            <source>the lowest total resistance wins</source>
            <translation>the lowest total resistance wins</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="234" />
            <source>{finished} of {total} finished</source>
            <translation>{finished} of {total} finished</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="172" />
            <source>{low} to {high}</source>
            <translation>{low} to {high}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="393" />
            <source>{name} ({n} voters)</source>
            <translation>{name} ({n} voters)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="177" />
            <source>{n} dots per person</source>
            <translation>{n} dots per person</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="392" />
            <source>{name} (1 voter)</source>
            <translation>{name} (1 voter)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="256" />
            <source>Code: {code}</source>
            <translation>Code: {code}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="254" />
            <source>Scan the code with your phone and vote there</source>
            <translation>Scan the code with your phone and vote there</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="252" />
            <source>Voting is open, but not yet for the phones</source>
            <translation>Voting is open, but not yet for the phones</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/display.py" line="246" />
            <source>{finished} of {total} have voted</source>
            <translation>{finished} of {total} have voted</translation>
        </message>
    </context>
    <context>
        <name>VoteTableModel</name>
        <message>
            <location filename="../src/werkstatt/ui/voting/grid.py" line="195" />
            <source>A vote is a whole number.</source>
            <translation>A vote is a whole number.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/grid.py" line="240" />
            <location filename="../src/werkstatt/ui/voting/grid.py" line="229" />
            <location filename="../src/werkstatt/ui/voting/grid.py" line="208" />
            <source>Choose a voting round first.</source>
            <translation>Choose a voting round first.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/grid.py" line="139" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/grid.py" line="210" />
            <source>Move to a voter's column to enter a value.</source>
            <translation>Move to a voter's column to enter a value.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/grid.py" line="231" />
            <source>Move to a voter's column to mark them as finished.</source>
            <translation>Move to a voter's column to mark them as finished.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/grid.py" line="242" />
            <source>Move to a voter's column to say who proposed the item.</source>
            <translation>Move to a voter's column to say who proposed the item.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/grid.py" line="141" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="109" />
            <source>A resistance is rated from 0 (none) to 10 (strongest); {value} is not on that scale.</source>
            <translation>A resistance is rated from 0 (none) to 10 (strongest); {value} is not on that scale.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="124" />
            <source>A round needs at least one item to vote on.</source>
            <translation>A round needs at least one item to vote on.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="92" />
            <source>A total cannot be negative.</source>
            <translation>A total cannot be negative.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="70" />
            <source>At most {cap} dots per item: {voter} cannot give {value} to “{item}”.</source>
            <translation>At most {cap} dots per item: {voter} cannot give {value} to “{item}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="115" />
            <source>Benefit is rated from {low} to {high}; {value} is not on that scale.</source>
            <translation>Benefit is rated from {low} to {high}; {value} is not on that scale.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="117" />
            <location filename="../src/werkstatt/voting/rules.py" line="64" />
            <source>Dots cannot be negative.</source>
            <translation>Dots cannot be negative.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="69" />
            <source>Dots may not be stacked in this round: one dot per item at most.</source>
            <translation>Dots may not be stacked in this round: one dot per item at most.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="127" />
            <source>Each person needs at least one dot.</source>
            <translation>Each person needs at least one dot.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="112" />
            <source>Effort is rated from {low} to {high}; {value} is not on that scale.</source>
            <translation>Effort is rated from {low} to {high}; {value} is not on that scale.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="87" />
            <source>Nobody votes in this round yet: add the participants who vote first.</source>
            <translation>Nobody votes in this round yet: add the participants who vote first.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="22" />
            <source>Person {n}</source>
            <translation>Person {n}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="129" />
            <source>The cap per item must be at least 1 (1 means no stacking).</source>
            <translation>The cap per item must be at least 1 (1 means no stacking).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="131" />
            <source>The minimum group size for the breakdown must be at least 1.</source>
            <translation>The minimum group size for the breakdown must be at least 1.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="32" />
            <source>The round has not been opened yet: open it before entering votes.</source>
            <translation>The round has not been opened yet: open it before entering votes.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="34" />
            <source>The round is closed: reopen it to change votes.</source>
            <translation>The round is closed: reopen it to change votes.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="23" />
            <source>The wall</source>
            <translation>The wall</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="101" />
            <source>The wall can hold at most {limit} dots ({voters} voters × {budget}); with {value} here it would hold {total}.</source>
            <translation>The wall can hold at most {limit} dots ({voters} voters × {budget}); with {value} here it would hold {total}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="37" />
            <source>This item is no longer part of the round.</source>
            <translation>This item is no longer part of the round.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="45" />
            <source>This person does not vote in this round (absent or removed from it).</source>
            <translation>This person does not vote in this round (absent or removed from it).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="39" />
            <source>This round does not ask for that value.</source>
            <translation>This round does not ask for that value.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="42" />
            <source>This round takes totals read off the wall, not votes per person.</source>
            <translation>This round takes totals read off the wall, not votes per person.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="43" />
            <source>This round takes votes per person, not totals from the wall.</source>
            <translation>This round takes votes per person, not totals from the wall.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="23" />
            <source>This voter</source>
            <translation>This voter</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="75" />
            <source>{voter} has {budget} dots and has given {used} elsewhere: {value} more would make {total}.</source>
            <translation>{voter} has {budget} dots and has given {used} elsewhere: {value} more would make {total}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="66" />
            <source>{voter} proposed “{item}”; in this round nobody votes for their own proposals.</source>
            <translation>{voter} proposed “{item}”; in this round nobody votes for their own proposals.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="95" />
            <source>“{item}” can have at most {limit} on the wall ({voters} voters × {each}).</source>
            <translation>“{item}” can have at most {limit} on the wall ({voters} voters × {each}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rules.py" line="21" />
            <source>Phone {n}</source>
            <translation>Phone {n}</translation>
        </message>
    </context>
    <context>
        <name>VotingCLI</name>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="43" />
            <source>There is no voting round with the id {id}.</source>
            <translation>There is no voting round with the id {id}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="81" />
            <source>The round has not been revealed: these totals are provisional.</source>
            <translation>The round has not been revealed: these totals are provisional.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="85" />
            <source>benefit {benefit:g}, effort {effort:g}</source>
            <translation>benefit {benefit:g}, effort {effort:g}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="55" />
            <source>dot vote</source>
            <translation>dot vote</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="55" />
            <source>effort/benefit</source>
            <translation>effort/benefit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="60" />
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="60" />
            <source>prepared</source>
            <translation>prepared</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="26" />
            <source>results of voting rounds</source>
            <translation>results of voting rounds</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="61" />
            <source>revealed</source>
            <translation>revealed</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="56" />
            <source>systemic consensus</source>
            <translation>systemic consensus</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="28" />
            <source>the ranked items of a round with their totals</source>
            <translation>the ranked items of a round with their totals</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/cli.py" line="78" />
            <source>{method}, {state}; {voters} of {eligible} voted.</source>
            <translation>{method}, {state}; {voters} of {eligible} voted.</translation>
        </message>
    </context>
    <context>
        <name>VotingEdits</name>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="148" />
            <source>A round needs at least one item to vote on.</source>
            <translation>A round needs at least one item to vote on.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="120" />
            <location filename="../src/werkstatt/edits/voting.py" line="78" />
            <source>A voting round needs a question.</source>
            <translation>A voting round needs a question.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="225" />
            <source>Add voter</source>
            <translation>Add voter</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="112" />
            <source>Change the rules of the voting round</source>
            <translation>Change the rules of the voting round</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="167" />
            <source>Delete voting round</source>
            <translation>Delete voting round</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="81" />
            <source>Effort and benefit are rated for measures only.</source>
            <translation>Effort and benefit are rated for measures only.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="175" />
            <source>Enter vote</source>
            <translation>Enter vote</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="211" />
            <source>Mark voter as finished</source>
            <translation>Mark voter as finished</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="212" />
            <source>Mark voter as not finished</source>
            <translation>Mark voter as not finished</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="150" />
            <source>Nobody votes in this round: mark the participants present first.</source>
            <translation>Nobody votes in this round: mark the participants present first.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="259" />
            <source>Only a pain point or a measure can have been proposed by someone.</source>
            <translation>Only a pain point or a measure can have been proposed by someone.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="142" />
            <source>Only a prepared round can be opened.</source>
            <translation>Only a prepared round can be opened.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="144" />
            <source>Only a revealed round can be reopened.</source>
            <translation>Only a revealed round can be reopened.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="143" />
            <source>Only an open round can be revealed.</source>
            <translation>Only an open round can be revealed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="134" />
            <source>Open voting round</source>
            <translation>Open voting round</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="63" />
            <source>Prepare voting round</source>
            <translation>Prepare voting round</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="225" />
            <source>Remove voter</source>
            <translation>Remove voter</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="135" />
            <source>Reopen voting round</source>
            <translation>Reopen voting round</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="134" />
            <source>Reveal voting results</source>
            <translation>Reveal voting results</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="250" />
            <source>Set who proposed the item</source>
            <translation>Set who proposed the item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="256" />
            <source>The round is closed: reopen it to change it.</source>
            <translation>The round is closed: reopen it to change it.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="230" />
            <source>The round is closed: reopen it to change who votes.</source>
            <translation>The round is closed: reopen it to change who votes.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="116" />
            <source>The rules are fixed once the round is open.</source>
            <translation>The rules are fixed once the round is open.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="76" />
            <source>This kind of voting round is not known.</source>
            <translation>This kind of voting round is not known.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="203" />
            <source>This person does not vote in this round.</source>
            <translation>This person does not vote in this round.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="263" />
            <source>This person has already given dots to the item; remove them first, because nobody votes for their own proposals in this round.</source>
            <translation>This person has already given dots to the item; remove them first, because nobody votes for their own proposals in this round.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/voting.py" line="217" />
            <source>Voters can finish only while the round is open.</source>
            <translation>Voters can finish only while the round is open.</translation>
        </message>
    </context>
    <context>
        <name>VotingPanel</name>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="72" />
            <source>&amp;Delete round</source>
            <translation>&amp;Delete round</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="68" />
            <source>&amp;New round…</source>
            <translation>&amp;New round…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="69" />
            <source>&amp;Open round</source>
            <translation>&amp;Open round</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="70" />
            <source>&amp;Reveal</source>
            <translation>&amp;Reveal</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="211" />
            <source>Choose a voting round first.</source>
            <translation>Choose a voting round first.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="73" />
            <source>Mark &amp;finished</source>
            <translation>Mark &amp;finished</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="74" />
            <source>Mark the voter of the current column as finished (Ctrl+Return in the grid)</source>
            <translation>Mark the voter of the current column as finished (Ctrl+Return in the grid)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="57" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="71" />
            <source>R&amp;eopen</source>
            <translation>R&amp;eopen</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="54" />
            <source>State of the round</source>
            <translation>State of the round</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="239" />
            <source>The round was deleted; undo brings it back.</source>
            <translation>The round was deleted; undo brings it back.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="48" />
            <source>Voting round</source>
            <translation>Voting round</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="229" />
            <source>Not revealed: the round stays open.</source>
            <translation>Not revealed: the round stays open.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/voting/panel.py" line="224" />
            <source>Reveal the round?</source>
            <translation>Reveal the round?</translation>
        </message>
    </context>
    <context>
        <name>VotingProgress</name>
        <message>
            <location filename="../src/werkstatt/voting/progress.py" line="30" />
            <source>Only {finished} of {total} have finished. Reveal anyway?</source>
            <translation>Only {finished} of {total} have finished. Reveal anyway?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/progress.py" line="54" />
            <source>{name} has finished; next: {next}.</source>
            <translation>{name} has finished; next: {next}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/progress.py" line="53" />
            <source>{name} has finished; now everybody has finished.</source>
            <translation>{name} has finished; now everybody has finished.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/progress.py" line="36" />
            <source>{voters} of {eligible} voted</source>
            <translation>{voters} of {eligible} voted</translation>
        </message>
    </context>
    <context>
        <name>VotingResults</name>
        <message>
            <location filename="../src/werkstatt/voting/results.py" line="208" />
            <source>All voters belong to one organisation: there is no breakdown.</source>
            <translation>All voters belong to one organisation: there is no breakdown.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/results.py" line="219" />
            <source>Breakdown by organisation hidden: fewer than {minimum} voters in {names}.</source>
            <translation>Breakdown by organisation hidden: fewer than {minimum} voters in {names}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/results.py" line="231" />
            <location filename="../src/werkstatt/voting/results.py" line="221" />
            <source>No organisation</source>
            <translation>No organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/results.py" line="130" />
            <source>Nobody has voted yet.</source>
            <translation>Nobody has voted yet.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/results.py" line="200" />
            <source>Totals read off the wall have no breakdown by organisation.</source>
            <translation>Totals read off the wall have no breakdown by organisation.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/results.py" line="119" />
            <source>{n} ballots were incomplete; each missing rating counts as 10, the strongest resistance.</source>
            <translation>{n} ballots were incomplete; each missing rating counts as 10, the strongest resistance.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/results.py" line="128" />
            <source>{n} items have no rating yet and are listed last.</source>
            <translation>{n} items have no rating yet and are listed last.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/results.py" line="202" />
            <source>The phones voted anonymously: there is no breakdown by organisation.</source>
            <translation>The phones voted anonymously: there is no breakdown by organisation.</translation>
        </message>
    </context>
    <context>
        <name>VotingRounds</name>
        <message>
            <location filename="../src/werkstatt/voting/rounds.py" line="158" />
            <source>(removed)</source>
            <translation>(removed)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rounds.py" line="155" />
            <source>Keep as is</source>
            <translation>Keep as is</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/rounds.py" line="167" />
            <source>There is no voting round with the id {id}.</source>
            <translation>There is no voting round with the id {id}.</translation>
        </message>
    </context>
    <context>
        <name>VotingText</name>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="80" />
            <source>; no dots for own proposals</source>
            <translation>; no dots for own proposals</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="87" />
            <source>; totals read off the wall</source>
            <translation>; totals read off the wall</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="54" />
            <source>Benefit</source>
            <translation>Benefit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="41" />
            <source>Dot vote</source>
            <translation>Dot vote</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="53" />
            <source>Dots</source>
            <translation>Dots</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="54" />
            <source>Effort</source>
            <translation>Effort</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="85" />
            <source>Effort and benefit {low}–{high} per measure</source>
            <translation>Effort and benefit {low}–{high} per measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="41" />
            <source>Effort/benefit</source>
            <translation>Effort/benefit</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="99" />
            <source>No voting round chosen.</source>
            <translation>No voting round chosen.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="53" />
            <source>Resistance</source>
            <translation>Resistance</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="82" />
            <source>Resistance 0–10 per option; the lowest total wins</source>
            <translation>Resistance 0–10 per option; the lowest total wins</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="42" />
            <source>Systemic consensus</source>
            <translation>Systemic consensus</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="47" />
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="47" />
            <source>prepared</source>
            <translation>prepared</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="48" />
            <source>revealed</source>
            <translation>revealed</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="75" />
            <source>{budget} dots per person, at most {cap} per item</source>
            <translation>{budget} dots per person, at most {cap} per item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="73" />
            <source>{budget} dots per person, no stacking</source>
            <translation>{budget} dots per person, no stacking</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="78" />
            <source>{budget} dots per person, stacking allowed</source>
            <translation>{budget} dots per person, stacking allowed</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/voting/grid_text.py" line="93" />
            <source>{finished} of {count} have finished</source>
            <translation>{finished} of {count} have finished</translation>
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
            <translation>Create demo workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/welcome.py" line="40" />
            <source>Demo workshop</source>
            <translation>Demo workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/welcome.py" line="33" />
            <source>Start empty</source>
            <translation>Start empty</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/welcome.py" line="29" />
            <source>There is no workshop yet. Shall Werkstatt create the demo workshop „Prozesswerkstatt Führerscheinantrag“ to look around in?</source>
            <translation>There is no workshop yet. Shall Werkstatt create the demo workshop „Prozesswerkstatt Führerscheinantrag“ to look around in?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/help/welcome.py" line="28" />
            <source>Welcome to Werkstatt</source>
            <translation>Welcome to Werkstatt</translation>
        </message>
    </context>
    <context>
        <name>WindowCLI</name>
        <message>
            <location filename="../src/werkstatt/ui/cli.py" line="33" />
            <source>There is no file {path} to open.</source>
            <translation>There is no file {path} to open.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/cli.py" line="43" />
            <source>There is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). The commands in “werkstatt --help” work without one.</source>
            <translation>There is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). The commands in “werkstatt --help” work without one.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/cli.py" line="23" />
            <source>open the window, and offer to import a workshop package (what a double click on a .werkstatt file does)</source>
            <translation>open the window, and offer to import a workshop package (what a double click on a .werkstatt file does)</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialogs</name>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="224" />
            <source>&amp;Actual:</source>
            <translation>&amp;Actual:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="197" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="195" />
            <source>&amp;Function:</source>
            <translation>&amp;Function:</translation>
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
            <translation>&amp;Planned:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="263" />
            <source>&amp;Register process:</source>
            <translation>&amp;Register process:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="236" />
            <source>&amp;Result:</source>
            <translation>&amp;Result:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="220" />
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="84" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="224" />
            <source>Actual minutes</source>
            <translation>Actual minutes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="217" />
            <source>Agenda item</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="67" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="302" />
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="280" />
            <source>Choose a process or type the name of a new one.</source>
            <translation>Choose a process or type the name of a new one.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="254" />
            <source>Discuss process</source>
            <translation>Discuss process</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="198" />
            <source>E-mail address</source>
            <translation>E-mail address</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="62" />
            <source>Error message</source>
            <translation>Error message</translation>
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
            <translation>Participant</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="266" />
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="222" />
            <source>Planned minutes</source>
            <translation>Planned minutes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="228" />
            <source>Process &amp;model:</source>
            <translation>Process &amp;model:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="229" />
            <source>Process model</source>
            <translation>Process model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="257" />
            <source>Register processes</source>
            <translation>Register processes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="234" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="199" />
            <source>optional, for sending the protocol</source>
            <translation>optional, for sending the protocol</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/dialogs.py" line="264" />
            <source>or &amp;new process:</source>
            <translation>or &amp;new process:</translation>
        </message>
    </context>
    <context>
        <name>WorkshopEdits</name>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="238" />
            <source>Add participant</source>
            <translation>Add participant</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="262" />
            <source>Change participant</source>
            <translation>Change participant</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="185" />
            <source>Change participating organisations</source>
            <translation>Change participating organisations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="107" />
            <source>Change workshop</source>
            <translation>Change workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="101" />
            <source>Create workshop</source>
            <translation>Create workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="164" />
            <source>Delete workshop</source>
            <translation>Delete workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="309" />
            <source>Discuss process</source>
            <translation>Discuss process</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="133" />
            <source>Duplicate workshop</source>
            <translation>Duplicate workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="357" />
            <source>New process</source>
            <translation>New process</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="218" />
            <source>Participants have no field {name}.</source>
            <translation>Participants have no field {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="111" />
            <source>Rename workshop</source>
            <translation>Rename workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="194" />
            <source>The organisation no longer exists.</source>
            <translation>The organisation no longer exists.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="347" />
            <location filename="../src/werkstatt/edits/workshops.py" line="317" />
            <source>The process no longer exists in the register.</source>
            <translation>The process no longer exists in the register.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="65" />
            <source>The workshop date must be a date.</source>
            <translation>The workshop date must be a date.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="67" />
            <source>Unknown workshop status: {status}.</source>
            <translation>Unknown workshop status: {status}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="49" />
            <source>Workshops have no field {name}.</source>
            <translation>Workshops have no field {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="58" />
            <source>facilitator</source>
            <translation>facilitator</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="224" />
            <source>function</source>
            <translation>function</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="61" />
            <source>goal</source>
            <translation>goal</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="221" />
            <source>participant's name</source>
            <translation>participant's name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="55" />
            <source>place</source>
            <translation>place</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="356" />
            <location filename="../src/werkstatt/edits/workshops.py" line="333" />
            <source>process name</source>
            <translation>process name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="52" />
            <source>workshop title</source>
            <translation>workshop title</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="274" />
            <location filename="../src/werkstatt/edits/workshops.py" line="273" />
            <source>{name} (as-is)</source>
            <translation>{name} (as-is)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="117" />
            <location filename="../src/werkstatt/edits/workshops.py" line="116" />
            <source>{title} (copy)</source>
            <translation>{title} (copy)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="377" />
            <source>Delete agenda item</source>
            <translation>Delete agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="330" />
            <source>Link agenda item to process</source>
            <translation>Link agenda item to process</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="91" />
            <source>The {what} must fit on one line.</source>
            <translation>The {what} must fit on one line.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="95" />
            <source>Whether the protocol is final must be yes or no.</source>
            <translation>Whether the protocol is final must be yes or no.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="79" />
            <source>distribution list</source>
            <translation>distribution list</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="206" />
            <source>e-mail address</source>
            <translation>e-mail address</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="86" />
            <source>file reference</source>
            <translation>file reference</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="85" />
            <source>minute taker</source>
            <translation>minute taker</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="87" />
            <source>next meeting</source>
            <translation>next meeting</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshops.py" line="211" />
            <source>“{address}” is not an e-mail address: it needs exactly one @ with text on both sides and no spaces.</source>
            <translation>“{address}” is not an e-mail address: it needs exactly one @ with text on both sides and no spaces.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopManager</name>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="231" />
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="228" />
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="226" />
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="229" />
            <source>&amp;Rename…</source>
            <translation>&amp;Rename…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="398" />
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="381" />
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="242" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="233" />
            <source>Create &amp;demo workshop</source>
            <translation>Create &amp;demo workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="230" />
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicate</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="151" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="214" />
            <source>Filter by title, place or date…</source>
            <translation>Filter by title, place or date…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="215" />
            <source>Filter workshops</source>
            <translation>Filter workshops</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="153" />
            <source>Models</source>
            <translation>Models</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="380" />
            <source>New workshop</source>
            <translation>New workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="189" />
            <source>Not opened lately</source>
            <translation>Not opened lately</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="153" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="152" />
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="151" />
            <source>Recent</source>
            <translation>Recent</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="189" />
            <source>Recently opened</source>
            <translation>Recently opened</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="236" />
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="396" />
            <source>Rename workshop</source>
            <translation>Rename workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="224" />
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="152" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="442" />
            <source>The demo workshop is ready. Press Enter to open it.</source>
            <translation>The demo workshop is ready. Press Enter to open it.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="151" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="241" />
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="234" />
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="386" />
            <source>Workshop created.</source>
            <translation>Workshop created.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="418" />
            <source>Workshop duplicated. Ctrl+Z takes the copy away again.</source>
            <translation>Workshop duplicated. Ctrl+Z takes the copy away again.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="403" />
            <source>Workshop renamed.</source>
            <translation>Workshop renamed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="430" />
            <source>Workshop „{title}“ deleted. Ctrl+Z brings it back.</source>
            <translation>Workshop „{title}“ deleted. Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="218" />
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="210" />
            <source>Workshops</source>
            <translation>Workshops</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="64" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="63" />
            <source>planned</source>
            <translation>planned</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="63" />
            <source>running</source>
            <translation>running</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/manager.py" line="353" />
            <source>Undone: {action}.</source>
            <translation>Undone: {action}.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopQueries</name>
        <message>
            <location filename="../src/werkstatt/read/workshops.py" line="119" />
            <source>The workshop no longer exists.</source>
            <translation>The workshop no longer exists.</translation>
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
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="173" />
            <source>&amp;Facilitator:</source>
            <translation>&amp;Facilitator:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="162" />
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="110" />
            <source>Actual (min)</source>
            <translation>Actual (min)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="270" />
            <source>Add agenda item…</source>
            <translation>Add agenda item…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="253" />
            <source>Add participant…</source>
            <translation>Add participant…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="266" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="109" />
            <source>Agenda item</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="168" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="274" />
            <source>Delete agenda item</source>
            <translation>Delete agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="278" />
            <source>Discuss process</source>
            <translation>Discuss process</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="271" />
            <source>Edit agenda item…</source>
            <translation>Edit agenda item…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="254" />
            <source>Edit participant…</source>
            <translation>Edit participant…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="87" />
            <source>Function</source>
            <translation>Function</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="177" />
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="131" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="273" />
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="272" />
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="86" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="132" />
            <source>No workshop is open.</source>
            <translation>No workshop is open.</translation>
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
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="202" />
            <source>Participating organisations</source>
            <translation>Participating organisations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="109" />
            <source>Planned (min)</source>
            <translation>Planned (min)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="87" />
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="110" />
            <source>Process model</source>
            <translation>Process model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="255" />
            <source>Remove participant</source>
            <translation>Remove participant</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="181" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="160" />
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="101" />
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="167" />
            <source>no date</source>
            <translation>no date</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="101" />
            <source>present</source>
            <translation>present</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="277" />
            <source>Discuss pro&amp;cess…</source>
            <translation>Discuss pro&amp;cess…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="172" />
            <source>P&amp;lace:</source>
            <translation>P&amp;lace:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="179" />
            <source>A&amp;im:</source>
            <translation>A&amp;im:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="264" />
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="211" />
            <source>&amp;Manage…</source>
            <translation>&amp;Manage…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="205" />
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="209" />
            <source>Add the six administrations of the project</source>
            <translation>Add the six administrations of the project</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="212" />
            <source>Manage organisations</source>
            <translation>Manage organisations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="206" />
            <source>New organisation</source>
            <translation>New organisation</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="197" />
            <source>Organisations ta&amp;king part</source>
            <translation>Organisations ta&amp;king part</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="245" />
            <source>Pa&amp;rticipants</source>
            <translation>Pa&amp;rticipants</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="185" />
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="208" />
            <source>The si&amp;x administrations</source>
            <translation>The si&amp;x administrations</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workshop/setup.py" line="111" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
    </context>
    <context>
        <name>WorkshopValidation</name>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="84" />
            <source>facilitator</source>
            <translation>facilitator</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="87" />
            <source>function</source>
            <translation>function</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="85" />
            <source>goal</source>
            <translation>goal</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="86" />
            <source>participant's name</source>
            <translation>participant's name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="83" />
            <source>place</source>
            <translation>place</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="88" />
            <source>process name</source>
            <translation>process name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="82" />
            <source>workshop title</source>
            <translation>workshop title</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../src/werkstatt/ui/workspace.py" line="58" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workspace.py" line="203" />
            <source>Redone: {what}</source>
            <translation>Redone: {what}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workspace.py" line="163" />
            <location filename="../src/werkstatt/ui/workspace.py" line="131" />
            <source>Saved: {what}</source>
            <translation>Saved: {what}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workspace.py" line="202" />
            <source>Undone: {what}</source>
            <translation>Undone: {what}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workspace.py" line="196" />
            <source>The undo history was cleared, because it no longer matches the data.</source>
            <translation>The undo history was cleared, because it no longer matches the data.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/ui/workspace.py" line="208" />
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
</TS>
