from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from journal_app.ui.app import configure_application_identity, prepare_application
from journal_app.ui.main_window import MainWindow
from journal_app.ui.settings import AppSettings
from tests.conftest import CHEAP_KDF


@pytest.fixture
def app_settings(tmp_path: Path, qapp) -> AppSettings:  # type: ignore[no-untyped-def]
    configure_application_identity()
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "en"
    prepare_application(qapp, settings)
    return settings


@pytest.fixture
def make_window(qtbot, app_settings: AppSettings):  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(app_settings, kdf_for_tests=CHEAP_KDF)
        qtbot.addWidget(window)
        window.resize(1100, 700)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.worker.shutdown()
    gc.collect()  # on the GUI thread (automatic collection is off: see MainThreadGarbageCollector)


@pytest.fixture
def window(make_window) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window()
