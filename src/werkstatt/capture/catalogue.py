"""The building block catalogue (Prozessbausteine): data, not code.

The shipped file lives in ``resources/building_blocks.json``; a workspace may
replace it with its own file of the same format.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from werkstatt.capture.textmatch import fold
from werkstatt.errors import CatalogueError
from werkstatt.i18n import tr

FORMAT = "werkstatt.building-blocks"
SUPPORTED_VERSION = 1


@dataclass(frozen=True)
class Block:
    id: str
    name: str
    category_id: str
    category: str
    media_break: bool
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalogue:
    name: str
    source: str
    blocks: tuple[Block, ...]

    def categories(self) -> list[str]:
        return list(dict.fromkeys(block.category for block in self.blocks))

    @cached_property
    def _folded(self) -> tuple[tuple[Block, str, str, tuple[str, ...]], ...]:
        """Each block with its name, id and aliases folded once, not at every keystroke."""
        return tuple((b, fold(b.name), fold(b.id), tuple(map(fold, b.aliases))) for b in self.blocks)

    def find(self, text: str) -> Block | None:
        """The block named ``text`` (by name, alias or id; case and umlaut spelling ignored)."""
        key = fold(text)
        return next((block for block, name, ident, aliases in self._folded
                     if key in (name, ident) or key in aliases), None)

    def complete(self, prefix: str) -> list[Block]:
        """Blocks whose name or alias contains ``prefix``, names starting with it first."""
        key = fold(prefix)
        starts = [block for block, name, _, _ in self._folded if name.startswith(key)]
        contains = [block for block, name, _, aliases in self._folded
                    if block not in starts and (key in name or any(key in alias for alias in aliases))]
        return starts + contains


def load_default() -> Catalogue:
    data = resources.files("werkstatt.resources").joinpath("building_blocks.json").read_bytes()
    return parse(data, "building_blocks.json")


def load(path: Path | None) -> Catalogue:
    """The user's catalogue at ``path``, or the shipped one when ``path`` is None."""
    if path is None:
        return load_default()
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CatalogueError(
            tr("Catalogue", "The building block file {path} cannot be read: {reason}.",
               path=path, reason=error.strerror or error)
        ) from error
    return parse(data, str(path))


def parse(data: bytes, origin: str) -> Catalogue:
    def broken(reason: str) -> CatalogueError:
        return CatalogueError(
            tr("Catalogue", "The building block file {origin} is not usable: {reason}.",
               origin=origin, reason=reason)
        )

    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise broken(tr("Catalogue", "it is not valid JSON in UTF-8 ({detail})", detail=error)) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise broken(tr("Catalogue", "it is not a Werkstatt building block file"))
    if not isinstance(document.get("version"), int) or document["version"] > SUPPORTED_VERSION:
        raise broken(tr("Catalogue", "it was written for a newer version of Werkstatt"))
    blocks: list[Block] = []
    seen: set[str] = set()
    try:
        for category in document["categories"]:
            for entry in category["blocks"]:
                block = Block(
                    id=str(entry["id"]),
                    name=str(entry["name"]).strip(),
                    category_id=str(category["id"]),
                    category=str(category["name"]),
                    media_break=bool(category.get("media_break", False)),
                    aliases=tuple(str(a) for a in entry.get("aliases", ())),
                )
                if not block.name or block.id in seen:
                    raise broken(tr("Catalogue", "block {id} is empty or named twice", id=block.id))
                seen.add(block.id)
                blocks.append(block)
    except (KeyError, TypeError, AttributeError) as error:
        raise broken(tr("Catalogue", "an entry lacks {field}", field=error)) from error
    if not blocks:
        raise broken(tr("Catalogue", "it lists no building blocks"))
    return Catalogue(
        name=str(document.get("name", origin)), source=str(document.get("source", "")), blocks=tuple(blocks)
    )
