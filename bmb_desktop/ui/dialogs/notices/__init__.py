"""Dialogs of the notices area: the notice editor, postings and notice boards."""
