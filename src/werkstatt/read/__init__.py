"""The read side: plain frozen data read from the store for views, the protocol and exports (no edits, no Qt)."""
