"""The desktop app driven through its real widgets, offscreen."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit

from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from tests.conftest import CHEAP_KDF, PASSPHRASE

CANARY = "Zébulon-canari-7731"


def create_through_ui(qtbot, window, path: Path, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    assert window.pages.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.create_page
    assert window.pages.currentWidget() is page
    page.location.setText(str(path))
    qtbot.keyClicks(page.passphrase.first, passphrase)
    qtbot.keyClicks(page.passphrase.second, passphrase)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.recovery_page, timeout=10_000)


def finish_recovery_code(qtbot, window) -> str:  # type: ignore[no-untyped-def]
    page = window.recovery_page
    code = page._code
    assert not page.continue_button.isEnabled()
    page.confirm.setChecked(True)
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.is_unlocked() and not window.worker.is_busy())
    return code


def add_entries(qtbot, window, *titles: str) -> None:  # type: ignore[no-untyped-def]
    for title in titles:
        window.worker.submit(lambda holder, title=title: holder.require().entries.add(
            EntryFields(title=title, body=f"Texte de {title}", persons=("Mme R.",), tags=("réseau",))))
    window.worker.submit(lambda holder: holder.require().save())
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    window.journal_page.refresh()
    qtbot.waitUntil(lambda: window.journal_page.model.rowCount() >= len(titles))


def on_worker(qtbot, worker, work):  # type: ignore[no-untyped-def]
    """Run ``work(holder)`` on the journal's worker and return its result: the database belongs
    to that thread, which may be busy at any moment (the views are made ready in the background)."""
    box: dict = {}
    worker.submit(work, lambda result: box.setdefault("result", result),
                  lambda error: box.setdefault("error", error))
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    if "error" in box:
        raise box["error"]
    return box["result"]


def unlock_through_ui(qtbot, window, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    page = window.unlock_page
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.worker.is_busy() and not page.busy.isVisible(), timeout=10_000)


def texts_shown(window) -> str:  # type: ignore[no-untyped-def]
    """Every piece of text any widget of the window holds."""
    parts = [window.windowTitle()]
    for widget in window.findChildren(QLineEdit):
        parts.append(widget.text())
    for widget in window.findChildren(QTextEdit) + window.findChildren(QPlainTextEdit):
        parts.append(widget.toPlainText())
    for widget in window.findChildren(QLabel):
        parts.append(widget.text())
    model = window.journal_page.model
    parts += [str(model.record(row)) for row in range(model.rowCount())]
    return "\n".join(parts)


def test_first_run_creates_a_journal_and_saves_the_first_entry(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "mon-journal.carnet"
    create_through_ui(qtbot, window, path)
    code = finish_recovery_code(qtbot, window)
    assert len(code.split("-")) == 8
    # Empty state tells what to do first.
    assert window.journal_page.editor_stack.currentWidget() is window.journal_page.empty_state
    window.journal_page.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_page.editor
    assert window.journal_page.editor_stack.currentWidget() is editor
    qtbot.keyClicks(editor.title, "Premier appel")
    editor.body.insertPlainText("Une journée chargée.")  # keyClicks types ASCII only
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    assert window.journal_page.model.rowCount() == 1
    reader = Journal.open(path, PASSPHRASE, read_only=True)
    try:
        [entry] = reader.entries.list()
        assert entry.title == "Premier appel" and "Une journée chargée." in entry.body
    finally:
        reader.close()
    assert window.settings.last_journal == path


def test_create_refuses_mismatched_and_short_passphrases(qtbot, window, tmp_path: Path) -> None:
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.create_page
    page.location.setText(str(tmp_path / "j.carnet"))
    qtbot.keyClicks(page.passphrase.first, "court")
    qtbot.keyClicks(page.passphrase.second, "court")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.error.isVisible() and "longer" in page.error.text()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase.first, "une phrase assez longue")
    qtbot.keyClicks(page.passphrase.second, "une phrase assez longu")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in page.error.text()
    assert not (tmp_path / "j.carnet").exists()


def test_unlock_with_a_wrong_then_the_right_passphrase(qtbot, make_window, app_settings, journal_path: Path) -> None:
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(EntryFields(title="Visite à domicile"))
    journal.save()
    journal.close()
    app_settings.last_journal = journal_path
    window = make_window()
    assert window.pages.currentWidget() is window.unlock_page
    unlock_through_ui(qtbot, window, "pas la bonne phrase")
    assert window.unlock_page.error.isVisible()
    assert "does not open" in window.unlock_page.error.text()
    assert not window.unlock_page.backup_button.isVisible()
    unlock_through_ui(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.journal_page.model.rowCount() == 1)
    assert window.is_unlocked()


def test_search_filters_as_you_type_accents_ignored(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    add_entries(qtbot, window, "Réunion école", "Appel logement", "Permanence")
    page = window.journal_page
    qtbot.keyClicks(page.search, "ecole")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.record(0).title == "Réunion école"
    assert page.count_label.text() == "1 matching entry"
    page.search.clear()
    qtbot.keyClicks(page.search, "zzzz")
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.no_results)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)


def test_flag_chips_filter_the_list(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    window.worker.submit(lambda h: h.require().entries.add(EntryFields(title="Dimanche", off_hours=True)))
    add_entries(qtbot, window, "Lundi")
    page = window.journal_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtbot.mouseClick(page.chips["off_hours"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.record(0).title == "Dimanche"


def test_autosave_then_lock_and_reopen_shows_the_entry(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    window.journal_page.new_entry()
    editor = window.journal_page.editor
    qtbot.keyClicks(editor.title, "Visite")
    qtbot.keyClicks(editor.persons, "Jeune 17")
    editor.flag_boxes["out_of_frame"].setChecked(True)
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    unlock_through_ui(qtbot, window, PASSPHRASE)
    page = window.journal_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    record = page.model.record(0)
    assert (record.title, record.persons, record.out_of_frame) == ("Visite", ("Jeune 17",), True)


def test_idle_lock_empties_every_widget_and_drops_the_key(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    add_entries(qtbot, window, CANARY)
    page = window.journal_page
    page.list.setCurrentIndex(page.model.index(0))
    qtbot.waitUntil(lambda: page.editor.title.text() == CANARY)
    page.search.setText(CANARY[:4])
    QGuiApplication.clipboard().setText(CANARY)  # as if copied from the editor
    journal_ref = weakref.ref(window.worker.holder_for_tests.journal)
    window.idle_lock.timer.setInterval(150)
    window.idle_lock.start()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page, timeout=3_000)
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    assert CANARY not in texts_shown(window)
    assert CANARY[:4] not in window.journal_page.search.text()
    assert page.model.rowCount() == 0
    assert page.editor.persons._choices.stringList() == []
    assert QGuiApplication.clipboard().text() == ""
    assert window.worker.holder_for_tests.journal is None
    gc.collect()
    assert journal_ref() is None, "the journal (and its key) is still referenced after locking"
    assert CANARY not in window.windowTitle()


def test_forgotten_passphrase_reset_with_the_recovery_code(qtbot, make_window, app_settings, journal_path: Path) -> None:
    journal, code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(EntryFields(title="Gardé"))
    journal.save()
    journal.close()
    app_settings.last_journal = journal_path
    window = make_window()
    qtbot.mouseClick(window.unlock_page.forgot_button, Qt.MouseButton.LeftButton)
    page = window.recover_page
    assert window.pages.currentWidget() is page
    qtbot.keyClicks(page.code, "0" * 40)  # wrong code first
    qtbot.keyClicks(page.passphrase.first, "une toute nouvelle phrase")
    qtbot.keyClicks(page.passphrase.second, "une toute nouvelle phrase")
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.error.isVisible() and not window.worker.is_busy(), timeout=5_000)
    assert "recovery code does not match" in page.error.text()
    page.code.setText(code.lower().replace("-", " "))
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.recovery_page, timeout=5_000)
    assert finish_recovery_code(qtbot, window) != code  # a new key, a new code (tests/ui/test_passphrase_dialog.py)
    qtbot.waitUntil(lambda: window.journal_page.model.rowCount() == 1)
    window.lock()
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    Journal.open(journal_path, "une toute nouvelle phrase", read_only=True).close()


def test_damaged_journal_offers_the_newest_good_backup(qtbot, make_window, app_settings, journal_path: Path) -> None:
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    journal.entries.add(EntryFields(title="Avant la panne"))
    journal.save()
    journal.save()  # the version before this save, with the entry, is now a backup
    journal.close()
    data = bytearray(journal_path.read_bytes())
    data[-100] ^= 0xFF
    journal_path.write_bytes(bytes(data))
    app_settings.last_journal = journal_path
    window = make_window()
    unlock_through_ui(qtbot, window, PASSPHRASE)
    page = window.unlock_page
    assert "damaged" in page.error.text()
    assert page.backup_button.isVisible()
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.is_unlocked(), timeout=5_000)
    qtbot.waitUntil(lambda: window.journal_page.model.rowCount() == 1)
    box = window.findChild(QMessageBox)
    assert box is not None and "kept aside" in box.text()
    box.done(0)


def test_locked_newer_and_unreadable_journals_get_clear_messages(qtbot, make_window, app_settings, journal_path: Path) -> None:
    journal, _code = Journal.create(journal_path, PASSPHRASE, kdf=CHEAP_KDF)
    app_settings.last_journal = journal_path
    window = make_window()
    unlock_through_ui(qtbot, window, PASSPHRASE)  # the test still holds it open
    assert "already open" in window.unlock_page.error.text()
    journal.close()
    # A newer format version (checksum kept valid, as a newer Carnet would write it).
    import hashlib
    import struct

    from journal_app.core import vaultfile

    data = bytearray(journal_path.read_bytes())
    struct.pack_into(">H", data, 8, vaultfile.FORMAT_VERSION + 1)
    header_length = struct.unpack_from(">I", data, 10)[0]
    prefix_end = 14 + header_length
    data[prefix_end:prefix_end + 32] = hashlib.sha256(bytes(data[:prefix_end])).digest()
    journal_path.write_bytes(bytes(data))
    unlock_through_ui(qtbot, window, PASSPHRASE)
    assert "newer version" in window.unlock_page.error.text()
    journal_path.unlink()
    journal_path.mkdir()
    unlock_through_ui(qtbot, window, PASSPHRASE)
    assert "could not be read" in window.unlock_page.error.text()


def test_delete_asks_first_and_can_be_undone(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    add_entries(qtbot, window, "À garder", "À supprimer")
    page = window.journal_page
    row = next(r for r in range(2) if page.model.record(r).title == "À supprimer")
    page.list.setCurrentIndex(page.model.index(row))
    qtbot.waitUntil(lambda: page.editor.title.text() == "À supprimer")
    window.delete_action.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert window.undo_button.isVisible()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert {page.model.record(r).title for r in range(2)} == {"À garder", "À supprimer"}


def test_cancelled_delete_keeps_the_entry(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    add_entries(qtbot, window, "Reste là")
    page = window.journal_page
    page.list.setCurrentIndex(page.model.index(0))
    window.delete_action.trigger()
    box = window.findChild(QMessageBox)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(100)
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    assert page.model.rowCount() == 1


def test_window_title_never_shows_content(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    add_entries(qtbot, window, CANARY)
    window.journal_page.list.setCurrentIndex(window.journal_page.model.index(0))
    assert window.windowTitle() == "Carnet"


def test_every_control_has_an_accessible_name_or_a_label(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    window.journal_page.new_entry()
    unnamed = []
    for widget in window.journal_page.findChildren(QLineEdit) + window.journal_page.findChildren(QTextEdit):
        if widget.isVisible() and not widget.accessibleName() and widget.parent().objectName() != "qt_spinbox_lineedit":
            if not isinstance(widget.parent(), (QAbstractButton,)) and "spinbox" not in widget.objectName():
                unnamed.append(widget.objectName() or type(widget).__name__)
    assert unnamed == []


def test_quick_log_with_the_keyboard_only(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    add_entries(qtbot, window, "Avant")  # Mme R. is now known: completion offers her
    window.journal_page.list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(window, "quick_log_dialog", None) is not None
                    and window.quick_log_dialog.isVisible())
    dialog = window.quick_log_dialog
    qtbot.keyClicks(dialog.person, "Mme R.")
    qtbot.keyClick(dialog.person, Qt.Key.Key_Tab)  # channel
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # when
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)  # an hour ago
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # duration
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # note
    assert dialog.focusWidget() is dialog.note
    qtbot.keyClicks(dialog.note, "Appel au sujet du loyer")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)  # kept private
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.save_status.text() == "Contact logged", timeout=5_000)
    qtbot.waitUntil(lambda: window.journal_page.model.rowCount() == 2)
    reader_records = [window.journal_page.model.record(r) for r in range(2)]
    contact = next(r for r in reader_records if r.kind == "contact")
    assert contact.title == "Appel au sujet du loyer"
    assert contact.persons == ("Mme R.",) and contact.private and contact.channel == "work_phone"
    assert contact.duration_minutes == 10


def test_a_contact_can_be_expanded_into_a_reflection_with_a_template(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    window.worker.submit(lambda h: h.require().entries.add(EntryFields(kind="contact", title="Appel du soir")))
    add_entries(qtbot, window)
    page = window.journal_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.list.setCurrentIndex(page.model.index(0))
    editor = page.editor
    qtbot.waitUntil(lambda: editor.title.text() == "Appel du soir")
    assert editor.contact_bar.isVisible()
    driscoll = next(t for t in editor.template_provider() if t.id == "driscoll")
    editor.apply_template(driscoll)
    assert not editor.contact_bar.isVisible()
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    record = page.model.record(0)
    assert record.kind == "reflection"
    assert "## So what?" in record.body and "> " in record.body


def test_working_hours_make_off_hours_automatic(qtbot, window, tmp_path: Path) -> None:
    from datetime import datetime

    from journal_app.ui.schedule_dialog import ScheduleDialog

    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    monday_morning = datetime(2026, 11, 16, 10, 0).astimezone()
    wednesday_morning = datetime(2026, 11, 18, 10, 0).astimezone()
    for title, when in (("Lundi", monday_morning), ("Mercredi", wednesday_morning)):
        window.worker.submit(lambda h, t=title, w=when: h.require().entries.add(
            EntryFields(kind="contact", title=t, occurred_at=w, off_hours=None)))
    add_entries(qtbot, window)
    window.schedule_action.trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "schedule_dialog", None), ScheduleDialog)
                    and window.schedule_dialog.isVisible())
    dialog = window.schedule_dialog
    assert dialog.applies_all.isChecked()  # a first schedule also judges earlier entries
    qtbot.mouseClick(dialog.findChild(QAbstractButton, "preset_four_fifths"), Qt.MouseButton.LeftButton)
    assert dialog.day_fields["wed"].text() == ""
    dialog.day_fields["thu"].setText("8h30 à midi")
    dialog.accept()
    assert dialog.error.isVisible() and dialog.isVisible()  # a clear message, nothing saved
    dialog.day_fields["thu"].setText("08:30-12:30")
    dialog.accept()
    qtbot.waitUntil(lambda: "re-evaluated" in window.save_status.text(), timeout=5_000)
    page = window.journal_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not window.worker.is_busy())
    flags = {page.model.record(r).title: page.model.record(r).off_hours for r in range(2)}
    assert flags == {"Lundi": False, "Mercredi": True}


def test_editing_an_entry_keeps_its_off_hours_flag_automatic(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    window.journal_page.new_entry()
    editor = window.journal_page.editor
    qtbot.keyClicks(editor.title, "Sans toucher au drapeau")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    assert not window.journal_page.model.record(0).off_hours_by_hand
    editor.flag_boxes["off_hours"].click()
    qtbot.waitUntil(lambda: window.journal_page.model.record(0).off_hours_by_hand, timeout=5_000)
    assert window.journal_page.model.record(0).off_hours


def test_editor_underlines_real_identities_and_offers_a_pseudonym(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    window.journal_page.new_entry()
    editor = window.journal_page.editor
    editor.body.insertPlainText("Fatima Benali a rappelé au 0478 12 34 56. Mme R. était là aussi.")
    qtbot.waitUntil(lambda: len(editor.body.extraSelections()) == 2, timeout=3_000)
    kinds = [finding.kind for finding in editor._findings]
    assert kinds == ["name", "phone"]
    assert "may identify someone" in editor.pseudonym_reminder.text()
    name = editor.finding_at(3)
    editor.replace_finding(name, "F. B.")
    assert editor.body.toPlainText().startswith("F. B. a rappelé")
    assert [finding.kind for finding in editor._findings] == ["phone"]
    editor.body.undo()  # the replacement is one undo step
    assert editor.body.toPlainText().startswith("Fatima Benali")


def test_a_worker_can_save_their_own_template_and_use_it(qtbot, window, tmp_path: Path) -> None:
    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    window.journal_page.new_entry()
    editor = window.journal_page.editor
    editor.body.setMarkdown("## Ce qui s'est passé\n\n> Qui était là ?\n\n## Ce que je garde\n\ntexte libre\n")
    editor._fill_template_menu()
    save_action = editor.template_menu.actions()[-1]
    assert save_action.isEnabled()
    save_action.trigger()
    dialog = editor.template_name_dialog
    dialog.setTextValue("Mon débrief")
    dialog.accept()
    qtbot.waitUntil(lambda: any(t.name == "Mon débrief" for t in editor.template_provider()), timeout=5_000)
    mine = next(t for t in editor.template_provider() if t.name == "Mon débrief")
    assert [(s.title, s.questions) for s in mine.sections] == [
        ("Ce qui s'est passé", ("Qui était là ?",)), ("Ce que je garde", ())]
    window.lock()
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    assert editor.template_provider() == [t for t in editor.template_provider() if t.builtin]
    unlock_through_ui(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: any(t.name == "Mon débrief" for t in editor.template_provider()), timeout=5_000)


def test_calendar_marks_days_with_off_hours_and_out_of_frame_entries(qtbot, window, tmp_path: Path) -> None:
    from datetime import date, datetime

    from PySide6.QtCore import QDate

    create_through_ui(qtbot, window, tmp_path / "j.carnet")
    finish_recovery_code(qtbot, window)
    sunday = datetime(2026, 11, 15, 21, 0).astimezone()
    for title, flags in (("Appel du dimanche", {"off_hours": True}), ("Prétexte", {"out_of_frame": True}),
                         ("Ordinaire", {})):
        window.worker.submit(lambda h, t=title, f=flags: h.require().entries.add(
            EntryFields(title=t, occurred_at=sunday, **f)))
    add_entries(qtbot, window)
    window.workspace.show_view(1)
    calendar = window.workspace.calendar
    calendar.calendar.setSelectedDate(QDate(2026, 11, 15))
    qtbot.waitUntil(lambda: calendar.model.rowCount() == 3 and not window.worker.is_busy(), timeout=5_000)
    summary = calendar.calendar.summaries[date(2026, 11, 15)]
    assert (summary.entries, summary.off_hours, summary.out_of_frame) == (3, 1, 1)
    assert date(2026, 11, 16) not in calendar.calendar.summaries
    qtbot.mouseClick(calendar.chips["off_hours"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: calendar.model.rowCount() == 1 and not window.worker.is_busy(), timeout=5_000)
    assert calendar.model.record(0).title == "Appel du dimanche"
    calendar.list.setCurrentIndex(calendar.model.index(0))
    calendar.list.activated.emit(calendar.model.index(0))
    qtbot.waitUntil(lambda: window.journal_page.editor.title.text() == "Appel du dimanche", timeout=5_000)
    assert window.workspace.views.currentWidget() is window.journal_page
