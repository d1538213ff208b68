"""Turning exceptions into friendly dialogs: a user's mistake, or a bug with the log's path."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bizcare.domain.errors import BizCareError

log = logging.getLogger("bizcare.ui")


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(exc: BaseException) -> str:
    """The message to show: translated for a ``BizCareError``, generic for a bug."""
    if isinstance(exc, BizCareError):
        return exc.render(translate)
    from bizcare.logs import log_path

    return QCoreApplication.translate(
        "errors", "Something went wrong. The details are in the log file:\n{path}"
    ).format(path=log_path())


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc`` to the user; anything but a ``BizCareError`` is logged as a bug first."""
    if not isinstance(exc, BizCareError):
        from bizcare.logs import setup_logging

        setup_logging()
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "BizCare"), error_text(exc))


def install_excepthook() -> None:
    """Uncaught exceptions in slots: log the traceback, show a friendly dialog."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        from bizcare.logs import setup_logging

        setup_logging()
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if QApplication.instance() is not None:
            QMessageBox.warning(QApplication.activeWindow(),
                                QCoreApplication.translate("errors", "BizCare"), error_text(exc))

    sys.excepthook = hook
