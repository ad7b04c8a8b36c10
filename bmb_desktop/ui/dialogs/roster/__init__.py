"""Dialogs of the roster: a member, a withdrawal, a conflict of interest and its decision."""
