"""The writing surface (issue 16): a quiet page with a reading measure, template headings set
apart from the answers, and the details folded into one summary line that opens on click,
Enter or Tab. Lived through the real window and real input."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QTextBlockFormat
from PySide6.QtWidgets import QApplication, QTextEdit

from journal_app.ui.app import prepare_application
from journal_app.ui.editor import LINE_HEIGHT_PERCENT, MEASURE_CHARS
from tests.ui.test_first_evening_writing import (
    blocks_shown,
    bodies,
    choose_template,
    click_row,
    lock_and_unlock,
    open_new_journal,
)


def in_french(app_settings) -> None:  # type: ignore[no-untyped-def]
    app_settings.language = "fr"
    prepare_application(QApplication.instance(), app_settings)


def new_entry(qtbot, window):  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_page.editor
    qtbot.waitUntil(lambda: editor.title.hasFocus())
    return editor


def tab_from(qtbot, widget) -> QApplication:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def choose_in_combo(qtbot, combo, data: str) -> None:  # type: ignore[no-untyped-def]
    """Step through a closed combo box with the arrow keys to the item holding ``data``."""
    target = combo.findData(data)
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def text_start(field) -> int:  # type: ignore[no-untyped-def]
    """Where the first letter of a title or a body stands, across the window."""
    if isinstance(field, QTextEdit):
        cursor = field.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        return field.viewport().mapTo(field.window(), field.cursorRect(cursor).center()).x()
    field.setCursorPosition(0)
    return field.mapTo(field.window(), field.cursorRect().center()).x()


# ----- the details, folded into one line


def test_the_summary_line_says_the_details_in_french_and_again_after_reopening(
        qtbot, make_window, app_settings, tmp_path: Path) -> None:
    in_french(app_settings)
    window = make_window()
    open_new_journal(qtbot, window, tmp_path)
    editor = new_entry(qtbot, window)
    assert not editor.details_shown()  # quiet by default: one line
    qtbot.keyClicks(editor.title, "Appel du soir")
    assert tab_from(qtbot, editor.title) is editor.body  # as in every notes app
    qtbot.keyClicks(editor.body, "Il a appele tard.")  # QTest types ASCII only
    assert tab_from(qtbot, editor.body) is editor.summary
    qtbot.keyClick(editor.summary, Qt.Key.Key_Return)
    assert editor.details_shown()
    field = tab_from(qtbot, editor.summary)
    assert field is editor.occurred_at.edit
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "22/11/2026 21:30")
    field = tab_from(qtbot, field)
    assert field is editor.duration
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "20")
    field = tab_from(qtbot, field)
    assert field is editor.channel
    choose_in_combo(qtbot, field, "personal_phone")
    field = tab_from(qtbot, tab_from(qtbot, field))  # past the emotional load
    assert field is editor.persons
    qtbot.keyClicks(field, "Jeune 17")
    field = tab_from(qtbot, tab_from(qtbot, field))  # past the tags
    assert field is editor.flag_boxes["off_hours"]
    qtbot.keyClick(field, Qt.Key.Key_Space)
    expected = "dimanche 22 nov., 21:30 · 20\u00a0min · Téléphone personnel · Jeune 17 · hors horaires"
    assert editor.summary.summary() == expected
    assert expected in editor.summary.toolTip()
    qtbot.waitUntil(lambda: window.save_status.text() == "Enregistré", timeout=5_000)

    lock_and_unlock(qtbot, window)
    page = window.journal_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    click_row(qtbot, page, 0)
    qtbot.waitUntil(lambda: editor.title.text() == "Appel du soir")
    assert editor.summary.summary() == expected
    assert editor.summary.text().startswith("dimanche 22 nov.")  # shown, not only kept for the tooltip


def test_tab_from_the_body_reaches_the_summary_and_enter_opens_and_closes_the_details(qtbot, window,
                                                                                       tmp_path: Path) -> None:
    open_new_journal(qtbot, window, tmp_path)
    editor = new_entry(qtbot, window)
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "A short note.")
    summary = tab_from(qtbot, editor.body)
    assert summary is editor.summary and summary.isVisible()
    assert summary.accessibleName() == "Show the details"
    assert QLocale().toString(editor.occurred_at.value().day) in summary.accessibleDescription()
    qtbot.keyClick(summary, Qt.Key.Key_Return)
    assert editor.details_shown() and summary.accessibleName() == "Hide the details"
    assert editor.persons.isVisible() and editor.flag_boxes["private"].isVisible()
    qtbot.keyClick(summary, Qt.Key.Key_Space)  # the same key closes them again
    assert not editor.details_shown() and not editor.persons.isVisible()
    qtbot.mouseClick(summary, Qt.MouseButton.LeftButton)  # and a click
    assert editor.details_shown()
    qtbot.mouseClick(summary, Qt.MouseButton.LeftButton)
    assert not editor.details_shown()
    # Tab from the closed line opens it and goes on into the fields: no field is ever skipped.
    assert tab_from(qtbot, summary) is editor.occurred_at.edit
    assert editor.details_shown()
    # The choice holds for the next entry of the session.
    editor = new_entry(qtbot, window)
    assert editor.details_shown()


def test_the_identity_warning_stays_in_view_while_the_details_are_closed(qtbot, window, tmp_path: Path) -> None:
    open_new_journal(qtbot, window, tmp_path)
    editor = new_entry(qtbot, window)
    assert not editor.details_shown()
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Fatima Benali a rappele au 0478 12 34 56.")
    qtbot.waitUntil(lambda: editor.attention.isVisible(), timeout=3_000)
    assert "may identify" in editor.attention.text()
    qtbot.mouseClick(editor.summary, Qt.MouseButton.LeftButton)
    # Open, the warning is where it always was, beside the persons; not twice.
    assert "may identify" in editor.pseudonym_reminder.text() and editor.pseudonym_reminder.isVisible()
    assert not editor.attention.isVisible()


# ----- the page


def test_the_text_keeps_a_reading_measure_on_a_wide_window_and_fills_a_narrow_one(qtbot, window,
                                                                                   tmp_path: Path) -> None:
    open_new_journal(qtbot, window, tmp_path)
    editor = new_entry(qtbot, window)
    body = editor.body
    assert body.font().pointSizeF() > QApplication.font().pointSizeF() * 1.1  # a step larger than the window's
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: body.width() > 1000)
    average = body.fontMetrics().averageCharWidth()
    column = body.viewport().width() - 2 * body.document().documentMargin()
    assert abs(column - MEASURE_CHARS * average) <= 2 * average
    assert body.viewport().x() > 100  # centred, with room on both sides
    assert abs(text_start(editor.title) - text_start(body)) <= 2  # the title stands over the column

    window.resize(1024, 640)  # a small laptop: the column keeps its measure while it fits
    qtbot.waitUntil(lambda: body.width() < 800)
    room = body.width() - body.verticalScrollBar().width() * body.verticalScrollBar().isVisible()
    column = body.viewport().width() - 2 * body.document().documentMargin()
    assert abs(column - min(MEASURE_CHARS * average, room)) <= 2 * average
    assert abs(text_start(editor.title) - text_start(body)) <= 2



def test_with_a_larger_system_font_the_text_grows_and_fills_a_small_window(qtbot, qapp, make_window,
                                                                         tmp_path: Path) -> None:
    normal = QFont(qapp.font())
    larger = QFont(normal)
    larger.setPointSizeF(normal.pointSizeF() * 1.5)
    qapp.setFont(larger)  # as a person with low vision sets it
    try:
        window = make_window()
        window.resize(1024, 640)
        open_new_journal(qtbot, window, tmp_path)
        editor = new_entry(qtbot, window)
        body = editor.body
        assert body.font().pointSizeF() > normal.pointSizeF() * 1.5 * 1.1
        qtbot.waitUntil(lambda: body.width() < MEASURE_CHARS * body.fontMetrics().averageCharWidth())
        frame = body.frameWidth()
        assert body.viewport().x() == frame  # narrower than the measure: the text takes the whole width
        assert body.viewport().width() >= body.width() - 2 * frame - body.verticalScrollBar().width()
        assert abs(text_start(editor.title) - text_start(body)) <= 2
    finally:
        qapp.setFont(normal)


def test_every_paragraph_has_air_between_its_lines_yet_saves_as_plain_markdown(qtbot, window, tmp_path: Path) -> None:
    path = open_new_journal(qtbot, window, tmp_path)
    editor = new_entry(qtbot, window)
    qtbot.keyClicks(editor.title, "Spacing")
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "First paragraph.")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "Second one.")
    choose_template(qtbot, editor, 0)
    qtbot.waitUntil(lambda: "Description" in editor.body.toPlainText())
    qtbot.keyClicks(editor.body, "An answer.")
    block = editor.body.document().begin()
    while block.isValid():
        fmt = block.blockFormat()
        assert (fmt.lineHeight(), fmt.lineHeightType()) == (
            LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value), block.text()
        block = block.next()
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    saved = bodies(path)["Spacing"]
    assert saved.startswith("First paragraph.\n\nSecond one.\n\n## Description") and "<" not in saved


def test_template_headings_stand_out_and_the_answers_under_them_are_body_text(qtbot, window, tmp_path: Path) -> None:
    path = open_new_journal(qtbot, window, tmp_path)
    editor = new_entry(qtbot, window)
    choose_template(qtbot, editor, 0)
    qtbot.waitUntil(lambda: "Description" in editor.body.toPlainText())
    qtbot.keyClicks(editor.body, "He called at ten.")
    by_text = {block[0]: block for block in blocks_shown(editor)}
    heading, answer = by_text["Description"], by_text["He called at ten."]
    assert heading[1] == 2 and heading[4] >= 700 and heading[5] > 0  # a level-2 heading: bold, larger
    assert answer[1:] == (0, 0, False, 400, 0)  # the answer in the body's own style
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    assert "\nHe called at ten.\n" in bodies(path)["Gibbs reflective cycle"]


def test_typing_under_the_last_unanswered_question_after_reopening_starts_an_answer(qtbot, window,
                                                                                    tmp_path: Path) -> None:
    """Markdown keeps no empty line: the answer line under an unanswered question used to
    vanish on reopening, and what was typed at the end joined the question, in italic."""
    path = open_new_journal(qtbot, window, tmp_path)
    editor = new_entry(qtbot, window)
    choose_template(qtbot, editor, 0)
    qtbot.waitUntil(lambda: "Description" in editor.body.toPlainText())
    qtbot.keyClicks(editor.body, "He called at ten.")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    saved = bodies(path)["Gibbs reflective cycle"]
    lock_and_unlock(qtbot, window)
    page = window.journal_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    click_row(qtbot, page, 0)
    qtbot.waitUntil(lambda: "He called at ten." in editor.body.toPlainText())
    assert editor.fields().body == saved  # reopening alone changes nothing
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.body, "Next time, ask first.")
    by_text = {block[0]: block for block in blocks_shown(editor)}
    assert by_text["Next time, ask first."][1:] == (0, 0, False, 400, 0)
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    markdown = bodies(path)["Gibbs reflective cycle"]
    assert markdown.endswith("\n\nNext time, ask first.")


def test_in_french_at_1024_by_640_nothing_in_the_editor_is_cut(qtbot, make_window, app_settings,
                                                              tmp_path: Path) -> None:
    from tests.ui.test_accessibility import _clipped_texts

    in_french(app_settings)
    window = make_window()
    window.resize(1024, 640)
    open_new_journal(qtbot, window, tmp_path)
    editor = new_entry(qtbot, window)
    qtbot.keyClicks(editor.title, "Appel du soir")
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Fatima Benali a rappele au 0478 12 34 56.")
    qtbot.waitUntil(lambda: editor.attention.isVisible(), timeout=3_000)
    qtbot.wait(20)
    assert _clipped_texts(editor) == []
    qtbot.mouseClick(editor.summary, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert _clipped_texts(editor) == []
    assert editor.body.height() >= 3 * editor.body.fontMetrics().lineSpacing()  # room to write, details open


def test_a_heading_made_with_its_shortcut_stands_out_and_the_next_line_is_body_text(qtbot, window,
                                                                                    tmp_path: Path) -> None:
    path = open_new_journal(qtbot, window, tmp_path)
    editor = new_entry(qtbot, window)
    qtbot.keyClicks(editor.title, "Shortcuts")
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "What happened.")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "Plan")
    qtbot.keyClick(editor.body, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "Call back.")
    by_text = {block[0]: block for block in blocks_shown(editor)}
    assert by_text["Plan"][1] == 2 and by_text["Plan"][4] >= 700 and by_text["Plan"][5] > 0
    assert by_text["Call back."][1:] == (0, 0, False, 400, 0)
    plan = editor.body.document().findBlockByNumber(1)
    assert plan.blockFormat().topMargin() > 0  # air above a section
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    assert bodies(path)["Shortcuts"] == "What happened.\n\n## Plan\n\nCall back."


def test_bold_made_with_ctrl_b_is_saved_and_shown_bold_after_reopening(qtbot, window, tmp_path: Path) -> None:
    path = open_new_journal(qtbot, window, tmp_path)
    editor = new_entry(qtbot, window)
    qtbot.keyClicks(editor.title, "Gras")
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "avant ")
    qtbot.keyClick(editor.body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.body, "fort")
    qtbot.keyClick(editor.body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.body, " ensuite")
    lock_and_unlock(qtbot, window)
    assert bodies(path)["Gras"] == "avant **fort** ensuite"


def test_ctrl_b_with_the_caret_inside_a_word_makes_that_word_bold(qtbot, window, tmp_path: Path) -> None:
    path = open_new_journal(qtbot, window, tmp_path)
    editor = new_entry(qtbot, window)
    qtbot.keyClicks(editor.title, "Mot")
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "un mot")
    qtbot.keyClick(editor.body, Qt.Key.Key_Left)
    qtbot.keyClick(editor.body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    lock_and_unlock(qtbot, window)
    assert bodies(path)["Mot"] == "un **mot**"


def test_enter_in_the_title_goes_on_to_the_text(qtbot, window, tmp_path: Path) -> None:
    path = open_new_journal(qtbot, window, tmp_path)
    editor = new_entry(qtbot, window)
    qtbot.keyClicks(editor.title, "Appel du soir")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    assert editor.body.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Elle a rappele.")
    lock_and_unlock(qtbot, window)
    assert bodies(path)["Appel du soir"] == "Elle a rappele."


def test_after_unlocking_the_text_fits_its_column_without_a_sideways_scroll_bar(qtbot, window, tmp_path: Path) -> None:
    """Seen in a real X display: after unlocking, the note's text kept a width from before the
    column's margins were set, wider than the column, under a horizontal scroll bar."""
    window.resize(1230, 770)
    window.show()
    open_new_journal(qtbot, window, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.journal_page.editor.title, "Appel du soir")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    lock_and_unlock(qtbot, window)
    body = window.journal_page.editor.body
    qtbot.waitUntil(lambda: body.isVisible() and not window.worker.is_busy())
    qtbot.wait(200)
    assert body.document().size().width() <= body.viewport().width()
    assert not body.horizontalScrollBar().isVisible()
