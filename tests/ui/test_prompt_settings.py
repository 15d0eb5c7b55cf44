"""Prompt settings and the daily reminder through the real widgets, stored where they belong:
the prompt choices inside the journal, the reminder's time of day in QSettings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from journal_app.core.prompts import THEMES, PromptEngine, PromptSettings
from journal_app.ui.prompt_settings import PromptSettingsDialog, PromptSettingsWidget, theme_name
from journal_app.ui.settings import DEFAULT_REMINDER_TIME, AppSettings
from journal_app.ui.worker import JournalHolder, JournalWorker
from tests.ui.test_weekly_review import NOW, on_worker, open_journal_worker



@pytest.fixture
def journal_worker(qtbot, tmp_path: Path) -> Iterator[JournalWorker]:  # type: ignore[no-untyped-def]
    yield from open_journal_worker(qtbot, tmp_path)

@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def stored(qtbot, worker: JournalWorker) -> PromptSettings:  # type: ignore[no-untyped-def]
    return on_worker(qtbot, worker, lambda holder: PromptEngine(holder.require().database, lambda: NOW).settings)


def loaded_widget(qtbot, worker: JournalWorker, app_settings: AppSettings) -> PromptSettingsWidget:  # type: ignore[no-untyped-def]
    widget = PromptSettingsWidget(worker, app_settings)
    qtbot.addWidget(widget)
    widget.resize(1024, 640)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.load()
    return widget


def save(qtbot, widget: PromptSettingsWidget) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(widget.saved, timeout=10_000):
        widget.save()


def test_choices_round_trip_through_the_journal(qtbot, journal_worker, app_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # A choice this page does not show survives its saving.
    on_worker(qtbot, journal_worker, lambda holder: PromptEngine(holder.require().database, lambda: NOW)
              .save_settings(replace(PromptSettings(), snooze_days=5)))
    widget = loaded_widget(qtbot, journal_worker, app_settings)
    assert widget.enabled.isChecked() and all(box.isChecked() for box in widget.theme_boxes.values())
    assert set(widget.theme_boxes) == set(THEMES)
    assert widget.theme_boxes["off_hours"].text() == theme_name("off_hours") == "Contacts outside working hours"
    assert widget.off_hours_threshold.value() == 3 and widget.dilemma_stale_days.value() == 21
    assert widget.review_weekday.currentData() == 4 and widget.review_time.time() == QTime(14, 0)
    assert not widget.reminder_enabled.isChecked() and not widget.reminder_time.isEnabled()

    widget.theme_boxes["off_hours"].click()
    widget.off_hours_threshold.setValue(5)
    widget.off_hours_days.setValue(14)
    widget.dilemma_stale_days.setValue(30)
    widget.heavy_streak_length.setValue(4)
    widget.heavy_weight.setValue(8)
    widget.no_entry_days.setValue(1)
    assert widget.no_entry_days.suffix() == " day"
    widget.review_weekday.setCurrentIndex(widget.review_weekday.findData(6))
    widget.review_time.setTime(QTime(18, 30))
    widget.reminder_enabled.click()
    assert widget.reminder_time.isEnabled()
    widget.reminder_time.setTime(QTime(7, 45))
    save(qtbot, widget)

    settings = stored(qtbot, journal_worker)
    assert settings.disabled_themes == ("off_hours",)
    assert (settings.off_hours_threshold, settings.off_hours_days, settings.dilemma_stale_days) == (5, 14, 30)
    assert (settings.heavy_streak_length, settings.heavy_weight, settings.no_entry_days) == (4, 8, 1)
    assert (settings.weekly_review_weekday, settings.weekly_review_from) == (6, "18:30")
    assert settings.snooze_days == 5 and settings.enabled
    assert app_settings.reminder_enabled and app_settings.reminder_time == time(7, 45)
    # QSettings holds the reminder and nothing about the questions.
    ini = (tmp_path / "settings.ini").read_text()
    assert "07:45" in ini and "off_hours" not in ini and "theme_" not in ini

    # A new page reads back what was saved.
    again = loaded_widget(qtbot, journal_worker, app_settings)
    assert not again.theme_boxes["off_hours"].isChecked() and again.theme_boxes["dilemmas"].isChecked()
    assert again.off_hours_threshold.value() == 5 and again.review_weekday.currentData() == 6
    assert again.review_time.time() == QTime(18, 30)
    assert again.reminder_enabled.isChecked() and again.reminder_time.time() == QTime(7, 45)


def test_defaults_come_back_and_all_questions_can_be_turned_off(qtbot, journal_worker, app_settings) -> None:  # type: ignore[no-untyped-def]
    widget = loaded_widget(qtbot, journal_worker, app_settings)
    widget.theme_boxes["recognition"].click()
    widget.heavy_weight.setValue(9)
    save(qtbot, widget)
    assert stored(qtbot, journal_worker).disabled_themes == ("recognition",)

    qtbot.mouseClick(widget.defaults_button, Qt.MouseButton.LeftButton)
    assert widget.theme_boxes["recognition"].isChecked() and widget.heavy_weight.value() == 7
    save(qtbot, widget)
    assert stored(qtbot, journal_worker) == PromptSettings()

    widget.enabled.click()
    assert not widget.themes_group.isEnabled() and not widget.moments_group.isEnabled()
    save(qtbot, widget)
    assert stored(qtbot, journal_worker).enabled is False


def test_the_dialog_saves_on_ok_and_nothing_on_cancel(qtbot, journal_worker, app_settings) -> None:  # type: ignore[no-untyped-def]
    dialog = PromptSettingsDialog(journal_worker, app_settings)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.page.loaded, timeout=10_000):
        dialog.open()
    dialog.page.theme_boxes["supervision"].click()
    dialog.page.reminder_enabled.click()
    with qtbot.waitSignal(dialog.finished, timeout=10_000) as finished:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert finished.args == [QDialog.DialogCode.Accepted]
    assert stored(qtbot, journal_worker).disabled_themes == ("supervision",)
    assert app_settings.reminder_enabled and app_settings.reminder_time == DEFAULT_REMINDER_TIME

    dialog = PromptSettingsDialog(journal_worker, app_settings)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.page.loaded, timeout=10_000):
        dialog.open()
    assert not dialog.page.theme_boxes["supervision"].isChecked()
    dialog.page.theme_boxes["meaning"].click()
    dialog.page.reminder_enabled.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert stored(qtbot, journal_worker).disabled_themes == ("supervision",)
    assert app_settings.reminder_enabled


def test_a_locked_journal_is_said_in_words(qtbot, journal_worker, app_settings) -> None:  # type: ignore[no-untyped-def]
    on_worker(qtbot, journal_worker, JournalHolder.close)
    widget = PromptSettingsWidget(journal_worker, app_settings)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.failed, timeout=10_000):
        widget.load()
    assert widget.error.isVisible() and widget.error.text()
    assert widget.off_hours_threshold.value() == 3  # the defaults stay on screen, nothing is lost
