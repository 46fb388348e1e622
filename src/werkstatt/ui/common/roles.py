"""The item data roles of every model and item widget in ui/, in one place.

Qt asks a model for a cell's data by role; the roles above ``UserRole`` are ours. A role is read
per model, so two names may share a value when no model uses both (a voting item's kind and a
table row's object are both ``UserRole + 1``): what matters is that a view and its model spell a
role the same way, which one module makes sure of.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = Qt.ItemDataRole.UserRole

ID_ROLE = _USER  # the id of what an item stands for (a conflict, a pain point, a process, a model, a guide block)
ROW_ROLE = _USER + 1  # a table row's plain-data object (a frozen dataclass from werkstatt.read or the register)
SORT_ROLE = _USER + 2  # a key that sorts as the room expects (capture order, dates, numbers)
KIND_ROLE = _USER + 1  # which kind of thing an item's id names ("pain_point" or "measure")
TEXT_ROLE = _USER + 1  # the text a completion inserts (the list shows a longer one)
STEP_ID_ROLE = _USER + 1  # the step id of a row in the capture panel's step list
OPTION_ROLE = _USER  # a voting round option's id (every column of the vote grid)
TOKEN_ROLE = _USER + 1  # the voter token of a vote grid's value column (the wall's is "wall")
CRITERION_ROLE = _USER + 2  # dots, resistance, effort or benefit
CHOICES_ROLE = _USER + 40  # the agenda items an editor offers for a protocol note (far from the row roles)
