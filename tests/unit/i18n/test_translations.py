"""German first: every user-visible string of the source has a finished German translation."""

from __future__ import annotations

import logging
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from helpers.paths import REPO
from helpers.scripts import load_script
from werkstatt import i18n
from werkstatt.i18n import qm

ROOT = REPO


def load_tool():
    return load_script("tools/translations.py")


def test_every_string_has_a_finished_german_translation() -> None:
    missing = load_tool().unfinished("de")
    assert missing == [], "run tools/translations.py update, then translate:\n" + "\n".join(map(str, missing))


def test_the_extractor_finds_all_call_forms(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'tr("Ctx", "one")\nQT_TRANSLATE_NOOP("Ctx", "two")\nQCoreApplication.translate("Ctx", "three")\n'
        'class Dialog:\n    def f(self):\n        return self.tr("four")\n'
        'tr("Ctx", variable)\n',
        encoding="utf-8",
    )
    found = {(c, s) for c, s, _ in load_tool().extract(sample)}
    assert found == {("Ctx", "one"), ("Ctx", "two"), ("Ctx", "three"), ("Dialog", "four")}


def test_placeholders_survive_translation() -> None:
    tool = load_tool()
    german = i18n.catalogue("de")
    for (context, source), translated in german.items():
        wanted = sorted(re.findall(r"\{(\w+)\}", source))
        assert sorted(re.findall(r"\{(\w+)\}", translated)) == wanted, (context, source)
    assert tool.CATALOGUES["de"].exists()


def test_english_is_the_source_text() -> None:
    i18n.set_language("en")
    assert i18n.tr("Edits", "Add step") == "Add step"
    i18n.set_language("de")
    assert i18n.tr("Edits", "Add step") == "Schritt hinzufügen"


def finished_in_ts(path: Path) -> dict[tuple[str, str], str]:
    entries = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                entries[(context.findtext("name", ""), message.findtext("source", ""))] = translation.text
    return entries


@pytest.mark.parametrize("code", ["de", "en"])
def test_the_compiled_catalogue_holds_every_finished_translation_of_the_source(code: str) -> None:
    tool = load_tool()
    compiled = i18n.catalogue(code)
    assert compiled == finished_in_ts(tool.CATALOGUES[code])
    assert set(tool.all_strings()) <= set(compiled), "a source string is missing from the .qm"


def test_the_reader_agrees_with_qts_own_translator(qapp) -> None:
    from PySide6.QtCore import QTranslator

    tool = load_tool()
    translator = QTranslator()
    assert translator.load(str(tool.CATALOGUES["de"].with_suffix(".qm")))
    for (context, source), text in i18n.catalogue("de").items():
        assert translator.translate(context, source) == text, (context, source)


def test_unfinished_translations_stay_out_of_the_compiled_catalogue(tmp_path: Path) -> None:
    tool = load_tool()
    ts = tmp_path / "probe.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE"><context>'
        "<name>Probe</name>"
        "<message><source>Done</source><translation>Fertig</translation></message>"
        '<message><source>Draft</source><translation type="unfinished">Entwurf</translation></message>'
        "<message><source>Umlaut “{n}”</source><translation>Größe „{n}“ ✓</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    compiled = tmp_path / "probe.qm"
    subprocess.run([*tool.lrelease_command(), "-nounfinished", "-silent", str(ts), "-qm", str(compiled)], check=True)
    assert qm.read_messages(compiled.read_bytes()) == {("Probe", "Done"): "Fertig",
                                                       ("Probe", "Umlaut “{n}”"): "Größe „{n}“ ✓"}


@pytest.mark.parametrize("damage", [b"", b"not a catalogue", qm.MAGIC + b"\x69\x00\x00\x10\x00", qm.MAGIC + b"\x69"])
def test_a_damaged_catalogue_is_refused_with_a_reason(damage: bytes) -> None:
    with pytest.raises(qm.QmError):
        qm.read_messages(damage)


def test_a_missing_catalogue_leaves_english_and_says_so_in_the_log(caplog) -> None:
    i18n.catalogue.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="werkstatt.i18n"):
            assert i18n.catalogue("xx") == {}
        assert "werkstatt_xx.qm" in caplog.text
    finally:
        i18n.catalogue.cache_clear()


def test_pyside6_lupdate_finds_nothing_that_the_extractor_misses(tmp_path: Path) -> None:
    """Qt's lupdate reads the sources too; it drops keyword-argument calls, but anything it finds, we find."""
    tool = load_tool()
    sources = sorted(str(path) for path in tool.SOURCES.rglob("*.py"))
    listing = tmp_path / "sources.txt"
    listing.write_text("\n".join(sources), encoding="utf-8")
    target = tmp_path / "lupdate.ts"
    subprocess.run([*tool.lupdate_command(), "-tr-function-alias", "translate+=tr", "-no-obsolete", "-silent",
                    "-locations", "none", f"@{listing}", "-ts", str(target)], check=True, capture_output=True)
    found = {(context.findtext("name", ""), message.findtext("source", ""))
             for context in ET.parse(target).getroot().iter("context") for message in context.iter("message")}
    assert len(found) > 500
    assert found <= set(tool.all_strings())


def test_pseudo_localisation_accents_lengthens_and_keeps_placeholders() -> None:
    assert i18n.pseudo_text("Datei") == "⟦Đàţéî··⟧"
    text = i18n.pseudo_text("&Open {n} files <b>now</b> &amp; %1")
    assert text.startswith("⟦&Öþéñ {n} ƒîĺéš <b>ñöŵ</b> &amp; %1") and text.endswith("⟧")
    i18n.set_language(i18n.PSEUDO)
    assert i18n.language() == "de"  # dates and numbers stay German
    assert i18n.tr("Edits", "Add step") == i18n.pseudo_text("Schritt hinzufügen")
    assert i18n.tr("Nowhere", "Not translated") == "Not translated"  # plain: it bypassed the catalogue
    for (context, source), german in i18n.catalogue("de").items():
        pseudo = i18n.catalogue(i18n.PSEUDO)[(context, source)]
        assert re.findall(r"\{\w*\}", pseudo) == re.findall(r"\{\w*\}", german)
        assert len(pseudo) >= len(german) + 3


def contexts_by_module() -> dict[str, set[str]]:
    """Each translation context with the source modules that use it (the extractor's own reading)."""
    found: dict[str, set[str]] = {}
    for (context, _source), places in load_tool().all_strings().items():
        found.setdefault(context, set()).update(place.rsplit(":", 1)[0] for place in places)
    return found


def test_each_context_belongs_to_one_module_and_is_camel_case() -> None:
    """A translator sees where a string is shown; a module that moves takes its whole context along."""
    found = contexts_by_module()
    shared = {context: sorted(modules) for context, modules in found.items() if len(modules) > 1}
    assert shared == {}
    assert [context for context in found if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", context)] == []


def lookups_and_marks() -> tuple[list[tuple[str, str, int]], set[str]]:
    """``tr(context, variable)`` lookups (context, module, line), and the contexts that QT_TRANSLATE_NOOP marks."""
    import ast

    lookups, marked = [], set()
    for path in sorted((ROOT / "src" / "werkstatt").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and len(node.args) >= 2 and isinstance(node.args[0], ast.Constant)):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name == "QT_TRANSLATE_NOOP":
                marked.add(node.args[0].value)
            elif name == "tr" and not isinstance(node.args[1], ast.Constant):
                lookups.append((node.args[0].value, path.name, node.lineno))
    return lookups, marked


def test_every_lookup_of_a_marked_text_uses_the_context_that_marked_it() -> None:
    """A label marked with QT_TRANSLATE_NOOP in one context and looked up in another stays English."""
    lookups, marked = lookups_and_marks()
    assert lookups and [lookup for lookup in lookups if lookup[0] not in marked] == []
