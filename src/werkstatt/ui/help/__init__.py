"""Help for the facilitator: the welcome page, the shortcut list and the user guide."""
