"""Formats entries come from and go to: Day One, a folder of Markdown notes (both ways), and
the tables of Carnet's own JSON export (``carnet``). Reading and writing Carnet's JSON and
jrnl's is in ``journal_app.core.interchange``, the entry point for all."""
