"""The QApplication: translator, icon, style, error hook; and ``run_gui``."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from bizcare.config import resource, translation_file
from bizcare.storage.db import Database

_translators: list[QTranslator] = []


def resolve_language(db: Database, lang: str | None) -> str:
    """``--lang`` wins; else the saved setting; else Indonesian."""
    if lang:
        return lang
    from bizcare.services import settings_ops

    return settings_ops.language(db)


def install_translator(app: QApplication, lang: str) -> None:
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if lang == "id"
                               else QLocale.Language.English, QLocale.Country.Indonesia))
    if lang == "en":
        return
    translator = QTranslator(app)
    if translator.load(str(translation_file(lang))):
        app.installTranslator(translator)
        _translators.append(translator)


def create_app(lang: str, argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("BizCare")
    app.setOrganizationName("BizCare")
    app.setStyle("Fusion")
    icon = resource("icons", "bizcare.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    style = resource("style.qss")
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    install_translator(app, lang)
    return app


def build_main_window(db: Database, lang: str):  # type: ignore[no-untyped-def]
    from bizcare.services import settings_ops
    from bizcare.ui.common.context import UiContext
    from bizcare.ui.main_window import MainWindow

    name = settings_ops.business_name(db)
    return MainWindow(UiContext(db=db, lang=lang), name)


def show_startup_error(exc: BaseException, lang: str) -> None:
    """The window cannot open (a newer or unreadable database): say why in a dialog.

    BizCare.exe has no console, so the one-line message on stderr alone would leave a shop
    owner looking at nothing.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from bizcare.ui.common.errors import error_text

    create_app(lang)
    QMessageBox.critical(None, QCoreApplication.translate("errors", "BizCare"), error_text(exc))


def run_gui(db: Database, lang: str | None = None) -> int:
    from bizcare.ui.common.errors import install_excepthook

    language = resolve_language(db, lang)
    app = create_app(language)
    install_excepthook()
    window = build_main_window(db, language)
    window.show()
    # Loyalty (issue 5): expiry, birthday bonuses and appreciation, once at start, off-thread.
    from bizcare.ui.loyalty.startup import start_daily_jobs

    start_daily_jobs(window.ctx, window)
    return int(app.exec())
