"""The repository's scripts (tools/, installer/) loaded as modules, for the tests that check them."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from helpers.paths import REPO

ROOT = REPO


def load_script(relative: str) -> ModuleType:
    """``tools/translations.py`` → its module (once per session: a second load would be a second module)."""
    path = ROOT / relative
    name = f"script_{path.parent.name}_{path.stem}"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses in the script look their module up here while it loads
        spec.loader.exec_module(module)
    return sys.modules[name]
