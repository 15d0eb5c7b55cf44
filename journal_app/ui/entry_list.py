"""The list of entries: a model of EntryRecord values and a calm two-line delegate."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from journal_app.core.entries import FLAG_NAMES, EntryRecord
from journal_app.core.supervision import entry_title as title_or_first_line
from journal_app.ui import labels
from journal_app.ui.icons import icon
from journal_app.ui.widgets import paint_icon

RecordRole = Qt.ItemDataRole.UserRole + 1


def shown_title(record: EntryRecord) -> str:
    """What the list calls an entry: its title, or the first line of its text when it has none."""
    return title_or_first_line(record) or labels.entry_title(record)
ModelIndex = QModelIndex | QPersistentModelIndex


class EntryListModel(QAbstractListModel):
    more_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: list[EntryRecord] = []
        self._has_more = False

    # ----- filling

    def set_records(self, records: list[EntryRecord], has_more: bool) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._has_more = has_more
        self.endResetModel()

    def append_records(self, records: list[EntryRecord], has_more: bool) -> None:
        if records:
            start = len(self._records)
            self.beginInsertRows(QModelIndex(), start, start + len(records) - 1)
            self._records.extend(records)
            self.endInsertRows()
        self._has_more = has_more

    def clear(self) -> None:
        self.set_records([], False)

    def put(self, record: EntryRecord) -> int:
        """Insert a new record or update an edited one in place, keeping newest first. Returns its row.

        An edited row is changed where it stands (and moved only when its date moves it), never
        removed and re-inserted: removing it would hand the current index, and so the editor,
        to its neighbour while the person is still typing."""
        row = self.row_of(record.uuid)
        others = [r for r in self._records if r.uuid != record.uuid]
        new_row = 0
        while new_row < len(others) and others[new_row].occurred_at > record.occurred_at:
            new_row += 1
        if row is None:
            self.beginInsertRows(QModelIndex(), new_row, new_row)
            self._records.insert(new_row, record)
            self.endInsertRows()
            return new_row
        if new_row != row:
            # Qt counts the destination before the move: one further when moving down.
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), new_row + 1 if new_row > row else new_row)
            del self._records[row]
            self._records.insert(new_row, record)
            self.endMoveRows()
        else:
            self._records[row] = record
        self.dataChanged.emit(self.index(new_row), self.index(new_row))
        return new_row

    def remove(self, uuid: str) -> None:
        row = self.row_of(uuid)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._records[row]
            self.endRemoveRows()

    def row_of(self, uuid: str) -> int | None:
        for row, record in enumerate(self._records):
            if record.uuid == uuid:
                return row
        return None

    def record(self, row: int) -> EntryRecord:
        return self._records[row]

    def records(self) -> list[EntryRecord]:
        return list(self._records)

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
        record = self._records[index.row()]
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_title(record)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return labels.entry_summary(replace(record, title=shown_title(record)))
        return None


class EntryDelegate(QStyledItemDelegate):
    """Two lines: date and flag icons, then the title and persons. No body text."""

    ICON = 16
    PADDING = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(200, self.PADDING * 2 + line * 2 + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        record: EntryRecord = index.data(RecordRole)
        style = option.widget.style() if option.widget else QApplication.style()
        self.initStyleOption(option, index)
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = option.palette.color(group, text_role)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        line = option.fontMetrics.height()
        # First line: title (bold), elided.
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        icons = [flag for flag in FLAG_NAMES if getattr(record, flag)]
        size = max(self.ICON, line - 2)  # grows with a larger system font
        icons_width = len(icons) * (size + 4)
        title_rect = QRect(rect.left(), rect.top(), rect.width() - icons_width, line)
        metrics = painter.fontMetrics()
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(shown_title(record), Qt.TextElideMode.ElideRight, title_rect.width()))
        x = rect.right() - icons_width + 4
        for flag in icons:
            paint_icon(painter, icon(flag), QRect(x, rect.top() + (line - size) // 2, size, size), text_colour)
            x += size + 4
        # Second line: date, time and persons, in a quieter colour.
        painter.setFont(option.font)
        muted = option.palette.color(group, QPalette.ColorRole.PlaceholderText) if not selected else text_colour
        painter.setPen(muted)
        second = QRect(rect.left(), rect.top() + line + 4, rect.width(), line)
        when = QLocale().toString(record.occurred_at.replace(tzinfo=None), QLocale.FormatType.ShortFormat)
        details = " · ".join(part for part in (when, ", ".join(record.persons)) if part)
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(details, Qt.TextElideMode.ElideRight, second.width()))
        painter.restore()
