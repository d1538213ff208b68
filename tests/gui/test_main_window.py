"""The main window: eight tabs in order, built lazily, menus with shortcuts, honest tabs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from bizcare.storage.db import Database
from bizcare.ui.common.context import UiContext
from bizcare.ui.main_window import MainWindow
from bizcare.ui.tabs import TAB_KEYS

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(UiContext(db=db), "Toko Sumber Rejeki")
    qtbot.addWidget(win)
    win.show()
    return win


def test_tabs_in_the_planned_order(window: MainWindow) -> None:
    assert TAB_KEYS == ("dashboard", "customers", "segments", "loyalty", "billing", "service",
                        "reports", "settings")
    assert window.tabs.count() == 8
    assert "Toko Sumber Rejeki" in window.windowTitle()


def test_only_the_visible_tab_is_built(window: MainWindow) -> None:
    built = [key for key, page in window._pages.items() if page.content is not None]
    assert built == ["dashboard"]
    content = window.show_tab("settings")
    assert content is window._pages["settings"].content
    assert window.tabs.currentIndex() == TAB_KEYS.index("settings")


def test_every_tab_builds(window: MainWindow) -> None:
    for key in TAB_KEYS:
        assert window.show_tab(key) is not None


def test_menus_have_standard_shortcuts(window: MainWindow) -> None:
    shortcuts = {a.shortcut().toString() for m in window.menuBar().actions() if m.menu()
                 for a in m.menu().actions()}
    assert {"Ctrl+Q", "Ctrl+1", "Ctrl+8", "F5"} <= shortcuts


def test_indonesian_translation_is_applied(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from bizcare.ui.app import install_translator

    app = QApplication.instance()
    install_translator(app, "id")  # type: ignore[arg-type]
    try:
        win = MainWindow(UiContext(db=db), "")
        qtbot.addWidget(win)
        titles = [win.tabs.tabText(i) for i in range(win.tabs.count())]
        assert titles[:2] == ["Ringkasan", "Pelanggan"]
        assert "Invoice && Kwitansi" in titles
    finally:
        install_translator(app, "en")  # type: ignore[arg-type]


def test_qt_own_buttons_speak_indonesian(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt has no Indonesian qtbase; our .qm carries its button words."""
    from PySide6.QtWidgets import QMessageBox

    from bizcare.ui.app import install_translator

    install_translator(qapp, "id")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    texts = {box.button(b).text() for b in (QMessageBox.StandardButton.Yes,
                                            QMessageBox.StandardButton.Cancel)}
    assert texts == {"&Ya", "Batal"}
