"""Pain points and measures: the panel, its table and the dialogs that edit them."""
