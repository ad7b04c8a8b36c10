"""Dialogs of the formation tracker: starting a formation, gatherings, adding the elected."""
