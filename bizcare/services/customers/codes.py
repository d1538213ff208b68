"""Customer codes: ``PLG-000123`` for external customers, ``DIV-0001`` for divisions.

Each prefix is a ``number_sequence`` series with period ``all``. Codes are reserved inside the
caller's write transaction through :func:`bizcare.services.numbering.reserve` (the row is
created if missing and locked), so two windows adding customers at once never collide, and a
rollback gives the numbers back: no gaps. The importer reserves a whole block in one step.
"""

from __future__ import annotations

from sqlmodel import Session

from bizcare.domain.enums import CustomerKind
from bizcare.services.numbering import reserve

PERIOD = "all"
SERIES = {CustomerKind.EXTERNAL.value: ("PLG", 6), CustomerKind.INTERNAL.value: ("DIV", 4)}


def format_code(kind: str, seq: int) -> str:
    prefix, width = SERIES[kind]
    return f"{prefix}-{seq:0{width}d}"


def reserve_codes(session: Session, kind: str, count: int) -> list[str]:
    """The next ``count`` codes of ``kind``'s series, taken in this transaction."""
    if count <= 0:
        return []
    start = reserve(session, SERIES[kind][0], PERIOD, count)
    return [format_code(kind, start + i) for i in range(count)]
