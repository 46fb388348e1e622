"""The shared register: where it lives, how Werkstatt reaches it, and its schema."""
