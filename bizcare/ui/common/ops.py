"""The one way a UI action changes data: run a service call, show its error, broadcast.

Anki's ``CollectionOp`` in small. A slot gathers input and hands :func:`run_op` a
zero-argument call of one use case (a ``functools.partial`` of a service function that opens
and commits its own transaction). The runner

- runs it on the GUI thread (a few milliseconds), or on the thread pool behind a progress
  dialog with ``background=True`` (imports, bulk work);
- shows a :class:`BizCareError` as one translated line in a message box; logs anything else as
  a bug and shows "something went wrong, details in the log" (``ui/common/errors.py``);
- on success broadcasts the :class:`Changes` the use case declares (or ``changes=``) on the
  event hub, then calls ``on_success(result)``. A failed call broadcasts nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from bizcare.services.changes import Changes, declared
from bizcare.ui.common.context import EventHub
from bizcare.ui.common.errors import show_error
from bizcare.ui.common.worker import BackgroundTask, Progress

T = TypeVar("T")

_running: set[BackgroundTask] = set()


def changes_of(work: Callable[..., Any], changes: Changes | None) -> Changes:
    """What ``work`` changes: ``changes`` if given, else what its use case declares."""
    if changes is not None:
        return changes
    found = declared(work)
    if found is None:
        raise TypeError(f"{work!r} declares no Changes; pass changes= to run_op")
    return found


def run_op(
    parent: QWidget | None,
    hub: EventHub,
    work: Callable[[], T],
    *,
    changes: Changes | None = None,
    on_success: Callable[[T], object] | None = None,
    on_failure: Callable[[BaseException], object] | None = None,
    quiet: tuple[type[BaseException], ...] = (),
    background: bool = False,
    label: str | None = None,
) -> bool:
    """Run ``work`` as one operation; True if it succeeded (or was started in the background).

    With ``background=True`` the call runs on a worker (it must touch no widget) and its
    outcome arrives later through ``on_success`` / ``on_failure``; ``label`` shows a progress
    dialog with Cancel, and a job taking a :class:`Progress` may be given via
    :func:`run_job`. Errors of the ``quiet`` types are not shown in a message box, only
    handed to ``on_failure`` (a screen that explains them in place, e.g. an import's problems).
    """
    what = changes_of(work, changes)
    if background:
        return run_job(parent, hub, lambda _progress: work(), changes=what,
                       on_success=on_success, on_failure=on_failure, quiet=quiet,
                       label=label) is not None
    try:
        result = work()
    except Exception as exc:  # noqa: BLE001 - user errors shown, bugs logged by show_error
        _failed(parent, exc, on_failure, quiet)
        return False
    _succeeded(hub, what, result, on_success)
    return True


def run_job(
    parent: QWidget | None,
    hub: EventHub,
    job: Callable[[Progress], T],
    *,
    changes: Changes,
    on_success: Callable[[T], object] | None = None,
    on_failure: Callable[[BaseException], object] | None = None,
    quiet: tuple[type[BaseException], ...] = (),
    label: str | None = None,
) -> BackgroundTask:
    """Run ``job(progress)`` on the thread pool as one operation (see :func:`run_op`)."""
    task = BackgroundTask(job, parent, label)
    _running.add(task)  # alive until it reports, even without a parent

    def finished(result: Any) -> None:
        _running.discard(task)
        task.deleteLater()
        _succeeded(hub, changes, result, on_success)

    def failed(exc: BaseException) -> None:
        _running.discard(task)
        task.deleteLater()
        _failed(parent, exc, on_failure, quiet)

    task.finished.connect(finished)
    task.failed.connect(failed)
    return task.start()


def _succeeded(hub: EventHub, changes: Changes, result: Any,
               on_success: Callable[[Any], object] | None) -> None:
    if changes:
        hub.changed.emit(changes)
    if on_success is not None:
        on_success(result)


def _failed(parent: QWidget | None, exc: BaseException,
            on_failure: Callable[[BaseException], object] | None,
            quiet: tuple[type[BaseException], ...] = ()) -> None:
    if not isinstance(exc, quiet):
        show_error(parent, exc)
    if on_failure is not None:
        on_failure(exc)
