"""The plan, its lifecycle, its items, the monitored objects and the indicators: their dialogs."""
