"""The shared register: its panel, search, sync with conflicts, the offline note and the process map."""
