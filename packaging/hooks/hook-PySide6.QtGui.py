"""Carnet's version of PyInstaller's hook for PySide6.QtGui (hooks in packaging/hooks take
the place of PyInstaller's own): the same collection, less the Qt plugins a desktop journal
never loads. They are dropped here, before PyInstaller looks for the libraries each plugin
needs; dropping them from the finished bundle would leave those libraries behind.

- the on-screen keyboard (platforminputcontexts/qtvirtualkeyboardplugin), written in QML:
  it alone pulls in QtQml and QtQuick (~17 MB);
- the GTK platform theme (platformthemes/qgtk3): it makes PyInstaller copy the build
  machine's GTK, cairo and pango, which then clash with the user's own GTK (a known source
  of crashes). Carnet draws itself with the Fusion style; file dialogs still go through the
  desktop portal (platformthemes/qxdgdesktopportal);
- platforms for embedded devices without a window system (eglfs, linuxfb, vnc, vkkhrdisplay,
  minimalegl) and their raw-input and EGL device plugins (generic, egldeviceintegrations).
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGINS = ("qtvirtualkeyboardplugin", "qgtk3", "qeglfs", "qlinuxfb", "qvnc", "qvkkhrdisplay", "qminimalegl")
UNUSED_PLUGIN_TYPES = ("generic", "egldeviceintegrations")


def _wanted(source: str) -> bool:
    path = Path(source)
    name = path.name.lower().removeprefix("lib")
    return path.parent.name not in UNUSED_PLUGIN_TYPES and not name.startswith(UNUSED_PLUGINS)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, destination) for source, destination in binaries if _wanted(source)]
