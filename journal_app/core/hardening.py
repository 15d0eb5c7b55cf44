"""Keep the decrypted journal inside the process: no crash dump written with it.

An unlocked Carnet holds the whole journal in memory; a crash that writes a core dump would
put it on the disk in clear (systemd-coredump keeps dumps in /var/lib/systemd/coredump, Apport
in /var/crash). Called once at start-up by the desktop app and by the command line, before any
journal is opened, and in force for the whole process (so for every moment it is unlocked).

What each system allows, and what is done:

- **Linux**: the core file size limit is set to 0 (``RLIMIT_CORE``, soft and hard: the process
  cannot raise it again), and the process is marked not dumpable (``prctl(PR_SET_DUMPABLE, 0)``):
  the kernel then writes no core dump even through a pipe to systemd-coredump or Apport, which
  ignore the size limit, and other programs of the same user can no longer attach a debugger or
  read ``/proc/<pid>/mem``.
- **macOS and other Unix systems**: the core file size limit is set to 0.
- **Windows**: Windows Error Reporting's crash dialog is turned off (``SetErrorMode``); whether
  WER keeps a dump of a crashed program depends on the machine's policy (``LocalDumps``),
  which a program cannot change for itself.

Swap and hibernation are not covered: memory the system pages out can reach the disk. An
encrypted disk (or encrypted swap) is the answer there; the README says so.
"""

from __future__ import annotations

import ctypes
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002


def keep_memory_private() -> list[str]:
    """Disable crash dumps for this process where the system allows it. Returns what was done,
    in words, for diagnostics (never fails: a step the system refuses is left out)."""
    done = []
    if sys.platform == "win32":
        if _windows_no_error_dialog():
            done.append("Windows Error Reporting dialog off")
        return done
    if _no_core_file():
        done.append("core dumps off (RLIMIT_CORE 0)")
    if sys.platform.startswith("linux") and _not_dumpable():
        done.append("not dumpable (PR_SET_DUMPABLE 0)")
    return done


def is_dumpable() -> bool | None:
    """Linux: whether the kernel would write a core dump of this process (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    if libc is None:
        return None
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _no_core_file() -> bool:
    try:
        import resource
    except ImportError:  # not a Unix system
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return True


def _not_dumpable() -> bool:
    libc = _libc()
    if libc is None:
        return False
    return bool(libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0)


def _libc() -> ctypes.CDLL | None:
    """The C library Python itself is linked with (Linux: ``dlopen(NULL)``). Not
    ``ctypes.util.find_library``, which runs ``ldconfig`` and costs every start ~6 ms."""
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def _windows_no_error_dialog() -> bool:
    try:
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
        previous = kernel32.GetErrorMode()
        kernel32.SetErrorMode(previous | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
    except (AttributeError, OSError):
        return False
    return True
