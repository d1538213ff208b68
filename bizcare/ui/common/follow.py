"""The one rule for refreshing a view after an operation: now if shown, else when next shown.

:func:`follow_changes` connects a widget to the event hub. A change that touches what the
widget shows calls ``refresh(changes)`` at once when the widget is visible; when it is hidden
(another tab, another page) the widget is only marked stale, the changes are gathered, and
``refresh`` runs once, with all of them, the next time the widget is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from bizcare.services.changes import Changes
from bizcare.ui.common.context import EventHub


class ChangeFollower(QObject):
    """Calls ``refresh(changes)`` for the changes in ``watches``, deferred while hidden."""

    def __init__(self, widget: QWidget, hub: EventHub, refresh: Callable[[Changes], object],
                 watches: Changes | None = None) -> None:
        super().__init__(widget)
        self.widget, self._refresh = widget, refresh
        self.watches = watches if watches is not None else Changes.everything()
        self.pending = Changes()
        hub.changed.connect(self.on_changed)
        widget.installEventFilter(self)

    @property
    def stale(self) -> bool:
        return bool(self.pending)

    def on_changed(self, changes: object) -> None:
        if not isinstance(changes, Changes) or not self.watches.touches(changes):
            return
        self.pending = self.pending | changes
        if self.widget.isVisible():
            self.flush()

    def mark_stale(self, changes: Changes | None = None) -> None:
        """Reload at the next show (or the next :meth:`flush`) even without a change."""
        self.pending = self.pending | (changes or self.watches)

    def flush(self) -> None:
        """Refresh now if anything is pending."""
        if self.pending:
            pending, self.pending = self.pending, Changes()
            self._refresh(pending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.widget and event.type() == QEvent.Type.Show and self.pending:
            self.flush()
        return False


def follow_changes(widget: QWidget, hub: EventHub, refresh: Callable[[Changes], object],
                   watches: Changes | None = None) -> ChangeFollower:
    """Refresh ``widget`` from the hub by the shared rule (see the module docstring)."""
    return ChangeFollower(widget, hub, refresh, watches)
