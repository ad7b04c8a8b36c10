"""Dialogs of the reports screen: export for the council, residents' messages and surveys."""
