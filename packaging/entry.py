"""The one entry point of the frozen app (PyInstaller builds two executables from it).

The executable's name says what it is for:
- ``carnet`` (``Carnet.exe``, the macOS app): the desktop app, with an optional journal to
  open (what a .desktop file or a file manager passes);
- ``journal-app``: the command line, exactly as ``journal-app`` from pip (``journal-app``
  alone also starts the desktop app; ``journal-app self-test`` checks the bundle).

On Windows only the second is a console program, so commands print where they were typed
and the desktop app opens no console window.
"""

import sys
from pathlib import Path

from journal_app.cli import main

GUI_NAMES = ("carnet",)


def arguments_for(executable: str, given: list[str]) -> list[str]:
    if Path(executable).stem.lower() in GUI_NAMES:
        # Old macOS versions add "-psn_..." (a process serial number) to the arguments.
        return ["gui", *(argument for argument in given if not argument.startswith("-psn_"))]
    return given


if __name__ == "__main__":
    raise SystemExit(main(arguments_for(sys.executable, sys.argv[1:])))
