<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>CLI</name>
        <message>
            <location filename="../src/werkstatt/cli.py" line="129" />
            <source>Demo workshop created in {path} (id {id}).</source>
            <translation>Demo workshop created in {path} (id {id}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="145" />
            <source>Nothing here yet.</source>
            <translation>Nothing here yet.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="131" />
            <source>The demo workshop already exists in {path} (id {id}).</source>
            <translation>The demo workshop already exists in {path} (id {id}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="215" />
            <source>The line is not UTF-8 text.</source>
            <translation>The line is not UTF-8 text.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="91" />
            <source>There is no database at {path}. Create one with “werkstatt demo” or choose another with --db.</source>
            <translation>There is no database at {path}. Create one with “werkstatt demo” or choose another with --db.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="29" />
            <source>Werkstatt: run process workshops and share their results.</source>
            <translation>Werkstatt: run process workshops and share their results.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="54" />
            <source>acknowledge each line as JSON</source>
            <translation>acknowledge each line as JSON</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="37" />
            <source>create the demo workshop (once)</source>
            <translation>create the demo workshop (once)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="34" />
            <source>language of the messages</source>
            <translation>language of the messages</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="39" />
            <source>list workshops, processes or models</source>
            <translation>list workshops, processes or models</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="45" />
            <location filename="../src/werkstatt/cli.py" line="41" />
            <source>machine-readable output</source>
            <translation>machine-readable output</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="205" />
            <source>ok {line}: {message}</source>
            <translation>ok {line}: {message}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="52" />
            <source>read quick-entry lines from standard input</source>
            <translation>read quick-entry lines from standard input</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="43" />
            <source>show a process model</source>
            <translation>show a process model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="32" />
            <source>the local database (default: WERKSTATT_DB or the user's data folder)</source>
            <translation>the local database (default: WERKSTATT_DB or the user's data folder)</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="25" />
            <source>werkstatt: {problem}. See “werkstatt --help”.</source>
            <translation>werkstatt: {problem}. See “werkstatt --help”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="115" />
            <source>Show a model with “werkstatt show MODEL_ID”, add steps with “werkstatt capture MODEL_ID”; “werkstatt --help” lists all commands.</source>
            <translation>Show a model with “werkstatt show MODEL_ID”, add steps with “werkstatt capture MODEL_ID”; “werkstatt --help” lists all commands.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="112" />
            <source>This build of Werkstatt has no window yet. The database {path} holds:</source>
            <translation>This build of Werkstatt has no window yet. The database {path} holds:</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="181" />
            <source>Diagram written to {path}.</source>
            <translation>Diagram written to {path}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="50" />
            <source>the file to write</source>
            <translation>the file to write</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="47" />
            <source>write a process model as a diagram file</source>
            <translation>write a process model as a diagram file</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="163" />
            <source>decision</source>
            <translation>decision</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="164" />
            <source>end</source>
            <translation>end</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="163" />
            <source>start</source>
            <translation>start</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="164" />
            <source>subprocess</source>
            <translation>subprocess</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/cli.py" line="163" />
            <source>task</source>
            <translation>task</translation>
        </message>
    </context>
    <context>
        <name>Capture</name>
        <message>
            <location filename="../src/werkstatt/capture.py" line="181" />
            <source>A note needs a step before it.</source>
            <translation>A note needs a step before it.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="105" />
            <source>Capture step</source>
            <translation>Capture step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="86" />
            <source>Comment, not stored.</source>
            <translation>Comment, not stored.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="159" />
            <source>Connected to “{label}”.</source>
            <translation>Connected to “{label}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="113" />
            <source>Lane “{lane}” created.</source>
            <translation>Lane “{lane}” created.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="169" />
            <source>No step is labelled “{label}”.</source>
            <translation>No step is labelled “{label}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="187" />
            <source>Note added to “{label}”.</source>
            <translation>Note added to “{label}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="170" />
            <source>Several steps begin with “{label}”: write more of the label.</source>
            <translation>Several steps begin with “{label}”: write more of the label.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="111" />
            <source>Step “{label}” stored in lane “{lane}”.</source>
            <translation>Step “{label}” stored in lane “{lane}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="119" />
            <source>The first step needs a lane: write “Lane: step”.</source>
            <translation>The first step needs a lane: write “Lane: step”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="123" />
            <source>The lane of the previous step was deleted: name a lane.</source>
            <translation>The lane of the previous step was deleted: name a lane.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="132" />
            <source>There is no decision yet for the branch “{branch}”.</source>
            <translation>There is no decision yet for the branch “{branch}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="155" />
            <source>There is no step to connect from.</source>
            <translation>There is no step to connect from.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="150" />
            <source>Unknown building block “{name}”.</source>
            <translation>Unknown building block “{name}”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="148" />
            <source>Unknown building block “{name}”; did you mean: {suggestions}?</source>
            <translation>Unknown building block “{name}”; did you mean: {suggestions}?</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/capture.py" line="177" />
            <source>Pain point “{text}” stored.</source>
            <translation>Pain point “{text}” stored.</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <location filename="../src/werkstatt/catalogue.py" line="89" />
            <source>The building block file {origin} is not usable: {reason}.</source>
            <translation>The building block file {origin} is not usable: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/catalogue.py" line="80" />
            <source>The building block file {path} cannot be read: {reason}.</source>
            <translation>The building block file {path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/catalogue.py" line="119" />
            <source>an entry lacks {field}</source>
            <translation>an entry lacks {field}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/catalogue.py" line="115" />
            <source>block {id} is empty or named twice</source>
            <translation>block {id} is empty or named twice</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/catalogue.py" line="98" />
            <source>it is not a Werkstatt building block file</source>
            <translation>it is not a Werkstatt building block file</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/catalogue.py" line="96" />
            <source>it is not valid JSON in UTF-8 ({detail})</source>
            <translation>it is not valid JSON in UTF-8 ({detail})</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/catalogue.py" line="121" />
            <source>it lists no building blocks</source>
            <translation>it lists no building blocks</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/catalogue.py" line="100" />
            <source>it was written for a newer version of Werkstatt</source>
            <translation>it was written for a newer version of Werkstatt</translation>
        </message>
    </context>
    <context>
        <name>Edits</name>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="201" />
            <source>Add agenda item</source>
            <translation>Add agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="66" />
            <source>Add lane</source>
            <translation>Add lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="102" />
            <source>Add measure</source>
            <translation>Add measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="47" />
            <source>Add pain point</source>
            <translation>Add pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="144" />
            <source>Add step</source>
            <translation>Add step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="285" />
            <source>An end event has no outgoing flow.</source>
            <translation>An end event has no outgoing flow.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="215" />
            <source>Change agenda item</source>
            <translation>Change agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="145" />
            <source>Change attendance</source>
            <translation>Change attendance</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="186" />
            <source>Change kind of step</source>
            <translation>Change kind of step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="119" />
            <source>Change measure</source>
            <translation>Change measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="65" />
            <source>Change pain point</source>
            <translation>Change pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="190" />
            <source>Change step</source>
            <translation>Change step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="274" />
            <source>Connect steps</source>
            <translation>Connect steps</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="230" />
            <source>Delete agenda item</source>
            <translation>Delete agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="297" />
            <source>Delete flow</source>
            <translation>Delete flow</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="116" />
            <source>Delete lane</source>
            <translation>Delete lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="124" />
            <source>Delete measure</source>
            <translation>Delete measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="72" />
            <source>Delete pain point</source>
            <translation>Delete pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="224" />
            <source>Delete step</source>
            <translation>Delete step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="33" />
            <source>IT system</source>
            <translation>IT system</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="254" />
            <source>Insert step</source>
            <translation>Insert step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="292" />
            <source>Label flow</source>
            <translation>Label flow</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="220" />
            <source>Move agenda item</source>
            <translation>Move agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="103" />
            <source>Move lane</source>
            <translation>Move lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="198" />
            <source>Move step</source>
            <translation>Move step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="283" />
            <source>Only steps of the same process model can be connected.</source>
            <translation>Only steps of the same process model can be connected.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="178" />
            <source>Remove participant</source>
            <translation>Remove participant</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="95" />
            <source>Rename lane</source>
            <translation>Rename lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="182" />
            <source>Rename step</source>
            <translation>Rename step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="25" />
            <source>Steps have no attribute {name}.</source>
            <translation>Steps have no attribute {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="92" />
            <source>The due date must be a date.</source>
            <translation>The due date must be a date.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="210" />
            <location filename="../src/werkstatt/edits/process.py" line="156" />
            <source>The lane belongs to another process model.</source>
            <translation>The lane belongs to another process model.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="126" />
            <source>The lane {name} still holds {count} steps: choose the lane they move to.</source>
            <translation>The lane {name} still holds {count} steps: choose the lane they move to.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="38" />
            <source>The probability must be between 0 and 100 %.</source>
            <translation>The probability must be between 0 and 100 %.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="57" />
            <source>The step belongs to another process model.</source>
            <translation>The step belongs to another process model.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="130" />
            <source>The steps must move to another lane of the same model.</source>
            <translation>The steps must move to another lane of the same model.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="38" />
            <source>The {kind} to change no longer exists.</source>
            <translation>The {kind} to change no longer exists.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="123" />
            <source>The {kind} to restore no longer exists.</source>
            <translation>The {kind} to restore no longer exists.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="22" />
            <source>The {what} contains control characters.</source>
            <translation>The {what} contains control characters.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="19" />
            <source>The {what} is too long (at most {maximum} characters).</source>
            <translation>The {what} is too long (at most {maximum} characters).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="30" />
            <source>The {what} must be between 0 and 1,000,000 minutes.</source>
            <translation>The {what} must be between 0 and 1,000,000 minutes.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="58" />
            <source>The {what} must be between {low} and {high}.</source>
            <translation>The {what} must be between {low} and {high}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="17" />
            <source>The {what} must not be empty.</source>
            <translation>The {what} must not be empty.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="77" />
            <source>There is already a lane named {name}.</source>
            <translation>There is already a lane named {name}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="287" />
            <source>These steps are already connected.</source>
            <translation>These steps are already connected.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="44" />
            <source>Unknown kind of step: {kind}.</source>
            <translation>Unknown kind of step: {kind}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="90" />
            <source>Unknown measure status: {status}.</source>
            <translation>Unknown measure status: {status}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/validate.py" line="50" />
            <source>Unknown medium: {medium}.</source>
            <translation>Unknown medium: {medium}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="38" />
            <source>Unknown pain point category: {category}.</source>
            <translation>Unknown pain point category: {category}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="187" />
            <location filename="../src/werkstatt/edits/base.py" line="49" />
            <source>agenda item</source>
            <translation>agenda item</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="29" />
            <source>building block</source>
            <translation>building block</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="190" />
            <source>duration in minutes</source>
            <translation>duration in minutes</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="46" />
            <source>flow</source>
            <translation>flow</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="293" />
            <location filename="../src/werkstatt/edits/process.py" line="277" />
            <location filename="../src/werkstatt/edits/process.py" line="149" />
            <source>flow label</source>
            <translation>flow label</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="45" />
            <source>lane</source>
            <translation>lane</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="95" />
            <location filename="../src/werkstatt/edits/process.py" line="68" />
            <source>lane name</source>
            <translation>lane name</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="85" />
            <location filename="../src/werkstatt/edits/base.py" line="48" />
            <source>measure</source>
            <translation>measure</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="35" />
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="87" />
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="36" />
            <location filename="../src/werkstatt/edits/base.py" line="47" />
            <source>pain point</source>
            <translation>pain point</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="50" />
            <source>process model</source>
            <translation>process model</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="30" />
            <source>processing time</source>
            <translation>processing time</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="40" />
            <source>severity</source>
            <translation>severity</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="44" />
            <source>step</source>
            <translation>step</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="27" />
            <source>step label</source>
            <translation>step label</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/process.py" line="31" />
            <source>waiting time</source>
            <translation>waiting time</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/base.py" line="51" />
            <source>workshop</source>
            <translation>workshop</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="93" />
            <source>effort</source>
            <translation>effort</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/edits/workshop.py" line="93" />
            <source>impact</source>
            <translation>impact</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../src/werkstatt/export.py" line="49" />
            <location filename="../src/werkstatt/export.py" line="43" />
            <source>Unknown format {format}: choose svg, png, dot or pdf.</source>
            <translation>Unknown format {format}: choose svg, png, dot or pdf.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/export.py" line="69" />
            <location filename="../src/werkstatt/export.py" line="59" />
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} cannot be written: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/export.py" line="52" />
            <source>{path} is a folder; give a file name.</source>
            <translation>{path} is a folder; give a file name.</translation>
        </message>
    </context>
    <context>
        <name>Queries</name>
        <message>
            <location filename="../src/werkstatt/queries.py" line="31" />
            <source>The id {id} is ambiguous: give more characters.</source>
            <translation>The id {id} is ambiguous: give more characters.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/queries.py" line="32" />
            <source>There is no {what} with the id {id}.</source>
            <translation>There is no {what} with the id {id}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/queries.py" line="36" />
            <source>process model</source>
            <translation>process model</translation>
        </message>
    </context>
    <context>
        <name>QuickEntry</name>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="332" />
            <source>A probability must be between 0 and 100 %.</source>
            <translation>A probability must be between 0 and 100 %.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="105" />
            <source>Line {number}: {message}</source>
            <translation>Line {number}: {message}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="196" />
            <source>Name the step to connect to after “-&gt;”.</source>
            <translation>Name the step to connect to after “-&gt;”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="185" />
            <source>The branch label in “[]” is empty.</source>
            <translation>The branch label in “[]” is empty.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="183" />
            <source>The branch label in “[…]” is not closed.</source>
            <translation>The branch label in “[…]” is not closed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="224" />
            <source>The building block in “[]” is empty.</source>
            <translation>The building block in “[]” is empty.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="221" />
            <source>The building block in “[…]” is not opened.</source>
            <translation>The building block in “[…]” is not opened.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="130" />
            <source>The line contains the control character U+{code:04X} at column {column}.</source>
            <translation>The line contains the control character U+{code:04X} at column {column}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="120" />
            <source>The line is too long ({length} characters, at most {maximum}).</source>
            <translation>The line is too long ({length} characters, at most {maximum}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="144" />
            <source>The note after “&gt;” is empty.</source>
            <translation>The note after “&gt;” is empty.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="396" />
            <source>The pain point after “!” is empty.</source>
            <translation>The pain point after “!” is empty.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="397" />
            <source>The pain point is too long (at most {maximum} characters).</source>
            <translation>The pain point is too long (at most {maximum} characters).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="229" />
            <source>The step has no label.</source>
            <translation>The step has no label.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="416" />
            <source>The step label is too long ({length} characters, at most {maximum}).</source>
            <translation>The step label is too long ({length} characters, at most {maximum}).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="348" />
            <source>The time “{part}” is implausibly long.</source>
            <translation>The time “{part}” is implausibly long.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="344" />
            <source>Unknown unit of time “{unit}”; use min, h or Tage.</source>
            <translation>Unknown unit of time “{unit}”; use min, h or Tage.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="322" />
            <source>“{part}” is not a time like “10 min” or “2 h”.</source>
            <translation>“{part}” is not a time like “10 min” or “2 h”.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="193" />
            <source>A start or end event cannot be a link: write a step after it.</source>
            <translation>A start or end event cannot be a link: write a step after it.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="126" />
            <source>The line contains the invalid character U+{code:04X} at column {column}.</source>
            <translation>The line contains the invalid character U+{code:04X} at column {column}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/quickentry.py" line="334" />
            <source>The probability is given twice.</source>
            <translation>The probability is given twice.</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="137" />
            <source>A database cannot be created at {path}: {reason}.</source>
            <translation>A database cannot be created at {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="160" />
            <source>No backup of {path} could be written to {folder} ({reason}); the database was not changed.</source>
            <translation>No backup of {path} could be written to {folder} ({reason}); the database was not changed.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="104" />
            <source>The database {path} cannot be read: {reason}.</source>
            <translation>The database {path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="77" />
            <source>The database {path} cannot be written (no permission).</source>
            <translation>The database {path} cannot be written (no permission).</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="75" />
            <source>The database {path} is in use by another program; try again.</source>
            <translation>The database {path} is in use by another program; try again.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="82" />
            <source>The database {path} reported an error: {detail}</source>
            <translation>The database {path} reported an error: {detail}</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/migrate.py" line="49" />
            <source>The database {path} was written by a newer version of Werkstatt (schema {revision}); update Werkstatt to open it. The file was left unchanged.</source>
            <translation>The database {path} was written by a newer version of Werkstatt (schema {revision}); update Werkstatt to open it. The file was left unchanged.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="79" />
            <source>The disk holding {path} is full; nothing was saved.</source>
            <translation>The disk holding {path} is full; nothing was saved.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="86" />
            <source>The file {path} is not a readable Werkstatt database (damaged or of another kind); it was left unchanged. Restore a copy from {backups} or choose another file with --db.</source>
            <translation>The file {path} is not a readable Werkstatt database (damaged or of another kind); it was left unchanged. Restore a copy from {backups} or choose another file with --db.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="127" />
            <source>The folder {folder} for the database cannot be created: {reason}.</source>
            <translation>The folder {folder} for the database cannot be created: {reason}.</translation>
        </message>
        <message>
            <location filename="../src/werkstatt/store/database.py" line="101" />
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} is a folder, not a database file.</translation>
        </message>
    </context>
</TS>
