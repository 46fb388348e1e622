"""Quick entry: the line syntax, the capture session that turns lines into edits, completion, step fields and
the building block catalogue (no Qt)."""
