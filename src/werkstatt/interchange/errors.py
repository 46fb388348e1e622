"""The one error of the interchange: a file that cannot be read or written as asked."""

from werkstatt.errors import WerkstattError


class InterchangeError(WerkstattError):
    """A file refused (broken, hostile, too large, of a newer format) or not writable; nothing was changed."""
