"""The protocol tab: the workshop's record, notes under agenda items, writing the PDF and sending it."""
