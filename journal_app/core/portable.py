"""File names every system Carnet runs on accepts.

A journal often lives in a synced folder (OneDrive, Nextcloud) and is opened on a Windows
laptop one day and a Mac the next. Windows refuses names that Linux and macOS accept: the old
device names (CON, AUX, NUL, COM1…, also with an extension: "con.carnet"), a name ending in a
dot or a space, and the characters < > : " / \\ | ? * and control characters. A journal created
under such a name on Linux would never sync to, or open on, the worker's Windows computer; so
Carnet refuses it everywhere, with a message saying why.

Windows also limits a whole path to 259 characters unless long paths are enabled (an
administrator's setting most work laptops lack): there a longer path is refused before a
journal is created, instead of failing at its first save.
"""

from __future__ import annotations

import os
import re
from pathlib import PurePath

# Windows treats these as devices whatever the extension (Microsoft's "Naming Files, Paths,
# and Namespaces"); the superscript digits count too.
_DEVICE_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{kind}{digit}" for kind in ("COM", "LPT") for digit in "123456789¹²³"]
)
_REFUSED_CHARACTERS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
WINDOWS_MAX_PATH = 259  # MAX_PATH (260) less the terminating NUL
MAX_NAME_LENGTH = 255  # one name, on every system's usual file system

RUNS_ON_WINDOWS = os.name == "nt"


def name_problem(name: str) -> str | None:
    """Why one file or folder name would not be accepted on every system, or None."""
    if not name or name in (".", ".."):
        return "the name is empty"
    if len(name) > MAX_NAME_LENGTH:
        return f"the name is longer than {MAX_NAME_LENGTH} characters"
    if match := _REFUSED_CHARACTERS.search(name):
        shown = match[0] if match[0].isprintable() else "a control character"
        return f"the name contains {shown!r}, which Windows does not accept in a file name"
    if name[-1] in ". ":
        return "the name ends with a dot or a space, which Windows removes"
    if name.split(".", 1)[0].rstrip(" ").upper() in _DEVICE_NAMES:
        return f"{name.split('.', 1)[0]!r} is a name Windows reserves for a device"
    return None


def path_problem(path: PurePath, *, on_windows: bool | None = None) -> str | None:
    """Why a new file at ``path`` would not be portable, or None: its own name on every system,
    and on Windows the length of the whole path."""
    if problem := name_problem(path.name):
        return problem
    if (RUNS_ON_WINDOWS if on_windows is None else on_windows) and len(str(path)) > WINDOWS_MAX_PATH:
        return f"the whole path is longer than the {WINDOWS_MAX_PATH} characters Windows allows: choose a shorter folder"
    return None
