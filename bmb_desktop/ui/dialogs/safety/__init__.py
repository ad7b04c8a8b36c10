"""Dialogs of data safety: a backup to a USB stick, restoring a backup, the full check of the database."""
