"""Which areas of the data a use case changed, so each screen refreshes only what it shows.

A use case that changes data declares its :class:`Changes` with :func:`declares`; the UI's
operation runner broadcasts that value after the call succeeds. Qt-free, like every service.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import partial
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Changes:
    """Areas an operation touched; combine two with ``|``.

    ``customers`` is the customer records themselves (what the customer list shows);
    ``interactions`` the contacts logged with them and their follow-ups.
    """

    customers: bool = False
    interactions: bool = False
    invoices: bool = False
    receipts: bool = False
    loyalty: bool = False
    catalogue: bool = False
    segments: bool = False
    service: bool = False
    settings: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                          for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def touches(self, other: Changes) -> bool:
        """True if this and ``other`` share an area (what a view shows vs. what changed)."""
        return any(getattr(self, f.name) and getattr(other, f.name) for f in fields(self))

    @classmethod
    def everything(cls) -> Changes:
        return cls(**{f.name: True for f in fields(cls)})


NOTHING = Changes()

#: What billing documents move: invoices and kwitansi, the customer's balance and points.
BILLING = Changes(invoices=True, receipts=True, customers=True, loyalty=True, segments=True)


def declares(changes: Changes) -> Callable[[F], F]:
    """Mark a use case with the areas it changes (read back by :func:`declared`)."""

    def mark(fn: F) -> F:
        fn.changes = changes  # type: ignore[attr-defined]
        return fn

    return mark


def declared(work: Callable[..., Any]) -> Changes | None:
    """The :class:`Changes` a use case (or a ``functools.partial`` of one) declares."""
    while isinstance(work, partial):
        work = work.func
    found = getattr(work, "changes", None)
    return found if isinstance(found, Changes) else None
