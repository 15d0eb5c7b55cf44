"""A worker's first evening of writing (issue 14), lived through the real window and real input."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from journal_app.core.journal import Journal
from tests.conftest import PASSPHRASE
from tests.ui.test_main_window import add_entries, create_through_ui, finish_recovery_code, unlock_through_ui


def open_new_journal(qtbot, window, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "j.carnet"
    create_through_ui(qtbot, window, path)
    finish_recovery_code(qtbot, window)
    return path


def click_row(qtbot, page, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = page.list.visualRect(page.model.index(row))
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def lock_and_unlock(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page and not window.worker.is_busy())
    unlock_through_ui(qtbot, window, PASSPHRASE)


def bodies(path: Path) -> dict[str, str]:
    reader = Journal.open(path, PASSPHRASE, read_only=True)
    try:
        return {entry.title: entry.body for entry in reader.entries.list()}
    finally:
        reader.close()


# ----- 0. autosave keeps the person in the entry they are writing


def test_typing_through_an_autosave_stays_in_the_same_entry(qtbot, window, tmp_path: Path) -> None:
    path = open_new_journal(qtbot, window, tmp_path)
    add_entries(qtbot, window, "Premier", "Deuxieme", "Troisieme", "Quatrieme")
    page = window.journal_page
    titles = [page.model.record(row).title for row in range(page.model.rowCount())]
    middle = titles[1]
    click_row(qtbot, page, 1)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.title.text() == middle)
    editor.body.setFocus()
    cursor = editor.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.body.setTextCursor(cursor)
    qtbot.keyClicks(editor.body, " avant")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)  # the real autosave timer
    qtbot.keyClicks(editor.body, " pendant")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    qtbot.keyClicks(editor.body, " apres")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    assert editor.title.text() == middle
    assert page.model.record(page.list.currentIndex().row()).title == middle
    saved = bodies(path)
    assert saved[middle].endswith("avant pendant apres")
    assert all("avant" not in body and "apres" not in body for title, body in saved.items() if title != middle)
    lock_and_unlock(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    click_row(qtbot, page, [page.model.record(r).title for r in range(4)].index(middle))
    qtbot.waitUntil(lambda: editor.title.text() == middle)
    assert editor.body.toPlainText().endswith("avant pendant apres")


def test_a_changed_date_moves_the_row_and_the_editor_stays_with_it(qtbot, window, tmp_path: Path) -> None:
    path = open_new_journal(qtbot, window, tmp_path)
    add_entries(qtbot, window, "Premier", "Deuxieme", "Troisieme")
    page, editor = window.journal_page, window.journal_page.editor
    last = page.model.rowCount() - 1
    moved = page.model.record(last).title
    click_row(qtbot, page, last)
    qtbot.waitUntil(lambda: editor.title.text() == moved)
    retype(qtbot, editor.occurred_at.edit, "1/1/2031 9:00")  # now the newest: the row goes to the top
    qtbot.keyClick(editor.occurred_at.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    qtbot.waitUntil(lambda: page.model.record(0).title == moved)
    assert page.list.currentIndex().row() == 0 and editor.title.text() == moved
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.body, " encore")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    assert bodies(path)[moved].endswith("encore") and editor.title.text() == moved


# ----- 9. the details form holds still while the identity warning comes and goes


def test_identity_warning_does_not_move_the_details_fields(qtbot, window, tmp_path: Path) -> None:
    open_new_journal(qtbot, window, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_page.editor
    qtbot.mouseClick(editor.summary, Qt.MouseButton.LeftButton)  # the details open under their summary line
    assert editor.details_shown()
    fields = (editor.occurred_at, editor.duration, editor.channel, editor.weight, editor.persons, editor.tags,
              *editor.flag_boxes.values())

    def geometry() -> list[tuple[int, int, int, int]]:
        return [(*[*widget.mapTo(window, widget.rect().topLeft()).toTuple()], widget.width(), widget.height())
                for widget in fields]

    qtbot.keyClicks(editor.title, "Appel")
    editor.body.setFocus()
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    before = geometry()
    qtbot.keyClicks(editor.body, "Fatima Benali a rappele au 0478 12 34 56.")
    qtbot.waitUntil(lambda: "may identify" in editor.pseudonym_reminder.text(), timeout=3_000)
    qtbot.wait(50)  # let the layout settle
    assert geometry() == before
    editor.body.selectAll()
    qtbot.keyClick(editor.body, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "may identify" not in editor.pseudonym_reminder.text(), timeout=3_000)
    qtbot.wait(50)
    assert geometry() == before


# ----- 1. a template guides the writing without damaging it


def choose_template(qtbot, editor, position: int) -> None:  # type: ignore[no-untyped-def]
    """Click the Template button and pick the template at ``position`` with the arrow keys."""
    from PySide6.QtCore import QTimer

    def pick() -> None:
        menu = editor.template_menu
        for _ in range(position + 1):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(200, pick)  # the button's menu runs its own loop until a choice is made
    qtbot.mouseClick(editor.template_button, Qt.MouseButton.LeftButton)


def blocks_shown(editor) -> list[tuple[str, int, int, bool, int, int]]:  # type: ignore[no-untyped-def]
    """Each non-empty paragraph as a person sees it: text, heading level, quote level, italic,
    weight and size of its first letters."""
    from PySide6.QtGui import QTextFormat

    shown = []
    block = editor.body.document().begin()
    while block.isValid():
        if block.text():
            char = block.begin().fragment().charFormat()
            shown.append((block.text(), block.blockFormat().headingLevel(),
                          int(block.blockFormat().property(QTextFormat.Property.BlockQuoteLevel) or 0),
                          char.fontItalic(), int(char.fontWeight()),
                          int(char.property(QTextFormat.Property.FontSizeAdjustment) or 0)))
        block = block.next()
    return shown


def test_writing_under_a_template_saves_what_is_on_screen(qtbot, window, tmp_path: Path) -> None:
    path = open_new_journal(qtbot, window, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_page.editor
    choose_template(qtbot, editor, 0)
    qtbot.waitUntil(lambda: "Description" in editor.body.toPlainText())
    assert editor.body.hasFocus()
    cursor = editor.body.textCursor()
    assert cursor.block().text() == "" and cursor.blockFormat().headingLevel() == 0
    assert cursor.block().previous().text() == "What was my part in the situation?"  # under the questions
    qtbot.keyClicks(editor.body, "He called at ten.")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "Then he left.")
    shown = blocks_shown(editor)
    by_text = {block[0]: block for block in shown}
    normal = (0, 0, False, 400, 0)
    assert by_text["He called at ten."][1:] == normal and by_text["Then he left."][1:] == normal
    assert by_text["Description"][1] == 2 and by_text["Description"][4] > 400
    question = by_text["What actually happened?"]
    assert question[2] == 1 and question[3]  # a guiding question: quoted, in italic, unlike the answers
    assert editor.headings_as_sections()[0].questions[0] == "What actually happened?"  # no italic marks
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    markdown = bodies(path)["Gibbs reflective cycle"]
    assert "## Description" in markdown and "\nHe called at ten.\n" in markdown
    lock_and_unlock(qtbot, window)
    page = window.journal_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    click_row(qtbot, page, 0)
    qtbot.waitUntil(lambda: "He called at ten." in editor.body.toPlainText())
    assert blocks_shown(editor) == shown
    assert editor.fields().body == markdown


def test_enter_after_a_heading_or_a_question_starts_a_plain_answer(qtbot, window, tmp_path: Path) -> None:
    open_new_journal(qtbot, window, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_page.editor
    choose_template(qtbot, editor, 0)
    qtbot.waitUntil(lambda: "Description" in editor.body.toPlainText())
    qtbot.keyClick(editor.body, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # on "Description"
    qtbot.keyClick(editor.body, Qt.Key.Key_End)
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "Context first.")
    qtbot.keyClick(editor.body, Qt.Key.Key_Down)  # onto the first question
    qtbot.keyClick(editor.body, Qt.Key.Key_End)
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "An answer.")
    by_text = {block[0]: block for block in blocks_shown(editor)}
    assert by_text["Context first."][1:] == (0, 0, False, 400, 0)
    assert by_text["An answer."][1:] == (0, 0, False, 400, 0)
    assert by_text["Description"][1] == 2


# ----- 2. "when" means what happened: a reflection written in the evening is not off-hours work


def last_sunday_evening(hour: int, minute: int = 0):  # type: ignore[no-untyped-def]
    """The most recent Sunday (today included) at the given time: in a week the dashboard shows."""
    from datetime import date, datetime, timedelta

    today = date.today()
    sunday = today - timedelta(days=(today.weekday() - 6) % 7)
    return datetime(sunday.year, sunday.month, sunday.day, hour, minute).astimezone()


def set_office_hours(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from journal_app.core.schedule import ScheduleStore, parse_spec

    spec = "mon=08:30-17:00;tue=08:30-17:00;wed=08:30-17:00;thu=08:30-17:00;fri=08:30-17:00"
    window.worker.submit(lambda h: ScheduleStore(h.require().database).set(parse_spec(spec), date(2020, 1, 1)))
    qtbot.waitUntil(lambda: not window.worker.is_busy())


def retype(qtbot, line_edit, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(line_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(line_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line_edit, text)


def test_a_sunday_evening_reflection_is_not_an_off_hours_contact(qtbot, window, tmp_path: Path,
                                                                  monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from journal_app.core import timeline

    evening = last_sunday_evening(21, 0)
    monkeypatch.setattr(timeline, "local_now", lambda: evening)  # the clock of the date fields
    path = open_new_journal(qtbot, window, tmp_path)
    set_office_hours(qtbot, window)
    page, editor = window.journal_page, window.journal_page.editor

    # A reflection about nothing in particular, written on Sunday at 21:00.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.when_label.text().replace("&", "") == "Situation of (optional):"
    qtbot.keyClicks(editor.title, "Ce qui me reste")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    # A reflection about Friday's 10:00 home visit, also written on Sunday evening.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.title, "La visite de vendredi")
    retype(qtbot, editor.occurred_at.edit, "vendredi 10:00")
    assert "10:00" in editor.occurred_at.feedback.text()
    editor.channel.setFocus()
    qtbot.keyClick(editor.channel, Qt.Key.Key_Down)  # the channel of the visit: the office
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    # A call that came on Sunday at 21:30, logged from the quick log.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(window, "quick_log_dialog", None) is not None
                    and window.quick_log_dialog.isVisible())
    dialog = window.quick_log_dialog
    qtbot.keyClicks(dialog.person, "Jeune 17")
    retype(qtbot, dialog.when.edit, "21:30")
    qtbot.keyClick(dialog.when.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.save_status.text() == "Contact logged", timeout=5_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not window.worker.is_busy())

    reader = Journal.open(path, PASSPHRASE, read_only=True)
    try:
        flags = {e.title or e.persons[0]: (e.off_hours, e.occurred_at.strftime("%a %H:%M"))
                 for e in reader.entries.list()}
    finally:
        reader.close()
    assert flags == {"Ce qui me reste": (False, "Sun 21:00"), "La visite de vendredi": (False, "Fri 10:00"),
                     "Work phone · Jeune 17": (True, "Sun 21:30")}
    contact_row = next(r for r in range(3) if page.model.record(r).kind == "contact")
    click_row(qtbot, page, contact_row)
    qtbot.waitUntil(lambda: editor.when_label.text().replace("&", "") == "When did it happen?")

    # "How am I doing" counts the one contact of Sunday evening.
    window.activateWindow()  # the quick log had the keyboard
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    dashboard = window.workspace.dashboard
    qtbot.waitUntil(lambda: dashboard.as_text.isVisible() and not window.worker.is_busy(), timeout=5_000)
    qtbot.mouseClick(dashboard.as_text, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dashboard.table.rowCount() == 12, timeout=5_000)
    assert dashboard.current_key() == "off_hours_contacts"
    week = f"week {evening.isocalendar().week}"
    row = next(r for r in range(12) if dashboard.table.item(r, 0).text() == week)
    assert dashboard.table.item(row, 2).text() == "1"


# ----- 8. "Sunday evening, 21:30" in a few keys, and a calendar that shows the whole month


def test_logging_last_sunday_evening_takes_a_few_keys(qtbot, window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from journal_app.core import timeline

    wednesday = datetime(2026, 12, 9, 10, 15).astimezone()
    monkeypatch.setattr(timeline, "local_now", lambda: wednesday)
    path = open_new_journal(qtbot, window, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(window, "quick_log_dialog", None) is not None
                    and window.quick_log_dialog.isVisible())
    dialog = window.quick_log_dialog
    qtbot.keyClicks(dialog.person, "Mme R.")
    qtbot.keyClick(dialog.person, Qt.Key.Key_Tab)  # channel
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # when
    assert dialog.focusWidget() is dialog.when.edit
    for _ in range(7):  # an hour ago, this morning, yesterday evening, Monday, Sunday evening
        qtbot.keyClick(dialog.when.edit, Qt.Key.Key_Down)
        if dialog.when.value().weekday() == 6:
            break
    assert dialog.when.value() == datetime(2026, 12, 6, 19, 0).astimezone()
    assert "Sunday 6 December 2026" in dialog.when.feedback.text()
    qtbot.keyClick(dialog.when.edit, Qt.Key.Key_End)
    for _ in range(5):
        qtbot.keyClick(dialog.when.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.when.edit, "21:30")  # the time alone keeps the chosen day
    assert dialog.when.value() == datetime(2026, 12, 6, 21, 30).astimezone()
    qtbot.keyClick(dialog.when.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.save_status.text() == "Contact logged", timeout=5_000)
    reader = Journal.open(path, PASSPHRASE, read_only=True)
    try:
        [contact] = reader.entries.list()
        assert contact.occurred_at.replace(tzinfo=None) == datetime(2026, 12, 6, 21, 30)
    finally:
        reader.close()


def test_the_date_field_says_what_it_understood(qtbot, window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from journal_app.core import timeline

    monkeypatch.setattr(timeline, "local_now", lambda: datetime(2026, 12, 9, 10, 15).astimezone())
    open_new_journal(qtbot, window, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_page.editor
    qtbot.keyClicks(editor.title, "Visite")
    field = editor.occurred_at
    retype(qtbot, field.edit, "07/12/2026 21:30")
    assert field.value() == datetime(2026, 12, 7, 21, 30).astimezone()
    assert field.feedback.text() == "Monday 7 December 2026, 21:30"
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    retype(qtbot, field.edit, "the 7th at half past")
    assert field.feedback.text().startswith("Not understood")
    assert field.value() == datetime(2026, 12, 7, 21, 30).astimezone()  # not a half-typed moment
    retype(qtbot, field.edit, "yesterday 8h")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.value() == datetime(2026, 12, 8, 8, 0).astimezone()
    assert field.edit.text() == "08/12/2026 08:00"
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    assert window.journal_page.model.record(0).occurred_at.replace(tzinfo=None) == datetime(2026, 12, 8, 8, 0)


def test_the_calendar_shows_every_day_name_and_week_in_french(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate, QTimer
    from PySide6.QtWidgets import QApplication, QTableView

    from journal_app.ui.i18n import Translations

    translations = Translations(QApplication.instance())
    try:
        assert translations.apply("fr")
        window = make_window()
        open_new_journal(qtbot, window, tmp_path)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        field = window.journal_page.editor.occurred_at

        def pick_the_calendar() -> None:
            qtbot.keyClick(field.menu, Qt.Key.Key_Up)  # the last choice: another day, on the calendar
            qtbot.keyClick(field.menu, Qt.Key.Key_Return)

        QTimer.singleShot(200, pick_the_calendar)
        qtbot.mouseClick(field.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: field.calendar.isVisible())
        field.calendar.setSelectedDate(QDate(2026, 8, 1))  # August 2026 spans six weeks
        qtbot.wait(50)
        table = field.calendar.findChild(QTableView)
        metrics = table.fontMetrics()
        model = table.model()
        names = [model.data(model.index(0, column)) for column in range(7)]
        assert "sam." in names
        for column, name in enumerate(names):
            assert metrics.horizontalAdvance(name) <= table.columnWidth(column), name
        last = model.rowCount() - 1
        assert table.rowViewportPosition(last) + table.rowHeight(last) <= table.viewport().height()
        assert model.data(model.index(last, 0)) == 31  # Monday 31 August, on the last row
        rect = table.visualRect(model.index(last, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: not field.calendar.isVisible())
        assert field.value().date().isoformat() == "2026-08-31"
    finally:
        translations.apply("en")


# ----- paths no test walked yet


def test_right_click_replaces_a_real_name_with_a_pseudonym(qtbot, window, tmp_path: Path) -> None:
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    path = open_new_journal(qtbot, window, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_page.editor
    qtbot.keyClicks(editor.title, "Rappel")
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Fatima Benali a rappele ce soir.")
    qtbot.waitUntil(lambda: len(editor.body.extraSelections()) == 1, timeout=3_000)
    cursor = editor.body.textCursor()
    cursor.setPosition(3)
    where = editor.body.cursorRect(cursor).center()
    viewport = editor.body.viewport()
    # The platform's right-click, as the window system delivers it (QTest has no context-menu click).
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, viewport.mapToGlobal(where)))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    replace = menu.actions()[0]
    assert replace.text().startswith("Replace with the pseudonym")
    pseudonym = replace.text().split("\u201c")[1].rstrip("\u201d")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(replace).center())
    qtbot.waitUntil(lambda: editor.body.toPlainText().startswith(pseudonym + " a rappele"))
    assert "Fatima" not in editor.body.toPlainText()
    assert editor.pseudonym_reminder.text() == "Pseudonyms only: never a real name."
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    assert "Fatima" not in bodies(path)["Rappel"]


def long_journal_listed(qtbot, window, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A new journal of two pages and a bit of entries ("Note 000" the oldest), its first page
    listed: (the journal page, the number of entries)."""
    from datetime import datetime, timedelta

    from journal_app.core.entries import EntryFields
    from journal_app.ui.journal_page import PAGE_SIZE

    open_new_journal(qtbot, window, tmp_path)
    count = PAGE_SIZE * 2 + 25
    start = datetime(2026, 1, 1, 9, 0).astimezone()

    def fill(holder) -> None:  # type: ignore[no-untyped-def]
        for number in range(count):
            holder.require().entries.add(EntryFields(title=f"Note {number:03d}",
                                                     occurred_at=start + timedelta(hours=number)))
        holder.require().save()

    window.worker.submit(fill)
    qtbot.waitUntil(lambda: not window.worker.is_busy(), timeout=30_000)
    page = window.journal_page
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == PAGE_SIZE and not window.worker.is_busy())
    return page, count


def test_the_entry_list_pages_through_a_long_journal(qtbot, window, tmp_path: Path) -> None:
    from journal_app.ui.journal_page import PAGE_SIZE

    page, count = long_journal_listed(qtbot, window, tmp_path)
    assert page.count_label.text() == f"{count} entries"
    click_row(qtbot, page, 0)
    for expected in (PAGE_SIZE * 2, count):  # End reaches the bottom: the next page comes
        qtbot.keyClick(page.list, Qt.Key.Key_End)
        qtbot.waitUntil(lambda expected=expected: page.model.rowCount() == expected, timeout=5_000)
    qtbot.keyClick(page.list, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: page.editor.title.text() == "Note 000")  # the oldest, last
    titles = [page.model.record(row).title for row in range(count)]
    assert titles == [f"Note {number:03d}" for number in reversed(range(count))]


def test_a_refresh_keeps_the_rows_paged_to_and_the_place_in_the_list(qtbot, window, tmp_path: Path) -> None:
    """A refresh in the background (a save, a merge, the view made ready after unlocking) must
    not fold the list back to its first page nor lose the row the person is on; a new search
    starts from its first page."""
    import threading

    from journal_app.ui.journal_page import PAGE_SIZE

    page, count = long_journal_listed(qtbot, window, tmp_path)
    click_row(qtbot, page, 0)
    for expected in (PAGE_SIZE * 2, count):
        qtbot.keyClick(page.list, Qt.Key.Key_End)
        qtbot.waitUntil(lambda expected=expected: page.model.rowCount() == expected)
    qtbot.keyClick(page.list, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: page.editor.title.text() == "Note 000" and not window.worker.is_busy())

    page.refresh()  # as a save, a merge or the view made ready does, in the background
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    assert page.model.rowCount() == count  # the list is not folded back to its first page
    assert page.list.currentIndex().row() == count - 1  # and the person's place is kept
    assert page.model.record(count - 1).title == "Note 000"

    release = threading.Event()
    window.worker.submit(lambda holder: release.wait(10))  # the worker busy with earlier work
    qtbot.keyClick(page.list, Qt.Key.Key_Home)
    page.refresh()  # a refresh queued while the person moves
    release.set()
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    assert page.model.rowCount() == count

    page.search.setFocus()
    qtbot.keyClicks(page.search, "Note 0")  # another list: from its first page again
    qtbot.waitUntil(lambda: page.count_label.text() == "100 matching entries")
    qtbot.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: page.count_label.text() == f"{count} entries" and not window.worker.is_busy())
    assert page.model.rowCount() == PAGE_SIZE


def test_an_untitled_entry_is_listed_by_its_first_line(qtbot, window, tmp_path: Path) -> None:
    open_new_journal(qtbot, window, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_page.editor
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Appel de la maman de Jeune 17")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "Elle s'inquiete pour l'ecole.")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    model = window.journal_page.model
    assert model.data(model.index(0)) == "Appel de la maman de Jeune 17"
    assert "Appel de la maman" in model.data(model.index(0), Qt.ItemDataRole.AccessibleTextRole)
