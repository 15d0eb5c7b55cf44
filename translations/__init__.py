"""Compiled Qt translations (.qm), built from the .ts sources by pyside6-lrelease."""
