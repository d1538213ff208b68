"""What every tab receives: the database, the event hub and the language."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from bizcare.storage.db import Database


@dataclass(frozen=True)
class Changes:
    """Which areas an operation touched; each tab refreshes itself from this."""

    customers: bool = False
    invoices: bool = False
    loyalty: bool = False
    segments: bool = False
    service: bool = False
    settings: bool = False

    @classmethod
    def everything(cls) -> Changes:
        return cls(True, True, True, True, True, True)


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
