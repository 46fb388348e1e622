"""The PDF protocol of a workshop: ``content.gather`` says what it contains, ``render`` lays it out."""

from werkstatt.protocol.content import Protocol, gather

__all__ = ["Protocol", "gather"]
