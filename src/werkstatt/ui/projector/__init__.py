"""The projector: the audience window, the console's thumbnail of it, and the controller the console drives it with."""
