"""What the archived protocol must not carry (e-mail addresses are for the draft only), and a diagram of no size."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace

from werkstatt.demo import WORKSHOP_ID, create_demo
from werkstatt.edits import Editor
from werkstatt.edits.workshops import edit_workshop
from werkstatt.model import Person
from werkstatt.protocol.attachments import protocol_attachments
from werkstatt.protocol.content import gather
from werkstatt.protocol.diagram_paper import diagram_sheets


def test_the_attached_package_carries_no_e_mail_address(editor: Editor) -> None:
    create_demo(editor.store)
    with editor.reading() as session:
        assert all(person.email for person in session.query(Person))  # the demo's people have addresses
        files = protocol_attachments(session, WORKSHOP_ID, names=True)
    package = next(f for f in files if f.name.endswith(".werkstatt"))
    with zipfile.ZipFile(io.BytesIO(package.data)) as archive:
        people = json.loads(archive.read(next(n for n in archive.namelist() if "people" in n)))
    assert people and {row["email"] for row in people} == {""}
    assert b"@enkreis.example" not in package.data and b".example" not in package.data


def test_without_names_the_distribution_list_loses_its_addresses(editor: Editor) -> None:
    create_demo(editor.store)
    editor.apply(edit_workshop(WORKSHOP_ID, distribution="Stadt Witten, Bürgerbüro\nOrdnungsamt <ordnung@x.example>\n"
                                                         "m.meier@witten.example"))
    with editor.reading() as session:
        named, anonymous = gather(session, WORKSHOP_ID), gather(session, WORKSHOP_ID, names=False)
    assert named.distribution == ("Stadt Witten, Bürgerbüro", "Ordnungsamt <ordnung@x.example>",
                                  "m.meier@witten.example")
    assert anonymous.distribution == ("Stadt Witten, Bürgerbüro", "Ordnungsamt")


def test_a_diagram_that_lays_out_to_nothing_has_no_sheet(editor: Editor) -> None:
    """Steps whose lane is gone (deleted on another laptop) lay out to a diagram of no size: no sheet, no crash."""
    create_demo(editor.store)
    with editor.reading() as session:
        section = gather(session, WORKSHOP_ID).models[0]
    empty = replace(section, diagram=replace(section.diagram, lanes=(), flows=(), width=0, height=0))
    assert diagram_sheets(empty, model_index=1) == []
