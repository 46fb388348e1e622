"""The phones in the room: voting and pain points over the local network, no cloud (issue 20)."""
