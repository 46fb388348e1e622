"""Applying an edit from a dialog: the refusal becomes a sentence the dialog shows, the input stays."""

from __future__ import annotations

from collections.abc import Callable

from werkstatt.edits import Edit
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.ui.workspace import Workspace


def apply_or_explain(workspace: Workspace, make: Callable[[], Edit | None], explain: Callable[[str], None]) -> bool:
    """Build and apply an edit; a refusal (when building or applying) goes to ``explain``. None means no change."""
    try:
        edit = make()
    except WerkstattError as error:
        explain(error.message)
        return False
    if edit is None:
        return True
    messages: list[str] = []

    def keep(message: str) -> None:
        messages.append(message)

    workspace.failed.connect(keep)
    try:
        applied = workspace.try_apply(edit)
    finally:
        workspace.failed.disconnect(keep)
    if not applied:
        explain(messages[-1] if messages else tr("CommonEdits", "The change could not be saved."))
    return applied
