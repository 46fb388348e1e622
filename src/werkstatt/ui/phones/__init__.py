"""The window's side of the phones in the room: the bridge to the server, the network, the inbox."""
