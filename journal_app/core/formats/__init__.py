"""Formats entries come from and go to: Day One, a folder of Markdown notes (both ways).
Carnet's own JSON and jrnl's live in ``journal_app.core.interchange``, the entry point for all."""
