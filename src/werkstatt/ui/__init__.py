"""The facilitator's application: the console window, its panels, and the projector window."""
