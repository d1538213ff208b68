"""Customer codes: ``PLG-000123`` for external customers, ``DIV-0001`` for divisions.

Each prefix is a ``number_sequence`` series with period ``all``. Codes are reserved inside the
caller's write transaction (SQLite ``BEGIN IMMEDIATE``; ``FOR UPDATE`` elsewhere), so two
windows adding customers at once never collide, and a rollback gives the numbers back: no
gaps. The importer reserves a whole block in one step.
"""

from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlmodel import Session

from bizcare.domain.enums import CustomerKind
from bizcare.domain.models import NumberSequence

_SEQ = NumberSequence.__table__  # type: ignore[attr-defined]
PERIOD = "all"
SERIES = {CustomerKind.EXTERNAL.value: ("PLG", 6), CustomerKind.INTERNAL.value: ("DIV", 4)}


def format_code(kind: str, seq: int) -> str:
    prefix, width = SERIES[kind]
    return f"{prefix}-{seq:0{width}d}"


def reserve_codes(session: Session, kind: str, count: int) -> list[str]:
    """The next ``count`` codes of ``kind``'s series, taken in this transaction."""
    if count <= 0:
        return []
    series = SERIES[kind][0]
    where = (_SEQ.c.series == series, _SEQ.c.period == PERIOD)
    found = session.execute(
        select(_SEQ.c.id, _SEQ.c.last_value).where(*where).with_for_update()
    ).first()
    if found is None:
        start = 0
        session.execute(insert(_SEQ).values(series=series, period=PERIOD, last_value=count))
    else:
        start = int(found.last_value)
        session.execute(update(_SEQ).where(_SEQ.c.id == found.id).values(last_value=start + count))
    return [format_code(kind, start + i) for i in range(1, count + 1)]
