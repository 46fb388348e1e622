"""Voting rounds on the console: the panel, the per-person grid and the round dialogs."""
