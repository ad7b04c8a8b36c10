"""Dialogs, one per module, grouped by area."""
