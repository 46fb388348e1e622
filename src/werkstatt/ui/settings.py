"""The user's preferences, declared once with type and default (window geometry lives apart).

Backed by QSettings in the platform's config location; tests point it at a temporary folder
with ``use_folder``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")

ORGANISATION = "werkstatt"
APPLICATION = "werkstatt"


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T

    def convert(self, raw: Any) -> T:
        default = self.default
        try:
            if isinstance(default, bool):
                return (raw in (True, "true", "1", 1)) if raw is not None else default  # type: ignore[return-value]
            if isinstance(default, float):
                return float(raw)  # type: ignore[return-value]
            if isinstance(default, int):
                return int(raw)  # type: ignore[return-value]
            if isinstance(default, list):
                return [str(item) for item in (raw if isinstance(raw, list) else [raw] if raw else [])]  # type: ignore[return-value]
            return str(raw)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return default


LANGUAGE = Option("ui/language", "de")
RECENT_WORKSHOPS = Option("workshops/recent", [])  # ids, newest first
LAST_MODEL = Option("workshops/last_model", "")
DEMO_OFFERED = Option("start/demo_offered", False)
PROJECTOR_SCREEN = Option("projector/screen", "")  # manufacturer|model|serial|name of the chosen screen
ROOM_DEPTH_M = Option("projector/room_depth_m", 8.0)  # distance to the farthest viewer
SCREEN_HEIGHT_M = Option("projector/screen_height_m", 1.5)  # height of the projected picture
# Participants' names are anonymised this many months after their workshop, at start-up; 0 keeps them.
RETENTION_MONTHS = Option("people/retention_months", 12)
MAX_RECENT = 8
ENV_FOLDER = "WERKSTATT_CONFIG_DIR"  # a folder for werkstatt.ini instead of the platform's place


class Settings:
    """Typed access to QSettings: ``settings.get(ROOM_DEPTH_M)``, ``settings.set(ROOM_DEPTH_M, 9.5)``."""

    _folder: Path | None = None

    def __init__(self) -> None:
        folder = self._folder or (Path(os.environ[ENV_FOLDER]) if os.environ.get(ENV_FOLDER) else None)
        if folder is not None:
            self.qsettings = QSettings(str(folder / "werkstatt.ini"), QSettings.Format.IniFormat)
        else:
            self.qsettings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION,
                                       APPLICATION)

    @classmethod
    def use_folder(cls, folder: Path | None) -> None:
        """Keep settings in ``folder`` (tests, portable installs); None returns to the platform default."""
        cls._folder = folder

    def get(self, option: Option[T]) -> T:
        raw = self.qsettings.value(option.key)
        return option.default if raw is None else option.convert(raw)

    def set(self, option: Option[T], value: T) -> None:
        self.qsettings.setValue(option.key, value)
        self.qsettings.sync()

    def remember_workshop(self, workshop_id: str) -> list[str]:
        recent = [workshop_id, *(w for w in self.get(RECENT_WORKSHOPS) if w != workshop_id)][:MAX_RECENT]
        self.set(RECENT_WORKSHOPS, recent)
        return recent

    def forget_workshop(self, workshop_id: str) -> None:
        self.set(RECENT_WORKSHOPS, [w for w in self.get(RECENT_WORKSHOPS) if w != workshop_id])

    def value(self, key: str, default: Any = None) -> Any:
        """Untyped values: window geometry and state (QByteArray)."""
        return self.qsettings.value(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self.qsettings.setValue(key, value)
