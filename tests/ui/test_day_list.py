"""The list of entries shows time as people live it (issue 16): day headings ("Today",
"Yesterday", "Sunday 22 November"), each row a title, a one-line excerpt and the time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from journal_app.core.entries import EntryFields, EntryRecord, excerpt
from journal_app.ui.entry_list import DayHeadingRole, EntryDelegate, EntryListModel
from journal_app.ui.i18n import Translations
from tests.ui.test_first_evening_writing import click_row, open_new_journal, retype

# A Tuesday evening; the 22nd was a Sunday.
NOW = datetime(2026, 11, 24, 21, 0).astimezone()


def at(days_ago: int, hour: int, minute: int = 0) -> datetime:
    return (NOW - timedelta(days=days_ago)).replace(hour=hour, minute=minute)


def record(title: str, when: datetime, body: str = "", **flags: bool) -> EntryRecord:
    return EntryRecord(uuid=title, title=title, body=body, occurred_at=when, **flags)


@pytest.fixture
def language(qapp) -> Iterator[Translations]:  # type: ignore[no-untyped-def]
    translations = Translations(QApplication.instance())
    yield translations
    translations.apply("en")


def week_model() -> EntryListModel:
    model = EntryListModel(clock=lambda: NOW)
    model.set_records([
        record("Soir", at(0, 20)), record("Matin", at(0, 9)),
        record("Veille", at(1, 18)),
        record("Dimanche", at(2, 17, 30)), record("Dimanche tôt", at(2, 8)),
        record("L'an passé", datetime(2025, 11, 22, 10, 0).astimezone()),
    ], has_more=False)
    return model


def headings(model: EntryListModel) -> list[str | None]:
    return [model.data(model.index(row), DayHeadingRole) for row in range(model.rowCount())]


@pytest.mark.parametrize("code, today, yesterday, sunday, last_year", [
    ("fr", "Aujourd’hui", "Hier", "Dimanche 22 novembre", "Samedi 22 novembre 2025"),
    ("nl", "Vandaag", "Gisteren", "Zondag 22 november", "Zaterdag 22 november 2025"),
    ("en", "Today", "Yesterday", "Sunday 22 November", "Saturday 22 November 2025"),
])
def test_a_day_heading_stands_above_the_first_entry_of_each_day_only(language, code: str, today: str,
                                                                     yesterday: str, sunday: str,
                                                                     last_year: str) -> None:
    assert language.apply(code)
    model = week_model()
    assert headings(model) == [today, None, yesterday, sunday, None, last_year]
    # A screen reader hears the day where a sighted person sees it, and only there.
    spoken = [model.data(model.index(row), Qt.ItemDataRole.AccessibleTextRole) for row in range(6)]
    assert spoken[0].startswith(f"{today}. ") and spoken[2].startswith(f"{yesterday}. ")
    assert not any(spoken[1].startswith(text) for text in (today, yesterday, sunday))


class RecordingPainter(QPainter):
    """A painter that remembers every text drawn, to read what a row shows."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[str] = []

    def drawText(self, *args) -> None:  # type: ignore[no-untyped-def,override]
        self.texts += [arg for arg in args if isinstance(arg, str)]
        super().drawText(*args)


def painted(model: EntryListModel, row: int, width: int = 420) -> list[str]:
    delegate = EntryDelegate()
    option = QStyleOptionViewItem()
    option.font = QApplication.font()
    option.fontMetrics = QFontMetrics(option.font)
    option.palette = QApplication.palette()
    height = delegate.sizeHint(option, model.index(row)).height()
    option.rect = QRect(0, 0, width, height)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    delegate.paint(painter, option, model.index(row))
    painter.end()
    return [text for text in painter.texts if text]


def test_a_row_shows_its_title_an_excerpt_of_the_text_and_the_time_never_the_markup(language) -> None:
    assert language.apply("fr")
    model = EntryListModel(clock=lambda: NOW)
    model.set_records([
        record("", at(0, 21, 5),
               body="Appel de la maman\n\nElle s’inquiète **pour** l’école de [son fils](https://x)."),
        record("Importée", at(0, 8), body="<p>Un <b>texte</b> venu d’ailleurs &amp; gardé</p>"),
        EntryRecord(uuid="3", title="Avec", body="Suite", occurred_at=at(0, 7), persons=("Mme R.",)),
    ], has_more=False)
    assert painted(model, 0) == ["Aujourd’hui", "21:05", "Appel de la maman",
                                 "Elle s’inquiète pour l’école de son fils."]
    second = painted(model, 1)
    assert second == ["08:00", "Importée", "Un texte venu d’ailleurs & gardé"]  # no heading: same day
    assert painted(model, 2) == ["07:00", "Avec", "Mme R.", "Suite"]  # the persons, when there is room
    assert painted(model, 2, width=200) == ["07:00", "Avec", "Suite"]  # the text first, when there is not


@pytest.mark.parametrize("title, body, shown", [
    ("T", "## Situation\n\n- Une *chose* et [un lien](https://x)\n\n---\n> cité `code` ~~barré~~",
     "Situation Une chose et un lien cité code barré"),
    ("T", "1. premier\n2. second\n- [x] fait", "premier second fait"),
    ("T", "<p>Du <b>HTML</b> &amp; encore</p>", "Du HTML & encore"),
    ("T", "2*3 = 6, snake_case et a*b", "2*3 = 6, snake_case et a*b"),  # not emphasis: kept
    ("", "# Premier\nSecond", "Second"),  # the first line is the title already
    ("T", "mot " * 100, ("mot " * 40)[:159].rstrip() + "…"),
])
def test_an_excerpt_is_plain_words_on_one_line(title: str, body: str, shown: str) -> None:
    assert excerpt(EntryFields(title=title, body=body)) == shown


def test_rows_opening_a_day_are_taller_and_their_heading_selects_nothing(qtbot, language) -> None:
    from journal_app.ui.entry_list import EntryListView

    model = week_model()
    view = EntryListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(EntryDelegate(view))
    view.setUniformItemSizes(False)
    view.resize(360, 700)
    view.show()
    qtbot.waitExposed(view)
    heights = [view.visualRect(model.index(row)).height() for row in range(model.rowCount())]
    assert heights[2] > heights[1] == heights[4] and heights[3] == heights[2]
    view.setCurrentIndex(model.index(0))
    heading = view.visualRect(model.index(2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, heading.top() + 12))
    assert view.currentIndex().row() == 0  # "Yesterday" is a heading, not an entry
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, heading.bottom() - 8))
    assert view.currentIndex().row() == 2


# ----- journeys through the window


def add_dated(qtbot, window, *entries: tuple[str, datetime]) -> None:  # type: ignore[no-untyped-def]
    for title, when in entries:
        window.worker.submit(lambda holder, title=title, when=when: holder.require().entries.add(
            EntryFields(title=title, body=f"Texte de {title}", occurred_at=when)))
    window.worker.submit(lambda holder: holder.require().save())
    qtbot.waitUntil(lambda: not window.worker.is_busy())
    window.journal_page.refresh()
    qtbot.waitUntil(lambda: window.journal_page.model.rowCount() == len(entries))


def titles_and_headings(page) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    model = page.model
    return [(model.record(row).title, model.data(model.index(row), DayHeadingRole)) for row in range(model.rowCount())]


def opens_a_day(page, row: int) -> bool:  # type: ignore[no-untyped-def]
    """Drawn taller than a row that does not: the view gave it room for a heading."""
    plain = min(page.list.visualRect(page.model.index(r)).height() for r in range(page.model.rowCount()))
    return page.list.visualRect(page.model.index(row)).height() > plain


def test_an_entry_moved_to_another_day_takes_the_headings_with_it(qtbot, window, tmp_path: Path) -> None:
    open_new_journal(qtbot, window, tmp_path)
    now = datetime.now().astimezone()
    window.journal_page.model.clock = lambda: now  # midnight during the test changes nothing
    today, yesterday = now.replace(hour=12, minute=0), now.replace(hour=12, minute=0) - timedelta(days=1)
    add_dated(qtbot, window, ("Midi", today.replace(hour=12)), ("Matin", today.replace(hour=9)),
              ("Veille", yesterday.replace(hour=20)), ("Avant", yesterday - timedelta(days=3)))
    page, editor = window.journal_page, window.journal_page.editor
    before = titles_and_headings(page)
    assert [heading for _title, heading in before][:3] == ["Today", None, "Yesterday"]
    assert [opens_a_day(page, row) for row in range(4)] == [True, False, True, True]

    # "Matin" happened yesterday evening in fact: it stays second, but now opens yesterday.
    click_row(qtbot, page, 1)
    qtbot.waitUntil(lambda: editor.title.text() == "Matin")
    retype(qtbot, editor.occurred_at.edit, f"{yesterday.day}/{yesterday.month}/{yesterday.year} 21:00")
    qtbot.keyClick(editor.occurred_at.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    qtbot.waitUntil(lambda: titles_and_headings(page)[:3] == [("Midi", "Today"), ("Matin", "Yesterday"),
                                                               ("Veille", None)])
    qtbot.waitUntil(lambda: [opens_a_day(page, row) for row in range(4)] == [True, True, False, True])

    # "Midi" goes back to the oldest day: it leaves the top, "Matin" opens the list.
    click_row(qtbot, page, 0)
    qtbot.waitUntil(lambda: editor.title.text() == "Midi")
    oldest = yesterday - timedelta(days=3)
    retype(qtbot, editor.occurred_at.edit, f"{oldest.day}/{oldest.month}/{oldest.year} 8:00")
    qtbot.keyClick(editor.occurred_at.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    qtbot.waitUntil(lambda: [title for title, _heading in titles_and_headings(page)] == ["Matin", "Veille", "Avant",
                                                                                         "Midi"])
    assert [heading is not None for _title, heading in titles_and_headings(page)] == [True, False, True, False]
    assert titles_and_headings(page)[0] == ("Matin", "Yesterday")
    qtbot.waitUntil(lambda: [opens_a_day(page, row) for row in range(4)] == [True, False, True, False])
    assert page.list.currentIndex().row() == 3 and editor.title.text() == "Midi"  # the editor went with it


def test_the_keyboard_walks_the_entries_across_the_days(qtbot, window, tmp_path: Path) -> None:
    open_new_journal(qtbot, window, tmp_path)
    now = datetime.now().astimezone()
    window.journal_page.model.clock = lambda: now
    add_dated(qtbot, window, ("Un", now - timedelta(minutes=1)), ("Deux", now - timedelta(days=1)),
              ("Trois", now - timedelta(days=1, minutes=5)), ("Quatre", now - timedelta(days=9)))
    page, editor = window.journal_page, window.journal_page.editor
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: editor.title.text() == "Un")
    for expected in ("Deux", "Trois", "Quatre"):  # a heading is never a stop of its own
        qtbot.keyClick(page.list, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda expected=expected: editor.title.text() == expected)
    qtbot.keyClick(page.list, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: editor.title.text() == "Trois")
    assert page.list.selectionModel().selectedRows()[0].row() == 2
    qtbot.keyClick(page.list, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: editor.title.text() == "Un")
    qtbot.keyClick(page.list, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: editor.title.text() == "Quatre")


def test_an_untitled_entry_shows_its_first_line_and_then_its_text(qtbot, window, tmp_path: Path) -> None:
    open_new_journal(qtbot, window, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_page.editor
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Appel de la maman")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "Elle s'inquiete beaucoup pour l'ecole.")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=5_000)
    model = window.journal_page.model
    shown = painted(model, 0)
    assert shown[-2:] == ["Appel de la maman", "Elle s'inquiete beaucoup pour l'ecole."]
    assert shown[0] == "Today"


def test_page_down_walks_into_the_next_page_of_entries(qtbot, window, tmp_path: Path) -> None:
    from journal_app.ui.journal_page import PAGE_SIZE

    open_new_journal(qtbot, window, tmp_path)
    count = PAGE_SIZE + 30
    start = datetime.now().astimezone() - timedelta(days=1)

    def fill(holder) -> None:  # type: ignore[no-untyped-def]
        for number in range(count):  # about five a day, so headings all along
            holder.require().entries.add(EntryFields(title=f"Note {number:03d}",
                                                     occurred_at=start - timedelta(hours=5 * number)))
        holder.require().save()

    window.worker.submit(fill)
    qtbot.waitUntil(lambda: not window.worker.is_busy(), timeout=30_000)
    page = window.journal_page
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == PAGE_SIZE)
    click_row(qtbot, page, 0)
    for _press in range(count):  # as many as it takes; each press moves a screenful
        if page.model.rowCount() == count and page.list.currentIndex().row() == count - 1:
            break
        qtbot.keyClick(page.list, Qt.Key.Key_PageDown)
        qtbot.wait(5)
    assert page.model.rowCount() == count
    qtbot.waitUntil(lambda: page.editor.title.text() == f"Note {count - 1:03d}")
