"""The safe first pass over an untrusted BPMN file: parse with limits, find the model's elements and ids.

defusedxml refuses DTDs, entities and external references; the size, the number of elements and
the depth of nesting are limited (the reader recurses into lanes and the writer of the report into
what it finds: a file 1,000 levels deep must end in a sentence, not in a RecursionError). Every
refusal is one sentence (InterchangeError).

Other tools write their own XML inside ``bpmn:extensionElements`` (ADONIS, Visual Paradigm,
Enterprise Explorer, Camunda, Signavio…), often with ``id`` attributes that repeat the BPMN ids. Like
bpmn-moddle, Werkstatt collects ids only on elements of the BPMN model itself: BPMN-namespace
elements that are neither inside ``extensionElements`` nor inside an element of another namespace.
References are QNames (``tns:Process_1``); a prefix bound to the file's ``targetNamespace`` names an
element of this file, resolved through the namespace declarations in scope where it is written.
"""

from __future__ import annotations

import io
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

import defusedxml
import defusedxml.ElementTree as SafeET

from werkstatt.i18n import tr
from werkstatt.i18n.format import format_number
from werkstatt.interchange import bpmn_ns
from werkstatt.interchange.errors import InterchangeError

MAX_BYTES = 20 * 1024 * 1024
MAX_ELEMENTS = 100_000
# Levels of XML elements: a pool, three levels of lanes and sub-processes need about 12; tools' own
# extension XML a few more. 200 leaves room and keeps every walk far from Python's recursion limit.
MAX_DEPTH = 200

Scope = dict[str, str]  # prefix → namespace URI ("" for the default namespace)


def local(element: Element) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def namespace(element: Element) -> str:
    tag = element.tag
    return tag[1:].partition("}")[0] if isinstance(tag, str) and tag.startswith("{") else ""


def bpmn_tag(name: str) -> str:
    return f"{{{bpmn_ns.BPMN}}}{name}"


def clean(text: str | None, maximum: int, *, lines: bool = False) -> str:
    """User text from the file: NFC, runs of blanks as one space (line breaks kept if ``lines``), no control
    characters, at most ``maximum`` characters."""
    text = unicodedata.normalize("NFC", text or "")
    parts = [" ".join(line.split()) for line in (text.splitlines() if lines else [text])]
    flat = "\n".join(part for part in parts if part)
    flat = "".join(c for c in flat if c == "\n" or unicodedata.category(c) not in ("Cc", "Cs"))
    return flat if len(flat) <= maximum else flat[: maximum - 1] + "…"


def element_name(element: Element) -> str:
    """„name“ of an element for the report, or its id when it has no name."""
    return "„" + (clean(element.get("name"), 80) or clean(element.get("id"), 80) or "?") + "“"


@dataclass
class Parsed:
    """The root element and the namespace declarations in scope (for QName references)."""

    root: Element
    root_scope: Scope
    scopes: dict[Element, Scope] = field(default_factory=dict)  # only where a scope differs from the root's

    def scope(self, element: Element) -> Scope:
        return self.scopes.get(element, self.root_scope)


def parse(data: bytes, source_name: str) -> Parsed:
    """The root element with its namespace scopes, or one sentence why the bytes are refused."""
    if not data.strip():
        raise InterchangeError(tr("BpmnScan", "The file {name} is empty.", name=source_name))
    if len(data) > MAX_BYTES:
        raise InterchangeError(tr("BpmnScan", "The file {name} is too large to import (more than {mb} MB).",
                                  name=source_name, mb=MAX_BYTES // (1024 * 1024)))
    try:
        parsed = _walk(data, source_name)
    except defusedxml.DTDForbidden as error:
        raise InterchangeError(tr("BpmnScan", "The file {name} contains a document type declaration (DTD), which "
                                  "Werkstatt refuses for safety.", name=source_name)) from error
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden) as error:
        raise InterchangeError(tr("BpmnScan", "The file {name} declares entities or refers to other files, which "
                                  "Werkstatt refuses for safety.", name=source_name)) from error
    except ET.ParseError as error:
        line = getattr(error, "position", (0, 0))[0]
        raise InterchangeError(tr("BpmnScan", "The file {name} is not readable XML (broken in line {line}).",
                                  name=source_name, line=line)) from error
    except (ValueError, LookupError) as error:  # an unknown or lying encoding declaration
        raise InterchangeError(tr("BpmnScan", "The file {name} is not readable XML (its encoding is broken).",
                                  name=source_name)) from error
    if parsed is None:  # pragma: no cover - expat refuses a document without elements
        raise InterchangeError(tr("BpmnScan", "The file {name} is empty.", name=source_name))
    root = parsed.root
    if namespace(root) == bpmn_ns.BPMN and local(root) == "definitions":
        return parsed
    if local(root).lower() == "html":
        raise InterchangeError(tr("BpmnScan", "The file {name} is a web page (HTML), not a BPMN file.",
                                  name=source_name))
    if local(root) == "definitions":
        raise InterchangeError(tr("BpmnScan", "The file {name} uses the namespace {ns}, not that of BPMN 2.0.",
                                  name=source_name, ns=clean(namespace(root), 120) or "—"))
    raise InterchangeError(tr("BpmnScan", "The file {name} is XML but not BPMN 2.0 (it starts with <{tag}>).",
                              name=source_name, tag=clean(local(root), 60)))


def _walk(data: bytes, source_name: str) -> Parsed | None:
    """Parse, counting elements and levels as they come (a refusal stops the parser at the limit)."""
    parsed: Parsed | None = None
    declared: list[tuple[str, str]] = []  # declarations of the element that starts next
    open_scopes: list[Scope] = [{}]
    count = 0
    events = SafeET.iterparse(io.BytesIO(data), events=("start-ns", "start", "end"), forbid_dtd=True)
    for event, item in events:
        if event == "start-ns":
            declared.append(item)
            continue
        if event == "end":
            open_scopes.pop()
            continue
        count += 1
        if count > MAX_ELEMENTS:
            raise InterchangeError(tr(
                "BpmnScan", "The file {name} has more than {limit} XML elements; Werkstatt does not import "
                "files this large.", name=source_name, limit=format_number(MAX_ELEMENTS)))
        if len(open_scopes) > MAX_DEPTH:
            raise InterchangeError(tr(
                "BpmnScan", "The file {name} nests its elements more than {limit} levels deep; Werkstatt does not "
                "import files built like this.", name=source_name, limit=MAX_DEPTH))
        scope = open_scopes[-1]
        if declared:
            scope = {**scope, **dict(declared)}
            declared.clear()
        open_scopes.append(scope)
        if parsed is None:
            parsed = Parsed(item, scope)
        elif scope is not parsed.root_scope:
            parsed.scopes[item] = scope
    return parsed


def model_elements(root: Element) -> Iterator[Element]:
    """The elements of the BPMN model in document order: BPMN-namespace elements outside ``extensionElements``
    and outside any element of another namespace (a tool's own XML, the diagram)."""
    stack = [root]
    while stack:
        element = stack.pop()
        if namespace(element) != bpmn_ns.BPMN:
            continue
        yield element
        if local(element) != "extensionElements":
            stack.extend(reversed(list(element)))


class References:
    """The model's elements by id, and QName references resolved to them."""

    def __init__(self, parsed: Parsed, elements: list[Element], source_name: str) -> None:
        self.parsed = parsed
        self.target = (parsed.root.get("targetNamespace") or "").strip()
        self.by_id: dict[str, Element] = {}
        for element in elements:
            element_id = element.get("id")
            if element_id is None:
                continue
            if element_id in self.by_id:
                raise InterchangeError(tr("BpmnScan", "The file {name} is broken: the id {id} is used twice.",
                                          name=source_name, id=clean(element_id, 80)))
            self.by_id[element_id] = element

    def resolve(self, owner: Element, value: str | None) -> str:
        """The id a reference written on ``owner`` names: ``tns:Task_1`` is ``Task_1`` when ``tns`` is bound to
        the file's target namespace; an id of this file as it stands wins; anything else is returned unchanged
        (and is then not found)."""
        text = (value or "").strip()
        if text in self.by_id or ":" not in text:
            return text
        prefix, _, name = text.partition(":")
        uri = self.parsed.scope(owner).get(prefix)
        if uri is not None and self.target and uri.strip() == self.target and name in self.by_id:
            return name
        return text

    def get(self, owner: Element, value: str | None) -> Element | None:
        return self.by_id.get(self.resolve(owner, value))
