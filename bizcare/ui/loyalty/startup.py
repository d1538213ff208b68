"""The loyalty jobs that run once at start, off the GUI thread: expiry, birthdays, appreciation.

All three are idempotent (see :func:`bizcare.services.loyalty.run_daily`), so starting BizCare
twice a day, or together with ``bizcare loyalty expire`` from a scheduled task, adds nothing
twice. The window never waits for them; tabs refresh when they are done.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from bizcare.services.loyalty import ops as loyalty_ops
from bizcare.ui.common.context import UiContext
from bizcare.ui.common.worker import BackgroundTask, Progress

log = logging.getLogger(__name__)


def start_daily_jobs(ctx: UiContext, parent: QWidget | None = None) -> BackgroundTask:
    """Start the daily loyalty run in the background; returns the task (tests wait on it).

    Not through ``run_op``: nobody asked for it, so a failure is only logged (no message
    box at start) and a run that changed nothing broadcasts nothing.
    """
    db = ctx.db

    def job(progress: Progress) -> object:
        progress.tick(0, 1)
        return loyalty_ops.run_daily(db)

    task = BackgroundTask(job, parent)

    def finished(result: object) -> None:
        log.info("loyalty daily run: %s", result)
        if any(getattr(result, name, 0) for name in
               ("expired_entries", "birthdays", "internal_awards")):
            ctx.hub.changed.emit(loyalty_ops.LOYALTY)

    task.finished.connect(finished)
    task.failed.connect(lambda exc: log.error("loyalty daily run failed: %s", exc))
    return task.start()
