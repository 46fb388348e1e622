"""The workshop as a whole: setup, manager, participants, organisations and the agenda timer."""
