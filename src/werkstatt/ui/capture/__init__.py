"""Capturing a process live: the entry line, the inspector, the lane strip and the live diagram."""
