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


# ----- 9. the details form holds still while the identity warning comes and goes


def test_identity_warning_does_not_move_the_details_fields(qtbot, window, tmp_path: Path) -> None:
    open_new_journal(qtbot, window, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_page.editor
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
