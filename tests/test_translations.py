"""German first: every user-visible string of the source has a finished German translation."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from werkstatt import i18n

ROOT = Path(__file__).resolve().parent.parent


def load_tool():
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations_tool"] = module
    spec.loader.exec_module(module)
    return module


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
    import re

    for (context, source), translated in german.items():
        wanted = sorted(re.findall(r"\{(\w+)\}", source))
        assert sorted(re.findall(r"\{(\w+)\}", translated)) == wanted, (context, source)
    assert tool.CATALOGUES["de"].exists()


def test_english_is_the_source_text() -> None:
    i18n.set_language("en")
    assert i18n.tr("Edits", "Add step") == "Add step"
    i18n.set_language("de")
    assert i18n.tr("Edits", "Add step") == "Schritt hinzufügen"
