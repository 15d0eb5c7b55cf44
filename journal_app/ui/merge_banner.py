"""A calm banner after unlocking, when another copy of the journal was found beside it (a
conflict copy left by the sync service) and merged: what changed, and where the copy went.

It only presents a ``merge.MergeReport``; the merge itself runs on the worker
(``merge.merge_conflict_copies``). "Enter its passphrase…" appears only for a copy that
opened neither with the journal's key nor its passphrase; the window then asks for it and
merges that copy with ``merge.merge_copies``.

While copies are being merged (``merging()``: the worker's progress), a bar counts them, shown
only when the merge lasts (``SHOW_AFTER_MS``), so a quick one does not flicker.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QToolButton, QVBoxLayout,
                               QWidget)

from journal_app.core.merge import MERGED_FOLDER, MergeReport
from journal_app.ui.prompt_banner import Banner
from journal_app.ui.worker import WorkProgress


class MergeBanner(Banner):
    passphrase_requested = Signal(object)  # tuple[Path, ...]: copies that need their own passphrase
    dismissed = Signal()
    # A merge shorter than this shows no bar (it would only flicker).
    SHOW_AFTER_MS = 400

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeBanner")
        self.setProperty("role", "banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._waiting: tuple[object, ...] = ()
        self.text = QLabel()
        self.text.setObjectName("mergeText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setObjectName("mergeDetail")
        self.detail.setProperty("role", "hint")
        self.detail.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("mergeProgress")
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.hide()
        self._progress: WorkProgress | None = None
        self._show_timer = QTimer(self, singleShot=True, interval=self.SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self._on_merge_lasting)
        self.passphrase_button = QPushButton(self.tr("Enter its &passphrase…"))
        self.passphrase_button.setObjectName("mergePassphrase")
        self.close_button = QToolButton()
        self.close_button.setObjectName("mergeDismiss")
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        words = QVBoxLayout()
        words.addWidget(self.text)
        words.addWidget(self.detail)
        words.addWidget(self.bar)
        layout = QHBoxLayout(self)
        layout.addLayout(words, 1)
        layout.addWidget(self.passphrase_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.passphrase_button.clicked.connect(self._on_passphrase)
        self.close_button.clicked.connect(self._on_dismiss)
        self.hide()

    def merging(self) -> WorkProgress:
        """The ``progress(done, total)`` of a merge about to run on the worker: after
        ``SHOW_AFTER_MS``, if a copy is being merged, the banner shows a bar counting them."""
        self._stop_progress()
        self._progress = WorkProgress(self.bar)
        self._show_timer.start(self.SHOW_AFTER_MS)
        return self._progress

    def merge_failed(self) -> None:
        """The merge stopped on an error (the window tells it): no bar left behind."""
        self.clear()

    def _on_merge_lasting(self) -> None:
        progress = self._progress
        if progress is None:
            return
        if progress.latest is None:  # still looking for copies: maybe there is none
            self._show_timer.start(WorkProgress.INTERVAL_MS)
            return
        self.text.setText(self.tr("Merging another copy of this journal (made by your sync service)…"))
        self.setAccessibleName(self.text.text())
        self.detail.hide()
        self.passphrase_button.hide()
        self.bar.show()
        self.show()

    def _stop_progress(self) -> None:
        self._show_timer.stop()
        if self._progress is not None:
            self._progress.finish()
            self._progress = None
        self.bar.hide()

    def show_report(self, report: MergeReport | None) -> None:
        """Say what merging did; nothing to say (no copy found): hidden."""
        self._stop_progress()
        if report is None or not (report.merged or report.skipped):
            self.clear()
            return
        parts = []
        if len(report.merged) == 1:
            parts.append(self.tr("Another copy of this journal was found (made by your sync service). "
                                 "Carnet merged it: %1.").replace("%1", self._changes(report)))
        elif report.merged:
            parts.append(self.tr("%n other copies of this journal were found (made by your sync service). "
                                 "Carnet merged them: %1.", "", len(report.merged)).replace("%1", self._changes(report)))
        older = report.older_copies
        if older:
            parts.append(self.tr("%n copies of this journal are from before your passphrase changed, so they were "
                                 "not merged: they stay where they are. To compare, open one with its old "
                                 "passphrase (Open another journal…).", "", len(older)))
        left = [skipped for skipped in report.skipped if skipped.code not in ("copy-passphrase", "older-copy")]
        if left:
            parts.append(self.tr("%n other copies of this journal could not be merged (damaged, or written by a "
                                 "newer Carnet): they were left where they are.", "", len(left)))
        self._waiting = report.needs_passphrase
        if self._waiting:
            parts.append(self.tr("%n copies of this journal have another passphrase: enter it to merge them.", "",
                                 len(self._waiting)))
        text = " ".join(parts)
        self.text.setText(text)
        details = []
        if report.merged:
            details.append(self.tr("What was merged stays available, still encrypted, in the folder “%1” beside "
                                   "your journal.").replace("%1", MERGED_FOLDER))
        if report.entries_kept_both:
            details.append(self.tr("When both copies changed an entry, the older version is kept as another "
                                   "entry with the same date."))
        if report.texts_kept_both:
            details.append(self.tr("When both copies changed another text (a dilemma, a supervision session, a "
                                   "placement…), both versions are kept: the older one follows the newer, under a "
                                   "line that says so."))
        self.detail.setText(" ".join(details))
        self.detail.setVisible(bool(details))
        self.passphrase_button.setVisible(bool(self._waiting))
        self.setAccessibleName(text)
        self.setAccessibleDescription(self.detail.text())
        self.show()

    def clear(self) -> None:
        self._stop_progress()  # locking clears the banner: a merge's answer may never come
        self._waiting = ()
        self.hide()

    def _changes(self, report: MergeReport) -> str:
        changes = []
        if report.entries_added:
            changes.append(self.tr("%n entries added", "", report.entries_added))
        if report.entries_updated:
            changes.append(self.tr("%n updated", "", report.entries_updated))
        if report.entries_kept_both:
            changes.append(self.tr("%n kept twice because both copies changed it", "", report.entries_kept_both))
        if report.entries_deleted:
            changes.append(self.tr("%n deleted", "", report.entries_deleted))
        if report.entries_kept_despite_deletion:
            changes.append(self.tr("%n kept although deleted in one copy, because the other copy changed it", "",
                                   report.entries_kept_despite_deletion))
        if report.other_changes:
            changes.append(self.tr("%n other changes (persons, dilemmas, limits, settings…)", "", report.other_changes))
        if not changes:
            return self.tr("both copies held the same, nothing changed")
        if len(changes) == 1:
            return changes[0]
        return self.tr("%1 and %2").replace("%1", ", ".join(changes[:-1])).replace("%2", changes[-1])

    def _on_passphrase(self) -> None:
        waiting = self._waiting
        self.clear()
        self.passphrase_requested.emit(waiting)

    def _on_dismiss(self) -> None:
        self.clear()
        self.dismissed.emit()
