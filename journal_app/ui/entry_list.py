"""The list of entries, grouped by day: a model of EntryRecord values, a delegate that draws
each row (with the day's heading above the first entry of a day) and the view that knows
a heading is not an entry.

One model row per entry: the day headings are painted inside the first row of each day
(that row is taller), so row numbers, selection and the model's uuid API stay those of the
entries themselves."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from journal_app.core.entries import FLAG_NAMES, EntryRecord, excerpt
from journal_app.core.supervision import entry_title as title_or_first_line
from journal_app.core import timeline
from journal_app.ui import labels
from journal_app.ui.components import UNIT
from journal_app.ui.icons import icon
from journal_app.ui.widgets import high_contrast, paint_icon

RecordRole = Qt.ItemDataRole.UserRole + 1
DayHeadingRole = Qt.ItemDataRole.UserRole + 2  # the day's heading above this row, or None
StartsDayRole = Qt.ItemDataRole.UserRole + 3  # whether this row is the first of its day

ModelIndex = QModelIndex | QPersistentModelIndex


def shown_title(record: EntryRecord) -> str:
    """What the list calls an entry: its title, or the first line of its text when it has none."""
    return title_or_first_line(record) or labels.entry_title(record)


def day_heading(day: date, today: date) -> str:
    """A day as people say it: "Today", "Yesterday", else its weekday and date in the
    interface's language (the year only when it is not this year's)."""
    if day == today:
        return QCoreApplication.translate("EntryList", "Today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("EntryList", "Yesterday")
    pattern = "dddd d MMMM" if day.year == today.year else "dddd d MMMM yyyy"
    text = QLocale().toString(QDate(day.year, day.month, day.day), pattern)
    return text[:1].upper() + text[1:]


def day_of(record: EntryRecord) -> date:
    """The calendar day an entry belongs to: where it was written (its own UTC offset)."""
    return record.occurred_at.date() if record.occurred_at is not None else date.min


class EntryListModel(QAbstractListModel):
    """``clock`` gives the local time (timezone-aware); tests pass their own "today"."""

    more_wanted = Signal()

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._records: list[EntryRecord] = []
        self._has_more = False
        # Per entry (uuid): its title and excerpt as drawn. Made from the Markdown at the first
        # paint, not at every one (each row is painted again at every scroll and page switch);
        # dropped with the records.
        self._drawn_texts: dict[str, tuple[str, str]] = {}
        # The module's clock is read at each call, as the date fields do (widgets.MomentField).
        self.clock = clock or (lambda: timeline.local_now())

    # ----- filling

    def set_records(self, records: list[EntryRecord], has_more: bool) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._drawn_texts.clear()
        self._has_more = has_more
        self.endResetModel()

    def append_records(self, records: list[EntryRecord], has_more: bool) -> None:
        if records:
            start = len(self._records)
            self.beginInsertRows(QModelIndex(), start, start + len(records) - 1)
            self._records.extend(records)
            self.endInsertRows()
            if start > 0:  # the page may continue the last day: its heading goes
                self.dataChanged.emit(self.index(start), self.index(start))
        self._has_more = has_more

    def clear(self) -> None:
        self.set_records([], False)

    def put(self, record: EntryRecord) -> int:
        """Insert a new record or update an edited one in place, keeping newest first. Returns its row.

        An edited row is changed where it stands (and moved only when its date moves it), never
        removed and re-inserted: removing it would hand the current index, and so the editor,
        to its neighbour while the person is still typing."""
        row = self.row_of(record.uuid)
        self._drawn_texts.pop(record.uuid, None)
        others = [r for r in self._records if r.uuid != record.uuid]
        new_row = 0
        while new_row < len(others) and others[new_row].occurred_at > record.occurred_at:
            new_row += 1
        if row is None:
            self.beginInsertRows(QModelIndex(), new_row, new_row)
            self._records.insert(new_row, record)
            self.endInsertRows()
            self._days_changed(new_row, new_row + 1)
            return new_row
        moved_day = day_of(self._records[row]) != day_of(record)
        if new_row != row:
            # Qt counts the destination before the move: one further when moving down.
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), new_row + 1 if new_row > row else new_row)
            del self._records[row]
            self._records.insert(new_row, record)
            self.endMoveRows()
        else:
            self._records[row] = record
        self.dataChanged.emit(self.index(new_row), self.index(new_row))
        if moved_day or new_row != row:
            # Its neighbours may gain or lose their day's heading (the view measures them again).
            self._days_changed(min(row, new_row), max(row, new_row) + 1)
        return new_row

    def remove(self, uuid: str) -> None:
        row = self.row_of(uuid)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._drawn_texts.pop(uuid, None)
            del self._records[row]
            self.endRemoveRows()
            self._days_changed(row, row)  # the next one may now open its day

    def _days_changed(self, first: int, last: int) -> None:
        """Rows first..last may have gained or lost their day heading."""
        first, last = max(first, 0), min(last, len(self._records) - 1)
        if first <= last:
            self.dataChanged.emit(self.index(first), self.index(last))

    def row_of(self, uuid: str) -> int | None:
        for row, record in enumerate(self._records):
            if record.uuid == uuid:
                return row
        return None

    def record(self, row: int) -> EntryRecord:
        return self._records[row]

    def records(self) -> list[EntryRecord]:
        return list(self._records)

    def drawn_texts(self, row: int) -> tuple[str, str]:
        """The row's title (or first line) and its excerpt, as the list draws them."""
        record = self._records[row]
        texts = self._drawn_texts.get(record.uuid)
        if texts is None:
            texts = self._drawn_texts[record.uuid] = (shown_title(record), excerpt(record))
        return texts

    # ----- days

    def starts_day(self, row: int) -> bool:
        return row == 0 or day_of(self._records[row]) != day_of(self._records[row - 1])

    def day_heading(self, row: int) -> str | None:
        """The heading above this row: the day's name when it is the first entry of its day."""
        if not self.starts_day(row):
            return None
        return day_heading(day_of(self._records[row]), self.clock().date())

    # ----- Qt model interface

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._has_more

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:
        if self._has_more:
            self._has_more = False  # until the page arrives; avoids asking twice
            self.more_wanted.emit()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = index.row()
        record = self._records[row]
        if role == RecordRole:
            return record
        if role == StartsDayRole:
            return self.starts_day(row)
        if role == DayHeadingRole:
            return self.day_heading(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_title(record)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # A screen reader hears the day's heading where a sighted person sees it.
            summary = labels.entry_summary(replace(record, title=shown_title(record)))
            heading = self.day_heading(row)
            return f"{heading}. {summary}" if heading else summary
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.entry_summary(replace(record, title=shown_title(record)))
        return None


class EntryDelegate(QStyledItemDelegate):
    """A row: the title (or first line) and the time, then a one-line excerpt of the text;
    small flag icons, and the persons when there is room. The first row of a day carries the
    day's heading above it.

    The selected row gets a soft tint of the highlight colour and an accent bar on its left,
    the text keeping its own colour (in high contrast: the full highlight, for certain)."""

    ICON = 16
    RADIUS = 6
    ACCENT = 3

    # ----- geometry (also used by EntryListView to tell a heading from a row)

    @staticmethod
    def heading_font(font: QFont) -> QFont:
        heading = QFont(font)
        heading.setWeight(QFont.Weight.Bold)
        return heading

    @staticmethod
    def title_font(font: QFont) -> QFont:
        title = QFont(font)
        title.setWeight(QFont.Weight.DemiBold)
        return title

    @classmethod
    def heading_height(cls, font: QFont, row: int) -> int:
        """The room a day's heading takes above its first row: more air above than below."""
        return _heights(font)[1 if row == 0 else 2]

    @classmethod
    def row_height(cls, font: QFont) -> int:
        return _heights(font)[0]

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        # Asked for every row at each layout (the rows are not all the same height): kept cheap.
        row_height, first_heading, heading = _heights(option.font)
        row = index.row()
        if row == 0:
            return QSize(200, row_height + first_heading)
        model = index.model()
        starts = model.starts_day(row) if isinstance(model, EntryListModel) else index.data(StartsDayRole)
        return QSize(200, row_height + heading if starts else row_height)

    # ----- painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        record: EntryRecord = index.data(RecordRole)
        model = index.model()
        title, text = (model.drawn_texts(index.row()) if isinstance(model, EntryListModel)
                       else (shown_title(record), excerpt(record)))
        heading = index.data(DayHeadingRole)
        font = option.font
        palette = option.palette
        state = option.state
        group = QPalette.ColorGroup.Active if state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRect(option.rect)
        if heading:
            above = self.heading_height(font, index.row())
            heading_rect = QRect(area.left() + 2 * UNIT, area.top(), area.width() - 3 * UNIT, above - UNIT // 2)
            painter.setFont(self.heading_font(font))
            painter.setPen(palette.color(group, QPalette.ColorRole.PlaceholderText))  # quiet: the entries speak
            painter.drawText(heading_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             painter.fontMetrics().elidedText(heading, Qt.TextElideMode.ElideRight,
                                                              heading_rect.width()))
            area.setTop(area.top() + above)

        card = QRectF(area).adjusted(UNIT // 2, 1, -UNIT // 2, -1)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        strong = high_contrast()
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        text_colour = palette.color(group, QPalette.ColorRole.Text)
        muted = palette.color(group, QPalette.ColorRole.PlaceholderText)
        painter.setPen(Qt.PenStyle.NoPen)
        if selected and strong:
            painter.setBrush(highlight)
            painter.drawRoundedRect(card, self.RADIUS, self.RADIUS)
            text_colour = muted = palette.color(group, QPalette.ColorRole.HighlightedText)
        elif selected:
            tint = QColor(highlight)
            tint.setAlphaF(0.16)
            painter.setBrush(tint)
            painter.drawRoundedRect(card, self.RADIUS, self.RADIUS)
        elif hovered:
            tint = QColor(highlight)
            tint.setAlphaF(0.07)
            painter.setBrush(tint)
            painter.drawRoundedRect(card, self.RADIUS, self.RADIUS)
        if state & QStyle.StateFlag.State_HasFocus:
            # The current row of a focused list: a ring, so the keyboard's place is never a guess.
            ring = QColor(text_colour if selected and strong else highlight)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(ring, 2 if strong else 1.5))
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), self.RADIUS - 1, self.RADIUS - 1)
        if selected and not strong:  # the accent bar, over the ring so both show
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(highlight)
            bar = QRectF(card.left() + 3, card.top() + UNIT // 2, self.ACCENT, card.height() - UNIT)
            painter.drawRoundedRect(bar, self.ACCENT / 2, self.ACCENT / 2)

        inner = area.adjusted(2 * UNIT, UNIT, -int(1.5 * UNIT), -UNIT)
        title_font = self.title_font(font)
        title_height = QFontMetrics(title_font).height()
        line = QFontMetrics(font).height()
        first = QRect(inner.left(), inner.top(), inner.width(), title_height)
        second = QRect(inner.left(), inner.top() + title_height + UNIT // 2, inner.width(), line)
        centred = Qt.AlignmentFlag.AlignVCenter

        # First line, right to left: the time, the flags, then the title in what is left.
        painter.setFont(font)
        painter.setPen(muted)
        when = QLocale().toString(record.occurred_at.time(), QLocale.FormatType.ShortFormat)
        time_width = painter.fontMetrics().horizontalAdvance(when)
        painter.drawText(first, Qt.AlignmentFlag.AlignRight | centred, when)
        right = first.right() - time_width - UNIT
        size = max(self.ICON - 2, line - 4)  # grows with a larger system font
        for flag in reversed([name for name in FLAG_NAMES if getattr(record, name)]):
            right -= size
            paint_icon(painter, icon(flag), QRect(right, first.top() + (first.height() - size) // 2, size, size),
                       text_colour)
            right -= UNIT // 2
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title_rect = QRect(first.left(), first.top(), max(0, right - UNIT // 2 - first.left()), first.height())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | centred,
                         painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight,
                                                          title_rect.width()))

        # Second line: the excerpt, and the persons on the right when the row is wide enough.
        painter.setFont(font)
        painter.setPen(muted)
        metrics = painter.fontMetrics()
        text_right = second.right()
        names = ", ".join(record.persons)
        names_width = metrics.horizontalAdvance(names)
        if names and names_width + size + UNIT // 2 <= second.width() // 3:  # whole, or not at all
            names_rect = QRect(second.right() - names_width, second.top(), names_width, second.height())
            painter.drawText(names_rect, Qt.AlignmentFlag.AlignRight | centred, names)
            icon_left = names_rect.left() - UNIT // 2 - size
            paint_icon(painter, icon("person"), QRect(icon_left, second.top() + (line - size) // 2, size, size),
                       muted)
            text_right = icon_left - UNIT
        excerpt_rect = QRect(second.left(), second.top(), max(0, text_right - second.left()), second.height())
        painter.drawText(excerpt_rect, Qt.AlignmentFlag.AlignLeft | centred,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, excerpt_rect.width()))
        painter.restore()


_HEIGHTS: dict[str, tuple[int, int, int]] = {}


def _heights(font: QFont) -> tuple[int, int, int]:
    """A row's height, and its heading's above the first row and above any other, for a font."""
    key = font.key()
    if key not in _HEIGHTS:
        line = QFontMetrics(font).height()
        title = QFontMetrics(EntryDelegate.title_font(font)).height()
        heading = QFontMetrics(EntryDelegate.heading_font(font)).height() + UNIT // 2
        _HEIGHTS[key] = (UNIT + title + UNIT // 2 + line + UNIT, UNIT + heading, 3 * UNIT + heading)
    return _HEIGHTS[key]


class EntryListView(QListView):
    """The entries' list. A day's heading is drawn inside its first row but is not part of the
    entry: a click or a hover on it reaches no entry (it selects nothing)."""

    def indexAt(self, point: QPoint) -> QModelIndex:
        index = super().indexAt(point)
        if index.isValid() and index.data(StartsDayRole):
            heading_bottom = self.visualRect(index).top() + EntryDelegate.heading_height(self.font(), index.row())
            if point.y() < heading_bottom:
                return QModelIndex()
        return index

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        # End means the end of the journal: the next page is asked for at once, not when the
        # scroll bar reaches its bottom, which a layout still running in batches may not have
        # stretched yet.
        # And it goes to the last row loaded: QListView's own answer is the last row its batched
        # layout has reached, none (so the top) while a layout has just restarted.
        model = self.model()
        if action == QAbstractItemView.CursorAction.MoveEnd and model is not None:
            if model.canFetchMore(QModelIndex()):
                model.fetchMore(QModelIndex())
            if model.rowCount() > 0:
                return model.index(model.rowCount() - 1, 0)
        return super().moveCursor(action, modifiers)
