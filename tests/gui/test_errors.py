"""A user's mistake shows its translated message; a bug shows the log's path, never a traceback."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.ui.common.errors import error_text, install_excepthook

pytestmark = pytest.mark.gui


def test_user_error_message_is_filled_in(qapp) -> None:  # type: ignore[no-untyped-def]
    from bizcare.ui.app import install_translator

    install_translator(qapp, "en")  # an earlier test may have left Indonesian installed
    exc = ValidationError(QT_TRANSLATE_NOOP("errors", "Not a valid phone number: {value}"),
                          "phone", value="0812-abc")
    assert error_text(exc) == "Not a valid phone number: 0812-abc"


def test_uncaught_exception_shows_friendly_dialog_and_logs(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    old = sys.excepthook
    install_excepthook()
    try:
        try:
            raise ZeroDivisionError("a bug")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = old
    from bizcare.logs import log_path

    assert len(shown) == 1
    assert str(log_path()) in shown[0]
    assert "Traceback" not in shown[0] and "ZeroDivisionError" not in shown[0]
    assert "ZeroDivisionError: a bug" in log_path().read_text(encoding="utf-8")
