"""The meeting editor: details, attendance with the live quorum, agenda and decisions, signing, printing."""
