"""The act editor and its dialogs: drafting with autosave, issuing, delivery, answers, follow-up, letters."""
