"""The PDF tests' shared pieces: the demo protocol, and what they read out of a written one."""

from __future__ import annotations

import pikepdf
import pytest

from werkstatt import demo, i18n
from werkstatt.protocol.content import gather
from werkstatt.protocol.content_types import Protocol
from werkstatt.store.database import open_store

TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}


def struct_elements(pdf) -> list[pikepdf.Dictionary]:
    """Every element of the structure tree, each once."""
    found, stack, seen = [], [pdf.Root.StructTreeRoot], set()
    while stack:
        node = stack.pop()
        if not isinstance(node, pikepdf.Dictionary) or (node.objgen in seen and node.objgen != (0, 0)):
            continue
        seen.add(node.objgen)
        if node.get("/Type") == "/StructElem" or "/S" in node:
            found.append(node)
        kids = node.get("/K")
        if isinstance(kids, pikepdf.Array):
            stack.extend(kids)
        elif kids is not None:
            stack.append(kids)
    return found


@pytest.fixture(scope="module")
def demo_protocol(tmp_path_factory: pytest.TempPathFactory) -> Protocol:
    """The demo workshop's protocol, gathered in German, once per module."""
    store = open_store(tmp_path_factory.mktemp("db") / "werkstatt.sqlite")
    try:
        with i18n.speaking("de"):
            workshop_id, _created = demo.create_demo(store)
            with store.session() as session:
                return gather(session, workshop_id)
    finally:
        store.close()
