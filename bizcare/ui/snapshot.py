"""``bizcare snapshot``: render the main window offscreen to a PNG (docs and checks)."""

from __future__ import annotations

import os
from pathlib import Path

from bizcare.storage.db import Database


def snapshot(db: Database, tab: str, out: Path, size: tuple[int, int], lang: str | None) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, qInstallMessageHandler

    qInstallMessageHandler(_quiet_offscreen)

    from bizcare.ui.app import build_main_window, create_app, resolve_language

    language = resolve_language(db, lang)
    app = create_app(language)
    window = build_main_window(db, language)
    window.resize(*size)
    window.show()
    content = window.show_tab(tab)
    # Let lazy loads and background queries finish and repaint before grabbing; a tab that
    # says it is still reading (``busy``, e.g. the overview on a large database) gets longer.
    from PySide6.QtCore import QThreadPool

    rounds = 0
    while rounds < 20 or (getattr(content, "busy", False) and rounds < 400):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThreadPool.globalInstance().waitForDone(100)
        rounds += 1
    QCoreApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        from bizcare.domain.errors import ValidationError
        from bizcare.domain.i18n import QT_TRANSLATE_NOOP

        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Could not write {path}."),
                              path=str(out))
    window.close()
    del app
    return out


def _quiet_offscreen(kind: object, context: object, message: str) -> None:
    """The offscreen platform warns that it cannot resize to hints; everything else is logged."""
    if "propagateSizeHints" in message:
        return
    import logging

    logging.getLogger("bizcare.qt").warning("%s", message)
