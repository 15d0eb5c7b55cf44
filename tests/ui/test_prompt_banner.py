"""The question of the day on unlocking: calm, actionable, and gone once answered."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from journal_app.core.entries import EntryFields
from tests.conftest import PASSPHRASE
from tests.ui.test_main_window import add_entries, create_through_ui, finish_recovery_code, unlock_through_ui


def test_off_hours_contacts_bring_a_question_that_can_be_written_about(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    now = datetime.now().astimezone()
    for days in (1, 2, 3):
        window.worker.submit(lambda h, d=days: h.require().entries.add(EntryFields(
            kind="contact", title=f"Appel {d}", channel="personal_phone", off_hours=True,
            occurred_at=now - timedelta(days=d))))
    add_entries(qtbot, window)
    window.lock()
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    banner = window.workspace.prompt_banner
    assert not banner.isVisible()  # locking empties it
    unlock_through_ui(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=5_000)
    text = banner.text.text()
    assert text and "{" not in text
    assert "section" in banner.text.toolTip()
    qtbot.mouseClick(banner.write_button, Qt.MouseButton.LeftButton)
    editor = window.journal_page.editor
    assert not banner.isVisible()
    assert text in editor.body.toPlainText()
    qtbot.keyClicks(editor.title, "Ce que ces appels me font")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    window.lock()
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    unlock_through_ui(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.worker.is_busy(), timeout=5_000)
    qtbot.wait(100)
    assert not banner.isVisible()  # answered: no second question today unless asked for


def test_a_banner_waiting_its_turn_is_never_shown_for_a_moment(qtbot) -> None:
    """Shown while a more important banner is up, the question waits, unseen: showing it for a
    moment laid out and painted the whole page again (issue 17). It appears once the other is
    closed, and a question set aside meanwhile does not."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from journal_app.ui.backups_dialog import BackupReminderBanner
    from journal_app.ui.prompt_banner import OneBannerAtATime, PromptBanner

    page = QWidget()
    layout = QVBoxLayout(page)
    reminder, question = BackupReminderBanner(), PromptBanner()
    layout.addWidget(reminder)
    layout.addWidget(question)
    OneBannerAtATime([reminder, question], page)
    qtbot.addWidget(page)
    page.show()

    class Shows(QObject):
        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            self.count += event.type() == QEvent.Type.Show
            return False

    shows = Shows()
    question.installEventFilter(shows)
    reminder.show()
    question.show_checkin_invitation()
    assert shows.count == 0 and not question.isVisible() and reminder.isVisible()
    reminder.hide()  # the reminder closed: the question's turn
    assert question.isVisible() and not reminder.isVisible()
    reminder.show()
    assert reminder.isVisible() and not question.isVisible()
    question.clear()  # set aside while it waited
    reminder.hide()
    assert not question.isVisible()
