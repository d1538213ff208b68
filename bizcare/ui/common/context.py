"""What every tab receives: the database, the event hub and the language."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from bizcare.services.changes import Changes
from bizcare.storage.db import Database

__all__ = ["Changes", "EventHub", "UiContext"]


class EventHub(QObject):
    """App-level signals so tabs never call each other.

    Signals:
        changed(Changes): data changed; tabs reload what they show.
        status(str): a short message for the status bar.
    """

    changed = Signal(object)
    status = Signal(str)


@dataclass
class UiContext:
    db: Database
    hub: EventHub = field(default_factory=EventHub)
    lang: str = "id"
