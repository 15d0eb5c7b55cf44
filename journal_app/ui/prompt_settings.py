"""The worker's choices about Carnet's questions: on or off, by theme, when they come, and
the daily reminder.

The prompt settings live inside the journal (PromptEngine.settings / save_settings, on the
worker); the reminder's time of day is harmless and lives in QSettings (AppSettings).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.prompts import THEMES, PromptEngine, PromptSettings
from journal_app.ui.checkin_dialog import CheckinSettingsWidget
from journal_app.ui.components import quiet_scroll
from journal_app.ui.messages import error_text
from journal_app.ui.settings import AppSettings
from journal_app.ui.widgets import error_label, opening_size, paragraph
from journal_app.ui.worker import JournalHolder, JournalWorker

translate = QCoreApplication.translate


def theme_name(theme: str) -> str:
    """A prompt theme (core THEMES) in the worker's words."""
    names = {
        "off_hours": translate("PromptThemes", "Contacts outside working hours"),
        "out_of_frame": translate("PromptThemes", "Going beyond the frame"),
        "limits": translate("PromptThemes", "My limits"),
        "dilemmas": translate("PromptThemes", "Dilemmas"),
        "workload": translate("PromptThemes", "Workload"),
        "emotional_load": translate("PromptThemes", "Emotional load"),
        "support": translate("PromptThemes", "Support from others"),
        "meaning": translate("PromptThemes", "Meaning of the work"),
        "recognition": translate("PromptThemes", "What went well"),
        "rhythm": translate("PromptThemes", "Rhythm and rest"),
        "supervision": translate("PromptThemes", "Supervision"),
    }
    return names.get(theme, theme)


def _local_now() -> datetime:
    return datetime.now().astimezone()


def _spin(name: str, low: int, high: int, accessible: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(low, high)
    box.setAccessibleName(accessible)
    return box


class PromptSettingsWidget(QWidget):
    """Shows the settings read by ``load()``; ``save()`` stores them. Nothing is stored
    before ``save()``, so a dialog's Cancel leaves everything as it was."""

    loaded = Signal()
    saved = Signal()  # the journal and QSettings hold the new choices (re-arm the reminder)
    failed = Signal(object)

    def __init__(self, worker: JournalWorker, app_settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptSettings")
        self._worker = worker
        self._app_settings = app_settings
        self._settings = PromptSettings()  # what was read: keeps the choices this page does not show

        self.enabled = QCheckBox(self.tr("&Ask me a question from time to time"))
        self.enabled.setObjectName("promptsEnabled")

        self.theme_boxes: dict[str, QCheckBox] = {}
        themes = QGroupBox(self.tr("Themes of the questions"))
        grid = QGridLayout(themes)
        for index, theme in enumerate(THEMES):
            box = QCheckBox(theme_name(theme))
            box.setObjectName(f"theme_{theme}")
            self.theme_boxes[theme] = box
            grid.addWidget(box, index // 2, index % 2)
        self.themes_group = themes

        self.off_hours_threshold = _spin("offHoursThreshold", 1, 50, self.tr("Number of off-hours contacts"))
        self.off_hours_days = _spin("offHoursDays", 1, 60, self.tr("Within this many days"))
        self._count_days(self.off_hours_days)
        self.dilemma_stale_days = _spin("dilemmaStaleDays", 1, 365, self.tr("Days without news of a dilemma"))
        self._count_days(self.dilemma_stale_days)
        self.heavy_streak_length = _spin("heavyStreakLength", 1, 20, self.tr("Number of heavy entries in a row"))
        self.heavy_weight = _spin("heavyWeight", 1, 10, self.tr("Emotional weight counted as heavy"))
        self.heavy_weight.setSuffix(self.tr(" / 10"))
        self.no_entry_days = _spin("noEntryDays", 1, 365, self.tr("Days without an entry"))
        self._count_days(self.no_entry_days)
        self.review_weekday = QComboBox()
        self.review_weekday.setObjectName("reviewWeekday")
        self.review_weekday.setAccessibleName(self.tr("Day of the end-of-week review"))
        locale = QLocale()
        for day in range(7):
            self.review_weekday.addItem(locale.dayName(day + 1, QLocale.FormatType.LongFormat), day)
        self.review_time = QTimeEdit()
        self.review_time.setObjectName("reviewTime")
        self.review_time.setDisplayFormat("HH:mm")
        self.review_time.setAccessibleName(self.tr("Time of the end-of-week review"))

        moments = QGroupBox(self.tr("When Carnet asks"))
        form = QFormLayout(moments)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._label(self.tr("&Off-hours contacts:"), self.off_hours_threshold),
                    self._row(self.off_hours_threshold, self.tr("or more within"), self.off_hours_days))
        form.addRow(self._label(self.tr("A dilemma &without news for:"), self.dilemma_stale_days),
                    self._row(self.dilemma_stale_days))
        form.addRow(self._label(self.tr("&Heavy entries in a row:"), self.heavy_streak_length),
                    self._row(self.heavy_streak_length, self.tr("weighing at least"), self.heavy_weight))
        form.addRow(self._label(self.tr("No &entry for:"), self.no_entry_days), self._row(self.no_entry_days))
        form.addRow(self._label(self.tr("End-of-week &review from:"), self.review_weekday),
                    self._row(self.review_weekday, self.tr("at"), self.review_time))
        self.defaults_button = QPushButton(self.tr("Restore the &defaults"))
        self.defaults_button.setObjectName("promptDefaults")
        defaults_row = QHBoxLayout()
        defaults_row.addStretch(1)
        defaults_row.addWidget(self.defaults_button)
        form.addRow(defaults_row)
        self.moments_group = moments

        self.reminder_enabled = QCheckBox(self.tr("Remind me &every day at"))
        self.reminder_enabled.setObjectName("reminderEnabled")
        self.reminder_time = QTimeEdit()
        self.reminder_time.setObjectName("reminderTime")
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Time of the daily reminder"))
        reminder = QGroupBox(self.tr("Daily reminder"))
        reminder_layout = QVBoxLayout(reminder)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminder_enabled)
        reminder_row.addWidget(self.reminder_time)
        reminder_row.addStretch(1)
        reminder_layout.addLayout(reminder_row)
        note = paragraph(self.tr("A message in the notification area that only says \u201cCarnet has a question "
                                 "for you\u201d: never anything from your journal, as it may show on a locked "
                                 "screen."))
        note.setProperty("role", "hint")
        reminder_layout.addWidget(note)

        self.error = error_label()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.enabled)
        layout.addWidget(themes)
        layout.addWidget(moments)
        layout.addWidget(reminder)
        layout.addWidget(self.error)
        layout.addStretch(1)
        scroll = quiet_scroll(content)  # the dialog can be small: 1024x640 screens, French labels
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.enabled.toggled.connect(self._update_enabled)
        self.reminder_enabled.toggled.connect(self.reminder_time.setEnabled)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self._show(self._settings)
        self._show_reminder()

    def _count_days(self, box: QSpinBox) -> None:
        def update(value: int) -> None:
            box.setSuffix(self.tr(" day") if value == 1 else self.tr(" days"))

        box.valueChanged.connect(update)
        update(box.value())

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _row(first: QWidget, words: str = "", second: QWidget | None = None) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(first)
        if words:
            layout.addWidget(QLabel(words))
        if second is not None:
            layout.addWidget(second)
        layout.addStretch(1)
        return row

    # ----- reading and writing

    def load(self) -> None:
        """Read the prompt settings from the journal, and the reminder from QSettings."""
        self._show_reminder()
        self._worker.submit(lambda holder: PromptEngine(holder.require().database, _local_now).settings,
                            self._on_loaded, self._on_failed)

    def settings(self) -> PromptSettings:
        """The settings as the controls show them."""
        return replace(
            self._settings,
            enabled=self.enabled.isChecked(),
            disabled_themes=tuple(theme for theme, box in self.theme_boxes.items() if not box.isChecked()),
            off_hours_threshold=self.off_hours_threshold.value(),
            off_hours_days=self.off_hours_days.value(),
            dilemma_stale_days=self.dilemma_stale_days.value(),
            heavy_streak_length=self.heavy_streak_length.value(),
            heavy_weight=self.heavy_weight.value(),
            no_entry_days=self.no_entry_days.value(),
            weekly_review_weekday=self.review_weekday.currentData(),
            weekly_review_from=self.review_time.time().toString("HH:mm"),
        )

    def save(self) -> None:
        """Store the reminder in QSettings and the prompt settings in the journal; ``saved``
        follows (or ``failed``)."""
        self.error.hide()
        self._app_settings.reminder_enabled = self.reminder_enabled.isChecked()
        self._app_settings.reminder_time = self.reminder_time.time().toPython()
        self._app_settings.sync()
        chosen = self.settings()

        def work(holder: JournalHolder) -> PromptSettings:
            stored = PromptEngine(holder.require().database, _local_now).save_settings(chosen)
            holder.require().save_if_changed()
            return stored

        self._worker.submit(work, self._on_saved, self._on_failed)

    def restore_defaults(self) -> None:
        """Show the default thresholds and every theme on (stored by ``save()``)."""
        self._show(PromptSettings())

    def clear(self) -> None:
        self._settings = PromptSettings()
        self._show(self._settings)
        self.error.hide()

    # ----- internals

    def _show(self, settings: PromptSettings) -> None:
        self.enabled.setChecked(settings.enabled)
        for theme, box in self.theme_boxes.items():
            box.setChecked(theme not in settings.disabled_themes)
        self.off_hours_threshold.setValue(settings.off_hours_threshold)
        self.off_hours_days.setValue(settings.off_hours_days)
        self.dilemma_stale_days.setValue(settings.dilemma_stale_days)
        self.heavy_streak_length.setValue(settings.heavy_streak_length)
        self.heavy_weight.setValue(settings.heavy_weight)
        self.no_entry_days.setValue(settings.no_entry_days)
        self.review_weekday.setCurrentIndex(self.review_weekday.findData(settings.weekly_review_weekday))
        start = time.fromisoformat(settings.weekly_review_from)
        self.review_time.setTime(QTime(start.hour, start.minute))
        self._update_enabled(settings.enabled)

    def _show_reminder(self) -> None:
        chosen = self._app_settings.reminder_time
        self.reminder_enabled.setChecked(self._app_settings.reminder_enabled)
        self.reminder_time.setTime(QTime(chosen.hour, chosen.minute))
        self.reminder_time.setEnabled(self.reminder_enabled.isChecked())

    def _update_enabled(self, enabled: bool) -> None:
        self.themes_group.setEnabled(enabled)
        self.moments_group.setEnabled(enabled)

    def _on_loaded(self, settings: PromptSettings) -> None:
        self._settings = settings
        self._show(settings)
        self.loaded.emit()

    def _on_saved(self, settings: PromptSettings) -> None:
        self._settings = settings
        self.saved.emit()

    def _on_failed(self, error: JournalError) -> None:
        self.error.setText(error_text(error))
        self.error.show()
        self.failed.emit(error)


class PromptSettingsDialog(QDialog):
    """The widget in a dialog of its own: reads on opening, closes once saved. Open it with
    ``open()``."""

    def __init__(self, worker: JournalWorker, app_settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptSettingsDialog")
        self.setWindowTitle(self.tr("Questions and reminder"))
        self.page = PromptSettingsWidget(worker, app_settings)
        self.checkins = CheckinSettingsWidget(worker)
        self.checkins.failed.connect(self.page.failed)
        checkins_box = QGroupBox(self.tr("Check-ins on how you are doing"))
        QVBoxLayout(checkins_box).addWidget(self.checkins)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(checkins_box)
        layout.addWidget(self.buttons)
        self.page.saved.connect(self._on_saved)
        self.page.failed.connect(lambda _error: self.buttons.setEnabled(True))
        self.resize(opening_size(self, 640, 560))  # fits a 1024x640 screen; the page scrolls
        self.page.load()
        self.checkins.load()

    def accept(self) -> None:
        self.buttons.setEnabled(False)  # once: the dialog closes when the journal holds the choices
        self.checkins.save()  # the worker runs both in order; the page's "saved" comes last
        self.page.save()

    def _on_saved(self) -> None:
        self.buttons.setEnabled(True)
        super().accept()


__all__ = ["PromptSettingsDialog", "PromptSettingsWidget", "theme_name"]
