"""The daily reminder: once a day, at a time the worker chooses, a generic tray message.

The message never says anything from the journal ("Carnet has a question for you"): a
notification can show on a locked screen or a shared display.

Timing: one single-shot timer, armed for the next occurrence of the chosen local time but
never longer than ``CHECK_MS``. Each time it runs out the reminder looks at the clock again,
so a machine waking from sleep, a clock set by hand or a change of daylight-saving time is
noticed within a few minutes (a monotonic timer knows nothing of any of them). A reminder
missed while the machine slept still comes later the same day, and never twice a day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from journal_app.ui.settings import AppSettings

CHECK_MS = 5 * 60 * 1000  # look at the clock again at least this often


def reminder_message(language: str) -> tuple[str, str]:
    """The tray message's title and text: the application's name and a generic sentence."""
    from journal_app.core.prompts import generic_notification_text  # not needed to start

    return "Carnet", generic_notification_text(language)


def _local_now() -> datetime:
    return datetime.now().astimezone()


class DailyReminder(QObject):
    """Emits ``due`` once a day at the time kept in ``AppSettings`` (when it is enabled).
    ``clock`` gives the local time, timezone-aware; tests pass their own."""

    due = Signal()

    def __init__(self, settings: AppSettings, clock: Callable[[], datetime] = _local_now,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._clock = clock
        self._target: datetime | None = None
        self._fired_on: date | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timeout)

    @property
    def target(self) -> datetime | None:
        """When the next reminder is due, or None when the reminder is off."""
        return self._target

    def rearm(self) -> None:
        """Recompute the next reminder from the settings and the clock (call it after the
        settings change)."""
        self.timer.stop()
        if not self._settings.reminder_enabled:
            self._target = None
            return
        now = self._clock()
        self._target = self.next_occurrence(now)
        self.timer.start(min(self.milliseconds_until_due(now), CHECK_MS))

    def stop(self) -> None:
        self.timer.stop()
        self._target = None

    def next_occurrence(self, now: datetime) -> datetime:
        """The first moment strictly after ``now`` at the chosen local time, skipping today
        when today's reminder was already given."""
        chosen = self._settings.reminder_time
        day = now.date()
        candidate = datetime.combine(day, chosen, tzinfo=now.tzinfo)
        if candidate <= now or self._fired_on == day:
            candidate = datetime.combine(day + timedelta(days=1), chosen, tzinfo=now.tzinfo)
        return candidate

    def milliseconds_until_due(self, now: datetime | None = None) -> int:
        """Milliseconds from ``now`` (default: the clock) until the reminder is due; 0 when
        it is due or the reminder is off."""
        if self._target is None:
            return 0
        now = self._clock() if now is None else now
        return max(0, int((self._target - now).total_seconds() * 1000))

    def _on_timeout(self) -> None:
        now = self._clock()
        target = self._target
        if target is not None and self._settings.reminder_enabled and now >= target:
            # Late (the machine slept through it) is fine the same day; the next day it is
            # simply tomorrow's reminder that counts.
            if now.date() == target.date() and self._fired_on != now.date():
                self._fired_on = now.date()
                self.due.emit()
        self.rearm()


__all__ = ["CHECK_MS", "DailyReminder", "reminder_message"]
