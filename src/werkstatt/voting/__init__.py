"""Dot votes, effort/benefit and systemic consensus on the pain points and measures of a workshop.

Pure: ``rounds`` reads a round into a snapshot, ``rules`` checks each entry against the
announced rules, ``results`` tallies. The undoable edits are in ``werkstatt.edits.voting``.
"""
