"""Dialogs of the Settings page: council resolutions and calendar corrections."""
