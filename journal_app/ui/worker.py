"""One background thread owns the journal; the window sends it operations.

Like Anki's ``CollectionOp``: the UI submits a function of the journal, the worker runs it
on its own thread (key derivation, saving, searching never run on the UI thread), and the
result comes back to the UI thread by signal, where ``on_done`` or ``on_error`` runs.
Operations run one at a time, in the order they were submitted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from journal_app.core.errors import JournalError
from journal_app.core.journal import Journal

log = logging.getLogger(__name__)


class UnexpectedError(JournalError):
    """A bug: shown to the person as a generic message, never as a traceback."""

    code = "unexpected"


@dataclass
class _Operation:
    work: Callable[[JournalHolder], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[JournalError], None] | None
    result: Any = None
    error: JournalError | None = None


class JournalHolder:
    """What operations receive: the open journal, if any. Lives on the worker thread."""

    def __init__(self) -> None:
        self.journal: Journal | None = None

    def require(self) -> Journal:
        if self.journal is None or not self.journal.is_open:
            raise JournalError("the journal is locked")
        return self.journal

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()
        self.journal = None


class JournalWorker(QObject):
    _submitted = Signal(object)
    _finished = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._holder = JournalHolder()
        self._pending = 0
        self._thread = QThread()
        self._thread.setObjectName("journal-worker")
        self._executor = _Executor(self._holder)
        self._executor.moveToThread(self._thread)
        self._submitted.connect(self._executor.run)
        self._executor.finished.connect(self._on_finished)
        self._thread.start()

    @property
    def holder_for_tests(self) -> JournalHolder:
        return self._holder

    def submit(
        self,
        work: Callable[[JournalHolder], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[JournalError], None] | None = None,
    ) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._submitted.emit(_Operation(work, on_done, on_error))

    def submit_for(
        self,
        owner: QObject,
        work: Callable[[JournalHolder], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[JournalError], None] | None = None,
    ) -> None:
        """``submit``, with the answer dropped if ``owner`` (a dialog closed and deleted while
        the worker was still busy) no longer exists."""

        def if_alive(callback: Callable[[Any], None] | None) -> Callable[[Any], None] | None:
            if callback is None:
                return None
            return lambda value: callback(value) if shiboken6.isValid(owner) else None

        self.submit(work, if_alive(on_done), if_alive(on_error))

    def is_busy(self) -> bool:
        return self._pending > 0

    def shutdown(self) -> None:
        """Close the journal (without saving) and stop the thread; waits for running work."""
        self.submit(lambda holder: holder.close())
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _on_finished(self, operation: _Operation) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if operation.error is not None:
            if operation.on_error is not None:
                operation.on_error(operation.error)
            else:
                log.warning("journal operation failed: %s", type(operation.error).__name__)
        elif operation.on_done is not None:
            operation.on_done(operation.result)


class _Executor(QObject):
    finished = Signal(object)

    def __init__(self, holder: JournalHolder) -> None:
        super().__init__()
        self._holder = holder

    @Slot(object)
    def run(self, operation: _Operation) -> None:
        try:
            operation.result = operation.work(self._holder)
        except JournalError as error:
            operation.error = error
        except Exception:  # a bug: log its type and place only, never values (they may hold content)
            log.error("unexpected error in a journal operation", exc_info=False)
            operation.error = UnexpectedError("unexpected error")
        self.finished.emit(operation)
