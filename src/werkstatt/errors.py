"""Errors caused by the environment or the user's input, as opposed to bugs.

Each carries one sentence for the user (already translated); the CLI prints it
and the GUI shows it in a message box. Anything else that escapes is a bug.
"""


class WerkstattError(Exception):
    """Something the user can understand and act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class StoreError(WerkstattError):
    """The database cannot be opened, read or written."""


class NotFoundError(WerkstattError):
    """An id the user gave names nothing."""


class EditError(WerkstattError):
    """An edit cannot be applied as asked (the data stays as it was)."""


class CatalogueError(WerkstattError):
    """A building block file cannot be used."""


class Cancelled(WerkstattError):
    """The user stopped a long piece of work before it changed anything."""
