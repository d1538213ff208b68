"""The screen's colours, in one place beside ``resources/style.qss``.

Widgets take their colours from the style sheet (object names and the ``tone``, ``chip``,
``primary`` and ``invalid`` properties it styles); what Qt paints itself (chips and money in
list cells, the dashboard chart, a model's ``ForegroundRole``) takes them from here. The hex
values match those in ``style.qss``; change a colour in both.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

#: The primary teal (the app icon), its darker shade and a pale tint.
TEAL = "#00796b"
TEAL_DARK = "#00695c"
TEAL_PALE = "#8fd0c7"
#: Text, secondary text, and text of something set aside (archived, done, inactive).
TEXT = "#1f2a30"
MUTED = "#5f6b76"
FADED = "#8a8f98"
#: Something late or wrong; something to watch.
RED = "#c62828"
AMBER = "#a35200"
#: Chart grid lines and the background of a group row.
GRID = "#e4e9ec"
GROUP_BACKGROUND = "#f1f5f6"


@dataclass(frozen=True)
class ChipStyle:
    """Colours of one chip: soft background, strong text, optional strike-through."""

    background: str
    foreground: str
    strike: bool = False


#: Painted by ``ChipDelegate`` in lists; ``QLabel[chip=…]`` in style.qss has the same.
CHIP_STYLES: dict[str, ChipStyle] = {
    "grey": ChipStyle("#eceff1", "#455a64"),
    "blue": ChipStyle("#e3f2fd", "#1565c0"),
    "amber": ChipStyle("#fff4e0", AMBER),
    "green": ChipStyle("#e6f4ea", "#1e7b34"),
    "red": ChipStyle("#fdecea", RED),
    "void": ChipStyle("#f2f2f2", "#8a8a8a", strike=True),
    "teal": ChipStyle("#e0f2f1", TEAL_DARK),
    "indigo": ChipStyle("#e8eaf6", "#3949ab"),
}


def qcolor(hex_colour: str) -> QColor:
    """A ``QColor`` of one of the names above (for models and painters)."""
    return QColor(hex_colour)


def restyle(widget: QWidget, **properties: object) -> None:
    """Set style-sheet properties (``tone="muted"``, ``chip="green"``) and apply them now.

    Qt reads a dynamic property into the style only when the widget is polished again.
    """
    for name, value in properties.items():
        widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour a label's text by meaning: "muted", "error", "warning", "good" or "" (plain)."""
    restyle(widget, tone=tone)


def set_chip(label: QLabel, text: str, style: str | None) -> None:
    """Show ``text`` as the list's status chip of ``style`` (grey, blue, …; else grey)."""
    label.setText(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    restyle(label, chip=style if style in CHIP_STYLES else "grey")
