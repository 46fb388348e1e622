"""Reading Qt's compiled catalogues (.qm) without Qt.

The shipped translations are the .qm files that ``pyside6-lrelease`` builds from
``translations/*.ts``.  The window loads them with QTranslator; the pure layers and
the command line, which must start without Qt, read the same file here.  Only the
messages section is needed: it lists each message's context, source and translation.
The layout follows Qt's ``qtranslator.cpp`` (the reader) and ``qm.cpp`` (lrelease).
"""

from __future__ import annotations

import struct

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

SECTION_MESSAGES = 0x69

TAG_END = 1
TAG_TRANSLATION = 3
TAG_OBSOLETE1 = 5
TAG_SOURCE_TEXT = 6
TAG_CONTEXT = 7
TAG_COMMENT = 8
NULL_LENGTH = 0xFFFFFFFF


class QmError(ValueError):
    """The bytes are not a catalogue that lrelease wrote."""


def _sections(data: bytes) -> dict[int, memoryview]:
    if not data.startswith(MAGIC):
        raise QmError("not a Qt translation file (.qm)")
    view = memoryview(data)
    sections: dict[int, memoryview] = {}
    offset = len(MAGIC)
    while offset < len(data):
        if offset + 5 > len(data):
            raise QmError("truncated section header")
        tag = data[offset]
        (length,) = struct.unpack_from(">I", data, offset + 1)
        start = offset + 5
        if start + length > len(data):
            raise QmError("truncated section")
        sections[tag] = view[start:start + length]
        offset = start + length
    return sections


def read_messages(data: bytes) -> dict[tuple[str, str], str]:
    """{(context, source): translation} of every message with a translation."""
    block = _sections(data).get(SECTION_MESSAGES)
    if block is None:
        return {}
    entries: dict[tuple[str, str], str] = {}
    offset, end = 0, len(block)
    context = source = translation = None
    while offset < end:
        tag = block[offset]
        offset += 1
        if tag == TAG_END:
            if source is not None and translation:
                entries[(context or "", source)] = translation
            context = source = translation = None
            continue
        if tag == TAG_OBSOLETE1:
            offset += 4
            continue
        if tag not in (TAG_TRANSLATION, TAG_SOURCE_TEXT, TAG_CONTEXT, TAG_COMMENT) or offset + 4 > end:
            raise QmError(f"unknown message tag {tag} at byte {offset - 1}")
        (length,) = struct.unpack_from(">I", block, offset)
        offset += 4
        if length == NULL_LENGTH:
            continue
        if offset + length > end:
            raise QmError("truncated message")
        raw = bytes(block[offset:offset + length])
        offset += length
        if tag == TAG_TRANSLATION:
            # Plural forms follow as further translations; the first is the singular and all we use.
            if translation is None:
                translation = raw.decode("utf-16-be")
        elif tag == TAG_SOURCE_TEXT:
            source = raw.decode("utf-8")
        elif tag == TAG_CONTEXT:
            context = raw.decode("utf-8")
    return entries
