"""Lock when the person walks away: idle time, and session lock or sleep where Qt reports it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    """Emits ``idle`` after a delay with no key, mouse or touch input in the application."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)

    def start(self) -> None:
        # Watching every event of the application costs a Python call each: only while it counts.
        app = QGuiApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class SessionWatcher(QObject):
    """Emits ``lock_wanted`` when the system suspends the app, the screen locks or the
    machine goes to sleep (Linux: logind and the freedesktop screensaver over D-Bus)."""

    lock_wanted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.applicationStateChanged.connect(self._on_state_changed)
        self._listen_on_dbus()

    def _on_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_wanted.emit()

    def _listen_on_dbus(self) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # not every platform has D-Bus
            return
        system = QDBusConnection.systemBus()
        if system.isConnected():
            system.connect("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                           "PrepareForSleep", self, SLOT("_on_prepare_for_sleep(bool)"))
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            session.connect("", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                            "ActiveChanged", self, SLOT("_on_screensaver_active(bool)"))

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_wanted.emit()

    @Slot(bool)
    def _on_screensaver_active(self, active: bool) -> None:
        if active:
            self.lock_wanted.emit()
