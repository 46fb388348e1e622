"""Werkstatt: moderate Prozesswerkstätten, capture processes live, share them in the register."""

__version__ = "0.1.0"
